"""One query layer, three engines: the SQLite store, its DuckDB mirror (the page's aggregates) and
PostgreSQL + PostGIS (a real server started by the tests) answer every query the same way."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest
from geojson_pydantic import FeatureCollection

from incidents.query import (
    IncidentFilter,
    grid_cells,
    oblast_counts,
    query_features,
    query_incidents,
    summarize,
    weekly_counts,
)
from incidents.record import EVENT_TYPES
from incidents.storage import Store, open_store
from incidents.storage.mirror import Mirror
from incidents.storage.postgres import PG_MIGRATIONS
from tests.paths import APP, DATA, SEEDS


def generated(n: int, seed: int = 5) -> list[dict]:
    """Incidents spread over Ukraine and its neighbours, with every kind of field filled or not."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        out.append({"event_id": f"G{i:05d}", "event_date": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "event_type": rng.choice(EVENT_TYPES), "location": f"Place {i % 50}",
                    "admin1": rng.choice(["Sumy", "Kharkiv", "Donetsk", None]),
                    "latitude": rng.uniform(44.5, 52.5), "longitude": rng.uniform(22.0, 41.0),
                    "fatalities": rng.choice([None, 0, 1, 4]), "injured": rng.choice([None, 0, 2]),
                    "actor1": rng.choice(["Military Forces of Russia", "Military Forces of Ukraine"]),
                    "notes": rng.choice(["Shelling of a school", "Drone strike on a bridge", "Clashes"]),
                    "geo_precision": rng.choice([1, 2, 3])})
    return out


FILTERS = [
    IncidentFilter(),
    IncidentFilter(regions=["Sumy"]),
    IncidentFilter(regions=["Kharkiv", "Sumy Raion"], since="2025-03-01"),
    IncidentFilter(types=["Battles", "Explosions/Remote violence"], min_fatalities=1),
    IncidentFilter(actor="russia", text="BRIDGE", until="2025-09-30"),
    IncidentFilter(bbox=(48.0, 30.0, 50.0, 36.0)),
]


def answers(source, boundaries) -> list:
    """Every query the page and the command line make, for every filter."""
    out = []
    for flt in FILTERS:
        ids = [r["event_id"] for r in query_incidents(source, flt, boundaries=boundaries, columns=("event_id",))]
        table = [r["event_id"] for r in query_incidents(source, flt, limit=25, boundaries=boundaries,
                                                        columns=("event_id", "location"))]
        cells = sorted((c["incidents"], c["killed"], round(c["latitude"], 6), round(c["longitude"], 6))
                       for c in grid_cells(source, flt, 0.5, boundaries))
        weekly = weekly_counts(source, flt, boundaries)
        out.append((ids, table, summarize(source, flt, boundaries), cells, weekly.to_dict() if len(weekly) else {},
                    dict(oblast_counts(source, flt, boundaries))))
    return out


@pytest.fixture
def sqlite_store(tmp_path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    store.add(generated(1500), dedupe=False)
    return store


def test_mirror_answers_like_the_store(sqlite_store, boundaries, tmp_path):
    mirror = Mirror(sqlite_store, boundaries, cache_dir=tmp_path / "cache")
    assert mirror.last_sync == {"mode": "full", "rows": 1500}
    expected = answers(sqlite_store, boundaries)
    assert expected[1][2]["incidents"] > 20 and expected[2][2]["incidents"] > 20  # the regions select something
    assert expected[1][5] == {"Sumy": expected[1][2]["incidents"]}
    assert answers(mirror, boundaries) == expected
    # without outlines both fall back to the admin names
    assert answers(Mirror(sqlite_store, None, cache_dir=tmp_path / "cache"), None) == answers(sqlite_store, None)


def test_mirror_follows_edits_deletes_and_merges(sqlite_store, boundaries, tmp_path):
    mirror = Mirror(sqlite_store, boundaries, cache_dir=tmp_path / "cache")
    sqlite_store.update("G00001", {"fatalities": 99, "latitude": 50.91, "longitude": 34.8})  # now in Sumy
    sqlite_store.delete("G00002")
    sqlite_store.add([{"event_id": "NEW1", "event_date": "2025-05-05", "event_type": "Battles", "location": "Sumy",
                       "latitude": 50.9, "longitude": 34.79, "fatalities": 2}])
    # a twin reported with a smaller id takes over the row: the old id must leave the mirror
    twin = dict(sqlite_store.get("G00003"), event_id="A0003", fatalities=7)
    assert sqlite_store.add([twin]) == ["A0003"]
    assert mirror.sync() == {"mode": "changes", "rows": 5}
    assert answers(mirror, boundaries) == answers(sqlite_store, boundaries)
    assert mirror.sync()["rows"] == 5  # nothing new: the same report, no work
    # a new process starts from the cached snapshot and applies only what changed since
    sqlite_store.delete("G00004")
    again = Mirror(sqlite_store, boundaries, cache_dir=tmp_path / "cache")
    assert again.last_sync["mode"] == "snapshot"
    assert answers(again, boundaries) == answers(sqlite_store, boundaries)


def test_postgis_store_answers_like_sqlite(pg_url, sqlite_store, boundaries, tmp_path):
    pg = open_store(pg_url)
    assert pg.dialect == "postgresql" and pg.schema_version == len(PG_MIGRATIONS)
    pg.add(generated(1500), dedupe=False)
    assert pg.count() == 1500
    expected = answers(sqlite_store, boundaries)
    assert answers(pg, boundaries) == expected
    # the page's mirror follows a PostgreSQL store too
    mirror = Mirror(pg, boundaries, cache_dir=tmp_path / "cache")
    assert mirror.last_sync == {"mode": "full", "rows": 1500}
    assert answers(mirror, boundaries) == expected
    pg.update("G00001", {"fatalities": 99, "latitude": 50.91, "longitude": 34.8})
    pg.delete("G00002")
    sqlite_store.update("G00001", {"fatalities": 99, "latitude": 50.91, "longitude": 34.8})
    sqlite_store.delete("G00002")
    assert mirror.sync() == {"mode": "changes", "rows": 2}
    expected = answers(sqlite_store, boundaries)
    assert answers(mirror, boundaries) == expected and answers(pg, boundaries) == expected
    # region filters: each incident's oblast and raion decided by PostGIS, in the database
    assert pg.scalar("SELECT count(*) FROM regions") == len(boundaries.oblasts) + len(boundaries.raions)
    indexes = {r["indexname"]: r["indexdef"] for r in pg.rows("SELECT indexname, indexdef FROM pg_indexes")}
    assert "USING gist (geom)" in indexes["incidents_geom"] and "USING gist (geom)" in indexes["region_parts_geom"]
    where, _, area = IncidentFilter(regions=["Sumy"]).where(pg, boundaries)
    assert area is None and "oblast IN" in where
    assert pg.scalar("SELECT count(*) FROM incidents WHERE oblast = 'Sumy'") == expected[1][2]["incidents"]
    assert pg.scalar("SELECT count(*) FROM incidents WHERE raion = 'Sumy Raion'") == sum(
        1 for _ in query_incidents(sqlite_store, IncidentFilter(regions=["Sumy Raion"]), boundaries=boundaries))
    # rows written after the outlines were loaded get their regions from a trigger
    pg.add([{"event_id": "LATE", "event_date": "2025-07-01", "event_type": "Battles", "location": "Sumy",
             "latitude": 50.9077, "longitude": 34.7981}])
    assert pg.get("LATE")["admin1"] is None
    assert pg.scalar("SELECT oblast || '/' || raion FROM incidents WHERE event_id = 'LATE'") == "Sumy/Sumy Raion"
    pg.delete("LATE")
    # GeoJSON built by PostgreSQL: the same features as SQLite builds
    def features(source, flt):
        out = [json.loads(f) for f in query_features(source, flt, boundaries)]
        for f in out:  # the two stores were written a moment apart
            del f["properties"]["created"], f["properties"]["updated"]
        return out

    for flt in FILTERS[:3]:
        assert features(pg, flt) == features(sqlite_store, flt)


def test_postgis_store_merges_edits_and_deletes_like_sqlite(pg_url, tmp_path):
    pg, lite = open_store(pg_url), Store(tmp_path / "m.sqlite")
    first = {"event_id": "B2", "event_date": "2025-06-03", "event_type": "Explosions/Remote violence",
             "location": "Sumy", "latitude": 50.9077, "longitude": 34.7981, "fatalities": 4, "source": "A"}
    second = {**first, "event_id": "B1", "latitude": 50.95, "fatalities": None, "injured": 20, "source": "B"}
    for store in (pg, lite):
        assert store.add([first]) == ["B2"]
        assert store.add([second]) == ["B1"]  # a twin within 10 km: merged, the smaller id leads
        store.update("B1", {"notes": "two reports"})
    a, b = pg.get("B1"), lite.get("B1")
    for key in a:
        if key not in ("created", "updated"):
            assert a[key] == b[key], key
    assert (a["fatalities"], a["injured"], a["status"]) == (4, 20, "reviewed")
    assert [s["source"] for s in pg.sources("B1")] == ["A", "B"]
    assert pg.delete("B1") and pg.count() == 0 and pg.sources("B1") == []


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True,
                          timeout=300, **kw)


def test_command_line_on_postgresql(pg_url, index_path, tmp_path):
    seed = next(SEEDS.glob("*"))
    text = seed.read_text(encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    for _ in range(2):  # the second run finds the document already ingested
        done = cli("ingest", str(article), "--published", "2025-06-03", "--db", pg_url, "--index", str(index_path))
        assert done.returncode == 0, done.stderr
    assert "0 incidents stored" in done.stderr + done.stdout
    imported = cli("import", "acled", str(DATA / "acled_sample.csv"), "--db", pg_url)
    assert imported.returncode == 0 and "acled_sample.csv:6: event_date" in imported.stderr
    out = tmp_path / "sumy.geojson"
    done = cli("export", "--region", "Sumy", "-o", str(out), "--db", pg_url)
    assert done.returncode == 0, done.stderr
    collection = FeatureCollection.model_validate_json(out.read_text())
    places = {f.properties["location"] for f in collection.features}
    assert "Sumy" in places and "Kharkiv" not in places
    bad = cli("export", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1 and "cannot open the incident store" in bad.stderr


def test_a_store_from_before_the_change_counter_is_migrated(tmp_path, boundaries):
    import sqlite3

    from incidents.storage.sqlite import MIGRATIONS, _statements

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    for statement in _statements(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute("INSERT INTO incidents (event_id, event_date, event_type, location, latitude, longitude, created, "
               "updated) VALUES ('OLD1', '2024-02-24', 'Battles', 'Hostomel', 50.58, 30.21, 'x', 'x')")
    db.commit()
    db.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    mirror = Mirror(store, boundaries, cache_dir=tmp_path / "cache")
    assert [r["event_id"] for r in query_incidents(mirror, IncidentFilter(regions=["Kyiv"]), boundaries=boundaries)] \
        == ["OLD1"]
    store.update("OLD1", {"fatalities": 3, "fatalities_low": 3})
    assert mirror.sync()["mode"] == "changes" and summarize(mirror)["killed"] == 3
    old = store.get("OLD1")  # the casualty range came with migration 3
    assert (old["fatalities_low"], old["fatalities"], old["fatalities_high"]) == (3, 3, None)


def test_page_on_postgresql(pg_url, monkeypatch, boundaries):
    from streamlit.testing.v1 import AppTest

    pg = open_store(pg_url)
    pg.add(generated(300), dedupe=False)
    monkeypatch.setenv("INCIDENT_MAP_DB", pg_url)
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    assert not at.exception, at.exception
    assert at.caption[0].value.startswith("300 of 300 incidents (store postgresql://postgres@127.0.0.1")
    at.sidebar.multiselect[0].select("Sumy").run()
    n = summarize(pg, IncidentFilter(regions=["Sumy"]), boundaries)["incidents"]
    assert 0 < n < 300 and at.caption[0].value.startswith(f"{n} of 300 incidents")
    assert at.metric[0].value == str(n)
