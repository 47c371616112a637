"""Reading the context around a place name: regions, raions, nearby places, border mentions."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .containers import Container, area_container
from .index import Index
from .normalize import cyrillic_stems, district_stems, normalize, skeleton
from .query import FILLER, OBLAST_BODY_WORDS
from .translit import has_cyrillic

T = TypeVar("T")

REGION_MARKERS = {"region", "regions", "oblast", "oblasts", "oblasti", "province", "krai", "kray",
                  "область", "области", "області", "обл", "областi", "краю", "край", "voblast",
                  "governor", *OBLAST_BODY_WORDS}  # "the Sumy Regional Military Administration", "Chernihiv OVA",
# "the Kursk governor" (a region's head names his region)
DISTRICT_MARKERS = {"raion", "rayon", "district", "districts", "raions", "район", "районі", "району",
                    "района", "районе", "hromada", "community"}
NEAR_WORDS = {"near", "outside", "around", "towards", "toward", "nearby", "approaching", "beyond",
              "біля", "поблизу", "під", "около", "возле", "под", "neighbouring", "neighboring"}
DIRECTION_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                   "north-east", "north-west", "south-east", "south-west", "outskirts", "km", "kilometres",
                   "kilometers", "miles", "direction", "suburbs"}
BORDER_WORDS = {"border", "borders", "frontier", "кордону", "кордоні", "кордон", "границы", "границе",
                "граница"}
BELARUS_WORDS = {"belarus", "belarusian", "білорусі", "білоруссю", "белоруссии", "беларуси"}
_MARKERS = REGION_MARKERS | DISTRICT_MARKERS | BORDER_WORDS
_OF_FROM = ("of", "from")
_NEAR_OR_OF = frozenset(NEAR_WORDS) | frozenset(_OF_FROM)
EXPLICIT = 1.0
_CLAUSE_END = re.compile(r"[;:]|[.!?](?=\s|$)")
IMPLICIT = 0.35
# "Khotin, north of Sumy (not Khotyn in Chernivtsi oblast)", "not the Prymorske villages of Kherson or Donetsk
# oblasts", "not the namesake over the Mykolaiv oblast line": where the place is not, which tells no region of it
_NOT_THE_NAMESAKE = re.compile(r"\bnot\s+(?:the\s+)?(?:(?:larger|smaller|bigger|other|better-known|well-known)\s+)?"
                               r"(?:(?-i:[A-Z])[\w'’-]+\s+|namesakes?\s+|ones?\s+)(?:(?:villages?|towns?|cities|city|"
                               r"settlements?)\s+)?(?:in|of|near|over|across|beyond)\s+[^.;:,()]{1,60}", re.I)
NEAR = 2.0
MAX_ANCHORS = 16
SHORT_WORDS = 60


class _TextMemo:
    """What a context's methods work out from its text on first use, shared with the copies
    :meth:`Context.with_anchors` makes of it (none of it depends on the anchors)."""

    __slots__ = ("clauses", "explicit_by_word", "positions", "region_in_clause", "regions_by_word")

    def __init__(self) -> None:
        self.positions: dict[str, list[int]] = {}  # word -> the positions it stands at, by word asked about
        self.clauses: list[int] | None = None  # the word position each clause starts at
        # explicit_for and regions_near by the query's first word (all they read of it)
        self.explicit_by_word: dict[str, frozenset[str]] = {}
        self.regions_by_word: dict[str, dict[str, float]] = {}
        self.region_in_clause: dict[str, bool] = {}  # Context.region_in_clause by the query's first word


@dataclass(slots=True)
class Context:
    """What a context string says about where a place is."""

    regions: dict[str, float] = field(default_factory=dict)
    districts: dict[str, float] = field(default_factory=dict)
    anchors: list[tuple[float, float, float, int, str]] = field(default_factory=list)  # lat, lon, weight, row, key
    border: str | None = None
    words: list[str] = field(default_factory=list)
    region_mentions: list[tuple[int, str, float]] = field(default_factory=list)  # (word position, code, weight)
    areas: list[Container] = field(default_factory=list)  # pre-2020 raions, hromadas, city sections named
    _explicit: frozenset[str] | None = None  # oblasts named outright, found on first use
    text: str = ""  # the text itself, for the clause boundaries its words have lost
    _outright: tuple[list[tuple[int, str]], bool] | None = None  # _named_outright and _round_up, found on first use
    district_mentions: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # (word position, codes)
    _memo: _TextMemo = field(default_factory=_TextMemo)
    # what resolve_in found for a name in this context (not shared with copies: it depends on the anchors)
    _found: dict[str, tuple[int, tuple[Any, ...]]] = field(default_factory=dict, repr=False, compare=False)

    def explicit(self) -> frozenset[str]:
        """The oblasts the text names outright ("in the Sumy region"), not only by a city in them."""
        found = self._explicit
        if found is None:
            found = self._explicit = frozenset(c for c, w in self.regions.items() if w >= EXPLICIT)
        return found

    def explicit_for(self, query_key: str) -> frozenset[str]:
        """The oblasts that constrain a place named in this text. A text that names one oblast
        outright: that one, wherever it stands. A round-up that names several: the one named in the
        place's own clause, else the last one named before the place ("in the Kharkiv region, ...
        Zolochiv; in the Sumy region, Krasnopillia"), else none (a place told before any oblast)."""
        named, round_up = self._outright if self._outright is not None else self._outright_named()
        if not round_up:
            return self._explicit if self._explicit is not None else self.explicit()
        word = query_key.split(" ")[0]
        memo = self._memo.explicit_by_word
        found = memo.get(word)
        if found is None:
            chosen = self._in_clause_or_before(named, word)
            found = memo[word] = self.explicit() if chosen is None else frozenset(chosen)
        return found

    def _in_clause_or_before(self, named: list[tuple[int, T]], query_key: str) -> list[T] | None:
        """Of the things named at word positions, those named in the query's own clause, else the last
        one named before it ([] when none is); None when the query's word is not in the text."""
        where = self._positions_of(query_key.split(" ")[0])
        if not where:
            return None
        at = where[0]
        low, high = self._clause_around(at)
        return [v for i, v in named if low <= i < high] or [v for i, v in named if i < at][-1:]

    def _clause_around(self, at: int) -> tuple[int, int]:
        """The word positions [low, high) of the clause word position ``at`` stands in."""
        starts = self._clause_starts()
        clause = bisect_right(starts, at)  # the clause of position i: starts[clause - 1] <= i < starts[clause]
        return starts[clause - 1], starts[clause] if clause < len(starts) else len(self.words)

    def region_in_clause(self, query_key: str) -> bool:
        """Does an oblast named in this text stand in the query's own clause (True when the query's
        word is not in the text)? Worked out once for each first word."""
        word = query_key.split(" ")[0]
        memo = self._memo.region_in_clause
        found = memo.get(word)
        if found is None:
            where = self._positions_of(word)
            found = memo[word] = not where or any(
                low <= i < high for low, high in map(self._clause_around, where) for i, _, _ in self.region_mentions)
        return found

    def _outright_named(self) -> tuple[list[tuple[int, str]], bool]:
        """:meth:`_named_outright` and whether it makes a :meth:`_round_up` (worked out once)."""
        found = self._outright
        if found is None:
            named = self._named_outright()
            found = self._outright = (named, self._round_up(named))
        return found

    def _named_outright(self) -> list[tuple[int, str]]:
        """(word position, oblast code) of each oblast the text names outright, in text order."""
        return [(i, code) for i, code, w in self.region_mentions if w >= EXPLICIT]

    def _round_up(self, named: list[tuple[int, str]]) -> bool:
        """Does the text name several oblasts outright (and keep its clauses to tell them apart)?"""
        return bool(self.text) and len({code for _, code in named}) > 1

    def _positions_of(self, word: str) -> list[int]:
        """The positions ``word`` stands at in the text (found on first use)."""
        memo = self._memo.positions
        found = memo.get(word)
        if found is None:
            found = memo[word] = []
            words, at = self.words, -1
            try:
                while True:
                    at = words.index(word, at + 1)
                    found.append(at)
            except ValueError:
                pass
        return found

    def _clause_starts(self) -> list[int]:
        """Word positions where the text's clauses (cut at ";", ":" and sentence ends) begin."""
        starts = self._memo.clauses
        if starts is None:
            starts, n = [0], 0
            for piece in _CLAUSE_END.split(self.text):
                key = normalize(piece)
                n += len(key.split(" ")) if key else 0
                starts.append(n)
            if n != len(self.words):  # the pieces' words do not add up to the text's: one clause
                starts = [0]
            self._memo.clauses = starts
        return starts

    def regions_near(self, query_key: str) -> dict[str, float]:
        """Region weights for a query that occurs in this text: the region named nearest to the
        query keeps its weight, regions named further away count half (in a text that names several
        oblasts outright, those :meth:`explicit_for` gives keep theirs). Not to be changed by the caller:
        the weights are worked out once for each first word."""
        word = query_key.split(" ")[0]
        memo = self._memo.regions_by_word
        found = memo.get(word)
        if found is None:
            found = memo[word] = self._regions_near(word)
        return found

    def _regions_near(self, word: str) -> dict[str, float]:
        positions = self._positions_of(word)
        if not positions:
            return self.regions
        if self._outright_named()[1]:
            keep = self.explicit_for(word)  # a round-up: the oblast of the place's own clause, or the last before
            return {code: (w if code in keep else w / 2) for code, w in self.regions.items()}
        nearest = min(self.region_mentions, key=lambda m: min(abs(m[0] - p) for p in positions))
        return {code: (w if code == nearest[1] else w / 2) for code, w in self.regions.items()}

    def districts_near(self, query_key: str) -> dict[str, float]:
        """The raions that constrain a place named in this text. A text that names one raion (or
        namesakes under one name): that one. A text that names several: the one named in the place's
        own clause, else the last one named before it ("In Nikopol district ... Marhanets. In
        Synelnykove district, Pokrovske ..."), else all."""
        mentions = self.district_mentions
        if len({codes for _, codes in mentions}) < 2:
            return self.districts
        chosen = self._in_clause_or_before(mentions, query_key)
        if not chosen:
            return self.districts
        keep = {code for codes in chosen for code in codes}
        return {code: w for code, w in self.districts.items() if code in keep}

    def with_anchors(self, extra: list[tuple[float, float, float, int, str]]) -> Context:
        """A copy with more anchors (places found elsewhere in the same text)."""
        return Context(self.regions, self.districts, self.anchors + extra, self.border, self.words,
                       self.region_mentions, self.areas, self._explicit, self.text, self._outright,
                       self.district_mentions, self._memo)

    @property
    def short(self) -> bool:
        """A location description ("near X, Y district, Z region") rather than a whole article: only
        then is a near spelling inside a named district or oblast taken over an exact name elsewhere."""
        return len(self.words) <= SHORT_WORDS

    def __bool__(self) -> bool:
        return bool(self.regions or self.districts or self.anchors or self.border or self.areas)


def _lookup_district(index: Index, words: list[str], end: int, table: dict) -> tuple[Any, int]:
    """A district named before the word at ``end``, as written or by the stem of its adjective
    ("Novoazovsky district")."""
    found, start = _lookup_region(index, words, end, table)
    if not found and end > 0:
        for stem in district_stems(words[end - 1]):
            if skeleton(stem) in table:
                return table[skeleton(stem)], end - 1
    return found, start


def _lookup_region(index: Index, words: list[str], end: int, table: dict) -> tuple[Any, int]:
    """Longest run of up to three words ending before ``end`` found in ``table``."""
    for size in (3, 2, 1):
        start = end - size
        if start < 0:
            continue
        key = " ".join(words[start:end])
        if key in table:
            return table[key], start
        loose = skeleton(key)
        if loose in table:
            return table[loose], start
        if size == 1 and has_cyrillic(key):
            for stem in cyrillic_stems(key):
                if stem in table:
                    return table[stem], start
    return None, end


# words that describe which parts of a place, written before "districts" where a name would stand
_GENERIC_AREA_WORDS = frozenset(("central", "southern", "northern", "eastern", "western", "south", "north", "east",
                                 "west", "other", "several", "neighbouring", "neighboring", "nearby", "border",
                                 "frontline", "residential", "outlying", "remaining", "many", "some", "all", "two",
                                 "three", "four", "both", "these", "those"))


_ALL_SIZES = (3, 2, 1)  # the lengths in words of a name looked for, longest first
_ONE_WORD = (1,)
_NO_WORDS: frozenset[str] = frozenset()


def _anchor_sizes(index: Index) -> tuple[dict[str, tuple[int, ...]], dict[str, frozenset[str]]]:
    """The first words of the prominent names of at most three words, each with the lengths of those
    names, longest first (:meth:`Index.anchor_first_words` as :func:`parse_context` reads it), and the
    second words of those of two or three words by their first word (built once per index)."""
    found = getattr(index, "_context_anchor_starts", None)
    if found is None:
        sizes: dict[str, tuple[int, ...]] = {}
        for word, lengths in index.anchor_first_words().items():
            ordered = tuple(size for size in _ALL_SIZES if size in lengths)
            if ordered:
                sizes[word] = ordered
        seconds: dict[str, set[str]] = {}
        for key in index.anchor_keys:
            words = key.split(" ")
            if 2 <= len(words) <= 3:
                seconds.setdefault(words[0], set()).add(words[1])
        found = index._context_anchor_starts = (  # type: ignore[attr-defined]
            sizes, {word: frozenset(after) for word, after in seconds.items()})
    return found


def _negated_words(text: str) -> set[int]:
    """Word positions (in ``normalize(text)``) of the spans that tell where a place is not
    (:data:`_NOT_THE_NAMESAKE`)."""
    out: set[int] = set()
    for m in _NOT_THE_NAMESAKE.finditer(text):
        before = normalize(text[:m.start()])
        start = len(before.split(" ")) if before else 0
        inside = normalize(m.group(0))
        out.update(range(start, start + (len(inside.split(" ")) if inside else 0)))
    return out


def _near_places_read_again(index: Index, ctx: Context, explicit: dict[str, float],
                            anchor_weights: dict[int, tuple[float, str]], near_keys: list[tuple[str, int]],
                            resolve_anchor) -> None:
    """Read each place named after a "near" word again beside the prominent places the text names ("Kostiantynivka
    ... a buggy team drove toward Yablunivka": the Yablunivka by that town, not the namesake a prior prefers), and
    the regions the anchors imply with them."""
    prominent = [(index.lat[r], index.lon[r], w, r, key) for r, (w, key) in anchor_weights.items() if w == IMPLICIT]
    if not prominent:
        return
    moved = False
    for key, row in near_keys:
        again = resolve_anchor(key, explicit, prominent)
        if again is None or again == row or row not in anchor_weights:
            continue
        weight = anchor_weights.pop(row)
        if weight[0] > anchor_weights.get(again, (0.0, ""))[0]:
            anchor_weights[again] = weight
        moved = True
    if moved:
        ctx.regions = dict(explicit)
        for r, (w, _) in anchor_weights.items():
            _anchor_region(index, ctx.regions, r, w)


def _anchor_region(index: Index, regions: dict[str, float], row: int, weight: float) -> None:
    """The oblast a place named in the text implies: an oblast itself firmly, a place's by its anchor weight."""
    if index.fcode[row] == "ADM1":
        regions[index.admin1[row]] = max(regions.get(index.admin1[row], 0.0), IMPLICIT * 2)
    elif index.admin1[row]:
        regions[index.admin1[row]] = max(regions.get(index.admin1[row], 0.0), weight / 4)


def parse_context(index: Index, text: str, resolve_anchor=None) -> Context:
    """Find region, raion, nearby-place and border mentions in ``text``.

    ``resolve_anchor(key)`` returns the row of a place named after a "near" word (any place, not
    only prominent ones); prominent places named anywhere count as weak anchors.
    """
    ctx = Context()
    if not text:
        return ctx
    key = normalize(text)
    words = key.split(" ")
    ctx.words = words
    ctx.text = text
    used = [False] * len(words)
    negated = _negated_words(text) if "not " in text else set()
    cyrillic_region = "щин" in key
    present = set(words)  # (the words that matter are found by set operations first: no test of every word)
    markers = _MARKERS & present
    marked = [i for i, w in enumerate(words) if (w in markers or (cyrillic_region and "щин" in w))
              and i not in negated] if markers or cyrillic_region else []
    for i in marked:
        word = words[i]
        if word in REGION_MARKERS:
            code, start = _lookup_region(index, words, i, index.region_keys)
            if code:
                ctx.regions[code] = max(ctx.regions.get(code, 0.0), EXPLICIT)
                ctx.region_mentions.append((i, code, EXPLICIT))
                used[start:i + 1] = [True] * (i + 1 - start)
        elif word in DISTRICT_MARKERS:
            if word in ("districts", "raions") and words[i - 1] in _GENERIC_AREA_WORDS:
                continue  # "in the southern and central districts": which parts, not districts' names
            codes, start = _lookup_district(index, words, i, index.district_keys)
            areas, area_start = _lookup_district(index, words, i, index.area_keys)
            if areas:
                ctx.areas += [c for c in (area_container(index, r) for r in areas) if c.kind == "area"]
                start = min(start, area_start) if codes else area_start
            if codes:
                ctx.district_mentions.append((i, tuple(codes)))
                for code in codes:
                    ctx.districts[code] = EXPLICIT
                    a1 = code.rsplit(".", 1)[0]
                    ctx.regions[a1] = max(ctx.regions.get(a1, 0.0), 0.5)
            if codes or areas:
                used[start:i + 1] = [True] * (i + 1 - start)
        elif word in BORDER_WORDS:
            window = set(words[max(0, i - 3):i + 4])
            ctx.border = "by" if window & BELARUS_WORDS else "ru"
        elif "щин" in word:
            code, start = _lookup_region(index, words, i + 1, index.region_keys)
            if code:
                ctx.regions[code] = max(ctx.regions.get(code, 0.0), EXPLICIT)
                used[i] = True
    explicit = dict(ctx.regions)
    named = {c for c, w in explicit.items() if w >= EXPLICIT}
    if named and ctx.areas:  # "Pokrovsk raion" in a text about Donetsk oblast is not the one near Dnipro
        ctx.areas = [c for c in ctx.areas if c.row is not None and index.admin1[c.row] in named] or ctx.areas
    anchor_weights: dict[int, tuple[float, str]] = {}
    firsts, seconds = _anchor_sizes(index)
    n = len(words)
    # the words that can start a place: after a "near" word, or the first word of a prominent place (the
    # name of one word, or followed by a second word of a longer one)
    following: list[str | None] = [*words[1:], None]
    heads, leads = firsts.keys() & present, _NEAR_OR_OF & present
    wanted = heads | leads
    found_at: set[int] = set()
    for i, w in enumerate(words) if wanted else ():
        if w in wanted:
            if w in heads and (firsts[w][-1] == 1 or following[i] in seconds.get(w, _NO_WORDS)):
                found_at.add(i)
            if w in leads and i + 1 < n:
                found_at.add(i + 1)
    starts = sorted(found_at)
    after = 0  # a place found ends here; the words before are read
    near_keys: list[tuple[str, int]] = []  # the places found after "near" words, and the rows first read for them
    for i in starts:
        if i < after or used[i] or i in negated:
            continue
        near = i > 0 and (words[i - 1] in NEAR_WORDS or
                          (words[i - 1] in _OF_FROM and i > 1 and words[i - 2] in DIRECTION_WORDS))
        sizes = _ALL_SIZES if near else firsts.get(words[i])
        if sizes and not near and following[i] not in seconds.get(words[i], _NO_WORDS):
            sizes = _ONE_WORD if sizes[-1] == 1 else None  # no longer prominent name goes on with the next word
        if not sizes:
            continue
        hit = None
        for size in sizes:
            if i + size > n or (size > 1 and any(used[i:i + size])):  # used[i] is not
                continue
            key = " ".join(words[i:i + size]) if size > 1 else words[i]
            if near and resolve_anchor is not None and len(key) >= 3 and not set(key.split(" ")) <= FILLER:
                row = resolve_anchor(key, explicit)
                if row is not None:
                    near_keys.append((key, row))
            else:
                row = index.anchor_keys.get(key)
            if row is not None:
                hit = (row, size)
                break
        if hit is None:
            continue
        row, size = hit
        weight = NEAR if near else IMPLICIT
        if weight > anchor_weights.get(row, (0.0, ""))[0]:
            anchor_weights[row] = (weight, " ".join(words[i:i + size]))
        _anchor_region(index, ctx.regions, row, weight)
        after = i + size
    if near_keys and resolve_anchor is not None:
        _near_places_read_again(index, ctx, explicit, anchor_weights, near_keys, resolve_anchor)
    # each place counts once, at its strongest mention; a long text keeps its strongest anchors
    strongest = sorted(anchor_weights.items(), key=lambda kv: -kv[1][0])[:MAX_ANCHORS]
    ctx.anchors = [(index.lat[r], index.lon[r], w, r, key) for r, (w, key) in strongest]
    return ctx
