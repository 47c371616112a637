"""Geoparsing Ukrainian and Russian text: place names in any grammatical case.

A capitalised Cyrillic word (or a run of up to three: "Кривому Розі", "Великій Новосілці") is a
mention when one of the nominative forms the morphological analyser proposes for it
(:mod:`gazetteer.morphology`) is a name in the index ("у Запоріжжі" -> запоріжжя, "по Лисичанску"
-> лисичанск). A region adjective before "області"/"области"/"району" ("Сумської області",
"Брянской области") and a colloquial region name ("на Дніпропетровщині", "на Белгородчине") are
region or district mentions. Resolution is the English geoparser's: the text, with its mentions
put in the nominative, is the context (a region named once constrains later bare names), then
ambiguous places are resolved again near the places the text names with confidence.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .borders import haversine_km
from .candidate import Candidate
from .context import Context
from .errors import QueryError
from .geoparse import FIRM_POP, W_TOGETHER, Mention, Resolving
from .index import Index
from .morphology import LANGS, first_name, lemmas, parses
from .normalize import district_stems, normalize, skeleton
from .priors import TOWN_POPULATION  # a town is meant even when its name is also a common word ("Суми", "Лиман")
from .translit import russian, ukrainian
from .weights import W_ANCHOR

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’ʼ]|-(?=\w))*")
_CYRILLIC_WORD = re.compile(r"^[А-ЯІЇЄҐЁа-яіїєґё'’ʼ-]+$")
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»—–-]\s*$")
MAX_WORDS = 3
REGION_WORDS = {"область", "області", "областю", "областей", "областях", "области", "областью", "обл", "край",
                "краю", "крае", "краї", "областями", "областям"}
_AND = {"і", "й", "та", "и"}
DISTRICT_WORDS = {"район", "районі", "району", "районом", "района", "районе", "районы", "райони", "громада",
                  "громаді", "громади", "громаду", "громадою", "округ", "округу", "округе", "округа",
                  "районах", "районами", "районів", "районов", "громадах", "громад"}
# the kinds of hromada ("міської громади", "сельского округа")
_HROMADA_KINDS = ("міськ", "сільськ", "селищн", "городск", "сельск", "поселков")
# capitalised words that begin sentences or name people and things, never a place in these reports
# the river Siverskyi Donets in its cases, Ukrainian and Russian
_DONETS = ("донець", "дінця", "дінцю", "дінцем", "донец", "донца", "донцу", "донцом", "донце")
STOPWORDS = {
    "україна", "росія", "россия", "украина", "білорусь", "беларусь", "рф", "сша", "зсу", "всу", "сбу", "гур",
    "дснс", "мчс", "ова", "ода", "пво", "ппо", "каб", "рсзв", "рсзо", "бпла", "мо", "генштаб", "нацполіція",
    "telegram", "телеграм", "вночі", "вчора", "сьогодні", "ночью", "вчера", "сегодня", "також", "также",
    "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "п'ятниця", "субота", "неділя", "понедельник",
    "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "ворог", "враг", "окупанти",
    "оккупанты", "росіяни", "россияне", "президент", "губернатор", "мер", "голова", "глава", "вона", "він",
    "вони", "она", "он", "они", "це", "это", "там", "тут", "за", "по", "на", "у", "в", "із", "з", "из",
    "сил", "сили", "силы", "оборони", "обороны", "міноборони", "минобороны", "нафтогаз", "укренерго",
    # weapons and their debris begin many sentences ("Дрони заходили з боку моря")
    "дрон", "дрони", "безпілотник", "беспилотник", "ракета", "ракети", "ракеты", "бомба", "бомби", "бомбы",
    "снаряд", "уламки", "обломки", "шахед", "шахеди",
    # what an attack did and who came ("Пожежу ліквідовано о 04:50": not the village Pozhezha)
    "пожежа", "пожежу", "пожежі", "пожар", "пожара", "вибух", "вибухи", "взрыв", "взрывы", "обстріл", "обстрел",
    "рятувальники", "спасатели", "поліція", "полиция",
    # and what it hit ("Машина загорелась": not the village Mashyna)
    "машина", "машину", "машини", "машины", "автомобіль", "автомобиль", "авто",
    # a post's greeting ("Дорогі парафіяни!", "Уважаемые жители"): not the village Dorohe
    "дорогі", "дорогие", "шановні", "уважаемые", "любі", "милые",
    # a post's opening word ("Коротко о случившемся"): not the village Korotke
    "коротко", "кратко",
    # a station's name before its news ("Радіо «Сіверщина FM», новини о 12-й"): not the village Radio
    "радіо", "радио",
    # a sentence's opening noun ("Село на березі Дніпра ...", "Прапор над ...", "Порт продовжує працювати"): not
    # the villages Selo, Prapor, Port
    "село", "прапор", "порт",
    # "Украинская сторона сообщила": a side, not the village Ukrainske
    "українська", "украинская", "російська", "российская",
    # the Danube ("порти на Дунаї", "Дунайський кластер"): a river, not the village Dunay
    "дунаї", "дунайський",
    # the Siverskyi Donets: a river, not the village Donets
    *_DONETS,
}
_LOCATIVE_PREPOSITIONS = {"в", "во", "на", "о", "об", "при"}  # Russian prepositions taking the locative only
_YEAR_WORDS = ("рок", "рік", "год")  # (after "Нов-": the New Year)
PREPOSITIONS = {"у", "в", "во", "на", "по", "біля", "під", "под", "поблизу", "около", "возле", "до", "з", "із", "зі",
                "из", "со", "с", "від", "от", "через", "за", "над", "неподалік", "недалеко"}
_FUNCTION_POS = {"PREP", "CONJ", "PRCL", "ADVB", "NPRO", "VERB", "INFN", "PRTF", "PRTS", "GRND", "PRED", "INTJ",
                 "NUMR", "COMP"}


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and bool(_CYRILLIC_WORD.match(word))


# forces and weapons written as acronyms after a place name: not an institution of the place ("Запорізької ОВА")
ACTOR_ACRONYMS = {"зсу", "всу", "вфу", "рф", "зс", "сбу", "гур", "фсб", "ппо", "пво", "рсзв", "рсзо", "бпла", "каб",
                  "рэб", "реб", "дрг", "вс"}


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


@lru_cache(maxsize=100_000)
def _function_word(word: str, lang: str | None) -> bool:
    """Does every dictionary that knows ``word`` read it first as a function word, verb or adverb
    ("Через", "Вночі"; not "Харків", which the Russian dictionary would guess to be a gerund)?"""
    low = word.lower()
    # the first reading of each dictionary that knows the word (not a guess from its ending)
    known = [[p for p in found if p.is_known] for code in ((lang,) if lang in LANGS else LANGS)
             if (found := parses(low, code)) and found[0].is_known]
    if known and all(p[0].tag.POS in _FUNCTION_POS and "Geox" not in p[0].tag.grammemes for p in known):
        return True
    # a preposition, conjunction or comparative the dictionaries also list as a noun or abbreviation ("Об этом
    # сообщил": the Ukrainian dictionary reads "об" first as an abbreviation): still the function word
    return bool(known) and all(any(p.tag.POS in _CLOSED_POS for p in readings) for readings in known)


_CLOSED_POS = {"PREP", "CONJ", "COMP"}  # and a comparative ("Позднее стало известно")


@lru_cache(maxsize=10_000)
def _personal_pronoun(word: str, lang: str | None) -> bool:
    """Is ``word`` a personal pronoun among its first readings in ``lang`` ("Мене й медсестру не зачепило": "me",
    not the town Mena)?"""
    return lang in LANGS and any(p.tag.POS == "NPRO" and "pers" in str(p.tag) and p.is_known
                                 for p in parses(word.lower(), lang)[:3])


_COMMON_POS = {"NOUN", "ADJF", "ADJS", "NUMR"}


@lru_cache(maxsize=100_000)
def _common_word(word: str, lang: str | None) -> bool:
    """Does every dictionary that knows ``word`` read it first as a common noun or adjective, not a place name
    ("Пожежу", "Енергетики", "Украинский")?"""
    low = word.lower()
    known = [found[0] for code in ((lang,) if lang in LANGS else LANGS)
             if (found := parses(low, code)) and found[0].is_known]
    return bool(known) and all(p.tag.POS in _COMMON_POS and "Geox" not in p.tag.grammemes for p in known)


@lru_cache(maxsize=100_000)
def _adjective_of_noun(word: str, noun: str, lang: str | None) -> bool:
    """Is ``word`` an adjective agreeing with the common noun after it ("Хорошее место", "Старий міст"), so that the
    two are a phrase, not a village's name and a word after it?"""
    for code in (lang,) if lang in LANGS else LANGS:
        adj, nn = parses(word.lower(), code), parses(noun, code)
        if not (adj and nn and adj[0].is_known and nn[0].is_known and adj[0].tag.POS == "ADJF"
                and nn[0].tag.POS == "NOUN"):
            continue
        # (any reading of each: "Городской голова" is a masculine adjective before a noun of common gender)
        for a, b in itertools.product((p.tag for p in adj[:4] if p.tag.POS == "ADJF"),
                                      (p.tag for p in nn[:4] if p.tag.POS == "NOUN")):
            if a.number == b.number and a.case == b.case and (
                    a.number == "plur" or a.gender == b.gender or "ms-f" in b.grammemes):
                return True
    return False


def _largest(ix: Index, key: str) -> int:
    """The population of the largest place in Ukraine or Russia a key names (0: none known; "Ніч" is no Niš)."""
    cc = ix.cc
    return max((ix.pop[r] or 0 for r in _rows_of(ix, key) if cc[r] in ("UA", "RU")), default=0)


# nouns and adjectives after a place adjective that make it the name of an institution or a front
ATTRIBUTE_OF = {"ова", "ода", "мва", "вца", "міської", "міська", "міській", "обласної", "обласна", "обласній", "ради",
                "рада", "раді", "військової", "військова", "адміністрації", "адміністрація", "поліції", "поліція",
                "городской", "городская", "областной", "областная", "администрации", "администрация", "полиции",
                "напрямку", "напрямок", "направлении", "направление", "угруповання", "группировки", "аэс", "аес",
                "тец", "тэц", "гес", "гэс", "єпархії", "епархии", "прокуратури", "прокуратуры", "суду", "суда",
                # a sea, river or reservoir named by its adjective ("над акваторией Азовского моря")
                "море", "моря", "морі", "морю", "морем", "річки", "річка", "річці", "реки", "река", "реке",
                "водосховища", "водосховище", "водохранилища", "водохранилище",
                # the Siverskyi Donets ("міст через Сіверський Донець", "у Северского Донца"): a river
                *_DONETS,
                # a district court or council ("Київський районний суд Харкова"): an institution
                "районний", "районного", "районному", "районна", "районної", "районный", "районном",
                "районная", "районной",
                # a town's part named by an adjective ("неподалік Старого міста", "у Нового города")
                "міста", "города"}


def _capitalised_name(word: str) -> bool:
    return len(word) > 5


@lru_cache(maxsize=100_000)
def _person_name(word: str, lang: str | None) -> bool:
    """Does a dictionary read ``word`` first as a first name, surname or patronymic ("Гладков")?"""
    for code in (lang,) if lang in LANGS else LANGS:
        found = parses(word.lower(), code)
        # (not a colloquial plural patronymic: "Бердычи" is a village, whatever the analyser guesses)
        if found and found[0].tag.POS == "NOUN" and ({"Name", "Surn", "Patr"} & found[0].tag.grammemes) \
                and "Infr" not in found[0].tag.grammemes:
            return True
    return False


@lru_cache(maxsize=100_000)
def _read_as_name(word: str, lang: str | None) -> bool:
    """Can a dictionary read ``word`` as a first name at all ("Роман", "Надію": a novel, a hope, or a name)?"""
    return any("Name" in p.tag.grammemes for code in ((lang,) if lang in LANGS else LANGS)
               for p in parses(word.lower(), code) if p.tag.POS == "NOUN")


@lru_cache(maxsize=100_000)
def _animate_noun(word: str, lang: str | None) -> bool:
    """Is ``word`` a lower-case noun for a person ("касирка", "пекаря"), which a first name may follow? (Or one that
    opens a sentence: "Соседку Любу, ей 70, посекло стеклом".)"""
    if not word.islower():
        if not (word[:1].isupper() and word[1:].islower()):
            return False
        word = word.lower()
    for code in (lang,) if lang in LANGS else LANGS:
        found = parses(word, code)
        if found and found[0].is_known and found[0].tag.POS == "NOUN" and "anim" in found[0].tag:
            return True
    return False


@lru_cache(maxsize=100_000)
def _stopword(word: str, lang: str | None) -> bool:
    """A capitalised word that never names a place here, in any case ("України", "Росії", "Вчора")."""
    key = normalize(word)
    return key in STOPWORDS or any(form in STOPWORDS for form in lemmas(word, lang)[1:3])


def _starts_place(ix: Index, tokens: list, k: int, n: int, joined, lang: str | None) -> bool:
    """Does the token at ``k`` begin a place mention of its own (a name, or a region or raion adjective)?"""
    word = tokens[k][2]
    nxt = normalize(tokens[k + 1][2]) if k + 1 < n and joined(k) else ""
    if nxt in REGION_WORDS or nxt in DISTRICT_WORDS:
        return True
    if nxt.startswith(_HROMADA_KINDS) and k + 2 < n and joined(k + 1) \
            and normalize(tokens[k + 2][2]) in DISTRICT_WORDS:
        return True  # "в Антонівці Херсонської міської громади": a hromada named by its centre
    return any(_known(ix, key) for key in _keys((word,), lang))


@lru_cache(maxsize=50_000)
def _keys(words: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    """Index keys to try for a run of words: as written, then the combinations of their lemmas."""
    combos = itertools.islice(itertools.product(*(_word_lemmas(w, lang) for w in words)), 60)
    return tuple(dict.fromkeys(normalize(" ".join(combo)) for combo in combos))


def _word_lemmas(word: str, lang: str | None) -> list[str]:
    """Nominative readings of a word; of a hyphenated name, each part declined on its own
    ("Каменку-Днепровскую" -> каменка-днепровская)."""
    forms = list(lemmas(word, lang)[:8])
    if len(word) > 5 and word.endswith(("ах", "ях")):  # a plural name in the locative: "в Днепрянах" -> днепряны
        forms += [f for f in (word[:-2] + "ы", word[:-2] + "и") if f not in forms]
    elif len(word) > 5 and word.endswith(("ю", "я")) and word[-2] in "нлрт":  # a soft stem declined: "по Хотіню"
        forms += [f for f in (word[:-1] + "ь",) if f not in forms]
    if "-" in word:
        parts = [lemmas(p, lang)[:4] for p in word.split("-")]
        forms += ["-".join(c) for c in itertools.islice(itertools.product(*parts), 16) if "-".join(c) not in forms]
    if lang != "uk" and "ьев" in word.lower():
        # a Ukrainian village in its Russian spelling ("в Червоногригорьевке"): the Ukrainian ending, -івка for -ьевка,
        # which the index knows when it has no Russian name for the village
        forms += [f for f in dict.fromkeys(form.replace("ьев", "ів") for form in forms[:4] if "ьев" in form)
                  if f not in forms]
    if lang != "ru" and _UKRAINIAN_LETTERS.search(word):
        # a Russian town in its Ukrainian spelling ("у Шебекіному", "Новозибків", "Льгові"): its Russian spelling, which
        # the index knows, last
        forms += [f for f in dict.fromkeys(v for form in forms[:4] for v in russian_spellings(form)) if f not in forms]
    return forms


_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")
# Ukrainian endings of Russian place names and the Russian ones they spell: "-іне" (Шебекіне: Шебекино),
# "-ове"/"-еве" (Глушкове: Глушково), "-ів" (Льгів: Льгов)
_RUSSIAN_ENDINGS = (("іне", "ино"), ("ове", "ово"), ("єве", "ево"), ("еве", "ево"), ("ів", "ов"))


def russian_spellings(form: str) -> list[str]:
    """The Russian spellings a Ukrainian form of a Russian place name with a Russian town's ending may stand for: the
    ending, і as и, є as е, ьо as ё, and (a second reading) the Ukrainian и as ы ("новозибків" -> новозыбков)."""
    ending = next(((uk, ru) for uk, ru in _RUSSIAN_ENDINGS if form.endswith(uk) and len(form) > len(uk) + 2), None)
    if ending is None:  # (only a name with such an ending: "Сергій", "Рівне" are no Russian towns)
        return []
    base = form[: -len(ending[0])] + ending[1]
    readings = (_in_russian_letters(base), _in_russian_letters(base.replace("и", "ы")))
    return [v for v in dict.fromkeys(readings) if v != form]


def _in_russian_letters(form: str) -> str:
    """A Ukrainian spelling's letters as Russian writes them: ьо as ё, і as и, є as е, ї as йи."""
    return form.replace("ьо", "ё").replace("і", "и").replace("є", "е").replace("ї", "йи")


def _known(ix: Index, key: str, latin: bool = True) -> bool:
    """Is ``key`` a name in the index, as written or (``latin``) transliterated (villages GeoNames
    knows only in Latin letters: "Тернова" -> Ternova)?"""
    if key in ix.names or key in ix.preferred:
        return True
    return latin and bool(_latin_keys(ix, key))


def _latin_keys(ix: Index, key: str) -> list[str]:
    """The transliterations of a Cyrillic key that are index names (cached on the index)."""
    cache = ix.__dict__.setdefault("_cyrillic_latin", {})
    found = cache.get(key)
    if found is None:
        found = [k for k in dict.fromkeys((normalize(ukrainian(key)), normalize(russian(key)))) if k in ix.names]
        cache[key] = found
    return found


def _rows_of(ix: Index, key: str) -> tuple[int, ...]:
    """The index rows a key names: by the name, the preferred name, else its first Latin spelling."""
    rows = ix.names.get(key)
    if rows is None:
        rows = ix.preferred.get(key)
    if rows is None:
        latin = _latin_keys(ix, key)
        rows = ix.names.get(latin[0]) if latin else None
    if rows is None:
        return ()
    return (rows,) if isinstance(rows, int) else tuple(rows)


FAR_IN_RUSSIA_KM = 150.0  # a Russian place this far from Ukraine's border is seldom the one these reports mean


def _prominence(ix: Index, key: str) -> float:
    """Population of the best place a key names (its first row), the name as written breaking ties; a Russian place
    far from the border counts for little ("під Северском": Siversk, not the stanitsa Severskaya in the Kuban)."""
    rows = _rows_of(ix, key)
    if not rows:
        return 0.0
    r = rows[0]
    # (and a place abroad for less: "по Слатиному" is Slatyne near Kharkiv, not Slatina in Romania)
    far = (ix.cc[r] == "RU" and ix.border_ru[r] > FAR_IN_RUSSIA_KM) or ix.cc[r] not in ("UA", "RU")
    # (a city's section counts for little beside a town of the name: "квартали Вознесенська" are Voznesensk's, not
    # those of a district called Voznesenskyi)
    return float(ix.pop[r]) * (0.01 if far else 0.1 if ix.fcode[r] == "PPLX" else 1.0)


def _region_key(ix: Index, key: str) -> bool:
    return key in ix.region_keys


def _town_area(ix: Index, keys: tuple[str, ...]) -> str | None:
    """A town's colloquial area ("Куп'янщина", "Ізюмщина", "Бахмутчина") as its raion's query ("куп'янський
    район"), when the index knows that raion; None for an oblast's ("Харківщина") or no such town."""
    for key in keys:
        if not key.endswith(("щина", "чина")) or len(key) < 8:
            continue
        root = key[:-4]  # "куп'ян", "ізюм", "бахмут"
        # ("Синельниківщина": the town's "о" turns "і" in its area and its adjective, Синельникове)
        towns = _town_keys(ix, root, latin=False) or (
            _town_keys(ix, root[:-2] + "ов", latin=False) if root.endswith("ів") else [])
        for town in towns:
            for adjective in (town + "ий" if town.endswith("ськ") else town + "ський", root + "ський"):
                if _district_key(ix, adjective):
                    return f"{adjective} район"
    return None


# the endings a town's name takes after the root its adjective and its area are made of: "куп'ян" -> Куп'янськ,
# "бахмут" -> Бахмут, "авдіїв" -> Авдіївка, "очеретин" -> Очеретине / Очеретино
_TOWN_ENDINGS = ("ськ", "", "ка", "е", "о", "а", "я", "ове", "ово")


def _town_keys(ix: Index, root: str, first: tuple[str, ...] = (), latin: bool = True) -> list[str]:
    """The index's names of a town told by ``root`` (``first`` tried before the endings)."""
    return [key for key in dict.fromkeys((*first, *(root + end for end in _TOWN_ENDINGS))) if _known(ix, key, latin)]


def _district_key(ix: Index, key: str) -> bool:
    """Is ``key`` the adjective of a raion, hromada or city section the index knows ("харківський")?"""
    return any(skeleton(k) in ix.district_keys or skeleton(k) in ix.area_keys for k in (key, *district_stems(key)))


_STREET_WORDS = {"ул", "вул", "улица", "улице", "улицы", "улицу", "улицей", "вулиця", "вулиці", "вулицю", "вулицею",
                 "просп", "проспект", "проспекті", "проспекте", "проспектом", "пров", "пер", "провулок", "провулку",
                 "провулком", "переулок", "переулке", "переулком", "бульв", "бульвар", "бульварі", "бульваре",
                 "бульваром", "шосе", "шоссе", "пл", "площа", "площі", "площею", "площадь", "площади", "площадью"}


def _latin_district(ix: Index, keys: tuple[str, ...]) -> str | None:
    """A raion or hromada the index knows only in Latin letters, as a query ("Білопільської громади" ->
    "bilopilska district"), else None."""
    for key in keys:
        if key.endswith(("ська", "ський", "цька", "цький")):
            latin = normalize(ukrainian(key))
            if _district_key(ix, latin):
                return f"{latin} district"
    return None


_RUSSIAN_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


def _letters_language(text: str) -> str | None:
    """"uk" for a text with letters only Ukrainian has (і, ї, є, ґ) and none only Russian has (ы, э, ъ, ё),
    "ru" for the reverse, else None (both dictionaries are asked)."""
    uk, ru = _UKRAINIAN_LETTERS.search(text) is not None, _RUSSIAN_LETTERS.search(text) is not None
    return "uk" if uk and not ru else "ru" if ru and not uk else None


def find_mentions(gaz: Resolving, text: str, lang: str | None = None,
                  alternatives: dict[str, list[str]] | None = None) -> list[tuple[int, int, str, str]]:
    """Cyrillic place mentions of ``text``: (start, end, query in the nominative, level), where level
    is "place", "region" or "district"; longest name first, no overlaps. A query with other readings
    that also name places gets them in ``alternatives`` (query -> readings, most prominent first)."""
    ix = gaz.index
    text_lang = lang or _letters_language(text)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    n = len(tokens)
    out: list[tuple[int, int, str, str]] = []

    def joined(k: int) -> bool:
        gap = text[tokens[k][1]:tokens[k + 1][0]]
        return not gap.strip() and "\n" not in gap  # a line's last word and the next line's first are not one name

    i = 0
    street = False  # inside a list of streets ("по ул. Заводской, Кирова и Школьной"): their names are no places
    while i < n:
        start, _end, word = tokens[i]
        low = word.lower()
        if low in _STREET_WORDS:
            street = True
            i += 1
            continue
        if street:
            gap = text[tokens[i - 1][1]:start]
            if (_capitalised(word) or low in _AND) and (tokens[i - 1][2].lower() in _STREET_WORDS
                                                        or not any(ch in gap for ch in ".;:!?\n")):
                i += 1
                continue
            street = False
        if not _capitalised(word) or _stopword(word, lang) or (_acronym(word) and len(word) <= 5):
            i += 1
            continue
        nxt = normalize(tokens[i + 1][2]) if i + 1 < n and joined(i) else ""
        if low.startswith("нов") and nxt.startswith(_YEAR_WORDS):
            i += 1  # "Перед Новим роком", "к Новому году": the New Year, not a village Nove
            continue
        if nxt in _AND and i + 3 < n and _capitalised(tokens[i + 2][2]) and joined(i + 1) and joined(i + 2):
            last_word = normalize(tokens[i + 3][2])
            if last_word in REGION_WORDS or last_word in DISTRICT_WORDS:
                nxt = last_word  # "над Курской и Белгородской областями": both are regions
        # "Сумської області", "Брянской области", "Ізюмського району"
        if nxt in REGION_WORDS or nxt in DISTRICT_WORDS:
            level = "region" if nxt in REGION_WORDS else "district"
            word_suffix = "область" if level == "region" else "район"
            end = tokens[i + 1][1] if nxt == normalize(tokens[i + 1][2]) else tokens[i][1]
            for key in _keys((word,), lang):
                if (level == "region" and _region_key(ix, key)) or (level == "district" and _district_key(ix, key)):
                    out.append((start, end, f"{key} {word_suffix}", level))
                    break
            else:
                # (only as a qualifier right after its place: "Павлівку Білопільської громади"; a hromada named
                # alone is no place an attack can be put at)
                qualifies = level == "district" and bool(out) and out[-1][3] == "place" \
                    and text[out[-1][1]:start].strip() in ("", ",")
                latin = _latin_district(ix, _keys((word,), lang)) if qualifies else None
                if latin is None:
                    i += 1
                    continue
                out.append((start, end, latin, level))
            i += 2 if nxt == normalize(tokens[i + 1][2]) else 1
            continue
        sentence_start = i == 0 or bool(_SENTENCE_END.search(text[max(0, start - 3):start]))
        hit: tuple[int, str, str] | None = None
        longest = 1
        while longest < MAX_WORDS and i + longest < n and joined(i + longest - 1) \
                and _capitalised(tokens[i + longest][2]):
            longest += 1
        for size in range(longest, 0, -1):
            words = tuple(t[2] for t in tokens[i:i + size])
            keys = _keys(words, lang)
            region = next((k for k in keys if k.endswith(("щина", "чина")) and _region_key(ix, k)), None)
            if size == 1 and region is None and i and normalize(tokens[i - 1][2]) == "на" \
                    and normalize(word).endswith(("і", "е")):
                # "на Запоріжжі": "on" a place named in the locative is its region, as "на Харківщині" (a city is
                # "у Запоріжжі")
                region = next((k for k in keys if k != normalize(word) and _region_key(ix, k)), None)
            if size == 1 and region is not None:
                hit = (size, region + " область", "region")
                break
            if size == 1 and (area := _town_area(ix, keys)) is not None:
                hit = (size, area, "area")  # "на Куп'янщині": the raion of Kupiansk (a hint, no place of its own)
                break
            known = [k for k in keys if _known(ix, k, False)]
            if not known and not (size == 1 and _person_name(word, lang)):  # not "Гладков" -> Gladkov
                known = [k for k in keys if _known(ix, k)]
            if known:
                # several readings name places ("Покровська": Покровськ, Покровське; "Тернова": Тернова,
                # Тернове): the most prominent, unless the context prefers another (see geoparse)
                known.sort(key=lambda k: -_prominence(ix, k))
                if i and len(known) > 1 and tokens[i + size - 1][2].lower().endswith(("ском", "цком")) \
                        and tokens[i - 1][2].lower() in _LOCATIVE_PREPOSITIONS:
                    # "в Каменском", "в Покровском": after "в" the locative of a neuter name in -ское, not the
                    # instrumental of a town in -ск ("под Покровском")
                    known.sort(key=lambda k: not k.endswith(("ское", "цкое")))
                hit = (size, known[0], "place")
                if alternatives is not None and len(known) > 1:
                    alternatives[known[0]] = known
                break
        if hit is None:
            i += 1
            continue
        size, key, level = hit
        if level == "place" and i > 0 and text[tokens[i - 1][1]:start] == " «" and (
                tokens[i - 1][2].islower() or i == 1
                or _SENTENCE_END.search(text[max(0, tokens[i - 1][0] - 3):tokens[i - 1][0]]) is not None) \
                and tokens[i - 1][2].lower() not in PREPOSITIONS:
            # "Банный комплекс «Березка»", "банкетного зала «Прибой»", "готель «Харків»", "Автомойка «Волна»,
            # Шебекино.": the name of a business after the noun for it, not a place
            i += size
            continue
        if size == 1 and level == "place":
            largest = _largest(ix, key)
            village = largest < TOWN_POPULATION
            inflected_village = village and key != normalize(word)
            nxt_word = tokens[i + 1][2] if i + 1 < n and joined(i) else ""
            if (sentence_start and (_function_word(word, lang) or _personal_pronoun(word, text_lang)
                                    or ((inflected_village or largest == 0) and _common_word(word, lang))
                                    or (village and nxt_word.islower()
                                        and _adjective_of_noun(word, nxt_word, lang or text_lang))
                                    or (village and _animate_noun(word.lower(), lang)))) \
                    or ((village or first_name(word, lang or text_lang)) and i > 0
                        and _animate_noun(tokens[i - 1][2], lang) and _read_as_name(word, lang)):
                # "Пожежу ліквідовано", "Енергетики працюють": a common word, read as a village's name only in
                # another form (a village named as written, "Хотіївка", stays, unless no one lives there: "Сроки по
                # заказам сдвигаются" is no hamlet Sroki); "нашу касирку Любу", "пекаря
                # Романа", "майстра Артема" (whatever town a name also stands for): a first name after the noun it
                # names
                i += 1
                continue
            after = tokens[i + 1][2] if i + 1 < n and joined(i) else ""
            actors = normalize(after) in ACTOR_ACRONYMS  # "по Шебекино ВСУ нанесли удар": the place, then who
            if after and _capitalised(after) and not actors and not _starts_place(ix, tokens, i + 1, n, joined, lang):
                # part of a longer proper name the index does not know: "Олег Синєгубов", "Червоний Хрест"
                while i + 1 < n and joined(i) and _capitalised(tokens[i + 1][2]):
                    i += 1
                i += 1
                continue
            if normalize(after) in ATTRIBUTE_OF or (_acronym(after) and not _capitalised_name(after) and not actors):
                i += 1  # "Запорізької ОВА", "Харківської міської ради": an institution, not a place
                continue
        out.append((start, tokens[i + size - 1][1], key, level))
        i += size
    return out


W_OWN_NAME = 1.5  # how far behind a place may rank and still win when the name transliterates to its own


def _own_name_first(key: str, found: list[Candidate]) -> list[Candidate]:
    """Put first the place whose own (English) name the Cyrillic name transliterates to, when it is
    close behind: "Слов'янськ" is Sloviansk, though Nikopol once had that name too."""
    if len(found) < 2 or found[0].precision != "locality":
        return found
    spellings = _spellings(key)
    if _own_folded(found[0].name) in spellings:
        return found
    for k, cand in enumerate(found[1:], 1):
        if found[0].score - cand.score > W_OWN_NAME:
            break
        if cand.precision == "locality" and _own_folded(cand.name) in spellings:
            return [cand, *found[:k], *found[k + 1:]]
    return found


def _own_folded(name: str) -> str:
    """:func:`_folded` of an English name with its "x" spelt "ks", as a transliteration spells it ("Alexeyevka" is
    "Алексеевка")."""
    return _folded(name.replace("x", "ks").replace("X", "Ks"))


@lru_cache(maxsize=100_000)
def _spellings(key: str) -> frozenset[str]:
    """The folded Ukrainian and Russian transliterations of a Cyrillic name."""
    return frozenset((_folded(ukrainian(key)), _folded(russian(key))))


@lru_cache(maxsize=100_000)
def _folded(name: str) -> str:
    """A name normalised and reduced to its skeleton (cached: the same places recur)."""
    return skeleton(normalize(name))


def nominative_text(text: str, mentions: list[tuple[int, int, str, str]]) -> str:
    """``text`` with each mention replaced by its nominative query (the context the resolver reads)."""
    parts, at = [], 0
    for start, end, query, _level in mentions:
        parts.append(text[at:start])
        parts.append(query)
        at = end
    parts.append(text[at:])
    return "".join(parts)


_SECTOR_TOWN_POP = 1_000  # a front sector is named after a town, not a hamlet
_DIRECTION = re.compile(r"([а-яіїєґ'’-]{4,}(?:ськ|цьк|зьк|ск|цк|зк)[а-яіїє]{1,4})\s+(?:напрям\w*|направлени\w*)", re.I)


def _direction_towns(gaz: Resolving, text: str, lang: str | None, ctx: Context) -> list[Candidate]:
    """The towns the text's front sectors are named after ("на покровском направлении": Pokrovsk; "Очеретинське
    напрямок": Ocheretyne), the most populous of each name."""
    out: list[Candidate] = []
    for m in _DIRECTION.finditer(text):
        for key in _keys((m.group(1),), lang):
            if not key.endswith(("ський", "ский", "цький", "цкий", "зький", "зкий")):
                continue
            stem = key[:-2]  # "покровськ", "покровск"
            root = stem[:-3] if stem.endswith(("ськ", "цьк", "зьк")) else stem[:-2]  # "бахмут", "авдіїв"
            town = next((c for b in _town_keys(gaz.index, root, (stem,))
                         for c in gaz.resolve_in(b, ctx, 1)
                         if c.precision == "locality" and c.population >= _SECTOR_TOWN_POP), None)
            if town is not None:
                out.append(town)
                break
    return out


def _best_reading(gaz: Resolving, readings: list[str], ctx: Context, limit: int) -> list[Candidate]:
    """The candidates of the reading whose best place scores highest in ``ctx`` (the first on a tie)."""
    best: list[Candidate] = []
    for reading in readings:
        try:
            found = gaz.resolve_in(reading, ctx, limit)
        except QueryError:
            continue
        if found and (not best or found[0].score > best[0].score):
            best = found
    return best


_SECTOR_KM = 100  # a place this near the town a front's sector is named after lies in that sector


def _nearest_km(place: Candidate, points: list[tuple[float, float, float, int, str]]) -> float:
    """The distance in km from ``place`` to the nearest of ``points``."""
    return min(haversine_km(place.lat, place.lon, lat, lon) for lat, lon, *_ in points)


def _district_admin2(gaz: Resolving, district: str, ctx) -> str:
    """The raion name a district query resolves to ("" when it names none)."""
    try:
        found = gaz.resolve_in(district, ctx, 1)
    except QueryError:
        return ""
    return found[0].admin2 if found and found[0].precision == "district" else ""


def geoparse(gaz: Resolving, text: str, limit: int = 1, lang: str | None = None) -> list[Mention]:
    """Cyrillic place mentions of ``text`` with spans (as written) and joint resolutions."""
    if not isinstance(text, str):
        raise QueryError(f"text must be a string, not {type(text).__name__}")
    readings: dict[str, list[str]] = {}
    found_mentions = find_mentions(gaz, text, lang, readings)
    if not found_mentions:
        return []
    ctx = gaz.context(nominative_text(text, found_mentions))
    # a place written with its region or raion ("Каменку Белгородской области", "Липці Харківського
    # району") is a qualified query: a place inside it, else the region itself, never a namesake elsewhere
    queries, qualifiers = [], {}
    for j, (_start, end, query, level) in enumerate(found_mentions):
        nxt = found_mentions[j + 1] if j + 1 < len(found_mentions) else None
        if level == "place" and nxt is not None and nxt[3] != "place" and text[end:nxt[0]].strip() in ("", ","):
            qualifiers[f"{query}, {nxt[2]}"] = nxt[2]
            query = f"{query}, {nxt[2]}"
        queries.append(query)
    written = {query: normalize(text[start:end]) for start, end, query, _level in found_mentions}
    resolved: dict[str, list[Candidate]] = {}
    asked_by: dict[str, list[str]] = {}  # the readings each query was resolved by
    for query in queries:
        if query not in resolved:
            bare = query[: -len(qualifiers[query]) - 2] if query in qualifiers else query
            # the most prominent reading, and the name as written when it is another reading ("Придніпровське":
            # придніпровський names Prydniprovsk, a part of Dnipro; придніпровське the villages)
            own = written.get(bare)
            asked = [f"{reading}, {qualifiers[query]}" if query in qualifiers else reading
                     for k, reading in enumerate(readings.get(bare, [bare])) if k == 0 or reading == own]
            # the reading whose best place the context likes most (the first on a tie: the most prominent)
            resolved[query], asked_by[query] = _best_reading(gaz, asked, ctx, max(limit, 2)), asked
    resolved = {k: _own_name_first(k.split(",")[0], found) for k, found in resolved.items()}
    points = {k: (c[0].lat, c[0].lon, 1.0) for k, c in resolved.items()
              if c and c[0].precision == "locality" and (len(c) == 1 or c[0].population >= FIRM_POP)}
    if "напрям" in text or "направлен" in text:
        # "Котляровка на покровском направлении", "біля Степового на Авдіївському напрямку": the front's sector is
        # named after a town the place lies near
        for town in _direction_towns(gaz, text, lang, ctx):
            points.setdefault(f"\x00{town.name}", (town.lat, town.lon, 1.0))
    final: dict[str, list[Candidate]] = {}
    explicit = ctx.explicit() if ctx.regions else frozenset()
    for key, found in resolved.items():
        if explicit and found and found[0].precision == "locality" and found[0].admin1_code not in explicit:
            # "зачистили Тернову на Харківщині": the reading of the word with a place in the oblast the text names
            # (Тернова there, not the more prominent Терново in Zakarpattia)
            bare = key[: -len(qualifiers[key]) - 2] if key in qualifiers else key
            extra = [r for r in readings.get(bare, []) if r not in asked_by[key]]
            other = _best_reading(gaz, extra, ctx, max(limit, 2)) if extra and key not in qualifiers else []
            if other and other[0].precision == "locality" and other[0].admin1_code in explicit:
                found = resolved[key] = _own_name_first(key, other)
        if len(found) > 1 and found[0].precision in ("locality", "district"):
            others = [(la, lo, w * W_TOGETHER, -1, k) for k, (la, lo, w) in points.items() if k != key]
            reach = W_ANCHOR * sum(o[2] for o in others)
            if others and found[0].score - found[1].score < reach:
                # of its readings, the one whose best place the context and the places named with it like most (every
                # reading the word has: "з Приморського" in a Zaporizhzhia shop's post is Prymorske by that city, not
                # the more prominent Prymorskyi in Crimea)
                bare = key[: -len(qualifiers[key]) - 2] if key in qualifiers else key
                extra = [f"{r}, {qualifiers[key]}" if key in qualifiers else r
                         for r in readings.get(bare, []) if r not in asked_by[key]]
                together = ctx.with_anchors(others)
                chosen = _best_reading(gaz, asked_by[key], together, max(limit, 2))
                other = _best_reading(gaz, extra, together, max(limit, 2)) if extra else []
                sectors = [o for o in others if o[4].startswith("\x00")]
                if other and (not chosen or other[0].score > chosen[0].score) and (
                        not sectors or _nearest_km(other[0], sectors) <= _SECTOR_KM):
                    # (another reading, unless the front's sector the text names puts it far from its town: not
                    # "Степового на Авдіївському напрямку" read as a Stepove by Mykolaiv)
                    chosen = other
                found = _own_name_first(key.split(",")[0], chosen)
        final[key] = found
    # a raion the text names once, apart from its places ("ТОВ «Мирівська агроінвест» | Нікопольський район ...
    # обстріляли Мирове"): a namesake village inside it, when there is one
    districts = {q for _s, _e, q, level in found_mentions if level in ("district", "area")}
    if len(districts) == 1:
        district = next(iter(districts))
        raion: list[str] = []  # the raion the district query names, resolved once, when first needed
        for key in [k for k in final if k not in qualifiers and k not in districts]:
            found = final[key]
            if len(found) < 2 or found[0].precision != "locality":
                continue
            inside = _best_reading(gaz, [f"{reading}, {district}" for reading in asked_by[key]], ctx, max(limit, 2))
            if inside and inside[0].precision == "locality" and inside[0].geonameid != found[0].geonameid \
                    and (any(c.geonameid == inside[0].geonameid for c in found) or (
                        # (a namesake below the readings kept, inside the raion: "Покровське на Синельниківщині")
                        inside[0].admin2 and inside[0].admin2 == (raion := raion or [
                            _district_admin2(gaz, district, ctx)])[0])):
                final[key] = _own_name_first(key, inside)
            elif other_readings := [r for r in readings.get(key, []) if r not in asked_by[key]]:
                # (or a place of another reading of the word: "У Васильківці (Синельниківський район)" is Васильківка
                # there, not the Vasylkivtsi villages far away)
                inside = _best_reading(gaz, [f"{reading}, {district}" for reading in other_readings], ctx,
                                       max(limit, 2))
                if inside and inside[0].precision == "locality" and inside[0].admin2:
                    raion = raion or [_district_admin2(gaz, district, ctx)]
                    if inside[0].admin2 == raion[0]:
                        final[key] = inside
    # a city district named with its city in the genitive ("Дніпровському району Херсона"): a district of
    # that city's region, not a namesake in another (Kyiv's Dniprovskyi raion)
    for j, (_start, end, _query, level) in enumerate(found_mentions[:-1]):
        city, query = final[queries[j + 1]], queries[j]
        if level == "district" and found_mentions[j + 1][3] == "place" and city and final[query] \
                and not text[end:found_mentions[j + 1][0]].strip() and city[0].precision == "locality" \
                and final[query][0].admin1 != city[0].admin1:
            try:
                inside = gaz.resolve_in(f"{query}, {city[0].admin1} oblast", ctx, max(limit, 2))
            except QueryError:
                inside = []
            # the district where the dump has it, else the city itself
            good = inside and inside[0].admin1 == city[0].admin1 and inside[0].precision == "district"
            final[query] = inside if good else city
    out = []
    for (start, end, _query, level), query in zip(found_mentions, queries, strict=True):
        if level == "area":
            continue  # ("на Куп'янщині" hints where the villages named are; it names no place hit)
        found = final[query]
        out.append(Mention(text[start:end], start, end, found[0] if found else None,
                           found[1:limit] if limit > 1 else []))
    return out


def lemma_keys(key: str) -> list[str]:
    """Nominative readings of a declined Cyrillic key ("брянской" -> "брянская", ...), not the key itself."""
    words = key.split(" ")
    return list(_keys(tuple(words), None)[1:]) if len(words) <= MAX_WORDS else []


def declined_rows(gaz, key: str) -> tuple[tuple[int, ...], str]:
    """Index rows for a declined Cyrillic name ("запоріжжі", "брянской области") and how they
    matched ("variant"), or no rows; ``gaz`` is the :class:`gazetteer.Gazetteer` asking."""
    ix = gaz.index
    first, _, rest = key.partition(" ")
    if rest and first in PREPOSITIONS:  # "у запоріжжі", "біля лимана"
        key = rest
        if _known(ix, key, False):
            return gaz._lookup(key)[0], "variant"
    readings = lemma_keys(key)
    for reading in readings:  # a nominative the index has in Cyrillic ("конотопі" -> конотоп)
        if _known(ix, reading, False):
            return gaz._lookup(reading)[0], "variant"
    if _known(ix, key):  # a name GeoNames has only in Latin letters, as written: the ordinary lookup
        return gaz._lookup(key)
    for reading in readings:
        if reading.endswith(("щина", "чина")) and reading in ix.region_keys:  # "на Белгородчине"
            return gaz._region_rows(reading), "variant"
        name, _, word = reading.rpartition(" ")
        if name and word in REGION_WORDS:
            rows = gaz._region_rows(name)
            if rows:
                return rows, "variant"
    return (), "exact"


_LATIN_NAME = re.compile(r"\b[A-Z][a-z]{2,}")


def geoparse_text(gaz: Resolving, text: str, limit: int = 1, lang: str | None = None) -> list[Mention]:
    """Every place mention of a text that has Cyrillic: the Cyrillic ones by :func:`geoparse`, plus
    the Latin-script ones of a mixed text by the English geoparser; in text order."""
    from .geoparse import geoparse as geoparse_latin

    out = geoparse(gaz, text, limit, lang)
    if _LATIN_NAME.search(text):
        taken = [(m.start, m.end) for m in out]
        out += [m for m in geoparse_latin(gaz, text, limit)
                if not _CYRILLIC_ANY.search(m.text) and not any(a < m.end and m.start < b for a, b in taken)]
        out.sort(key=lambda m: m.start)
    return out


_CYRILLIC_ANY = re.compile(r"[\u0400-\u04ff]")
