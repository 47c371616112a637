"""Plain functions behind the Streamlit page: filter state <-> URL, data source, chart tables."""

from __future__ import annotations

import datetime as dt
import io
import math
import threading
from collections.abc import Iterable, Mapping

from .defaults import load_default_incidents
from .export import write_csv, write_geojson
from .query import IncidentFilter
from .schema import EVENT_TYPES
from .store import Store, open_store

TABLE_COLUMNS = ("event_date", "location", "admin1", "event_type", "sub_event_type", "fatalities", "injured",
                 "actor1", "geo_precision", "source", "notes")
# what the page reads for every selected incident; full rows only for the points it draws
PAGE_COLUMNS = ("event_id", *TABLE_COLUMNS)
TABLE_ROWS = 1000
DEFAULTS_LABEL = "built-in default data"
DOWNLOAD_LIMIT = 200_000  # larger selections: `incident-map export` streams them to a file


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
    store = open_store(path)
    if store.count():
        return store, f"store {store.label}"
    store.close()
    defaults = Store(":memory:")
    defaults.add(load_default_incidents(), dedupe=False)
    return defaults, DEFAULTS_LABEL


def geojson_bytes(rows: Iterable[dict], flt: IncidentFilter) -> bytes:
    out = io.StringIO()
    write_geojson(rows, out, {"filter": params_from_filter(flt)})
    return out.getvalue().encode("utf-8")


def csv_bytes(rows: Iterable[dict]) -> bytes:
    out = io.StringIO()
    write_csv(rows, out)
    return out.getvalue().encode("utf-8")


_SOURCES: dict[str, tuple] = {}
_SOURCES_LOCK = threading.Lock()


def page_sources(path=None) -> tuple:
    """(store, label, analytic source) for the page, opened once per server process: the server
    warms this before its first visitor (``dashboard.streamlit_main``), so no visitor waits for
    the mirror to be built."""
    from .boundaries import load_boundaries

    key = str(path or "")
    with _SOURCES_LOCK:
        if key in _SOURCES and _SOURCES[key][1] == DEFAULTS_LABEL and _has_rows(path):
            del _SOURCES[key]  # the store got its first incidents (added on the page, or ingested)
        if key not in _SOURCES:
            store, origin = open_page_store(path)
            _SOURCES[key] = (store, origin, analytic_source(store, load_boundaries()))
        return _SOURCES[key]


def _has_rows(path) -> bool:
    store = open_store(path)
    try:
        return store.count() > 0
    finally:
        store.close()


def analytic_source(store, boundaries=None):
    """What the page queries: a columnar mirror of the store (DuckDB), which follows the store by
    its change counter. Without DuckDB installed, the store itself answers, only slower."""
    try:
        from .mirror import Mirror
    except ImportError:
        return store
    return Mirror(store, boundaries)


def cell_degrees(zoom: int | None) -> float:
    """Grid cell size for a zoom level: about 30 pixels on screen, on a grid that stays put when panning."""
    return 32.0 / 2 ** max(0, min(int(zoom or 6), 18))


def padded(bbox: tuple[float, float, float, float] | None, share: float = 0.25):
    """The map view grown by ``share`` on each side."""
    if bbox is None:
        return None
    south, west, north, east = bbox
    dy, dx = (north - south) * share, (east - west) * share
    return (max(-90.0, south - dy), max(-180.0, west - dx), min(90.0, north + dy), min(180.0, east + dx))


def data_box(view, zoom, previous: tuple | None) -> tuple:
    """(box, zoom) the map layer covers: the previous box while the view stays inside it at the same
    zoom, so a small pan (Leaflet panning to show a popup, say) changes nothing and the layer, with
    its open popup, stays; else the view grown by a quarter on each side, snapped to the grid."""
    if view is None:
        return None, zoom
    if previous and previous[0] is not None and previous[1] == zoom:
        (s0, w0, n0, e0), (s, w, n, e) = previous[0], view
        if s0 <= s and w0 <= w and n <= n0 and e <= e0:
            return previous
    step = cell_degrees(zoom)
    south, west, north, east = padded(view)
    return (max(-90.0, math.floor(south / step) * step), max(-180.0, math.floor(west / step) * step),
            min(90.0, math.ceil(north / step) * step), min(180.0, math.ceil(east / step) * step)), zoom


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
