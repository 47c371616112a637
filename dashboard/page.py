"""Plain functions behind the Streamlit page: filter state <-> URL, data source, chart tables."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping

from .defaults import load_default_incidents
from .export import write_csv, write_geojson
from .query import IncidentFilter
from .schema import EVENT_TYPES
from .store import Store

TABLE_COLUMNS = ("event_date", "location", "admin1", "event_type", "sub_event_type", "fatalities", "injured",
                 "actor1", "geo_precision", "source", "notes")
# what the page reads for every selected incident; full rows only for the points it draws
PAGE_COLUMNS = ("event_id", *TABLE_COLUMNS)
TABLE_ROWS = 1000


def _one(params: Mapping[str, list[str]], key: str) -> str | None:
    values = params.get(key) or []
    return values[0] if values and values[0] != "" else None


def filter_from_params(params: Mapping[str, list[str]]) -> IncidentFilter:
    """The filter a shared link describes; unknown or malformed values are ignored, never fatal."""

    def date(key: str) -> str | None:
        value = _one(params, key)
        try:
            return dt.date.fromisoformat(value).isoformat() if value else None
        except ValueError:
            return None

    killed = _one(params, "min_killed")
    return IncidentFilter(
        regions=[r for r in params.get("region", []) if r],
        since=date("since"), until=date("until"),
        types=[t for t in params.get("type", []) if t in EVENT_TYPES],
        min_fatalities=int(killed) if killed and killed.isdigit() else None,
        actor=_one(params, "actor"), text=_one(params, "q"))


# URL parameter -> IncidentFilter field
URL_FIELDS = (("region", "regions"), ("since", "since"), ("until", "until"), ("type", "types"),
              ("min_killed", "min_fatalities"), ("actor", "actor"), ("q", "text"))


def params_from_filter(flt: IncidentFilter) -> dict[str, list[str] | str]:
    """URL query parameters for a filter (only what is set), so a view can be shared as a link."""
    out: dict[str, list[str] | str] = {}
    for param, attr in URL_FIELDS:
        value = getattr(flt, attr)
        if value:
            out[param] = list(value) if isinstance(value, list) else str(value)
    return out


def open_page_store(path=None) -> tuple[Store, str]:
    """The store to show, and a label; an empty store is replaced by the built-in default incidents."""
    store = Store(path)
    if store.count():
        return store, f"store {store.path}"
    store.close()
    defaults = Store(":memory:")
    defaults.add(load_default_incidents(), dedupe=False)
    return defaults, "built-in default data"


def weekly_counts(rows: list[dict]):
    """Incidents per week (Monday) and event type, as a DataFrame for a bar chart."""
    import pandas as pd

    if not rows:
        return pd.DataFrame()
    frame = pd.DataFrame({"date": pd.to_datetime([r["event_date"] for r in rows]),
                          "type": [r["event_type"] for r in rows]})
    frame["week"] = frame["date"].dt.to_period("W-SUN").dt.start_time
    return frame.groupby(["week", "type"]).size().unstack(fill_value=0)


def geojson_bytes(rows: list[dict], flt: IncidentFilter) -> bytes:
    out = io.StringIO()
    write_geojson(rows, out, {"filter": params_from_filter(flt)})
    return out.getvalue().encode("utf-8")


def csv_bytes(rows: list[dict]) -> bytes:
    out = io.StringIO()
    write_csv(rows, out)
    return out.getvalue().encode("utf-8")


def row_at(rows: list[dict], lat: float, lng: float) -> dict | None:
    """The incident drawn at a clicked point (the nearest within about 100 m)."""
    best = min(rows, key=lambda r: (r["latitude"] - lat) ** 2 + (r["longitude"] - lng) ** 2, default=None)
    if best is None or abs(best["latitude"] - lat) > 1e-3 or abs(best["longitude"] - lng) > 1e-3:
        return None
    return best


def bbox_from_bounds(bounds: dict | None) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) from streamlit-folium's map bounds, or None."""
    try:
        sw, ne = bounds["_southWest"], bounds["_northEast"]
        return (float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"]))
    except (TypeError, KeyError, ValueError):
        return None


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()<>#+-.!|~$"})


def md_escape(text: object) -> str:
    """Data shown inside Streamlit's markdown (info, error, expander labels) stays plain text."""
    return str(text).translate(_MARKDOWN)
