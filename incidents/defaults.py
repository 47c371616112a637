"""The built-in default incidents (hand-written from the seed article's facts)."""

from __future__ import annotations

import csv
from pathlib import Path

DEFAULT_INCIDENTS = "default_incidents.csv"
INT_FIELDS = ("fatalities", "injured", "geonameid", "geo_precision", "time_precision")
FLOAT_FIELDS = ("latitude", "longitude")


def default_incidents_path() -> Path:
    """Path of the shipped default incident table: ``data/incidents`` in a checkout, the
    ``incidents.data`` package once installed."""
    checkout = Path(__file__).resolve().parent.parent / "data" / "incidents" / DEFAULT_INCIDENTS
    if checkout.exists():
        return checkout
    from importlib.resources import files

    return Path(str(files("incidents.data") / DEFAULT_INCIDENTS))


def load_default_incidents() -> list[dict]:
    """Default incidents as dicts; empty numbers become None (unknown), never 0."""
    with open(default_incidents_path(), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for key in INT_FIELDS:
            row[key] = int(row[key]) if row.get(key) else None
        for key in FLOAT_FIELDS:
            row[key] = float(row[key])
    return rows

