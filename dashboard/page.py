"""Plain functions behind the Streamlit page: filter state <-> URL, data source, chart tables."""

from __future__ import annotations

import datetime as dt
import io
import math
import threading
from collections.abc import Iterable, Mapping

from incidents.defaults import load_default_incidents
from incidents.export import write_csv, write_geojson
from incidents.query import IncidentFilter
from incidents.record import DATE_MAX, DATE_MIN, EVENT_TYPES, MAX_PEOPLE, SHOWN_STATUSES, STATUSES
from incidents.storage import Store, open_store

TABLE_COLUMNS = ("event_date", "location", "admin1", "event_type", "sub_event_type", "fatalities", "injured",
                 "actor1", "geo_precision", "source", "notes", "status")
# what the page reads for every selected incident; full rows only for the points it draws
PAGE_COLUMNS = ("event_id", *TABLE_COLUMNS)
TABLE_ROWS = 1000
DEFAULTS_LABEL = "built-in default data"
DOWNLOAD_LIMIT = 200_000  # larger selections: `incident-map export` streams them to a file


MAX_LINK_TEXT = 200  # characters of a text filter taken from a link


def _one(params: Mapping[str, list[str]], key: str) -> str | None:
    values = params.get(key) or []
    return values[0] if values and values[0] != "" else None


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


def filter_from_params(params: Mapping[str, list[str]],
                       regions: Iterable[str] | None = None) -> tuple[IncidentFilter, list[str]]:
    """The filter a shared link describes, and one notice per value dropped from it.

    Every URL parameter is parsed here, with bounds: dates ISO and within the plausible range,
    minimum killed a whole number 0..MAX_PEOPLE, types from ACLED's list, regions from ``regions``
    (when given), texts at most MAX_LINK_TEXT characters. A bad value is dropped, never fatal."""
    notices: list[str] = []

    def drop(key: str, value: str, why: str) -> None:
        notices.append(f"Link parameter {key}={_shown(value)} ignored: {why}.")

    def date(key: str) -> str | None:
        value = _one(params, key)
        if value is None:
            return None
        try:
            day = dt.date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            day = None
        if day is None or not DATE_MIN <= day <= DATE_MAX:
            drop(key, value, f"not a date YYYY-MM-DD between {DATE_MIN} and {DATE_MAX}")
            return None
        return day.isoformat()

    def text(key: str) -> str | None:
        value = _one(params, key)
        if value is not None and len(value) > MAX_LINK_TEXT:
            drop(key, value, f"longer than {MAX_LINK_TEXT} characters")
            return None
        return value

    known = {r.casefold(): r for r in regions} if regions is not None else None
    chosen_regions = []
    for value in (r for r in params.get("region", []) if r):
        if known is None:
            chosen_regions.append(value)
        elif value.casefold() in known:
            chosen_regions.append(known[value.casefold()])
        else:
            drop("region", value, "no such oblast or raion")
    types = []
    for value in (t for t in params.get("type", []) if t):
        if value in EVENT_TYPES:
            types.append(value)
        else:
            drop("type", value, "not an ACLED event type")
    killed = _one(params, "min_killed")
    min_fatalities = None
    if killed is not None:
        # ASCII digits only ("²".isdigit() is true), few enough of them to be a number of people
        if killed.isascii() and killed.isdigit() and len(killed) <= 6 and int(killed) <= MAX_PEOPLE:
            min_fatalities = int(killed)
        else:
            drop("min_killed", killed, f"not a whole number from 0 to {MAX_PEOPLE:,}")
    statuses = []
    for value in (s for s in params.get("status", []) if s):
        if value in STATUSES:
            statuses.append(value)
        else:
            drop("status", value, f"not one of {', '.join(STATUSES)}")
    flt = IncidentFilter(regions=chosen_regions, since=date("since"), until=date("until"), types=types,
                         min_fatalities=min_fatalities, actor=text("actor"), text=text("q"),
                         statuses=list(dict.fromkeys(statuses)) or list(SHOWN_STATUSES))
    return flt, notices


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
    if flt.statuses and list(flt.statuses) != list(SHOWN_STATUSES):  # the default (all but rejected): none
        out["status"] = list(flt.statuses)
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


def csv_bytes(rows: Iterable[dict], bom: bool = False) -> bytes:
    """The rows as our CSV export, UTF-8; ``bom`` starts it with a byte order mark, so spreadsheet
    programs read Cyrillic text right."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    write_csv(rows, out)
    return out.getvalue().encode("utf-8")


_SOURCES: dict[str, tuple] = {}
_SOURCES_LOCK = threading.Lock()


def page_sources(path=None) -> tuple:
    """(store, label, analytic source) for the page, opened once per server process: the server
    warms this before its first visitor (``dashboard.streamlit_main``), so no visitor waits for
    the mirror to be built."""
    from incidents.boundaries import load_boundaries

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
        from incidents.storage.mirror import Mirror
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
    if not bounds:
        return None
    try:
        sw, ne = bounds["_southWest"], bounds["_northEast"]
        return (float(sw["lat"]), float(sw["lng"]), float(ne["lat"]), float(ne["lng"]))
    except (TypeError, KeyError, ValueError):
        return None


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()<>#+-.!|~$"})


def md_escape(text: object) -> str:
    """Data shown inside Streamlit's markdown (info, error, expander labels) stays plain text."""
    return str(text).translate(_MARKDOWN)
