"""Geoparsing: every place mention in a text, with its character span and resolution.

Mentions are runs of up to four capitalised words that spell a known name, plus the region or
district word after them ("Kherson region", "Novoazovsky district"; countries are left out). Resolved jointly:
the whole text is the context (an oblast named once constrains later bare names), then ambiguous
places are resolved again with the other places of the text as anchors (places named together
are near each other).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .borders import haversine_km
from .candidate import Candidate
from .context import Context
from .errors import QueryError
from .fuzzy import ending_variants
from .index import Index
from .normalize import normalize, skeleton
from .query import COUNTRY_KEYS, DISTRICT_WORDS, OBLAST_BODY_WORDS, REGION_WORDS
from .weights import W_ANCHOR


class Resolving(Protocol):
    """What the geoparser asks of the resolver (:class:`gazetteer.Gazetteer`)."""

    index: Index

    def context(self, text: str) -> Context: ...

    def resolve_in(self, name: str, ctx: Context, limit: int = 5) -> list[Candidate]: ...


MAX_WORDS = 4
W_TOGETHER = 1.5  # anchor weight of another place the text names (x W_ANCHOR at distance 0)
FIRM_POP = 10_000
_TOKEN = re.compile(r"[^\W\d_](?:\w|['’ʼ-](?=\w))*")  # no apostrophe at the end: "in 'Izium'" names Izium
FIELD_LABELS = frozenset(("location", "place", "site", "locality", "settlement", "address", "where"))
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»]\s*$")
# Capitalised words that begin sentences or name people and things, never a place in this kind of text
STOPWORDS = {
    "the", "a", "an", "in", "on", "at", "of", "and", "or", "but", "he", "she", "it", "they", "we", "i", "you",
    "this", "that", "these", "those", "there", "here", "his", "her", "their", "its", "our", "after", "before",
    "during", "when", "while", "as", "by", "for", "from", "with", "without", "to", "into", "over", "under",
    "according", "russian", "russians", "ukrainian", "ukrainians", "president", "minister", "governor", "mayor",
    "army", "forces", "troops", "general", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "most", "some", "many", "all", "one", "two", "three", "officials",
    "police", "local", "authorities", "head", "city", "town", "village", "region", "oblast", "district",
    "north", "south", "east", "west", "central", "eastern", "western", "southern", "northern", "state",
    "news", "said", "also", "however", "meanwhile", "earlier", "later", "today", "yesterday", "people",
    "moscow", "kremlin", "nato", "un", "eu", "european", "mr", "ms", "dr", "new", "old", "arab", "american",
    "british", "french", "german", "chinese", "turkish", "israeli", "iranian", "polish", "belarusian",
    # a record's field labels: "Date: 8 October 2023", "Source: ..."
    "date", "time", "source", "sources", "description", "casualties", "note", "update", "summary", "assessment",
}
_AREA_WORDS = frozenset(DISTRICT_WORDS | REGION_WORDS)
CUE_WORDS = {"near", "in", "at", "of", "village", "town", "city", "settlement", "outside", "from", "towards",
             "toward", "around", "to", "outskirts", "біля", "в", "у", "під", "поблизу", "около", "возле", "под"}


@dataclass(slots=True)
class Mention:
    """One place mention: the text as written, its span in the input, and the resolution."""

    text: str
    start: int
    end: int
    candidate: Candidate | None
    alternatives: list[Candidate]

    def to_dict(self) -> dict:
        """Plain dict for one JSON Lines record."""
        out = {"text": self.text, "start": self.start, "end": self.end}
        c = self.candidate
        if c is None:
            out["error"] = f"no place found for {self.text!r}"
        else:
            out.update(name=c.name, lat=c.lat, lon=c.lon, country_code=c.country_code, admin1=c.admin1,
                       admin2=c.admin2, feature_code=c.feature_code, geonameid=c.geonameid,
                       precision=c.precision, match=c.match, score=c.score)
            out["alternatives"] = [{"name": a.name, "lat": a.lat, "lon": a.lon, "admin1": a.admin1,
                                    "geonameid": a.geonameid, "score": a.score} for a in self.alternatives]
        return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _first_words(gaz: Resolving) -> set[str]:
    """First words of the names of more than one word (built once per gazetteer)."""
    firsts = getattr(gaz, "_geoparse_firsts", None)
    if firsts is None:
        firsts = {k.split(" ", 1)[0] for k in gaz.index.names if " " in k}
        firsts |= {k.split(" ", 1)[0] for k in gaz.index.preferred if " " in k}
        gaz._geoparse_firsts = firsts  # type: ignore[attr-defined]
    return firsts


def find_mentions(gaz: Resolving, text: str) -> list[tuple[int, int]]:
    """Character spans of the place mentions in ``text`` (longest known name first, no overlaps)."""
    ix = gaz.index
    names, preferred, areas = ix.names, ix.preferred, ix.area_keys
    firsts = _first_words(gaz)
    found = list(_TOKEN.finditer(text))  # the tokens (their offsets are read only where a name may start)
    words = list(map(re.Match.group, found))
    spans: list[tuple[int, int]] = []
    n = len(words)

    def joined(k: int) -> bool:
        """Are tokens k and k + 1 separated by spaces only (no punctuation)?"""
        return not text[found[k].end():found[k + 1].start()].strip()

    i = 0  # tokens before i are read
    for at in [k for k, word in enumerate(words) if word[:1].isupper()]:  # only a capitalised word starts a name
        if at < i:
            continue
        i = at
        word = words[i]
        start = found[i].start()
        first_key = normalize(word)
        hit = 0
        longest = min(MAX_WORDS, n - i) if first_key in firsts else 1
        run = 0  # the tokens after token i joined to it by spaces only, as far as a longer name could reach
        while run < longest - 1 and joined(i + run):
            run += 1
        for size in range(run + 1, 0, -1):
            key = first_key if size == 1 else normalize(text[start:found[i + size - 1].end()])
            if key in names or key in preferred:
                hit = size
                break
        if hit == 0 and first_key.endswith(("skoye", "skoe")) \
                and any(v in names or v in preferred for v in ending_variants(first_key)):
            hit = 1  # "Novotoshkovskoye": a Russian spelling of a Ukrainian name's ending ("Novotoshkivske")
        nxt = normalize(words[i + hit]) if hit and i + hit < n else ""
        if hit == 0:
            # "Novoazovsky district": an area known only by its adjective
            if i + 1 < n and normalize(words[i + 1]) in _AREA_WORDS:
                if skeleton(first_key) in areas or first_key in ix.region_keys:
                    spans.append((start, found[i + 1].end()))
                    i += 2
                    continue
            i += 1
            continue
        if hit == 1 and (first_key in STOPWORDS or first_key in COUNTRY_KEYS):
            i += 1
            continue
        # part of a longer proper name we do not know: "Volodymyr Zelensky", "Governor Gladkov",
        # "Donetsk People's Republic", "Black Sea Fleet"
        after = i + hit
        possessive = words[after - 1].endswith(("'s", "’s"))
        if after < n and joined(after - 1) and _capitalised(words[after]) and nxt not in REGION_WORDS \
                and nxt not in DISTRICT_WORDS and nxt not in OBLAST_BODY_WORDS and not possessive:
            while after < n and _capitalised(words[after]) and joined(after - 1):
                after += 1
            i = after
            continue
        sentence_start = i == 0 or _SENTENCE_END.search(text[max(0, start - 3):start]) is not None
        if i > 0 and joined(i - 1) and _capitalised(words[i - 1]) and not sentence_start \
                and normalize(words[i - 1]) not in CUE_WORDS:
            i += hit
            continue
        if hit == 1 and sentence_start and first_key not in ix.anchor_keys:
            prev = normalize(words[i - 1]) if i else ""
            # "Location: Novoselivka, Kupiansk raion": a field label, or a qualifier after the name, makes it one
            qualified = i + 2 < n and text[found[i].end():found[i + 1].start()].strip() in (",", "(") \
                and normalize(words[i + 2]) in _AREA_WORDS
            if prev not in CUE_WORDS and prev not in FIELD_LABELS and nxt not in _AREA_WORDS \
                    and not qualified:
                i += 1
                continue
        end = found[i + hit - 1].end()
        # ("Sumy oblast", "the Donetsk regional governor"; not "north of Kyiv, regional police said")
        if nxt and (nxt in REGION_WORDS or nxt in DISTRICT_WORDS or nxt in OBLAST_BODY_WORDS) and joined(i + hit - 1):
            end = found[i + hit].end()
            hit += 1
        spans.append((start, end))
        i += hit
    return spans


# what may stand between a place and the oblast or raion that qualifies it: "X, Y region", "X (Y oblast)",
# "X, a village in Y district", "X in the Y region"
_QUALIFIER_GAP = re.compile(r"\s*(?:,|\()?\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|"
                            r"hamlet|community)\s+)?(?:(?:in|of)\s+)?(?:the\s+)?"
                            # "Pokrovske, a town in the east of the Dnipropetrovsk region"
                            r"(?:(?:north|south|east|west|centre|center)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?)?"
                            # "Pokrovske, in eastern Dnipropetrovsk region"
                            r"(?:(?:north|south)(?:-?(?:east|west))?ern\s+|(?:east|west)ern\s+)?$",
                            re.I)


# ACLED's admin2 and admin1 after a place: "Ivankiv (Vyshhorodskyi, Kyiv)"
_ADMIN_PAIR = re.compile(r"\s*\(\s*([A-ZА-ЯІЇЄҐ][\w'’-]+(?:[ -][A-ZА-ЯІЇЄҐ][\w'’-]+)?)\s*,\s*"
                         r"([A-ZА-ЯІЇЄҐ][\w'’-]+(?:[ -][A-ZА-ЯІЇЄҐ][\w'’-]+)?)\s*\)")


def _without_admin_pairs(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], dict[int, str]]:
    """The spans less those inside an "(admin2, admin1)" pair that follows a mention, and those
    mentions' free-form queries with the pair as qualifiers ({index in the spans kept: query})."""
    kept: list[tuple[int, int]] = []
    queries: dict[int, str] = {}
    skip_until = -1
    for a, b in spans:
        if a < skip_until:
            continue
        m = _ADMIN_PAIR.match(text, b) if "(" in text[b:b + 3] else None
        if m is not None:
            queries[len(kept)] = f"{text[a:b]}, {m.group(1)}, {m.group(2)}"
            skip_until = m.end()
        kept.append((a, b))
    return kept, queries


# what may stand between an oblast or raion written first and its place: "In Synelnykove district, Pokrovske"
_QUALIFIER_BEFORE = re.compile(r"\s*,\s*(?:(?:the\s+)?(?:village|town|city|settlement)\s+of\s+)?")


# a place told by where it lies from the next one: "Andriivka, a border village north of Sumy", "X, 10 km south of Y"
_RELATION_GAP = re.compile(r",?\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:village|town|city|settlement|hamlet|"
                           r"suburb)\s+)?"
                           r"(?:(?:just|some|about|around|roughly)\s+)?(?:(?P<km>\d+)\s*(?:km|kilometres|kilometers)\s+)?"
                           r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside)\s+"
                           r"(?:the\s+(?:city|town)\s+of\s+)?|"
                           # "Antonivka, a suburb of Kherson", "Kivsharivka, on the outskirts of Kupiansk"
                           r",?\s*(?:(?:an?|the)\s+(?:[\w-]+\s+)?suburb|on\s+the\s+outskirts)\s+of\s+", re.I)


_WATER_WORDS = frozenset(("reservoir", "river", "estuary", "lake", "bay"))
_ON_WATER = re.compile(r",?\s*(?:on|by|beside|along)\s+the\s+")
_BEARING = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?=\s+of\b)", re.I)


def _qualified(text: str, spans: Sequence[tuple[int, int]]
               ) -> tuple[dict[int, str], dict[int, str], dict[int, tuple[str, str, float, str]]]:
    """Mentions next to the oblast or raion they lie in, as free-form queries by mention index, so the
    qualifier is a constraint, not a hint: written after ("Ivanivka, Beryslav district"), and written
    before ("In Synelnykove district, Pokrovske came under fire"), whose reading :func:`geoparse` keeps
    only if it finds the name itself inside (a list may start with a region: "the Kherson region, Mykolaiv
    and Odesa"). Third, mentions told by the place they lie near ("Andriivka, a border village north of
    Sumy", "X, 40 km south of Y"): (query, that place's name, the distance stated or 0, the bearing
    stated or ""), which :func:`geoparse` reads as :func:`_near_reading` says."""
    after: dict[int, str] = {}
    before: dict[int, str] = {}
    near: dict[int, tuple[str, str, float, str]] = {}
    for i in range(len(spans) - 1):
        (a, b), (c, d) = spans[i], spans[i + 1]
        # (the last word of "Synelnykove-raion" too: "Pokrovske, the Synelnykove-raion town")
        first = re.split(r"[\s-]", text[a:b])[-1].lower()
        last = re.split(r"[\s-]", text[c:d])[-1].lower()
        first_area = first in REGION_WORDS or first in DISTRICT_WORDS
        last_area = last in REGION_WORDS or last in DISTRICT_WORDS
        if last_area and not first_area and c - b <= 40 and _QUALIFIER_GAP.fullmatch(text[b:c]):
            after[i] = f"{text[a:b]}, {text[c:d]}"
        elif not first_area and not last_area and (gap := _RELATION_GAP.fullmatch(text[b:c])) is not None:
            near[i] = _told_near(text[a:b], text[c:d], gap)
        elif not first_area and last in _WATER_WORDS and i + 2 < len(spans) and _ON_WATER.fullmatch(text[b:c]) \
                and (gap := _RELATION_GAP.fullmatch(text[d:spans[i + 2][0]])) is not None:
            # "Kamianske, on the Kakhovka reservoir south-east of Zaporizhzhia": told by the place after the water
            near[i] = _told_near(text[a:b], text[slice(*spans[i + 2])], gap)
        elif first_area and not last_area and _QUALIFIER_BEFORE.fullmatch(text[b:c]):
            before[i + 1] = f"{text[c:d]}, {text[a:b]}"
    return after, before, near


def _told_near(name: str, there: str, gap: re.Match[str]) -> tuple[str, str, float, str]:
    """A place told by the one it lies near, as :func:`_qualified` gives it: (query, that place's name, the distance
    the ``gap`` between them states or 0, the bearing it states or "")."""
    bearing = _BEARING.search(gap.group(0))
    return f"{name} near {there}", there, float(gap.group("km") or 0), bearing.group(0).lower() if bearing else ""


_COMPASS = re.compile(r"\b(?:(north|south)(?:-?(east|west))?|(east|west))(?:(?:ern)?\s+(?:part\s+)?of\b|ern\s)",
                      re.I)


def _in_part(gaz: Resolving, found: list[Candidate], region: str, part: re.Match[str], ctx: Context
             ) -> list[Candidate]:
    """``found`` with the readings that lie in the named part of ``region`` (north, south-east...) first."""
    try:
        area = gaz.resolve_in(region, ctx, 1)
    except QueryError:
        return found
    return _part_first(found, area[0], part) if area else found


def _part_first(found: list[Candidate], area: Candidate, part: re.Match[str]) -> list[Candidate]:
    """``found`` with the readings in the part of ``area`` a compass match names (groups: north/south, its east/west,
    or east/west alone) first."""
    north, east = (part.group(1) or "").lower(), (part.group(2) or part.group(3) or "").lower()

    def inside(c: Candidate) -> bool:
        return (not north or (c.lat > area.lat) == (north == "north")) and \
            (not east or (c.lon > area.lon) == (east == "east"))
    return sorted(found, key=lambda c: not inside(c))


# ", in the east of the oblast": a part of the oblast the text is about, not named again
_PART_OF_THE_OBLAST = re.compile(r"\s*,\s+in\s+the\s+(?:far\s+)?(?:(north|south)(?:-?(east|west))?|(east|west))"
                                 r"(?:ern)?\s+(?:part\s+)?of\s+the\s+(?:oblast|region)\b", re.I)


def in_part_of_its_oblast(resolve: Callable[[str, int], list[Candidate]], name: str, found: list[Candidate],
                          after: str) -> list[Candidate]:
    """``found`` for ``name`` when the text ``after`` it says which part of its oblast it lies in ("Pokrovske, in the
    east of the oblast"): the namesakes in the oblast of its first reading, those in that part first (``resolve``:
    the readings of a name in the text's context, at most so many). Otherwise ``found`` unchanged."""
    part = _PART_OF_THE_OBLAST.match(after) if after.startswith(",") else None
    if part is None or not found or found[0].precision != "locality" or not found[0].admin1:
        return found
    try:
        same = [c for c in resolve(name, _SIDE_READINGS) if c.admin1 == found[0].admin1 and c.match == "exact"]
        area = resolve(f"{found[0].admin1} Oblast", 1) if len(same) > 1 else []
    except QueryError:
        return found
    return _part_first(same, area[0], part) if area else found


_SIDE_READINGS = 20  # namesakes weighed for a place told by its bearing from another
BESIDE_KM = 15  # a reading this close to the place it is told by stands, whatever bearing the text gives
NEAR_KM = 100  # "Ivankiv, north of Kyiv": the town 80 km away, not a hamlet of the name on the city's edge


def _on_bearing(found: list[Candidate], there: Candidate, bearing: str) -> list[Candidate]:
    """The readings of ``found`` that lie on ``bearing`` ("south-east") of ``there``, within :data:`NEAR_KM` of it."""
    north = "north" in bearing
    south = "south" in bearing
    east, west = bearing.endswith("east"), bearing.endswith("west")
    return [c for c in found if haversine_km(c.lat, c.lon, there.lat, there.lon) <= NEAR_KM * 1.5
            and (not north or c.lat > there.lat) and (not south or c.lat < there.lat)
            and (not east or c.lon > there.lon) and (not west or c.lon < there.lon)]


def _near_reading(gaz: Resolving, mention: str, query: str, target: str, km: float, bearing: str, ctx: Context,
                  limit: int) -> list[Candidate]:
    """A place told by the place it lies near: the reading nearest it, which outweighs an oblast the text
    names elsewhere ("Andriivka, a border village north of Sumy" in a text that names the Kharkiv region);
    but the name's own reading when that is a bigger place within :data:`NEAR_KM` of it ("Ivankiv, north
    of Kyiv" is the town 80 km away, not a hamlet of the name on the city's edge), or as far as a distance the
    text states allows ("Kamianske, about 40 km south of Zaporizhzhia" is no city 100 km away)."""
    try:
        own, there, near = (gaz.resolve_in(mention, ctx, limit), gaz.resolve_in(target, ctx, 1),
                            gaz.resolve_in(query, ctx, limit))
    except QueryError:
        return []
    if own and there and near and own[0].precision == "locality" and own[0].population > near[0].population \
            and haversine_km(own[0].lat, own[0].lon, there[0].lat, there[0].lon) <= (km * 1.5 + 10 if km else NEAR_KM):
        found = own
    else:
        found = near or own
    if bearing and there and not km and found and found[0].precision == "locality" \
            and haversine_km(found[0].lat, found[0].lon, there[0].lat, there[0].lon) > BESIDE_KM \
            and not _on_bearing(found[:1], there[0], bearing):
        # "Pokrovske, south-east of Dnipro": not a reading on the other side of it (one beside it stands, whatever
        # side a writer gives), but the nearest on that side, or the first the name picks there when bigger
        try:
            side = _on_bearing([c for c in gaz.resolve_in(mention, ctx, _SIDE_READINGS) if c.match == "exact"],
                               there[0], bearing)
            if not side:  # (not only in an oblast the text names elsewhere: "... in the Cherkasy region" later)
                side = _on_bearing([c for c in gaz.resolve_in(mention, gaz.context(target), _SIDE_READINGS)
                                    if c.match == "exact"], there[0], bearing)
        except QueryError:
            side = []
        if side:
            nearest = min(side, key=lambda c: haversine_km(c.lat, c.lon, there[0].lat, there[0].lon))
            best = side[0] if side[0].population > nearest.population and haversine_km(
                side[0].lat, side[0].lon, there[0].lat, there[0].lon) <= NEAR_KM else nearest
            return [best, *[c for c in found if c.geonameid != best.geonameid]][:limit]
    return found


CITY_POP = 100_000  # a city of this size has districts of its own
_SECTION_WORDS = (" district", " raion")


def _cities_named(gaz: Resolving, final: dict[str, list[Candidate]],
                  ctx: Context) -> dict[int, tuple[str, float, float]]:
    """The cities of 100,000 or more the text names (geonameid -> name, lat, lon): those resolved, else
    those the whole text's context found (in sentences left out by ``within``)."""
    cities = {c[0].geonameid: (c[0].name, c[0].lat, c[0].lon) for c in final.values()
              if c and c[0].precision == "locality" and c[0].population >= CITY_POP and c[0].geonameid is not None}
    ix = gaz.index
    for _lat, _lon, _w, row, _key in () if cities else ctx.anchors:
        if row is not None and 0 <= row < ix.core_size and ix.pop[row] >= CITY_POP and ix.fclass[row] == "P":
            cities.setdefault(ix.gid[row], (ix.name[row], ix.lat[row], ix.lon[row]))
    return cities


def _section_of_city(gaz: Resolving, phrase: str, cities: dict[int, tuple[str, float, float]],
                     ctx: Context) -> list[Candidate] | None:
    """A district the text names bare ("the Prymorskyi district") that is a section of a city it names
    ("a resident of Mariupol"; ``cities``: geonameid -> name, lat, lon): that section, else None."""
    for gid, (name, lat, lon) in cities.items():
        try:
            found = gaz.resolve_in(f"{phrase} of {name}", ctx, 1)
        except QueryError:
            continue
        if found and found[0].geonameid != gid and normalize(found[0].name) != normalize(name) \
                and haversine_km(found[0].lat, found[0].lon, lat, lon) < 30 \
                and (found[0].feature_class != "P" or found[0].feature_code == "PPLX"):  # a section, no village
            return found
    return None


def geoparse(gaz: Resolving, text: str, limit: int = 1,
             within: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
    """Place mentions of ``text`` with spans and joint resolutions (``limit - 1`` alternatives each).
    ``within``: only the mentions inside these character ranges (e.g. the sentences that matter),
    still resolved with the whole text as context."""
    if not isinstance(text, str):
        raise QueryError(f"text must be a string, not {type(text).__name__}")
    if within is None:
        spans = find_mentions(gaz, text)
    else:
        spans = [(a + start, b + start) for start, end in within for a, b in find_mentions(gaz, text[start:end])]
    if not spans:
        return []
    ctx = gaz.context(text)
    resolved: dict[str, list[Candidate]] = {}
    keys = []
    pairs: dict[int, str] = {}
    if "(" in text:
        spans, pairs = _without_admin_pairs(text, spans)
    after, before, near = _qualified(text, spans)
    qualified = {**after, **pairs}
    before = {i: q for i, q in before.items() if i not in qualified}
    for i, (start, end) in enumerate(spans):
        key = normalize(text[start:end])
        keys.append(key)
        if i in near and i not in qualified and key not in resolved:
            resolved[key] = _near_reading(gaz, text[start:end], *near[i], ctx, max(limit, 2))
            qualified[i] = near[i][0]  # fixed: not moved again by the places named with it
        elif i in qualified and key not in resolved:  # "Ivanivka, a village in Beryslav district": a constraint
            try:
                resolved[key] = gaz.resolve_in(qualified[i], ctx, max(limit, 2))
            except QueryError:
                pass
            else:
                if i in after and len(resolved[key]) > 1 and (part := _COMPASS.search(text, end, spans[i + 1][0])):
                    # "Pokrovske, in the east of the Dnipropetrovsk region": the namesake in that part of it
                    resolved[key] = _in_part(gaz, resolved[key], text[spans[i + 1][0]:spans[i + 1][1]], part, ctx)
        elif i in before and key not in resolved:
            try:
                found = gaz.resolve_in(before[i], ctx, max(limit, 2))
            except QueryError:
                found = []
            if found and found[0].precision == "locality" and found[0].match == "exact":
                resolved[key] = found
                qualified[i] = before[i]
        if key not in resolved:
            query = text[start:end]
            body = key.rsplit(" ", 1)[-1]
            if body in OBLAST_BODY_WORDS:  # "the Donetsk regional governor", "Chernihiv OVA": the oblast
                query = query[: -len(body)] + "region"
            try:
                resolved[key] = gaz.resolve_in(query, ctx, max(limit, 2))
            except QueryError:
                resolved[key] = []
    # places named together are near each other: ambiguous localities reranked by the others
    # a place with one namesake, or a town, is firm evidence; an ambiguous village's first pick is none
    points = {k: (c[0].lat, c[0].lon, 1.0) for k, c in resolved.items()
              if c and c[0].precision == "locality" and (len(c) == 1 or c[0].population >= FIRM_POP)}
    final: dict[str, list[Candidate]] = {}
    first_span = dict(zip(keys, spans, strict=True))
    fixed = {keys[i] for i in qualified}
    for key, found in resolved.items():
        # (a town the name alone picks is firm itself: "Kostiantynivka" beside "Vuhledar" stays the city)
        if len(found) > 1 and found[0].precision in ("locality", "district") and key not in fixed \
                and not (found[0].precision == "locality" and found[0].population >= FIRM_POP):
            others = [(la, lo, w * W_TOGETHER, -1, k) for k, (la, lo, w) in points.items() if k != key]
            # the others can add at most W_ANCHOR * their weights: skip when that cannot change the answer
            reach = W_ANCHOR * sum(o[2] for o in others)
            if others and found[0].score - found[1].score < reach:
                start, end = first_span[key]
                found = gaz.resolve_in(text[start:end], ctx.with_anchors(others), max(limit, 1))
        final[key] = found
    for i, (start, end) in enumerate(spans):  # ("Pokrovske, in the east of the oblast")
        if i not in qualified and "," in text[end:end + 2]:
            final[keys[i]] = in_part_of_its_oblast(lambda q, n: gaz.resolve_in(q, ctx, n), text[start:end],
                                                   final[keys[i]], text[end:end + 60])
    sections = [i for i, key in enumerate(keys) if key.endswith(_SECTION_WORDS) and i not in qualified and final[key]]
    cities = _cities_named(gaz, final, ctx) if sections else {}
    for i in sections if cities else ():
        final[keys[i]] = _section_of_city(gaz, text[spans[i][0]:spans[i][1]], cities, ctx) or final[keys[i]]
    mentions = []
    for (start, end), key in zip(spans, keys, strict=True):
        found = final[key]
        mentions.append(Mention(text[start:end], start, end, found[0] if found else None,
                                found[1:limit] if limit > 1 else []))
    return mentions
