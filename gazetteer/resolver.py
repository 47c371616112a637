"""The resolver: ranked candidates for a place name, decided by spelling, context and priors."""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, MutableSequence, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TypeVar

from rapidfuzz.distance import OSA

from .borders import haversine_km
from .candidate import Candidate
from .containers import (
    RADIUS_KM,
    Container,
    area_container,
    filter_inside,
    inside_all,
    is_city_section,
    point_hits,
    point_penalties,
)
from .context import Context, parse_context
from .errors import IndexMissingError, IndexOutdatedError, QueryError
from .fuzzy import NearKeys, PoolSpellings, bucket_keys, budget, closest, ending_variants, fold, search, within_one
from .index import Index, as_rows, settle
from .normalize import cyrillic_stems, district_stems, normalize, skeleton
from .paths import default_index_path
from .priors import CITY_POPULATION, TOWN_POPULATION, W_PRIMARY, W_PRIMARY_LOOSE, front_prior, place_prior, vowel_fold
from .query import DISTRICT_WORDS, REGION_WORDS, ROAD_WORDS, Part, PartFields, free_parts, looks_free_form
from .translit import has_cyrillic, russian, ukrainian
from .weights import (
    ANCHOR_KM,
    BORDER_KM,
    W_ANCHOR,
    W_BORDER,
    W_CTX_AREA,
    W_DISTRICT,
    W_FUZZY,
    W_HINT,
    W_POINT,
    W_REGION,
)

MAX_QUERY_CHARS = 300
RESULT_CACHE = 20_000  # recent answers kept
PLAN_CACHE = 50_000  # parsed query strings kept
NEAR_READINGS = 40  # namesakes of a place named alongside the one asked for, each a reading of "near"
POOL_ARRAYS = 600  # pools of more places than this have their spellings gathered by numpy (see _pool_choices)
POOL_LETTERS = 3  # a large pool's spellings are gathered a letter at a time for this many letters, then at once

_PREFIXES = re.compile(
    r"^(?:the )?(?:(city|town|village|settlement|hamlet|urban type settlement|urban-type settlement|"
    r"township|outskirts|suburbs|port city|resort town|frontline town|frontline village|"
    r"місто|місті|село|селі|смт|селище|город|городе|поселок|посёлок|поселке|деревня|м|с) (?:of )?)?"
)
_REGION_SUFFIX = re.compile(r"^(.+?) (region|oblast|province|krai|kray|область|обл|voblast)$")
_DISTRICT_SUFFIX = re.compile(r"^(.+?) (raion|rayon|district|район|hromada)$")
_FEATURE_SUFFIX = re.compile(
    r"^(.+?) (bridge|bridges|airport|airfield|air base|airbase|dam|nuclear power plant|npp|"
    r"power plant|thermal power plant|tpp|hpp|port|seaport|railway station|station|refinery|"
    r"oil depot|plant|factory|base|naval base)$"
)
# the last words of the three suffix patterns (a key that ends otherwise matches none of them)
_SUFFIX_LAST_WORDS = frozenset((
    "region", "oblast", "province", "krai", "kray", "область", "обл", "voblast",
    "raion", "rayon", "district", "район", "hromada",
    "bridge", "bridges", "airport", "airfield", "base", "airbase", "dam", "plant", "npp", "tpp", "hpp", "port",
    "seaport", "station", "refinery", "depot", "factory"))
# "the Lysychansk-Bakhmut highway", "трасса Харьков-Киев": a road named by the places it joins
_ROAD_WORDS = "(?:" + "|".join(sorted(ROAD_WORDS, key=len, reverse=True)) + ")"
_OUTER_PUNCT = re.compile(r"[,;:()\[\]/]")
# ACLED's columns pasted in order, widest first: "Kherson / Beryslavskyi / Tiahynka" (admin1 / admin2 / location)
_ADMIN_PATH = re.compile(r"^\s*([^/,()]+?)\s+/\s+([^/,()]+?)\s+/\s+([^/,()]+?)\s*$")
_LEVEL_WORDS = REGION_WORDS | DISTRICT_WORDS
_ROAD_COMPOUND = re.compile(
    rf"([^\W\d_][\w'’]*)\s*[-–—]\s*([^\W\d_][\w'’]*)(?=\s+{_ROAD_WORDS}\b)|"
    rf"\b{_ROAD_WORDS}\s+([^\W\d_][\w'’]*)\s*[-–—]\s*([^\W\d_][\w'’]*)", re.IGNORECASE)
SETTLEMENT_WORDS = {"city", "town", "village", "settlement", "hamlet", "urban type settlement",
                    "urban-type settlement", "township", "port city", "resort town", "frontline town",
                    "frontline village", "місто", "місті", "село", "селі", "смт", "селище", "город",
                    "городе", "поселок", "посёлок", "поселке", "деревня", "м", "с"}

FRONT_MAX_POP = 50_000
MAJOR_CODES = ("PPLC", "PPLA")  # cities a text may name outside the oblast it is about
_TOWN_CODES = frozenset(("PPLC", "PPLA", "PPLA2"))  # seats of a capital, an oblast or a raion
COS_LAT = math.cos(math.radians(48.5))  # Ukraine's middle latitude: +-4 % over the country, enough for anchors
_ADJECTIVE_ENDINGS = ("sky", "skiy", "skyi", "skyy", "skii", "ski", "ska", "ske", "skoye", "skoe", "ckyi", "cky",
                      "ський", "ский", "ська", "ская", "zky", "zkyi")


_CITY_REACH_KM = 30.0  # a city's own name on a hamlet this close to its point is the city's


@lru_cache(maxsize=4096)
def _precision(fclass: str, fcode: str, source: str) -> str:
    if fcode == "ADM1":
        return "region"
    if fcode.startswith("PCL"):
        return "country"
    if fcode in ("ADM2", "ADMD", "ADM2H", "ADMDH", "ADM3", "ADM3H"):
        return "district"
    if fclass == "P":
        return "locality"
    if fclass == "S" or source == "landmark":
        return "landmark"
    return "feature"


_skeleton = lru_cache(maxsize=65536)(skeleton)
_vowel_fold = lru_cache(maxsize=65536)(vowel_fold)
_NO_CONTEXT = Context()
_UNSEEN = ("unseen",)  # not in a cache (where None is a value)


def _long_enough(key: str) -> bool:
    """Keys the nationwide typo search reads (shorter ones match too much)."""
    return len(key) >= 5


V = TypeVar("V")


def _half_degree_cells(ix: Index, rows: list[int]) -> dict[tuple[int, int], tuple[int, ...]]:
    """``rows`` (ascending) by half-degree cell, (floor(2 lat), floor(2 lon)), each cell's rows in
    order: the cells worked out and grouped by numpy (a Python loop over the rows takes several times
    longer), each a tuple (the collector passes over those)."""
    import numpy as np

    idx = np.array(rows, dtype=np.int64)
    # slices of the columns: a view of the arrays themselves would stop the world tier from extending them
    lat = np.floor(np.frombuffer(ix.lat[:len(ix)], dtype=np.float64)[idx] * 2).astype(np.int64)
    lon = np.floor(np.frombuffer(ix.lon[:len(ix)], dtype=np.float64)[idx] * 2).astype(np.int64)
    cell = (lat << 20) + lon  # longitude cells lie within +-720
    order = np.argsort(cell, kind="stable")
    cell = cell[order]
    cuts = (np.flatnonzero(cell[1:] != cell[:-1]) + 1).tolist()
    ordered, lats, lons = idx[order].tolist(), lat[order].tolist(), lon[order].tolist()
    return {(lats[a], lons[a]): tuple(ordered[a:b]) for a, b in zip([0, *cuts], [*cuts, len(ordered)], strict=True)}


def _with_word(part: str, word: str) -> str:
    """A container's name with its level word, unless it already has one ("Izium raion", "Kharkiv oblast")."""
    return part if set(normalize(part).split(" ")) & _LEVEL_WORDS else f"{part} {word}"


def _remember(cache: dict, key: Hashable, value: V, limit: int) -> V:
    """Keep ``value`` under ``key`` in a bounded cache (the oldest quarter goes when it is full: one
    at a time, each removal would walk the emptied slots at the front of the dict) and return it."""
    if len(cache) >= limit:
        for old in list(islice(cache, max(1, limit // 4))):
            del cache[old]
    cache[key] = value
    return value


@dataclass(slots=True)
class ParsedQuery:
    """A query split into its lookup key and what its wording implies."""

    key: str
    hint: str | None = None  # "P" for settlements, "S" for structures
    level: str | None = None  # "region" or "district" when the query names one


def parse_query(text: str) -> ParsedQuery:
    """Normalise a query and read the hints in its wording ("village of", "... Bridge", "... region")."""
    key = normalize(text)
    if " " not in key:  # one word: no prefix, suffix or article to read
        return ParsedQuery(key, None)
    hint = None
    m = _PREFIXES.match(key)
    if m and m.end() and m.end() < len(key):
        if m.group(1) in SETTLEMENT_WORDS:
            hint = "P"
        key = key[m.end():]
    if key.startswith("the "):
        key = key[4:]
    if key.rpartition(" ")[2] not in _SUFFIX_LAST_WORDS:  # no suffix pattern can match
        return ParsedQuery(key, hint)
    m = _REGION_SUFFIX.match(key)
    if m:
        return ParsedQuery(m.group(1), None, "region")
    m = _DISTRICT_SUFFIX.match(key)
    if m:
        return ParsedQuery(m.group(1), None, "district")
    if _FEATURE_SUFFIX.match(key):
        hint = "S"
    return ParsedQuery(key, hint)


def _alts_sig(alts: Sequence[Container]) -> tuple:
    """A hashable name for one qualifier's readings (see :meth:`Gazetteer._quals_sig`)."""
    return tuple((c.kind, c.code, c.row, c.radius) for c in alts)


def _one_oblast(quals: list[list[Container]]) -> list[list[Container]]:
    """Drop the oblast qualifiers that exclude an earlier one: a list across oblasts ("A of the
    DPR, B of the LPR", "A in the Kharkiv region and B in the LPR") qualifies each name by its
    own oblast, and the first name by the first."""
    seen: set[str] | None = None
    kept = []
    for alts in quals:
        if alts and all(c.kind == "region" for c in alts):
            codes = {c.code for c in alts}
            if seen is not None and not codes & seen:
                continue
            seen = codes if seen is None else seen & codes
        kept.append(alts)
    return kept


class Gazetteer:
    """Offline place-name resolver over a built index.

    ``Gazetteer()`` opens the default index (building it first if there is none, or if an older
    version wrote it);
    ``Gazetteer(path)`` opens another. ``preference`` overrides the country preference, e.g.
    ``{"UA": 1.5, "border": 0.9, "RU": 0.4}``.
    """

    def __init__(self, path: str | Path | None = None, *, preference: dict[str, float] | None = None,
                 build_if_missing: bool = True) -> None:
        self.path = Path(path) if path else default_index_path()
        try:
            self.index = Index.load(self.path)
        except (IndexMissingError, IndexOutdatedError):  # the default index is (re)built by whoever needs it
            if not build_if_missing or path is not None:
                raise
            from .build import build

            build(path=self.path)
            self.index = Index.load(self.path)
        self._prior: MutableSequence[float] = self.index.prior
        if preference is not None:
            self.index.ensure_world()
            self._apply_preference(preference)
        self._add_front_prior()
        self._contexts: dict[str, Context] = {}
        # answers of recent queries (a batch names the same places again and again); candidates are shared
        self._results: dict[tuple, tuple[Candidate, ...]] = {}
        self._plans: dict[str, ParsedQuery | tuple[PartFields, ...]] = {}
        self._bare: dict[tuple, list[tuple[float, int]]] = {}
        self._row_fields: dict[int, tuple] = {}  # a place's Candidate fields that do not depend on the query
        self._lookups: dict[str, tuple[tuple[int, ...], str]] = {}
        self._named: dict[str, tuple[tuple[int, ...], str, str | None, str | None]] = {}  # see _named_rows
        self._members_cache: dict[tuple, set[int]] = {}
        # a pool's spellings by first letter and length, under the pool's signature, or for a large pool under
        # its signature and one letter (see _pool_choices)
        self._pool_cache: dict[tuple, tuple[dict[tuple[str, int], tuple[str, ...]], dict[str, list[int]]]] = {}
        self._pool_letters: dict[tuple, tuple[dict[tuple[str, int], tuple[str, ...]], dict[str, list[int]]]] = {}
        self._pool_letter_counts: dict[tuple, int] = {}  # letters a large pool was searched in (see _pool_choices)
        self._folds: dict[int, str] = {}
        self._near_cache: dict[tuple[float, float, float], list[int]] = {}
        self._near_cache_of: dict[tuple, list[list[Container]]] = {}  # see _near_readings
        self._narrowed_cache: dict[tuple, tuple[list[list[Container]], tuple]] = {}
        self._container_cache: dict[tuple, list[tuple[float, int]]] = {}  # see _container_answer
        self._inside_cache: dict[tuple, list[int]] = {}
        self._qualifier_cache: dict[tuple, tuple[tuple[Container, ...] | None, tuple]] = {}  # see _qualifier
        self.result_cache = RESULT_CACHE  # how many answers to keep (0: none)
        ix = self.index
        self._cols = (ix.lat, ix.lon, ix.admin1, ix.admin2, ix.fclass, ix.border_ru, ix.border_by, ix.pkey,
                      ix.pskel)

    def _apply_preference(self, preference: dict[str, float]) -> None:
        ix = self.index
        border = set(ix.meta.get("border_regions", ()))
        self._prior = [place_prior(ix.fclass[i], ix.fcode[i], ix.pop[i], ix.source[i], ix.cc[i], ix.admin1[i],
                                   ix.border_ru[i], border, preference) for i in range(len(ix))]

    def _add_front_prior(self, weight: float | None = None, scale: float | None = None) -> None:
        """Add the front-line prior to this gazetteer's priors (kept out of the index file, so a
        newly fitted weight needs no rebuild)."""
        ix = self.index
        prior, front, pop = self._prior, ix.front, ix.pop
        for r in range(min(ix.core_size, len(front))):
            km = front[r]
            if km < 500 and pop[r] < FRONT_MAX_POP:  # cities are named for many reasons, villages for the war
                prior[r] += front_prior(km, weight, scale)

    @property
    def meta(self) -> dict:
        """Build metadata: sources, missing coverage, build time."""
        return self.index.meta

    # lookups --------------------------------------------------------------------------------
    def _exact(self, key: str) -> tuple[int, ...]:
        ix = self.index
        rows = ix.names.get(key)
        if rows is not None:
            return (rows,) if rows.__class__ is int else rows
        ix.ensure_world()
        return as_rows(ix.world_names.get(key))

    def _loose(self, key: str) -> tuple[int, ...]:
        ix = self.index
        rows = as_rows(ix.skeletons.get(skeleton(key)))
        if rows and max(rows) >= ix.core_size:
            ix.ensure_world()
        return rows

    def _rows_for_key(self, key: str) -> tuple[int, ...]:
        rows = self._exact(key) or self._loose(key)
        if rows or not has_cyrillic(key):
            return rows
        for latin in (normalize(russian(key)), normalize(ukrainian(key))):
            rows = self._exact(latin) or self._loose(latin)
            if rows:
                return rows
        return ()

    def _anchor_row(self, key: str, regions: dict[str, float], anchors: list | None = None) -> int | None:
        """The place a context names after "near": best by prior, region and primary name (and the prominent
        places the text names, when given)."""
        rows = self._rows_for_key(key)
        if not rows:
            return None
        ctx = Context(regions=regions, anchors=anchors or [])
        return max(self._score(rows, ctx, None, key))[1]

    def context(self, text: str | None) -> Context:
        """Parsed context (cached per distinct string; parsing is the costly part of a document)."""
        if not text:
            return _NO_CONTEXT
        ctx = self._contexts.get(text)
        if ctx is None:
            ctx = _remember(self._contexts, text, parse_context(self.index, text, self._anchor_row), 512)
        return ctx

    def _region_rows(self, key: str) -> tuple[int, ...]:
        ix = self.index
        code = ix.region_keys.get(key) or ix.region_keys.get(skeleton(key))
        if code is None:
            for stem in cyrillic_stems(key):
                code = ix.region_keys.get(stem)
                if code:
                    break
        if code and code in ix.admin1_rows:
            return (ix.admin1_rows[code],)
        return ()

    def _district_rows(self, key: str) -> tuple[int, ...]:
        ix = self.index
        codes = ix.district_keys.get(skeleton(key), ())
        if not codes:
            for stem in district_stems(key):
                codes = ix.district_keys.get(skeleton(stem), ())
                if codes:
                    break
        return tuple(ix.admin2_rows[c] for c in codes if c in ix.admin2_rows)

    # ranking --------------------------------------------------------------------------------
    def _score(self, rows: tuple[int, ...], ctx: Context, hint: str | None,
               query_key: str) -> list[tuple[float, int]]:
        prior = self._prior
        lat, lon, admin1, admin2, fclass, border_ru, border_by, pkey, pskel = self._cols
        regions, districts, anchors, border = ctx.regions, ctx.districts, ctx.anchors, ctx.border
        skel = ""  # the query's skeleton, worked out when a row is not under the query's own key
        vskel = ""  # and its Russian/Ukrainian twin fold (see priors.vowel_fold), worked out when needed
        preferred = self.index.preferred.get(query_key)
        if ctx.region_mentions and len(regions) > 1:
            regions = ctx.regions_near(query_key)
        if len(ctx.district_mentions) > 1:
            districts = ctx.districts_near(query_key)
        pop = self.index.pop
        top = max(regions.values(), default=0.0)
        in_clause: bool | None = None  # does the query's clause name an oblast (worked out when needed)
        out = []
        for r in rows:
            s = prior[r]
            own = True
            if pkey[r] == query_key or r == preferred:
                s += W_PRIMARY
            elif pskel[r] == (skel or (skel := _skeleton(query_key))) or \
                    _vowel_fold(pskel[r]) == (vskel or (vskel := _vowel_fold(skel))):
                s += W_PRIMARY_LOOSE  # the query spells its own name up to transliteration, or is its twin
            else:
                own = False
            if regions:
                # a city of 100,000 named by its own name fits whatever oblast a text is about, when its clause
                # names none (not by an old name: "Oleksandrivsk village" in a Luhansk text is no Zaporizhzhia)
                w = regions.get(admin1[r], 0.0)
                if w < top and own and pop[r] >= CITY_POPULATION and fclass[r] == "P" and \
                        not (in_clause if in_clause is not None else (in_clause := ctx.region_in_clause(query_key))):
                    w = top
                if w:
                    s += W_REGION * w
            if districts and admin2[r] in districts:
                s += W_DISTRICT
            if anchors:
                rl, ro = lat[r], lon[r]
                for a_lat, a_lon, w, a_row, a_key in anchors:
                    if a_row == r or a_key == query_key:  # a place is no evidence for itself
                        continue
                    dl, dn = a_lat - rl, a_lon - ro
                    if -1.5 < dl < 1.5 and -2.2 < dn < 2.2:
                        # equirectangular distance: within 0.1 % of great-circle at these ranges
                        km = 111.2 * math.sqrt(dl * dl + (dn * COS_LAT) ** 2)
                        s += W_ANCHOR * w * math.exp(-km / ANCHOR_KM)
            if border:
                d = border_ru[r] if border == "ru" else border_by[r]
                if d < 200:
                    s += W_BORDER * math.exp(-d / BORDER_KM)
            if hint:
                s += W_HINT if fclass[r] == hint else -W_HINT / 2
            out.append((s, r))
        return out

    def resolve(self, name: str, context: str | None = None, limit: int = 5) -> list[Candidate]:
        """Ranked candidates for ``name``, best first; ``context`` is a phrase or the whole text.

        ``name`` may be free-form ("Mykhailivka, Kherson region", "X (Y district)", "Q district of
        City", "X near Y"): the oblasts, raions, hromadas, countries and places it names are hard
        constraints on the answer.
        """
        if not isinstance(name, str):
            raise QueryError(f"query must be text, not {type(name).__name__}")
        key = (name, context, limit)
        results = self._results
        found = results.get(key)
        if found is not None:
            return list(found)
        if len(name) > MAX_QUERY_CHARS:
            raise QueryError(f"query too long ({len(name)} characters, at most {MAX_QUERY_CHARS})")
        text = context if isinstance(context, str) else None
        ctx = self._contexts.get(text) if text else _NO_CONTEXT  # self.context, without the call
        out = self.resolve_in(name, ctx if ctx is not None else self.context(text), limit)
        if self.result_cache and (text is not None or context is None) and len(name) + len(context or "") < 2000:
            _remember(results, key, tuple(out), self.result_cache)
        return out

    def resolve_in(self, name: str, ctx: Context, limit: int = 5) -> list[Candidate]:
        """:meth:`resolve` with an already parsed context (found once for each name in a text's context: a
        shorter list is the first part of a longer one, so a longer one asked before answers it)."""
        if ctx is _NO_CONTEXT:
            return self._resolve_in(name, ctx, limit)
        found = ctx._found.get(name)
        if found is not None and (found[0] >= limit or len(found[1]) < found[0]):
            return list(found[1][:limit])
        out = self._resolve_in(name, ctx, limit)
        ctx._found[name] = (limit, tuple(out))
        return out

    def _resolve_in(self, name: str, ctx: Context, limit: int) -> list[Candidate]:
        """:meth:`resolve_in` worked out."""
        q = self._plans.get(name)
        if q is None:
            q = self._plan(name)
        if isinstance(q, tuple):  # a free-form query's parts
            return self._resolve_free(q, ctx, limit)
        found = self._named.get(name)
        if found is None:
            found = _remember(self._named, name, self._named_rows(q), PLAN_CACHE)
        rows, match, level, named_level = found
        if not rows:
            key = q.key
            rows, match = self._fuzzy(key, ctx)
            if not rows and level is None and " " in key:
                rows, match = self._lookup(key.rsplit(" ", 1)[0])
            if named_level is not None and rows:
                level = "approximate"
            if not rows:
                return []
        if (ctx.areas or ctx.districts) and level is None and ctx.short:
            rows, match = self._in_context_areas(rows, match, q.key, ctx)
        if ctx.regions:
            rows, match = self._context_filter(rows, ctx, q.key if level is None else None, match)
            if level == "district":
                seat = self._seat_in_named_oblast(rows, q.key, ctx)
                if seat:
                    rows, match, level = seat, "exact", "approximate"
        if len(rows) == 1:
            scored = [(self._prior[rows[0]], rows[0])]
        elif not (ctx.regions or ctx.districts or ctx.anchors or ctx.border or ctx.areas):
            scored = self._bare_scores(rows, q.hint, q.key)  # no context: the ranking depends on the name only
        else:
            scored = self._score(rows, ctx, q.hint, q.key)
            if ctx.areas:
                scored = self._area_bonus(scored, ctx.areas)
            scored.sort(reverse=True)
        if match == "fuzzy":
            if len(scored) > 1:
                scored = self._own_name_first(scored, q.key)
            return [self._candidate(r, s - W_FUZZY, level, match) for s, r in scored[:limit]]
        return [self._candidate(r, s, level, match) for s, r in scored[:limit]]

    def _named_rows(self, q: ParsedQuery) -> tuple[tuple[int, ...], str, str | None, str | None]:
        """The rows a query's name finds whatever the context, how they matched, the level they are
        read at, and the level its wording named (no rows: only a typo search in the context is left)."""
        if not q.key:
            raise QueryError("empty query")
        rows: tuple[int, ...] = ()
        level = q.level
        match = "exact"
        if level == "region":
            rows = self._region_rows(q.key)
            if not rows:
                rows = self._district_rows(q.key) or self._area_rows(q.key, True)
                level = "district" if rows else None
        elif level == "district":
            rows = self._district_rows(q.key) or self._area_rows(q.key, True)
        if rows:
            return rows, match, level, None
        key = q.key
        named_level = level
        if has_cyrillic(key) and not self._exact(key):  # a declined name (issue 14): gazetteer/cyrillic.py
            from .cyrillic import declined_rows

            rows, match = declined_rows(self, key)
        if not rows:
            rows, match = self._lookup(key)
        if not rows and q.hint == "S":
            m = _FEATURE_SUFFIX.match(key)
            if m:
                rows, match = self._lookup(m.group(1))
        if not rows and level is None:
            rows = self._region_rows(key)  # "DPR", "Kharkivshchyna": a region's other names
            if rows:
                level, match = "region", "variant"
        if named_level is not None and rows:
            level = "approximate"
        return rows, match, level, named_level

    def _own_name_first(self, scored: list[tuple[float, int]], key: str) -> list[tuple[float, int]]:
        """A typo is of a place's own name more often than of an old or foreign alias of another place
        ("Sloviasnk": Sloviansk, not Nikopol, once called Slaviansk): the primary-name bonus for the
        candidates whose own name is within the edit budget, best first."""
        f, own = fold(key), self._fold_key
        limit = budget(key)
        top_s, top_r = max(scored)
        if OSA.distance(f, own(top_r), score_cutoff=limit) <= limit:
            low = top_s  # the best place is itself the name misspelt: nothing below can pass it
            bonus = {top_r}
        else:  # below this even the bonus cannot lift a place to the top
            low = top_s - W_PRIMARY_LOOSE
            bonus = set()
        bonus.update(r for s, r in scored if s > low and r != top_r
                     and OSA.distance(f, own(r), score_cutoff=limit) <= limit)
        out = [(s + W_PRIMARY_LOOSE, r) if r in bonus else (s, r) for s, r in scored]
        out.sort(reverse=True)
        return out

    def _bare_scores(self, rows: tuple[int, ...], hint: str | None, key: str) -> list[tuple[float, int]]:
        """:meth:`_score` without context, best first (cached per name: batches repeat their names)."""
        cache = self._bare
        sig = (key, hint, rows)
        found = cache.get(sig)
        if found is None:
            found = _remember(cache, sig, sorted(self._score(rows, _NO_CONTEXT, hint, key), reverse=True),
                              PLAN_CACHE)
        return found

    def _plan(self, name: str) -> ParsedQuery | tuple[PartFields, ...]:
        """How to read a query: one name and its hints, or a free-form string of parts (cached per string,
        the parts as field tuples: thousands of cached Part objects would make every full collection of
        the garbage collector walk them)."""
        plans = self._plans
        plan = plans.get(name)
        if plan is not None:
            return plan
        hint = None
        asked = name
        path = _ADMIN_PATH.match(name) if " / " in name else None
        if path:  # the place, in its raion, in its oblast
            name = f"{path.group(3)}, {_with_word(path.group(2), 'district')}, {_with_word(path.group(1), 'region')}"
        text = name
        free = looks_free_form(name)
        if free and not _OUTER_PUNCT.search(name):
            key = normalize(name)  # "South Ukraine NPP", "North Crimean Canal": a known name is read whole
            key = key[4:] if key.startswith("the ") else key
            if " " in key and self.index.names.get(key) is not None:
                whole = parse_query(name)
                if whole.level is None and self._exact(whole.key):
                    return _remember(plans, asked, whole, PLAN_CACHE)
        road = _ROAD_COMPOUND.search(name) if ("-" in name or "–" in name or "—" in name) else None
        if road:
            g = 1 if road.group(1) else 3
            first, second, at, end = road.group(g), road.group(g + 1), road.start(g), road.end(g + 1)
            if self._lookup(normalize(f"{first}-{second}"))[0]:  # one hyphenated name: "Stanichno-Luhanske road"
                road = None
            else:  # the first place, the second near it
                text = f"{name[:at]}{first} to {second}{name[end:]}"
        parts = free_parts(text) if road or free else ()
        if len(parts) > 1 or (parts and (parts[0][1] == "country" or self._unknown_container(parts[0]))):
            plan = parts
        else:
            if parts:  # one name among filler words: "central Mykolaiv", "Pobeda village"
                part = Part(*parts[0])
                text = part.key + {"region": " region", "district": " district"}.get(part.level or "", "")
                hint = part.hint
            q = parse_query(text)
            q.hint = q.hint or hint
            plan = q
        return _remember(plans, asked, plan, PLAN_CACHE)

    def _unknown_container(self, part: PartFields) -> bool:
        """"Андріївка Сумської області": words before a region or district word that name no known
        container, so the last of them may be the container and the first the place."""
        key, level, _, near, country, _ = part
        return level in ("region", "district") and " " in key and not self._qualifier(key, level, near, country,
                                                                                       True)[0]

    # free-form queries ------------------------------------------------------------------------
    def _lookup(self, key: str) -> tuple[tuple[int, ...], str]:
        """Rows for a key and how they matched: "exact", or "variant" (spelling, script, ending);
        cached: a free-form query looks its names up more than once, and batches repeat them."""
        cache = self._lookups
        found = cache.get(key)
        if found is None:
            found = _remember(cache, key, self._lookup_uncached(key), PLAN_CACHE)
        return found

    def _lookup_uncached(self, key: str) -> tuple[tuple[int, ...], str]:
        rows = self._exact(key)
        if rows:
            return rows, "exact"
        rows = self._rows_for_key(key)
        if rows:
            return rows, "variant"
        for variant in ending_variants(key):
            rows = self._exact(variant) or self._loose(variant)
            if rows:
                return rows, "variant"
        return (), ""

    def _fuzzy(self, key: str, ctx: Context | None = None, pool: list[int] | None = None,
               sig: tuple | None = None) -> tuple[tuple[int, ...], str]:
        """Rows whose name is within the edit budget of ``key``: among ``pool`` when given (``sig``
        names it for the caches), else first inside the oblasts the context names, else anywhere."""
        if budget(key) <= 0:
            return (), ""
        table = self.index.fuzzy
        if pool is not None:
            return self._fuzzy_in(key, [(pool, sig if sig is not None else tuple(pool))])
        if ctx is not None:
            explicit = sorted(ctx.explicit())
            if explicit:  # each oblast's spellings are cached on their own: texts name them in any mix
                rows, how = self._fuzzy_in(key, [(self._rows_in_region(c), ("admin1", c)) for c in explicit])
                if rows:
                    return rows, how
        hits = closest(key, self._near_keys(), _long_enough)
        if not hits and budget(key) >= 2:
            hits, _ = search(key, self._fuzzy_buckets())
        rows = tuple(r for h in hits for r in as_rows(table[h]))
        # a place under two near spellings is one candidate, not two
        return (tuple(dict.fromkeys(rows)) if len(hits) > 1 else rows), ("fuzzy" if hits else "")

    def _fuzzy_in(self, key: str, pools: list[tuple[list[int], tuple]]) -> tuple[tuple[int, ...], str]:
        """Rows of the pools (row lists, each with a cache signature) whose name is nearest ``key``
        within the edit budget: one edit from the deletion index, else a scan of each pool."""
        table = self.index.fuzzy
        members = self._members(pools)
        letter = fold(key)[:1]
        kept = [self._pool_cache.get(sig) or self._pool_letters.get((sig, letter)) for _, sig in pools]
        scan = None  # pools searched before have their buckets: a scan of three is cheaper than the deletion index
        if all(kept):
            def scan(f: str) -> list[str]:
                return list(dict.fromkeys(k for found in kept if found for k in within_one(f, found[0])))
        hits = closest(key, self._near_keys(), lambda k: k in table and any(r in members for r in as_rows(table[k])),
                       scan)
        if hits:
            return tuple(dict.fromkeys(r for h in hits for r in as_rows(table[h]) if r in members)), "fuzzy"
        if budget(key) < 2:
            return (), ""
        found: list[int] = []
        least = None
        for pool, sig in pools:
            buckets, unlisted = self._pool_choices(pool, sig, key)
            near, dist = search(key, buckets)
            if near and (least is None or dist <= least):
                inside = members if len(pools) == 1 else self._members([(pool, sig)])
                rows = [r for h in near for r in as_rows(table.get(h)) if r in inside]
                rows += [r for h in near for r in unlisted.get(h, ())]
                found, least = (found + rows, dist) if dist == least else (rows, dist)
        return tuple(dict.fromkeys(found)), ("fuzzy" if found else "")

    def _members(self, pools: list[tuple[list[int], tuple]]) -> set[int]:
        """The rows of the pools as one set (cached under their signatures)."""
        cache = self._members_cache
        sig = tuple(s for _, s in pools)
        found = cache.get(sig)
        if found is None:
            found = _remember(cache, sig, {r for pool, _ in pools for r in pool}, 256)
        return found

    def _pool_choices(self, pool: list[int], sig: tuple, key: str) -> tuple[dict[tuple[str, int], tuple[str, ...]],
                                                                              dict[str, list[int]]]:
        """Folded spellings of the places in ``pool`` by first letter and length, in the order the places
        give them (what :func:`search` reads: at least the buckets of the first letter of ``key``'s fold),
        and the spellings of the places the typo table lacks with their rows. Cached under ``sig`` (the
        same oblasts and raions come back): a pool of a few hundred places has every bucket made at once
        in Python; a larger one (an oblast) is gathered by numpy, one letter's buckets at a time for its
        first few letters (a few times cheaper than every bucket), then every bucket at once."""
        found = self._pool_cache.get(sig)
        if found is None and len(pool) > POOL_ARRAYS:
            letter = fold(key)[:1]
            found = self._pool_letters.get((sig, letter))
            if found is None:
                table = self._pool_spellings()
                letters = self._pool_letter_counts.get(sig, 0)
                if letters >= POOL_LETTERS:
                    found = table.buckets(pool, None)  # None: a place beyond the core table
                    if found is not None:
                        return _remember(self._pool_cache, sig, found, 256)
                else:
                    found = table.buckets(pool, letter)
                    if found is not None:
                        _remember(self._pool_letter_counts, sig, letters + 1, 4096)
                        _remember(self._pool_letters, (sig, letter), found, 4096)
        if found is None:
            spellings, unlisted = self._spellings(pool)
            found = _remember(self._pool_cache, sig, ({b: tuple(ks) for b, ks in bucket_keys(spellings).items()},
                                                      unlisted), 256)
        return found

    def _spellings(self, pool: list[int]) -> tuple[tuple[str, ...], dict[str, list[int]]]:
        """Every folded spelling of the places in ``pool`` once, in the order the places give them, and
        the spellings of the places the typo table lacks with their rows."""
        unlisted: dict[str, list[int]] = {}
        spellings: list[str] = []
        get = self._row_keys().get
        for r in pool:
            listed = get(r)
            if listed:
                spellings += listed
            else:
                k = self._fold_key(r)
                unlisted.setdefault(k, []).append(r)
                spellings.append(k)
        return tuple(dict.fromkeys(spellings)), unlisted

    def _pool_spellings(self) -> PoolSpellings:
        """The spellings of every core place as numbers (built with the deletion index)."""
        table = getattr(self, "_pool_spellings_cache", None)
        if table is None:
            table = self._pool_spellings_cache = PoolSpellings(self.index.fuzzy, self.index.core_size, self._fold_key)
        return table

    def _fold_key(self, r: int) -> str:
        cache = self._folds
        f = cache.get(r)
        if f is None:
            f = cache[r] = fold(self.index.pkey[r])
        return f

    def _row_keys(self) -> dict[int, list[str]]:
        """Every folded spelling of each core place (its alternate names too; from the typo table,
        in its order). Made with the deletion index: a typo search needs both."""
        keys = getattr(self, "_row_keys_cache", None)
        if keys is None:
            keys = {}
            get = keys.get
            for k, rows in self.index.fuzzy.items():
                if rows.__class__ is int:
                    found = get(rows)
                    if found is None:
                        keys[rows] = [k]
                    else:
                        found.append(k)
                else:
                    for r in rows:
                        found = get(r)
                        if found is None:
                            keys[r] = [k]
                        else:
                            found.append(k)
            self._row_keys_cache = keys
            settle()
        return keys

    def _fuzzy_buckets(self) -> dict[tuple[str, int], list[str]]:
        """The typo table's keys by first letter and length (for typos of two edits or more)."""
        buckets = getattr(self, "_fuzzy_cache", None)
        if buckets is None:
            buckets = self._fuzzy_cache = bucket_keys(k for k in self.index.fuzzy if _long_enough(k))
            settle()
        return buckets

    def _near_keys(self) -> NearKeys:
        """The typo table's deletion index (built on the first typo, about a second, with the other
        typo tables: a two-edit typo among the next queries then finds its buckets ready)."""
        near = getattr(self, "_near_keys_cache", None)
        if near is None:
            near = self._near_keys_cache = NearKeys(self.index.fuzzy)
            self._row_keys()
            self._fuzzy_buckets()
            self._pool_spellings()
            settle()
        return near

    def _rows_in_region(self, code: str) -> list[int]:
        """Places (populated, structures, areas) in one oblast (indexed on first use)."""
        by = getattr(self, "_by_admin1", None)
        if by is None:
            by = {}
            ix = self.index
            for r in range(ix.core_size):
                if ix.fclass[r] in ("P", "S", "A"):
                    by.setdefault(ix.admin1[r], []).append(r)
            self._by_admin1 = by
        return by.get(code, [])

    def _rows_near(self, lat: float, lon: float, km: float) -> list[int]:
        """Places (populated, structures, areas) within ``km`` of a point (cached per point)."""
        cache = self._near_cache
        found = cache.get((lat, lon, km))
        if found is not None:
            return found
        grid = getattr(self, "_area_grid", None)
        ix = self.index
        if grid is None:
            fclass = ix.fclass
            grid = self._area_grid = _half_degree_cells(ix, [r for r in range(ix.core_size)
                                                              if fclass[r] in ("P", "S", "A")])
        cl, cn = math.floor(lat * 2), math.floor(lon * 2)
        reach = 1 + int(km / 40)
        cos = math.cos(math.radians(lat))
        limit = (km / 111.2) ** 2
        # only the cells of the square of cells around the point that the circle reaches (a hair wider)
        d = km / 111.2 + 1e-6
        e = d / cos if cos > 0.01 else 180.0
        lat_cells = range(max(-reach, math.floor((lat - d) * 2) - cl), min(reach, math.floor((lat + d) * 2) - cl) + 1)
        lon_cells = range(max(-reach, math.floor((lon - e) * 2) - cn), min(reach, math.floor((lon + e) * 2) - cn) + 1)
        lats, lons = ix.lat, ix.lon
        found = [r for dl in lat_cells for dn in lon_cells
                 for r in grid.get((cl + dl, cn + dn), ())
                 if (lats[r] - lat) ** 2 + ((lons[r] - lon) * cos) ** 2 <= limit]
        return _remember(cache, (lat, lon, km), found, 1024)

    @staticmethod
    def _quals_sig(quals: list[list[Container]]) -> tuple:
        """A hashable name for a list of qualifiers (the key of the caches of places inside them)."""
        return tuple(_alts_sig(alts) for alts in quals)

    def _rows_inside(self, quals: list[list[Container]], sig: tuple | None = None) -> list[int]:
        """Every place inside all qualifiers (for typo search and last resorts; cached under
        ``sig``, their :meth:`_quals_sig`)."""
        cache = self._inside_cache
        if sig is None:
            sig = self._quals_sig(quals)
        found = cache.get(sig)
        if found is not None:
            return found
        ix = self.index
        best = min(quals, key=lambda alts: max(c.size for c in alts))
        pool: list[int] = []
        for c in best:
            if c.kind == "region":
                pool += self._rows_in_region(c.code)
            elif c.kind == "raion":
                pool += [r for r in self._rows_in_region(c.code.rsplit(".", 1)[0]) if ix.admin2[r] == c.code]
            elif c.kind == "country":
                pool += [r for r in range(ix.core_size) if ix.cc[r] == c.code and ix.fclass[r] == "P"]
            else:
                pool += self._rows_near(c.lat, c.lon, c.radius)
        others = [alts for alts in quals if alts is not best]
        found = filter_inside(ix, dict.fromkeys(pool), others) if others else list(dict.fromkeys(pool))
        return _remember(cache, sig, found, 1024)

    def _area_rows(self, key: str, level_area: bool = False) -> tuple[int, ...]:
        """Raion (any age), hromada and city-section rows named ``key`` (only the areas, not the city
        sections of the same name, with ``level_area``: "Shakhtersky district")."""
        ix = self.index
        sk = skeleton(key)
        rows = ix.area_keys.get(sk)
        if rows is None:
            for stem in district_stems(key.replace(" ", "")):
                rows = ix.area_keys.get(skeleton(stem))
                if rows:
                    break
        if rows is None:
            variants = [v for v in ending_variants(key) if skeleton(v) in ix.area_keys]
            rows = ix.area_keys.get(skeleton(variants[0])) if variants else None
        if rows and level_area:
            areas = tuple(r for r in rows if ix.fclass[r] == "A")
            return areas or rows
        return rows or ()

    def _district_containers(self, key: str) -> list[Container]:
        """Every reading of a district name: current raions by code, older raions, hromadas and
        city sections by their point."""
        ix = self.index
        out: list[Container] = []
        codes = set()
        for r in self._district_rows(key):
            code = ix.admin2[r]
            if code and code not in codes:
                codes.add(code)
                out.append(Container("raion", code, r, ix.lat[r], ix.lon[r]))
        current = list(codes)
        for r in self._area_rows(key):
            c = area_container(ix, r)
            if c.kind == "raion" and c.code in codes:
                continue
            codes.add(c.code)
            out.append(c)
        if current and not any(ix.fcode[c.row] in ("ADM2H", "ADMDH") for c in out if c.row is not None):
            # "Pavlopil village, Volnovakha raion": a raion of before 2020 GeoNames files under another
            # spelling, told by its centre town, the current raion's namesake (reached by point, so a
            # place inside the current raion still ranks first)
            towns = [r for r in self._exact(key) if r < ix.core_size and ix.fclass[r] == "P"
                     and ix.admin2[r] in current]
            if towns:
                t = max(towns, key=lambda r: ix.pop[r])
                out.append(Container("area", "", t, ix.lat[t], ix.lon[t], RADIUS_KM["ADM2H"]))
        return out

    def _qualifier(self, key: str, level: str | None, near: bool, country: str | None,
                   first: bool) -> tuple[list[Container] | None, tuple]:
        """The containers a part (given by the fields it reads) names, [] for a container word naming
        nothing known, or None when the part is a place name; and the signature of the containers
        (their part of :meth:`_quals_sig`). Cached: the same oblasts and raions come back."""
        cache = self._qualifier_cache
        sig = (key, level, near, country, first)
        kept = cache.get(sig)
        if kept is None:
            found = self._qualifier_uncached(Part(key, level, None, near, country), first)
            kept = _remember(cache, sig, (None, ()) if found is None else (tuple(found), _alts_sig(found)), 4096)
        alts, alts_sig = kept
        return (None if alts is None else list(alts)), alts_sig

    def _qualifier_uncached(self, part: Part, first: bool) -> list[Container] | None:
        ix = self.index
        if part.level == "country":
            own = [r for r in self._exact(part.key) if ix.fcode[r].startswith("PCL")]
            return [Container("country", part.country or "", own[0] if own else None)]
        if part.level in ("region", "district"):
            alts: list[Container] = []
            if part.level == "region":
                rows = self._region_rows(part.key)
                if rows:
                    r = rows[0]
                    return [Container("region", ix.admin1[r], r, ix.lat[r], ix.lon[r])]
            alts = self._district_containers(part.key)
            if not alts and part.level == "district":
                alts = self._centre_town_areas(part.key)
            if not alts and part.level == "region" and first is False:
                return []
            return alts if alts or not first else None
        code = ix.region_keys.get(part.key)
        if part.near and not first and code and part.key not in ix.names:
            row = ix.admin1_rows.get(code)  # "in the south of the DPR": a region, not a place nearby
            return None if row is None else [Container("region", code, row, ix.lat[row], ix.lon[row])]
        if first or part.near:
            return None
        if code and code in ix.admin1_rows:
            r = ix.admin1_rows[code]
            # "X, Kyiv": the oblast, or its city (Kyiv, Sevastopol: a region of their own)
            cities = [c for c in self._exact(part.key) if ix.fcode[c] in MAJOR_CODES]
            return [Container("region", code, r, ix.lat[r], ix.lon[r]),
                    *(Container("area", "", c, ix.lat[c], ix.lon[c], RADIUS_KM["city"]) for c in cities)]
        if part.key.endswith(_ADJECTIVE_ENDINGS) and " " not in part.key.strip():
            alts = self._district_containers(part.key)
            if alts:
                return alts
        return None

    def _centre_town_areas(self, key: str) -> list[Container]:
        """"Yasinovataya district": a raion GeoNames knows under no such name is the area around the town it is
        named after (a raion centre), as a pre-2020 raion is known by its point."""
        ix = self.index
        rows, _ = self._lookup(key)
        towns = sorted((r for r in rows if r < ix.core_size and ix.fclass[r] == "P" and ix.pop[r] >= 5000
                        and ix.cc[r] == "UA"), key=lambda r: -ix.pop[r])
        return [Container("area", "", r, ix.lat[r], ix.lon[r], RADIUS_KM["ADM2H"]) for r in towns[:3]]

    def _split_container(self, part: Part) -> tuple[Part, list[Container]] | None:
        """"Makarov Stanichno Luhansk region": the last words name the container, the first the place."""
        words = part.key.split(" ")
        for k in range(1, min(3, len(words) - 1) + 1):
            q = self._qualifier(" ".join(words[-k:]), part.level, False, None, False)[0]
            if q:
                return Part(" ".join(words[:-k]), None, part.hint), q
        return None

    def _container_answer(self, quals: list[list[Container]], limit: int, sig: tuple | None = None) -> list[Candidate]:
        """No place named apart from its containers: answer the most specific container (``sig``: the
        qualifiers' :meth:`_quals_sig`, when known)."""
        if sig is None:
            sig = self._quals_sig(quals)
        scored = self._container_cache.get(sig)
        if scored is None:  # cached: a raion named with its oblast comes back with other villages
            scored = _remember(self._container_cache, sig, self._container_scores(quals), 1024)
        return [self._candidate(r, s, None, "exact") for s, r in scored[:limit]]

    def _container_scores(self, quals: list[list[Container]]) -> list[tuple[float, int]]:
        """The readings of the most specific qualifier inside the others, best prior first."""
        ix = self.index
        best = min(quals, key=lambda alts: min(c.size for c in alts))
        others = [q for q in quals if q is not best]
        options = [c for c in best if c.row is not None and (not others or inside_all(ix, c.row, others)
                                                               or c.kind == "region")]
        options = options or [c for c in best if c.row is not None]
        return sorted(((self._prior[c.row], c.row) for c in options if c.row is not None), reverse=True)

    def _near_readings(self, part: Part, quals: list[list[Container]], ctx: Context,
                       quals_sig: tuple) -> list[list[Container]]:
        """The readings of a place named beside the target ("X near T"), every namesake inside the
        qualifiers (their :meth:`_quals_sig`: ``quals_sig``) up to :data:`NEAR_READINGS` best first,
        as one list (none when no namesake is inside); cached without a context: the same towns come back."""
        sig = (part.key, part.hint, quals_sig) if ctx is _NO_CONTEXT else None
        found = self._near_cache_of.get(sig) if sig is not None else None
        if found is not None:
            return found
        ix = self.index
        other, _ = self._lookup(part.key)
        inside = filter_inside(ix, other, quals) if quals else list(other)
        found = []
        if inside:
            # every namesake is a reading: places named together are near each other
            best = sorted(self._score(tuple(inside), ctx, part.hint, part.key), reverse=True)[:NEAR_READINGS]
            found.append([Container("near", "", r, ix.lat[r], ix.lon[r], RADIUS_KM["near"]) for _, r in best])
        return found if sig is None else _remember(self._near_cache_of, sig, found, 4096)

    def _narrowed(self, quals: list[list[Container]], sig: tuple) -> tuple[list[list[Container]], tuple]:
        """:meth:`_narrow` of :func:`_one_oblast` (both keep a single qualifier as it is) and its
        signature, cached under the qualifiers' signature ``sig`` (their :meth:`_quals_sig`): the same
        raions and oblasts come back together. The lists returned are shared: not to be changed."""
        if len(quals) < 2:
            return quals, sig
        found = self._narrowed_cache.get(sig)
        if found is None:
            narrowed = self._narrow(_one_oblast(quals))
            found = _remember(self._narrowed_cache, sig, (narrowed, self._quals_sig(narrowed)), 4096)
        return found

    def _narrow(self, quals: list[list[Container]]) -> list[list[Container]]:
        """Keep the readings of each qualifier that lie inside the others (the Pokrovsk raion of the
        oblast the query names, not a namesake raion elsewhere)."""
        if len(quals) < 2:
            return quals
        ix = self.index
        out = []
        sizes = [max(c.size for c in alts) for alts in quals]
        for alts, size in zip(quals, sizes, strict=True):
            others = [q for q, s in zip(quals, sizes, strict=True) if q is not alts and s > size]
            if others:
                kept = [c for c in alts if c.row is None or inside_all(ix, c.row, others)
                        or (c.kind == "raion" and all(any(o.kind == "region" and c.code.startswith(o.code + ".")
                                                          for o in q) for q in others))]
                alts = kept or alts
            out.append(alts)
        return out

    def _resolve_free(self, written: Sequence[PartFields], ctx: Context, limit: int) -> list[Candidate]:
        """Candidates for a free-form query, its parts (as field tuples) in the order ``written``."""
        ix = self.index
        quals: list[list[Container]] = []
        sigs: list[tuple] = []  # each qualifier's part of _quals_sig
        names: list[Part] = []
        bare_regions: list[Part] = []
        split_city = False  # "Odesa's Kyivskyi district": a city's name written before its district's
        for fields in written:
            key, level, hint, is_near, country, alias = fields
            if alias and names:
                # "Artemovsk/Bakhmut", "Privolye/Pryvillya": the other spelling stands in when the first is unknown
                if not self._lookup(names[-1].key)[0] and self._lookup(key)[0]:
                    names[-1] = Part(key, names[-1].level, names[-1].hint or hint, names[-1].near)
                continue
            first = not names and not quals
            if first and level is None:  # a name before any other: the place, never a container
                names.append(Part(*fields))
                continue
            q, sig = self._qualifier(key, level, is_near, country, first)
            if q and level is None and q[0].kind == "region":
                bare_regions.append(Part(*fields))  # "Kharkiv": the oblast, or its city
            if level in ("region", "district") and not q and " " in key:
                split = self._split_container(Part(*fields))
                if split is not None:
                    split_city = any(self._city(r) for r in self._lookup(split[0].key)[0])
                    names.append(split[0])
                    quals.append(split[1])
                    sigs.append(_alts_sig(split[1]))
                    continue
            if q is None:
                names.append(Part(*fields))
            elif q:
                quals.append(q)
                sigs.append(sig)
        if not names and not quals:
            raise QueryError("no place name in the query")
        quals, quals_sig = self._narrowed(quals, tuple(sigs))
        city_of_district = split_city or (not names and bool(bare_regions) and len(quals) > 1)
        if city_of_district and not names:
            names = bare_regions[:1]  # "Industrial District of Kharkiv": the city is the place
        if not names:
            return self._container_answer(quals, limit, quals_sig)
        # the place is the first name found inside the containers (else the first found anywhere);
        # the other names are places near it
        target: Part | None = None
        rows: tuple[int, ...] = ()
        match = ""
        inside_target: list[int] | None = None  # the target's rows inside the qualifiers, when looked for
        # the point hits of the qualifiers known by a point, by id(alts), over the candidates or more
        qual_hits: dict[int, dict[int, list[Container]]] = {}
        if quals:
            for part in names:
                found, how = self._lookup(part.key)
                if city_of_district:  # the city, not a site named after it ("Odesa's Kyivskyi district" is no
                    found = tuple(r for r in found if ix.fclass[r] == "P")  # airport in that district)
                if found:
                    inside_target = filter_inside(ix, found, quals, qual_hits)
                    if inside_target:
                        target, rows, match = part, found, how
                        break
            inside_target = inside_target if target is not None else None
        if target is None:
            for part in names:
                rows, match = self._lookup(part.key)
                if city_of_district:
                    rows = tuple(r for r in rows if ix.fclass[r] == "P") or rows
                if rows:
                    target = part
                    break
        if target is None:  # "Makarov Stanichno", "rebel held Luhansk": the name is the first or last words
            for part in names:
                words = part.key.split(" ")
                for k in range(len(words) - 1, 0, -1):
                    for sub in (" ".join(words[:k]), " ".join(words[-k:])):
                        rows, match = self._lookup(sub)
                        if rows:
                            target = Part(sub, None, part.hint)
                            break
                    if target is not None:
                        break
                if target is not None:
                    break
        if target is None:
            target = names[0]
        near = [alts for part in names if part is not target
                for alts in self._near_readings(part, quals, ctx, quals_sig)]
        if inside_target is not None:
            cands = inside_target
        else:
            qual_hits = {}
            cands = filter_inside(ix, rows, quals, qual_hits) if quals else list(rows)
        near_hits: list[dict[int, list[Container]]] = []  # the readings of each near place holding each candidate
        if cands and near:
            near_hits = [point_hits(ix, cands, alts) for alts in near]  # held(): the readings are all points
            if len(near_hits) == 1:
                by_near = near_hits[0]
                if any(r in by_near for r in cands):
                    cands = [r for r in cands if r in by_near]
            else:
                support = [(sum(r in h for h in near_hits), r) for r in cands]
                most = max(support)[0]
                if most:
                    cands = [r for n, r in support if n == most]
        if not cands and (quals or near) and not (city_of_district and rows):  # (a city found is no typo)
            sig = quals_sig if quals else self._quals_sig(near)
            pool = self._rows_inside(quals or near, sig)
            hits, how = self._fuzzy(target.key, None, pool, ("inside", sig))
            if hits:
                cands, match, qual_hits = list(hits), how, {}
        if not cands and quals and rows:
            # "Industrial District of Kharkiv", "Kharkiv (Shevchenkivskyi district)": a part of the city that
            # GeoNames lacks there (or files only in other cities) is no container of the city; the city answers
            cities = [r for r in rows if self._city(r)]
            parts = [alts for alts in quals if cities and all(c.kind != "region" for c in alts)
                     and not any(c.holds(ix, r) for c in alts for r in cities)]
            own = [c.row for alts in parts for c in alts if c.row is not None and is_city_section(ix, c.row)
                   and any(haversine_km(ix.lat[c.row], ix.lon[c.row], ix.lat[r], ix.lon[r]) <= RADIUS_KM["city"]
                           for r in cities)]
            if own:  # "Sviatoshynskyi raion, Kyiv": the section of that name in the city
                return [self._candidate(own[0], self._prior[own[0]], None, match)]
            kept = [alts for alts in quals if not any(alts is p for p in parts) and not all(
                c.kind == "area" and c.row is not None and is_city_section(ix, c.row) for c in alts)]
            if len(kept) < len(quals):
                qual_hits = {}
                cands = filter_inside(ix, rows, kept, qual_hits) if kept else list(rows)
                quals, quals_sig = kept, self._quals_sig(kept)
        if not cands and quals:
            return self._container_answer(quals, limit, quals_sig)
        if not cands:
            qual_hits = {}
            if rows:
                cands = list(rows)
            else:
                hits, match = self._fuzzy(target.key, ctx)
                cands = list(hits)
        if not cands:
            return []
        cands = list(self._context_filter(tuple(cands), ctx)[0])
        scored = self._score(tuple(cands), ctx, target.hint, target.key)
        if match == "fuzzy" and len(scored) > 1:
            scored = self._own_name_first(scored, target.key)
        point_quals = [q for q in quals if any(c.kind in ("area", "near") for c in q)]
        if point_quals or near:
            # the near places' hits are those worked out above when there were any (over these rows and more)
            known: list[dict[int, list[Container]] | None] = [qual_hits.get(id(q)) for q in point_quals]
            known += near_hits or [None] * len(near)
            penalties = point_penalties(ix, [r for _, r in scored], point_quals + near, known)
            scored = [(s - W_POINT * p, r) for (s, r), p in zip(scored, penalties, strict=True)]
        if ctx.areas:
            scored = self._area_bonus(scored, ctx.areas)
        scored.sort(reverse=True)
        penalty = W_FUZZY if match == "fuzzy" else 0.0
        out = [self._candidate(r, s - penalty, None, match) for s, r in scored[:limit]]
        # "Mykolaiv (Zavodskyi district)": a city section inside the named city is the better answer
        top = scored[0][1]
        if ix.fclass[top] == "P" and ix.pop[top] >= 20000:
            for alts in quals:
                for c in alts:
                    if c.kind == "area" and c.row is not None and is_city_section(ix, c.row) and c.holds(ix, top):
                        out.insert(0, self._candidate(c.row, scored[0][0], None, match))
                        return out[:limit]
        return out

    # context as a constraint ------------------------------------------------------------------
    def _context_filter(self, rows: tuple[int, ...], ctx: Context, key: str | None = None,
                        match: str = "exact") -> tuple[tuple[int, ...], str]:
        """Oblasts the context names explicitly are constraints: places inside them win over
        namesakes elsewhere (cities that head an oblast or hold 100,000 people excepted, a text names
        those anywhere: "Kryvyi Rih" in a text about the Kherson region, which has a village of that name).
        With ``key`` and no namesake inside, a near spelling inside is looked for."""
        if not ctx.regions:
            return rows, match
        explicit = ctx.explicit_for(key) if key else ctx.explicit()
        if not explicit:
            return rows, match
        ix = self.index
        admin1 = ix.admin1
        inside = tuple([r for r in rows if admin1[r] in explicit])
        if len(inside) == len(rows):
            return rows, match
        if not inside:
            if key is None or not ctx.short or any(ix.fcode[r] in MAJOR_CODES or ix.fclass[r] == "A" for r in rows) \
                    or (match == "exact" and (any(self._town(r) for r in rows)  # "Myrhorod" is no typo of Myrhorody
                                              or not ctx.region_in_clause(key))):
                return rows, match
            pool = [r for c in sorted(explicit) for r in self._rows_in_region(c)]
            hits, how = self._fuzzy(key, None, pool, ("admin1", *sorted(explicit)))
            return (hits, how) if hits else (rows, match)
        # (and a town, a raion's seat or a place of 10,000, named in a clause that names no oblast: "the Kryvyi Rih
        # raion ... On Sunday a rocket strike hit a school in occupied Polohy")
        far = key is not None and not ctx.region_in_clause(key)
        return inside + tuple([r for r in rows if admin1[r] not in explicit
                               and (self._city(r) or (far and self._town(r)))]), match

    def _city(self, r: int) -> bool:
        """Is row ``r`` a city a text may name outside the oblast it is about: an oblast's or the country's
        seat, or a place of 100,000 people?"""
        ix = self.index
        return ix.fclass[r] == "P" and (ix.fcode[r] in MAJOR_CODES or ix.pop[r] >= CITY_POPULATION)

    def _town(self, r: int) -> bool:
        """Is row ``r`` a town: a raion's, an oblast's or the country's seat, or a place of 10,000 people?"""
        fcode = self.index.fcode[r]
        # (a hromada's seat of 10,000 too: GeoNames codes Vasylkiv, a town of 37,000, PPLA3)
        return fcode in _TOWN_CODES or (fcode in ("PPL", "PPLA3", "PPLA4")
                                        and (self.index.pop[r] or 0) >= TOWN_POPULATION)

    def _seat_in_named_oblast(self, rows: tuple[int, ...], key: str, ctx: Context) -> tuple[int, ...]:
        """A raion or hromada no reading of which lies in the oblast the text names ("Semenivka
        community" in a Chernihiv post, where GeoNames knows a Semenivka raion only in Poltava oblast):
        the places of that name inside the named oblast, the seat it is named after (none: ())."""
        explicit = ctx.explicit_for(key)
        admin1 = self.index.admin1
        if not explicit or any(admin1[r] in explicit for r in rows):
            return ()
        fclass = self.index.fclass
        return tuple([r for r in self._lookup(key)[0] if admin1[r] in explicit and fclass[r] == "P"])

    def _in_context_areas(self, rows: tuple[int, ...], match: str, key: str,
                          ctx: Context) -> tuple[tuple[int, ...], str]:
        """The context names a raion (of any age), hromada or city section and no namesake lies
        inside: a near spelling inside it is the place meant (UCDP's "Paraskoviivka" in a district
        where GeoNames spells it "Paraskoviyivka"). A town the name matches exactly stays: a text that
        names "Horodnia district" and "Chernihiv" means the city in the same oblast, not a village spelled
        near it."""
        ix = self.index
        areas, districts = ctx.areas, ctx.districts
        admin1 = ix.admin1
        oblasts = {admin1[c.row] for c in areas if c.row is not None} | {d.rsplit(".", 1)[0] for d in districts}
        for r in rows:
            if ix.admin2[r] in districts or any(c.holds(ix, r) for c in areas):
                return rows, match
            # (and a town of 10,000 named exactly is meant wherever it lies: "Vasylkiv, south of Kyiv" in a text
            # that names Mykolaiv's Korabelnyi district is no typo of a village near Mykolaiv)
            if match == "exact" and self._town(r) and (admin1[r] in oblasts or ix.pop[r] >= TOWN_POPULATION):
                return rows, match
        pool: list[int] = []
        for c in areas:
            pool += self._rows_near(c.lat, c.lon, c.radius)
        for code in districts:
            pool += [r for r in self._rows_in_region(code.rsplit(".", 1)[0]) if ix.admin2[r] == code]
        hits, how = self._fuzzy(key, None, list(dict.fromkeys(pool)))
        return (hits, how) if hits else (rows, match)

    def _area_bonus(self, scored: list[tuple[float, int]], areas: list[Container]) -> list[tuple[float, int]]:
        ix = self.index
        bonus = {}
        for _, r in scored:
            best = 0.0
            for c in areas:
                if c.holds(ix, r):
                    best = max(best, 1.0 - c.km(ix, r) / c.radius if c.radius else 1.0)
            bonus[r] = best
        pkey = self._cols[7]
        for _, r in scored:
            if ix.pop[r] >= CITY_POPULATION:
                # "Kryvyi Rih ... the Ternivskyi district": a city's section holds a hamlet of the city's name, not
                # the city named with it (its point lies further out): the section is the city's
                bonus[r] = max([bonus[r]] + [bonus[o] for _, o in scored if pkey[o] == pkey[r] and haversine_km(
                    ix.lat[o], ix.lon[o], ix.lat[r], ix.lon[r]) <= _CITY_REACH_KM])
        return [(s + W_CTX_AREA * bonus[r], r) for s, r in scored]

    def geoparse(self, text: str, limit: int = 1, within: Sequence[tuple[int, int]] | None = None) -> list:
        """Every place mention in ``text``, with its character span and resolution, resolved jointly
        (an oblast named once constrains later bare names; places named together are near each other).
        ``within`` limits the mentions to those character ranges (the context is still the whole text).
        Returns :class:`gazetteer.geoparse.Mention` objects in text order."""
        from .geoparse import geoparse

        if isinstance(text, str) and has_cyrillic(text):  # Ukrainian / Russian (issue 14): gazetteer/cyrillic.py
            from .cyrillic import geoparse_text

            return geoparse_text(self, text, limit)
        return geoparse(self, text, limit, within)

    def knows(self, name: str) -> bool:
        """Cheap test: is ``name`` (after normalisation) a name in the index, in this spelling or a
        transliteration variant of it ("Graivoron" for GeoNames' "Grayvoron")?"""
        key = normalize(name)
        ix = self.index
        return key in ix.names or key in ix.preferred or (
            len(key) >= 4 and key.replace(" ", "").replace("-", "").isalpha() and _skeleton(key) in ix.skeletons)

    def best(self, name: str, context: str | None = None) -> Candidate | None:
        """The top candidate, or None."""
        found = self.resolve(name, context, limit=1)
        return found[0] if found else None

    def _candidate(self, r: int, score: float, level: str | None, match: str = "exact") -> Candidate:
        row = self._row_fields.get(r)
        if row is None:
            ix = self.index
            fclass, fcode, source = ix.fclass[r], ix.fcode[r], ix.source[r]
            a1, a2 = ix.admin1[r], ix.admin2[r]
            gid = ix.gid[r]
            row = _remember(self._row_fields, r, (
                ix.name[r], ix.lat[r], ix.lon[r], ix.cc[r], ix.admin1_names.get(a1, ""), ix.admin2_names.get(a2, ""),
                fclass, fcode, gid if gid > 0 else None, ix.pop[r], _precision(fclass, fcode, source), a1, a2, source),
                PLAN_CACHE)
        name, lat, lon, cc, a1_name, a2_name, fclass, fcode, gid, pop, precision, a1, a2, source = row
        # positional, in Candidate's field order (keywords cost a third of the time here)
        return Candidate(name, lat, lon, cc, a1_name, a2_name, fclass, fcode, gid, pop, round(score, 3),
                         "approximate" if level == "approximate" else precision, a1, a2, source, match)

    # reverse --------------------------------------------------------------------------------
    def reverse(self, lat: float, lon: float, limit: int = 1) -> list[Candidate]:
        """Nearest populated places to a point (grid search over 0.5-degree cells)."""
        grid = self._grid()
        cell_lat, cell_lon = math.floor(lat * 2), math.floor(lon * 2)
        ix = self.index
        found: list[tuple[float, int]] = []
        for radius in range(0, 6):
            for dl in range(-radius, radius + 1):
                for dn in range(-radius, radius + 1):
                    if max(abs(dl), abs(dn)) != radius:
                        continue
                    for r in grid.get((cell_lat + dl, cell_lon + dn), ()):
                        found.append((haversine_km(lat, lon, ix.lat[r], ix.lon[r]), r))
            if len(found) >= limit and radius >= 1:
                break
        found.sort()
        return [self._candidate(r, -round(d, 3), None) for d, r in found[:limit]]

    def _grid(self) -> dict[tuple[int, int], tuple[int, ...]]:
        grid = getattr(self, "_grid_cache", None)
        if grid is None:
            ix = self.index
            ix.ensure_world()
            fclass, fcode = ix.fclass, ix.fcode
            grid = self._grid_cache = _half_degree_cells(ix, [
                r for r in range(len(ix)) if fclass[r] == "P" and fcode[r] not in ("PPLH", "PPLQ", "PPLW", "PPLX")])
        return grid
