"""The Cyrillic path of extraction: a Ukrainian or Russian report -> incidents.

Sentences that report an attack, a fight or casualties become incidents at the place they name
(resolved by the gazetteer's Cyrillic geoparser together with every other place of the text, so a
region named once constrains later names); a sentence with casualties and no place of its own adds
them to the incident before it; two sentences about one place, date and type are one incident.
The source quote stays in the original language, ``location`` is GeoNames' English name and
``mention`` the name as written.
"""

from __future__ import annotations

import datetime as dt
import re

from gazetteer.borders import haversine_km
from gazetteer.geoparse import Mention
from gazetteer.morphology import parses

from ...record import EXPLOSIONS, STRATEGIC, place_fields
from .. import pipeline as base
from ..language import cyrillic_language
from ..places import PlaceMention, Resolver
from .casualties import find_casualties, named_one_died
from .dates import find_date
from .events import ARRIVAL, classify, is_violent, names_weapon, own_weapon_sub_type, tells_attack, weapon_sub_type
from .words import DIED_STEMS, NOT_SAVED_STEMS, number

_RANK = {"locality": 0, "landmark": 1, "section": 1, "district": 2, "approximate": 2, "region": 3}
_GOES_ON = re.compile(r"(?<!\w)(?:продолжа(?:ются|ется|ют|ет|ем)|продовжу(?:ються|ється|ють|є|ємо)|тривають|триває|"
                      r"точаться|идут|ідуть)(?!\w)", re.I)
_CLAUSE = re.compile(r";\s+|,\s+(?=(?:а\s+|і\s+|и\s+)?(?:в|у|во|на|по|біля|под|під|около|возле)\s+[А-ЯІЇЄҐ])")
_CUES = ("по", "у", "в", "во", "на", "біля", "під", "под", "около", "возле", "поблизу", "неподалік", "район", "районі",
         "районе", "села", "селище", "селі", "місто", "город", "поселок", "посёлок", "атакували", "атакував",
         "обстріляли", "обстрілял", "обстреляли", "обстрелял", "атаковали", "атаковал", "штурмували",
         # a village's kind, abbreviated: "поблизу с. Іванівка", "в смт Покровське", "пос. Ровеньки" (not a city's:
         # "житловий масив Лузанівка в м. Одеса" names the part before its city)
         "с.", "смт", "смт.", "сел.", "пос.", "п.", "с-ще")
SAME_PLACE_KM = 15.0
# a place named after these is where the wounded were taken, not where the attack was
# ("її забрала «швидка» до Нікополя", "увезли в Белгород"), or where they are treated ("він у лікарні в Сумах")
_DESTINATION = re.compile(r"(?:(?:госпіталіз|госпитализ|доставл|доставили|доправ|евакуйов|евакуюв|эвакуир|вивез|вывез|"
                          r"перевез|разміст|размест|направлен(?!ии\b|ие\b|ия\b|ням\b|ні\b)|відвез|отвез|увез|повез|завез|забра)\w*\s+"
                          r"(?:\S+\s+){0,4}|"
                          r"(?:у|в)\s+(?:\w+\s+)?(?:лікарні|больнице|госпіталі|госпитале)\s+(?:у|в|во)\s+)$")

# a street named after a place ("на вулиці Центральній", "по ул. Харьковской"): not the place
_STREET = re.compile(r"(?:вулиц\w*|вул\.|проспект\w*|просп\.|провулк\w*|пров\.|бульвар\w*|бульв\.|улиц\w*|ул\.|"
                     r"переулк\w*|пер\.)\s*$")

# a church, monastery, street or hill named after a place ("у Успенского храма", "на Харьковской горе", "на Сумській
# вулиці"): not the place
_SITE_AFTER = re.compile(r"\s+(?:храм|собор|церкв|церков|монастир|монастыр|лавр|вулиц|улиц|провулк|переулк|"
                         r"гор[аіиеуы]\b|гору\b|"
                         # a road named after a place ("на Херсонському шосе в Миколаєві", "по Харьковской трассе")
                         r"шосе|шоссе|трас[аіиуеы]\b|трасі\b|проспект|площ|бульвар|дороз|дорог|"
                         # a market, park or station named so ("біля Центрального ринку", "у Центральному парку")
                         r"ринк|ринок|рынк|рынок|парк|вокзал|стадіон|стадион)", re.I)

# a place named after these is where the attack came from ("з боку Бєлгородської області", "со стороны
# Авдеевки", "из района Херсона", "з території Криму"), not where it struck
# (a place after "в", "у", "на", "по" is where it struck: "обстрел со стороны ВСУ в посёлке Климово")
# (nor after the verb of the attack: "со стороны Украины был обстрелян Грайворон")
_BETWEEN = r"(?:(?!(?:в|у|во|на|по|під|под)\s)(?!\S*(?:обстрел|обстріл|атакова|атакува|удари|вдари))\S+\s+){0,4}$"
_ORIGIN = re.compile(r"\b(?:з|із|зі)\s+(?:боку|району|території|напрямку|акваторії|позиці\w*|(?:тимчасово\s+)?"
                     r"окупован\w*)\s+" + _BETWEEN + "|"
                     r"\b(?:со\s+стороны|с\s+территории|с\s+направления|из\s+района|из\s+акватории|с\s+позици\w*|"
                     r"(?:из|с)\s+(?:временно\s+)?оккупированн\w*)\s+" + _BETWEEN, re.I)


def _level(precision: str, admin1: str = "") -> str:
    if precision == "district" and admin1.endswith(" City"):
        return "place"  # a raion of Kyiv or Sevastopol is a part of the city ("у Святошинському районі")
    return "region" if precision == "region" else "district" if precision in ("district", "approximate") else "place"


def _best(mentions: list[PlaceMention], sentence: str, offset: int) -> PlaceMention | None:
    """The place a sentence is about: a settlement before a district or region, one introduced by a
    preposition or an attack verb first, then the earliest."""
    def key(m: PlaceMention):
        before = sentence[max(0, m.start - offset - 14):m.start - offset].lower().split()
        cue = bool(before) and before[-1] in _CUES
        assert m.candidate is not None
        return (_RANK.get(m.candidate.precision, 2), not cue, m.start)

    usable = [m for m in mentions if m.candidate is not None and not m.candidate.feature_code.startswith("PCL")
              and m.candidate.country_code in base.FOREIGN_OK
              and not _DESTINATION.search(sentence[max(0, m.start - offset - 60):m.start - offset].lower())
              and not _ORIGIN.search(sentence[max(0, m.start - offset - 60):m.start - offset].lower())
              and not _STREET.search(sentence[max(0, m.start - offset - 20):m.start - offset].lower())
              and not _SITE_AFTER.match(sentence, m.end - offset)]
    return min(usable, key=key) if usable else None


_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:та|і|й|и|а також|а также)\s+)?(?:по|у|в|на|біля|під|поблизу|под|около|"
                   r"возле|над)?\s*"
                   # "бої біля Степового та на північних околицях Авдіївки": the outskirts of the next place
                   r"(?:(?:\w+\s+)?(?:околиц\w*|окраин\w*)\s+)?")


def _coordinated(text: str, first: PlaceMention, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Settlements listed after ``first`` with commas and "та"/"і"/"и" ("по Кам'янці Запорізького району
    та по Гуляйполю"), a raion or region that qualifies one of them skipped; at least one conjunction."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[PlaceMention] = []
    prev, joined_by_and = first, False
    for m in ordered:
        if m.start <= first.start or m.candidate is None:
            continue
        if _level(m.candidate.precision, m.candidate.admin1) != "place":
            if text[prev.end:m.start].strip() not in ("", ","):
                break
            prev = m  # the raion or region of the place before
            continue
        gap = text[prev.end:m.start]
        if not _JOIN.fullmatch(gap.lower()) or not gap.strip():
            break
        joined_by_and = joined_by_and or bool(re.search(r"\b(та|і|й|и|а також|а также)\b", gap))
        out.append(m)
        prev = m
    return out if joined_by_and else []


# "А вчора під Черніговом, біля Лукашівки, на розтяжці загинув чоловік": a town that only locates the place told next
_LOCATOR = re.compile(r"(?:^|\s)(?:під|под|біля|около|возле)\s+[А-ЯІЇЄҐ][\w'’-]+$")


def _without_locators(clauses: list[str]) -> list[str]:
    """The clauses but those that only name a town near the place the next clause names ("під Черніговом")."""
    return [c for k, c in enumerate(clauses) if not (k + 1 < len(clauses) and _LOCATOR.search(c)
                                                      and not is_violent(c))]


def _nobody(casualties: dict) -> bool:
    """Does the casualty reading say nobody was killed or hurt ("Без жертв", "Постраждалих немає")?"""
    return bool(casualties) and all(v[1] == 0 for v in casualties.values())


def _attack_parts(clause: str, mentions: list[PlaceMention], text: str) -> list[str]:
    """A clause of comma-joined attacks, each with its own verb and settlement ("Мінометами били по
    Білопіллю, КАБ скинули на Краснопілля"), cut into those attacks; any other clause whole."""
    parts = _COMMA.split(clause)
    if len(parts) < 2:
        return [clause]
    where = text.find(clause)
    spans, at = [], where
    for part in parts:
        begin = text.find(part, at)
        spans.append((begin, begin + len(part)))
        at = begin + len(part)

    def settles(a: int, b: int) -> bool:
        return any(a <= m.start < b and m.candidate is not None
                   and _level(m.candidate.precision, m.candidate.admin1) == "place" for m in mentions)

    if where < 0 or not all((is_violent(p) and names_weapon(p)) or _VERB.search(p.lower()) for p in parts) or \
            sum(settles(a, b) for a, b in spans) < 2 or not all(settles(a, b) for a, b in spans):
        return [clause]
    return parts


_COMMA = re.compile(r"(?<=\w),\s+")
_VERB = re.compile(r"(обстріля|обстреля|атакува|атакова|вдари|удари|били|бьют|скину|сбросил|влучи|попал)\w*")


_FROM = re.compile(r"(?:^|\s)(?:з|із|зі|из|изо|от|від)\s+$", re.I)  # "з Харкова", "из Курска": where from
# "упав на Таїрова", "у дворі на Таврійському в Херсоні", "зал на Олексіївці": a street or a quarter of the town, in the
# locative or the genitive after "на" (a town hit is "у Херсоні"; "атака на Київ", "наступ на Бахмут" name a target in
# the accusative)
_ON = re.compile(r"(?:^|\s)на\s+$", re.I)


def _quarters_in_towns(text: str, places: list[PlaceMention], lang: str) -> list[PlaceMention]:
    """The text's place mentions, a street or quarter (:func:`_street_or_quarter`) standing for the regional
    centre named before it ("Пекарня | Одеса ... Один упав на Таїрова"), or left out when none is."""
    out: list[PlaceMention] = []
    for m in places:
        if _street_or_quarter(text, m, lang):
            town = next((t for t in reversed(out) if t.candidate is not None
                         and t.candidate.feature_code in ("PPLC", "PPLA")), None)
            if town is not None:
                out.append(Mention(m.text, m.start, m.end, town.candidate, []))
            continue
        out.append(m)
    return out


_TOWN_POP = 2_000  # a place this big is meant by its name, not a street named after it
_NEAR_WORDS = r"(?:під|под|біля|поблизу|неподалік|около|возле|вблизи)"  # "near", Ukrainian and Russian
# what picks a namesake after its name: a raion or hromada, or a place it lies near ("під Оріховом", "(южнее ...)")
_RAION_AFTER = re.compile(r",?\s+(?:\S+\s+){0,2}?(?:район\w*|р-н\w*|громад\w*|округ\w*)", re.I)
_NEAR_AFTER = re.compile(rf"\s*\(|\s+{_NEAR_WORDS}\s+(?-i:[А-ЯІЇЄҐ])", re.I)
_NEAR_REACH = 40  # how far after a name the place it lies near may be told


def _towns_over_hamlets(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The text's place mentions, a hamlet GeoNames records no one living in replaced by its namesake of a thousand
    or more in the same oblast ("біля Борової" in a Kharkiv post: the town, not a hamlet near the city), unless what
    is told after the name picks the hamlet: a raion, or a place the hamlet lies nearer ("у Новоданилівці під
    Оріховом")."""
    out: list[PlaceMention] = []
    for m in places:
        c = m.candidate
        if c is not None and c.population == 0 and c.precision == "locality" \
                and not _RAION_AFTER.match(text, m.end) \
                and (town := next((a for a in m.alternatives if a.population >= base.SAME_OBLAST_POP
                                   and a.precision == "locality" and a.admin1_code == c.admin1_code
                                   and a.name == c.name), None)) is not None:
            near = next((n.candidate for n in places if m.end < n.start <= m.end + _NEAR_REACH
                         and n.candidate is not None), None) if _NEAR_AFTER.match(text, m.end) else None
            if near is None or haversine_km(town.lat, town.lon, near.lat, near.lon) \
                    < haversine_km(c.lat, c.lon, near.lat, near.lon):
                m = Mention(m.text, m.start, m.end, town, [c, *[a for a in m.alternatives if a is not town]])
        out.append(m)
    return out


_LOCATED_BY = re.compile(r",\s+(?:біля|під|под|около|возле|у|в)\s+$")
_LOCATOR_KM = 40.0  # how far from the town told before a place may lie to be located by it


def _located_by_town_before(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """The text's place mentions, a namesake picked by the town told just before it as its locator ("під Черніговом,
    біля Лукашівки": the Lukashivka near Chernihiv)."""
    out: list[PlaceMention] = []
    for k, m in enumerate(places):
        before = places[k - 1] if k else None
        if before is not None and before.candidate is not None and m.candidate is not None \
                and _LOCATED_BY.search(text, before.end, m.start) and _LOCATOR.search(text, 0, before.end):
            town = before.candidate
            near = min([m.candidate, *m.alternatives], key=lambda c: haversine_km(c.lat, c.lon, town.lat, town.lon))
            if near is not m.candidate and haversine_km(near.lat, near.lon, town.lat, town.lon) <= _LOCATOR_KM:
                m = Mention(m.text, m.start, m.end, near, [m.candidate, *[a for a in m.alternatives if a is not near]])
        out.append(m)
    return out


def _street_or_quarter(text: str, mention: PlaceMention, lang: str) -> bool:
    """Is ``mention`` a settlement's name written as a street's or a town quarter's ("на Таврійському", "на
    Комсомольской"): after "на", in a form that cannot be the accusative ("впали на Липці" is the village hit)?"""
    word = mention.text.lower()
    if lang == "uk" and word.endswith(("ової", "евої", "ської", "цької")) and " " not in word \
            and _FROM.search(text, max(0, mention.start - 4), mention.start) is not None \
            and (mention.candidate is None or mention.candidate.population < _TOWN_POP):
        # "літнє подружжя з Садової": people from a street (a feminine adjective), no village (but a town of that
        # form: "переселенцям із Межової")
        return True
    # (in Russian only a street's feminine adjective: "на Комсомольской", "на Садовой")
    return (lang == "uk" or (lang == "ru" and word.endswith(("ской", "цкой", "овой", "евой", "ной")))) \
        and _ON.search(text, max(0, mention.start - 4), mention.start) is not None \
        and " " not in word and "щин" not in word and "ччин" not in word \
        and mention.candidate is not None and mention.candidate.precision == "locality" \
        and not any("accs" in p.tag for p in parses(word, lang))
_BROUGHT = re.compile(r"(?:привез|приві|приїх|приех|евакуй|эвакуир|доставил|доставля|переїх|переех|прибул|прибыл|"
                      r"волонтер)", re.I)  # who or what came from there


# "над областю", "над регионом": where drones were shot down, told by no place
_OVER_BEFORE = re.compile(r"\bнад\s+$", re.I)  # "над Одещиною": over the oblast a mention names
_OVER_THE_OBLAST = re.compile(r"\bнад\s+(?:областю|областью|регіоном|регионом|областями|краєм|краем)\b", re.I)


def extract_cyrillic(text: str, published: dt.date, resolver: Resolver, lang: str = "uk") -> list[dict]:
    """Incident dicts (the English pipeline's shape, before ids and notes) of a Ukrainian (``lang``
    "uk") or Russian ("ru") text, or the Cyrillic part of a "mixed" one, dated relative to ``published``.
    Any other ``lang`` gives none."""
    if lang == "mixed":
        lang = cyrillic_language(text)
    if lang not in ("uk", "ru"):
        return []
    places = _located_by_town_before(text, _towns_over_hamlets(
        text, _quarters_in_towns(text, list(resolver.geoparse(text, limit=5)), lang)))
    incidents: list[dict] = []
    undated: set[int] = set()  # incidents dated by publication only, until a later sentence dates them
    untyped: set[int] = set()  # incidents of a sentence that named no weapon, until a later one names it

    def weapon_named(inc: dict, sub_event_type: str) -> None:
        """An incident told without a weapon takes the one a later sentence names."""
        if id(inc) in untyped:
            inc["sub_event_type"] = sub_event_type
            untyped.discard(id(inc))
    weapon: str | None = None  # the sub-type of the last sentence that named a weapon
    last: dict | None = None
    group: list[dict] = []  # the incidents of the last sentence that gave any
    recent: PlaceMention | None = None  # the place of the last sentence that reported no attack
    last_mention: PlaceMention | None = None  # the place of the last incident
    carried: tuple[dt.date, int] | None = None
    title_place: PlaceMention | None = None
    title_places_toll = False  # the title's place stands only for an attack with a toll
    sentences = _sentences(text)
    reader = _TollReader(lang)
    if sentences and sentences[-1][2]:  # the headline names the article's place and weapon
        title = sentences[-1][0]
        title_violent = is_violent(title)
        weapon = weapon_sub_type(title) if title_violent else None
        # and its day ("Поліція Донеччини: минулої доби ..."), which the article's undated sentences keep
        carried = find_date(title, published, None)
        title_at = sentences[-1][1]
        # and the place of an article that names none ("Запоріжжя: ..." over "... по району обласного центру")
        title_place = _best([m for m in places if title_at <= m.start < title_at + len(title)], title, title_at)
        if not title_violent and (title_place is None or title_place.candidate is None
                                  or title_place.candidate.precision != "locality"):
            title_place = None
        # a heading that tells no attack places only a toll, by its town ("Парафія святого Миколая, м. Херсон")
        title_places_toll = not title_violent
    after_reminder = False  # the sentence before told a reminder, and the day carried before it:
    carried_before: tuple[dt.date, int] | None = None
    for sentence, start, headline in sentences:
        at = start + len(sentence)
        here = [m for m in places if start <= m.start < at]
        if headline:  # read last: its places and numbers only fill what the article left open
            last, group, recent, weapon = None, [], None, None
            carried = (dt.date.fromisoformat(incidents[0]["event_date"]), incidents[0]["time_precision"]) \
                if incidents else None
        if after_reminder and not _SAME_DAY.search(sentence):
            carried = carried_before  # the day a reminder told dates only what is told "the same day"
        after_reminder = False
        if _background(sentence, published, bool(incidents)):
            # "Нагадаємо, у 2022 році ...": not this report's attack (a recent one, in a notice that told none before
            # it, is: "Комендантська година ... Нагадаємо, у вівторок ударні дрони атакували Шостку")
            if last is not None and len(incidents) == 1 and not here and _REMINDER.search(sentence) \
                    and _TOLL_OF_THE_ATTACK.search(sentence) and (told_toll := reader(sentence)):
                # "Напомним, при атаке ранения получили три человека": the toll of the one attack the text is about
                base.merge_into(last, {**base.casualty_fields(told_toll), "source_quote": sentence,
                                       "update": _update(sentence, lang)})
            continue
        if _REMINDER.search(sentence):
            after_reminder, carried_before = True, carried
        named = _best(here, sentence, start)
        aggregate = _AGGREGATE.search(sentence)
        if aggregate and _PERIOD.search(sentence):  # "Загалом за добу ворог 87 разів обстріляв громади ..."
            continue
        if aggregate or not is_violent(sentence) or _our_work(sentence, published, lang):
            # ("Всего ранены 14 человек": the total of the attack)
            # (or any lead before the first attack: "Коротко по громадах за вчора."; not a day planned ahead,
            # "Змагання, заплановані на 15 квітня, скасовуємо")
            if (len(sentence.split()) <= _LABEL_WORDS or (last is None and not _AHEAD.search(sentence))) and \
                    (label := find_date(sentence, published, None)) and not _a_day_ahead(sentence, label[0], published):
                # "• Середа." heads the entry after it with its day, and so does a lead naming a place ("в ночь на
                # воскресенье баллистика по Кривому Рогу ... Ранены трое")
                carried = label
            if last is not None and id(last) in undated and named is None and not _AHEAD.search(sentence) \
                    and (told := find_date(sentence, published, None)) is not None and told[1] == 1:
                # "В Валуйках беспилотник сбросил взрывное устройство ... / Инцидент произошёл в четверг днём": the
                # day a later sentence gives the attack told undated
                last["event_date"], last["time_precision"] = told[0].isoformat(), told[1]
                undated.discard(id(last))
            # (not a place people or goods came from: "хліб привезли волонтери з Харкова"; news "з Охтирки" is its own)
            if named is not None and not (_FROM.search(text, max(0, named.start - 6), named.start)
                                          and _BROUGHT.search(text, max(0, named.start - 60), named.start)):
                recent = named
            casualties = reader(sentence)  # read even with no incident yet: it remembers the kind last counted
            if last is not None and casualties:
                # "Без жертв." after several attacks: nobody was hurt in any of them
                nobody = _nobody(casualties)
                for inc in (group if nobody else [last]):
                    if nobody and any((inc.get(key) or 0) > 0 and kind in casualties
                                      for kind, key in (("killed", "fatalities"), ("injured", "injured"))):
                        # "поранено двох працівників. У нас ..., люди не постраждали": nobody hurt somewhere else (at
                        # the writer's site, in other villages), not a nil toll of the attack that hurt them
                        continue
                    base.merge_into(inc, {**base.casualty_fields(casualties), "source_quote": sentence,
                                          "update": _update(sentence, lang, inc["source_quote"])})
            # a sentence about the damage where the attack was ("У Слобідському районі пошкоджено будинки")
            # keeps the incident open for the numbers that follow; another place closes it
            # (a city of 100,000 named after a village beside it is another place too: "Балабине" then "цілі на
            # Запоріжжя")
            if named is not None and last is not None and named.candidate is not None and \
                    named.candidate.precision == "locality" and (haversine_km(
                    last["latitude"], last["longitude"], named.candidate.lat, named.candidate.lon) > SAME_PLACE_KM
                    or (named.candidate.population >= 100_000 and named.candidate.name != last["location"])):
                last = None
            continue
        # later sentences with no weapon of their own are about the same attack
        own_weapon = weapon_sub_type(sentence)
        if own_weapon is None and weapon == "Remote explosive/landmine/IED" and ARRIVAL.search(sentence.lower()):
            weapon = None  # ("... підірвалася на міні. А в неділю по Святогірську прилетіло": no mine flies in)
        fresh = True  # the first incident of this sentence starts a new group
        found = find_date(sentence, published, carried[0] if carried else None)
        if own_weapon is None and found is not None and named is not None and last_mention is not None \
                and named.candidate is not None and last_mention.candidate is not None and haversine_km(
                    named.candidate.lat, named.candidate.lon, last_mention.candidate.lat,
                    last_mention.candidate.lon) > SAME_PLACE_KM:
            weapon = None  # ("... беспилотник попал в ее подъезд. А вчера по Харцызску ударили": another day, place)
        weapon = own_weapon or weapon
        if found is not None:
            carried = found
        # ("Продолжаются бои за Пески.": what still goes on as the report is written is on its day)
        when = found or (carried if not _GOES_ON.search(sentence) else None) or (published, 1)
        clauses = [part for clause in _without_locators(_CLAUSE.split(sentence))
                   for part in _attack_parts(clause, here, text)]
        pos = start
        for clause in clauses:
            c_start = text.find(clause, pos)
            c_start = pos if c_start < 0 else c_start
            pos = c_start + len(clause)
            casualties = reader(clause)
            inside = [m for m in places if c_start <= m.start < c_start + len(clause)]
            mention = _best(inside, clause, c_start)
            if mention is None and not casualties and _OVER_THE_OBLAST.search(clause):
                continue  # "за ніч над областю збили вісім шахедів": shot down over the oblast, at no place of the post
            if mention is not None and not casualties and mention.candidate is not None \
                    and mention.candidate.precision == "region" \
                    and _OVER_BEFORE.search(text, max(0, mention.start - 6), mention.start) is not None:
                continue  # "над Одещиною збили десять дронів": shot down over an oblast it names, at no place either
            if mention is None and last is None and recent is not None and (not incidents or casualties):
                # "Рятувальники працюють у Дніпрі. Унаслідок удару загинули 46 людей."; and after another place's
                # attack, the place a record's next entry named ("... Ясиноватая ... / Горловка: 120-мм миномёт, 6 мин.
                # Погиб мужчина.")
                mention = recent
            if mention is None and last is None and not incidents and not headline \
                    and (casualties or not title_places_toll):
                mention = title_place
            if mention is None and last is not None and last_mention is not None and found is not None \
                    and found[0].isoformat() != last["event_date"] and id(last) not in undated \
                    and (tells_attack(clause) or not any(s in clause.lower() for s in (*DIED_STEMS, *NOT_SAVED_STEMS))):
                # "Наступного дня окупанти знову обстріляли місто": another day, same place (not a day the wounded
                # died on: "учора сторож помер у лікарні")
                mention = last_mention
            if mention is None or (last is not None and _level(mention.candidate.precision,  # type: ignore[union-attr]
                                                               mention.candidate.admin1) != "place"  # type: ignore[union-attr]
                                   and found is None):
                if last is not None and (casualties or mention is not None):
                    base.merge_into(last, {**base.casualty_fields(casualties), "source_quote": sentence,
                                           "update": _update(sentence, lang)})
                # "Удар завдали вчора близько 16:30": a later sentence dates the attack, numbers or not
                if last is not None and found is not None and id(last) in undated:
                    last["event_date"], last["time_precision"] = found[0].isoformat(), found[1]
                    undated.discard(id(last))
                # "Через нічну атаку на Харків ... Уночі КАБ влучив у склад": and names its weapon
                if last is not None and own_weapon is not None and last["event_type"] == EXPLOSIONS:
                    weapon_named(last, own_weapon)
                continue
            last_mention = mention
            # a clause that names its own weapon ("КАБ скинули на Краснопілля") is typed alone
            typed = clause if names_weapon(clause) else sentence
            # "по Кам'янці та по Гуляйполю": places listed together were each hit; the numbers stay with the first
            for k, m in enumerate([mention, *_coordinated(text, mention, inside)]):
                assert m.candidate is not None
                place = m.candidate
                kind = classify(typed, place.country_code)
                if own_weapon is None and weapon is not None and kind["event_type"] == EXPLOSIONS:
                    kind["sub_event_type"] = weapon
                precision = _level(place.precision, place.admin1)
                candidates = [place, *m.alternatives]
                inc = {
                    "event_date": when[0].isoformat(), "time_precision": when[1], **kind,
                    **place_fields(place, base.PRECISION[precision]),
                    **base.casualty_fields(casualties if k == 0 else {}),
                    "source_quote": sentence, "confidence": _confidence(candidates), "status": "extracted",
                    "mention": m.text, "places": candidates,
                }
                twin = next((x for x in incidents if (headline or (x["event_date"] == inc["event_date"]
                                                       and x["event_type"] == inc["event_type"]))
                             and haversine_km(x["latitude"], x["longitude"], inc["latitude"], inc["longitude"])
                             <= SAME_PLACE_KM and not _two_towns(x, inc)
                             # ("FPV-дрон атакував маршрутку ... Увечері того ж дня обстріляли центр з артилерії": two
                             # weapons, each named, are two attacks)
                             and (headline or not (x["sub_event_type"] != inc["sub_event_type"]
                                      and _REMOTE_WEAPONS.issuperset((x["sub_event_type"], inc["sub_event_type"]))
                                      and own_weapon_sub_type(sentence) == inc["sub_event_type"]
                                      and own_weapon_sub_type(x["source_quote"]) == x["sub_event_type"]))), None)
                if twin is not None and headline:
                    _fill(twin, inc)
                    kept = twin
                elif headline and _NEAR.search(text[max(0, m.start - 12):m.start]) and \
                        any(x["admin1"] == inc["admin1"] for x in incidents):
                    continue  # "Под Херсоном погиб фермер" over a village of the Kherson region: that village
                elif twin is not None:
                    base.merge_into(twin, inc)
                    kept = twin
                    # "атакували Київ ... У Святошинському районі", "по Нікопольському району ... У Нікополі":
                    # the more precise place
                    if _part_of_town(inc, twin) or inc["geo_precision"] < twin["geo_precision"]:
                        twin.update({k: inc[k] for k in (*place_fields(place), "mention", "places")})
                        twin["geo_precision"] = inc["geo_precision"]
                    # "атакували Краматорськ ... У Краматорську внаслідок удару авіабомби": the weapon named later
                    if names_weapon(sentence):
                        weapon_named(twin, inc["sub_event_type"])
                else:
                    incidents.append(inc)
                    kept = inc
                    if found is None and carried is None:
                        undated.add(id(inc))
                    if weapon is None and kind["event_type"] == EXPLOSIONS:
                        untyped.add(id(inc))
                if k == 0:
                    last = kept
                if fresh:
                    group, fresh = [], False
                if kept not in group:
                    group.append(kept)
    # "Уламки збитого дрона впали на будинок. Поранено жінку": what was shot down and still hurt people struck
    for inc in incidents:
        if inc["event_type"] == STRATEGIC and (inc.get("fatalities") or inc.get("injured")):
            inc.update(classify(inc["source_quote"], inc["places"][0].country_code, hurt=True))
    # "На Белгородчине ... атаковали": a region whose towns the text then names is not another incident
    # ("над Курской областью уничтожены семь беспилотников" beside the strike on Lgov: an aggregate; "Ворог не
    # припиняє атакувати Херсонщину" dated only by the report, beside yesterday's attacks on its towns)
    return [inc for inc in incidents
            if inc["geo_precision"] != base.PRECISION["region"] or not base.region_parts(
                inc, incidents, any_day=id(inc) in undated or inc["event_date"] == published.isoformat())]


# "один із поранених ... помер у лікарні", "двое из раненых скончались": the injured told before, now dead
# ("одного з поранених лікарі не врятували": not saved)
_INJURED_DIED = re.compile(r"\b(?P<n>один|одна|одного|одну|двоє|двое|двох|двух|троє|трое)\s+(?:із|з|зі|из)\s+"
                           r"(?:поранених|травмованих|постраждалих|раненых|пострадавших|"
                           # "один из электромонтёров скончался": one of those told hurt, by what they are
                           r"(?:наших\s+|цих\s+|этих\s+)?\w+(?:ів|їв|ов|ев|ёв|ей|их|ых))\b[^.;]{0,80}?\b"
                           r"(?:помер|померл|умер|скончал|не\s+(?:вдалося\s+|удалось\s+)?(?:врятува|спас))", re.I)


def _update(sentence: str, lang: str, told: str = "") -> dict[str, str]:
    """How a sentence's counts update the ones told before it (``told``, the incident's quote) (as
    :func:`incidents.extract.casualties.casualty_update` says): ``{"injured": "died N"}`` when N of the injured died
    since."""
    died = _INJURED_DIED.search(sentence) if any(s in sentence for s in (*DIED_STEMS, *NOT_SAVED_STEMS)) else None
    if died:
        return {"injured": f"died {number(died.group('n').lower(), 'uk') or 1}"}
    if told and named_one_died(sentence, told, lang):
        return {"injured": "died 1"}  # "... ранены он и пассажир. Пассажир вчера скончался": one of those hurt
    # "Оновлено о 09:20: загиблих немає, поранених троє": a revised toll replaces the first
    if _REVISED.search(sentence):
        return {"killed": "replace", "injured": "replace"}
    if _MORE.search(sentence):  # "Дід теж поранений", "Водитель тоже ранен": one more than told before
        return {kind: "add" for kind, (_, best, _) in find_casualties(sentence, lang).items() if best}
    return {}


_MORE = re.compile(r"(?<!\w)(?:теж|тоже)(?!\w)", re.I)


_REVISED = re.compile(r"\b(?:оновлено|обновлено|уточнено|станом на (?:\d|вечір|ранок|ранку)|"
                      r"по состоянию на (?:\d|вечер|утро))", re.I)


# ("Нагадуємо: тоді снаряди пошкодили чотири будинки, поранено чоловіка": "then", at the attack told before)
_TOLL_OF_THE_ATTACK = re.compile(r"\b(?:при|во время|в результате|внаслідок|унаслідок|під час)\s+"
                                 r"(?:атак|обстрел|обстріл|удар|нападени)|^\W*\w+\W+(?:тоді|тогда)\b", re.I)
_THEIR_NUMBER = re.compile(r"\b(?:их|їх|їхня|їхнє)\s+(?:число|количество|кількість|число)\b.*?\bдо\s+(\S+)", re.I)


class _TollReader:
    """Casualty counts sentence by sentence, remembering the kind last counted, so that "К утру их
    число выросло до семерых" after "Ранены трое" revises the wounded."""

    def __init__(self, lang: str) -> None:
        self.lang, self.kind = lang, ""

    def __call__(self, text: str) -> dict:
        found = find_casualties(text, self.lang)
        if found:
            self.kind = list(found)[-1]
            return found
        m = _THEIR_NUMBER.search(text)
        value = number(m.group(1).strip(".,;:»").lower(), self.lang) if m and self.kind else None
        return {self.kind: (value, value, value)} if value is not None else {}


# a summary of many attacks ("Загалом за добу ...", "Всего за сутки ..."): not an attack of its own
_AHEAD = re.compile(r"(?:заплан|запланир|перенес|перенос|відбудет|состоит|планує|планирует|до\s+\d|з\s+\d|"
                    r"с\s+\d|наступн|следующ|"
                    # "допомогти з прибиранням — у четвер о 10:00": a day and hour to meet, in a text that tells no
                    # attack with them
                    r"\b(?:у|в|во)\s+(?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю|понедельник|вторник|"
                    r"среду|четверг|пятницу|субботу|воскресенье)\s+(?:о|об|в)\s+\d{1,2}[:.]\d{2})", re.I)
_AGGREGATE = re.compile(r"^\W*(?:загалом|усього|всього|всего|в целом|в общей сложности|итого)\b", re.I)
_PERIOD = re.compile(r"\bза\s+(?:минулу\s+|прошедшие\s+|минувшие\s+)?(?:добу|сутки|ніч|ночь|тиждень|неделю|день)\b",
                     re.I)
_NEAR = re.compile(rf"\b{_NEAR_WORDS}\s+$", re.I)
# a sentence opening on what the writer does ("Прибираємо дерева, які повалило вибуховою хвилею", "Знімаємо скло, що
# висить після вибухів"): the first person plural of a verb, not one that reports ("нагадаємо", "фиксируем")
_WE_DO = re.compile(r"^\W*(?:(?:сьогодні|сегодня|зараз|сейчас|тепер|теперь)\s+)?(?:ми\s+|мы\s+)?"
                    r"(?!(?:нагада|нагаду|напомн|напомина|фіксу|фиксиру|повідомля|сообща|інформу|информиру|уточню|"
                    r"уточня|підтверджу|подтвержда|публіку|публику|пере[сc]илаю|пересила)\w*\s)"
                    r"(?!(?:совсем|затем|потом|вообще)\b)[а-яіїєґ'’]{3,}(?:ємо|уємо|имо|їмо|аємо|яємо|аем|яем|уем|ем|"
                    r"им)(?!\w)", re.I)  # (not "Тем временем", "Тим часом", "Всем")


def _our_work(sentence: str, published: dt.date, lang: str) -> bool:
    """Does the sentence tell what the writer does, with no day and no toll of its own (a service's damage words:
    "Закриваємо вибиті вікна, латаємо покрівлі після обстрілів")?"""
    return _WE_DO.search(sentence) is not None and find_date(sentence, published, None) is None \
        and not find_casualties(sentence, lang)


# ("У Марганці тоді поранено чотирьох людей" after a reminder: "then", on the reminder's day)
_SAME_DAY = re.compile(r"\b(?:того ж|того же|в тот же|тоді ж|тогда же|тоді|тогда)\b", re.I)
_RECENT_DAYS = 7  # a reminder of an attack this recent, in a notice that tells no other, is the notice's news
_REMINDER = re.compile(r"^\W*(?:нагадаємо|нагадуємо|напомним|напоминаем)\b", re.I)
_YEAR = re.compile(r"\b(?:у|в)\s+(20\d\d)\s+(?:році|року|годі|году)\b", re.I)


_YEAR_NAMED = re.compile(r"\b20\d\d\b")


def _a_day_ahead(sentence: str, day: dt.date, published: dt.date) -> bool:
    """Is a day and month told with no year, that would be most of a year ago, rather a day still to come ("Перший
    вивід — 26 лютого" in a notice of 24 January: the next hatch, not last February's)?"""
    return (published - day).days > _AHEAD_OR_PAST_DAYS and _YEAR_NAMED.search(sentence) is None


_AHEAD_OR_PAST_DAYS = 300


def _background(sentence: str, published: dt.date, told: bool = True) -> bool:
    """A reminder of earlier events ("Нагадаємо, ...", "Напомним, ...") or a sentence dated by an
    earlier year only ("у 2022 році він віддавав накази обстрілювати ..."): background to the report.
    (Not a reminder of this week's attack in a notice that tells no other: "Комендантська година з 22:00.
    Нагадаємо, у вівторок ударні дрони атакували Шостку".)"""
    if _REMINDER.search(sentence):
        if told:
            return True
        day = find_date(sentence, published, None)
        return day is None or day[1] != 1 or (published - day[0]).days > _RECENT_DAYS
    years = [int(y) for y in _YEAR.findall(sentence)]
    return bool(years) and max(years) < published.year


_REMOTE_WEAPONS = frozenset(("Air/drone strike", "Shelling/artillery/missile attack"))  # ("міни" are mortar bombs too)


def _two_towns(a: dict, b: dict) -> bool:
    """Two neighbouring towns, or two parts of a city, each named ("Краматорськ і Дружківка", 13 km
    apart; "у Святошинському ... у Дніпровському районі"): two incidents."""
    pa, pb = a["places"][0], b["places"][0]
    if pa.geonameid == pb.geonameid:
        return False
    return (pa.precision == pb.precision == "locality" and not _part(pa) and not _part(pb)) or (_part(pa) and _part(pb))


def _part(place) -> bool:
    """A named part of a city: a city section ("на Пересипі"), or a raion of Kyiv or Sevastopol."""
    return place.feature_code == "PPLX" or (place.precision != "locality"
                                            and _level(place.precision, place.admin1) == "place")


def _part_of_town(part: dict, town: dict) -> bool:
    return _part(part["places"][0]) and town["places"][0].precision == "locality"


_END = re.compile(r"[.!?…]\s*$")
_LABEL_WORDS = 3  # a sentence this short that gives a date is a label dating what follows


def _sentences(text: str) -> list[tuple[str, int, bool]]:
    """(sentence, start, is the headline) of a text, in reading order but with a headline last: a
    first line without a full stop above the article ("Удар по Дніпру: загиблих уже п'ятеро"). A
    headline sums up the article (its tolls cover every place, before the latest figures), so the
    article's own sentences come first and the headline only adds what they do not say."""
    out: list[tuple[str, int, bool]] = []
    at = 0
    for sentence in base.split_sentences(text):
        for line in sentence.split("\n"):
            line = line.strip()
            if not line:
                continue
            start = text.find(line, at)
            start = at if start < 0 else start
            at = start + len(line)
            out.append((line, start, False))
    if len(out) > 1 and "\n" in text.strip() and not _END.search(out[0][0]) and \
            text.strip().split("\n", 1)[0].strip() == out[0][0]:
        return [*out[1:], (out[0][0], out[0][1], True)]
    return out


def _fill(into: dict, new: dict) -> None:
    """Merge a headline's reading into the article's incident at that place: only unknown counts."""
    for key in ("fatalities", "injured"):
        if into.get(key) is None and new.get(key) is not None:
            for k in (key, f"{key}_low", f"{key}_high") + (("civilians_killed",) if key == "fatalities" else ()):
                into[k] = new.get(k)
    for key in ("actor2", "civilian_targeting"):
        if not into.get(key) and new.get(key):
            into[key] = new[key]


def _confidence(candidates: list) -> float:
    margin = 3.0 if len(candidates) == 1 else candidates[0].score - candidates[1].score
    return round(min(0.5 + min(margin, 3.0) / 7.0 + 0.05, 0.99), 2)
