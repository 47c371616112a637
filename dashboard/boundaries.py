"""Oblast and raion polygons for region filters (point in polygon, not string match) and the
choropleth. Read from ``$INCIDENT_MAP_BOUNDARIES`` or ``$INCIDENT_MAP_DATA/boundaries`` (local copies
of OpenStreetMap-derived outlines, ODbL: "© OpenStreetMap contributors"); without them region
filters fall back to matching the admin1/admin2 names the resolver wrote."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

OBLASTS = "darmat1_ukraine_oblasts.geojson.gz"
RAIONS = "darmat1_ukraine_raions.geojson.gz"
ATTRIBUTION = "region outlines © OpenStreetMap contributors (ODbL)"


def boundaries_dir() -> Path | None:
    """Folder holding the outline files, if one is configured and present."""
    env = os.environ.get("INCIDENT_MAP_BOUNDARIES")
    if env:
        return Path(env)
    data = os.environ.get("INCIDENT_MAP_DATA")
    if data and (Path(data) / "boundaries" / OBLASTS).exists():
        return Path(data) / "boundaries"
    return None


def _short(name: str) -> str:
    for suffix in (" Oblast", " oblast", " Raion", " raion"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


@dataclass
class Boundaries:
    """Named polygons: oblasts (keyed like the store's admin1: "Sumy") and raions ("Sumy Raion")."""

    oblasts: dict[str, object]
    raions: dict[str, object]

    @property
    def names(self) -> list[str]:
        return sorted(self.oblasts) + sorted(self.raions)

    def geometry(self, names: list[str]):
        """Union of the named areas, or None if any name is unknown."""
        from shapely import union_all

        geoms = []
        for name in names:
            geom = self.oblasts.get(name) or self.raions.get(name) or self.oblasts.get(_short(name))
            if geom is None:
                return None
            geoms.append(geom)
        return union_all(geoms) if geoms else None

    def split(self, names: list[str]) -> tuple[list[str], list[str]] | None:
        """The names as (oblast labels, raion labels), or None if any name is unknown."""
        oblasts: list[str] = []
        raions: list[str] = []
        for name in names:  # the same precedence as geometry()
            if name in self.oblasts:
                oblasts.append(name)
            elif name in self.raions:
                raions.append(name)
            elif _short(name) in self.oblasts:
                oblasts.append(_short(name))
            else:
                return None
        return oblasts, raions

    def locate(self, lons, lats) -> tuple[list, list]:
        """Oblast and raion label (or None) of each point, vectorised: a bounding-box test, then an
        exact point-in-polygon test on the points inside it."""
        import numpy as np
        import shapely

        xs, ys = np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
        out = []
        for polygons in (self.oblasts, self.raions):
            names = np.full(len(xs), None, dtype=object)
            free = np.ones(len(xs), dtype=bool)
            for name, geom in polygons.items():
                x0, y0, x1, y1 = geom.bounds
                idx = np.nonzero(free & (xs >= x0) & (xs <= x1) & (ys >= y0) & (ys <= y1))[0]
                if len(idx):
                    hit = idx[shapely.contains_xy(geom, xs[idx], ys[idx])]
                    names[hit] = name
                    free[hit] = False
            out.append(names.tolist())
        return out[0], out[1]

    def oblast_of(self, lon: float, lat: float) -> str | None:
        from shapely import Point

        point = Point(lon, lat)
        return next((name for name, geom in self.oblasts.items() if geom.contains(point)), None)


def _read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)["features"]


@lru_cache(maxsize=4)
def load_boundaries(folder: str | None = None) -> Boundaries | None:
    """Polygons from ``folder`` (default: :func:`boundaries_dir`), or None when there are none."""
    from shapely import make_valid, prepare
    from shapely.geometry import shape

    from .regions import canonical_regions

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
            geom = make_valid(shape(feature["geometry"]))
            prepare(geom)
            label = canonical_regions([_short(name)])[0] if key == "oblasts" else name
            out[key][label] = geom
    return Boundaries(out["oblasts"], out["raions"])
