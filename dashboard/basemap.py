"""A fallback basemap drawn from local outline files, for when web tiles cannot load.

Outlines are read from ``$INCIDENT_MAP_DATA/boundaries`` (OpenStreetMap-derived oblast outlines,
ODbL); without them the map shows web tiles only.
"""

from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache
from pathlib import Path

OUTLINES = "boundaries/ems_ukraine_regions_v1.geo.json.gz"
OUTLINE_ATTRIBUTION = "outlines ODbL"


@lru_cache(maxsize=1)
def oblast_outlines() -> dict | None:
    """Oblast outlines as a GeoJSON FeatureCollection, or None when no local copy is configured."""
    root = os.environ.get("INCIDENT_MAP_DATA")
    if not root:
        return None
    path = Path(root) / OUTLINES
    if not path.exists():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    for feature in data.get("features", []):  # keep only what the map needs
        props = feature.get("properties", {})
        feature["properties"] = {"name": props.get("label_en", ""), "iso": props.get("iso_3166_2", "")}
    return data
