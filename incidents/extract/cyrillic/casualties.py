"""Killed and injured counts in a Ukrainian or Russian sentence, by the English module's rules.

A clause is cut at commas, colons and semicolons; in each piece a word of the dead ("загинули",
"загиблих", "погиб", "убиты") or the wounded ("поранено", "дістали поранень", "травмовані",
"постраждали", "ранены", "получил ранения") takes the nearest number in digits or words, in any
case ("двох", "восьми", "троє", "пятеро"); with no number, a singular people noun ("загинув
чоловік", "поранено дитину") or a singular verb ("погиб", "ранена") is 1, a plural one unknown.
"Загиблих немає", "пострадавших нет", "люди не постраждали", "без жертв" are 0 ("постраждали" and
"жертв" for both counts); "інформація про постраждалих уточнюється" stays unknown. A piece that
names a subset ("серед них дитина", "один из них") adds nothing; ages ("57-річну", "45 і 61
року") and other counted things are not people.
"""

from __future__ import annotations

import re

from gazetteer.morphology import first_name, lemmas, parses

from .words import DIED_STEMS, INJURED_STEMS, KILLED_STEMS, is_animal, is_person, number, singular, words_of

_PIECES = re.compile(r"[,;:()«»]")
_SUBSET = re.compile(r"\b(?:серед|среди|з|із|из)\s+(?:них|яких|которых)\b|"
                     r"\b(?:серед|среди)\s+(?:загиблих|поранених|постраждалих|травмованих|погибших|раненых|"
                     r"пострадавших)\b|\bзокрема\b|\bу тому числі\b|"
                     r"\bв том числе\b|\bв т\.\s?ч\.")
_NEGATION = {"немає", "нема", "нет", "не", "без", "ніхто", "никто", "ні", "ни"}
# the people a report's "nobody hurt" is about (not a group of them: "Студенти не постраждали")
_EVERYONE = {"люди", "людей", "ніхто", "никто", "мешканці", "жителі", "жители", "місцеві", "местные", "мирні", "мирные",
             "цивільні", "гражданские", "населення", "население", "громадяни", "граждане", "пасажири", "пассажиры"}
# "інформація про постраждалих уточнюється", "данных о пострадавших нет": the report does not know yet
# (but "по предварительным данным обошлось без пострадавших" knows)
_NO_NEWS = re.compile(r"((?:інформаці\w*|даних|данных|информаци\w*|сведени\w*|відомост\w*)\s+(?:про|о|об|щодо)\b|"
                      r"уточню|уточня|встановлю|устанавлива|з'ясов|выясня)")
_NOT_TOLD = re.compile(r"\b(?:про|о)\s+(?:постраждал|пострадавш|загибл|погибш|жертв)\w*\s+(?:\w+\s+)?не\s+"
                       r"(?:повідом|сообщ|інформу|информир)")
_BOTH_STEMS = ("постражд", "пострада", "жертв")
_NOT_PEOPLE_AFTER = ("рок", "рік", "лет", "год", "раз", "км", "кілометр", "километр", "хвилин", "минут", "годин",
                     "час", "будин", "дом", "квартир", "авто", "машин", "%", "відсот", "процент", "метр", "гектар",
                     "населен", "ракет", "дрон", "безпілот", "беспилот", "снаряд", "тис", "тыс", "гривень", "рубл",
                     "модул", "одиниц", "единиц", "числа", "каб", "бомб", "авіабомб", "авиабомб",
                     # a day and its month: "загинув 21 серпня", "погиб 3 мая"
                     "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
                     "листопада", "грудня", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                     "сентября", "октября", "ноября", "декабря",
                     "шахед", "геран", "мін", "ракетн")
_BORN = re.compile(r"\(?\b(?:19|20)\d\d\s*(?:г\.\s*р\.|г\.р\.?|гр\.|р\.\s*н\.|р\.н\.?|года\s+рождения|"
                   r"року\s+народження)\)?", re.I)
_DIED_OF = re.compile(r"\b(?:от|від)\s+(?:полученных|отриманих|тяжелых|тяжких|несовместимых с жизнью\s+)?\s*"
                      r"(?:ранений|поранень|травм)\b", re.I)
# the writer's own people, whom a "nobody hurt" is about ("з нашої команди ніхто не постраждав", "среди сотрудников
# пострадавших нет"), not everyone at the place
_OUR_PEOPLE = re.compile(r"\b(?:серед|среди)\s+(?:наш\w*\s+)?(?:мешканц\w*\s+(?:жк|будинк\w*|комплекс\w*)|"
                         r"жител\w*\s+(?:жк|дом\w*)|жильц\w*|сотрудник\w*|співробітник\w*|працівник\w*|персонал\w*|"
                         r"клієнт\w*|клиент\w*|учн\w*|учени\w*|пацієнт\w*|пациент\w*|"
                         # ("Среди подопечных и персонала пострадавших нет": a home's residents and staff)
                         r"подопечн\w*|підопічн\w*|вихованц\w*|воспитанник\w*|проживающ\w*)|"
                         r"\b(?:з|із|из)\s+(?:нашої|нашей|наших|працівників|співробітників|сотрудников|персоналу|"
                         r"персонала|клієнтів|клиентов)\b|\bіз\s+хлопців\b|\bна\s+майданчику\b|\bу\s+нас\b|"
                         r"\b(?:будівельники|строители|персонал|працівники\s+(?:клініки|магазину|сто|пункту))\b|"
                         # "Працівниці були в укритті, не постраждали", "Личный состав не пострадал": the staff
                         r"\b(?:працівниці|працівники|співробітники|сотрудники|особовий\s+склад|личный\s+состав|"
                         r"наші\s+люди|наши\s+люди)\b|"
                         # "пасажири не постраждали", "он с семьёй не пострадал": some people, not everyone there
                         r"\b(?:пасажир\w*|пассажир\w*|він|он|вона|она|сім'я|семья|родина|діти|дети|екіпаж\w*|"
                         r"экипаж\w*)\b[^.;]{0,20}\bне\s+(?:постраждал|пострадал)")
_NOT_LESS = {"менее", "меньше", "менш", "менше", "более", "больше", "більше", "понад"}
_NOT_FEWER = re.compile(r"\bне\s+(?:менее|меньше|менш|менше)\b")
_AT_LEAST = {"щонайменше", "принаймні", "мінімум", "минимум", "понад", "более", "больше", "свыше"}
_IMPERSONAL = ("но", "то")  # "поранено", "травмовано": no subject number in the verb


def _kind(word: str) -> str | None:
    if word.startswith(KILLED_STEMS):
        return "killed"
    if word.startswith(INJURED_STEMS):
        return "injured"
    return None


_AND = {"і", "й", "та", "и"}
_HE_SHE = frozenset(("він", "вона", "он", "она"))
# vague counts ("кілька людей поранено", "погибли несколько человек"); whole words ("багатоповерхівка" is a block)
_VAGUE = {"кілька", "кількох", "кільком", "декілька", "декількох", "несколько", "нескольких", "нескольким", "багато",
          "багатьох", "много", "многих", "десятки", "десятків", "десятков", "десяткам", "десятка", "дюжина"}
# a singular noun of the dead or wounded: one person
_ONE = {"загиблий", "загибла", "погибший", "погибшая", "постраждалий", "пострадавший", "пострадавшая",
        "травмований", "травмована", "раненый", "раненая", "поранений", "поранена"}
# a singular verb of receiving before a wound noun: "дістав поранення", "получила ранения"
_RECEIVED_ONE = {"дістав", "дістала", "отримав", "отримала", "зазнав", "зазнала", "получил", "получила"}


_WITH = frozenset(("с", "со", "з", "із", "зі"))
_COUPLE_ADJ = ("літн", "подружн", "молод", "пожил", "супружеск", "семейн")


def _couple(words: list[str], k: int, lang: str) -> int | None:
    """2 for a married or elderly couple ("літня пара", "подружжя", "пожилые супруги") or parents, else None."""
    forms = lemmas(words[k], lang)
    if "подружжя" in forms or ({"супруги", "супруг"} & set(forms) and not singular(words[k], lang)):
        return 2
    if "пара" in forms and k > 0 and words[k - 1].startswith(_COUPLE_ADJ):
        return 2
    if words[k] in _PARENTS and not (k > 0 and number(words[k - 1], lang) is not None):
        return 2  # "поранено батьків і двох дітей", "ранены родители": a mother and a father
    return None


_PARENTS = frozenset(("батьки", "батьків", "батькам", "батьками", "батьках", "родители", "родителей", "родителям",
                      "родителями", "родителях"))


def _genitive_singular(word: str, lang: str) -> bool:
    """Can ``word`` be a genitive singular ("у мужчины осколочные ранения": one man, not "мужчины")?"""
    from gazetteer.morphology import analyser

    return any({"gent"} <= set(p.tag.grammemes) and p.tag.number != "plur" for p in analyser(lang).parse(word))


def _count(words: list[str], at: int, lang: str, alone: bool = False) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) for the cue at ``words[at]`` from the numbers and people nouns of its piece.
    ``alone``: the piece has no cue of the other kind, so a list ("жінка та її син", "28 людей і двоє
    рятувальників") is one total."""
    best: tuple[int, int, bool] | None = None  # distance, value, at-least
    values: list[int] = []
    kind = _kind(words[at])
    vague = [w for w in words if w in _VAGUE]
    if vague and not any(number(w, lang) is not None for w in words):
        # "несколько человек ранены", "кілька людей поранено": injured unknown; the dead as ACLED codes them
        if kind != "killed":
            return (None, None, None)
        return (None, 12, None) if vague[0].startswith(("десят", "дюжин")) else (None, 10, None)
    # (a number past a cue of the other kind is that cue's: "загинув чоловік і поранено трьох людей")
    others = [j for j, w in enumerate(words) if j != at and (k2 := _kind(w)) is not None and k2 != kind]
    for k, w in enumerate(words):
        if k == at or any(min(at, k) < j < max(at, k) for j in others):
            continue
        value = number(w, lang)
        if value is None:
            value = _couple(words, k, lang)
        if value is None:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if any(is_animal(w, lang) for w in words[k + 1:k + 3]):
            continue  # "загинуло 40 птахів", "две кавказские овчарки погибли": animals, not people
        if after.startswith(_NOT_PEOPLE_AFTER) or (k + 2 < len(words) and after in ("і", "и", "та")
                                                   and words[k + 2].isdigit()
                                                   and k + 3 < len(words) and words[k + 3].startswith(("рок", "лет"))):
            continue
        dist = abs(k - at)
        values.append(value)
        if best is None or dist < best[0]:
            best = (dist, value, k > 0 and words[k - 1] in _AT_LEAST)
    people = [k for k, w in enumerate(words) if k != at and is_person(w, lang)]
    # (a first name after the noun it names is the same person: "наша сотрудница Ирина и её муж" are two)
    people = [k for k in people if not (k - 1 in people and first_name(words[k], lang))]
    # singular people nouns not counted by a number before them ("чоловік", not "двох чоловіків")
    single = [k for k in people if singular(words[k], lang) and not any(
        number(words[j], lang) is not None for j in range(max(0, k - 2), k))]
    # "хозяйку с сыном", "мати з донькою": one person with another, two
    joined = bool(set(words) & _AND) or any(w in _WITH and k - 1 in people and k + 1 in people
                                            for k, w in enumerate(words))
    if joined and people:  # "ранены она и ее мать": a person told by a pronoun, joined to another, is one more
        single += [k for k, w in enumerate(words) if w in _HE_SHE and k + 1 < len(words) and words[k + 1] in _AND
                   and k not in people]
    if alone and joined and len(values) + len(single) > 1 and best is not None and not best[2]:
        total = sum(values) + len(single)
        return (total, total, total)
    if best is not None:
        return (best[1], best[1], None if best[2] else best[1])
    if single and alone and joined:
        return (len(single), len(single), len(single))
    if people:  # the people noun nearest the cue ("Рятувальники дістали тіло жінки": the woman)
        nearest = min(people, key=lambda k: (abs(k - at), k))
        one = singular(words[nearest], lang) or (nearest > 0 and words[nearest - 1] == "у"
                                                  and _genitive_singular(words[nearest], lang))
        return (1, 1, 1) if one else (None, None, None)
    cue = words[at]
    if any(is_animal(w, lang) for w in words[max(0, at - 3):at + 4]):
        return (None, None, None)  # "Погиб жеребец Буран": an animal's death told, no person's
    if cue in _ONE:  # "Є загиблий", "Есть погибший"
        return (1, 1, 1)
    if set(words[max(0, at - 2):at]) & _RECEIVED_ONE:  # "Водій ... дістав поранення": one person
        return (1, 1, 1)
    if not cue.endswith(_IMPERSONAL) and _kind(cue) and singular(cue, lang) and \
            not cue.startswith(("загибл", "погибш", "жертв", "поранен" if lang == "uk" else "-", "ранени", "травм")):
        return (1, 1, 1)
    if cue.startswith(("поранений", "поранена", "травмований", "травмована", "ранена", "ранен")) and \
            singular(cue, lang):
        return (1, 1, 1)
    return (None, None, None)


def _better(old: tuple | None, new: tuple) -> bool:
    if old is None or old[1] is None:
        return True
    return new[1] is not None and new[1] > old[1]


_MEDICAL_HELP = re.compile(r"\b((?:обратил|звернул)\w*)\s+(?:за|по)\s+(?:медицинск\w*\s+|медичн\w*\s+)?"
                           r"(?:помощью|допомог\w*|медпомощью|медичною допомогою)|"
                           # "до лікарень звернулися п'ятеро людей", "в больницу обратились трое"
                           r"\b(?:до|в|у|к)\s+(?:лікар\w*|больниц\w*|медзаклад\w*|медик\w*|врач\w*|травмпункт\w*)\s+"
                           r"((?:обратил|звернул)\w*)|"
                           r"\b((?:обратил|звернул)\w*)\s+(?:до|в|у|к)\s+(?:лікар\w*|больниц\w*|медзаклад\w*|медик\w*|"
                           r"врач\w*|травмпункт\w*)", re.I)
# "еще двоих увезли на скорой", "двох забрала швидка", "соседку увезли с порезами": taken away hurt, in care
_AMBULANCE = re.compile(r"\b(?:увезли|увезла|увез|відвезли|відвезла|забрала|забрали)\s+(?:на\s+)?[«\"]?"
                        r"(?:швидк|скор)\w*[»\"]?"
                        r"|\b(?:увезли|увезла|відвезли|забрала|забрали)\s+(?:с|з|із)\s+(?:порезами|травмами|ранениями|"
                        r"ожогами|порізами|пораненнями|опіками)\b", re.I)
# "..., він у лікарні", "он в больнице": the person just named is hurt
_IN_HOSPITAL = re.compile(r"\b(?:він|вона|он|она)\s+(?:зараз\s+|сейчас\s+)?(?:у|в)\s+(?:лікарні|больнице)\b", re.I)
_BOTH_IN_HOSPITAL = re.compile(r"\b(?:обоє|обидва|обидві|оба|обе)\s+(?:зараз\s+|сейчас\s+)?(?:у|в)\s+"
                               r"(?:лікарні|больнице)\b", re.I)
_DASH = re.compile(r"\s+[—–-]\s+")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_FIELD = re.compile(r"\b((?:загибл|поранен|травмован|постражд|погибш|ранен|пострада)\w*)\s*:\s*(\d+)\b", re.I)
# "обстріл забрав життя 52-річного чоловіка", "удар унес жизни трех человек": a toll of dead, told as lives taken
_TOOK_LIVES = re.compile(r"\b(?:забра(?:в|ла|ли|ло)|обірва(?:в|ла|ли|ло)|унес(?:ла|ли|ло)?|унёс|"
                         r"оборва(?:л|ла|ли|ло))\s+(?:\w+\s+)?(?:житт[яі]|жизн[ьи])\b", re.I)
_UNTOUCHED = re.compile(r"\b(?:людей|нікого|никого|нікого з людей)\s+не\s+(?:зачепило|зачепили|задело|задели)\b|"
                        # "людей поруч не було", "людей рядом не было": nobody nearby to be hurt
                        r"\b(?:людей|нікого|никого)\s+(?:поруч|поблизу|рядом|поблизости)\s+не\s+(?:було|было)\b|"
                        # "Люди цілі, загинули дві корови", "Люди целы": the people unhurt
                        r"\bлюди\s+(?:цілі|целы|живі|живы)\b(?!\s+(?:й|і|и)\s+(?:не)?поранен)",
                        re.I)
# a relative clause between commas ("..., які саме перемикали лінію, ...", "..., который ехал на работу, ...")
_RELATIVE = re.compile(r",\s+(?:які|який|яка|яке|котрі|котрий|котра|которые|который|которая|которое)\s[^,;:.()]*,"
                       # (only before the cue it keeps apart: "Загинув чоловік, який проходив повз, ще двоє поранені"
                       # is two counts)
                       r"(?=\s*(?:поранен|загин|загибл|травмов|постражд|пострада|ранен|погиб|убит|вбит|дістал|"
                       r"отримал|получил|зазнал))")


def _cue_and_number(words: list[str], lang: str) -> bool:
    return any(_kind(w) for w in words) and any(number(w, lang) is not None for w in words)


def _counted_people(words: list[str], lang: str) -> bool:
    """A count of people with no word of the dead or wounded yet ("двоє людей")."""
    return not any(_kind(w) for w in words) and any(number(w, lang) is not None for w in words) \
        and any(is_person(w, lang) for w in words)


def _pieces(sentence: str, lang: str) -> list[str]:
    """The sentence cut at commas, colons, semicolons, brackets and quotes, with two rules of apposition:
    people listed after a count and a dash are the people counted ("загинули двоє людей — жінка та її
    син": not four), while a dash with no count before it is a copula ("Загиблих — троє") and stays;
    and a list of people nouns continued after a comma ("Пострадали мужчина, женщина и их сын") is
    one list."""
    out: list[str] = []
    for raw in _PIECES.split(sentence):
        head, *rest = _DASH.split(raw)
        for part in rest:  # "загинули двоє людей — ..." is complete; "Загиблих — троє" is not
            head_words, part_words = words_of(head), words_of(part)
            if _counted_people(head_words, lang) and part_words and not any(_kind(w) for w in part_words) \
                    and not any(number(w, lang) is not None for w in part_words) \
                    and any(is_person(w, lang) for w in part_words):
                continue  # "Двоє людей — чоловік і жінка — дістали травми": the people counted, again
            if not _cue_and_number(head_words, lang):
                head = f"{head} {part}"
            elif any(_kind(w) for w in words_of(part)):  # "Погибли двое — ещё пятеро ранены"
                out.append(head)
                head = part
            else:  # the people counted: leave them out
                break
        words = words_of(head)
        if any(_kind(w) for w in words) and not any(number(w, lang) is not None or is_person(w, lang)
                                                    for w in words if not _kind(w)):
            # "його сусідку, 68-річну жінку, травмовано": the people before a bare cue are its people
            while out and (before := words_of(out[-1])) and \
                    any(is_person(w, lang) for w in before) and not any(_kind(w) for w in before):
                head = f"{out.pop()} {head}"
        if out and words and is_person(words[0], lang) and not any(_kind(w) for w in words) and \
                any(_kind(w) for w in words_of(out[-1])) and not any(number(w, lang) is not None
                                                                     for w in words_of(out[-1])):
            out[-1] = f"{out[-1]} {head}"  # "Пострадали мужчина, женщина и их сын"
        else:
            out.append(head)
    return out


_ASIDE_SOURCE = re.compile(r",\s*(?:за\s+(?:попередніми\s+|уточненими\s+|офіційними\s+)?(?:даними|інформацією|словами)|"
                           r"по\s+(?:предварительным\s+|уточн[её]нным\s+|официальным\s+)?(?:данным|информации|словам)|"
                           r"згідно\s+з|согласно|"
                           # "людей, каже староста, не зачепило"
                           r"каже|кажуть|казав|сказав|сказала|говорить|говорит|говорят|сказал|сказала|"
                           r"повідомив|повідомила|сообщил|сообщила)(?:\s+[\w'’«»\"-]+){0,3}\s*,"
                           r"(?=\s*(?:немає|нема|нет|не)\b)", re.I)


# "Соседке посекло руку стеклом", "жінці відірвало стопу": a person's limb cut or torn off
_LIMB_CUT = re.compile(r"(?:\b(\w+)\s+)?\b(?:посікло|посекло|відірвало|оторвало)\s+(?:(?:йому|їй|ему|ей)\s+)?"
                       r"(?:руку|ногу|руки|ноги|обличчя|лицо|голову|стопу|ступню|кисть|пальці|пальцы|палець|палец|око|"
                       r"глаз|спину|плече|плечо)\b", re.I)
# "сусідку Надію посікло склом", "соседку посекло осколками": a person cut by glass or fragments (a first name may
# stand between)
_CUT_BY = re.compile(r"\b(\w+)\s+(?:[А-ЯІЇЄҐ]\w+\s+)?(?:посікло|посекло)\s+(?:склом|стеклом|осколками|уламками|"
                     r"обломками)\b")
# "посічені ноги", "посеченные руки": a person's limbs cut, told without the person
_CUT_LIMBS = re.compile(r"\b(?:посічен\w*|посеченн?\w*)\s+(?:ноги|руки|ногу|руку|обличчя|лицо|спина|спину)\b", re.I)
# "її чоловіка не врятували", "мужчину спасти не удалось": not saved, dead
_NOT_SAVED = re.compile(r"\b(?:не\s+(?:вдалося\s+|вдалось\s+|удалось\s+)?(?:врятувати|врятували|спасти|спасли)|"
                        r"(?:врятувати|спасти)\s+не\s+(?:вдалося|вдалось|удалось|змогли|смогли))\b", re.I)
# the writer's relief or regret set off by commas ("Пострадавших, слава богу, нет", "Загиблих, на щастя, немає"): out
# of the way of the count it interrupts
_INTERJECTION = re.compile(r",\s*(?:слава\s+богу|на\s+щастя|к\s+счастью|на\s+жаль|к\s+сожалению|увы|на\s+счастье)\s*,",
                           re.I)
# "згодом їх кількість зросла до чотирьох", "позже их число выросло до пяти": the toll as it now stands
_ROSE_TO = re.compile(r"\b(?:кількість|число|количество)\s+(?:\w+\s+){0,3}?(?:зросла|збільшилася|сягнула|"
                      r"выросло|выросла|возросло|возросла|увеличилось|увеличилась|достигло|достигла)\s+до\s+([\w'’]+)",
                      re.I)


# "..., станом на вечір їх уже троє", "к утру их уже пятеро": how many there are now
_NOW_N = re.compile(r"\b(?:їх|их)\s+(?:уже|вже)\s+([\w'’]+)", re.I)
# "Сначала говорили о двух раненых, потом глава района уточнил: ранен один человек": the corrected count replaces
# the one told before it
_CORRECTED = re.compile(r"\b(?:уточнил|уточнила|уточнили|уточнив|исправил|исправила|исправили|"
                        # ("але селищна рада уточнила — загиблих немає, поранено жінку": a dash for the colon)
                        r"виправив|виправила|виправили|скоригував|скоригувала|скоригували)\s*(?::|[—–-](?=\s)|"
                        r",\s*(?:что|що)\b)",
                        re.I)
# a first report, then a later one: "спершу казали про одного пораненого, а ввечері стало відомо про трьох"
_FIRST_TOLD = re.compile(r"\b(?:спершу|спочатку|сначала|первоначально|поначалу|в\s+первой\s+сводке|"
                         r"у\s+першому\s+повідомленні|в\s+первом\s+сообщении)\b", re.I)
_LATER_TOLD = re.compile(r"[,;]\s*(?:(?:а|але|но|однак|однако|та)\s+)?(?:позже|позднее|потом|затем|згодом|потім|"
                         r"пізніше|ввечері|увечері|вечером|к\s+вечеру|надвечір|наступного\s+дня|"
                         r"на\s+следующий\s+день)\b", re.I)
_REFUTED = re.compile(r"^\W*(?:(?:це|то|это|но|але|однак|однако)\s+)*(?:неправда|фейк|не\s+відповіда\w*\s+дійсності|"
                      r"не\s+соответству\w*\s+действительности)\b")

# "поранено сторожа й водія, учора сторож помер у лікарні": a person the sentence counted among the injured died
# since (for "один із них помер" see _ONE_OF_THEM_DIED)
_DIED_VERB = r"(?:помер|померла|умер|умерла|скончался|скончалась)\b"  # "died", as the patterns below read it
_WHO_DIED = re.compile(r"[,;]\s+(?:\w+\s+){0,2}?(?P<who>[^\W\d_]{4,})\s+" + _DIED_VERB, re.I)
# "Пассажир вчера скончался в больнице.": a sentence that opens on the person who died
_OPENS_ON_WHO_DIED = re.compile(r"\W*(?P<who>[^\W\d_]{4,})\s+(?:[^\W\d_]+\s+){0,2}?" + _DIED_VERB, re.I)
_IN_THE_ATTACK = re.compile(r"\s(?:при|во время|в результате|внаслідок|унаслідок|під час)\s+(?:[^\W\d_]+\s+)?"
                            r"(?:атак\w*|обстрел\w*|обстріл\w*|удар\w*|нападени\w*)"
                            r"(?=\s+(?:нет|не было|немає|не було)\b)", re.I)
_ONE_MORE_TOO = re.compile(r",\s+((?:ще|ещё|еще)\s+(?:одного|одну|один|одна|двох|двоє|двое|двух)\s+[^\W\d_]+)\s+"
                           r"(?:теж|тоже)\b", re.I)


# "поранено двох. Учора один із них помер у лікарні", "ранены трое, один из них вчера скончался": one of the injured
# told before died since (writers move that one from the injured to the killed)
_ONE_OF_THEM_DIED = re.compile(r"\b(?:один|одна)\s+(?:із|з|зі|из)\s+них\b[^.;]{0,60}?\b" + _DIED_VERB, re.I)


def _one_of_them_died(sentence: str, lang: str) -> dict[str, tuple[int | None, int | None, int | None]] | None:
    """The counts of a sentence that tells one of "them" died: the injured it counted before, one fewer, and that
    one killed; that one killed alone when it counted none (the injured were told in a sentence before); None when
    the sentence does not read so."""
    died = _ONE_OF_THEM_DIED.search(sentence)
    if died is None:
        return None
    before = find_casualties(sentence[:died.start()], lang)
    return _one_injured_died(before) if before else {"killed": (1, 1, 1)}


def _injured_who_died(sentence: str, lang: str) -> dict[str, tuple[int | None, int | None, int | None]] | None:
    """The counts of a sentence that tells the injured and then that one of them, named by what they are, died:
    that one moves from the injured to the killed; None when the sentence does not read so."""
    died = _WHO_DIED.search(sentence)
    if died is None:
        return None
    if not _told_before(died.group("who"), sentence[:died.start()], lang):
        return None
    return _one_injured_died(find_casualties(sentence[:died.start()], lang))


def _told_before(who: str, before: str, lang: str) -> bool:
    """Is ``who`` a person the text ``before`` names already (a word of the same first five letters)?"""
    return is_person(who, lang) and who.lower()[:5] in before.lower()


def named_one_died(sentence: str, told: str, lang: str) -> bool:
    """Does ``sentence`` open on a person ``told`` (an incident's quote) named, and say they died ("... ранены он и
    пассажир. Пассажир вчера скончался в больнице.")?"""
    who = _OPENS_ON_WHO_DIED.match(sentence)
    return who is not None and _told_before(who.group("who"), told, lang)


def _one_injured_died(before: dict[str, tuple[int | None, int | None, int | None]]
                      ) -> dict[str, tuple[int | None, int | None, int | None]] | None:
    """The counts ``before`` with one of their injured moved to the killed; None when they count no one injured, or
    count the killed already."""
    hurt = before.get("injured")
    if not hurt or hurt[1] is None or hurt[1] < 1 or "killed" in before:
        return None
    low, best, high = (None if v is None else max(v - 1, 0) for v in hurt)
    return {"injured": (low, best, high), "killed": (1, 1, 1)}


def _thing(word: str, lang: str) -> bool:
    """Is ``word`` read first as an inanimate noun ("салон", "цех", "судна"), not a person or an animal?"""
    if is_person(word, lang) or is_animal(word, lang):
        return False
    found = parses(word, lang)
    return bool(found) and {"NOUN", "inan"} <= set(found[0].tag.grammemes)


def find_casualties(sentence: str, lang: str) -> dict[str, tuple[int | None, int | None, int | None]]:
    """{"killed": (low, best, high), "injured": ...} for the counts ``sentence`` gives; an unknown
    count (a plural with no number) is left out."""
    out: dict[str, tuple[int | None, int | None, int | None]] = {}
    if any(w in sentence for w in DIED_STEMS) and ((moved := _injured_who_died(sentence, lang)) is not None
                                                   or (moved := _one_of_them_died(sentence, lang)) is not None):
        return moved
    if ("теж" in sentence or "тоже" in sentence) and (also := _ONE_MORE_TOO.search(sentence)) is not None:
        # "Господиню кафе поранено, ще одного чоловіка теж": one more hurt, as the one told before
        sentence = f"{sentence[:also.start()]} {'і' if lang == 'uk' else 'и'} {also.group(1)}{sentence[also.end():]}"
    if "нет" in sentence or "не было" in sentence or "немає" in sentence or "не було" in sentence:
        # "Пострадавших при атаке нет": the attack named between the people and the negation
        sentence = _IN_THE_ATTACK.sub(" ", sentence)
    if ", " in sentence and _INTERJECTION.search(sentence):
        sentence = _INTERJECTION.sub(" ", sentence)
    if "до " in sentence and (rose := _ROSE_TO.search(sentence)) is not None:
        # the figure it rose to replaces the one told before it, of the one kind told there
        before = find_casualties(sentence[:rose.start()], lang)
        named = [k for k in map(_kind, words_of(rose.group(0).lower())) if k]  # "кількість поранених зросла"
        kind = named[0] if named else next(iter(before)) if len(before) == 1 else None
        value = number(rose.group(1).lower(), lang)
        if kind is not None and value is not None:
            after = find_casualties(sentence[rose.end():], lang)  # "..., травмовано 11 осіб"
            return {**before, **{k: v for k, v in after.items() if k != kind}, kind: (value, value, value)}
    if ("уже " in sentence or "вже " in sentence) and (now := _NOW_N.search(sentence)) is not None:
        # "Спершу повідомлялося про двох поранених, станом на вечір їх уже троє": the count now, of the kind before
        before = find_casualties(sentence[:now.start()], lang)
        value = number(now.group(1).lower(), lang)
        if len(before) == 1 and value is not None:
            return {next(iter(before)): (value, value, value), **find_casualties(sentence[now.end():], lang)}
    if (first := _FIRST_TOLD.search(sentence)) is not None \
            and (later := _LATER_TOLD.search(sentence, first.end())) is not None:
        # "спершу казали про одного пораненого, а ввечері стало відомо про трьох", "в первой сводке было трое
        # раненых, позже губернатор написал, что ранен один": the later report's count replaces the first
        before = find_casualties(sentence[:later.start()], lang)
        after = find_casualties(sentence[later.end():], lang)
        if not after and len(before) == 1:  # (a bare number, of the kind told first)
            value = next((v for w in words_of(sentence[later.end():])
                          if (v := number(w.lower(), lang)) is not None), None)
            after = {next(iter(before)): (value, value, value)} if value is not None else {}
        if after:
            return {**before, **after}
    if "точни" in sentence or "правил" in sentence or "коригув" in sentence:
        fixed = _CORRECTED.search(sentence)
        after = find_casualties(sentence[fixed.end():], lang) if fixed else {}
        if fixed and after:
            return {**find_casualties(sentence[:fixed.start()], lang), **after}
    if ":" in sentence:  # "03:45 — что известно о пострадавших": a clock time, no count
        sentence = _CLOCK.sub(" ", sentence)
        # a field: "Погибших: 2, раненых: 5" reads as "2 погибших, 5 раненых"
        sentence = _FIELD.sub(r"\2 \1", sentence)
    if "р" in sentence:  # "погибла женщина 1949 г.р.", "чоловік 1975 року народження": a birth year, no count
        sentence = _BORN.sub(" ", sentence)
    if "от " in sentence or "від " in sentence:  # "скончался на месте от полученных ранений": died of them
        sentence = _DIED_OF.sub(" ", sentence)
    # "ещё двое обратились за медицинской помощью": reported among the wounded
    if "," in sentence and ("за " in sentence or "по " in sentence or "згідно" in sentence or "согласно" in sentence
                            or "каж" in sentence or "сказ" in sentence or "говор" in sentence or "повідом" in sentence
                            or "сообщ" in sentence):
        # "Постраждалих, за даними міськради, немає": the source set off by commas, out of the way
        sentence = _ASIDE_SOURCE.sub(" ", sentence)
    if "звернул" in sentence or "обратил" in sentence:
        sentence = _MEDICAL_HELP.sub(lambda m: "пострадали" if (m.group(1) or m.group(2) or m.group(3)).endswith(
            ("лись", "лися")) else "пострадал", sentence)
    if "швидк" in sentence or "скор" in sentence or "увез" in sentence or "відвез" in sentence \
            or "забрал" in sentence:
        sentence = _AMBULANCE.sub("госпіталізовано" if lang == "uk" else "госпитализировали", sentence)
    if "лікарні" in sentence or "больнице" in sentence:
        sentence = _IN_HOSPITAL.sub("пострадал", sentence)
        # "..., обоє в лікарні": the two told before are both hurt
        sentence = _BOTH_IN_HOSPITAL.sub("двоє поранені" if lang == "uk" else "двое ранены", sentence)
    if "житт" in sentence or "жизн" in sentence:  # "обстріл забрав життя чоловіка", "унес жизни трех человек"
        sentence = _TOOK_LIVES.sub("загинули", sentence)
    if "посік" in sentence or "посек" in sentence or "відірв" in sentence or "оторв" in sentence:
        # "Соседке посекло руку стеклом", "жінці відірвало стопу", "сусідку Надію посікло склом": a person's limb cut
        # or torn, a person cut by glass, a wound (not "посікло фасад")
        def wounded(m: re.Match) -> str:  # the person the cut is told of ("Соседке", "сусідку") was wounded
            return f"{m.group(1)} поранено" if m.group(1) and is_person(m.group(1), lang) else m.group()
        sentence = _CUT_BY.sub(wounded, _LIMB_CUT.sub(wounded, sentence))
    if "посічен" in sentence or "посечен" in sentence:  # "Привезли його до нас: посічені ноги": one wounded
        sentence = _CUT_LIMBS.sub("поранений", sentence)
    if "рятува" in sentence or "спас" in sentence:  # "її чоловіка Петра не врятували": not saved, dead
        sentence = _NOT_SAVED.sub("загинув", sentence)
    if "зачеп" in sentence or "задел" in sentence or " не бул" in sentence or " не был" in sentence \
            or " ціл" in sentence or " цел" in sentence or " жив" in sentence:
        # "людей не зачепило", "никого не задело", "людей поруч не було": nobody hurt
        sentence = _UNTOUCHED.sub("не постраждали", sentence)
    if "які" in sentence or "котор" in sentence or "який" in sentence or "яка" in sentence:
        # "двоє монтажників, які саме перемикали лінію, поранені": the people and their cue, the aside out
        sentence = _RELATIVE.sub(" ", sentence)
    lowered = sentence.lower()
    if "не мен" in lowered:  # "ранения получили не менее двух человек": at least two, no negation
        lowered = _NOT_FEWER.sub("минимум", lowered)
    pieces = _pieces(lowered, lang)
    some_unhurt = False
    if "неправд" in lowered or "фейк" in lowered or "не відповіда" in lowered or "не соответств" in lowered:
        # "писали, що сторож загинув, — це неправда, він у лікарні": a rumour the next piece refutes, not a count
        pieces = [p for p, after in zip(pieces, [*pieces[1:], ""], strict=True) if not _REFUTED.search(after)]
    for piece in pieces:  # the patterns are lower-case (``re.I`` is many times slower)
        subset = _SUBSET.search(piece)
        if subset:  # "поранено 28 людей – серед них двоє дітей": only what comes before
            piece = piece[:subset.start()]
        words = words_of(piece)
        kinds = [_kind(w) for w in words]
        present = set(kinds) - {None}
        if not present or _NO_NEWS.search(piece):  # "інформація про постраждалих уточнюється": not known yet
            continue
        if _NOT_TOLD.search(piece):
            # "про постраждалих не повідомляють", "о пострадавших не сообщается": a toll not told, not none (the
            # sentence still tells of casualties: unknown ones)
            for k in ("killed", "injured"):
                out.setdefault(k, (None, None, None))
            continue
        if "помилков" in piece or "ошибочн" in piece:  # "зранку ми помилково писали про десятьох поранених"
            continue
        seen: set[str] = set()
        denied_at = -1  # where the last kind denied stands
        for at, (word, kind) in enumerate(zip(words, kinds, strict=True)):
            if kind is None or kind in seen:
                continue
            seen.add(kind)
            around = set(words[max(0, at - 2):at]) | set(words[at + 1:at + 3])
            if at + 3 < len(words) and words[at + 1] in _AND:  # "пострадавших и разрушений нет"
                around.add(words[at + 3])
            if around & _NEGATION and _OUR_PEOPLE.search(piece):
                continue  # "серед мешканців ЖК постраждалих немає": nobody among the writer's people, not the place's
            # nobody, told by a negation ("ранены не менее девяти" is at least nine) or by a count of none ("0 —
            # постраждалих у Покрові")
            denied = (bool(around & _NEGATION) and not around & _NOT_LESS) or (
                # "без загиблих і поранених", "без погибших и раненых": the second kind denied with the first
                at >= 2 and words[at - 1] in _AND and denied_at == at - 2)
            if denied:
                denied_at = at
            if denied and at >= 2 and words[at - 1] in ("не", "ні") and word.startswith(_BOTH_STEMS) \
                    and words[at - 2] not in _EVERYONE and is_person(words[at - 2], lang):
                some_unhurt = True  # "Студенти не постраждали", "водитель не пострадал": those people unhurt
                continue
            if denied and at >= 2 and words[at - 1] in ("не", "ні") and word.startswith(_BOTH_STEMS) \
                    and _thing(words[0], lang) and not any(w in _EVERYONE for w in words[at + 1:at + 3]) \
                    and not any(w in _EVERYONE or is_person(w, lang) for w in words[:at - 1]):
                continue  # "Салон не пострадал", "судна не постраждали": a thing not damaged, no one's toll
            rng = (0, 0, 0) if denied else _count(words, at, lang, alone=len(present) == 1)
            if denied or (rng[1] == 0 and word.startswith(_BOTH_STEMS)):
                for k in (("killed", "injured") if word.startswith(_BOTH_STEMS) else (kind,)):
                    if k not in out or out[k][1] is None:
                        out[k] = (0, 0, 0)
                continue
            if rng[1] is not None and _better(out.get(kind), rng):
                out[kind] = rng
    if some_unhurt and not any(v[1] for v in out.values()):
        # ("FPV-дрон атаковал грузовик. Водитель не пострадал.": the one person there unhurt, nobody hurt; not when
        # others were: "Ранены две сотрудницы, водитель не пострадал" tells no dead)
        for k in ("killed", "injured"):
            if k not in out or out[k][1] is None:
                out[k] = (0, 0, 0)
    return out
