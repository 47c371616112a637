"""Text -> incidents. ``extract_incidents`` is a pure function of (text, published date, resolver):
no I/O, no global state, so it can run partitioned on many machines."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from gazetteer import Candidate
from gazetteer.borders import haversine_km
from gazetteer.geoparse import FIRM_POP, in_part_of_its_oblast
from gazetteer.normalize import normalize

from ..record import BATTLES, PROTESTS, RIOTS, VAC, Incident, fit_ranges, place_fields
from .casualties import (
    INJURED,
    KILLED,
    OBJECTS,
    PEOPLE,
    casualty_update,
    corrects_figure,
    counted_ranges,
    find_casualty_ranges,
    shared_toll_verb,
    word_kind,
)
from .dates import MONTHS, POSTED_VERBS, find_date, still_to_come
from .events import (
    DEMINERS,
    DIPLOMACY,
    ENGAGED,
    EXPLOSIONS,
    FACILITY,
    TERRITORY_SUBS,
    Cues,
    claims_ground,
    classify,
    debris_damaged,
    is_violent,
    mixed_weapons,
    names_method,
    names_weapon,
    retells,
    tells_accident,
    tells_no_hit,
    tells_other_news,
)
from .gates import fold, folded, has_any
from .mentions import CLOCK, ENTRY_DAY_AFTER, NOT_PLACES, WEEKDAY_NAMES, Mention, find_mentions
from .numbers import FEW, read_range, word_number
from .places import Resolver

# "[size=...]": ACLED's tag; " || " ends a table row
_BULLETS = ("*", "•", "-", "–")
# "(2) Entry of ...": a register's next numbered entry
# "... latest developments. * Russian shelling ...": a factbox's bullets are sentences of their own
# (a sentence may open with its source in brackets: "... say. (Southern Wire) A missile strike ...")
# (or with a name in guillemets: "... годувати курей. «Запорізький кур'єр» — про ...")
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’'»]?\s+(?=[\"“‘'«„]?[A-ZА-ЯІЇЄҐ0-9]|\[|\(\w{1,2}\)\s|\([A-Z]|c\.\s\d)|"
                       r"\s+\|\|\s+|"
                       # "... він уже вдома 😅 Сьогодні працюємо з 10:00": an emoji ends a post's sentence
                       r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=[A-ZА-ЯІЇЄҐ])|"
                       r"\s+(?=(?:[*•]\s+|•)[\"“‘']?[A-ZА-ЯІЇЄҐ0-9])|"
                       # "Talking points. - Nikopol: rockets hit ... - Zaporizhzhia city: ...": a dashed list's item
                       # (not a record's next field: "- Place: Pavlohrad ... - Date: Tuesday, night. - Weapon: ...")
                       r"(?<=[.!?])\s+(?=[-–]\s+[\"“‘']?[A-ZА-ЯІЇЄҐ])(?![-–]\s+(?:Place|Location|Date|Time|When|Where|"
                       r"Weapons?|Toll|Casualties|Sources?|Type|Status|Damage|Victims?|Notes?|Second item)\b)|"
                       # "1) Kharkiv: a drone hit ... 2) Odesa: ...": a numbered list's next item
                       r"\s+(?=\d{1,2}\)\s+[A-ZА-ЯІЇЄҐ])|"
                       # "... 2 men were hurt – on Wednesday night, a rocket hit ...": a dashed run's next day
                       r"(?<=[a-z])\s+[–—]\s+(?=on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
_ABBREV = re.compile(r"\b(U\.S|U\.K|Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Maj|No|approx|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
                     r"Sept|Oct|Nov|Dec|Art|Arts|Para|Sec|Ch|c|ca|"
                     # "в с. Іванівка", "в смт. Покровське", "пос. Ровеньки", "м. Суми": a settlement's kind
                     r"с|смт|сел|пос|м|г|д|вул|ул|просп|обл)\.$")  # "Art. 438", "c. 05:30" (circa)
# a sentence about another event ("In another attack", "Elsewhere"), not more of the last one
# ("Another resident was wounded" is the same attack)
_SEPARATE = re.compile(r"\b(separate|another (?:attack|strike|incident|drone|missile|shelling|explosion|village|town|"
                       r"city|district|region|community)|elsewhere|meanwhile|in addition|"
                       # "A year ago, on 9 September 2025, ... more than twenty people died": a past year's toll
                       r"(?:a|one|two|three|four|five|\d) years? ago|"
                       # "she was also hurt by glass": more about the same people, not another attack
                       r"also(?!\s+(?:hurt|injured|wounded|killed|died|suffered|sustained|hospitali[sz]ed)\b))\b", re.I)
PRECISION = {"place": 1, "near": 2, "district": 2, "region": 3}
# a report's opening scene of an attack's aftermath: "firefighters were still hosing down the stalls", "footage ...
# shows impacts in Kramatorsk"
_SCENE = re.compile(r"\b(?:firefight\w*|rescuers?|rubble|debris|smoke|smoulder\w*|smolder\w*|craters?|impacts?|"
                    r"damaged|destroyed|burn\w*|blaze|shelled|struck|strikes?|attack(?:ed|s)?|explosions?|blasts?)\b",
                    re.I)
# "...; two more died in shelling of the region's border villages": a toll of places the text does not name
_OTHER_PLACES = re.compile(r"\b(?:(?:in|of|across) the (?:region|oblast|district)['’]s|elsewhere in the (?:region|"
                           r"oblast|district)|(?:border|other|nearby|neighbouring|neighboring) (?:villages|towns|"
                           r"settlements|communities))\b", re.I)


_TOLL_PARTS = re.compile(r";|,\s+while\s+|,\s+adding\s+(?:that\s+)?")


def _own_toll_part(clause: str) -> str:
    """``clause`` without its parts after a semicolon (or ", while", ", adding that") that tell the toll of other,
    unnamed places ("..., killing two, while two more were killed by shelling elsewhere in the region")."""
    if (";" not in clause and " while " not in clause and " adding " not in clause) \
            or not _OTHER_PLACES.search(clause):
        return clause
    return ";".join(part for part in _TOLL_PARTS.split(clause) if not _OTHER_PLACES.search(part))


_TICKER_CUT = re.compile(r"\s+(?:\||/{2,})\s+\S")


_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_NOT_CAPITALS = bytes(c for c in range(128) if not chr(c).isupper())


def _capitals(text: str) -> bool:
    """Is ``text`` written in capitals, as a ticker is?"""
    if text.isascii():  # (counted by bytes.translate: no loop over the characters)
        raw = text.encode()
        letters = len(raw.translate(None, _NOT_LETTERS))
        return letters >= 20 and len(raw.translate(None, _NOT_CAPITALS)) >= 0.8 * letters
    letters = sum(map(str.isalpha, text))  # (map over the characters: no Python loop of its own)
    return letters >= 20 and sum(map(str.isupper, text)) >= 0.8 * letters


_LEXICON = KILLED | INJURED | PEOPLE | OBJECTS  # words the patterns read, never a place's name in a ticker
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]*(?:-[A-Z][A-Z'’]*)*")


def _in_lower_case(text: str, knows: Callable[[str], bool]) -> str:
    """A ticker written in capitals, in lower case but for the words that name a place alone or with
    the word before or after them ("KRYVYI RIH"), which keep a capital as the patterns expect."""
    words = list(_CAPS_WORD.finditer(text))
    titled = [w.group().title().replace("’S", "’s").replace("'S", "'s") for w in words]
    out, at = [], 0
    for k, w in enumerate(words):
        name = titled[k]
        pair_before = k and words[k - 1].end() + 1 == w.start() and knows(f"{titled[k - 1]} {name}")
        pair_after = k + 1 < len(words) and w.end() + 1 == words[k + 1].start() and knows(f"{name} {titled[k + 1]}")
        low = name.lower()
        place = len(name) > 2 and not FACILITY.fullmatch(low) and low not in NOT_PLACES and low not in _LEXICON \
            and (knows(name) or pair_before or pair_after)
        out += [text[at:w.start()], name if place else w.group().lower()]
        at = w.end()
    out.append(text[at:])
    # "ZAPORIZHZHIA REGION | SHELLING KILLS 1 IN STEPNOHIRSK | DRONE ATTACK ON BILENKE": a ticker's items are
    # sentences, each opening with a capital ("Region.  Governor: ..."), the text keeping its length
    return _TICKER_CUT.sub(lambda m: "." + " " * (len(m.group()) - 2) + m.group()[-1].upper(), "".join(out))


# "UPDATE 2-Missile hits Kyiv block, 2 dead (Corrects toll, adds rescuers' figure) Rescuers said ...": a wire
# rewrite's note on what it changed ends its headline
_UPDATE_NOTE = re.compile(r"\((?:adds|corrects|updates|recasts|rewrites|writes through|changes|fixes|refiles|repeats|"
                          r"removes|clarifies)\b[^()]{0,160}\)\s+(?=[\"“‘']?[A-ZА-ЯІЇЄҐ0-9])", re.I)


_PLACE_FIELD = re.compile(r"\s+\|\s+(?=[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?(?:\s*\([^()]{1,40}\))?\s+[-–—]\s)")


def split_sentences(text: str) -> list[str]:
    """Sentences, keeping abbreviations such as "U.S." inside them."""
    parts = _SENTENCE.split(text.strip())
    if " | " in text:  # "29.01.2024 | Donetsk obl | Kurakhove - MLRS, 1 killed | Hirnyk - houses hit": a row's places
        parts = [field for part in parts for field in _PLACE_FIELD.split(part)]
    if "(" in text:
        parts = [piece for part in parts for piece in _cut_after(part, _UPDATE_NOTE)]
    out: list[str] = []
    for part in parts:
        # the pattern ends with "\.$" and its words are short: only the last characters can match
        if out and out[-1].endswith((".", ".\n")) and (_ABBREV.search(out[-1], max(0, len(out[-1]) - 12)) or (
                # "(fleet no. 12)", "house nos. 4 and 6": a number's abbreviation
                part[:1].isdigit() and out[-1].lower().endswith((" no.", "(no.", " nos.")))):
            out[-1] = out[-1] + " " + part
        else:
            out.append(part)
    return [p for p in map(str.strip, out) if p]


def _cut_after(part: str, pattern: re.Pattern[str]) -> list[str]:
    """``part`` cut after each match of ``pattern``."""
    ends = [m.end() for m in pattern.finditer(part)]
    return [part[a:b] for a, b in zip([0, *ends], [*ends, len(part)], strict=True)] if ends else [part]


# "Kherson: 1 killed, 7 wounded; Bilozerka: 1 wounded": a tally's next entry, a place name and a colon
# (or a dash: "Orikhiv (Orekhov) – artillery, 2 killed; Mala Tokmachka – MLRS, 1 injured")
# or a comma before what happened there ("Kyiv, crossroads hit, 6 dead; Dnipro, strikes near the station, 3 dead")
_NEXT_ENTRY = re.compile(r";\s+(?=(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?:\s*\([^()]{1,40}\))?"
                         r"(?:\s+(?:night|morning|evening|afternoon)(?=:))?"  # "...; Friday night: rockets on Mykolaiv"
                         r"\s*(?::|\s[–—-]|,(?=\s[a-z]))\s)"
                         # a numbered entry, the first one after the heading's colon too: "Pokrovsk raion, artillery:
                         # (1) Selydove, a shop hit, 2 killed; (2) Kurakhove, FPV drone on a house, ..."
                         r"|[;:]\s+(?=\(\d{1,2}\)\s+(?P<numbered>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
                         r"(?:\s*\([^()]{1,40}\))?\s*[,:–—-]\s)")


# "Glide bombs kill five in Zaporizhzhia — Russian aircraft dropped ..., killing five people": a headline and the
# body that retells its toll, two sentences (else the toll would be counted twice)
_HEADLINE_DASH = re.compile(r"\s[—–]\s")
_HEADLINE_WORDS = 14


def _headline_cut(sentence: str) -> int:
    """Where the body starts after a headline with a toll that the body retells (0: no such headline)."""
    m = _HEADLINE_DASH.search(sentence)
    if m is None or len(sentence[:m.start()].split()) > _HEADLINE_WORDS:
        return 0
    head, body = find_casualty_ranges(sentence[:m.start()]), find_casualty_ranges(sentence[m.end():])
    return m.end() if head and any(kind in body for kind in head) else 0


# "Nikopol (1 killed, 2 injured), Marhanets (no casualties) and Chervonohryhorivka (a man of 60 injured)", "strikes
# on Kharkiv [3 killed, 15 injured], Zolochiv [1 injured] and Derhachi [no casualties]": a list of places, each with
# its own toll in brackets
_BRACKETED = r"\s*(?:\((?P<round>[^()]{3,90})\)|\[(?P<square>[^\[\]]{3,90})\])"
_LISTED_ITEM = re.compile(rf"(?P<kind>the\s+(?:town|village|city|settlement)\s+of\s+)?"
                          rf"\b(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
                          r"(?:\s+(?:hromada|community|raion|district))?"
                          rf"{_BRACKETED}")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_TOLL_WORD = re.compile(r"\b(?:killed|dead|died|injured|wounded|hurt|casualties|victims)\b", re.I)


def _listed_cuts(sentence: str, knows: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where each place after the first of a list of places with bracketed tolls starts, and where the join before
    it starts (none when the sentence has no such list of two or more places, two of them with a toll)."""
    chain: list[re.Match[str]] = []
    for m in _LISTED_ITEM.finditer(sentence):
        if not knows(m.group("name")):
            continue
        if chain and not _LIST_JOIN.fullmatch(sentence, chain[-1].end(), m.start()):
            if len(chain) >= 2:
                break
            chain = []
        chain.append(m)
    told = [m for m in chain if _TOLL_WORD.search(m.group("round") or m.group("square"))]
    if len(chain) < 2 or len(told) < 2:
        return []
    return [(before.end(), m.start()) for before, m in pairwise(chain)]


def _entries(sentences: list[str], knows: Callable[[str], bool]) -> tuple[list[tuple[str, str]], set[str]]:
    """Each of ``sentences`` with the sentence it was cut from: a tally's entries ("X: 1 killed; Y: 2 wounded")
    are sentences of their own where a known place or a weekday ("; Sunday: a drone ...") heads the entry; and the
    sentences cut into a list's entries, each place with its bracketed toll."""
    out: list[tuple[str, str]] = []
    listed: set[str] = set()
    for sentence in sentences:
        cut = _headline_cut(sentence) if not out and ("—" in sentence or "–" in sentence) else 0
        if cut:
            out.append((sentence[:cut].rstrip(" —–"), sentence))
            sentence = sentence[cut:]
        at = 0
        for m in _NEXT_ENTRY.finditer(sentence) if ";" in sentence else ():
            name = m.group("name") or m.group("numbered")
            if knows(name) or name in _WEEKDAY_SET:
                out.append((sentence[at:m.start() + 1], sentence))
                at = m.end()
        for end, start in _listed_cuts(sentence, knows) if ("(" in sentence or "[" in sentence) and at == 0 else ():
            out.append((sentence[at:end], sentence))
            at = start
            listed.add(sentence)
        out.append((sentence[at:], sentence))
    return out, listed


def _spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Character ranges of ``sentences`` (in text order) inside ``text``."""
    return list(_spans_by_index(text, sentences).values())


def _spans_by_index(text: str, sentences: list[str]) -> dict[int, tuple[int, int]]:
    """:func:`_spans` by each sentence's index (a sentence not found as written, one joined after an abbreviation
    across a line break, has none)."""
    out, pos = {}, 0
    for k, sentence in enumerate(sentences):
        start = text.find(sentence, pos)
        if start < 0:
            continue
        out[k] = (start, start + len(sentence))
        pos = start + len(sentence)
    return out


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _ranked(mentions: list[Mention]) -> list[Mention]:
    """Mentions best first: introduced by a locative, then the most specific, then the earliest."""
    rank = {"place": 0, "district": 1, "region": 2}
    return sorted(mentions, key=lambda m: (m.cue == 0, rank[m.level], -m.cue, m.start))


def _queries(mention: Mention) -> list[tuple[str, str]]:
    """What to ask the resolver for a mention, with the precision level each answer has.
    A raion the resolver does not know ("Kherson's Dniprovskyi district") falls back to its town."""
    if mention.level == "place":
        return [(mention.text, "near" if mention.near else "place")]
    if mention.level == "region" and " " not in mention.text:  # "the Sumy and Kharkiv regions": "Sumy" a region
        return [(f"{mention.text} region", "region")]
    words = mention.text.split()[:-1]
    if mention.text.lower().endswith(" hromada"):  # a hromada is named after its centre: "Khotin hromada"
        return [(" ".join(words), "place"), (mention.text, mention.level)]
    out = [(mention.text, mention.level)]
    if mention.level == "district":
        out += [(" ".join(words), "near"), (words[0], "near")]
    return out


# a wire report's dateline ("KYIV, June 25 (Reuters) -") dates the report, not the event
_DATE_NO_YEAR = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})"  # "May 1", "1 May"
_DATELINE = re.compile(r"^[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .'’-]{1,40},\s+(?:[A-Z][a-z]+,\s+)?"  # "CHERNIHIV, Ukraine, May 1"
                       rf"{_DATE_NO_YEAR}(?:,? \d{{4}})?"
                       # "(Reuters) -", ". /TASS/.", "Kyodo -"
                       r"(?:\s*(?:\([^)]{1,30}\)|[A-Z][\w-]{1,15}(?:\s[A-Z][\w-]{1,15})?)?\s*[-–—]+|"
                       r"\.\s*/[A-Za-z-]+/\.?)\s*")
# "Kyiv, March 23 (Agencies):", "New Delhi/Kyiv, April 20:": a desk's dateline in title case, no year, closed by a
# colon after its agency or after two cities (not a record's "Orikhiv, 4 May: a bomb landed ...", the event's day)
_DATELINE_TITLED = re.compile(rf"^(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s+{_DATE_NO_YEAR}\s*\([^)]{{1,30}}\)|"
                              rf"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?/[A-Z][\w'’-]+,\s+{_DATE_NO_YEAR}"
                              rf"(?:\s*\([^)]{{1,30}}\))?)\s*:\s*")
# what a correction says an earlier version of the report told
_SUPERSEDED = re.compile(r"\b(?:an? (?:earlier|previous) version of this (?:report|article|story|item|entry|post|"
                         r"update|dispatch|piece)|"
                         r"(?:we|this report|this article) (?:earlier|previously|wrongly|mistakenly|incorrectly) "
                         r"(?:wrote|reported|said|stated)|(?:wrongly|mistakenly|incorrectly) (?:said|stated|reported|"
                         r"identified|named))\b", re.I)
_SUPERSEDED_STEMS = ("earlier", "previous", "wrongly", "mistakenly", "incorrectly")
# the rest of an agency's dateline after the city ("ZAPORIZHZHIA. July 23 (Interfax-Ukraine) - "): when the report was
# filed, not when the event happened
_DATELINE_REST = re.compile(rf"^{_DATE_NO_YEAR}(?:,? \d{{4}})?\s*\([^)]{{1,30}}\)\s*[-–—]+\s*")
_WEEKDAY_SET = frozenset(WEEKDAY_NAMES.split("|"))
# a clause that opens on its own time: "..., and on Friday drones attacked Korosten", "..., and the same day ..."
_CLAUSE_TIME = re.compile(rf"(?:\(\w{{1,2}}\)\s+)?(?:on\s+(?:{WEEKDAY_NAMES}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|"
                          r"\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]{2,8}|(?-i:[A-Z])[a-z]{2,8}\s+\d{1,2}(?!\d))|the\s+(?:same|next|following)\s+(?:day|night|morning|"
                          r"evening|afternoon)|(?:later|earlier)\s+that\s+(?:day|night)|overnight|"
                          # ("..., without casualties, and last night Russian mortars hit Myropillia")
                          r"(?:last|that)\s+night|this\s+(?:morning|afternoon|evening)|"
                          # ("..., and the night before drones hit Ladyzhyn")
                          r"the\s+(?:day|night|evening|morning)\s+before|the\s+previous\s+(?:day|night|evening|morning)|"
                          r"on\s+the\s+\d{1,2}(?:st|nd|rd|th)|in\s+the\s+(?:morning|afternoon|evening)|"
                          # "..., and at 17:00 the same day drones struck Y": a clause that opens on its own hour
                          r"(?:at|around|shortly\s+(?:before|after))\s+\d{1,2}[:.]\d{2})\b")
# "...; on the 5th a drone struck a garage": a clause after a semicolon that opens on its own time
_TIMED_CLAUSE = re.compile(rf";\s+(?={_CLAUSE_TIME.pattern})")
# "...; Kursk city (Wednesday) — drone debris fell ...": a fact box's entry, dated by its own bracketed day
_ENTRY_DAY = re.compile(r"[^;:—–()]{1,40}?" + ENTRY_DAY_AFTER.pattern + "|"
                        # "...; Sunday: a drone killed a man": an entry headed by its day
                        rf"(?:{WEEKDAY_NAMES})\s*:", re.I)
# "...: Dec 14 - guided bombs hit the town centre, two killed; Dec 16 - street fighting ...": a chronology's entry,
# headed by its own day and month
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
_ENTRY_DATE = re.compile(rf"(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}|"
                         r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\s*(?:[-–—]|:(?!\d))\s")
_DATED_ENTRY = re.compile(rf"(?:;|:)\s+(?={_ENTRY_DATE.pattern})")
# "...; shells fired the day before had hit the port": a clause after a semicolon dated from the one before it
_DAY_BEFORE = (r"[^;]{0,60}?\b(?:the (?:day|night|evening|morning) before|the previous (?:day|night|evening|morning)|"
               r"a day earlier)\b")
_DAY_BEFORE_CLAUSE = re.compile(r";\s+" + _DAY_BEFORE)  # in a sentence
_DAY_BEFORE_START = re.compile(_DAY_BEFORE)  # opening a clause
# the past tenses that tell a place was hit, and those that tell it was taken (one list for the patterns below)
_HIT_VERBS = "shelled|struck|hit|attacked|bombed|targeted|pounded"
_GROUND_VERBS = "retook|retaken|recaptured|entered|liberated|captured|seized|regained"
# "..., injuring 14 people, and three more were killed in the Kharkiv region": another place's own toll
_MORE_KILLED_IN = (r",\s+and\s+(?=(?:[\w-]+\s+){1,2}more\s+(?:people\s+)?(?:were\s+|have\s+been\s+)?(?:killed|injured|"
                   # ("three more were killed by shelling in the Shostka district")
                   r"wounded|died|hurt)(?:\s+by\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+in\s+(?:the\s+)?[A-Z])")
# "..., killing a man, and Bilozerka, where a drone injured a cyclist", "Ternivka, a mining town near Pavlohrad, where 2
# miners were hurt": a listed place, its own attack told in a "where" clause
_WHERE_ENTRY = (r",\s+(?:and\s+)?(?![\w'’-]+[\s-](?:Oblast|Region|District|Raion|oblast|region|district|raion)\b)"
                r"(?=(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?,\s+(?:(?:an?|the)\s+[^,;.()]{1,50},\s+)?"
                r"where\s+(?:an?\s+|the\s+|\d+\s+|two\s+|three\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:hit|struck|dropped|were|was|"
                r"killed|wounded|injured|burned|fell|landed)\b)")
_WHERE_ENTRY_RE = re.compile(_WHERE_ENTRY)
# "..., and shelling of the town on Monday wounded a Canadian medic": an attack on the place just told, by its noun
_SHELLING_OF_IT = (r"(?:(?:Russian|Ukrainian)\s+)?(?:shelling|bombing|strikes?|drone\s+strikes?|missile\s+strikes?)\s+"
                   r"(?:of|on)\s+the\s+(?:town|city|village|settlement)\b")
_AND_SHELLING_OF_IT = (rf",\s+and\s+(?={_SHELLING_OF_IT}[^,;.]{{0,40}}?"
                       r"\b(?:killed|wounded|injured|hurt|hit|damaged|destroyed)\b)")
_SHELLING_OF_IT_START = re.compile(_SHELLING_OF_IT)  # (such a clause keeps the day it tells)
_CLAUSE = re.compile(r";\s+|,\s+while\s+|" + _MORE_KILLED_IN + "|" + _WHERE_ENTRY + "|" + _AND_SHELLING_OF_IT + "|"
                     # "in Nikopol a couple were injured, in Marhanets nobody was hurt": each place's own toll
                     # (or its damage: "in Myropillia two were injured, in Krasnopillia a school was damaged")
                     r",\s+(?=in\s+[A-Z][^,;]{0,50}?\b(?:nobody|no one|no casualties|no injuries|no victims|killed|"
                     r"injured|wounded|hurt|dead|damaged|destroyed)\b)|"
                     # "1 killed in Derhachi, no casualties in Kozacha Lopan": another place's own nil toll
                     r",\s+(?:and\s+)?(?=(?:no (?:casualties|victims|injuries|deaths|one (?:was )?hurt)|"
                     r"nobody (?:was )?hurt)\s+(?:in|at|near)\s+[A-Z])|"
                     rf",\s+and\s+(?={_CLAUSE_TIME.pattern})|"
                     # "a missile hit X on 24 March, and the army said on 22 March that it had retaken Y": a side's
                     # claim of ground after an attack, a clause of its own
                     # ("..., and Russia claimed Stepnohirsk on the 12th")
                     r",\s+and\s+(?=(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+|army|military|general\s+staff|"
                     r"defen[cs]e\s+ministry)\s+(?:(?:said|says|claimed|claims|announced|reported)\b[^,;.]{0,60}?\b"
                     r"(?:retaken|retook|recaptured|liberated|captured|taken|took|freed|seized)\b|"
                     r"claim(?:ed|s)\s+(?:the\s+capture\s+of\s+)?(?-i:[A-Z])))|"
                     # "lists Nikopol, shelled twice, one man wounded, and Marhanets, a drone on a power line, no one
                     # hurt": the next place of a list, each with its own weapon
                     r",\s+and\s+(?=(?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?,\s+(?:(?:a|an|the|two|three|\d+)\s+)?"
                     r"(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|shells?|shelling|mortars?|bombs?|artillery|strikes?)"
                     r"\b)|"
                     # "X writes that drones hit Izmail on the 13th, that Reni lost power ..., and that ...": each
                     # clause a teller lists with its own "that" and its own subject
                     # (or with its own day first: "..., and that on 17 November Russia claimed ...")
                     r",\s+(?:and\s+)?that\s+(?=(?-i:[A-Z])|(?:a|an|the|two|three|several|drones?|missiles?|rockets?|"
                     r"shells?|shelling|artillery|mortars?|bombs?|on)\s)|"
                     # "glide bombs hit Beryslav and hurt two people, on Tuesday a tractor hit a mine near X": a day and
                     # a new subject after a comma open another attack's clause
                     rf",\s+(?=on\s+(?:{WEEKDAY_NAMES})\s+(?:a|an|the|Russian|Ukrainian|\d+|two|three)\s)|"
                     # "artillery pounded X while Russian aircraft bombed Y": two attacks, each by its own force
                     r"\s+while\s+(?=(?:[A-Z][\w-]*|the|its|their)\s+(?:[\w-]+\s+)?(?:forces|troops|aircraft|"
                     r"artillery|drones?|units|army|military|jets|helicopters|missiles?)\b)|"
                     # "... in Kherson oblast: two were killed in Kherson city, ...": the breakdown after a total
                     rf":\s+(?!{_ENTRY_DATE.pattern})(?=[^:]{{0,80}}?\b(?:killed|wounded|injured|dead)\b)|"
                     # (not "fighting in and around Ridkodub": one place)
                     r"(?<!\bin)(?<!\bat)\s+and\s+(?=(?:killing|wounding|injuring|killed|wounded|injured|hitting|"
                     r"damag(?:es|ing|ed)|"
                     r"destroy(?:s|ing|ed)|"
                     r"around|near|in|outside)\b)|"
                     # "..., killing a woman, and the Bryansk governor said shelling of Sevsk damaged a school": a
                     # second report, by its own teller
                     r",\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?:regional\s+|city\s+|acting\s+)?"
                     r"(?:governor|mayor|authorities|officials|administration|military|police|ministry)\s+"
                     r"(?:said|says|reported|reports|added|claimed|claims|wrote|writes|stated|announced)\b)|"
                     # "a drone injured five in X, and fighting went on around Y": a battle told after an attack
                     r",\s+and\s+(?=(?:(?:heavy|fierce|intense|street|ground)\s+)?(?:fighting|clashes|battles)\s+"
                     r"(?:also\s+)?(?:went on|continued|raged|(?:was|were) reported|took place|broke out|persisted)\b)|"
                     # "missiles hit Odesa and Shahed drones hit a substation in Izmail": a second attack, its own
                     # weapon the subject
                     r"(?:,\s*|\s+)and\s+(?:that\s+)?(?=(?:(?:[A-Z][\w-]*|a|an|the|two|three|several|ballistic|cruise|"
                     r"guided|attack|kamikaze)\s+){0,2}(?:drones?|missiles?|"
                     r"rockets?|shells?|shelling|artillery|mortars?|glide bombs?|guided bombs?|bombs?|"
                     # ("..., and mortar rounds landed on the edge of Yunakivka the same day")
                     r"(?:mortar|artillery|tank)\s+(?:rounds|shells|bombs))\s+(?:also\s+)?(?:hit|"
                     r"struck|attacked|shelled|pounded|targeted|damaged|killed|injured|wounded|fell|landed)\b)|"
                     # "... killed two and injured 20, and a bombing of Zolochiv the same afternoon injured a woman":
                     # a second attack, told by its noun and its place
                     # ("..., and Russian shelling of Stepnohirsk that day wounded a driver": its force's adjective)
                     # ("the shelling of Kherson on 25 January (one killed) and the shelling of Bilozerka ...")
                     r"(?:,|(?<=\)))\s+and\s+(?=(?:(?:a|an|the|another)\s+(?:[\w-]+\s+)?|(?:Russian|Ukrainian)\s+)"
                     r"(?:attack|strike|"
                     r"bombing|shelling|raid|barrage)\s+(?:on|of)\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?"
                     r"[A-Z])|"
                     # "Saturday's drone strike on Chernihiv (one killed), Monday's drone strike on Nizhyn": each one
                     rf"(?:,\s+(?:and\s+)?|(?<=\))\s+and\s+)(?=(?:{WEEKDAY_NAMES})['’]s\s+(?:[\w-]+\s+){{0,2}}?"
                     r"(?:attack|strike|bombing|shelling|raid|barrage)\s+(?:on|of)\s+(?:the\s+)?[A-Z])|"
                     # ("suspected of the attack on Kharkiv, ..., and of bombing Zolochiv, which injured a woman")
                     r",\s+and\s+of\s+(?=(?:bombing|shelling|striking|attacking)\s+"
                     r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?[A-Z])|"
                     # "a missile hit a warehouse in Odesa on the 19th, nobody hurt, and another hit Reni on the 17th,
                     # injuring two": another weapon of the kind, at a place of its own
                     r",\s+and\s+(?=another\s+(?:one\s+)?(?:hit|struck|landed\s+(?:on|in)|fell\s+(?:on|in))\s+"
                     r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?(?-i:[A-Z]))|"
                     # "..., killing a man, and struck Zolochiv with a glide bomb": a second verb, a place its object
                     rf",?\s+and\s+(?=(?:also\s+)?(?:{_HIT_VERBS}|{_GROUND_VERBS})\s+"
                     r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?[A-Z])|"
                     # ("..., and returned the next night to strike Odessa, where five were hurt")
                     r",\s+and\s+(?=(?:then\s+)?(?:returned|came back)\b[^,;]{0,30}?\bto\s+(?:strike|hit|attack|"
                     r"shell|bomb|target)\s+[A-Z])|"
                     # "a guided bomb killed a woman in X, and Druzhkivka was shelled, three people injured": a
                     # second place, the subject of its own attack
                     # ("..., and Antonivka, on the city's edge, came under fire the day before")
                     r",\s+and\s+(?=[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?(?:,[^,;]{1,50},)?\s+(?:itself\s+)?"
                     r"(?:(?:was|were)\s+(?:also\s+|again\s+|then\s+)?(?:shelled|hit|struck|bombed|attacked|targeted|"
                     r"shot at)|(?:also\s+)?came\s+under\s+(?:[\w-]+\s+)?(?:fire|shelling|attack|bombardment))\b)|"
                     # "missiles struck Kremenchuk overnight, two days after rockets hit a grain elevator in
                     # Myrhorod": an earlier attack, told as the time of the first
                     r",\s+(?=(?:two|three|four|five|2|3|4|5)\s+days\s+(?:after|before)\s+(?:(?:a|an|russian|ukrainian)\s+)?"
                     r"(?:[\w-]+\s+)?(?:shelling|shells|strikes?|drones|missiles|rockets|bombs|attacks|artillery)\s+"
                     r"(?:hit|struck|shelled|attacked|killed|injured|wounded|destroyed|damaged|pounded)\b)|"
                     # "One person was killed in Beryslav and two were injured in Stanislav": a toll of each place
                     # ("..., two women were wounded in Marhanets and a school was damaged in Pokrov": its damage)
                     r"\s+and\s+(?=(?:[\w-]+\s+){1,3}(?:were|was)\s+(?:killed|injured|wounded|hurt|damaged|"
                     r"destroyed)\s+(?:in|near|at)\s+[A-Z])|"
                     # "... at Pokrovsk and Myrnohrad, killing a man in Myrnohrad": the toll names its own place
                     # "shelling kills 1 in Stepnohirsk, wounds 2 in Prymorske": a headline's second toll
                     r",\s+(?=(?:killing|wounding|injuring|kills|wounds|injures)\b[^,;]{0,40}?\b(?:in|near)\s+[A-Z])|"
                     # "a man killed in Tiahynka, two women injured in Lvove": a note's toll of each place, verb after
                     r",\s+(?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:were\s+|was\s+)?(?:killed|injured|wounded|hurt|dead)\s+(?:in|near|at)\s+[A-Z])|"
                     # "..., and two people were wounded in nearby Antonivka": a second toll, its own place
                     # "A man was killed in X, and in the city ten were injured": a toll of the place named before
                     r",\s+and\s+(?=(?:in|at)\s+the\s+(?:city|town|capital|village)\b(?!\s+of\b))|"
                     # "killed two in Kiev and one in Lutsk, and 17 people were injured in the capital"
                     r",\s+and\s+(?=[^,;]{0,60}?\b(?:killed|injured|wounded|hurt|dead)\s+(?:in|at)\s+the\s+"
                     r"(?:city|town|capital|village)\b(?!\s+of\b)(?!['’]))|"
                     # (an aside between commas allowed: "and four people, among them a girl, were wounded in Y")
                     r",\s+and\s+(?=[^,;]{0,60}?(?:,[^,;]{1,40},[^,;]{0,30}?)?\b(?:in|near|at|on)\s+(?:nearby\s+|the\s+)?"
                     # "..., and a separate strike on the port town of Izmail injured ..."
                     r"(?:(?:[a-z-]+\s+){0,2}?(?:town|city|village|settlement|port|community)\s+of\s+)?[A-Z])")
# "destroyed a fuel depot near X and an ammunition depot in Y": a second target of the verb with its own place
# (in a sentence that tells of no casualties, whose numbers could not be shared out by it)
_SECOND_TARGET = re.compile(r"\s+and\s+(?=(?:an?|the)\s+(?:[\w-]+\s+){1,2}(?:in|near|at)\s+[A-Z]|"
                            # "on a warehouse in Odesa and on a row of houses on the northern edge of Chornomorsk"
                            r"(?:on|at)\s+(?:an?|the)\s+[^,;.]{1,50}?\b(?:in|of)\s+[A-Z])")
# "drones launched from the Kursk and Oryol regions", "shelling from Belgorod": where an attack came
# from is not where it struck
_ORIGIN = re.compile(r"\b(?:launched|fired|fire|flew|flying|came|coming|shelling|shelled|attacked|struck|strikes?)\b"
                     # (not a road out of the place: "a petrol station on the northern exit from Kherson")
                     r"[^.;]{0,50}?(?<!\bexit\s)(?<!\broad\s)\bfrom\s+(?:the\s+)?(?:direction of\s+(?:the\s+)?|"
                     r"territory of\s+(?:the\s+)?|"
                     # "launched the bomb from Russian airspace over Kursk region"
                     r"(?:[Rr]ussian\s+|[Bb]elarusian\s+)?airspace\s+(?:over|above)\s+(?:the\s+)?|"
                     # "from the Chauda area of occupied Crimea"
                     r"(?:[A-Z][\w'’-]+\s+)?(?:area|areas|district|direction)\s+of\s+|"
                     # "launched from the occupied left bank, near Kamianka-Dniprovska"
                     r"(?:[a-z][\w-]*\s+){1,3}(?:bank|shore|side|coast),?\s+(?:near|around|in)\s+)?"
                     r"(?:(?:temporarily\s+)?occupied\s+)?"
                     r"(?:[A-Z][\w'’-]+(?:\s+(?:region|oblast))?(?:\s*,\s*|\s+and\s+))*$")
# "Russian guns near Chornobaivka fired on Mykolaiv", "guns on the Kreminna heights shelled Lyman", "From positions
# near Kreminna, Russian artillery shelled Lyman": where the guns stood, when the place they fired at is named
_SHOOTER_AT = re.compile(r"\b(?:guns|artillery|howitzers|batteries|battery|gunners|launchers|mortars|tanks|"
                         r"positions)\s+(?:(?:positioned|stationed|dug\s+in|deployed|based|located)\s+)?"
                         r"(?:near|in|on|at|around|outside)\s+(?:the\s+)?$", re.I)
_FIRED_AT_PLACE = re.compile(r"(?:\s+(?:heights|hills?|area|ridge|direction))?(?:\s*,\s*(?:[\w-]+\s+){0,3}?|\s+)"
                             r"(?:(?:then|again|also|had|have)\s+)?(?:fired|shelled|struck|hit|attacked|pounded|"
                             r"bombarded|opened\s+fire)\s+(?:(?:on|at|into)\s+)?(?:the\s+)?(?:[a-z]+\s+){0,3}?"
                             r"(?!ukrain|russia|belarus)(?-i:[A-Z])", re.I)
FOREIGN_OK = {"UA", "RU", "BY", "MD", "PL", "RO"}
# a place joined to another by a dash: one end of a route or a partnership ("Wrocław–Lviv", "Rzeszów–Lwów")
_MONTH_NAMES = "|".join(month.capitalize() for month in list(MONTHS)[:12])  # "January|...|December"
_LINK_AFTER = re.compile(r"\s?[–—-]\s?[A-Z]")
# (not a date before its entry: "13 December – Kherson, a drone struck ...")
_LINK_BEFORE = re.compile(rf"(?!(?:{_MONTH_NAMES}|{WEEKDAY_NAMES})\s?[–—-])"
                          r"[A-Z][\w'’]*\s?[–—-]\s?$")


def _linked(clause: str, mention: Mention) -> bool:
    """Is ``mention`` one end of two places joined by a dash?"""
    return _LINK_AFTER.match(clause, mention.start + len(mention.text)) is not None \
        or _LINK_BEFORE.search(clause, max(0, mention.start - 30), mention.start) is not None


_OWNER = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}?" + FACILITY.pattern, re.I)
# "Shostka's sports complex was struck by a missile", "Druzhkivka's only indoor sports hall was damaged by shelling":
# the place whose building, whatever it is called, was hit
_OWNED_HIT = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){1,4}?(?:(?:was|were|has been|have been|had been)\s+"
                        r"(?:also\s+|again\s+|badly\s+|partly\s+|heavily\s+)?(?:hit|struck|shelled|attacked|targeted|"
                        r"bombed|damaged|destroyed)|"
                        # "Druzhkivka's only sports hall lost its roof to shelling"
                        r"lost\s+(?:its|their|the)\s+(?:[\w-]+\s+){1,2}?to\s+(?:[\w-]+\s+)?(?:shelling|shells?|"
                        r"strikes?|missiles?|rockets?|drones?|bombs?|fire|attacks?))\b")


# a place as the subject of an attack: "Malynivka was also shelled", "Vovchansk came under fire"
# ("Stepnohirsk, further west, was shelled", "Reni (Izmail raion) was attacked": an aside may stand between)
# ("That evening Kherson itself was shelled": the city after its suburbs)
_ATTACKED = re.compile(r"(?:\s+(?:city|town|village))?(?:\s+itself)?(?:,\s+[^,.;:()]{1,45},|\s*\([^()]{1,40}\))?,?"
                       r"\s+(?:"
                       r"(?:(?:was|were|is|are|has been|had been|came|comes|again|also|reportedly|"
                       r"repeatedly|reported|once again|fully|completely)\s+){1,3}(?:under\b|hit\b|shelled|struck|"
                       r"attacked|targeted|bombed|pounded|shot at|"
                       # "Avdeyevka had been fully liberated", "the village was captured" (not "taken to hospital")
                       r"['\"‘“]?(?:liberated|freed|captured|taken(?!\s+to\b)|retaken|recaptured|seized|occupied)\b)|"
                       # a headline drops the auxiliary: "Shostka hit by drones, 3 injured; Konotop shelled"
                       # ("Druzhkivka shelled the same evening", "Konotop shelled on Monday")
                       r"(?:hit|shelled|struck|attacked|targeted|bombed|pounded)(?=\s+(?:by|with|again|overnight|"
                       r"twice|around|at\s+(?:about\s+)?\d|this|early|late|last|on|yesterday|today|during|"
                       r"the\s+(?:same|previous|next|following)|in\s+the\s+(?:morning|afternoon|evening|night))\b|"
                       r"\s*[,;.]|\s*$)|"
                       # "Merefa took a KAB too", "the town took a direct hit", "Slavyansk took rockets at 02:00"
                       # ("Nikopol suffered another night of shelling", "Kherson endured a day of drone attacks")
                       r"(?:also\s+)?(?:took|takes|suffered|endured)\s+(?:(?:a|an|another|two|three|several|more|heavy)\s+)?"
                       r"(?:(?:night|day|morning|evening|wave|hours?)\s+of\s+(?:heavy\s+|drone\s+|missile\s+)?)?"
                       r"(?:direct\s+)?(?:hits?|strikes?|KABs?|missiles?|rockets?|drones?|shells?|bombs?|fire|shelling|"
                       r"attacks|bombardment)\b|"
                       # "Okhtyrka had the worst day on Monday, when drones hit the centre", "Nikopol suffered the
                       # heaviest shelling"
                       r"(?:had|saw|suffered|endured)\s+(?:the|its)\s+(?:worst|heaviest|hardest|deadliest)\s+"
                       r"(?:day|night|week|attacks?|shelling|strikes?)\b|"
                       # "Shostka without power after drones struck a substation", "Kharkiv lost power after ..."
                       r"(?:(?:was|is|were|are)\s+)?(?:left\s+)?(?:without|lost)\s+(?:power|electricity|water|heating|"
                       r"heat|gas)\s+after\b|"
                       # "Balakliia is back in Ukrainian hands"
                       # ("Bilohorivka was fully back under Ukrainian control")
                       r"(?:is|was|are|were)\s+(?:(?:now|fully|completely|firmly|once\s+again)\s+)*back\s+(?:in|under)\s+"
                       r"Ukrainian\s+(?:hands|control)\b)",
                       re.I)


# "they were taken to hospital in Kharkiv", "residents were moved to Belgorod": where victims or
# residents were brought is not where the attack struck
_TAKEN_VERBS = ("taken", "brought", "evacuated", "moved", "transported", "rushed", "airlifted", "relocated")
# ("fighting moved to Kurdyumivka": where the fighting went, which is where it was)
_TAKEN_TO = re.compile(rf"\b(?<!fighting )(?<!battle )(?<!battles )(?<!clashes )(?<!front )"
                       rf"(?:{'|'.join(_TAKEN_VERBS)})\s+"
                       r"(?:[\w'’-]+\s+){0,4}?to\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+)?$", re.I)


# "interviewed in Kramatorsk", "statement taken 15.04.2025 in Mykolaiv": where a witness was heard, not the attack
# ("Interpreter debrief, interview X-09, recorded in Mykolaiv with a woman who left Kherson": where it was recorded)
_INTERVIEWED_IN = re.compile(r"\b(?:interviewed|(?:statement|testimony)\s+(?:was\s+)?(?:taken|recorded|given|made)|"
                             r"interview\s+[\w-]+\s*,\s+recorded)"
                             r"(?:\s+(?:by|on|at)\s+[^,;.]{1,30}?)?(?:\s+[\d./]+)?\s+in\s+$", re.I)
# "died in a hospital in Dnipro", "is treated in the regional hospital in Kharkiv": where the wounded are
# ("was treated in Beryslav", "is recovering in Dnipro"; not "hospitalised in X", which may be the place hit)
_IN_HOSPITAL = re.compile(r"\bin\s+(?:(?:a|the)\s+)?(?:[\w'’-]+\s+){0,2}?hospital\s+in\s+$|"
                          # "the girl is in intensive care in Chernihiv"
                          r"\bin\s+(?:intensive|critical)\s+care\s+in\s+$|"
                          r"\b(?:treated|recovering|operated\s+on)\s+in\s+$|"
                          # "his wife, 36, wounded in the arm and now in Zaporizhzhia": where the wounded is now
                          r"\b(?:wounded|injured|hurt)\b[^.;:]{0,30}?\s+and\s+(?:is\s+)?now\s+in\s+$|"
                          # "a woman of 60 from Vovchansk, now at a reception centre in Kharkiv": where a witness is now
                          r"\bnow\s+(?:(?:living|staying|sheltering)\s+)?(?:in|at)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?in\s+)?$|"
                          r"\b(?:reception|transit|collective|evacuation)\s+(?:centre|center|point|hub)\s+in\s+$|"
                          # "his wife, wounded, is with their daughter in Kryvyi Rih": where a survivor stays now
                          r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:staying\s+)?with\s+(?:her|his|their|a|an|the|some)\s+"
                          r"(?:[\w'’-]+\s+){0,2}?in\s+$", re.I)


# "one of the wounded died in Kharkiv", "both died in a Kharkiv hospital": where the hurt died later, not the attack
_DIED_IN = re.compile(r"\b(?:wounded|injured|hurt|injuries|wounds)\b[^.;]{0,60}?\bdied\s+(?:later\s+)?in\s+"
                      r"(?:(?:a|the)\s+)?$", re.I)
_HOSPITAL_AFTER = re.compile(r"\s+(?:regional\s+|city\s+|military\s+|district\s+)?(?:hospital|clinic|morgue)\b", re.I)


# a national body's seat, not a local official's town ("Officials in Zhytomyr reported that a drone struck ...")
_SPEAKER_IN = re.compile(r"\b(?:ministry|government|headquarters|embassy|kremlin)\s+in\s+$", re.I)
# "a woman of 52, speaking from Mykolaiv, says soldiers ... opened fire": where the caller is
_CALLING_FROM = re.compile(r"\b(?:speaking|calling|writing|phoning|texting)\s+from\s+$", re.I)
_SAID_AFTER = re.compile(r"\s*,?\s+(?:said|says|reported|reports|claimed|claims|announced|told|stated)\b")
# "Our partner club in Sloviansk wrote on Monday that shells hit Siversk", "a surgeon in Kharkiv, writes that ...":
# where the teller is, when what they tell names a place of its own
_TELLER_IN = re.compile(r"\b(?-i:[a-z])[\w'’-]*\s+in\s+$", re.I)  # ("our sister guild in", "a reader in")
_TELLING = (" that ", " wrote ", " writes ", " reports ", " reported ", " says ", " say ", " said ", " tells ",
            " told ", " emailed ", " messaged ")
# (unless what they tell is of their own place: "officials in Oleshky said shelling killed a man there", "a volunteer
# in Nikopol writes: 'they shelled us again'")
# ("Olena's dad in Krasnopillia says glide bombs hit it on the 15th")
_TOLD_OF_ITS_OWN_PLACE = re.compile(r"\b(?:there|here|us|we|our)\b|"
                                    r"\b(?:hit|struck|shelled|bombed|attacked|pounded|shelling|hitting)\s+it\b", re.I)
_WROTE_THAT = re.compile(r"\s*,?\s+(?:(?P<verb>(?:wrote|writes|reports|reported|says|say|said|tells|told|emailed|"
                         r"messaged)"
                         r"(?:\s+(?:us|me|them|the\s+club))?(?:\s+on\s+\w+)?)(?:\s+that|"
                         # ("Olha's brother in Rivne says a Russian drone hit a house in Dubno": no "that", the tale's
                         # own subject and its attack)
                         r"(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|shells?|bombs?|"
                         r"shelling|strikes?|artillery)\s+(?:hit|struck|shelled|attacked|killed|wounded|injured|"
                         r"damaged|destroyed|landed|fell)\b)|"
                         # ("Dmytro's folks, still in Kramatorsk, say Russia claimed Chasiv Yar")
                         # ("Olena's family near Sumy say the army retook Trostianets")
                         r"(?=\s+(?:Russia|Moscow|Ukraine|Kyiv|the\s+(?:army|Russians|Ukrainians))\s+(?:claimed|claims|"
                         r"said|says|retook|recaptured|liberated|freed|captured|took|seized)\b)))\b[^.;]*?"
                         r"\b(?:in|on|at|near|hit|struck|shelled|attacked|capture\s+of|of|claimed|claims|retook|recaptured|"
                         r"liberated|freed|captured|took|seized)\s+"
                         rf"(?!(?:{WEEKDAY_NAMES}|{_MONTH_NAMES})\b)(?-i:[A-Z])", re.I)


# "a centre for people displaced from Huliaipole and Orikhiv": where people came from, not where it struck
_DISPLACED_FROM = re.compile(r"\b(?:displaced|evacuated|evacuees|fled|fleeing|relocated|resettled|refugees|idps)\s+"
                             r"(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?(?:occupied\s+)?"
                             r"(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+|\s+or\s+))*$", re.I)


# "the team will play its home games in Chornomorsk", "its boxers will train in Fastiv for now": where something
# is to happen after the attack, not where it struck
_WILL_IN = re.compile(r"\bwill\s+(?:[\w'’-]+\s+){0,5}?(?:in|to|at)\s+$", re.I)


# "Odesa: a quiet night", "neighbouring Druzhkivka reported a quiet day", "residents of nearby Mezenivka heard the
# blasts": a place where nothing struck, named beside one where something did
_QUIET_AFTER = re.compile(r"(?:\s+(?:itself|city|town|village))?(?:\s*[-–—:,]\s*|\s+)(?:(?:was|were|is|remained|stayed|"
                          r"reported|reports|had|has|saw|spent)\s+){0,2}(?:(?:a|an|another)\s+)?(?:quiet|calm)\b|"
                          r"\s+(?:(?:residents|people)\s+)?heard\b|"
                          # "the village of Udy to the north was not hit", "nearby Udy was spared"
                          r"(?:\s+(?:to|in)\s+the\s+(?:north|south|east|west)\w*)?\s+(?:was|were)\s+(?:not\s+(?:hit|struck|"
                          r"shelled|attacked|damaged|touched)|spared|untouched)\b", re.I)


_ROAD_AFTER = re.compile(r"\s+(?:road|highway)\b")
# "when a bus from Kharkiv had just arrived": where a bus or train that arrived set out
_ARRIVED_FROM = re.compile(r"\b(?:bus|train|coach|minibus)\s+from\s+$")
_ARRIVED = re.compile(r"\s+(?:had\s+|has\s+)?(?:just\s+)?arrived\b")


# "services from Kyiv to Krasnopillia": a route's start (not "the road from Bilozerka to Kherson", where it struck)
_SERVICE_FROM = re.compile(r"\b(?:services?|buses|bus|trains?|coaches|coach|flights?|trips?|runs?|routes?)\s+from\s+$",
                           re.I)
_ROUTE_TO = re.compile(r"\s+to\s+(?-i:[A-Z])")


def _fled_from(sentence: str, mention: Mention) -> bool:
    """Is the place where the people a sentence tells of were displaced or evacuated from ("two evacuees from X")?"""
    return " from " in sentence and \
        _DISPLACED_FROM.search(sentence, max(0, mention.start - 120), mention.start) is not None


def _elsewhere(sentence: str, mention: Mention, taken: bool = True) -> bool:
    """The place is where an attack came from or where people were taken, or where all was quiet, not where it
    struck. ``taken`` False: the sentence (folded) has none of :data:`_TAKEN_VERBS`, so _TAKEN_TO cannot match."""
    if _QUIET_AFTER.match(sentence, mention.start + len(mention.text)):
        return True
    if " there" in sentence and _HIT_THERE.match(sentence, mention.start + len(mention.text)):
        return False  # "Serhii, now in Sloviansk, writes that a drone hit a bus there": where the attack was, too
    if " from " in sentence and _SERVICE_FROM.search(sentence, max(0, mention.start - 40), mention.start) \
            and _ROUTE_TO.match(sentence, mention.start + len(mention.text)):
        return True  # "services from Kyiv to Krasnopillia are suspended": where a route starts
    if (" road" in sentence or " highway" in sentence or " exit to " in sentence) and (
            (_ROAD_AFTER.match(sentence, mention.start + len(mention.text))
             and sentence.endswith("the ", 0, mention.start)) or sentence.endswith(" exit to ", 0, mention.start)):
        return True  # "the checkpoint on the Zaporizhzhia road", "on the exit to Crimea": a road named for its end
    if " arrived" in sentence and _ARRIVED.match(sentence, mention.start + len(mention.text)) \
            and _ARRIVED_FROM.search(sentence, max(0, mention.start - 20), mention.start):
        return True
    before = max(0, mention.start - 120)
    if _SHOOTER_AT.search(sentence, before, mention.start) is not None \
            and _FIRED_AT_PLACE.match(sentence, mention.start + len(mention.text)) is not None:
        return True
    if " in " in sentence and _SPEAKER_IN.search(sentence, before, mention.start) \
            and _SAID_AFTER.match(sentence, mention.start + len(mention.text)):
        return True  # "the Defence Ministry in Moscow said": where the speaker sits
    if has_any(sentence, _TELLING) and _TELLER_IN.search(sentence, before, mention.start) \
            and (told := _WROTE_THAT.match(sentence, mention.start + len(mention.text))) is not None \
            and _TOLD_OF_ITS_OWN_PLACE.search(sentence, told.end("verb"), _sentence_end(sentence, told.end())) is None:
        return True  # "Our partner club in Sloviansk wrote on Monday that shells hit Siversk": where the teller is
    return (" from " in sentence and (_ORIGIN.search(sentence, before, mention.start) is not None
                                      or _fled_from(sentence, mention)
                                      or _CALLING_FROM.search(sentence, before, mention.start) is not None)) or \
        (taken and _TAKEN_TO.search(sentence, before, mention.start) is not None) or \
        (("hospital" in sentence or "treated" in sentence or "recovering" in sentence or "operated" in sentence
          or " now " in sentence or "reception" in sentence or "centre in" in sentence or " care in " in sentence
          or " with " in sentence)
         and _IN_HOSPITAL.search(sentence, before, mention.start) is not None) or \
        (" died " in sentence and (_DIED_IN.search(sentence, before, mention.start) is not None or (
            _HOSPITAL_AFTER.match(sentence, mention.start + len(mention.text)) is not None
            and sentence.endswith(("in a ", "in the "), 0, mention.start)))) or \
        (" will " in sentence and _WILL_IN.search(sentence, before, mention.start) is not None) or \
        (("interview" in sentence or "statement" in sentence or "testimony" in sentence)
         and _INTERVIEWED_IN.search(sentence, before, mention.start) is not None)


# a wire dateline's place in capitals ("KHARKIV, Ukraine (AP) —", "SUMY (NPA) —") and "the city" it stands for
_WIRE_PLACE = re.compile(r"[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’-]{2,}(?: [A-ZА-ЯІЇЄҐ'’-]{2,})?(?:,\s+[A-Z][a-z]+)?\s*"
                         r"(?:\([^)]{1,30}\)\s*)?[-–—]\s")
_THE_CITYS = re.compile(r"\bthe (?:city|town)\b(?!\s+of\b)", re.I)  # "the city", "the city's outskirts"


_HEADLINE_COLON = re.compile(r"(?::|\s+[–—-])\s+(?-i:[A-Z])")  # "Moscow: Russian ...", "MOSCOW – Russian ..."


def _placed(text: str, named: list[Mention]) -> list[Mention]:
    """The mentions that can place an incident: those introduced by a cue word, regions, and places
    named as what was attacked or as its owner ("Lozova ... was attacked", "Shostka hit by drones"),
    which count as firmly introduced as by "in"."""
    out: list[Mention] = []
    if len(named) == 1 and named[0].start == 0 and named[0].level == "place" and not named[0].cue \
            and _WIRE_PLACE.match(text) is not None and _THE_CITYS.search(text) is not None:
        # "KHARKIV, Ukraine (AP) — A drone attack on the city wounded 12": the city of a wire's dateline, when the
        # sentence names no other place
        return [replace(named[0], cue=2)]
    teller = next((m for m in named if m.level == "place" and not m.cue and text.endswith(("the ", "The "), 0, m.start)
                   and (person := _WORD_AFTER.match(text, m.start + len(m.text))) is not None
                   and person.group(1).lower() in _TELLERS), None) if named else None
    if teller is not None and all(m.text == teller.text for m in named) \
            and _STRUCK.search(text, teller.start) is not None:
        # "the Kherson owner rang, shells hit the street by her door": the place of the one who tells, when the
        # sentence names no other ("Bilopillia v Ahrotekh: the Bilopillia coach says mortar fire hit the town's edge")
        return [replace(teller, cue=2)]
    # ("Moscow: Russian forces have taken the town of Zolotoye", "MOSCOW – Russian units have taken Mala Tokmachka": a
    # place that heads the item, where the sentence after it names its own place by a locative, is the desk's dateline)
    # (of its first clause: "KRIVOY ROG: Shahed hits a block, 3 injured; drones also hit Zelenodolsk" tells the head's)
    first_clause = text.find(";") % (len(text) + 1)
    # (or a city's district: "KYIV: Russian shelling wounded two volunteers in Kherson's Korabel district")
    cued = any(m.cue and m.start and (m.level == "place" or (m.level == "district" and _CITYS.search(m.text)))
               and m.start < first_clause for m in named)
    first = len(text) - len(text.lstrip())
    for i, m in enumerate(named):
        if cued and m.start == 0 and m.cue < 2 and m.level == "place" and (m.text.istitle() or m.text.isupper()) \
                and (_HEADLINE_COLON.match(text, len(m.text)) is not None or _DATELINE.match(text) is not None):
            continue  # ("DNIPRO, 19 August - Russian drones hit a grain elevator in Pavlohrad": a wire's dateline)
        if not m.cue and m.start == first and m.level == "place" and _ON_DAY_HEAD.match(text, m.start + len(m.text)):
            m = replace(m, cue=2)  # "Velyka Pysarivka on the fourth of February: a guided bomb ...": a row's own head
        if m.cue or m.level != "place" or _attributive(text, m):
            if m.level != "place" and i and _qualifies(text, named[i - 1], m):
                # "Akhtyrka (Sumy oblast) - bombs hit ...": the oblast stands for its place, and in "Bilopillia
                # (Belopolye), Sumy raion" for the place written before its other spelling
                m = named[i - 2] if i > 1 and _qualifies(text, named[i - 2], m) else named[i - 1]
                if out and out[-1].start == m.start:
                    continue
            out.append(m if m.cue or m.level != "place" else replace(m, cue=2))
    owners = {m.start for m in named if m.level == "place" and _OWNER_OF.match(text, m.start + len(m.text))
              and text[max(0, m.start - 4):m.start].lower() == "the "}
    if owners and len(out) > 1:
        # "Shells struck the Kupiansk bus at a stop in Shevchenkove", "hit the Kryvyi Rih power plant, which stands in
        # Zelenodolsk": the town in the target's name gives way to where the same clause says it stood
        located = [m.start for m in named if m.cue == 2 and m.level == "place" and not m.near and m.start not in owners]
        out = [m for m in out if m.start not in owners or not any(
            m.start < at <= m.start + 80 and " and " not in text[m.start:at] and _PART_CUT.search(text, m.start, at)
            is None for at in located)]
    return out


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_TELLERS = PEOPLE | {"side", "team", "club", "squad", "choir", "crew"}  # ("the Velyka Pysarivka side did not come")
# "Kherson on the fifth of December: shelling of ...", "Izium on 3 May: ...": a row headed by its place and day
_ON_DAY_HEAD = re.compile(r"\s+on\s+(?:the\s+)?[\w-]+(?:\s+(?:of\s+)?[\w-]+){0,2}\s*:\s")


# "the Kupiansk bus", "the Zmiiv power plant": a target named after a town
_OWNER_OF = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:bus|coach|train|minibus|tram|trolleybus|power\s+plant|"
                       r"heat\s+plant|plant|factory|works|depot|mine)\b")


def _qualifies(text: str, place: Mention, container: Mention) -> bool:
    """Is ``container`` the oblast or raion written right after ``place`` ("X (Y oblast)", "X, Y raion")?"""
    return place.level == "place" and _QUALIFYING_GAP.fullmatch(text, place.start + len(place.text), container.start) \
        is not None


# what stands between a place and the area written after it: "X (Y oblast)", "X, Y raion", "X (Belopolye), Y raion"
# ("Polohy, the occupied district town in Zaporizhzhia region": an apposition naming its area)
_QUALIFYING_GAP = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?[(,]\s*|[^()]{0,30}\)\s*,\s*|"
                             r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|hamlet)\s+"
                             r"(?:in|of)\s+(?:the\s+)?|"
                             # ("Novhorod-Siverskyi, across the border in Chernihiv oblast": where the place lies)
                             r"\s*,\s*(?:just\s+)?(?:across|over|on|near|along)\s+the\s+(?:border|line|river|front)\s+"
                             r"in\s+(?:the\s+)?")


# "Lviv's mayor says ... in the city": an official of the place, and the city the sentence tells of
_OFFICIAL_OF = re.compile(r"(?:['’]s)?\s+(?:(?:city|town|military|acting|regional)\s+)?(?:mayor|governor|head|"
                          # ("the Kharkiv sub-office reports that a missile hit an energy facility in the city")
                          r"authorities|officials|administration|police|(?:sub-?)?office|team|branch)\b", re.I)
_THE_CITY = re.compile(r"\b(?:in|on|across|over|of|at|to|near|outside)\s+the\s+(?:city|town)\b(?!\s+of\b)|"
                       r"\bthe\s+(?:city|town)\s+(?:was|has been|had been|came|is)\b", re.I)


def _attributive(sentence: str, mention: Mention) -> bool:
    """A place named as the owner of what was attacked ("the Chernihiv drama theatre was hit",
    "Odesa's port was struck") or as what was attacked ("Malynivka was also shelled"): a mention
    without a locative that still places the event."""
    end = mention.start + len(mention.text)
    qualified = _QUALIFIED.match(sentence, end)  # "Lozova in Kharkiv oblast was attacked"
    attacked = _ATTACKED.match(sentence, qualified.end() if qualified else end) is not None
    # nothing but a time or a live blog's label before it ("13:40 - ", "Updated: "), or it opens an entry after a
    # semicolon ("...; Mala Tokmachka - rockets, 1 injured")
    lead = sentence[:mention.start]
    # (or it opens a quote after a colon: "..., in our translation: 'Zaporozhye, a missile hit ...'", not a claim
    # quoted to be checked)
    # (or after a dash, when a colon sets it off: "Kolos update on our southern stores — Mykolaiv: the store ...")
    tail = lead.rstrip()
    dashed = tail.endswith(("—", "–"))
    first = not _LABEL.sub("", lead).strip(" -–—:0123456789*•.()") or tail.endswith((";", ":")) or dashed \
        or (tail.endswith(("'", '"', "“", "‘")) and tail.rstrip("'\"“‘ ").endswith(":") and "claim" not in lead) \
        or _TIME_LEAD.fullmatch(lead) is not None or _REGION_LEAD.fullmatch(lead) is not None \
        or _RECORD_LEAD.fullmatch(lead) is not None or _ADJECTIVE_LEAD.fullmatch(lead) is not None \
        or _DAY_MONTH_LEAD.fullmatch(lead) is not None
    heading = _HEADLINE_PLACE.match(sentence, end) if first else None
    headline = heading is not None and (not dashed or heading.group().rstrip().endswith(":"))
    # "Lviv's mayor says missiles hit energy facilities in the city": the city whose official tells of it
    # (a region's officials speak of a town elsewhere: "Kharkiv regional officials say two were killed in the town")
    official = (of := _OFFICIAL_OF.match(sentence, end)) is not None \
        and (the := _THE_CITY.search(sentence, end)) is not None \
        and not (has_any(of.group().lower(), ("regional", "governor")) and "town" in the.group().lower())
    # "(1) Selydove, a shop hit, 2 killed": a numbered entry's place; "Moscow claims Andriivka": the place claimed;
    # "Kyiv's toll from the overnight drone attack stands at two dead": the place whose toll it is
    # (not the place of a speaker the entry quotes: "(1) Bryansk governor: a drone hit a bus in Klimovo")
    numbered = (_NUMBERED_LEAD.fullmatch(lead) is not None and _OFFICIAL_OF.match(sentence, end) is None) \
        or _CLAIMED_BEFORE.search(lead) is not None \
        or _TOLL_OF.match(sentence, end) is not None or _ROSE_TO.match(sentence, end) is not None
    # "...: Nikopol (1 killed, 2 injured)", "Marhanets (artillery; no casualties)": an entry of a list of places with
    # bracketed tolls
    listed = first and (toll := _TOLL_BRACKETS.match(sentence, end)) is not None \
        and (_TOLL_WORD.search(toll.group()) is not None or ";" in toll.group())
    owned = _OWNED_HIT.match(sentence, end - 2 if mention.text.endswith(("'s", "’s")) else end) is not None
    # "Bashtanka moves up to HIGH after a shell hit a grain store there on Monday": the place the attack told after it
    # hit "there"
    there = first and " there" in sentence and _HIT_THERE.match(sentence, end) is not None
    # "fuel for the Kupiansk trip; Saturday's shelling killed two women at a bus stop there": the place the next
    # clause's attack happened "there"
    there = there or (";" in sentence and " there" in sentence and _THERE_NEXT.match(sentence, end) is not None)
    # "Picture two, the blue gate, is Druzhkivka after Saturday's drone attack": the place a picture shows after its
    # attack
    after = " after " in sentence and _AFTER_ITS_ATTACK.match(sentence, end) is not None
    # "We pray for Vyshhorod, where drone debris hit houses": the place a relative clause tells was hit
    where = " where " in sentence and _WHERE_HIT.match(sentence, end) is not None
    return _OWNER.match(sentence, end) is not None or owned or attacked or headline or qualified is not None \
        or official or numbered or listed or there or after or where


_WHERE_HIT = re.compile(r"(?:\s*,\s+[^,.;:()]{1,45})?\s*,\s+where\s+[^.;:]{0,60}?\b(?:hit|struck|shelled|attacked|"
                        r"bombed|killed|wounded|injured|hurt|landed|fell|exploded|fought|clashed)\b", re.I)


_AFTER_ITS_ATTACK = re.compile(rf"\s+after\s+(?:(?:{WEEKDAY_NAMES})['’]s|the|a|an|last\s+night['’]s|yesterday['’]s)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:attack|strike|shelling|bombing|bomb|raid|barrage)\b")
_THERE_NEXT = re.compile(r"[^.;:]{0,40};\s+(?:[^.;:]{0,80}?\b(?:killed|wounded|injured|hurt|hit|struck|shelled|"
                         r"attacked|bombed)\b[^.;:]{0,50}?\bthere\b(?!\s+(?:was|were|is|are|has|have|had)\b)|"
                         # ("...; Wednesday's drone attack on a minibus there killed the driver")
                         r"[^.;:]{0,60}?\b(?:attack|strike|shelling|shells?|drones?|missiles?)\b[^.;:]{0,40}?\bthere\s+"
                         r"(?:killed|wounded|injured|hurt)\b)", re.I)
# ("Serhii, now in Sloviansk, writes that a drone hit a bus there on Oct 8": what a teller there tells of it)
_HIT_THERE = re.compile(r"[^.;:]{0,60}?\b(?:after|when|as|that)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:hit|struck|shelled|attacked|bombed|landed|fell|exploded)\b[^.;:]{0,50}?\bthere\b", re.I)


_TOLL_BRACKETS = re.compile(_BRACKETED)


_NUMBERED_LEAD = re.compile(r"\s*\(\d{1,2}\)\s+")
_CLAIMED_BEFORE = re.compile(r"\b(?:claim(?:s|ed)|(?:capture|seizure|fall|liberation) of)\s+$")
_NATIONWIDE = re.compile(r"\W*(?:nationwide|across (?:the )?(?:country|ukraine|russia)|countrywide)\b", re.I)
_CITYS = re.compile(r"['’]s\s")  # "Kharkiv's Kyivskyi district"
_TOLL_OF = re.compile(r"(?:['’]s)?\s+(?:death\s+)?toll\b")


# "Sloviansk - missile strike ...", "Kropyvnytskyi: drone attack ...", "13:40 - Dobropillia: ...": a
# live blog's or headline's place, first in the item and set off by a colon or dash
# it may carry its oblast or raion, a date and a time ("Marhanets, Nikopol raion - ...", "Kupiansk, 24 October
# 2023, 14:10: ...", "Lozova, raion centre: ...")
_HEADLINE_PLACE = re.compile(r"(?:\s*,\s*(?:[^:;.()]{1,40}?\b(?:oblast|region|raion|district|hromada)\b(?:\s+centre)?|"
                             r"\d{1,2}\s+[A-Za-z]{3,9}(?:\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[:.]\d{2})|"
                             # "Nikopol, Dnipropetrovsk oblast (not the village of Nikopol in Kharkiv oblast): ..."
                             r"\s*\(not\b[^()]{0,80}\)|"
                             # "Akhtyrka (Sumy oblast) - aircraft dropped bombs ..."
                             r"\s*\([^()]{0,40}\b(?:oblast|region|raion|district|hromada)\b[^()]{0,20}\)|"
                             # "Pokrov (formerly Ordzhonikidze), Nikopol raion: ..."
                             r"\s*\((?:formerly|former|also|until\s+\d{4})\b[^()]{0,60}\)|"
                             # "Nikolaev (Mykolaiv), 18.08.2023: ...": its other spelling
                             r"\s*\((?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?\)(?=\s*[,:]))*\s*(?::|;|\s[-–—])\s|"
                             # "Kyiv, central crossroads hit, 6 dead; Dnipro, ...", "Kharkov, Thursday, shelling ...": a
                             # note's entry, its place set off by a comma
                             # ("Zaporizhzhia, S-300 missiles on apartment blocks": a weapon opening the entry)
                             # ("Orikhiv (hromada centre), two KABs on the centre, 1 killed": with its area aside)
                             r"(?:\s*\([^()]{0,40}\b(?:oblast|region|raion|district|hromada)\b[^()]{0,20}\))?"
                             # ("Site B: Ochakiv harbour, candles for a fisherman killed on Thursday by shelling")
                             r"(?:\s+(?:harbour|harbor|port|docks|centre|center|market|outskirts|waterfront|seafront|"
                             r"embankment|station))?"
                             rf"\s*,\s(?=(?-i:[a-z]|(?:{WEEKDAY_NAMES})\b|[A-Z]{{1,3}}-?\d{{2,3}}\b|"
                             r"(?:KABs?|MLRS|Shaheds?|Iskanders?|Grads?|Gerans?)\b|"
                             # "Nikopol, 2 killed, 4 injured; Marhanets, 1 injured": an entry that opens on its toll
                             r"(?:\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+(?:people\s+)?"
                             r"(?:killed|dead|injured|wounded|hurt)\b))", re.I)
# a record's date with its year: "24/12/2022", "24.12.2022", "2022-12-24", "24 December 2022"
_WRITTEN_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}"
# "Violation log, 20 July 2015, Avdeyevka: ...", "ATO digest, week of 30 January 2017, X: ...": a record's name and
# date before its place
# a record's label and its place: "Drone review, Beryslav.", "Gathering strike, Kupiansk.", "Border strip,
# Krasnopillia, Sumy district."
_LABEL_HEADING = re.compile(r"\s*[A-Z][a-z'’-]*(?:\s+[a-z][\w'’-]*){0,3},\s+"
                            # ("Height fighting, east of Kharkiv.")
                            r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+|near\s+)?"
                            r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
                            r"(?:,\s+[\w'’ -]{2,60})?\.?\s*$")
_RECORD_LEAD = re.compile(r"\s*(?:[A-Z][\w'’./#-]*(?:\s+[\w'’./#-]+){0,5}\s*,\s*)?"
                          rf"(?:(?:the\s+)?(?:week|month)\s+of\s+)?(?:{_WRITTEN_DATE}|\d{{1,2}}\s+[A-Za-z]{{3,9}}|"
                          r"[A-Za-z]{3,9}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}-[A-Za-z]{3}-\d{4})\s*,\s*")
# "[translated from Ukrainian, partner coder] 24.05 Sumy: a rocket hit ...": an entry's day and month, then its place
_DAY_MONTH_LEAD = re.compile(r"\s*(?:\[[^\]]{1,60}\]\s*)?\d{1,2}[./]\d{1,2}\.?\s+")
# "[translated from Ukrainian] Occupied Henichesk, on Thursday night ...": an item's place, with what it now is
_ADJECTIVE_LEAD = re.compile(r"\s*(?:\[[^\]]{1,40}\]\s*)?(?:(?:Russian-|Temporarily\s+)?[Oo]ccupied|[Ll]iberated|"
                            r"[Dd]e-occupied|[Ff]rontline|[Ee]mbattled|[Bb]esieged)\s+")
# "Kharkiv region, Chuhuiv: at 05:40 ...": the oblast before the place
_REGION_LEAD = re.compile(r"\s*[A-Z][\w'’-]+\s+(?:region|oblast)\s*,\s*", re.I)
# "Same afternoon, Kupiansk-Vuzlovyi: ...": a record's next entry, led by when it happened
_TIME_LEAD = re.compile(r"\s*(?:(?:the\s+)?same\s+(?:day|morning|afternoon|evening|night)|"
                        r"later(?:\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night))?|"
                        r"earlier(?:\s+that\s+(?:day|morning))?|overnight|that\s+(?:morning|afternoon|evening|night)|"
                        r"in\s+the\s+(?:morning|afternoon|evening))\s*,\s*", re.I)
_LABEL = re.compile(r"^\s*(?:updated?|breaking(?: news)?|developing|latest|urgent|flash|live)\b(?:\s*\d+)?\s*[:\-–—]",
                    re.I)
_QUALIFIED = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?(?:(?:western|eastern|southern|northern|central)\s+)?"
                        r"(?:Ukraine['’]s\s+|Russia['’]s\s+)?[A-Z][\w'’-]+\s+(?:oblast|region|district|raion|Oblast|Region)")


def _confidence(candidates: list, mention: Mention) -> float:
    if not candidates:
        return 0.0
    if len(candidates) == 1:
        margin = 3.0
    else:
        margin = candidates[0].score - candidates[1].score
    conf = 0.5 + min(margin, 3.0) / 7.0 + 0.025 * mention.cue
    return round(min(conf, 0.99), 2)


def casualty_fields(casualties: dict) -> dict:
    """Incident keys for the casualty ranges: best estimate plus low and high (None = unknown)."""
    out = {}
    for kind, key in (("killed", "fatalities"), ("injured", "injured")):
        low, best, high = casualties.get(kind, (None, None, None))
        out.update({key: best, f"{key}_low": low, f"{key}_high": high})
    out["civilians_killed"] = casualties.get("civilians_killed", (None, None, None))[1]
    return out


# "X, Y and Z"; each may carry its oblast: "X in the Y region and Z in the W region", "X (Y oblast) and Z"
_COORDINATION = re.compile(r"(?:\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:region|oblast|district|raion)|"
                           r"\s*\((?:[\w'’-]+\s+){1,2}?(?:region|oblast|district|raion)\))?"
                           r"(?:\s+itself)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+(?:nearby\s+|neighbouring\s+)?|or\s+|&\s*)"
                           # "attacked near Pokrovsk, near Myrnohrad, and near Rodynske": the cue said again
                           r"(?:(?:near|in|at|around|outside)\s+)?"
                           # "shelled Mykolaiv and the town of Bashtanka"
                           r"(?:the\s+(?:nearby\s+|neighbouring\s+)?(?:town|city|village|settlement)\s+of\s+)?$", re.I)
_REPEATED_CUE = re.compile(r",\s*(?:and\s+)?(near|in|at|around|outside)\s+$", re.I)


# "killed 3 residents: 2 in Selydove and 1 in Hirnyk", "5 injured: 1 in X, 2 in Y and 2 in Z": a toll broken
# down by place, each place its own incident
# "9 people were wounded, 6 of them in Pokrovsk": the part of a toll a place is given
_PLACE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_N_IN_PLACE = rf"[\w-]+\s+(?:in|near)\s+{_PLACE_NAME}"
_BY_PLACE = re.compile(rf"\b(?P<verb>killed|died|dead|injured|wounded|hurt)\b(?:[^:.;]{{0,40}}:\s*"
                       rf"(?P<list>(?:{_N_IN_PLACE}(?:\s*,\s*|\s+and\s+)?){{2,}})|"
                       rf"[^:.;,]{{0,40}}?,\s*(?P<part>[\w-]+\s+of\s+(?:them|whom)\s+(?:in|near)\s+{_PLACE_NAME}"
                       rf"(?:(?:\s*,\s*|\s+and\s+){_N_IN_PLACE})*))")
_EACH_PLACE = re.compile(rf"(?P<n>[\w-]+)\s+(?:of\s+(?:them|whom)\s+)?(?:in|near)\s+(?P<place>{_PLACE_NAME})")


# ", two in Siversk and one in Sviatohirsk": more places of a breakdown, each with its count
_MORE_IN_PLACES = rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_N_IN_PLACE})+"
# "Two people were killed in Bakhmut, two in Siversk and one in Sviatohirsk": the verb told once, for each place
# ("Five people died in Kyiv and three in Dnipro")
_FIRST_IN_PLACE = re.compile(rf"\b(?P<first>[\w-]+\s+(?:[\w-]+\s+){{0,2}}?(?:(?:were|was)\s+)?"
                             rf"(?P<verb>(?:(?<=were )|(?<=was ))(?:killed|injured|wounded|hurt)|died)\s+(?:in|near)\s+"
                             rf"{_PLACE_NAME})(?P<rest>{_MORE_IN_PLACES})")


# "wounded four people, three in Borova and one in Shevchenkove": a total, then its breakdown by place
_TOTAL_THEN_PLACES = re.compile(rf"\b(?P<verb>killed|killing|wounded|wounding|injured|injuring)\s+(?:[\w-]+\s+){{1,3}}?"
                                rf"(?:people|civilians|residents|persons)\s*,\s*"
                                rf"(?P<list>{_N_IN_PLACE}{_MORE_IN_PLACES})")


# "killed a man in Kherson and two women in Nikopol", "killing a man in Kupiansk and another in the nearby village of
# Kivsharivka": people counted by nouns, each group at its own place
_PEOPLE_AT = r"(?:another|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+" \
    r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*)"
_AT_PLACE = rf"\s+(?:in|near)\s+(?:the\s+(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:village|town|city)\s+of\s+)?" \
    rf"{_PLACE_NAME}"
_PEOPLE_IN_PLACES = re.compile(rf"\b(?P<verb>killed|killing|wounded|wounding|injured|injuring)\s+"
                               rf"(?P<list>{_PEOPLE_AT}{_AT_PLACE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                               rf"{_PEOPLE_AT}{_AT_PLACE})+)")
_EACH_GROUP = re.compile(rf"(?P<who>{_PEOPLE_AT}){_AT_PLACE.replace(_PLACE_NAME, f'(?P<place>{_PLACE_NAME})')}")


def _people_by_place(sentence: str) -> tuple[list[tuple[str, str, tuple[int | None, int, int | None]]], int]:
    """:func:`_by_place` for people counted by nouns ("a man in X and two women in Y")."""
    m = _PEOPLE_IN_PLACES.search(sentence)
    kind = word_kind(m.group("verb")) if m else None
    if m is None or kind is None:
        return [], 0
    out = []
    for each in _EACH_GROUP.finditer(m.group("list")):
        who = each.group("who")
        count = (1, 1, 1) if who == "another" else find_casualty_ranges(f"{m.group('verb')} {who}").get(kind)
        low, best, high = count if count is not None else (None, None, None)
        if best is None:
            return [], 0
        out.append((each.group("place"), kind, (low, best, high)))
    return out, m.end()


# "killed six people on Friday, officials said: two in Kherson, hit by a drone, three in Kostiantynivka, where a bomb
# struck a shop, and a farmer in Chervonohryhorivka", "killed 27 people, among them 12 in Kyiv, where ..., and five in
# Odesa": a breakdown by place whose items carry asides of their own, or a part given by "among them"
_ASIDED_LEAD = re.compile(r"\b(?P<verb>killed|killing|died|dead|injured|injuring|wounded|wounding)\b[^.;:]{0,80}?"
                          r"(?::|,\s+(?P<part>among them|including))\s+")
_ITEM = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
         r"(?:\s+(?!(?:in|near|of)\b)[a-z][\w-]*){0,2}?\s+(?:of\s+(?:them|whom)\s+)?(?:in|near)\s+"
         r"(?:the\s+(?:nearby\s+)?(?:village|town|city)\s+of\s+)?" + _PLACE_NAME)
_ASIDED_ITEM = re.compile(_ITEM.replace(_PLACE_NAME, f"(?P<place>{_PLACE_NAME})", 1))
_ITEM_GAP = re.compile(rf"(?:\s*,\s+(?:where|whose|which|when|hit|struck|after|near|in|on)\b[^;.:]{{0,80}}?)?"
                       rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?={_ITEM})")


def _asided_by_place(sentence: str) -> tuple[list[tuple[str, str, tuple[int | None, int, int | None]]], int]:
    """:func:`_by_place` for a breakdown whose items carry asides, or a part of a toll given "among them"."""
    lead = _ASIDED_LEAD.search(sentence)
    kind = word_kind(lead.group("verb")) if lead else None
    if lead is None or kind is None:
        return [], 0
    out, at = [], lead.end()
    while (item := _ASIDED_ITEM.match(sentence, at)) is not None:
        who = sentence[item.start():item.start("place")]
        count = find_casualty_ranges(f"{lead.group('verb')} {who}").get(kind) if not who[0].isdigit() else None
        if count is None:
            read = read_range(who.split(), 0)
            count = read[:3] if read is not None else None
        if count is None or count[1] is None:
            return [], 0
        out.append((item.group("place"), kind, (count[0], count[1], count[2])))
        at = item.end()
        if (gap := _ITEM_GAP.match(sentence, at)) is None:
            break
        at = gap.end()
    if len(out) < (1 if lead.group("part") else 2):
        return [], 0
    return out, at


def _by_place(sentence: str) -> tuple[list[tuple[str, str, tuple[int | None, int, int | None]]], int]:
    """(place, kind, count) for each "N in X" (or "N of them in X") of a toll broken down by place, else [];
    and where in the sentence the breakdown ends."""
    m = _BY_PLACE.search(sentence) or _FIRST_IN_PLACE.search(sentence) or _TOTAL_THEN_PLACES.search(sentence)
    if m is None:
        if " in " not in sentence:
            return [], 0
        people = _people_by_place(sentence)
        if people[0] or not (":" in sentence or "among them" in sentence or "including" in sentence):
            return people
        return _asided_by_place(sentence)
    kind = word_kind(m.group("verb"))
    if kind is None:
        return [], 0
    out = []
    groups = m.groupdict()
    if groups.get("list") or groups.get("part"):
        told = groups.get("list") or groups["part"]
    else:  # "Two were killed in A, two in B": the first count with its verb taken out
        told = re.sub(r"\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was)\s+\w+|died)\s+(?=in|near)", " ", m.group("first"),
                      count=1) + m.group("rest")
    for each in _EACH_PLACE.finditer(told):
        count = read_range([each.group("n")], 0)
        if count is None:
            return [], 0
        out.append((each.group("place"), kind, count[:3]))
    return out, m.end()


# what a sentence goes on to tell after a toll broken down by place: ", while all four injured were in Sloviansk"
_NEXT_CLAUSE = re.compile(r"\s*(?:;|,\s+while|,\s+whereas|,\s+and)\s+")


# "the city", "the town" standing for a place named before ("in the city of X" names its own)
# "... on a minibus there": the place told before (not "there was", "there were")
_THERE = re.compile(r"\bthere\b(?!\s+(?:was|were|is|are|has|have|had|will|would|may|might|could|seems?|appears?|"
                    r"remains?|being|been)\b)", re.I)
_CITY_ANAPHOR = re.compile(r"\bthe (?:same )?(?:city|town|village)\b(?!\s+of\b)(?!['’])|"
                           # "on the town's south-eastern edge": a part of the place told before
                           r"\bthe (?:city|town|village)['’]s\s+(?:[\w-]+\s+)?(?:edge|outskirts|centre|center|side|end|"
                           r"part|streets?|square|market)\b", re.I)
_ANAPHOR = re.compile(r"\b(?:in|at|near) the (?:same )?(city|town|capital|village)\b(?!\s+of\b)(?!\s+(?-i:[A-Z]))",
                      re.I)


# "A second worker from the farm was found dead": the attack told at that site, named again with "the"
_FROM_THE_SITE = re.compile(r"\b(?:from|at|of|in)\s+the\s+([a-z]{3,})\b(?=\s+(?:was|were|has|had|is|are|died)\b)")


# "the post adds that one of the four wounded, the driver, died yesterday": the attack told with four wounded
# ("one of the two neighbours hurt on Thursday died in hospital")
_OF_THE_N_WOUNDED = re.compile(rf"\b(?:one|two|three)\s+of\s+the\s+(?P<n>{FEW})\s+(?:[a-z]+\s+)?"
                               r"(?:injured|wounded|hurt)\b"
                               r"(?=[^.;]*\b(?:died|succumbed)\b)", re.I)


def _wounded_referent(incidents: list[dict], clause: str) -> dict | None:
    """The one incident told with as many wounded as :data:`_OF_THE_N_WOUNDED` says, of whom some died since."""
    m = _OF_THE_N_WOUNDED.search(clause) if " of the " in clause else None
    if m is None:
        return None
    told = [i for i in incidents if i.get("injured") == word_number(m.group("n"))]
    return told[0] if len(told) == 1 else None


def _died_referent(incidents: list[dict], clause: str) -> dict | None:
    """The one earlier incident whose place names the person a clause tells dead since ("the Myrnohrad neighbour, hurt
    on Monday, died in hospital"), when only one does."""
    if "died" not in clause or not casualty_update(clause).get("injured", "").startswith("died "):
        return None
    told = [inc for inc in incidents if inc.get("mention") and re.search(rf"\b{re.escape(inc['mention'])}\b", clause)]
    return told[-1] if len({inc["mention"] for inc in told}) == 1 else None


def _site_referent(incidents: list[dict], clause: str) -> dict | None:
    """The one earlier incident whose own sentence names the site the clause names again with "the" ("a farm near
    Ovruch ... A second worker from the farm was found dead"), when only one does."""
    site = _FROM_THE_SITE.search(clause)
    if site is None or len(incidents) < 2:
        return None
    word = re.compile(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+)?{site.group(1)}\b", re.I)
    told = [inc for inc in incidents if word.search(inc.get("source_quote") or "")]
    return told[0] if len(told) == 1 else None


# "the village's post office", "in the town": the place told before
_PLACE_NOUN = re.compile(r"\bthe (city|town|capital|village)['’]s\b|"
                         r"\b(?:in|at|on|near) the (?:same )?(city|town|capital|village)\b(?!\s+of\b)", re.I)


def _referent(incidents: list[dict], noun: str) -> dict | None:
    """The latest incident at a place the noun fits: a city (a regional or national capital, or
    50,000 people), the capital, a town (5,000 people or a district seat), a village (under 10,000).
    ("The capital" is the country's when the text told of it, else a region's: "killed two in Kiev and one in Lutsk,
    and 17 were injured in the capital")"""
    if noun == "capital":
        national = next((inc for inc in reversed(incidents)
                         if inc.get("places") and inc["places"][0].feature_code == "PPLC"), None)
        if national is not None:
            return national
    for inc in reversed(incidents):
        places = inc.get("places") or []
        if not places or places[0].feature_class != "P":
            continue
        code, pop = places[0].feature_code, places[0].population
        if (noun == "capital" and code in ("PPLC", "PPLA")) or \
                (noun == "city" and (code in ("PPLC", "PPLA", "PPLA2") or pop >= 50_000)) or \
                (noun == "town" and (code in ("PPLA2", "PPLA3") or pop >= 5_000)) or \
                (noun == "village" and pop < 10_000):
            return inc
    return None


def _coordinated(clause: str, mentions: list[Mention], used: str) -> list[Mention]:
    """The places listed together with the one an incident was placed at ("X, Y and Z", "X and Y"):
    a chain of place mentions joined only by commas and "and"/"or", with at least one "and"/"or"
    ("Kupiansk, Kharkiv" names one place and its oblast), and not "between X and Y"."""
    places = sorted((m for m in mentions if m.level == "place"), key=lambda m: m.start)
    at = next((i for i, m in enumerate(places) if m.text == used), None)
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and _COORDINATION.fullmatch(clause[places[lo - 1].start + len(places[lo - 1].text):places[lo].start]):
        lo -= 1
    while hi + 1 < len(places) and _COORDINATION.fullmatch(
            clause[places[hi].start + len(places[hi].text):places[hi + 1].start]):
        hi += 1
    chain = places[lo:hi + 1]
    joins = [clause[a.start + len(a.text):b.start] for a, b in pairwise(chain)]
    cue = re.search(r"\b(near|in|at|around|outside)\s+$", clause[:chain[0].start], re.I) if chain else None
    # a join that says the cue again names another place only when the first place has the same cue
    # ("near X, near Y"; not "in Kupiansk, near Kharkiv")
    repeated = [_REPEATED_CUE.search(j) for j in joins]
    if any(r and not (cue and r.group(1).lower() == cue.group(1).lower()) for r in repeated):
        return []
    listed = any(re.search(r"\b(and|or)\b|&", j, re.I) or r for j, r in zip(joins, repeated, strict=True))
    if len(chain) < 2 or not listed or \
            re.search(r"\bbetween\s+(?:the\s+)?(?:\w+\s+){0,2}$", clause[:chain[0].start], re.I):
        return []
    return [m for m in chain if m.text != used]


# the oblast, raion or hromada written after a place: "Novoselivka, Kupiansk raion, Kharkiv oblast"
_QUALIFIERS_AFTER = re.compile(r"(?:\s*,\s*(?:[A-Z][\w'’-]+\s+){1,2}(?:raion|district|oblast|region|hromada)\b|"
                               r"\s*\((?:[A-Z][\w'’-]+\s+){1,2}(?:raion|district|oblast|region)\))+", re.I)


def _qualified_end(text: str, mention: Mention) -> int:
    """Where a mention ends together with the qualifiers written after it ("X, Y raion, Z oblast")."""
    end = mention.start + len(mention.text)
    qualified = _QUALIFIERS_AFTER.match(text, end)
    return qualified.end() if qualified else end


def _lead_place(lead: list[str], mentions_in: Callable[[str], list[Mention]]) -> list[Mention]:
    """The place the latest lead sentence that firmly names one names, when it names only one, read
    with the qualifiers written after it (the geoparser resolved only the sentences that report violence)."""
    for sentence in reversed(lead):
        places = [m for m in mentions_in(sentence) if m.cue == 2 and m.level == "place"]
        # ("a vineyard on the edge of Kozatske, near Beryslav": the place, and the one it lies near)
        places = [m for k, m in enumerate(places) if not k or not _NEAR_THE_ONE_BEFORE.fullmatch(
            sentence, places[k - 1].start + len(places[k - 1].text), m.start)]
        if len(places) == 1:
            m = places[0]
            return [replace(m, text=sentence[m.start:_qualified_end(sentence, m)])]
        if places:
            return []
    for sentence in lead:
        # "ACT No. 31 of the commission of Horodnia city council, ...": the city whose council wrote the record
        body = _CITY_BODY.search(sentence)
        if body is not None and (named := mentions_in(body.group(1))):
            return [replace(named[0], start=body.start(1), cue=2)]
    # "Pavlohrad team 07:55, all fine. Loud night: drones hit a warehouse ...": a lead that names one place only
    return _one_place(lead, mentions_in)


def _one_place(lead: list[str], mentions_in: Callable[[str], list[Mention]], weak: bool = True) -> list[Mention]:
    """The place the sentences of ``lead`` name, as firmly told, when they name one and no other (also by a weak cue,
    "of" or "from", unless ``weak`` is False); else []."""
    only = {m.text: m for sentence in lead for m in mentions_in(sentence)
            if m.level == "place" and (weak or m.cue != 1)}
    return [replace(m, cue=2) for m in only.values()] if len(only) == 1 else []


# a correction's label before what it corrects: "Correction, Thursday: ...", "Correction:"
_CORRECTION_LABEL = re.compile(r"\s*(?:correction|amendment|erratum)\b[^:]{0,30}:", re.I)
_ENTRY_REFERRED = re.compile(r"\s*(?:correction|addition|update|amendment|addendum)\s+(?:to|for|on)\s+(?:the\s+)?"
                             r"((?:[A-Za-z.]+\s+)?(?:No\.?\s*)?\d[\w/-]*)\s*:", re.I)


def _corrected_entry(sentence: str, incidents: list[dict], last: dict | None, published: dt.date) -> dict | None:
    """The incident a correction told after it refers to, else None: the entry it names by number ("Correction to No
    2014: three wounded, not two.", whatever entry was told last), or the attack of the day it names ("Correction,
    Thursday: two women were wounded on Sunday, not one.", when that is not the attack told last)."""
    if (entry := _ENTRY_REFERRED.match(sentence)) is not None:
        referred = [i for i in incidents if re.search(rf"(?<!\w){re.escape(entry.group(1))}(?!\w)",
                                                      i["source_quote"], re.I)]
        if len(referred) == 1:
            return referred[0]
    if (label := _CORRECTION_LABEL.match(sentence)) is not None \
            and (day := _sentence_date(sentence[label.end():], published, None)) is not None and day[1] == 1:
        referred = [i for i in incidents if i["event_date"] == day[0].isoformat()]
        if len(referred) == 1 and referred[0] is not last:
            return referred[0]
    return None


_DITTO = re.compile(r"\bditto\s+(?:weapon|attack|strike|shelling)\b", re.I)
_DITTO_PLACE = re.compile(r"\bDitto(?=\s+[A-Z])")
# a telex's sentence end ("Bakhmut 23 May: shells on houses STOP Mykolaiv 22 May: ...") and its figures keyed twice
# ("one rpt one killed": one killed)
_TELEX_STOP = re.compile(r"(?<=\S) STOP\b(?= |$)")
_TELEX_REPEAT = re.compile(r"\b(\w+) (?:rpt|RPT|repeat) (?=\1\b)")
# "one killed [citation needed]", "Ukraine shelled the town [dubious – discuss]": a Wikipedian's tag on a claim with no
# good source, the claim from its clause's start to the tag (a count, a place, a teller) left out
_UNSOURCED = re.compile(r"(?:(?<=[.;:,])|^)[^.;:,\[\]]{0,200}?\[(?:citation needed|dubious[^\]]{0,20}|who\?|when\?|"
                        r"where\?|which\?|clarification needed|unreliable source\?|according to whom\?|"
                        r"better source needed|failed verification|verification needed|unverified)\]")
# "Kharkiv, 25 June (12 June Old Style): shells ...", "Kherson, Tuesday (local time): ...": an entry's day, an aside on
# it before the colon
_DAY_ASIDE = re.compile(rf"(\b(?:\d{{1,2}}\s+(?:{_MONTH_NAMES})|{WEEKDAY_NAMES}))(\s+\([^()]{{1,80}}\))(?=\s*:)")
_TOOK_BACK = re.compile(r"\b(took|taken) back (?=(?:the (?:town|city|village|settlement) of )?[A-Z])")
# "two wounded — no, three wounded", "Nikopol, Monday — no, Sunday, ...": a writer's own correction, the first word
# taken back
_TOLL_WORDS_TOLD = r"[\w-]+\s+(?:killed|dead|wounded|injured|hurt)"
_TAKEN_BACK = re.compile(rf"\b(?:{WEEKDAY_NAMES}|{_TOLL_WORDS_TOLD})\s*(?P<dash>—|–|--)\s*no,\s+"
                         rf"(?P<new>{WEEKDAY_NAMES}|{_TOLL_WORDS_TOLD})\b")


def _taken_back(text: str) -> str:
    """The text with each of the writer's own corrections (:data:`_TAKEN_BACK`) read as its second word, the aside
    that explains it blanked up to its closing dash ("Nikopol, Monday — no, Sunday, I mixed up the posts — rockets"
    -> "Nikopol, Sunday ... — rockets"), of the same length."""
    def read(m: re.Match) -> str:
        end = len(m.group())
        closing = text.find(m.group("dash"), m.end(), m.end() + 150)
        if closing != -1 and not any(c in text[m.end():closing] for c in ".;"):
            end = closing - m.start()
        return m.group("new") + " " * (end - len(m.group("new")))
    out, at = [], 0
    for m in _TAKEN_BACK.finditer(text):
        if m.start() < at:
            continue
        new = read(m)
        out.append(text[at:m.start()] + new)
        at = m.start() + len(new)
    return "".join(out) + text[at:]


def _blanked(m: re.Match) -> str:
    """A match as spaces: the text keeps its length, so quotes cut from it still fit the original."""
    return " " * len(m.group())


# a coder's order to key a row, before the row's place: "Enter Kostiantynivka, 20 May, shells on the centre: ..."
_KEYING_ORDER = re.compile(r"(?:^|(?<=[.!?]\s))(?:Enter|Log|Key in|Insert|Add)\s+"
                           r"(?=[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,)")
# "(freed on 14 October 1943, the Dnieper crossing chapter)": history in brackets, a year before the war's and none
# of it
_HISTORY_ASIDE = re.compile(rf"\((?=[^()]{{0,300}}\b(?:{_MONTH_NAMES}|in|since|of)\s+(?:1[6-9]\d\d|200\d|201[0-3])\b)"
                            r"(?![^()]{0,300}\b20(?:1[4-9]|[2-9]\d)\b)[^()]{1,300}\)")
# the writer's own memory in brackets ("(I drove the Dnipro–Nikopol route after the Kharkiv depot closed)"): no news,
# whatever places and days it names
_WRITERS_ASIDE = re.compile(r"\((?:I|I'm|I've|I'd|I’m|I’ve|I’d)\s[^()]{5,300}\)")
# "one hit the grain shed at our far berth", "a drone hit a warehouse near our yard": the writer's own site
_OUR_SITE = re.compile(r"\b(?:our|my)\s+(?:[\w-]+\s+)?(?:port|berth|yard|farm|shop|store|street|warehouse|workshop|"
                       r"plant|depot|premises|office|site|block|school|hospital|garage|base|field|quay|pier)\b", re.I)
# "a guided bomb hit a block two streets away", "the house next door": a site by the writer's own
_NEAR_US = re.compile(r"\b(?:(?:one|two|three|four|a\s+few|a\s+couple\s+of|\d)\s+(?:streets|blocks|doors|houses)\s+"
                      r"away|next\s+door)\b", re.I)
_THE_CITY_ITSELF = re.compile(r"\bthe city\b(?!\s+(?:of|hospital|council|administration|authorities|morgue)\b)", re.I)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _kept_day(sentence: str, day: dt.date, published: dt.date) -> bool:
    """Is ``day``, read from a sentence that gives no year, a day still to come that the reader is asked to keep
    ("Launch day is May 14.", "Christmas social is Saturday, December 16."), which was read as last year's and
    must not carry that year to the attacks told after it?"""
    return (published - day).days > 180 and still_to_come(day.month, day.day, published) \
        and _A_YEAR.search(sentence) is None


def _heading_city(heading: str, mentions_in: Callable[[str], list[Mention]], resolver: Resolver,
                  text: str, than: Candidate | None = None) -> list[Mention]:
    """The city a record's heading names ("Keepers' day report of the zoo in Mykolaiv"), which "the city" stands
    for in its entries; [] when the heading names no city (or, given ``than``, a town told since, none of its
    country five times as big). A place the heading cues ("in Odesa") comes before one it does not ("Chamber log of a
    cold store in Odesa": a word at the heading's start that a gazetteer also holds)."""
    for m in sorted(mentions_in(heading), key=lambda m: -m.cue):
        if m.level == "place" and (best := resolver.resolve(m.text, text, limit=1)) \
                and best[0].population >= FIRM_POP and (than is None or (
                    best[0].population >= 5 * than.population and best[0].country_code == than.country_code)):
            return [replace(m, cue=2)]
    return []


# "a vineyard on the edge of Kozatske, near Beryslav": a place, then the one it lies near
_NEAR_THE_ONE_BEFORE = re.compile(r",\s+(?:(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:north|south|east|west)(?:-?(?:east|west))?"
                                  r"\s+of|near|outside)\s+")
_OWN_HEADING = re.compile(r"([^:;.]{3,80}):\s")


# a record's closing tally of what it told: "Recorded: ...", "Total: one killed, three injured.", "Footer: 3 rows, 1
# killed, 4 wounded." (a count of the record's own rows or entries first, whatever the label)
_TOTALS_LINE = re.compile(r"\s*(?:(?:recorded|total|totals|tally)\s*:|[\w ]{1,20}:\s*(?:\d+|no|one|two|three|four|"
                          r"five|six|seven|eight|nine|ten)\s+(?:rows|entries|records|lines|items)\b)", re.I)
# (or its hospital, or the oblast's, which stands in its seat: "Druzhkivka city hospital needs donors", "The Dnipro
# regional blood centre asks donors ...")
_CITY_BODY = re.compile(r"(?:\bof\s+(?:the\s+)?|^(?:the\s+)?)((?-i:[A-Z])[\w'’-]+(?:[- ](?-i:[A-Z])[\w'’-]+)?)\s+"
                        r"(?:city\s+(?:council|(?:military\s+)?administration|hospital)|"
                        r"(?:city|regional)\s+blood\s+(?:centre|center|(?:transfusion\s+)?station))\b", re.I)


# words a record's heading may hold beside its place ("Village of X, Y hromada, Z oblast", "X, Belgorod Oblast, Russia")
_HEADING_WORDS = frozenset("village of the city town settlement site location place area oblast region raion "
                           "district hromada ukraine russia russian federation and".split())


def _heading_place(lead: list[str], mentions_in: Callable[[str], list[Mention]]) -> list[Mention]:
    """The place of a record's heading ("Grayvoron, Belgorod Oblast.", "24/12/2022 | Kherson, Kherson
    Oblast | ...", "Village of Andriivka, Makariv hromada, Bucha district, Kyiv oblast."): a lead sentence
    or "|" field that is a place, its qualifiers and at most one other word; the attack told after it
    without a place of its own happened there."""
    for sentence in reversed(lead[:2]):  # a heading opens the record
        named = False
        for field in re.split(r"\s+\|\s+", sentence):
            places = [m for m in mentions_in(field) if m.level == "place" and m.text.lower() not in _HEADING_WORDS]
            if not places:
                continue
            named = True
            m = places[0]
            end = _qualified_end(field, m)
            rest = re.findall(r"[A-Za-z][\w'’-]*", f"{field[:m.start]} {field[end:]}")
            if len([w for w in rest if w.lower() not in _HEADING_WORDS]) <= 1:
                return [replace(m, text=field[m.start:end], cue=2)]
        if named:
            return []
    return []


# "Location: ", "Address: ", "School: ", "hromada: ": a record's field label
_FIELD_LABEL = re.compile(r"^\s*[A-Za-z][\w/ ]{0,30}:\s+")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_WHERE_LABELS = frozenset(("location", "place", "site", "where", "locality", "place of incident", "incident location"))
_SEGMENT = re.compile(r"[^,;|]+")


def _segment_place(lead: list[str], mentions_in: Callable[[str], list[Mention]]) -> list[Mention]:
    """The place a record's lead gives as a segment of its own, between commas, semicolons or "|"
    ("Regional children's hospital, Mykolaiv, incident log.", "Location: Vilniansk, Zaporizhzhia
    district, some 30 km north of the regional centre."): the latest lead sentence holding one, its
    first such place, read with the qualifiers after it."""
    for sentence in reversed(lead):
        body = _ASIDE.sub(_blanked, sentence.rstrip(" ."))  # asides blanked, offsets kept
        label = _FIELD_LABEL.match(body)
        if label and label.group().strip(" :").lower() in _WHERE_LABELS:
            # "Location: field south of Kamianka, Izium raion": the field's first place, whatever words lead to it
            places = [m for m in mentions_in(sentence) if m.level == "place" and m.start >= label.end()]
            if places:
                return [replace(places[0], text=sentence[places[0].start:_qualified_end(sentence, places[0])],
                                cue=2)]
        for seg in _SEGMENT.finditer(body, label.end() if label else 0):
            words = seg.group().split()
            for m in mentions_in(sentence):
                if m.level == "place" and seg.start() <= m.start < seg.end() and \
                        [w for w in words if w.lower() not in _HEADING_WORDS] == m.text.split():
                    return [replace(m, text=sentence[m.start:_qualified_end(sentence, m)], cue=2)]
    return []


_PLACE_KEYS = ("location", "latitude", "longitude", "admin1", "admin2", "geonameid", "geo_precision", "country",
               "places", "confidence")


def _again_at(told: dict, clause: str, cue: Cues, text: str, when: tuple[dt.date, int], casualties: dict,
              resolver: Resolver, joint: _JointPlaces) -> dict | None:
    """The incident of ``clause``, another attack on the place of ``told``, at the place ``told`` was resolved to
    (its mention read again alone could be a namesake: "Dniprovskyi district" of Kherson, told before, is not
    Kyiv's); None when the clause tells none."""
    inc = _incident(clause, cue, text, when, casualties, [Mention(told["mention"], 0, "place", 2, False)], resolver,
                    joint)
    if inc is not None:
        inc.update({k: told[k] for k in _PLACE_KEYS if k in told})
    return inc


def _country_code(inc: dict) -> str:
    """The country code :func:`classify` takes, for an incident's country."""
    return "RU" if inc["country"] == "Russia" else "UA"


# "Marhanets later rose to four injured": the place's toll, told as the place
_ROSE_TO = re.compile(r"\s+(?:later\s+|then\s+|since\s+|has\s+|had\s+)?(?:rose|risen|climbed|increased|grew|went\s+up)"
                      r"\s+to\b", re.I)
_TOLL_FOR = re.compile(r"\b(?:death\s+)?toll\s+(?:in|at|for|of)\s+(?:the\s+)?$", re.I)


def _toll_told_again(clause: str, inc: dict, incidents: list[dict]) -> dict | None:
    """The incident already told at ``inc``'s place, when ``clause`` only gives that place's toll ("the Velyka
    Pysarivka toll", "the toll in Velyka Pysarivka"), else None."""
    at = clause.find(inc["mention"])
    if at < 0 or not (_TOLL_OF.match(clause, at + len(inc["mention"]))
                      or _TOLL_FOR.search(clause, max(0, at - 30), at)
                      or _ROSE_TO.match(clause, at + len(inc["mention"]))):
        return None
    return next((x for x in reversed(incidents) if x["location"] == inc["location"]), None)


# "on another street of the city": more people hurt at the same place and day (see extract_incidents)
_ANOTHER_SPOT = re.compile(r"\b(?:on|in|at)\s+another\s+(?:street|district|part|neighbou?rhood|area|block|quarter)\b",
                           re.I)


def _keep(incidents: list[dict], inc: dict) -> dict:
    """Add an incident, or merge it into the one already found at the same place, date and type."""
    # (ground taken and fighting at the same place on the same day are two: ACLED codes a capture and a clash apart)
    twin = next((x for x in incidents if x["location"] == inc["location"]
                 and x["event_date"] == inc["event_date"] and x["event_type"] == inc["event_type"]
                 and (x["sub_event_type"] in TERRITORY_SUBS) == (inc["sub_event_type"] in TERRITORY_SUBS)
                 # (and an arrest, a looting and an abduction there are rows of their own)
                 and not (x["sub_event_type"] in _OWN_ROW_SUBS and _own_row(x, inc))),
                None)
    if twin is not None:
        # "Attacks on Mykolaiv today. In Mykolaiv, a drone struck a block": the weapon told later types it
        if not twin.get("weapon_named") and inc.get("weapon_named"):
            twin.update({k: inc[k] for k in ("sub_event_type", "actor1", "weapon_named")})
        merge_into(twin, inc)
        return twin
    incidents.append(inc)
    return inc


_COUNT_KEYS = ("fatalities", "injured")


def _counts(inc: dict) -> dict:
    """An incident's best counts as they stand now."""
    return {k: inc.get(k) for k in _COUNT_KEYS}


def _shared_toll_split(inc: dict) -> None:
    """"Drones hit X and Y, injuring five. Three of the injured were in Y.": a toll told for several
    places stays with the first only until later sentences give the others their share; then the
    first keeps what is left."""
    shared = inc.pop("shared_toll", None)
    if shared is None:
        return
    totals, others = shared
    for key in _COUNT_KEYS:
        total = totals[key]
        if any(then[key] is not None for _, then in others):
            continue  # the sentence gave the others their own numbers: the first's are its own too
        given = [o[key] for o, _ in others if o.get(key) is not None]
        if total is None or not any(given) or inc.get(key) != total or sum(given) > total:
            continue
        left = total - sum(given)
        for k in (key, f"{key}_low", f"{key}_high"):
            inc[k] = left


def _stems_apart(incidents: list[dict]) -> None:
    """A name a text writes beside a longer one it begins ("Mykolaiv city ... Mykolaivka, the Donetsk-oblast town")
    is another place: an incident placed by the shorter name at the place the longer one is the own name of takes
    its next exact reading instead."""
    owners = {normalize(inc["location"]): inc for inc in incidents if inc.get("places")
              and normalize(inc["mention"]) == normalize(inc["location"])}
    for inc in incidents:
        said, placed = normalize(inc["mention"]), normalize(inc["location"])
        if said == placed or placed not in owners or not placed.startswith(said) \
                or owners[placed]["geonameid"] != inc["geonameid"]:
            continue
        nxt = next((c for c in inc.get("places", [])[1:] if c.geonameid != inc["geonameid"] and c.match == "exact"
                    and c.precision == "locality"), None)
        if nxt is not None:
            inc.update(place_fields(nxt, inc["geo_precision"]))
            inc["places"] = [nxt, *(c for c in inc["places"] if c is not nxt)]


def _acled_zero_deaths(inc: dict) -> None:
    """ACLED's coding: a report whose casualty account lists only injured people (or says nobody
    was hurt) has 0 fatalities, not unknown; more deaths may come later, so the high end stays open.
    Reports that say nothing of people keep fatalities unknown."""
    if inc.get("fatalities") is None and (inc.get("injured") is not None or inc.get("injured_low") is not None):
        inc["fatalities"], inc["fatalities_low"] = 0, 0


_AREA_HEADING = re.compile(r"\s*:")  # what follows an area heading its places (see extract_incidents)


# "Poltava: a missile struck ... in the city; two workers injured": a label before a colon opens the first clause
# (a reply's place and clock: "Stanislav, 08:32: 'Shells hit the shop on Sunday, the saleswoman killed'")
_HEAD_LABEL = re.compile(rf"^\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,2}}(?:,\s+{CLOCK})?:\s+")


_DAY_TOLD = (rf"(?:on|late on|early on|overnight on)\s+(?:(?:{WEEKDAY_NAMES})"
             # ("on Wednesday 9th August")
             r"(?:,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+)?|\d{1,2}\s+[A-Z][a-z]+|"
             rf"[A-Z][a-z]+\s+\d{{1,2}})\b")
_NAME = r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?"
# "shelled Kupiansk on Tuesday and Izium on Wednesday", "Kupiansk was shelled on Tuesday and Izium on Wednesday": the
# verb left out before the second place and its day
# ("retook Balakliia on Thursday last week and Izium on Saturday", "entered Balakleya on 8 September and Izyum (Kharkov
# oblast) on 10 September": ground taken, place by place)
_PLACE_ASIDE = r"(?:\s*\([^()]{1,40}\))?"
_GAPPED = re.compile(rf"\b(?P<verb>{_HIT_VERBS}|{_GROUND_VERBS})\s+(?:(?:{_NAME}|the\s+(?:city|town|village))"
                     rf"{_PLACE_ASIDE}\s+)?{_DAY_TOLD}"
                     rf"(?:\s+(?:last|this)\s+week)?"
                     # ("hit Nikopol on 6 February, wounding a man, and Marhanets on 7 February": each with its toll)
                     r"(?:,\s+(?:killing|wounding|injuring|hurting|damaging)\b[^,;.]{1,40})?"
                     # ("attacked Torske on Wednesday and Zarichne, the village between Torske and Lyman, on Friday")
                     rf"(?P<and>,?\s+and\s+)(?={_NAME}(?:{_PLACE_ASIDE}|,\s+[^,;.()]{{1,60}},)\s+{_DAY_TOLD})")

# "Drones hit Kharkiv on 1 February, killing three, and Chuhuiv the same night": the verb left out before a second
# place told with a day counted from the first's, or with what happened there
_GAPPED_NEXT = re.compile(rf"\b(?P<verb>{_HIT_VERBS}|{_GROUND_VERBS})\s+{_NAME}{_PLACE_ASIDE}"
                          rf"(?:\s+{_DAY_TOLD}(?:\s+the\s+\d{{1,2}}(?:st|nd|rd|th))?)?"
                          r"(?:,\s+(?:killing|wounding|injuring|hurting|damaging)\b[^,;.]{1,40}|"
                          # ("hit Marhanets, 1 man injured, and Nikopol, ...")
                          r",\s+\d+\s+[^,;.]{0,25}?\b(?:killed|injured|wounded|hurt|dead))?"
                          rf"(?P<and>,?\s+and\s+)(?={_NAME}{_PLACE_ASIDE}(?:\s+the\s+(?:same|following|next)\s+"
                          r"(?:day|night|morning|afternoon|evening)\b|"
                          # "Drones hit Chernihiv, injuring five, and Horodnia, where no one was hurt": or told by
                          # what happened there ("and Nikopol, Dnipropetrovsk oblast, where")
                          rf"(?:,\s+{_NAME}\s+(?:oblast|region|raion|district))?,\s+where\s+[^.;]{{0,60}}?\b"
                          r"(?:killed|died|dead|hurt|injured|wounded|damaged|destroyed|burned|burnt|caught fire)\b))")


# "killing one person in each town", "injuring two people in each", "a woman was killed in each": a toll each place had
_IN_EACH = re.compile(r"\b(?:killing|wounding|injuring|killed|wounded|injured|hurt|hurting)\b[^,;.]{0,40}?\bin each\b"
                      r"(?:\s+(?:town|city|village|place|settlement|community|of them))?|"
                      r"\b[^,;.]{0,40}?\b(?:was|were)\s+(?:killed|wounded|injured|hurt)\s+in each\b|"
                      # "wounding two people apiece"
                      r"\b(?:killing|wounding|injuring|hurting)\s+[^,;.]{1,40}?\s+apiece\b", re.I)
# "hit X and Y, killing a man and wounding two women respectively", "wounding one and three people respectively":
# each place its own part of the toll, in the order the places were named
_RESPECTIVELY = re.compile(r"\b(?P<v1>killing|wounding|injuring|hurting)\s+(?P<a>[^,;.]{1,40}?)\s+and\s+"
                           r"(?:(?P<v2>killing|wounding|injuring|hurting)\s+)?(?P<b>[^,;.]{1,40}?)\s+respectively\b",
                           re.I)


# "shelled Nikopol on Thursday, killing a man, and again on Friday, injuring two": the same attack's verb and place
# left out before another day
_AGAIN = re.compile(rf"\b(?P<verb>{_HIT_VERBS}|shelling|striking|hitting|"
                    rf"attacking|bombing|targeting|pounding)\s+"
                    # ("attacked Ukrainian positions near Kivsharivka on Saturday and again on Sunday")
                    rf"(?P<place>(?:[\w-]+\s+){{0,3}}?(?:(?:near|in|at|around|outside)\s+)?"
                    rf"(?:the\s+[\w-]+\s+(?:district|area|neighbourhood|neighborhood)\s+of\s+)?{_NAME})\s+"
                    rf"{_DAY_TOLD}(?:,\s+[^,;.]{{1,80}}?)?(?P<and>,?\s+and\s+)(?P<again>again)\s+(?={_DAY_TOLD})")


def _gapped_verb_given(sentence: str) -> str:
    """The sentence with a left-out verb of attack said again, so that each place and day is its own clause."""
    if " and " not in sentence:
        return sentence
    if " the " in sentence or " where " in sentence:  # "... and Chuhuiv the same night", "and Horodnia, where"
        sentence = _GAPPED_NEXT.sub(_verb_again, sentence)
    if " on " not in sentence:
        return sentence
    if " again " in sentence:
        sentence = _AGAIN.sub(lambda m: f"{m.group()[:m.start('and') - m.start()]}, and "
                                        f"{m.group('verb')} {m.group('place')} again ", sentence)
    if has_any(sentence, _AND_PREPOSITIONS):
        sentence = _GAPPED_AT.sub(_head_again, sentence)
    return _GAPPED.sub(_verb_again, sentence)


# "fought assault groups on the edge of Sievierodonetsk on Sunday and at Toshkivka the next day": a second place and
# its own day after "and", told by its preposition alone
_AND_PREPOSITIONS = (" and at ", " and in ", " and near ", " and around ", " and outside ")
_GAPPED_AT = re.compile(rf"\b(?:at|in|near|around|outside|of)\s+{_NAME}{_PLACE_ASIDE}\s+{_DAY_TOLD}(?:\s+\d{{1,2}}\s+"
                        rf"[A-Z][a-z]+)?(?P<and>,?\s+and\s+)(?=(?:at|in|near|around|outside)\s+{_NAME}{_PLACE_ASIDE}\s+"
                        rf"(?:{_DAY_TOLD}|the\s+(?:same|following|next)\s+(?:day|night|morning|afternoon|evening)\b))")


def _head_again(m: re.Match) -> str:
    """A :data:`_GAPPED_AT` match with its clause's words before the first place said again after its "and"."""
    start = max(m.string.rfind(";", 0, m.start()), m.string.rfind(":", 0, m.start())) + 1
    return f"{m.group()[:m.start('and') - m.start()]}; {m.string[start:m.start()].strip()} "


# "A fibre-optic drone hit a pickup in Orikhiv. On Sunday another struck a house in Stepnohirsk": one more of the
# weapons told before, named by a pronoun alone
_ANOTHER_OF_THEM = re.compile(r"(?:^|[,;:]\s+|\b(?:on|that|this|the\s+same|later|next)\s+[\w-]+\s+)"
                              r"(?:another|one|a\s+second|a\s+third)\s+(?:also\s+|then\s+|later\s+)?"
                              r"(?:hit|struck|slammed\s+into|crashed\s+into|exploded|landed)\b", re.I)


def _verb_again(m: re.Match) -> str:
    """A gapped match with its verb said again after its "and"."""
    return f"{m.group()[:m.start('and') - m.start()]}, and {m.group('verb')} "


def _clauses(sentence: str, mentions_in: Callable[[str], list[Mention]]) -> list[str]:
    """A sentence cut into the clauses that can each tell an incident (see :data:`_CLAUSE`), a short label
    before a colon kept with the clause it heads."""
    head = _HEAD_LABEL.match(sentence)
    first = len(sentence) - len(sentence.lstrip())
    if head and not any(m.start == first and m.level == "place" for m in mentions_in(sentence)):
        head = None  # only a place heads its clause so ("Casualties: ..." is a field, cut as before)
    told = sentence[head.end():] if head else sentence
    clauses = _rejoined(_day_labels_kept(_listed_attacks_cut(_CLAUSE.split(
        shared_toll_verb(_gapped_verb_given(told))))), mentions_in)
    if head and clauses:
        clauses[0] = head.group() + clauses[0]
    return clauses


# "..., shells killed two in Pokrovsk on Aug 16, and ...": after a comma, another attack with its weapon the subject
_LISTED_ATTACK = re.compile(r",\s+(?=(?:(?:a|an|the|two|three|several|Russian|Ukrainian|ballistic|cruise|guided|"
                            r"attack|kamikaze|FPV)\s+){0,2}(?:drones?|missiles?|rockets?|shells?|artillery|mortars?|"
                            r"glide\s+bombs?|guided\s+bombs?|bombs?)\s+(?:also\s+)?(?:hit|struck|attacked|shelled|"
                            r"damaged|destroyed|killed|injured|wounded|hurt)\b)")
# ... cut only after a clause that told an attack itself ("On Monday, shells hit X" is one clause)
_TOLD_ATTACK = re.compile(r"\b(?:hit|struck|shelled|attacked|bombed|killed|wounded|injured|hurt|killing|wounding|"
                          r"injuring|hurting|damaged|destroyed|repelled|repulsed|beat\s+back|stormed)\b", re.I)


def _listed_attacks_cut(clauses: list[str]) -> list[str]:
    """Each clause cut where a list of attacks goes on after a comma (see :data:`_LISTED_ATTACK`)."""
    out: list[str] = []
    for clause in clauses:
        start = 0
        for m in _LISTED_ATTACK.finditer(clause) if ", " in clause else ():
            if _TOLD_ATTACK.search(clause, start, m.start()):
                out.append(clause[start:m.start()])
                start = m.end()
        out.append(clause[start:])
    return out


_DAY_LABEL = re.compile(rf"\s*(?:{WEEKDAY_NAMES})\s*", re.I)


def _day_labels_kept(clauses: list[str]) -> list[str]:
    """A day cut off before a colon ("...; Sunday: a drone killed a man") heads the clause after it again."""
    out: list[str] = []
    for clause in clauses:
        if out and _DAY_LABEL.fullmatch(out[-1]):
            out[-1] = f"{out[-1].strip()}: {clause}"
        else:
            out.append(clause)
    return out


def _rejoined(clauses: list[str], mentions_in: Callable[[str], list[Mention]]) -> list[str]:
    """Clauses cut at "and" before a casualty verb, joined again when the first names no place of its
    own: "a drone killed one and injured four in Beryslav" is one toll, placed at its end."""
    out: list[str] = []
    for clause in clauses:
        if out and (_TOLL_START.match(clause) or (_SECOND_TOLL.match(clause) and not _TOLL_START.match(out[-1]))) \
                and not any(m.cue for m in mentions_in(out[-1])):
            out[-1] = f"{out[-1]} and {clause}"
        else:
            out.append(clause)
    return out


_TOLL_START = re.compile(r"(?:killing|wounding|injuring|killed|wounded|injured)\b")
# "a man was killed and three people were wounded in Bilozerka": a second toll, cut off by _CLAUSE
# ("Toll: 1 killed, 4 injured in Kyiv": a note's too)
_SECOND_TOLL = re.compile(r"(?:[\w-]+\s+){1,3}(?:(?:were|was)\s+(?:killed|injured|wounded|hurt)\b|"
                          r"(?:killed|injured|wounded|hurt|dead)\s+(?:in|near|at)\s)")


# "said fighting went on in X and that a drone hit a car in Y" (", while officials said shelling of the village ...")
# ("Ukrainian troops retook Lyman on Saturday, and shelling of the town on Monday wounded a medic")
_AND_THAT = re.compile(r";|\s+and\s+that\s+|,\s+while\s+|" + _AND_SHELLING_OF_IT + "|"
                       # "Fighting reached the edge of Huliaipole on Monday, and guided bombs hit the town the same day"
                       r",\s+and\s+(?=(?:[\w-]+\s+){0,2}?(?:bombs?|shells?|drones?|missiles?|rockets?|artillery|KABs?)\s+"
                       r"(?:also\s+)?(?:hit|struck|shelled|pounded)\b)")


_COUNTED_DAY_WORDS = ("next", "following", "later", "after", "before")  # a day counted from another ("the next day")
_TIMES = re.compile(r"\b(?:twice|two\s+times|three\s+times|thrice)\b", re.I)
# a sentence opening on a toll with no place, then ", and" another attack by its weapon (see its use)
_TOLL_THEN_ATTACK = re.compile(r"[^,;:]{0,80}?\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|hurt|injured|wounded)\b"
                               r"[^,;:]{0,40}?,\s+and\s+(?:(?:a|an|the|two|three|Russian|Ukrainian|guided|glide)\s+){0,2}"
                               r"(?:drones?|missiles?|rockets?|shells?|artillery|mortars?|bombs?)\s+(?:also\s+)?"
                               r"(?:hit|struck|attacked|shelled|damaged|destroyed|killed|injured|wounded)\b")


def _battle_then_strike(sentence: str) -> bool:
    """Does the sentence tell a battle before a semicolon (or "and that") and a strike or shelling after it?"""
    cut = _AND_THAT.search(sentence)
    if cut is None:
        return False
    first, rest = sentence[:cut.start()], sentence[cut.end():]
    after = Cues(rest)
    return classify(Cues(first), "UA")["event_type"] == BATTLES and names_weapon(after) \
        and classify(after, "UA")["event_type"] == EXPLOSIONS


# what occupiers do to people and property, each coded as its own row: "... detained a teacher over a post; the same
# day two flats were seized as 'ownerless'", "soldiers fired on a car, killing the driver; the passenger was detained"
_OWN_ROW_SUBS = frozenset(("Arrests", "Looting/property destruction", "Abduction/forced disappearance"))
_TAKEN_AWAY = frozenset(("Arrests", "Abduction/forced disappearance"))  # one event, however the text calls it


def _own_row(before: dict, after: dict) -> bool:
    """Is ``after`` (an arrest, a looting, an abduction) a row apart from ``before`` at the same place and day? Not
    the detentions of a protest ("Protest with intervention" holds them), nor an abduction told as an arrest."""
    return after["sub_event_type"] in _OWN_ROW_SUBS and before["sub_event_type"] != after["sub_event_type"] \
        and before["event_type"] not in (PROTESTS, RIOTS) \
        and not {before["sub_event_type"], after["sub_event_type"]} <= _TAKEN_AWAY


def _another_kind_after(sentence: str) -> bool:
    """Does the sentence tell, after a semicolon, an arrest, a looting or an abduction, and before it another kind of
    event?"""
    cut = sentence.find(";")
    if cut < 0:
        return False
    after = sentence[cut + 1:]
    if _NOT_DONE.search(after):
        return False  # "...; no one detained or hurt": nothing of the kind happened
    before = Cues(sentence[:cut])
    if not is_violent(before):
        return False
    first, rest = classify(before, "UA"), classify(Cues(after), "UA")
    return _own_row(first, rest) \
        and (first["sub_event_type"] in _OWN_ROW_SUBS or first["event_type"] == VAC or names_weapon(before))


# a clause that denies an event, or tells a fire or debris (property destroyed by an attack, not taken)
_NOT_DONE = re.compile(r"\b(?:no one|nobody|no police|not|none|debris|fire|burn\w*|blast|explo\w*)\b", re.I)


_WHILE = re.compile(r";|,\s+while\s+")
# "Russia's claim to have captured Kamianske could not be verified, and that fighting had continued nearby on Friday",
# "Moscow claimed Pokrovsk, though Kyiv says its troops are still fighting there": the fight after a contrast
_BUT = re.compile(r",\s+(?:but|though|although|and\s+that|yet)\s+")


def _capture_then_fight(sentence: str, cut_at: re.Pattern[str] = _WHILE) -> re.Match | None:
    """Where the sentence cuts ground taken from fighting for it, one told before a semicolon (or ", while"; or the
    cut ``cut_at`` finds), the other after it; None when it tells no such pair."""
    cut = cut_at.search(sentence)
    if cut is None:
        return None
    first, rest = classify(Cues(sentence[:cut.start()]), "UA"), classify(Cues(sentence[cut.end():]), "UA")
    # (or fighting first: "UA GS, 17 assaults repelled near Zvanivka; RU MoD, Zvanivka 'liberated'")
    pair = {first["sub_event_type"], rest["sub_event_type"]}
    return cut if pair in ({"Armed clash", "Non-state actor overtakes territory"},
                           {"Armed clash", "Government regains territory"}) else None


_MORE_KILLED_IN_RE = re.compile(_MORE_KILLED_IN)


def _region_after(sentence: str, mentions: list[Mention]) -> bool:
    """Does a clause after a semicolon name a region, after the places the sentence named before it?"""
    cut, more = sentence.find(";"), None
    if cut < 0 and (more := _MORE_KILLED_IN_RE.search(sentence)) is not None:
        cut = more.start()
    # (or a raion: "..., and three more were killed by shelling in the Shostka district")
    return cut > 0 and any((m.level == "region" or (m.level == "district" and more is not None)) and m.start > cut
                           for m in mentions) \
        and any(m.level == "place" and m.start < cut for m in mentions)


def region_parts(inc: dict, incidents: list[dict], any_day: bool = False) -> list[dict]:
    """The text's incidents placed finer than a region, on the same day (or on any, when ``inc`` has only
    the publication's date), inside ``inc``'s region."""
    return [o for o in incidents if o is not inc and o["geo_precision"] != PRECISION["region"]
            and o["admin1"] == inc["admin1"] and (any_day or o["event_date"] == inc["event_date"])]


SECTION_KM = 30.0  # a city section GeoNames holds (an ADM3) lies within this distance of its city's point
CITY_PART_KM = 12.0  # a city's districts lie within this distance of its point
CITY_POP = 100_000
BIG_CITY_PART_KM, BIG_CITY_POP = 20.0, 1_000_000  # Kyiv's and Kharkiv's districts reach further


def _city_parts_merged(incidents: list[dict]) -> list[dict]:
    """A district told beside its town, on the same day and of the same type, is part of that town's
    incident, not an incident of its own: "the city's Shevchenkivskyi district" with Zaporizhzhia,
    "Izmail district" with Izmail (a raion named after the town, or a part within a city's reach)."""
    # a town told as the place or as near it ("in and around Kyiv"), not a section of a town
    towns = [i for i in incidents if i["geo_precision"] == PRECISION["place"] or (
        i["places"] and i["places"][0].feature_class == "P" and i["places"][0].feature_code != "PPLX")]
    out = []
    for inc in incidents:
        town = None
        place = inc["places"][0] if inc["places"] else None
        # a city section or district, or a site in the city (a station, a plant): part of the city's incident
        # (a raion of Kyiv or Sevastopol is a district of the city, however it was named: "in the Podilskyi and
        # Pecherskyi districts")
        section = place is not None and (place.feature_code == "PPLX" or place.feature_class not in ("P", "A") or (
            place.feature_class == "A" and (inc["geo_precision"] == PRECISION["district"]
                                            or place.admin1_code in _CITY_OBLASTS)))
        # "the city's Shevchenkivskyi district": a part of the town told before, whichever namesake it resolved to
        owned = inc["geo_precision"] == PRECISION["district"] and re.search(
            rf"\bthe (?:city|town|capital)['’]s\s+{re.escape(inc['mention'])}", inc["source_quote"], re.I)
        if section or owned:
            first = inc["mention"].split()[0].lower()
            town = next((t for t in towns if t is not inc and t["event_date"] == inc["event_date"]
                         and t["event_type"] == inc["event_type"]
                         and (owned or t["mention"].lower() == first or (
                             t["places"] and t["places"][0].population >= CITY_POP
                             and haversine_km(t["latitude"], t["longitude"], inc["latitude"], inc["longitude"])
                             <= (BIG_CITY_PART_KM if t["places"][0].population >= BIG_CITY_POP else CITY_PART_KM)))),
                        None)
        if town is None:
            out.append(inc)
        else:
            merge_into(town, inc)
    return out


_GOES_ON = re.compile(r"\b(?:continues?|(?:is|are) continuing|(?:goes|go) on|rages?|persists?)\b"
                      r"(?![^.;]*\b(?:on|since|from)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))",
                      re.I)


_FIGURE_REVISED = re.compile(r"\b(?:raised|revised|updated|corrected|lowered)\s+(?:the\s+)?(?:toll|figure|count|number|"
                             r"injured|wounded|dead|death\s+toll)\b", re.I)


def _dated_merged(incidents: list[dict]) -> list[dict]:
    """A headline that names no date ("Russians drop explosives on X: two killed.") and the sentence
    after it that dates the same attack ("On Saturday, ... on X, killing two") are one incident, on
    the date the text gives."""
    out = []
    for inc in incidents:
        undated = inc.pop("undated", False)
        if undated:
            twin = next((o for o in incidents if o is not inc and not o.get("undated")
                         and o["location"] == inc["location"] and o["event_type"] == inc["event_type"]), None)
            if twin is not None:
                merge_into(twin, inc)
                continue
        out.append(inc)
    return out


# "debris of a downed drone fell in a forest on Monday, no damage": a shoot-down whose debris did nothing
# ("... fell into the sea off Odesa; no damage")
_DEBRIS_DID_NOTHING = re.compile(r"\b(?:debris|wreckage)\b[^.;]{0,80}?;?[^.;]{0,10}?(?:\bno\s+damage\b|"
                                 r"\bdamag(?:ed|ing)\s+nothing\b|\bnothing\s+(?:was\s+)?damaged\b|"
                                 r"\bwithout\s+(?:any\s+)?damage\b)", re.I)


# "a drone was shot down over X", "air defence shot down two missiles": the interception told, not only its debris
_INTERCEPTION_TOLD = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:shot\s+down|intercepted|downed|"
                                r"destroyed)\b|\b(?:shot|shoots|shooting)\s+down\s+(?:a|an|the|one|two|three|\d+|its|"
                                r"their|all)\b", re.I)


def _without_idle_debris(incidents: list[dict]) -> list[dict]:
    """Drop the rows told only by debris of a downed weapon that, the text says, damaged nothing and hurt
    nobody ("debris of a downed drone fell in a forest, no damage"): nothing happened there to map. An
    interception the text tells ("a drone was shot down over X; its debris ...") stays ACLED's "Disrupted
    weapons use"."""
    return [inc for inc in incidents
            if not (inc["sub_event_type"] == "Disrupted weapons use" and not inc.get("fatalities")
                    and not inc.get("injured") and "debris" in inc["source_quote"].lower()
                    and _DEBRIS_DID_NOTHING.search(inc["source_quote"])
                    and not _INTERCEPTION_TOLD.search(inc["source_quote"]))]


def _without_summaries(incidents: list[dict]) -> list[dict]:
    """Drop region-level (and raion-level) incidents that only summarise the text's placed ones of the same
    date inside the region: with no numbers of their own ("shelled border communities in Sumy region ... In
    Krasnopillia a man was wounded"), or with numbers that the placed ones add up to where both are
    known ("killed three and injured 10 in Kherson oblast: two killed and six injured in Kherson, one
    killed and four injured in Beryslav")."""
    def adds_up(inc: dict, placed: list[dict]) -> bool:
        known = False
        for key in ("fatalities", "injured"):
            total = inc.get(key)
            each: list[int] = [o[key] for o in placed if o.get(key) is not None]
            if total is None or not each:
                continue
            if sum(each) != total:
                return False
            known = True
        return known

    def summary(inc: dict) -> bool:
        if inc["geo_precision"] == PRECISION["district"] and inc["places"] and inc["places"][0].feature_code == "ADM2":
            # "attacked the Nikopol district with artillery and drones. In Myrove hromada a man was wounded"
            raion = inc["places"][0].admin2_code
            placed = [o for o in incidents if o is not inc and o["geo_precision"] < PRECISION["district"]
                      and o["places"] and o["places"][0].admin2_code == raion and o["event_date"] == inc["event_date"]]
        elif inc["geo_precision"] != PRECISION["region"]:
            return False
        else:  # "Drones hit three Sumy region border villages. A man was wounded in Esman on Tuesday, ...": the
            # villages' own dates date what the undated lead sums up
            placed = region_parts(inc, incidents, any_day=inc.get("undated") is True)
        if inc.get("fatalities") is None and inc.get("injured") is None:
            # (drones downed over a region, and one that got through hit a place in it: the same attack)
            intercepted = inc["sub_event_type"] == "Disrupted weapons use"
            return any(o["event_type"] == inc["event_type"] or (intercepted and o["event_type"] == EXPLOSIONS)
                       for o in placed)
        return bool(placed) and adds_up(inc, placed)
    return [inc for inc in incidents if not summary(inc)]


def merge_into(into: dict, new: dict) -> None:
    """Same event reported twice in one text: keep known numbers (the larger), fill gaps; a later
    sentence's ``update`` (see :func:`casualty_update`) adds more people or replaces a toll instead."""
    update = new.get("update") or {}
    died = update.get("injured", "")
    gone = int(died[5:]) if died.startswith("died ") else 0  # "one of the wounded died": one injured fewer
    if gone and "killed" not in update and new.get("fatalities") == gone:
        update = {**update, "killed": "add"}  # ... and one more dead than told before
    for key, kind in (("fatalities", "killed"), ("injured", "injured")):
        if new.get(key) is not None and into.get(key) is not None and update.get(kind) == "add":
            for k in (key, f"{key}_low", f"{key}_high"):
                into[k] = None if into.get(k) is None or new.get(k) is None else into[k] + new[k]
        elif new.get(key) is not None and (into.get(key) is None or update.get(kind) == "replace" or (
                update.get(kind) != "earlier"  # a figure as first reported fills a gap only
                and ((new[key] > into[key] and not _vague_over_stated(new, into, key))
                     or _vague_over_stated(into, new, key)))):
            for k in (key, f"{key}_low", f"{key}_high") + (("civilians_killed",) if key == "fatalities" else ()):
                into[k] = new.get(k)
        elif new.get(key) is None and into.get(key) is None and into.get(f"{key}_low") is None \
                and new.get(f"{key}_low") is not None:
            into[f"{key}_low"] = new[f"{key}_low"]  # "Several civilians were injured.": some, how many unknown
    if gone and into.get("injured") is not None and into["injured"] >= gone:
        for k in ("injured", "injured_low", "injured_high"):
            if into.get(k) is not None:
                into[k] = max(0, into[k] - gone)
    for key in ("actor2", "civilian_targeting"):
        if not into.get(key) and new.get(key):
            into[key] = new[key]
    if new["source_quote"] not in into["source_quote"]:
        into["source_quote"] = into["source_quote"] + " " + new["source_quote"]


def _vague_over_stated(vague: dict, stated: dict, key: str) -> bool:
    """"Several wounded" (no bound either way) beside a stated number ("six wounded", "at least six"):
    the stated number is the toll, whichever is larger."""
    return vague.get(f"{key}_low") is None and vague.get(f"{key}_high") is None and \
        stated.get(f"{key}_low") is not None


_POSTED_WORDS = (*POSTED_VERBS, "released")
_POSTED = re.compile(rf"\b(?:{'|'.join(_POSTED_WORDS)})\b(?:\s+[\w'’-]+){{0,4}}?\s+on\s+"
                     r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+|[A-Za-z]+\s+\d{1,2}\b|monday|tuesday|"
                     r"wednesday|thursday|friday|saturday|sunday)", re.I)


def _posted_on(sentence: str, published: dt.date, anchor) -> tuple[dt.date, int] | None:
    """The day a sentence says a video or post went up ("a clip posted on Sunday"), None if it says none."""
    m = _POSTED.search(sentence) if any(w in sentence for w in _POSTED_WORDS) else None
    return find_date(m.group(0), published, anchor) if m else None


_HAPPENED = re.compile(r"\b(?:it|this|that)\s+(?:happened|occurred|took place)\b", re.I)


def _dated_later(inc: dict, found: tuple[dt.date, int] | None) -> None:
    """An attack first told without a date ("an investigation into an attack on X") takes the date of
    the sentence that goes on to tell it ("According to the investigation, on 10 April ...")."""
    if found is not None and inc.get("undated") is True:
        inc["event_date"], inc["time_precision"] = found[0].isoformat(), found[1]
        inc["undated"] = "redated"  # still the attack a twin dated elsewhere tells, if there is one


def _armed_by(inc: dict, sentence: Cues) -> bool:
    """An incident told without its weapon takes the one a later sentence about it names ("Another strike on X.
    The occupiers dropped a guided bomb on the village."); True when it did."""
    if inc.get("weapon_named"):
        return False
    armed = names_weapon(sentence)
    if not armed and (inc["event_type"] != EXPLOSIONS or not sentence.has(" fire", " fired", " shot", " raked")):
        return False
    kind = classify(sentence, _country_code(inc))
    if armed:
        if kind["event_type"] != inc["event_type"]:
            return False
        inc.update({k: kind[k] for k in ("sub_event_type", "actor1")}, weapon_named=True)
    else:
        # "Vehicle strike check, Vorzel. ... soldiers on an armoured vehicle fired on it": soldiers firing on
        # civilians, not a strike from afar
        if kind["sub_event_type"] != "Attack":
            return False
        inc.update({k: kind[k] for k in _TYPE_FIELDS}, weapon_named=True)
    return True


_ALONG_FRONT = re.compile(r"\b(?:along|across|on) the (?:whole |entire )?(?:[\w'’-]+ )?(?:front|front ?line)\b", re.I)


_THE_PLACE = re.compile(r"\bthe (?:city|town|village|settlement)(?:['’]s)?\b|\bthere\b", re.I)


_FIGHT_WORD = re.compile(r"\b(?:fighting|fought|clash(?:es|ed)?|battles?|street fights?)\b", re.I)


# a verb of attack (not "a blast was heard", "an explosion occurred")
# what a clause tells of its own when it is an aside, not one more target of the attack before it
# (not a teller's verb that closes the clause: "..., damaging a pipeline in Marhanets on Wednesday, the governor says")
_ASIDE_VERB = re.compile(r"\b(?:says|tells|reports|writes|(?:has|have)\s+(?:postponed|cancelled|canceled)|"
                         r"(?:is|are)\s+safe)\b(?!\s*[.;]?\s*$)")
_STRUCK = re.compile(r"\b(?:shelled|struck|hit|attacked|bombed|pounded|fired (?:on|at)|dropped|landed|exploded|"
                     # ("Thursday 04:40: shells fell on the next street, and the night watchman was wounded")
                     r"(?:shells?|rockets?|missiles?|bombs?|projectiles?)\s+(?:fell|came\s+down)|"
                     # ("Friday: debris of a drone fell in a school yard in the city")
                     r"(?:debris|fragments|wreckage)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:drones?|missiles?|"
                     r"rockets?|shaheds?)\s+(?:fell|came\s+down|landed))\b",
                     re.I)  # ("Yesterday a shell landed in the yard next door, wounding a neighbour")
# "On Saturday shelling of the same district injured three": a weapon that harmed people, as its verb's subject
# ("a shell damaged a parked bus on 8 August": or damage it did)
_WEAPON_HARMED = re.compile(r"\b(?:shelling|shells?|drones?|missiles?|rockets?|bombs?|artillery|mortars?|strikes?)"
                            r"\s+(?:[\w'’-]+\s+){0,5}?(?:killed|injured|wounded|hurt|damaged|destroyed)\b", re.I)


# "they hit the town again", "struck it again", "shelled the city once more": the place told before, attacked anew
_THE_PLACE_HIT = r"(?:the\s+(?:same\s+)?(?:city|town|village|port)|it)"
_HIT_AGAIN = re.compile(rf"\b(?:{_HIT_VERBS})\s+{_THE_PLACE_HIT}\s+(?:again|once more|once again)\b|"
                        rf"\bagain\s+(?:{_HIT_VERBS})\s+{_THE_PLACE_HIT}\b", re.I)


def _another_attack(last: dict, clause: Cues, when: tuple[dt.date, int]) -> bool:
    """Does a clause that names no place tell another attack on the place of ``last``: one by a weapon
    it names, on another day or of another kind?"""
    if not is_violent(clause) or _ALONG_FRONT.search(clause.text):
        return False  # ("... reported heavy shelling along the whole Bakhmut front": no one place's)
    kind = classify(clause, _country_code(last))
    if _own_row(last, kind) and last["sub_event_type"] not in TERRITORY_SUBS and not _NOT_DONE.search(clause.text):
        return True  # "... detained a teacher; the same day two flats were seized as 'ownerless'": a row of its own
    if not names_weapon(clause):
        if _HIT_AGAIN.search(clause.text) is not None and when[0].isoformat() != last["event_date"]:
            return True  # "... in Izmail on July 20. The next night they hit the town again": another day's attack
        # "Bloggers claimed on Sunday that troops had taken Siversk. Ukraine's army said on Monday that assaults on
        # the town had been repelled": fighting for a place claimed taken, on a day of its own
        # (or on its day, told of "the city": "... had seized the station in Krasnoarmeysk. Ukraine's army said the
        # same day that street fighting continued in the city's northern districts")
        # (and after a strike: "A drone hit a van on the edge of Huliaipole. That day troops fought assault groups in
        # the eastern streets of the town")
        if (last["sub_event_type"] in TERRITORY_SUBS or last["event_type"] in (EXPLOSIONS, VAC)) \
                and (when[0].isoformat() != last["event_date"] or _THE_PLACE.search(clause.text) is not None) \
                and kind["sub_event_type"] == "Armed clash":
            return True
        # "Assaults near Staromaiorske were repelled on 25 July. On 26 July Ukrainian units said they had regained the
        # village": the place taken after the battle for it, on a day of its own
        return last["event_type"] == BATTLES and kind["sub_event_type"] in TERRITORY_SUBS \
            and kind["sub_event_type"] != last["sub_event_type"] and when[0].isoformat() != last["event_date"] \
            and _THE_PLACE.search(clause.text) is not None
    return kind["event_type"] == EXPLOSIONS and (
        when[0].isoformat() != last["event_date"] or kind["sub_event_type"] != last["sub_event_type"])


_TYPE_FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "civilian_targeting")  # what classify decides


def _hurt_retyped(inc: dict, sentence: str, casualties: dict) -> None:
    """A shoot-down told first ("intercepted missiles over Belgorod") whose debris a later sentence
    says hurt people ("Falling debris ... injured 3 people") or damaged something ("Debris damaged the
    roof of a warehouse") is the attack, typed by both sentences."""
    hurt = any(v[1] for v in casualties.values())
    if inc.get("sub_event_type") != "Disrupted weapons use" or not (hurt or debris_damaged(sentence)):
        return
    # ("Two students were treated for cuts": hurt, in words the type's patterns need not know)
    kind = classify(Cues(f"{inc['source_quote']} {sentence}"), _country_code(inc), hurt)
    if kind["event_type"] != inc["event_type"]:
        inc.update({k: kind[k] for k in _TYPE_FIELDS})


def _note(inc: dict) -> str:
    def n(key):
        best, low, high = inc.get(key), inc.get(f"{key}_low"), inc.get(f"{key}_high")
        if best is None:
            return "unknown"
        if (low, high) == (best, best):
            return str(best)
        return f"{best} (low {'?' if low is None else low}, high {'?' if high is None else high})"

    where = inc["location"] + (f" ({inc['admin1']})" if inc.get("admin1") and inc["admin1"] != inc["location"] else "")
    return (f"{inc['sub_event_type']} at {where} on {inc['event_date']} by {inc['actor1']}; "
            f"killed: {n('fatalities')}, injured: {n('injured')}.")


class _JointPlaces:
    """The geoparser's resolution of every place a text names, resolved together (a region named
    once constrains later names; places named together are near each other), by the name as
    written; made on first use, so texts that report no violence never pay for it."""

    def __init__(self, text: str, resolver: Resolver, within: list[tuple[int, int]] | None = None) -> None:
        self.text, self.resolver, self.within = text, resolver, within
        self._places: dict[str, list[Candidate]] | None = None
        self._cities: dict[str, tuple[str, Candidate]] | None = None

    def _parsed(self) -> dict[str, list[Candidate]]:
        """The text's places (of its sentences that report violence) by name, geoparsed on first use."""
        if self._places is None:
            self._places = {}
            for m in self.resolver.geoparse(self.text, limit=5, within=self.within):
                if m.candidate is not None:  # by the name as the mention finder reads it: "'Izium'" is Izium
                    self._places.setdefault(m.text.rstrip("'’ʼ"), [m.candidate, *m.alternatives])
        return self._places

    def get(self, name: str) -> list[Candidate]:
        return self._parsed().get(name, [])

    def cities(self) -> dict[str, str]:
        """The cities (see :func:`_is_city`) anywhere in the text, each by a name it is written with."""
        return {c.name: written for written, c in self.cities_named()}

    def cities_named(self) -> list[tuple[str, Candidate]]:
        """The cities anywhere in the text: (name as written, city), one for each city."""
        if self._cities is None:
            self._cities = {m.candidate.name: (m.text, m.candidate) for m in self.resolver.geoparse(self.text, limit=1)
                            if m.candidate is not None and _is_city(m.candidate)}
        return list(self._cities.values())

    def cities_told(self) -> list[tuple[str, Candidate]]:
        """The cities of the sentences that report violence (no second reading of the text): (name as
        written, city)."""
        return [(name, found[0]) for name, found in self._parsed().items() if _is_city(found[0])]


def _is_city(c: Candidate) -> bool:
    """100,000 people or more, or an oblast's seat (GeoNames gives Kherson 66,000)."""
    return c.feature_class == "P" and (c.population >= CITY_POP or c.feature_code in _SEATS)


_CITY_AFTER = re.compile(r",\s+((?-i:[A-Z])[\w'’-]+(?:[\s-](?-i:[A-Z])[\w'’-]+)?)\b"
                         r"(?!\s+(?:oblast|region|raion))", re.I)


_SEATS = ("PPLC", "PPLA")  # a capital, an oblast's seat
_CITY_OBLASTS = ("UA.12", "UA.20")  # Kyiv City, Sevastopol: first-level units whose raions are a city's districts


def _city_district(clause: str, mention: Mention, joint: _JointPlaces, sentence: str = "") -> list[tuple[str, str]]:
    """A city's district asked with its city: the city written right after it ("Slobidskyi district,
    Kharkiv"), else the one city the text names ("..., Kharkiv. ... in the Kyivskyi district"), so that
    a district the gazetteer does not hold falls back to its city, not to a namesake district elsewhere."""
    if mention.level != "district" or not mention.text.lower().endswith(" district"):
        return []
    after = _CITY_AFTER.match(clause, mention.start + len(mention.text))
    cities = [after.group(1)] if after else []
    if not cities:
        cities = _the_citys_district(mention.text, joint, sentence)
    return [(f"{mention.text}, {city}", "district") for city in cities]


_CITY_HEAD = re.compile(r"\s*((?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?)\s*:\s")  # an entry's heading city


def _the_citys_district(district: str, joint: _JointPlaces, sentence: str = "") -> list[str]:
    """The one city a text names, when ``district`` is not a raion ("Izium district"); or the one city the
    attacks are told in, when a reading of the district that is a city's part lies in it (Kherson's
    "Dniprovskyi district", not a raion of that name; Kyiv's and Sevastopol's raions are city districts):
    [its name as written], else []."""
    readings = joint.resolver.resolve(district, limit=3)
    raions = ("ADM2", "ADM2H")  # a raion, today's or one abolished in 2020
    if not any(c.feature_code in raions for c in readings):
        named = joint.cities()
        if len(named) > 1 and (head := _CITY_HEAD.match(sentence)) is not None and head.group(1) in named.values():
            return [head.group(1)]  # "Kherson: ...; on Thursday a drone hit an ambulance in the Tavriiskyi district"
        if len(named) > 1 and readings:
            # "Kryvyi Rih ... a shop in the Ternivskyi district. Nikopol ...": of several cities, the one the
            # district's reading lies in
            reading = readings[0]
            near = sorted((haversine_km(reading.lat, reading.lon, c.lat, c.lon), w) for w, c in joint.cities_named())
            return [near[0][1]] if near[0][0] <= SECTION_KM and near[1][0] > SECTION_KM else []
        return list(named.values()) if len(named) == 1 else []
    parts = [c for c in readings if c.feature_code not in raions or c.admin1_code in _CITY_OBLASTS]
    if not parts:
        return []
    told = joint.cities_told()
    if not told and all(c.feature_code in raions for c in parts):
        # Kyiv's raions share their names with other cities' districts (Shevchenkivskyi, Dniprovskyi): the one
        # city the text names elsewhere (a heading, a lead)
        named = joint.cities()
        return list(named.values()) if len(named) == 1 else []
    # (or the one city the text names elsewhere, when a reading of the district lies in it: "Kherson city morgue ...
    # two men killed at a bus stop in the Dniprovskyi district")
    told = told or joint.cities_named()
    # (of several cities named, the one a reading lies in: "Mykolaiv - Kherson ... a minibus at a stop in the
    # Dniprovskyi district" is Kherson's)
    holding = {c.name: w for w, c in told
               if any(haversine_km(p.lat, p.lon, c.lat, c.lon) <= CITY_PART_KM for p in parts)}
    if len(holding) == 1:
        return list(holding.values())
    if len({c.name for _, c in told}) != 1:
        return []
    written, city = told[0]
    if all(c.admin1_code in _CITY_OBLASTS for c in parts) and _is_city(city) and city.feature_code != "PPLX" \
            and written in sentence \
            and not any(c.admin1_code in _CITY_OBLASTS for _, c in joint.cities_named()):
        # "Kharkiv, weekend: ... a car park in the Shevchenkivskyi district": a district of the one city the attacks
        # are told in, named in the same sentence, which shares its name with one of Kyiv's
        return [written]
    return []


_PART_CUT = re.compile(r";|:\s|,?\s+and\s+(?=(?:[a-z]+\s+){0,3}?(?:shelled|struck|hit|dropped|fired|bombed|"
                       r"attacked|targeted)\b)|,\s+while\s+|\.\s")


def _mention_part(sentence: str, mention: Mention) -> str | None:
    """The part of a sentence, between semicolons, colons and "and" before another attack, that names ``mention``
    (None when the sentence has no such cut)."""
    cuts = [m.span() for m in _PART_CUT.finditer(sentence)]
    if not cuts:
        return None
    start = max((b for a, b in cuts if b <= mention.start), default=0)
    end = min((a for a, b in cuts if a >= mention.start + len(mention.text)), default=len(sentence))
    return sentence[start:end]


_NO_PLACE_NAMED = re.compile(r"\b(?:nam(?:ed|ing|es)\s+no\s+(?:village|settlement|place|town)s?|"
                             r"no\s+(?:village|settlement|place)s?\s+(?:was\s+|were\s+)?named|"
                             r"(?:village|settlement|place)s?\s+(?:was\s+|were\s+)?not\s+(?:named|indicated|specified|"
                             r"given)|names?\s+not\s+given|\(not\s+named\))", re.I)
_OWN_FIGHT = re.compile(r"^(?![^;]*\b(?:captur|took|taken|seiz|retook|retaken|liberat|flag))[^;]*?"
                        # ("a soldier was killed by sniper fire near X; the next day two were hurt by a mine near Y")
                        r"\b(?:(?:street\s+)?(?:fighting|clashes|battles?)|snipers?|sniper fire|small[- ]arms|"
                        # ("..., and on 12th June its troops fought off an attack near Mala Tokmachka")
                        r"fought(?:\s+off)?|"
                        # ("Russian groups were engaged in Kupiansk on Friday, and on Sunday units retook X")
                        rf"{ENGAGED}|"
                        # ("...; UA GS reports seven assaults on Malynivka repelled": fighting for the place claimed)
                        r"(?:assaults?|attacks?)\b[^;]{0,40}?\brepel(?:led|ling)?|repel(?:led|ling|s)?\s+"
                        r"(?:[\w-]+\s+){0,3}?(?:assaults?|attacks?))\b", re.I)


# what qualifies a place's name right after it: "Ivanivka, Kherson region", "Druzhba, near the border", "X (Y raion)"
_PLACE_QUALIFIED = re.compile(r"[^.;:]{0,60}?\b(?:(regions?|oblasts?|raions?|districts?|hromadas?)\b"
                              # (not an official's: "per the oblast head", "the region's governor said")
                              r"(?!['’]s\b|\s+(?:head|governor|administration|authorities|officials?|police|chief|"
                              r"council|prosecutor)\b)|"
                              r"(near|north|south|east|west|outside|border|village|settlement|hamlet)\b)", re.I)
_OBLAST_WORD = re.compile(r"regions?|oblasts?", re.I)  # a qualifier that names only the oblast


# a day told from the one told before it ("that day", "the same night", "the next morning")
_THAT_DAY = re.compile(r"\b(?:that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+"
                       r"(?:day|night|evening|morning|afternoon)\b", re.I)


SAME_OBLAST_POP = 1_000  # a namesake of the same oblast this big is the place a bare name means, not a pop-0 hamlet


def _town_size(namesake: Candidate, hamlet: Candidate) -> int:
    """How many people a namesake needs to be read for a hamlet no one is recorded to live in: a town's
    (:data:`FIRM_POP`), or a village's when the oblast the context chose holds both."""
    return SAME_OBLAST_POP if namesake.admin1_code == hamlet.admin1_code else FIRM_POP


def _incident(clause: str, sentence: Cues, text: str, when: tuple[dt.date, int], casualties: dict,
              mentions: list[Mention], resolver: Resolver, joint: _JointPlaces,
              before: dict | None = None, follows: bool = False) -> dict | None:
    """One incident for a clause of ``sentence``, or None when no mention resolves to a plausible place.
    ``before`` is the text's incident just told, on the same day: a sentence that names no weapon
    or method of its own ("A man was killed in X") continues it and takes its type."""
    diplomacy = sentence.search(DIPLOMACY) is not None
    if diplomacy and not casualties and not re.search(
            r"\b(strike|struck|shell|missile|drone|captur|attack|explo|bomb)", clause, re.I):
        return None
    for mention in _ranked(mentions):
        candidates, level = [], "place"
        abolished: list[Candidate] = []
        for query, query_level in _city_district(clause, mention, joint, sentence.text) + _queries(mention):
            candidates = (joint.get(query) if query == mention.text else []) or \
                resolver.resolve(query, context=text, limit=5)
            if candidates and mention.level == "district" and candidates[0].feature_code.endswith("H") \
                    and query_level == "district" and not abolished:
                # "in Horodnia district": a raion abolished in 2020 (GeoNames ADM2H) is told by its town
                abolished, candidates = candidates, []
                continue
            if candidates:
                level = query_level
                break
        if not candidates and abolished:
            candidates, level = abolished, "district"
        if not candidates:
            continue
        if " of the oblast" in sentence.text or " of the region" in sentence.text:
            # "Pokrovske, in the east of the oblast": the namesake in that part of its oblast
            end = mention.start + len(mention.text)
            if sentence.text.startswith(mention.text, mention.start):
                candidates = in_part_of_its_oblast(lambda q, n: resolver.resolve(q, context=text, limit=n),
                                                   mention.text, candidates, sentence.text[end:end + 60])
        place = candidates[0]
        if place.population == 0 and place.precision == "locality" and mention.level == "place" \
                and ((qualified := _PLACE_QUALIFIED.match(sentence.text, mention.start + len(mention.text))) is None
                     or _OBLAST_WORD.fullmatch(qualified.group(1) or "") is not None) \
                and (town := next((c for c in candidates[1:] if c.population >= _town_size(c, place)
                                   and c.precision == "locality" and (qualified is None
                                                                      or c.admin1_code == place.admin1_code)
                                   and normalize(c.name) == normalize(place.name)), None)) is not None:
            # "a guided bomb struck a car park in Kostiantynivka": the town of the name, not a hamlet of it that no one
            # is recorded to live in, when nothing the clause says qualifies the name (and a village of a thousand
            # or more in the same oblast: "a drone hit a house in Vorozhba"), or only by the oblast both stand in
            # ("shells killed a man in Borova, in the Kharkiv region")
            candidates = [town, *[c for c in candidates if c is not town]]
            place = town
        if place.feature_code.startswith("PCL") or (place.country_code not in FOREIGN_OK):
            continue
        if diplomacy and place.country_code not in ("UA", "RU"):
            continue
        if place.country_code not in ("UA", "RU") and _linked(clause, mention):
            continue  # "the Gdańsk–Mykolaiv committee", "the Rzeszów–Lwów coach": a link, not where it happened
        if place.precision == "region":
            level = "region"
        # "shelling killed one in Kherson, and a drone injured three in Beryslav": a clause naming its own weapon
        own = Cues(clause) if clause != sentence.text else None  # searched once for both questions
        armed = names_weapon(own) if own is not None else False
        # (a chronology's entry that names its own method, "...; Dec 16 - street fighting on the outskirts", too)
        entry = own is not None and _ENTRY_DATE.match(clause) is not None and names_method(own)
        # ("Russia claimed on Sunday to have captured Dachne; we can confirm only street fighting in Kurakhove on
        # Monday": a clause telling its own fighting)
        fight = own is not None and not armed and not entry and _OWN_FIGHT.search(clause) is not None
        kind = classify(own if own is not None and (armed or entry or fight) else sentence, place.country_code)
        if own is not None and not (armed or entry or fight) and kind["sub_event_type"] in _OWN_ROW_SUBS \
                and (own_kind := classify(own, place.country_code))["sub_event_type"] in _OWN_ROW_SUBS:
            # "... detained a teacher over a post; the same day two flats were seized as 'ownerless'": the arrest
            # clause is the arrest, whatever the sentence goes on to tell
            kind = own_kind
        if own is None and kind["event_type"] == EXPLOSIONS and mixed_weapons(sentence):
            # "Russian forces shelled the Sumy region 42 times; the worst was a guided bomb on Bilopillia", "dropped
            # KABs on Volchansk and shelled Vilcha": the weapon told in the place's own part of the sentence
            part = _mention_part(sentence.text, mention)
            if part is not None and names_weapon(part) and not mixed_weapons(part):
                kind = classify(part, place.country_code)
        if before is not None and (follows or not names_method(sentence)):
            kind.update({k: before[k] for k in ("event_type", "sub_event_type", "actor1")})
            if kind["sub_event_type"] == "Disrupted weapons use":
                # "... air defence downed 31. Debris fell on a block in Odesa, injuring three": the shoot-down told
                # before is the attack (see _hurt_retyped), and this sentence tells of it
                _hurt_retyped(before, sentence.text, casualties)
                if before["sub_event_type"] != "Disrupted weapons use":
                    kind.update({k: before[k] for k in _TYPE_FIELDS})
        event_date, time_precision = when
        return {
            "event_date": event_date.isoformat(), "time_precision": time_precision, **kind,
            **place_fields(place, PRECISION[level]), **casualty_fields(casualties), "source_quote": sentence.text,
            "confidence": _confidence(candidates, mention), "status": "extracted", "mention": mention.text,
            "places": candidates, "weapon_named": armed or names_weapon(sentence),
        }
    return None


_LIST_HEADING = re.compile(r"[—–:-]\s*$")


def _heading_date(sentence: str, published: dt.date) -> tuple[dt.date, int] | None:
    """The day a list's heading gives its bullets ("Monday's missile strikes, city by city —"), else None."""
    return find_date(sentence, published) if _LIST_HEADING.search(sentence) else None


_LABEL_WORDS = 8  # a sentence this short that gives a date is a label dating what follows
_DATE_LABEL = re.compile(r"(?:date|date/time|date and time|time|when)\s*:", re.I)
# "...; date of loss 14.08.2016.": a register's date of the event, wherever in the sentence
_DATE_OF = re.compile(r"\bdate of (?:the\s+)?(?:loss|incident|event|attack|damage|strike|shelling)\b", re.I)
# "24/12/2022 | Kherson, Kherson Oblast | ...": a record whose first field is its date
_DATE_FIELD = re.compile(rf"\s*(?:{_WRITTEN_DATE})\s*\|")
# "CRN-22-0344/0345 · Mon 18 Jul 2022 · Kharkiv oblast.": a short heading that gives a day with its year
_HEADING_WORDS_MAX = 12
_FULL_DATE = re.compile(_WRITTEN_DATE)
# "Kherson emergency medical service, summary of calls, 19.10.2024.": a heading that ends on its date
_DATE_ENDS = re.compile(rf",\s*(?:{_WRITTEN_DATE})\.?\s*$")
# a coder's or fact-checker's verdict that what the text tells is no event ("Not coded: ...", "a duplicate of the
# event already coded", "Rating: FALSE", "We found no evidence of any attack"): only attacks with a toll stand
_NO_EVENT_VERDICT = re.compile(r"(?:^|[.!]\s+)not coded\s*[:.]|"
                               r"(?:^|[.!]\s+)nothing (?:is |was )?(?:coded|logged)\s*\.|"
                               # "Airfield claim, no row.", "... so we code nothing"
                               r"(?:^|[.!,:]\s+)no (?:new )?rows?\s*[.:]|\bwe code nothing\b|"
                               r"\b(?:no (?:new |separate )?(?:event|incident) (?:is |was )?(?:reported|added|recorded|"
                               r"arises|results|to code|counted)|status:\s*duplicate|"
                               r"no (?:new )?events?(?: (?:were|was|are|is))? coded|"
                               r"no (?:new )?event|no (?:new )?entry (?:has been|was) (?:added|made)|"
                               r"adds no (?:new )?(?:incidents?|events?)|"
                               r"misreport\w*|(?:is|was) a duplicate|(?:rating|verdict):\s*(?:partly |mostly )?false|"
                               # "We record no attack.", "we log nothing for it": an investigator's verdict
                               r"(?:we|i) (?:log|record) (?:no (?:attack|strike|incident|event)|nothing)|"
                               r"claim is (?:therefore )?false|found no evidence of (?:any|an) (?:attack|strike)|"
                               # "... caused by a transformer failure, and there was no attack."
                               r"there was no (?:attack|strike)(?:\s+on\s+the\s+[\w-]+)?(?=\s*(?:[.;]|$))|"
                               # "... over the Khotyn road. No incident to report; normal working day."
                               r"(?:^|[.!]\s+)no incidents? to report\b|"
                               # "outages caused by a transformer fault, not an attack", "no attack was involved"
                               # (not another kind of violence set against a strike: "it is a battle, not a strike")
                               r"(?<!battle)(?<!clash)(?<!fight)(?<!fighting)(?<!assault)"
                               r"(?:,|\bwas|\bso)\s+not (?:caused )?(?:by )?an? (?:attack|strike|incident)"
                               r"(?=\s*(?:[.;]|$|,\s+(?:[\w-]+\s+){0,3}(?:said|says|added|reported|told)\b))|"
                               r"no (?:attack|strike) was involved|"
                               # "... has no photo and no official source, so not logged", "... nothing fell, so
                               # there is no file"
                               r"\bso (?:it is |it was |they are |they were )?not (?:logged|mapped|listed|recorded|"
                               r"included)|\bso there is no (?:file|row|entry|record)|"
                               # "... could not check it, so we do not count it"
                               r"\b(?:we|i) (?:do|did|will) not (?:count|code|log|record|map|include) (?:it|this)\b|"
                               # "the blast was deminers destroying a bomb found on a building site", "a controlled
                               # detonation of unexploded ordnance": what was heard, no attack
                               rf"{DEMINERS}\s+(?:had\s+)?(?:destroyed|detonated|blew up|destroying|detonating)|"
                               r"controlled (?:detonation|explosion|blast)s?|planned (?:detonation|explosion)s?|"
                               r"destroyed in place)\b",
                               re.I)
_NO_EVENT_VERDICT_LOW = folded(_NO_EVENT_VERDICT)  # a whole text, searched folded (quicker)
# a sentence that says it is not coded ("A Russian claim that 'half of Kurakhove' was taken is not coded.", "...
# nothing confirms it, and it is not coded.": that sentence's, not the text's other attacks)
# ("... are not coded as a strike", "... is not coded either")
# ("Tiahynka, 09:40: 'Shelled all week, nobody new hurt' [not logged].": an entry's own mark, for all of it)
_NOT_LOGGED_MARK = r"|[\[(]not (?:logged|coded|counted|included|mapped)[\])]\s*[.;]?\s*$"
# ("The Kursk oblast fighting since 6 August is not on this sheet.")
# ("Drone debris near Kyiv on 18 January is not a row.")
_NOT_CODED = re.compile(r"\b(?:is|are|was|were) not (?:coded(?: as (?:an? )?[\w-]+(?: [\w-]+)?)?|"
                        r"on (?:this|the|our) (?:sheet|log|list|slate|page)|an? (?:row|entry)|rows|entries)"
                        r"(?:,? either)?\s*[.;]?\s*$" + _NOT_LOGGED_MARK)
_IT_NOT_CODED = re.compile(r"\b(?:it|this|that|which) (?:is|was) not coded(?: as (?:an? )?[\w-]+(?: [\w-]+)?)?"
                           r"(?:,? either)?\s*[.;]?\s*$" + _NOT_LOGGED_MARK)  # the whole sentence's
_CLAUSE_CUT = re.compile(r"[;:]\s")
_CLOSING_VERDICT = re.compile(r"(?:,|→)\s*not (?:coded|logged|an event|a row|ours to (?:record|log|code))\s*[.;]?\s*$")
# what an investigator writes after a report quoted to be checked and set aside: "no source", "no such report", "a
# rumour", "nothing new", "; bin it", "; nothing."
# ("Para 8 (a 'Vasylivka explosion' from an occupation channel): deleted, unverifiable")
_DISMISSED = re.compile(r"\b(?:no source|no such (?:report|strike|attack|incident)|(?:a|an|only a|just a) rumou?r|"
                        r"nothing new|unverifiable|unverified\s+(?:post|report|claim|message|video|rumou?r))\b|"
                        r"[;:→]\s*(?:nothing|bin(?:\s+it)?|binned|archived|deleted)\s*"
                        r"(?:[.;,]|$)", re.I)
_QUOTED_REPORT = re.compile(r"(?:^|(?<=[\s(:]))['\"‘“]([^'\"‘’“”]{1,80})['\"’”](?=[\s,.;:→-])")


def _dismissed(sentence: str, inc: dict) -> bool:
    """Is the incident's place named in a quoted report (or the quoted word before it: '"Uzhhorod" strike') that the
    sentence then dismisses?"""
    quote = inc["source_quote"]
    at = sentence.find(inc["mention"]) if quote and (quote in sentence or sentence in quote) else -1
    if at < 0:
        return False
    for quoted in _QUOTED_REPORT.finditer(sentence):
        if quoted.start() <= at < quoted.end():
            rest = sentence[quoted.end():]
            # (the next quoted report is another's: "'Fwd: Kharkiv depot' -> duplicate. 'Strike on X' -> no source")
            cut = _QUOTED_REPORT.search(rest)
            return _DISMISSED.search(rest, 0, cut.start() if cut else len(rest)) is not None
    return False


_ATTACK_REF = re.compile(r"\b(?:strike|attack|shelling|bombing|explosion|fire)s?\s+(?:on|of|in|at)\b", re.I)


# "UN security cell log 12/02/2024: ...", "Bohodukhiv community monitor, 05.10.2026: ...": a record's own date, with
# its year, before a colon (not one inside a time such as 09:00)
_DAY_ENDS_HEAD = rf",\s*(?:[A-Z][a-z]{{2}}\s+)?{_DATE_NO_YEAR}\s*(?::(?!\d)|\s[—–])"  # ", Tue 11 Oct —", ", 18 June:"
_RECORD_HEAD = re.compile(r"^[^:;]{0,80}?\b(?:19|20)\d\d\b[^:;]{0,30}?:(?!\d)\s|"  # a date with its year
                          # "Minutes, Odesa City Council, 18 June: ...", "Staff sitrep, Tue 11 Oct — ...": a record's
                          # name that ends on its day (not a place and its day: "Orikhiv, 4 May:" dates the event)
                          rf"^(?=[^:;—–]{{0,80}}?\s[^:;—–\s]*{_DAY_ENDS_HEAD})[^:;—–]{{0,80}}?{_DAY_ENDS_HEAD}\s")


# a sentence's first words, or its heading before a colon or a dash (with the word after it, which tells "22.04:" a
# date from a time)
_LEAD_WORDS = re.compile(r"[^:—–]{0,60}?[:—–]\s*\S*|\W*(?:\S+\s+){0,4}")


def _opens_on_date(sentence: str, anchor: dt.date | int | None, published: dt.date) -> bool:
    """Does the sentence open on its date, which then frames a note's next sentences ("22.04: assaults on X were
    repelled. RF MoD claimed the capture of Y.")?"""
    opening = _LEAD_WORDS.match(sentence)
    return opening is not None and find_date(opening.group(0), published, anchor) is not None


def _sentence_date(sentence: str, published: dt.date, anchor: dt.date | int | None) -> tuple[dt.date, int] | None:
    """The date a sentence gives its event: a record's date before a colon is the day the record was written, and
    the date told after it ("log 12/02/2024: ... on Sunday", "05.10.2026: on 4 October ...") counts from it."""
    head = _RECORD_HEAD.match(sentence)
    if head is not None:
        written = find_date(head.group(0), published, anchor)
        if written is not None and written[1] == 1:
            # "yesterday", "on Sunday" speak from the record's day
            return find_date(sentence[head.end():], min(written[0], published), written[0]) or written
    return find_date(sentence, published, anchor)


# (and a ticker's or a newsletter's geometric bullets: "▪ Kherson: ...", "▸ Odesa: ...", " · ")
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF\u2023\u2043]|(?<= )\u00B7(?= )")
_VARIATION = re.compile("[\uFE0F\u200D]")  # an emoji's variation selector and joiner
# a wire story's slug before its headline ("TIMELINE-Severodonetsk under siege", "UPDATE 2-Missile hits Kyiv"): blanked,
# so that the name it is glued to reads as a name
_WIRE_SLUG = re.compile(r"^\s*(?:UPDATE\s+\d+|TIMELINE|FACTBOX|EXPLAINER|ANALYSIS|INSIGHT|WRAPUP(?:\s+\d+)?|REFILE|"
                        r"CORRECTED|EXCLUSIVE|RPT|URGENT|FLASH)\s*-(?=\S)")
# a press release's dateline in title case ("Kyiv, 4 August 2022 — Russian forces fired ... on Friday"): where and
# when the release was written, when that is the day it was published
_PRESS_DATELINE = re.compile(r"^\s*[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?,\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
                             r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\s*[—–-]\s+")
_HASHTAG = re.compile(r"(?<![\w&#])#(?=[A-ZА-ЯІЇЄҐ][\w'’-]*(:)?)")


# "hit by a rocket in 2022", "burned after Russian shelling in 2023", "destroyed in the spring of 2022"
# ("lost its roof to a drone in 2025", "wrecked by shelling in 2024")
_HARM_IN_YEAR = re.compile(r"\b(?:hit|struck|destroyed|damaged|burned|burnt|shelled|bombed|killed|wounded|injured|"
                           r"wrecked|shelling|strikes?|attacks?|bombing|drones?|missiles?|rockets?|shells?)\b"
                           r"[^.;:]{0,50}?\bin\s+(?:(?:early|late|mid|the\s+"
                           r"(?:spring|summer|autumn|fall|winter)\s+of|spring|summer|autumn|fall|winter|"
                           r"(?-i:[A-Z])[a-z]+)\s+)?((?:19|20)\d\d)\b|"
                           # "a 2023 strike on a bakery in Kherson, taken from our archive"
                           r"\b(?:a|an|the)\s+((?:19|20)\d\d)\s+(?:(?:missile|drone|rocket|air|artillery)\s+)?"
                           r"(?:strike|attack|shelling|bombing|raid)\b", re.I)


def _harm_of_a_past_year(sentence: str, published: dt.date) -> re.Match | None:
    """Harm told as of a year before the publication's, in a sentence that dates nothing to a day."""
    m = _HARM_IN_YEAR.search(sentence)
    if m is None or int(m.group(1) or m.group(2)) >= published.year:
        return None
    # (a day told in a later clause dates something else: "... wrecked by shelling in 2024, he added, and a new
    # batch of seed left on Friday")
    later = _NEXT_CLAUSE.search(sentence, m.end())
    # (nor one told before the harm's own clause: "the club raced on August 9 in honour of its partner club in
    # Kherson, whose boathouse burned after Russian shelling in 2023")
    found = find_date(sentence[sentence.rfind(", ", 0, m.start()) + 1:later.start() if later else len(sentence)],
                      published)
    return m if found is None or found[1] != 1 else None


# a search's operators and quoted terms: '"Zolochiv" Kharkiv since:2024-03-18: mortar fire on the outskirts ...'
_SEARCH_OPERATOR = re.compile(r"\s(?:since|until):\d{4}-\d\d-\d\d(?=\s*:\s)")
_QUOTED_HEAD = re.compile(r"(?:^|(?<=[.;!?]\s))[\"“]([A-Z][^\"“”.;:]{1,40})[\"”](?=[^.;:\"“”]{0,40}:\s)")


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence that ``at`` stands in ends (the end of the text when it is the last)."""
    end = text.find(". ", at)
    return len(text) if end < 0 else end + 1


def extract_incidents(text: str, published, resolver: Resolver) -> list[Incident]:
    """Incidents reported in ``text``, dated relative to ``published`` (a date or ISO string).

    ``resolver`` is a :class:`gazetteer.Gazetteer` (anything that fits :class:`Resolver`).
    Each :class:`~incidents.record.Incident` holds ACLED-style fields plus injured, geonameid,
    source_quote and confidence (numbers the text does not give are None), and the mention, the
    resolver's ranked places and the casualty ranges.
    """
    published = _as_date(published)
    original = text
    if _PICTOGRAPH.search(text):  # "🔴 Kharkiv: a drone hit ...": a post's emoji are its bullets (same length)
        text = _VARIATION.sub(" ", _PICTOGRAPH.sub("•", text))
    if text[:1].isspace() or text[:1].isupper():
        text = _WIRE_SLUG.sub(_blanked, text, count=1)  # (of the same length)
        dateline = _PRESS_DATELINE.match(text)
        if dateline is not None and (find_date(dateline.group("date"), published, None) or (None,))[0] == published:
            text = " " * dateline.end() + text[dateline.end():]
    if " > " in text or " › " in text:  # "Donetsk oblast > Kramatorsk raion > Kostiantynivka:": a path of places
        text = text.replace(" > ", ",  ").replace(" › ", ",  ")  # (of the same length)
    if "#" in text:  # "#Kherson: shelled again": a social post's hashtag names its place, and one before a colon
        # opens an entry (of the same length: quotes are cut from the original)
        text = _HASHTAG.sub(lambda m: " " if m.group(1) is None else "•", text)
    if "since:" in text or "until:" in text:  # a search's date operator: '"Vovchansk" since:2024-03-17: a bomb ...'
        text = _SEARCH_OPERATOR.sub(_blanked, text)  # (of the same length)
    if '"' in text or "“" in text:  # '"Vovchansk": a bomb ...': a query's quoted term heads what it found
        # (of the same length; not a term the entry dismisses: '"Uzhhorod" strike: a rumour with no source; nothing.')
        text = _QUOTED_HEAD.sub(lambda m: m.group() if _DISMISSED.search(text, m.end(), _sentence_end(text, m.end()))
                                else f" {m.group(1)} ", text)
    dittos: list[int] = []  # where "Ditto" stood before a place
    if "Ditto" in text:  # "Ditto Marhanets, one wounded.": no name of the place (of the same length)
        dittos = [m.start() for m in _DITTO_PLACE.finditer(text)]
        text = _DITTO_PLACE.sub("     ", text)
    if "[" in text and _UNSOURCED.search(text):  # (of the same length)
        text = _UNSOURCED.sub(_blanked, text)
    if "):" in text:  # (of the same length)
        text = _DAY_ASIDE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    if "took back " in text or "taken back " in text:  # "the army took back Trostianets": retook it (same length)
        text = _TOOK_BACK.sub(lambda m: f"re{m.group(1)}   ", text)
    if " no, " in text and _TAKEN_BACK.search(text):  # (of the same length)
        text = _taken_back(text)
    if " STOP" in text or "rpt " in text or "RPT " in text:  # a telex (of the same length)
        text = _TELEX_STOP.sub(".    ", _TELEX_REPEAT.sub(_blanked, text))
    if "Enter " in text or "Log " in text or "Key in " in text or "Insert " in text or "Add " in text:
        text = _KEYING_ORDER.sub(_blanked, text)  # (of the same length)
    if "(" in text and _HISTORY_ASIDE.search(text):  # (of the same length)
        text = _HISTORY_ASIDE.sub(_blanked, text)
    if "(I" in text:  # (of the same length)
        text = _WRITERS_ASIDE.sub(lambda m: m.group() if is_violent(Cues(m.group())) else " " * len(m.group()), text)
    if _capitals(text):
        text = _in_lower_case(text, resolver.knows)  # of the same length: quotes are cut from the original
    incidents: list[dict] = []
    last: dict | None = None
    carried_date: tuple[dt.date, int] | None = None
    # the sentence that reported violence whose date is carried, and the anchor it was read with (None when the date
    # carried is a heading's or a label's)
    told_in: tuple[str, dt.date | int | None] | None = None
    previous: dict | None = None  # the incident of the sentence just before
    group: list[dict] = []  # the incidents of the last sentence that told any
    entries, listed = _entries(split_sentences(text), resolver.knows)
    sentences = [entry for entry, _ in entries]
    cues = [Cues(s) for s in sentences]  # each sentence folded once, each rule pattern searched once
    # a tally's entry ("Pokrov: no casualties") reports the violence the sentence it was cut from reports
    cut_from = {whole: is_violent(Cues(whole)) for entry, whole in entries if entry != whole}
    # (not an entry that tells other news: "...; Komyshuvakha — power restored after Friday's outage")
    violent = [is_violent(c) or (cut_from.get(whole, False) and not tells_other_news(c))
               for c, (_, whole) in zip(cues, entries, strict=True)]
    if len(sentences) > 1 and violent[0] and violent[1] and _LABEL_HEADING.match(sentences[0]):
        # "Drone review, Beryslav. A volunteer driver was delivering bread when a drone dropped a grenade ...": a
        # record's label and place head the account, whatever word the label uses
        violent[0] = False
    for k, sentence in enumerate(sentences):
        if violent[k] and " in " in sentence and (past := _harm_of_a_past_year(sentence, published)) is not None \
                and not is_violent(sentence[:past.start()] + " " + sentence[past.end():]):
            violent[k] = False  # "The building, hit by a rocket in 2022, has new windows": a past year's harm only
    ditto_spans = _spans_by_index(text, sentences) if dittos else {}
    for k in range(1, len(sentences)):
        if not violent[k] and any(violent[:k]) and (
                # "2 August, Chervonohryhorivka, ditto weapon and source, nobody hurt": the attack of the line before,
                # again
                ("itto" in sentences[k] and _DITTO.search(sentences[k]))
                # "Ditto Bilozerka, no one hurt.": the attack of the line before, at that place (a "Ditto" blanked
                # out at the sentence's start)
                or (k in ditto_spans and any(at < ditto_spans[k][1] and not text[at:ditto_spans[k][0]].strip()
                                             for at in dittos))):
            violent[k] = True
    for k in range(1, len(sentences)):
        if violent[k] and not violent[k - 1] and retells(cues[k], cues[k - 1]) \
                and not find_mentions(sentences[k], resolver.knows):  # naming no place of its own
            violent[k] = False
    # only the places of sentences that report violence are resolved (jointly, with the whole text as context)
    joint = _JointPlaces(text, resolver, _spans(text, [s for s, v in zip(sentences, violent, strict=True) if v]))
    lead: list[str] = []  # sentences before the first incident, which may name its place ("Rescue work in X ended.")
    tolls: dict[str, dict] = {}  # casualties of each sentence or clause, read once
    places_named: dict[str, list[Mention]] = {}  # and its place mentions
    armed_lead: dict | None = None  # the type of an attack told in a sentence that named no place

    def continued(when: tuple[dt.date, int]) -> dict | None:
        """What a sentence naming no weapon continues: the incident just told on its day, else the
        attack a sentence that named no place told."""
        if last is not None and (last["event_date"] == when[0].isoformat()
                                 # "Drones hit three Sumy region villages. ... in Esman on Tuesday ...": a region's
                                 # summary told first types the places told after it, whatever their day
                                 or (last.get("geo_precision") == PRECISION["region"] and last.get("weapon_named"))):
            return last
        return armed_lead

    def toll(part: str) -> dict:
        if superseded:  # "An earlier version of this report said the strike killed three": corrected since
            return {}
        found = tolls.get(part)
        if found is None:
            found = tolls[part] = counted_ranges(part)
        return found

    def mentions_in(part: str) -> list[Mention]:
        """The place mentions of a sentence or clause, found once: a clause is read again after
        :func:`_rejoined` read it, and the lead sentences for each toll that names no place."""
        found = places_named.get(part)
        if found is None:
            found = places_named[part] = find_mentions(part, resolver.knows)
        return found

    def lead_mentions(part: str) -> list[Mention]:
        """The place mentions of a lead sentence that can place what follows: not where a witness was heard,
        where people were taken or where an attack came from."""
        return [m for m in mentions_in(part) if not _elsewhere(part, m)]

    superseded = False  # the sentence tells what a corrected version of the report said
    bullets_dated: tuple[dt.date, int] | None = None  # the day a list's heading gives the bullets after it
    for n_sentence, (sentence, cue, reports_violence) in enumerate(zip(sentences, cues, violent, strict=True)):
        if incidents and _NATIONWIDE.match(sentence) and not mentions_in(sentence):
            previous = None  # "Nationwide, at least 14 people died.": the country's toll, not the last place's
            continue
        superseded = cue.has(*_SUPERSEDED_STEMS) and _SUPERSEDED.search(sentence) is not None
        if incidents and ":" in sentence \
                and (referred := _corrected_entry(sentence, incidents, last, published)) is not None \
                and not mentions_in(sentence) and (casualties := toll(sentence)):
            _hurt_retyped(referred, sentence, casualties)
            merge_into(referred, {**casualty_fields(casualties), "source_quote": sentence,
                                  "update": casualty_update(sentence)})
            continue
        if not reports_violence:
            if last is None:
                lead.append(sentence)
            if len(sentence.split()) <= _LABEL_WORDS or _DATE_LABEL.match(sentence) or _DATE_FIELD.match(sentence) \
                    or _DATE_ENDS.search(sentence) or (last is None and len(sentence.split()) <= _HEADING_WORDS_MAX
                                                       and _FULL_DATE.search(sentence)) or (
                    last is None and (_ATTACK_REF.search(sentence) or _DATE_OF.search(sentence))):
                # a record's date ("Incident summary, 20 August 2025.", "Date: 8 October 2023, around 16:00."), or
                # a lead sentence about an attack not told as news ("a notice of suspicion over the strike on
                # Konotop on 2 April"): it dates the attack the next sentence tells
                labelled = find_date(sentence, published, None)
                if labelled is not None and labelled[1] == 1 and not _kept_day(sentence, labelled[0], published):
                    carried_date, told_in = labelled, None
            elif last is not None and last.get("undated") is True and _HAPPENED.search(sentence):
                # "A hatchback with a hole in its rear window ... The owner says it happened on Friday at about 17:30":
                # the day a later sentence gives the attack told undated
                _dated_later(last, find_date(sentence, published, None))
            elif last is None:
                # "By the time I reached Sloviansk's market on Wednesday, firefighters were still ...", "A camera
                # recorded something exploding against a hostel on Saturday night.": the scene a report opens on dates
                # the attack its next sentence tells
                scene = find_date(sentence, published, None)
                if scene is not None and scene[1] == 1 and not _kept_day(sentence, scene[0], published):
                    carried_date, told_in = scene, None
            # "No one was hurt." / "The driver was hospitalised." right after an incident: its numbers
            # (or, in a text that told one incident, a later sentence naming no place: "... nobody was hurt.")
            if last is not None and (last is previous or (len(incidents) == 1 and not mentions_in(sentence))) \
                    and not _SEPARATE.search(sentence) and not (
                        # "13 October: a bus crash near Uman with 5 hurt, a road accident": an accident at a place
                        # of its own, not the toll of the attack told before
                        tells_accident(cue) and any(m.level == "place" and all(m.text != i["mention"]
                                                                               for i in incidents)
                                                    for m in mentions_in(sentence))):
                casualties = toll(sentence)
                if casualties:  # "No casualties were reported in Sumy": the incident it names, else the last
                    named_here = [i for i in incidents if re.search(rf"\b{re.escape(i['mention'])}\b", sentence)]
                    # "hitting X and Y. No casualties were reported.": nobody at either place
                    targets = named_here if len(named_here) == 1 else \
                        group if last in group and all(v[0] == 0 and v[2] == 0 for v in casualties.values()) \
                        else [last]
                    for target in targets:
                        _hurt_retyped(target, sentence, casualties)
                        merge_into(target, {**casualty_fields(casualties), "source_quote": sentence,
                                            "update": casualty_update(sentence)})
                elif not mentions_in(sentence):
                    continue  # "A fire broke out at an enterprise.": a detail of it; the next sentence may still count
            previous = None
            continue
        if last is not None and _TOTALS_LINE.match(sentence):
            continue  # "Recorded: 1 killed, 3 injured (1); 0 killed, 2 injured (2).": the record's tolls again
        if sentence[:1] in _BULLETS:  # a factbox's next development: the day told before does not carry to it,
            # but the day of the heading the list opens with does ("Monday's missile strikes, city by city — • Kyiv:")
            carried_date, told_in = bullets_dated, None
        else:
            bullets_dated = _heading_date(sentence, published)
        anchor = None if carried_date is None else carried_date[0] if carried_date[1] == 1 else carried_date[0].year
        undated_line = _DATELINE.sub("", sentence, count=1)
        if ":" in undated_line[:80]:
            undated_line = _DATELINE_TITLED.sub("", undated_line, count=1)
        found_date = _sentence_date(_DATELINE_REST.sub("", undated_line, count=1),
                                    published, anchor)
        if found_date is None and entries[n_sentence][1] in listed:
            # "Shelling hit Kherson (2 killed), Bilozerka (1 injured) and Antonivka (no casualties) on Tuesday": the
            # day of the list's sentence is each entry's
            found_date = _sentence_date(entries[n_sentence][1], published, anchor)
        if found_date is not None and not (carried_date is not None and found_date[0] > carried_date[0]
                                           and _FIGURE_REVISED.search(sentence)):
            # (not the later day a toll was revised on: "...; on Monday they raised the injured to 13. The same
            # evening rockets landed in Kostiantynivka" is the evening of the attack)
            carried_date, told_in = found_date, (undated_line, anchor)
        # ("Heavy fighting continues around Y.": what still goes on as the report is written is on its day, not on
        # the day the sentence before told; so is a claim of ground told without a day of its own: "Shelling killed
        # two in Kramatorsk on Sunday. Moscow claimed its troops had taken X.")
        when = found_date or (carried_date if not (_GOES_ON.search(sentence) or (
            told_in is not None and claims_ground(cue) and not _opens_on_date(*told_in, published))) else None) \
            or (published, 1)
        undated = (found_date is None and carried_date is None) or (
            # "A compilation posted on 25 November shows a drone diving onto a car in Beryslav. ... killed there on
            # Thursday": the day a video or a post went up is no attack's own, when a later sentence tells that one
            found_date is not None and _posted_on(sentence, published, anchor) == found_date)
        told, previous = previous, None
        named = mentions_in(sentence)
        own_places = bool(named)  # the sentence names its places (else the record's lead or heading does)
        if not named and n_sentence and " there" in sentence and _THERE.search(sentence) and is_violent(cue):
            # "Nikopol gets drones and artillery every day. Yesterday drones dropped explosives on a minibus there": the
            # one place the sentence before named, where nothing was told to have happened yet
            # (before a lead's or heading's place: "Repair book of a workshop in Dnipro. ... cello of a teacher from
            # Kramatorsk. She says rockets hit the street behind her school there on Sunday")
            prior = [m for m in mentions_in(sentences[n_sentence - 1]) if m.level == "place"]
            if len(prior) == 1 and not any(i["mention"] == prior[0].text for i in incidents):
                named = [replace(prior[0], cue=2)]
        if not named and n_sentence and (village := told or last) is not None and "the city" in sentence.lower() \
                and _THE_CITY_ITSELF.search(sentence) is not None and village["places"] \
                and (_STRUCK.search(sentence) or _WEAPON_HARMED.search(sentence)) is not None:
            # "Route book of a circus, Mykolaiv stand. ... a drone hit a car at Parutyne. Tuesday: a missile hit the
            # port area, and the city says ...": a village told before is no city; the city is the heading's
            # (an attack of its own: not "the injured were taken to the city hospital")
            # (nor is a town a fifth the heading city's size: "Car hire desk in Kryvyi Rih. ... a truck outside
            # Apostolove ... a missile hit the city's south")
            town = village["places"][0]
            named = _heading_city(sentences[0], lead_mentions, resolver, text, town if town.population >= FIRM_POP
                                  else None)
        if not named and last is not None and n_sentence and lead and ("our " in sentence or " away" in sentence
                                                                        or "next door" in sentence) \
                and (_OUR_SITE.search(sentence) or _NEAR_US.search(sentence)) \
                and (_STRUCK.search(sentence) or _WEAPON_HARMED.search(sentence)):
            # "Tally book of a foreman at the port of Izmail. ... drones again: one hit the grain shed at our far
            # berth": the writer's own site, at the place the record's heading names, after attacks told elsewhere
            named = _lead_place(lead, lead_mentions)
        elif not named and last is None and n_sentence and not toll(sentence) and not _CITY_ANAPHOR.search(sentence) \
                and (_FIGHT_WORD.search(sentence) or (_STRUCK.search(sentence) and names_weapon(cue))):
            # "Kurakhove is now mostly empty. On Thursday Russian troops ... fought Ukrainian units for the dam": an
            # attack or a fight told without a place, after a lead that names one place and no other
            # (the lead's, else that of all the sentences before, which told violence but no incident: "Alert level for
            # Kryvyi Rih raised after two strikes this week. A ballistic missile hit an apartment block ...")
            named = _one_place(lead, lead_mentions, weak=False) \
                or _one_place(sentences[:n_sentence], lead_mentions, weak=False)
        elif not named and last is None and (toll(sentence) or _CITY_ANAPHOR.search(sentence)):
            # "Rescue work in Ternopil ended. A missile hit a house: 5 were killed", "Back in Kramatorsk after a
            # rough night. Two S-300s hit the city around 1am.": the place a lead names
            # "Minutes of the Sumy city council, extraordinary session: the mayor reported that ...": or the heading
            # the sentence opens with
            heading = _OWN_HEADING.match(sentence) if not lead and not incidents else None
            # (the lead's, else that of all the sentences before, which told violence but no incident)
            named = _lead_place(lead + ([heading.group(1)] if heading else []), lead_mentions) or (
                _lead_place(sentences[:n_sentence], lead_mentions) if len(lead) < n_sentence else []) or (
                # "Interview summary: two evacuees from Konstantinovka, at a reception point in Druzhkivka. ... on the
                # town's edge soldiers shot their neighbour": where the witnesses fled, when the lead names no other
                _lead_place(lead, lambda part: [m for m in mentions_in(part) if _fled_from(part, m)])
                if _CITY_ANAPHOR.search(sentence) else [])
        # ("A drone hit a truck in Nikopol on Friday. On Saturday artillery shelled the city.": another attack on the
        # place, on a day of its own)
        # (a toll of its own after an attack told without one dates that attack: "Investigators visited the district
        # on 24 June, after a bomb struck a building. On 22 June the bomb hit its fourth floor, killing three")
        own_day = found_date is not None and told is not None and found_date[0].isoformat() != told["event_date"] \
            and (_STRUCK.search(sentence) is not None or _WEAPON_HARMED.search(sentence) is not None) and (
                told["fatalities"] is not None or told["injured"] is not None
                or not any(v[1] for v in toll(sentence).values()) or _HIT_AGAIN.search(sentence) is not None)
        # (fighting told after a strike: "... That day troops fought assault groups in the streets of the town")
        fight_after = told is not None and told["event_type"] in (EXPLOSIONS, VAC) \
            and _FIGHT_WORD.search(sentence) is not None
        if not named and told is not None and not toll(sentence) and not _SEPARATE.search(sentence) \
                and not ((told["event_type"] == BATTLES or own_day or fight_after)
                         and _another_attack(told, cue, when)):
            # ("An assault on Avdiivka on Monday. KAB bombs hit the town's coke plant the same day.": a strike of its
            # own after a battle)
            previous = told  # "A shop caught fire.": a detail of the incident just told, no new one
            _dated_later(told, found_date)
            if not _armed_by(told, cue) and told["sub_event_type"] == "Arrests":
                # "... documented the detention of a teacher in X. ... amounts to an enforced disappearance."
                kind = classify(cue, _country_code(told))
                if kind["sub_event_type"] == "Abduction/forced disappearance":
                    told.update({k: kind[k] for k in ("event_type", "sub_event_type", "actor1", "actor2",
                                                      "civilian_targeting")})
            continue
        made: list[dict] = []
        split_toll, told_to = _by_place(sentence)
        if split_toll:
            before = continued(when)
            for place, what, count in split_toll:
                mention = Mention(place, sentence.find(place), "place", 2, False)
                inc = _incident(sentence, cue, text, when, {what: count}, [mention], resolver, joint, before)
                if inc is not None:
                    last = previous = _keep(incidents, inc)
                    made.append(last)
            if made:
                group = made
                rest = _NEXT_CLAUSE.match(sentence, told_to)
                if rest is None or not mentions_in(sentence[rest.end():]):
                    continue
                # "..., while all four injured were in Sloviansk": the rest tells of its own place
                sentence = sentence[rest.end():]
                cue = Cues(sentence)
                named = mentions_in(sentence)
                made = []
        taken = cue.has(*_TAKEN_VERBS)
        named = [m for m in named if not _elsewhere(sentence, m, taken)]
        mentions = _placed(sentence, named)
        if not mentions and named and (heading := _OWN_HEADING.match(sentence)) is not None \
                and all(m.start < heading.end() for m in named) and len({m.text for m in named}) == 1 \
                and named[0].level == "place":
            # "Severodonetsk under siege, agency chronology: ...; May 22 - shelling kills two": the place of the
            # sentence's own heading, when it names no other
            mentions = heading_places = [replace(named[0], cue=2)]
        else:
            heading_places = []
        if not mentions and last is None and lead:
            # "Grayvoron, Belgorod Oblast. On 6 January a drone hit a car ...": the record's heading places it
            mentions = _heading_place(lead, lead_mentions) or _segment_place(lead, lead_mentions)
            named = mentions or named
        # (a hromada is named after its centre: "in Esman hromada ...; in Khotin hromada ..." are two places)
        # (and a city's district: "on Kharkiv's Kyivskyi district ..., and in Chuhuiv ...")
        strong = [m for m in mentions if m.cue == 2 and (m.level == "place" or m.text.lower().endswith(" hromada")
                                                          or (m.level == "district" and _CITYS.search(m.text)))]
        # ("..., and Bilozerka, where a drone injured a cyclist": a listed place with its own "where" clause)
        listed_where = " where " in sentence and _WHERE_ENTRY_RE.search(sentence) is not None
        # (a sentence that names no place goes on about the last one: "Two women died; shells fired the day
        # before had hit the port")
        split = len(strong) >= 2 or (strong and (_ANAPHOR.search(sentence) is not None
                                                  or _TIMED_CLAUSE.search(sentence) is not None
                                                  # "shelled X on Tuesday and Y on Wednesday"
                                                  or (" and " in sentence and (_GAPPED.search(sentence) is not None
                                                                               or _GAPPED_NEXT.search(sentence)
                                                                               is not None
                                                                               or _GAPPED_AT.search(sentence)
                                                                               is not None))
                                                  or (" again " in sentence and _AGAIN.search(sentence) is not None)
                                                  # "..., and the next night they hit the town again"
                                                  or (" again" in sentence and _HIT_AGAIN.search(sentence) is not None)
                                                  # "...; three more were killed in the Kharkiv region": a region's
                                                  # own toll after a place's
                                                  or _region_after(sentence, mentions))) or (
            (strong or last is not None) and ";" in sentence and len(_DATED_ENTRY.findall(sentence)) >= 2) or (
            # "Russian assaults on Avdiivka continue; two civilians killed by shelling on Wednesday": a battle's place,
            # then shelling told without one
            len(strong) == 1 and (";" in sentence or " that " in sentence or " while " in sentence
                                  or ", and " in sentence)
            and _battle_then_strike(sentence)) or (
            # "Moscow claimed the capture of Pisky, while Kyiv said its troops were still repelling assaults there the
            # same day": ground claimed taken, then fighting for it
            len(strong) == 1 and (";" in sentence or " while " in sentence)
            and _capture_then_fight(sentence) is not None) or (
            len(strong) <= 1 and ";" in sentence and _another_kind_after(sentence)) or (
            (strong or (not mentions and last is not None)) and _DAY_BEFORE_CLAUSE.search(sentence) is not None) or (
            # "... a grocery on the main street of Kupiansk, ...; the next morning a glide bomb hit the town": a clause
            # of its own time after a place named weakly
            not strong and bool(mentions) and ";" in sentence and _TIMED_CLAUSE.search(sentence) is not None) or (
            # "... killing a man. Two women waiting beside him were hurt, and a drone hit a car in Ochakiv the next
            # day, wounding the driver": the toll of the attack told before, then another attack with its own
            len(strong) == 1 and last is not None and ", and " in sentence
            and _TOLL_THEN_ATTACK.match(sentence) is not None and toll(sentence[sentence.find(", and "):])) or (
            # "drones hit X twice last week: on Tuesday, ..., and on Saturday, ...": each day its own clause
            len(strong) == 1 and " and " in sentence and _TIMES.search(sentence) is not None)
        split = split or listed_where
        clauses = _clauses(sentence, mentions_in) if split else [sentence]
        # (see _BUT; not a cut for any other clause)
        cut = _capture_then_fight(sentence, _BUT) if len(clauses) == 1 and len(strong) == 1 and ", " in sentence \
            else None
        fight_cut = cut is not None
        if cut is not None:
            clauses = [sentence[:cut.start()], sentence[cut.end():]]
        two_targets = bool(split) and " and " in sentence and not toll(sentence)
        if two_targets:
            parts = [part for clause in clauses for part in _SECOND_TARGET.split(clause)]
            two_targets, clauses = len(parts) > len(clauses), parts
        shared: list[tuple[dict, list[dict]]] = []  # a toll told for several places: its first place, the others
        leaflets_over: list[Mention] = []
        for n_clause, clause in enumerate(clauses):
            # a place the lead or heading gave stays with the first clause, which tells of it
            whole = len(clauses) == 1 or (not own_places and clause is clauses[0])
            clause_named = named if whole else [m for m in mentions_in(clause) if not _elsewhere(clause, m, taken)]
            clause_mentions = mentions if whole else _placed(clause, clause_named)
            if clause_mentions and ("nam" in clause or "indicated" in clause or "specified" in clause) \
                    and _NO_PLACE_NAMED.search(clause):
                # "Huliaipole hromada reported shelling but named no village": a hromada, no place to map (a raion's
                # villages not named are still its row: "villages in Zaporizhzhia raion were shelled")
                clause_mentions = [m for m in clause_mentions
                                   if not m.text.lower().endswith((" hromada", " community"))]
            clause_cue = cue if clause == sentence else Cues(clause)  # searched once for the questions below
            if not whole and clause is not clauses[0] and clause_named and tells_no_hit(clause_cue):
                continue  # "...; in Konotop there were no hits", "in Zhytomyr air defence was active, no damage"
            if not whole and clause is not clauses[0] and clause_named and _ASIDE_VERB.search(clause) \
                    and not is_violent(clause_cue) and not toll(clause):
                continue  # "...; the nursery's Kharkiv forester says his cousin in Kupiansk is safe": no attack told
            if not whole and clause_mentions and clause_cue.has("leaflet") and not is_violent(clause_cue):
                # "drones dropped leaflets over Bilozerka on Monday ...; the next day shells hit the village": no
                # attack, but the place of the clause after it
                leaflets_over = clause_mentions
                continue
            if not clause_mentions and leaflets_over:
                clause_mentions = leaflets_over
            if not whole and clause_named and n_clause + 1 < len(clauses) \
                    and all(m.level != "place" for m in clause_named) and not is_violent(clause_cue) \
                    and _AREA_HEADING.match(sentence, sentence.find(clause) + len(clause)) is not None \
                    and any(m.level == "place" for m in mentions_in(clauses[n_clause + 1])):
                continue  # "Tsyrkuny hromada: Ruski Tyshky, mortar fire, one killed": an area heading its places
            if clause is not clauses[0] and _ENTRY_DATE.match(clause):
                if not is_violent(clause_cue):
                    continue  # "...; Dec 26 - power restored to 4,000 homes": a chronology's entry that tells no attack
                if not clause_mentions and clause_named:
                    # "...; March 4 - Kherson city, drone attack on a bus": a chronology's entry names its own place
                    clause_mentions = [replace(m, cue=2) for m in clause_named[:1] if m.level == "place"]
                elif not clause_mentions and not clause_named:
                    clause_mentions = heading_places  # or happened at the place of the chronology's heading
            # a clause that names no place holds no incident: its numbers can only go to the last one
            casualties = toll(_own_toll_part(clause)) if clause_mentions or last is not None else {}
            # "on Monday a bomb hit X, and on Wednesday shelling hit Y": a later clause's own day
            own_date = None
            if clause is not clauses[0]:
                if last is not None and _DAY_BEFORE_START.match(clause):
                    # "the day before": before the attack just told, whatever else the sentence dates
                    own_date = find_date(clause, published, dt.date.fromisoformat(last["event_date"]))
                elif clause_mentions or _CLAUSE_TIME.match(clause) or _ENTRY_DAY.match(clause) \
                        or _ENTRY_DATE.match(clause) or fight_cut or _SHELLING_OF_IT_START.match(clause):
                    # (a clause naming its own place keeps a day it tells anywhere: "...; we confirm only street
                    # fighting in Kurakhove on Monday")
                    # ("on Monday shells hit X; the governor said Y was shelled that day": the day of the clause
                    # just told)
                    told_before = dt.date.fromisoformat(made[-1]["event_date"]) \
                        if made and _THAT_DAY.search(clause) is not None else when[0]
                    own_date = _sentence_date(clause, published, told_before if when[1] == 1 else anchor)
                    if found_date is not None and own_date != found_date and told_before is when[0] \
                            and has_any(clause, _COUNTED_DAY_WORDS) \
                            and _sentence_date(clause, published, anchor) == found_date \
                            and _sentence_date(clauses[0], published, anchor) is None:
                        own_date = found_date  # (the sentence's day is this clause's: "... the next day" once)
            elif len(clauses) > 1 and clause_mentions and found_date is not None and found_date[1] == 1:
                # "the army said on Monday its troops had retaken X, and on Tuesday announced the recapture of Y":
                # the first clause keeps the day it tells itself, which the sentence's later day does not replace
                # ("Russia claimed X on Feb 17, and a missile hit Y on Feb 15": so does a claim of ground, told on a
                # later day than what the sentence tells after it)
                told_own = _sentence_date(clause, published, anchor)
                own_date = told_own if told_own is not None and told_own[1] == 1 and (
                    told_own[0] < found_date[0] or (told_own[0] > found_date[0] and claims_ground(clause_cue))) \
                    else None
            clause_when = own_date or when
            if casualties and clause_mentions and (update := casualty_update(clause)) \
                    and ((clause is not clauses[0] and not is_violent(clause_cue))
                         # "Note, Thursday: the woman hurt at the Pokrovsk market died on Wednesday": one of the
                         # wounded of the attack told there, now dead
                         or (update.get("injured", "").startswith("died ") and not names_method(clause_cue))
                         # "correction to Thursday, two were wounded in Lozova, not one": the figure of the attack told
                         # there, corrected
                         or (corrects_figure(clause) and not names_method(clause_cue))) \
                    and (same := next((i for i in reversed(incidents)
                                       if any(m.text == i["mention"] for m in clause_mentions)), None)) is not None:
                # "... killed one person in Kyiv; on Saturday rescuers in Kyiv found a second body": the toll of the
                # attack told there, on the day it happened
                merge_into(same, {**casualty_fields(casualties), "source_quote": sentence, "update": update})
                last = previous = same
                continue
            before = continued(clause_when)
            # "a drone hit X, injuring two, and a house caught fire in Y": a later clause naming no method of its
            # own continues the attack the clause before it told
            follows = bool(made) and made[-1]["event_date"] == clause_when[0].isoformat() \
                and not names_method(clause_cue)
            inc = _incident(clause, cue, text, clause_when, casualties, clause_mentions, resolver, joint,
                            made[-1] if follows else before, follows)
            if inc is None and found_date is not None and last is not None and not clause_mentions \
                    and found_date[0].isoformat() != last["event_date"]:
                # "Three days earlier, on 15 July, shelling had damaged the village's post office": another
                # attack on the place told before, on a day of its own
                noun = _PLACE_NOUN.search(clause)
                referent = _referent(incidents, (noun.group(1) or noun.group(2)).lower()) if noun else None
                if referent is not None:
                    inc = _again_at(referent, clause, cue, text, when, casualties, resolver, joint)
            if inc is None and last is not None and not clause_mentions \
                    and (clause is not clauses[0] or last["event_type"] == BATTLES or own_day or fight_after) \
                    and (_another_attack(last, clause_cue, clause_when) or (
                        # "drones hit X twice last week: on Tuesday, ..., wounding two, and on Saturday, with no
                        # casualties": each day told is an attack of its own
                        own_date is not None and own_date[0].isoformat() != last["event_date"]
                        and _TIMES.search(sentence) is not None) or (
                        # "...; Dec 16 - street fighting on the northern outskirts": a chronology's next day there
                        # (an entry that tells no attack was passed over above)
                        own_date is not None and _ENTRY_DATE.match(clause) is not None
                        and own_date[0].isoformat() != last["event_date"]
                        and classify(clause_cue, _country_code(last))["event_type"] == BATTLES)):
                # "on 3 March mortar fire hit the town, no casualties; on the 5th a drone struck a garage": the
                # same place's next attack, on a day or by a weapon of its own ("Russian forces stormed X on
                # Tuesday. Shelling the same day killed a civilian.": a sentence's own, after a battle)
                inc = _again_at(last, clause, clause_cue, text, clause_when, casualties, resolver, joint)
            if inc is not None and undated:
                inc["undated"] = True
            if inc is None:
                if last is not None and casualties and not _SEPARATE.search(clause):
                    extra = {}
                    if last["event_type"] == EXPLOSIONS and not last.get("civilian_targeting"):
                        victims = classify(cue, _country_code(last))
                        if victims["event_type"] == EXPLOSIONS:
                            extra = {k: victims[k] for k in ("actor2", "civilian_targeting")}
                    anaphor = _ANAPHOR.search(clause)  # "in the city ten were injured": which of the places told
                    target = (_referent(incidents, anaphor.group(1).lower()) if anaphor else None) \
                        or _site_referent(incidents, clause) or _wounded_referent(incidents, clause) \
                        or _died_referent(incidents, clause) or last
                    _hurt_retyped(target, clause, casualties)
                    if len(clauses) == 1:
                        _armed_by(target, cue)  # "Two killed in an attack on X. An FPV drone struck a car ..."
                    _dated_later(target, found_date)
                    # ("...; the same afternoon a refuse lorry was hit on another street of the city, wounding its
                    # driver": more people hurt at the same attack's place, not those told again)
                    update = {"killed": "add", "injured": "add"} if clause is not clauses[0] \
                        and " another " in clause and _ANOTHER_SPOT.search(clause) else casualty_update(clause)
                    merge_into(target, {**casualty_fields(casualties), **extra, "source_quote": sentence,
                                        "update": update})
                    if target is last and told is last and len(group) > 1 and last in group and not own_places \
                            and all(v[1] == 0 for v in casualties.values()):
                        for earlier in group:  # "X was shelled; the day before drones hit it. Nobody was hurt in
                            if earlier is not last:  # either attack": nobody at any place or attack told just before
                                merge_into(earlier, {**casualty_fields(casualties), "source_quote": sentence})
                    previous = last
                continue
            if last is not None and last["event_type"] == EXPLOSIONS and not names_weapon(clause_cue) and (
                    (" again" in clause and _HIT_AGAIN.search(clause) is not None)
                    or _ANOTHER_OF_THEM.search(clause) is not None
                    or (_TIMES.search(sentence) is not None and inc["location"] == last["location"])):
                # "they hit the town again", "On Sunday another struck a house in Stepnohirsk": the same weapons
                inc.update({k: last[k] for k in _TYPE_FIELDS})
            if found_date is None and not names_method(clause_cue) and (same := _toll_told_again(
                    clause, inc, incidents)) is not None:
                # "... captioned 'Tuesday: mortar fire on Velyka Pysarivka, 1 dead'. ... the post gives the Velyka
                # Pysarivka toll as one killed and one injured": the toll of the attack told there, on its day
                merge_into(same, {**casualty_fields(casualties), "source_quote": sentence,
                                  "update": casualty_update(clause)})
                last = previous = same
                continue
            last = previous = _keep(incidents, inc)
            made.append(last)
            # "shelled Kupiansk, Vovchansk and Izium", "near Synkivka and Petropavlivka": each place was hit
            # "X and Y came under fire, with no casualties": nobody hurt at either; a number stays with the first
            # ("killing one person in each town": each place's own toll)
            each_toll = casualties if casualties and all(v[1] == 0 for v in casualties.values()) else {}
            if (" each" in clause or " apiece" in clause) and (each := _IN_EACH.search(clause)) is not None:
                each_toll = toll(each.group())
            sharing: list[dict] = []
            coordinated = _coordinated(clause, clause_named, inc["mention"])
            if len(coordinated) == 1 and " respectively" in clause and (resp := _RESPECTIVELY.search(clause)) \
                    and clause.find(inc["mention"]) < coordinated[0].start:  # the first place's part, the second's
                inc.update(casualty_fields(toll(f"{resp.group('v1')} {resp.group('a')}")))
                each_toll = toll(f"{resp.group('v2') or resp.group('v1')} {resp.group('b')}")
            for other in coordinated:
                more = _incident(clause, cue, text, clause_when, each_toll, [other], resolver, joint, before)
                if more is not None and more["location"] != inc["location"]:
                    sharing.append(_keep(incidents, more))
            made += sharing
            if sharing and casualties and not each_toll:
                shared.append((last, sharing))
        if two_targets and made:  # numbers told after "hit X and a school in Y" stay with X, as before the split
            last = previous = made[0]
        for first, others in shared:  # the sentence's toll as its last clause left it (see _shared_toll_split)
            first["shared_toll"] = (_counts(first), [(o, _counts(o)) for o in others])
        if made:
            group = made
            armed_lead = None
        elif names_weapon(cue) or classify(cue, "UA")["event_type"] == VAC:
            # "The enemy attacked the district with kamikaze drones. Hit: Nikopol, Marhanets.": the weapon of a
            # sentence that named no place types the places the next one names (an attack, not a shoot-down:
            # "Air defence shot down 54 of 69 missiles. In Kyiv three were injured."), and so does an attack on
            # civilians ("Soldiers at the checkpoint opened fire. A woman of 71 was killed.")
            lead_kind = classify(cue, "UA")
            armed_lead = {k: v for k, v in lead_kind.items() if k in ("event_type", "sub_event_type", "actor1")} \
                if lead_kind["event_type"] in (EXPLOSIONS, VAC) else None
    for inc in incidents:
        _shared_toll_split(inc)
    incidents = _city_parts_merged(_dated_merged(_without_summaries(_without_idle_debris(incidents))))
    if incidents and (verdict := _NO_EVENT_VERDICT_LOW.search(fold(text))) is not None:
        # (a verdict in a sentence naming its own place is that place's: "Kramatorsk: a missile hit a school, no
        # casualties. Bakhmut direction: nothing new, no event.")
        said = next((s for s in sentences if text[verdict.start():verdict.end()].strip(" .!") in s), "")
        # (a place abroad is no place of the verdict: "Monument capsule, no row." heads a coder's note)
        own = {m.text for m in mentions_in(said) if m.level == "place"
               and (found := resolver.resolve(m.text, context=text, limit=1))
               and found[0].country_code in FOREIGN_OK} if said else set()
        incidents = [inc for inc in incidents if inc.get("fatalities") or inc.get("injured")
                     or (own and inc["mention"] not in said and inc["geo_precision"] == PRECISION["place"])]
    for said in (s for s in sentences if ("not coded" in s or "not logged" in s or "[not " in s or "(not " in s
                                          or "not on " in s or "not a" in s or "not rows" in s or "not entries" in s)
                 and _NOT_CODED.search(s)) if incidents else ():
        # "A spotter drone shot down over Mykolaiv on Tuesday is not coded.": what that sentence alone told (a
        # sentence, not a clause after another: "Arrests row at Kherson; the cache is not coded.")
        incidents = [inc for inc in incidents if inc.get("fatalities") or inc.get("injured")
                     or inc["source_quote"].replace(said, "").strip()
                     or (_CLAUSE_CUT.search(said) and not _IT_NOT_CODED.search(said))]
    for said in (s for s in sentences if "not " in s and _CLOSING_VERDICT.search(s)) if incidents else ():
        # "Bilozerka hromada: shells in fields, no damage, not coded.", "...; Esman hromada: 'shelling', no village
        # named, not coded.": the verdict closing a coder's entry, for its last clause
        closed = said.rsplit("; ", 1)[-1]
        incidents = [inc for inc in incidents if inc.get("fatalities") or inc.get("injured")
                     or inc["mention"] not in closed
                     or not (inc["source_quote"] in said or said in inc["source_quote"])]
    for said in (s for s in sentences if _DISMISSED.search(s)) if incidents else ():
        # "'URGENT strike on Balakliia' -> no source, archived", "'Shostka chemical plant hit' has no source; bin": a
        # report quoted to be dismissed
        incidents = [inc for inc in incidents if not _dismissed(said, inc)]
    _stems_apart(incidents)
    for inc in incidents:
        _acled_zero_deaths(inc)
    digest = hashlib.sha256(f"{published}|{original}".encode()).hexdigest()[:10]
    for n, inc in enumerate(incidents):
        if text is not original and (at := text.find(inc["source_quote"])) >= 0:
            inc["source_quote"] = original[at:at + len(inc["source_quote"])].rstrip(" |/")
        inc["notes"] = _note(inc)
        inc["event_id"] = f"X{digest}-{n + 1}"
        inc["published"] = published.isoformat()
    return [Incident.from_dict(fit_ranges(inc)) for inc in incidents]
