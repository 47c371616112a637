"""Dashboard speed at scale: server-side first render and filter change (Streamlit AppTest running
the real page), bytes sent to the browser, against one folium Marker per incident at the same count.

Usage: python -m benchmarks.page [--incidents 100000] [--baseline-count N]
Needs INCIDENT_MAP_DATA (or INCIDENT_MAP_BOUNDARIES) for the region outlines, as the page does.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.scale import page_times
from benchmarks.throughput import fill_store

ROOT = Path(__file__).resolve().parent.parent

APP = ROOT / "dashboard" / "app.py"


def page_bytes(rows_shown: list[dict], store) -> int:
    """Bytes the page sends for the map (base map + the data layer of its first view) and the table (Arrow)."""
    import pandas as pd
    import pyarrow as pa
    from streamlit_folium import _get_feature_group_string

    from dashboard.layers import POINT_LIMIT, cells_layer, incidents_layer
    from dashboard.mapview import base_map
    from dashboard.page import TABLE_COLUMNS, cell_degrees
    from incidents.query import count, grid_cells, query_incidents

    fmap = base_map()
    size = len(fmap.get_root().render().encode())
    layer = (incidents_layer(list(query_incidents(store))) if count(store) <= POINT_LIMIT
             else cells_layer(grid_cells(store, None, cell_degrees(6))))
    size += len(_get_feature_group_string(layer, map=fmap).encode())
    table = pa.Table.from_pandas(pd.DataFrame([{k: r.get(k) for k in TABLE_COLUMNS} for r in rows_shown]))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return size + sink.getvalue().size


def baseline(rows: list[dict]) -> tuple[float, int]:
    """One folium CircleMarker (with popup) per incident: seconds to build and render, bytes."""
    import folium

    from dashboard.popups import popup_html

    t = time.perf_counter()
    fmap = folium.Map(location=(48.6, 34.8), zoom_start=6)
    for r in rows:
        folium.CircleMarker((r["latitude"], r["longitude"]), radius=6,
                            popup=folium.Popup(popup_html(r), max_width=360)).add_to(fmap)
    html = fmap.get_root().render()
    return time.perf_counter() - t, len(html.encode())


def playback_step_times(db: str, steps: int = 8) -> dict[str, float]:
    """Median seconds of one playback step, for each mode: what the map fragment runs (frame filter,
    the frame's count, the data layer built and serialised as streamlit-folium sends it), on the
    page's own mirror of the store. Also the review queue opening (count, first page, its sources, cards)."""
    import statistics

    from streamlit_folium import _get_feature_group_string

    from dashboard.mapdata import data_layer
    from dashboard.mapview import base_map
    from dashboard.page import page_sources
    from dashboard.playback import frame_filter, frames
    from dashboard.review import card_html
    from incidents.boundaries import load_boundaries
    from incidents.query import IncidentFilter, count, date_range, incident_sources, pending_count, review_queue

    store, _, source = page_sources(db)
    boundaries = load_boundaries()
    fmap = base_map(boundaries)
    flt = IncidentFilter()
    out = {}
    for mode in ("window", "cumulative"):
        took = []
        for start in frames(*(date_range(source, flt, boundaries) or ("2024-01-01", "2024-01-01")), "week")[:steps]:
            t = time.perf_counter()
            shown = frame_filter(flt, start, "week", mode)
            count(source, shown, boundaries)
            layer = data_layer(source, store, shown, shown, "Points", 6, boundaries)
            _get_feature_group_string(layer, map=fmap)
            took.append(time.perf_counter() - t)
        out[mode] = statistics.median(took)
    t = time.perf_counter()
    pending = pending_count(source)
    rows = review_queue(store, 20)
    sources = incident_sources(store, [r["event_id"] for r in rows])
    for r in rows:
        card_html(r, sources[r["event_id"]])
    out["queue"] = time.perf_counter() - t
    out["pending"] = pending
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--baseline-count", type=int, default=None, help="default: the same as --incidents")
    args = parser.parse_args()
    from incidents.query import query_incidents

    tmp = Path(tempfile.mkdtemp())
    store = fill_store(tmp / "page.sqlite", args.incidents)
    cold, first, change, change2 = page_times(str(store.path))
    rows = list(query_incidents(store))
    sent = page_bytes(rows[:1000], store)
    print(f"{args.incidents:,} incidents: first render on the server {first:.2f} s for a new session "
          f"({cold:.2f} s for the very first one after start, imports included) (target < 2 s); "
          f"filter change (type) {change:.2f} s, (region) {change2:.2f} s (target < 0.5 s); "
          f"about {sent / 1e6:.2f} MB sent for map and table (target < 5 MB)")
    steps = playback_step_times(str(store.path))
    print(f"playback step (the map fragment's work, median of 8 weeks): window {steps['window']:.3f} s, "
          f"cumulative {steps['cumulative']:.3f} s (target < 0.5 s); a filter change reruns the whole page in "
          f"{change:.2f} s: ratio {change / steps['window']:.1f}x / {change / steps['cumulative']:.1f}x")
    print(f"review queue with {steps['pending']:,.0f} pending: opens in {steps['queue']:.3f} s (target < 1 s)")
    n = args.baseline_count or args.incidents
    took, size = baseline(rows[:n])
    print(f"baseline, one folium Marker per incident at {n:,}: {took:.1f} s to build and render, "
          f"{size / 1e6:.1f} MB of HTML; ratio {took / first:.0f}x slower, {size / sent:.0f}x larger")


if __name__ == "__main__":
    main()
