"""Containers a query names: a country, an oblast, a raion (current or pre-2020), a hromada, a city
section, or a place nearby. A candidate inside every named container beats any outside.

Current raions are decided by GeoNames' admin2 code; pre-2020 raions, hromadas and city sections
have only a point in GeoNames, so "inside" means within a radius of that point, and the nearest
namesake wins.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .borders import haversine_km
from .index import Index
from .weights import fitted

# how far from its point a place can be and still be inside an area known only by a point
RADIUS_KM = {"ADM2H": 45.0, "ADMDH": 45.0, "ADMD": 45.0, "ADM2": 60.0, "ADM3": 22.0, "ADM3H": 22.0,
             "PPLX": 6.0, "near": 40.0, "section": 9.0, "city": 25.0}
RADIUS_KM.update({k[7:]: v for k, v in fitted().items() if k.startswith("RADIUS_") and k[7:] in RADIUS_KM})
RAION_WORDS = ("rayon", "raion", "район", "district")
_SIZES = {"country": 1e6, "region": 3e4, "raion": 3e3}
_CODE_KINDS = ("region", "raion", "country")
# cities that are first-level units of their own inside the oblast around them: "Sevastopol, Crimea",
# "Kyiv, Kyiv Oblast" (GeoNames admin1 codes)
ENCLAVES = {"UA.11": frozenset({"UA.11", "UA.20"}), "UA.13": frozenset({"UA.13", "UA.12"})}


def region_codes(code: str) -> frozenset[str]:
    """The admin1 codes an oblast qualifier holds: its own, and a city enclaved in it."""
    return ENCLAVES.get(code) or frozenset((code,))


@dataclass(slots=True)
class Container:
    """One reading of a qualifier: a code to match (country, oblast, raion) or a point and radius."""

    kind: str  # "country", "region", "raion", "area", "near"
    code: str = ""
    row: int | None = None  # the area's own row, the answer of last resort
    lat: float = 0.0
    lon: float = 0.0
    radius: float = 0.0

    def holds(self, ix: Index, r: int) -> bool:
        """Is row ``r`` inside this container?"""
        kind = self.kind
        if kind == "region":
            return ix.admin1[r] == self.code or (self.code in ENCLAVES and ix.admin1[r] in ENCLAVES[self.code])
        if kind == "raion":
            return ix.admin2[r] == self.code
        if kind == "country":
            return ix.cc[r] == self.code
        if r == self.row:
            return False  # an area is not inside itself
        dl = ix.lat[r] - self.lat
        if abs(dl) * 111.2 > self.radius:
            return False
        dn = (ix.lon[r] - self.lon) * math.cos(math.radians(self.lat))
        return 111.2 * math.sqrt(dl * dl + dn * dn) <= self.radius  # equirectangular: fine under 100 km

    def km(self, ix: Index, r: int) -> float:
        """Distance of row ``r`` from this container's point (0 for containers decided by code)."""
        if self.kind in ("region", "raion", "country"):
            return 0.0
        return haversine_km(ix.lat[r], ix.lon[r], self.lat, self.lon)

    @property
    def size(self) -> float:
        """Rough size, to pick the most specific of several containers."""
        return _SIZES.get(self.kind) or math.pi * self.radius ** 2


def is_city_section(ix: Index, r: int) -> bool:
    """A part of a city (PPLX, or an ADM3 district of a big city) rather than a hromada or raion."""
    return r in ix.sections


def area_container(ix: Index, r: int) -> Container:
    """The container for an area row found by name (raion of any age, hromada, city section)."""
    fcode = ix.fcode[r]
    if fcode == "ADM2" and ix.admin2[r]:
        return Container("raion", ix.admin2[r], r, ix.lat[r], ix.lon[r])
    if is_city_section(ix, r):
        radius = RADIUS_KM["PPLX"] if fcode == "PPLX" else RADIUS_KM["section"]
    elif fcode == "ADM3" and any(w in ix.name[r].lower() for w in RAION_WORDS):
        radius = RADIUS_KM["ADM2H"]  # a whole raion GeoNames files as ADM3 ("Novoaydarskiy Rayon")
    else:
        radius = RADIUS_KM.get(fcode, 20.0)
    return Container("area", "", r, ix.lat[r], ix.lon[r], radius)


def _holding(points: list[tuple], r: int, lat: float, lon: float) -> list[Container]:
    """The containers of ``points`` (as :func:`point_hits` prepares them, each with its cosine worked
    out once) that hold row ``r`` at ``lat``, ``lon``: :meth:`Container.holds` for many points."""
    found = []
    for c, clat, clon, radius, cos, own in points:
        dl = lat - clat
        if abs(dl) * 111.2 <= radius and r != own:
            dn = (lon - clon) * cos
            if 111.2 * math.sqrt(dl * dl + dn * dn) <= radius:
                found.append(c)
    return found


def point_hits(ix: Index, rows, points: list[Container]) -> dict[int, list[Container]]:
    """For each row inside at least one of ``points`` (containers known by a point), those that
    hold it, in the order given. Many rows against many points go through a grid of cells as wide
    as the largest radius, so each row meets only the points around it."""
    out: dict[int, list[Container]] = {}
    if not points:
        return out
    lats, lons = ix.lat, ix.lon
    prepared = [(c, c.lat, c.lon, c.radius, math.cos(math.radians(c.lat)), c.row) for c in points]
    if len(points) * len(rows) <= 4096:
        for r in rows:
            found = _holding(prepared, r, lats[r], lons[r])
            if found:
                out[r] = found
        return out
    cell = max(c.radius for c in points) / 111.2 or 1e-9
    grid: dict[tuple[int, int], list[tuple[int, tuple]]] = {}
    for k, p in enumerate(prepared):
        grid.setdefault((math.floor(p[1] / cell), math.floor(p[2] / cell)), []).append((k, p))
    for r in rows:
        lat, lon = lats[r], lons[r]
        ci, cj = math.floor(lat / cell), math.floor(lon / cell)
        # a degree of longitude is shorter than one of latitude: look further east and west
        reach = math.ceil(1 / max(math.cos(math.radians(min(abs(lat) + cell, 89.0))), 0.01))
        near = [kp for di in (-1, 0, 1) for dj in range(-reach, reach + 1)
                for kp in grid.get((ci + di, cj + dj), ())]
        if near:
            found = _holding([p for _, p in sorted(near, key=lambda kp: kp[0])], r, lat, lon)
            if found:
                out[r] = found
    return out


def held(ix: Index, rows, alts: list[Container], hits: dict[int, list[Container]] | None = None) -> set[int]:
    """The rows inside at least one reading of a qualifier (:meth:`Container.holds` over many rows);
    ``hits`` gets the :func:`point_hits` of its readings known by a point."""
    out: set[int] = set()
    points = []
    for c in alts:
        kind = c.kind
        if kind in _CODE_KINDS:
            col = ix.admin1 if kind == "region" else ix.admin2 if kind == "raion" else ix.cc
            codes = region_codes(c.code) if kind == "region" else (c.code,)
            out.update([r for r in rows if col[r] in codes])
        else:
            points.append(c)
    found = point_hits(ix, rows, points)
    if hits is not None:
        hits.update(found)
    out.update(found)
    return out


def inside_all(ix: Index, r: int, qualifiers: list[list[Container]]) -> bool:
    """Is row ``r`` inside at least one reading of every qualifier?"""
    return all(any(c.holds(ix, r) for c in alts) for alts in qualifiers)


def filter_inside(ix: Index, rows, qualifiers: list[list[Container]],
                  hits: dict[int, dict[int, list[Container]]] | None = None) -> list[int]:
    """The rows inside every qualifier; oblast and country qualifiers are tested by code first.
    ``hits`` gets, under ``id(alts)``, the :func:`point_hits` of each qualifier with readings known by
    a point (over the rows returned or more: what :func:`point_penalties` needs to know)."""
    if len(qualifiers) == 1 and len(qualifiers[0]) == 1:
        c = qualifiers[0][0]
        if c.kind == "region" and c.code not in ENCLAVES:  # the common case: one oblast
            code, admin1 = c.code, ix.admin1
            return [r for r in rows if admin1[r] == code]
    rows = list(rows)
    rest = []
    for alts in qualifiers:
        if len(alts) == 1 and alts[0].kind == "region" and alts[0].code not in ENCLAVES:  # the common case
            code, admin1 = alts[0].code, ix.admin1
            rows = [r for r in rows if admin1[r] == code]
            if not rows:
                return rows
            continue
        kinds = {c.kind for c in alts}
        if kinds == {"region"}:
            codes = {k for c in alts for k in region_codes(c.code)}
            admin1 = ix.admin1
            rows = [r for r in rows if admin1[r] in codes]
        elif kinds == {"country"}:
            codes = {c.code for c in alts}
            cc = ix.cc
            rows = [r for r in rows if cc[r] in codes]
        else:
            rest.append(alts)
        if not rows:
            return rows
    for alts in rest:
        found: dict[int, list[Container]] | None = None
        if hits is not None:
            found = hits[id(alts)] = {}
        inside = held(ix, rows, alts, found)
        rows = [r for r in rows if r in inside]
    return rows


def point_penalties(ix: Index, rows, qualifiers: list[list[Container]],
                    known: Sequence[dict[int, list[Container]] | None] | None = None) -> list[float]:
    """For each row, the sum over the qualifiers known by a point of its distance to the nearest
    reading that holds it, in radii (0 inside a reading decided by code, or held by none).
    ``known`` has, for some qualifiers, their :func:`point_hits` over these rows or more."""
    totals = dict.fromkeys(rows, 0.0)
    for i, alts in enumerate(qualifiers):
        by_code = held(ix, rows, [c for c in alts if c.kind in _CODE_KINDS])
        hits = known[i] if known is not None else None
        if hits is None:
            hits = point_hits(ix, rows, [c for c in alts if c.kind in ("area", "near")])
        for r, found in hits.items():
            if r not in by_code and r in totals:
                totals[r] += min(c.km(ix, r) / c.radius for c in found)
    return [totals[r] for r in rows]
