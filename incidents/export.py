"""Exports: GeoJSON (RFC 7946, streamed) and CSV (safe against spreadsheet formula injection)."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from typing import TextIO

from .record import FIELDS

ATTRIBUTION = ("Places: GeoNames (geonames.org), CC BY 4.0; landmarks and regions: incident-map project "
               "tables; incidents: as cited in each feature's source fields")
PROPERTIES = [f for f in FIELDS if f not in ("latitude", "longitude")]
# Text a spreadsheet would run as a formula; a leading apostrophe is neutralised too, so that
# undoing the neutralising (removing exactly one apostrophe) restores every value exactly.
_NEUTRALISED = ("=", "+", "-", "@", "\t", "\r", "'")
# Last column of our CSV export: tells the importer a file is ours (neutralised, untrimmed), not a raw one.
EXPORT_MARKER = "incident_map_export"
EXPORT_VERSION = "1"


def _finite(value):
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def feature(rec: dict) -> dict:
    """One GeoJSON Feature: Point [lon, lat] in WGS84, every other field as a property."""
    return {"type": "Feature", "id": rec["event_id"],
            "geometry": {"type": "Point", "coordinates": [round(rec["longitude"], 6), round(rec["latitude"], 6)]},
            "properties": {k: _finite(rec.get(k)) for k in PROPERTIES}}


def write_feature_collection(features: Iterable[str], out: TextIO, metadata: dict | None = None) -> int:
    """Stream a FeatureCollection of already encoded features to ``out``; returns their count.
    ``metadata`` (with the data attribution) is a foreign member, as RFC 7946 allows."""
    meta = {"attribution": ATTRIBUTION, **(metadata or {})}
    out.write('{"type": "FeatureCollection", "metadata": ' + json.dumps(meta, ensure_ascii=False)
              + ', "features": [\n')
    n = 0
    for text in features:
        if n:
            out.write(",\n")
        out.write(text)
        n += 1
    out.write("\n]}\n")
    return n


def write_geojson(records: Iterable[dict], out: TextIO, metadata: dict | None = None) -> int:
    """Stream incident dicts as a FeatureCollection (memory stays flat); returns the feature count."""
    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    return write_feature_collection((dumps(feature(rec)) for rec in records), out, metadata)


def feature_sql(dialect: str = "sqlite") -> str:
    """SQL expression building the same Feature as :func:`feature` inside the database (fast bulk
    export): SQLite's ``json_object`` or PostgreSQL's ``json_build_object``."""
    props = ", ".join(f"'{k}', {k}" for k in PROPERTIES)
    if dialect == "postgresql":
        return ("json_build_object('type', 'Feature', 'id', event_id, 'geometry', json_build_object('type', 'Point', "
                "'coordinates', json_build_array(round(longitude::numeric, 6)::float8, "
                "round(latitude::numeric, 6)::float8)), "
                f"'properties', json_build_object({props}))::text")
    return ("json_object('type', 'Feature', 'id', event_id, 'geometry', json_object('type', 'Point', "
            "'coordinates', json_array(round(longitude, 6), round(latitude, 6))), "
            f"'properties', json_object({props}))")


def neutralise(value):
    """Text that a spreadsheet would run as a formula (or that starts with an apostrophe) gets a
    leading apostrophe."""
    if isinstance(value, str) and value.startswith(_NEUTRALISED):
        return "'" + value
    return value


def unneutralise(value: str) -> str:
    """Undo :func:`neutralise` when reading our own CSV back (the exact inverse)."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in _NEUTRALISED:
        return value[1:]
    return value


def write_csv(records: Iterable[dict], out: TextIO) -> int:
    """CSV with ACLED's column names first, then ours, then the export marker; returns the row count."""
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; quotes any value holding \r or \n
    writer.writerow([*FIELDS, EXPORT_MARKER])
    n = 0
    for rec in records:
        writer.writerow(["" if rec.get(f) is None else neutralise(rec.get(f)) for f in FIELDS] + [EXPORT_VERSION])
        n += 1
    return n
