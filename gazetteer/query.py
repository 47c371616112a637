"""Parsing free-form location strings into a place name and the containers that qualify it.

"Mykhailivka, Kherson region", "Novoselivka (Kharkiv oblast)", "Kherson oblast, Oleksandrivka",
"near the village of X (Y district), Z region", "Q district of Dnipro", "between X and Y": each
becomes a list of :class:`Part` in the order written; the resolver decides which part is the place
and which are its containers (it knows which names are oblasts, raions or towns).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import normalize

REGION_WORDS = {"region", "regions", "oblast", "oblasts", "oblasti", "obl", "province", "krai", "kray", "область",
                "области", "області", "обл", "край", "краю", "voblast", "oblast'", "reg"}
# words after an oblast's name that make it the oblast's administration: "the Donetsk regional governor",
# "Chernihiv OVA" (oblast military administration), "Kharkiv OMA", "Sumy ODA" (oblast state administration)
OBLAST_BODY_WORDS = frozenset({"regional", "ova", "oma", "oda"})
DISTRICT_WORDS = {"raion", "rayon", "district", "raions", "rajon", "район", "районі", "району", "района", "районе",
                  "hromada", "community", "municipality", "miskrada", "громада", "громади",
                  # amalgamated / united territorial communities, Ukrainian and Russian abbreviations of raion
                  "otg", "atc", "utc", "отг", "тг"}
# "Волноваський р-н": the abbreviation of raion, read as the word
_RAION_ABBR = re.compile(r"\bр-(?:н|ну|на|не)\b\.?", re.IGNORECASE)
COUNTRY_KEYS = {"ukraine": "UA", "украина": "UA", "україна": "UA", "russia": "RU", "russian federation": "RU",
                "россия": "RU", "росія": "RU", "belarus": "BY", "беларусь": "BY", "білорусь": "BY",
                "moldova": "MD", "молдова": "MD", "poland": "PL", "польща": "PL", "польша": "PL", "romania": "RO",
                "румунія": "RO", "румыния": "RO", "hungary": "HU", "slovakia": "SK", "lithuania": "LT",
                "latvia": "LV", "estonia": "EE"}
SETTLEMENT_WORDS = {"city", "town", "village", "settlement", "hamlet", "township", "urban type settlement",
                    "urban-type settlement", "smt", "pgt", "selo", "місто", "місті", "село", "селі", "смт",
                    "селище", "селища", "город", "городе", "поселок", "посёлок", "поселке", "деревня", "м",
                    "с", "vil", "vill", "villages", "towns", "settlements", "cities", "hamlets"}
NEAR_WORDS = {"near", "outside", "around", "nearby", "close to", "vicinity of", "outskirts of", "біля", "поблизу",
              "під", "около", "возле", "под", "in the vicinity of", "not far from", "from", "of"}
# words that say where inside or around a place, but not which place
FILLER = {"the", "a", "in", "at", "on", "area", "areas", "outskirts", "suburbs", "suburb", "vicinity", "direction",
          "central", "centre", "center", "downtown", "northern", "southern", "eastern", "western", "north",
          "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
          "south-east", "north-west", "south-west", "part", "parts", "of", "near", "outside", "around",
          "nearby", "village", "villages", "town", "towns", "city", "settlement", "township", "hamlet",
          "urban", "type", "smt", "pgt", "checkpoint", "positions", "position", "shelling",
          "and", "between", "from", "to", "towards", "toward", "close", "not", "far", "km", "kilometres",
          "kilometers", "miles", "mile", "just", "some", "about", "located", "situated", "territory",
          "district's", "frontline", "front", "line", "border", "neighbourhood", "neighborhood", "microdistrict",
          "one", "two", "three", "four", "five", "half", "several", "few", "is", "was", "which", "that", "where",
          "according", "sector", "zone", "side", "held", "controlled", "rebel", "government", "occupied",
          "liberated", "self", "proclaimed", "separatist", "separatists", "people's", "peoples", "republic", "metro",
          "street", "vul", "st",
          "post", "entrance", "exit", "edge", "heights", "hill", "mine",
          # a site in the place: "a market in the Kyivskyi district of Donetsk", "a school in Kramatorsk"
          "market", "school", "hospital", "kindergarten", "shop", "supermarket", "house", "houses", "building",
          "buildings", "warehouse", "depot", "garage", "cemetery", "church", "playground", "courtyard",
          "район", "село", "селі", "місто", "місті", "смт", "селище", "біля", "поблизу", "під", "в", "у", "на",
          "город", "городе", "поселок", "посёлок", "поселке", "около", "возле", "под", "с", "м",
          # "in the surroundings / on the outskirts of": Russian and Ukrainian
          "окрестностях", "окрестности", "окраине", "окраины", "околицях", "околиці", "околиць", "районе",
          # a hromada's kind: "Khotinska territorial community", "Лиманська міська територіальна громада"
          "territorial", "terytorialna", "teritorialna", "amalgamated", "selyshchna", "silska", "miska",
          "міська", "селищна", "сільська", "територіальна", "городская", "поселковая", "сельская",
          # compass points abbreviated: "20 km SE of X"
          "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw"}
# words for a road: filler in a location string, and the mark of "the X-Y highway" (see the resolver)
ROAD_WORDS = frozenset(("road", "highway", "motorway", "route", "trasa", "траса", "трасса", "дорога", "автодорога",
                        "шосе", "шоссе"))
FILLER |= ROAD_WORDS
NUMBER = re.compile(r"^\d+([.,]\d+)?$")
_SPLIT = re.compile(r"(/)|[,;:()\[\]|]|\s[-–—]\s|\.\s|\.$|\bи\b|\bі\b|\bта\b")
# the characters that begin a cut of _SPLIT other than a comma or a parenthesis, in ASCII text
_HARD_CUTS = re.compile(r"[/;:\[\]|.\-]")


@dataclass(slots=True)
class Part:
    """One named thing in a query: its lookup key and what the words around it say it is."""

    key: str
    level: str | None = None  # "region", "district", "country" or None (a place of any kind)
    hint: str | None = None  # "P" when a settlement word goes with it
    near: bool = False  # written as "near X" / "between ... and X": a place nearby, not a container
    country: str | None = None
    alias: bool = False  # written after a slash, "Artemovsk/Bakhmut": another name of the part before


# a part's fields in order as a plain tuple of strings and flags: the garbage collector stops tracking those
PartFields = tuple[str, str | None, str | None, bool, str | None, bool]


@dataclass(slots=True)
class FreeQuery:
    """A free-form query: the parts in the order written."""

    text: str
    parts: list[Part] = field(default_factory=list)

    @property
    def is_simple(self) -> bool:
        return len(self.parts) <= 1


def _strip_numbers(words: list[str]) -> list[str]:
    return [w for w in words if not (w[:1].isdigit() and NUMBER.match(w))]  # \d digits are isdigit()


# every word _segment treats as more than part of a name
_PLAIN_WORDS = frozenset(REGION_WORDS | DISTRICT_WORDS | FILLER | SETTLEMENT_WORDS | {
    "in", "at", "on", "located", "which", "within", "inside", "в", "у", "на", "and", "or", "between", "to",
    "towards", "toward", "і", "та", "и", "й", "near", "outside", "around", "by", "біля", "поблизу", "около",
    "возле", "from", "of", "type"})


def _segment(words: list[str]) -> list[Part]:
    """Parts of one comma-free stretch of words: cut after every region or district word and at
    the relation words (near, between, and, from ... to, of)."""
    if _PLAIN_WORDS.isdisjoint(words):  # only name words: the whole stretch is one name
        if not words:
            return []
        key = " ".join(words)
        country = COUNTRY_KEYS.get(key)
        return [Part(key, "country", None, False, country) if country else Part(key)]
    parts: list[Part] = []
    current: list[str] = []
    hint: str | None = None
    near = False

    def flush(level: str | None = None) -> None:
        nonlocal current, hint, near
        core = [w for w in current if w not in FILLER]
        # keep inner words that belong to a name ("Velyka Novosilka", "Kryvyi Rih"), drop filler at the ends
        while current and current[0] in FILLER:
            current = current[1:]
        while current and current[-1] in FILLER:
            current = current[:-1]
        if core and current:
            key = " ".join(current)
            country = COUNTRY_KEYS.get(key)
            if country:
                parts.append(Part(key, "country", None, False, country))
            else:
                parts.append(Part(key, level, hint, near))
        current, hint, near = [], None, False

    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if w not in _PLAIN_WORDS:  # a name's word: none of the tests below can hold
            current.append(w)
        elif w in REGION_WORDS and current:
            flush("region")
        elif w == "republic" and len(current) > 1 and current[-1] in ("people", "peoples"):
            current.pop()  # "the Donetsk People's Republic": the oblast the self-proclaimed republic claims
            flush("region")
        elif w in DISTRICT_WORDS and current:
            flush("district")
        elif w in ("in", "at", "on", "located", "which", "within", "inside", "в", "у", "на") and current:
            flush()  # "X in the Y region", "X at Y": Y is the container or the place X is in
        elif w in ("and", "or", "between", "to", "towards", "toward", "і", "та", "и", "й"):
            had = bool([x for x in current if x not in FILLER])
            flush()
            near = had or w != "between"
            if w == "between":
                near = False
        elif w in ("near", "outside", "around", "by", "біля", "поблизу", "около", "возле", "from") or \
                (w == "of" and current and current[-1] in ("north", "south", "east", "west", "northeast",
                                                           "northwest", "southeast", "southwest", "km", "ne",
                                                           "nw", "se", "sw",
                                                           "outskirts", "vicinity", "kilometres", "kilometers",
                                                           "miles")):
            flush()
            near = True
            if parts and w in ("near", "outside", "around", "from", "of"):
                # "X near Y": X is the place, Y the place it is near
                pass
        elif w == "of" and any(x not in FILLER for x in current):
            # "Gorlovka's suburb of X": X is near the place named before; "outskirts of X" has no name before
            flush()
            near = True
        elif w in SETTLEMENT_WORDS or (w == "type" and current):
            hint = "P"
            if current and [x for x in current if x not in FILLER]:
                flush()
                # a settlement word after a name: "Pobeda village" keeps the hint on that part
                parts[-1].hint = "P"
        else:
            current.append(w)
        i += 1
    flush()
    return parts


# parsed chunks by their text: "Kherson region", "Donetsk oblast" come back in every other query
_CHUNKS: dict[str, tuple[tuple, ...] | None] = {}
_CHUNKS_MAX = 8192
_UNSEEN: tuple = ("unseen",)


def _chunk_parts(chunk: str) -> tuple[tuple, ...] | None:
    """The parts of one comma-free chunk as field tuples, None when it holds no word (cached per chunk)."""
    found = _CHUNKS.get(chunk, _UNSEEN)
    if found is _UNSEEN:
        key = normalize(chunk)
        if key and " " not in key and not key[:1].isdigit() and key not in _PLAIN_WORDS:
            # one name word (most chunks): the part _segment makes of it, without the word loop
            country = COUNTRY_KEYS.get(key)
            found = ((key, "country", None, False, country),) if country else ((key, None, None, False, None),)
        else:
            found = _shaped_parts(_strip_numbers(key.split(" "))) if key else None
        if len(_CHUNKS) >= _CHUNKS_MAX:
            _CHUNKS.clear()
        _CHUNKS[chunk] = found
    return found


# _segment reads a name's words only to copy them into keys (and to look the keys up as countries): its
# parts of a stretch follow from the stretch's shape, the plain words in place with a blank for each name
# word. The parts of each shape ("near the village of _", "_ near _", "between _ and _") are worked out
# once, as templates of their keys (a word's place in the stretch, or a plain word), and filled in.
_SHAPE_WORDS = _PLAIN_WORDS | {"people"}  # "the Donetsk People's Republic": _segment reads that word too
_SHAPES: dict[tuple[str, ...], tuple[tuple[tuple[int | str, ...], str | None, str | None, bool], ...]] = {}
_SHAPES_MAX = 4096


def _shaped_parts(words: list[str]) -> tuple[tuple, ...]:
    """``_segment(words)`` as field tuples, through the template of the words' shape (the parts of a
    shape whose keys name a country are _segment's own: a country part has fields of its own)."""
    shape = tuple([w if w in _SHAPE_WORDS else "" for w in words])
    template = _SHAPES.get(shape)
    if template is None:
        marks = [w or f"\x00{i}" for i, w in enumerate(shape)]  # a blank: a word no table holds
        template = tuple((tuple(int(m[1:]) if m[:1] == "\x00" else m for m in p.key.split(" ")), p.level, p.hint,
                          p.near) for p in _segment(marks))
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        _SHAPES[shape] = template
    out = []
    for tokens, level, hint, near in template:
        key = " ".join([words[t] if isinstance(t, int) else t for t in tokens])
        if key in COUNTRY_KEYS:
            return tuple((p.key, p.level, p.hint, p.near, p.country) for p in _segment(words))
        out.append((key, level, hint, near, None))
    return tuple(out)


def _chunks(text: str) -> list[str | None]:
    """``_SPLIT.split(text)``; ASCII text cut only by commas and parentheses is split by ``str.split``
    (the same chunks, without the Nones of the unmatched slash group, a few times faster)."""
    if text.isascii() and _HARD_CUTS.search(text) is None:
        return text.replace("(", ",").replace(")", ",").split(",")  # type: ignore[return-value]
    return _SPLIT.split(text)


def parse_free(text: str) -> FreeQuery:
    """Split ``text`` into parts: place names, containers (region, district, country) and nearby places."""
    return FreeQuery(text, [Part(*fields) for fields in free_parts(text)])


def free_parts(text: str) -> tuple[PartFields, ...]:
    """:func:`parse_free`'s parts as field tuples (what the resolver keeps of a free-form query)."""
    out: list[PartFields] = []
    after_slash = False
    if "р-" in text:
        text = _RAION_ABBR.sub("район", text)
    for chunk in _chunks(text):
        if chunk is None:
            continue
        if chunk == "/":
            after_slash = True
            continue
        parts = _chunk_parts(chunk)
        if parts is None:
            continue
        for i, (key, level, hint, near, country) in enumerate(parts):
            out.append((key, level, hint, near, country, after_slash and i == 0 and bool(out)))
        after_slash = False
    # the place a query is about is named before the places it is near: "X near Y", "between X and Y"
    if out and out[0][3]:
        key, level, hint, _, country, alias = out[0]
        out[0] = (key, level, hint, False, country, alias)
    return tuple(out)


# the words that make a query more than one name
_FREE_WORD_LIST = ("near between and of from outside around by district raion rayon region oblast obl province "
                   "russia ukraine belarus moldova poland romania hungary slovakia lithuania latvia estonia "
                   "area outskirts central in at hromada village town city "
                   "settlement community otg atc vill km").split()
_FREE_WORDS = frozenset(_FREE_WORD_LIST)
_FREE_PATTERN = rf"[,;:()/\[\]|]|\s[-–—]\s|\b(?:{'|'.join(_FREE_WORD_LIST)})\b|біля|район"
_FREE_FORM = re.compile(_FREE_PATTERN, re.IGNORECASE)
_FREE_FORM_LOWER = re.compile(_FREE_PATTERN)  # the same matches in lower-cased ASCII text, a few times faster


# Ukrainian and Russian words that qualify or place a name: "Сумської області", "в окрестностях X"
_CYRILLIC_FREE = re.compile(r"\b(?:област\w*|обл|громад\w*|р-н\w*|окрестност\w*|околиц\w*|окраин\w*|поблизу|возле|"
                            r"около|неподалік|недалеко)\b", re.IGNORECASE)


def looks_free_form(text: str) -> bool:
    """Cheap test: does ``text`` have the punctuation or words that make it more than one name?"""
    if "," in text or "(" in text:  # most free-form strings: the patterns below would find these first
        return True
    if text.isalpha():  # one word: free-form only when it is one of the words itself
        low = text.lower()
        return low in _FREE_WORDS or "біля" in low or "район" in low
    if text.isascii():
        return _FREE_FORM_LOWER.search(text.lower()) is not None
    if _FREE_FORM.search(text) is not None:
        return True
    return _CYRILLIC_FREE.search(text) is not None
