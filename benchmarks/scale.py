"""Scale: the page's queries, the real page and the export at 10k, 100k and 1M incidents.

For each size it prints
- the analytic mirror: first build (first server start on a store) and snapshot load (later starts);
- the page's query set (summary, weekly chart, map layer, table of 1,000, per-oblast counts) for
  five filters, on the DuckDB mirror, against the same queries on the SQLite row store as the
  baseline measured in the same run (and on PostgreSQL + PostGIS with --postgres);
- the real page under Streamlit AppTest: first render for a new session, and a filter change;
- the streamed GeoJSON export of everything.

Usage: python -m benchmarks.scale [--sizes 10000,100000,1000000] [--postgres]
Needs INCIDENT_MAP_DATA (or INCIDENT_MAP_BOUNDARIES) for the region outlines, as the page does.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from dashboard.layers import POINT_LIMIT
from dashboard.page import PAGE_COLUMNS, TABLE_ROWS, cell_degrees
from incidents.boundaries import load_boundaries
from incidents.query import (
    IncidentFilter,
    count,
    grid_cells,
    oblast_counts,
    query_features,
    query_incidents,
    summarize,
    weekly_counts,
)
from incidents.record import EVENT_TYPES, FIELDS
from incidents.storage import Store

ROOT = Path(__file__).resolve().parent.parent

# where incidents cluster: (lat, lon, admin1, weight), front-line heavy, as in the real data
HOTSPOTS = [(48.59, 38.00, "Donetsk", 9), (48.14, 37.74, "Donetsk", 8), (47.10, 37.55, "Donetsk", 4),
            (49.99, 36.23, "Kharkiv", 6), (49.71, 37.61, "Kharkiv", 5), (50.91, 34.80, "Sumy", 5),
            (51.50, 31.29, "Chernihiv", 2), (46.64, 32.61, "Kherson", 5), (47.84, 35.14, "Zaporizhzhia", 5),
            (47.57, 34.39, "Dnipropetrovsk", 3), (50.45, 30.52, "Kyiv City", 2), (46.48, 30.72, "Odesa", 2),
            (49.84, 24.03, "Lviv", 1), (48.95, 38.49, "Luhansk", 4), (51.10, 36.50, "Kursk", 2)]
ACTORS = ["Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "Civilians (Ukraine)"]
NOTES = ["Shelling of residential buildings", "Drone strike on energy infrastructure", "Clashes near the village",
         "Missile strike on the city centre", "Glide bombs on the outskirts", "Strike on a bridge"]


def fill(path: Path, n: int, seed: int = 7) -> Store:
    """A store of ``n`` generated incidents around the hotspots, written in bulk."""
    rng = random.Random(seed)
    weights = [h[3] for h in HOTSPOTS]
    store = Store(path)
    now = "2026-01-01T00:00:00+00:00"
    rows = []
    for i in range(n):
        lat, lon, admin1, _ = rng.choices(HOTSPOTS, weights)[0]
        day = 1 + rng.randrange(4 * 365)
        rec = dict.fromkeys(FIELDS)
        rec.update(event_id=f"S{i:08d}", event_date=f"{2022 + day // 366}-{1 + day % 366 // 31:02d}-{1 + day % 28:02d}",
                   event_type=rng.choice(EVENT_TYPES), location=f"Place {i % 9000}", admin1=admin1,
                   latitude=lat + rng.gauss(0, 0.35), longitude=lon + rng.gauss(0, 0.5),
                   fatalities=rng.choice([None, 0, 0, 1, 2, 5]), injured=rng.choice([None, 0, 3]),
                   actor1=rng.choice(ACTORS), notes=rng.choice(NOTES), geo_precision=rng.choice([1, 1, 2]),
                   source="Generated", status="extracted", created=now, updated=now)
        rows.append([rec[f] for f in FIELDS])
        if len(rows) == 100_000 or i == n - 1:
            with store.transaction():
                store.db.executemany(f"INSERT INTO incidents ({', '.join(FIELDS)}) VALUES "
                                     f"({', '.join('?' * len(FIELDS))})", rows)
            rows = []
    return store


FILTERS = {
    "everything": (IncidentFilter(), None, 6),
    "oblast Sumy (polygon)": (IncidentFilter(regions=["Sumy"]), None, 7),
    "3 months, Battles": (IncidentFilter(since="2024-03-01", until="2024-05-31", types=["Battles"]), None, 6),
    "text 'bridge' + actor": (IncidentFilter(text="bridge", actor="russia"), None, 6),
    "map zoomed on Sumy": (IncidentFilter(), (50.87, 34.70, 50.95, 34.90), 13),
}


def page_queries(source, store, flt: IncidentFilter, view, zoom: int, boundaries, parts: dict | None = None) -> None:
    """What one page run asks: summary, weekly chart, map layer, table, and the choropleth's counts.
    With ``parts``, each query's milliseconds are recorded there."""
    map_flt = replace(flt, bbox=view) if view else flt

    def points() -> None:
        ids = [r["event_id"] for r in query_incidents(source, map_flt, boundaries=boundaries, columns=("event_id",))]
        list(query_incidents(store, IncidentFilter(event_ids=ids)))

    steps = {
        "summary": lambda: summarize(source, flt, boundaries),
        "weekly": lambda: weekly_counts(source, flt, boundaries),
        "map": lambda: points() if count(source, map_flt, boundaries) <= POINT_LIMIT
        else grid_cells(source, map_flt, cell_degrees(zoom), boundaries),
        "table": lambda: list(query_incidents(source, flt, limit=TABLE_ROWS, boundaries=boundaries,
                                              columns=PAGE_COLUMNS)),
        "oblasts": lambda: oblast_counts(source, flt, boundaries),
    }
    for name, step in steps.items():
        t = time.perf_counter()
        step()
        if parts is not None:
            parts[name] = (time.perf_counter() - t) * 1000


def timed(fn, repeat: int = 3) -> float:
    """Best of ``repeat`` runs, in milliseconds."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def fill_postgres(url: str, lite: Store) -> object:
    from incidents.storage.postgres import PostgresStore

    pg = PostgresStore(url)
    cols = ", ".join(FIELDS)
    with pg.db.cursor() as cur, cur.copy(f"COPY incidents ({cols}) FROM STDIN") as copy:
        for row in lite.db.execute(f"SELECT {cols} FROM incidents"):
            copy.write_row(tuple(row))
    pg.db.execute("ANALYZE incidents")
    return pg


def bench_size(n: int, tmp: Path, boundaries, pg_url: str | None) -> None:
    from incidents.storage.mirror import Mirror

    print(f"\n== {n:,} incidents ==")
    t = time.perf_counter()
    store = fill(tmp / f"s{n}.sqlite", n)
    print(f"generated and written in {time.perf_counter() - t:.1f} s (not a target)")
    t = time.perf_counter()
    mirror = Mirror(store, boundaries, cache_dir=tmp / "cache")
    build = time.perf_counter() - t
    t = time.perf_counter()
    again = Mirror(store, boundaries, cache_dir=tmp / "cache")
    load = time.perf_counter() - t
    assert again.last_sync["mode"] == "snapshot"
    print(f"mirror: first build {build:.2f} s (copy + point in polygon), later starts {load:.2f} s (snapshot)")
    t = time.perf_counter()
    store.update("S00000001", {"fatalities": 3})
    mirror.sync()
    print(f"an edit reaches the mirror in {(time.perf_counter() - t) * 1000:.0f} ms")
    pg = fill_postgres(pg_url, store) if pg_url else None
    head = f"{'filter':<24}{'mirror ms':>10}{'SQLite ms':>11}{'ratio':>7}" + (f"{'PostGIS ms':>12}" if pg else "")
    print(head)
    for label, (flt, view, zoom) in FILTERS.items():
        fast = timed(lambda flt=flt, view=view, zoom=zoom: page_queries(mirror, store, flt, view, zoom, boundaries))
        base = timed(lambda flt=flt, view=view, zoom=zoom: page_queries(store, store, flt, view, zoom, boundaries),
                     repeat=1)
        line = f"{label:<24}{fast:>10.0f}{base:>11.0f}{base / fast:>6.0f}x"
        if pg:
            parts: dict = {}
            on_pg = timed(lambda flt=flt, view=view, zoom=zoom, parts=parts: page_queries(
                pg, pg, flt, view, zoom, boundaries, parts), 2)
            line += f"{on_pg:>12.0f}  (" + ", ".join(f"{k} {v:.0f}" for k, v in parts.items()) + ")"
        print(line)
    bench_page(str(store.path))
    if pg:
        t = time.perf_counter()
        Mirror(pg, boundaries, cache_dir=tmp / "cache-pg")
        print(f"mirror of the PostgreSQL store: first build {time.perf_counter() - t:.2f} s; on PostgreSQL the page:")
        bench_page(pg_url)
    from incidents.export import write_feature_collection

    for name, source in (("SQLite", store), ("PostgreSQL", pg)):
        if source is None:
            continue
        t = time.perf_counter()
        with open(tmp / "all.geojson", "w", encoding="utf-8") as fh:
            written = write_feature_collection(query_features(source), fh)
        print(f"GeoJSON export of all {written:,} from {name}: {time.perf_counter() - t:.1f} s, streamed "
              f"({(tmp / 'all.geojson').stat().st_size / 1e6:.0f} MB)")
        (tmp / "all.geojson").unlink()
    if pg:
        pg.close()


def page_times(db: str) -> tuple[float, float, float, float]:
    """The real page in Streamlit's AppTest on the store ``db``: seconds for the process's very first
    run (imports included), a new session's first render, a type filter change, a region change."""
    from streamlit.testing.v1 import AppTest

    os.environ["INCIDENT_MAP_DB"] = db
    app = str(ROOT / "dashboard" / "app.py")
    t = time.perf_counter()
    at = AppTest.from_file(app, default_timeout=600).run()
    cold = time.perf_counter() - t
    assert not at.exception, at.exception
    at = AppTest.from_file(app, default_timeout=600)  # a new visitor on a running server
    times = [cold]
    for step in (at.run, lambda: at.sidebar.multiselect[1].select("Battles").run(),
                 lambda: at.sidebar.multiselect[0].select("Sumy").run()):
        t = time.perf_counter()
        step()
        times.append(time.perf_counter() - t)
        assert not at.exception, at.exception
    return times[0], times[1], times[2], times[3]


def bench_page(db: str) -> None:
    """The page on a server that warmed the store and its mirror first (as streamlit_main does)."""
    from dashboard.page import page_sources

    page_sources(db)
    _, first, change, region = page_times(db)
    print(f"page: first render of a new session {first:.2f} s (target < 3 s); filter change: type {change:.2f} s, "
          f"region {region:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--postgres", action="store_true",
                        help="also run the queries on a throwaway PostgreSQL + PostGIS server (tests/pgserver.py)")
    args = parser.parse_args()
    boundaries = load_boundaries()
    if boundaries is None:
        sys.exit("no region outlines: set INCIDENT_MAP_DATA or INCIDENT_MAP_BOUNDARIES")
    tmp = Path(tempfile.mkdtemp())
    os.environ["INCIDENT_MAP_CACHE"] = str(tmp / "cache")
    print("query times are the best of 3 (PostGIS: of 2; the SQLite baseline: 1 run); 'ratio' = SQLite / mirror")
    server = None
    if args.postgres:
        from tests.pgserver import TempPostgres

        server = TempPostgres().start()
    try:
        for i, n in enumerate(int(s) for s in args.sizes.split(",")):
            url = None
            if server is not None:
                import psycopg

                with psycopg.connect(server.url, autocommit=True) as conn:
                    conn.execute(f"CREATE DATABASE bench{i}")
                url = server.url_for(f"bench{i}")
            bench_size(n, tmp, boundaries, url)
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
