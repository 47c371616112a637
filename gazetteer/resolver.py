"""The resolver: ranked candidates for a place name, decided by spelling, context and priors."""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from .borders import haversine_km
from .context import Context, parse_context
from .errors import IndexMissingError, QueryError
from .index import Index, as_rows
from .normalize import cyrillic_stems, district_stems, normalize, skeleton
from .paths import default_index_path
from .priors import W_PRIMARY, W_PRIMARY_LOOSE, place_prior
from .translit import has_cyrillic, russian, ukrainian

MAX_QUERY_CHARS = 300

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
SETTLEMENT_WORDS = {"city", "town", "village", "settlement", "hamlet", "urban type settlement",
                    "urban-type settlement", "township", "port city", "resort town", "frontline town",
                    "frontline village", "місто", "місті", "село", "селі", "смт", "селище", "город",
                    "городе", "поселок", "посёлок", "поселке", "деревня", "м", "с"}

W_REGION = 4.0
W_DISTRICT = 3.0
W_ANCHOR = 2.5
ANCHOR_KM = 35.0
W_BORDER = 3.0
BORDER_KM = 25.0
W_HINT = 2.0


@dataclass(slots=True)
class Candidate:
    """One ranked answer for a place name."""

    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    admin2: str
    feature_class: str
    feature_code: str
    geonameid: int | None
    population: int
    score: float
    precision: str
    admin1_code: str
    admin2_code: str
    source: str

    def to_dict(self) -> dict:
        """Plain dict, ready for JSON."""
        return asdict(self)


def _precision(fclass: str, fcode: str, source: str) -> str:
    if fcode == "ADM1":
        return "region"
    if fcode in ("ADM2", "ADMD"):
        return "district"
    if fclass == "P":
        return "locality"
    if fclass == "S" or source == "landmark":
        return "landmark"
    return "feature"


@dataclass(slots=True)
class ParsedQuery:
    """A query split into its lookup key and what its wording implies."""

    key: str
    hint: str | None = None  # "P" for settlements, "S" for structures
    level: str | None = None  # "region" or "district" when the query names one


def parse_query(text: str) -> ParsedQuery:
    """Normalise a query and read the hints in its wording ("village of", "... Bridge", "... region")."""
    key = normalize(text)
    hint = None
    m = _PREFIXES.match(key)
    if m and m.end() and m.end() < len(key):
        if m.group(1) in SETTLEMENT_WORDS:
            hint = "P"
        key = key[m.end():]
    if key.startswith("the "):
        key = key[4:]
    m = _REGION_SUFFIX.match(key)
    if m:
        return ParsedQuery(m.group(1), None, "region")
    m = _DISTRICT_SUFFIX.match(key)
    if m:
        return ParsedQuery(m.group(1), None, "district")
    if _FEATURE_SUFFIX.match(key):
        hint = "S"
    return ParsedQuery(key, hint)


class Gazetteer:
    """Offline place-name resolver over a built index.

    ``Gazetteer()`` opens the default index (building it first if there is none);
    ``Gazetteer(path)`` opens another. ``preference`` overrides the country preference, e.g.
    ``{"UA": 1.5, "border": 0.9, "RU": 0.4}``.
    """

    def __init__(self, path: str | Path | None = None, *, preference: dict[str, float] | None = None,
                 build_if_missing: bool = True) -> None:
        self.path = Path(path) if path else default_index_path()
        try:
            self.index = Index.load(self.path)
        except IndexMissingError:
            if not build_if_missing or path is not None:
                raise
            from .build import build

            build(path=self.path)
            self.index = Index.load(self.path)
        self._prior: Sequence[float] = self.index.prior
        if preference is not None:
            self.index.ensure_world()
            self._apply_preference(preference)
        self._contexts: OrderedDict[str, Context] = OrderedDict()
        ix = self.index
        self._cols = (ix.lat, ix.lon, ix.admin1, ix.admin2, ix.fclass, ix.border_ru, ix.border_by, ix.pkey,
                      ix.pskel)

    def _apply_preference(self, preference: dict[str, float]) -> None:
        ix = self.index
        border = set(ix.meta.get("border_regions", ()))
        self._prior = [place_prior(ix.fclass[i], ix.fcode[i], ix.pop[i], ix.source[i], ix.cc[i], ix.admin1[i],
                                   ix.border_ru[i], border, preference) for i in range(len(ix))]

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

    def _anchor_row(self, key: str, regions: dict[str, float]) -> int | None:
        """The place a context names after "near": best by prior, region and primary name."""
        rows = self._rows_for_key(key)
        if not rows:
            return None
        ctx = Context(regions=regions)
        return max(self._score(rows, ctx, None, key))[1]

    def context(self, text: str | None) -> Context:
        """Parsed context (cached per distinct string; parsing is the costly part of a document)."""
        if not text:
            return Context()
        ctx = self._contexts.get(text)
        if ctx is None:
            ctx = parse_context(self.index, text, self._anchor_row)
            self._contexts[text] = ctx
            if len(self._contexts) > 512:
                self._contexts.popitem(last=False)
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
        skel = skeleton(query_key)
        preferred = self.index.preferred.get(query_key)
        if ctx.region_mentions and len(regions) > 1:
            regions = ctx.regions_near(query_key)
        out = []
        for r in rows:
            s = prior[r]
            if pkey[r] == query_key or r == preferred:
                s += W_PRIMARY
            elif pskel[r] == skel:
                s += W_PRIMARY_LOOSE
            if regions:
                w = regions.get(admin1[r])
                if w:
                    s += W_REGION * w
            if districts and admin2[r] in districts:
                s += W_DISTRICT
            if anchors:
                rl, ro = lat[r], lon[r]
                for a_lat, a_lon, w, a_row, a_key in anchors:
                    if a_row == r or a_key == query_key:  # a place is no evidence for itself
                        continue
                    if abs(a_lat - rl) < 1.5 and abs(a_lon - ro) < 2.2:
                        s += W_ANCHOR * w * math.exp(-haversine_km(rl, ro, a_lat, a_lon) / ANCHOR_KM)
            if border:
                d = border_ru[r] if border == "ru" else border_by[r]
                if d < 200:
                    s += W_BORDER * math.exp(-d / BORDER_KM)
            if hint:
                s += W_HINT if fclass[r] == hint else -W_HINT / 2
            out.append((s, r))
        return out

    def resolve(self, name: str, context: str | None = None, limit: int = 5) -> list[Candidate]:
        """Ranked candidates for ``name``, best first; ``context`` is a phrase or the whole text."""
        if not isinstance(name, str):
            raise QueryError(f"query must be text, not {type(name).__name__}")
        if len(name) > MAX_QUERY_CHARS:
            raise QueryError(f"query too long ({len(name)} characters, at most {MAX_QUERY_CHARS})")
        q = parse_query(name)
        if not q.key:
            raise QueryError("empty query")
        rows: tuple[int, ...] = ()
        level = q.level
        if level == "region":
            rows = self._region_rows(q.key)
            if not rows:
                rows = self._district_rows(q.key)
                level = "district" if rows else None
        elif level == "district":
            rows = self._district_rows(q.key)
        if not rows:
            key = q.key
            rows = self._rows_for_key(key)
            if not rows and q.hint == "S":
                m = _FEATURE_SUFFIX.match(key)
                if m:
                    rows = self._rows_for_key(m.group(1))
            if not rows and level is None and " " in key:
                rows = self._rows_for_key(key.rsplit(" ", 1)[0])
            if level is not None and rows:
                level = "approximate"
        if not rows:
            return []
        ctx = self.context(context)
        if len(rows) == 1:
            scored = [(self._prior[rows[0]], rows[0])]
        else:
            scored = self._score(rows, ctx, q.hint, q.key)
        scored.sort(reverse=True)
        return [self._candidate(r, s, level) for s, r in scored[:limit]]

    def knows(self, name: str) -> bool:
        """Cheap test: is ``name`` (after normalisation) a name in the core index?"""
        key = normalize(name)
        return key in self.index.names or key in self.index.preferred

    def best(self, name: str, context: str | None = None) -> Candidate | None:
        """The top candidate, or None."""
        found = self.resolve(name, context, limit=1)
        return found[0] if found else None

    def _candidate(self, r: int, score: float, level: str | None) -> Candidate:
        ix = self.index
        precision = _precision(ix.fclass[r], ix.fcode[r], ix.source[r])
        if level == "approximate":
            precision = "approximate"
        a1, a2 = ix.admin1[r], ix.admin2[r]
        gid = ix.gid[r]
        return Candidate(
            name=ix.name[r], lat=ix.lat[r], lon=ix.lon[r], country_code=ix.cc[r],
            admin1=ix.admin1_names.get(a1, ""), admin2=ix.admin2_names.get(a2, ""),
            feature_class=ix.fclass[r], feature_code=ix.fcode[r], geonameid=gid if gid > 0 else None,
            population=ix.pop[r], score=round(score, 3), precision=precision, admin1_code=a1,
            admin2_code=a2, source=ix.source[r])

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

    def _grid(self) -> dict[tuple[int, int], list[int]]:
        grid = getattr(self, "_grid_cache", None)
        if grid is None:
            ix = self.index
            ix.ensure_world()
            grid = {}
            for r in range(len(ix)):
                if ix.fclass[r] == "P" and ix.fcode[r] not in ("PPLH", "PPLQ", "PPLW", "PPLX"):
                    grid.setdefault((math.floor(ix.lat[r] * 2), math.floor(ix.lon[r] * 2)), []).append(r)
            self._grid_cache = grid
        return grid
