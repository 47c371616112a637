"""Oblast and raion polygons: the one outline set that decides which oblast and raion an incident
lies in, everywhere (filters, counts, the choropleth, the map's outlines, PostGIS). Read from
``$INCIDENT_MAP_BOUNDARIES`` or ``$INCIDENT_MAP_DATA/boundaries`` (local copies of
OpenStreetMap-derived outlines, ODbL: "© OpenStreetMap contributors"); without them region
filters fall back to matching the admin1/admin2 names the resolver wrote."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import settings
from .regions import canonical_regions

OBLASTS = "darmat1_ukraine_oblasts.geojson.gz"
RAIONS = "darmat1_ukraine_raions.geojson.gz"
ATTRIBUTION = "region outlines © OpenStreetMap contributors (ODbL)"


def boundaries_dir() -> Path | None:
    """Folder holding the outline files, if one is configured and present."""
    return settings.boundaries_dir(OBLASTS)


@dataclass
class Boundaries:
    """Named polygons: oblasts (keyed like the store's admin1: "Sumy") and raions ("Sumy Raion")."""

    oblasts: dict[str, object]
    raions: dict[str, object]

    @property
    def names(self) -> list[str]:
        return sorted(self.oblasts) + sorted(self.raions)

    def selection(self, names: list[str]) -> RegionSelection | None:
        """The named areas, to test points against, or None if any name is unknown."""
        split = self.split(names)
        if split is None or not (split[0] or split[1]):
            return None
        geoms = [self.oblasts[n] for n in split[0]] + [self.raions[n] for n in split[1]]
        return RegionSelection(geoms)

    def split(self, names: list[str]) -> tuple[list[str], list[str]] | None:
        """The names as (oblast labels, raion labels), or None if any name is unknown."""
        oblasts: list[str] = []
        raions: list[str] = []
        for name in names:
            if name in self.oblasts:
                oblasts.append(name)
            elif name in self.raions:
                raions.append(name)
            elif canonical_regions([name])[0] in self.oblasts:  # "Sumy Oblast", "Kharkov region"
                oblasts.append(canonical_regions([name])[0])
            else:
                return None
        return oblasts, raions

    def locate(self, lons, lats) -> tuple[list, list]:
        """Oblast and raion label (or None) of each point: the one test that decides regions."""
        import numpy as np

        xs, ys = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
        out = []
        for polygons in (self.oblasts, self.raions):
            names: Any = np.full(len(xs), None, dtype=object)
            free: Any = np.ones(len(xs), dtype=bool)
            for name, geom in polygons.items():
                hit = _contains(geom, xs, ys, free)
                names[hit] = name
                free[hit] = False
            out.append(names.tolist())
        return out[0], out[1]


def _contains(geom, xs, ys, among):
    """Indexes of the points (of those flagged in ``among``) inside ``geom``: a bounding-box test,
    then an exact point-in-polygon test on the points inside the box."""
    import numpy as np
    import shapely

    x0, y0, x1, y1 = geom.bounds
    idx = np.nonzero(among & (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1))[0]
    return idx[shapely.contains_xy(geom, xs[idx], ys[idx])] if len(idx) else idx


@dataclass
class RegionSelection:
    """Some oblasts and raions, tested exactly as :meth:`Boundaries.locate` decides regions."""

    geoms: list

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) around all of them."""
        boxes = [g.bounds for g in self.geoms]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes))

    def contains_xy(self, lons, lats):
        """Whether each point lies in one of the areas (a boolean array)."""
        import numpy as np

        xs, ys = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
        inside = np.zeros(len(xs), dtype=bool)
        for geom in self.geoms:
            inside[_contains(geom, xs, ys, ~inside)] = True
        return inside


def _read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)["features"]


@lru_cache(maxsize=4)
def load_boundaries(folder: str | None = None) -> Boundaries | None:
    """Polygons from ``folder`` (default: :func:`boundaries_dir`), or None when there are none."""
    from shapely import make_valid, prepare
    from shapely.geometry import shape

    root = Path(folder) if folder else boundaries_dir()
    if root is None or not (root / OBLASTS).exists():
        return None
    out: dict[str, dict[str, object]] = {"oblasts": {}, "raions": {}}
    for key, file in (("oblasts", OBLASTS), ("raions", RAIONS)):
        if not (root / file).exists():
            continue
        for feature in _read(root / file):
            props = feature.get("properties") or {}
            name = props.get("name:en") or props.get("name")
            if not name or not feature.get("geometry"):
                continue
            label = canonical_regions([name])[0] if key == "oblasts" else name
            out[key][label] = make_valid(shape(feature["geometry"]))
    oblasts = _filled(out["oblasts"], out["raions"])
    for geom in (*oblasts.values(), *out["raions"].values()):
        prepare(geom)
    return Boundaries(oblasts, out["raions"])


def _filled(oblasts: dict[str, Any], raions: dict[str, Any]) -> dict[str, Any]:
    """Each oblast's outline with the parts of its raions that no oblast outline covers:
    OpenStreetMap's oblast outlines do not always reach as far as their raions' (Kherson city lies
    just outside its oblast's outline but inside its raion). Only uncovered parts are added, so the
    oblasts stay disjoint and every engine decides a point's oblast the same way."""
    from shapely import contains, difference, union_all

    covered = union_all(list(oblasts.values()))
    extra: dict[str, list] = {name: [] for name in oblasts}
    for raion in raions.values():
        home = next((name for name, geom in oblasts.items() if contains(geom, raion.representative_point())), None)
        if home is not None:
            rest = difference(raion, covered)
            if not rest.is_empty:
                extra[home].append(rest)
    return {name: union_all([geom, *extra[name]]) if extra[name] else geom for name, geom in oblasts.items()}
