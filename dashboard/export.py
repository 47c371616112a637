"""Exports: GeoJSON (RFC 7946, streamed) and CSV (safe against spreadsheet formula injection)."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from typing import TextIO

from .schema import FIELDS

ATTRIBUTION = ("Places: GeoNames (geonames.org), CC BY 4.0; landmarks and regions: incident-map project "
               "tables; incidents: as cited in each feature's source fields")
PROPERTIES = [f for f in FIELDS if f not in ("latitude", "longitude")]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def feature(rec: dict) -> dict:
    """One GeoJSON Feature: Point [lon, lat] in WGS84, every other field as a property."""
    return {"type": "Feature", "id": rec["event_id"],
            "geometry": {"type": "Point", "coordinates": [round(rec["longitude"], 6), round(rec["latitude"], 6)]},
            "properties": {k: _finite(rec.get(k)) for k in PROPERTIES}}


def write_geojson(records: Iterable[dict], out: TextIO, metadata: dict | None = None) -> int:
    """Stream a FeatureCollection to ``out`` (memory stays flat); returns the feature count."""
    meta = {"attribution": ATTRIBUTION, **(metadata or {})}
    out.write('{"type": "FeatureCollection", "metadata": ' + json.dumps(meta, ensure_ascii=False)
              + ', "features": [\n')
    n = 0
    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    for rec in records:
        if n:
            out.write(",\n")
        out.write(dumps(feature(rec)))
        n += 1
    out.write("\n]}\n")
    return n


def neutralise(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def unneutralise(value: str) -> str:
    """Undo :func:`neutralise` when reading our own CSV back."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def write_csv(records: Iterable[dict], out: TextIO) -> int:
    """CSV with ACLED's column names first, then ours; returns the row count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    n = 0
    for rec in records:
        writer.writerow(["" if rec.get(f) is None else neutralise(rec.get(f)) for f in FIELDS])
        n += 1
    return n
