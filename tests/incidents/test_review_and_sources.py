"""Review statuses (extracted, reviewed, rejected), the migration that allows "rejected", the
review queue's queries, and several sources per incident (the low / best / high spread)."""

from __future__ import annotations

import itertools
import json
import sqlite3

from click.testing import CliRunner

from cli import main
from incidents.query import IncidentFilter, count, incident_sources, pending_count, query_incidents, review_queue
from incidents.storage import Store
from incidents.storage.sqlite import MIGRATIONS, _statements

BASE = {"event_date": "2025-06-03", "event_type": "Explosions/Remote violence", "location": "Sumy",
        "latitude": 50.9174, "longitude": 34.7991, "admin1": "Sumy"}


def _three(store: Store) -> None:
    store.add([{**BASE, "event_id": "P1", "status": "extracted", "source_quote": "Shelling of Sumy."},
               {**BASE, "event_id": "R1", "event_date": "2025-06-04", "status": "reviewed"},
               {**BASE, "event_id": "P2", "event_date": "2025-06-05", "status": "extracted"}], dedupe=False)


def test_rejected_incidents_are_kept_but_left_out_unless_asked_for(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    _three(store)
    assert pending_count(store) == 2
    assert [r["event_id"] for r in review_queue(store)] == ["P2", "P1"]  # newest first
    store.update("P2", {"status": "rejected"})
    store.update("P1", {"status": "reviewed"})
    assert store.count() == 3 and pending_count(store) == 0 and review_queue(store) == []
    assert [r["event_id"] for r in query_incidents(store)] == ["R1", "P1"]
    assert count(store, IncidentFilter(statuses=["rejected"])) == 1
    assert count(store, IncidentFilter(statuses=["extracted", "reviewed", "rejected"])) == 3
    assert count(store, IncidentFilter(statuses=[])) == 0


def test_export_leaves_rejected_out_by_default_and_status_selects(tmp_path):
    db = tmp_path / "s.sqlite"
    store = Store(db)
    _three(store)
    store.update("P2", {"status": "rejected"})

    def exported(*args: str) -> list[str]:
        result = CliRunner().invoke(main, ["export", "--db", str(db), *args])
        assert result.exit_code == 0, result.output
        return sorted(f["id"] for f in json.loads(result.stdout)["features"])

    assert exported() == ["P1", "R1"]
    assert exported("--status", "reviewed") == ["R1"]
    assert exported("--status", "rejected") == ["P2"]
    assert exported("--status", "all") == ["P1", "P2", "R1"]
    csv_out = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv"]).stdout
    assert ",extracted," in csv_out and ",rejected," not in csv_out  # the unreviewed are marked in the file
    bad = CliRunner().invoke(main, ["export", "--db", str(db), "--status", "maybe"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output and "maybe" in bad.output


def _version_3_store(path) -> None:
    """A store as the code before "rejected" left it: migrations 1-3, rows with sources."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    for script in MIGRATIONS[:3]:
        assert isinstance(script, str)
        for statement in _statements(script):
            db.execute(statement)
    db.execute("PRAGMA user_version = 3")
    for i in range(3):
        db.execute("INSERT INTO incidents (event_id, event_date, event_type, location, latitude, longitude, status, "
                   "fatalities_low, created, updated) VALUES (?, '2024-02-24', 'Battles', 'Hostomel', 50.58, 30.21, "
                   "'extracted', 1, 'x', 'x')", (f"OLD{i}",))
        db.execute("INSERT INTO incident_sources VALUES (?, 'paper', ?, '2024-02-25', 'quote')",
                   (f"OLD{i}", f"http://p/{i}"))
    db.execute("DELETE FROM incidents WHERE event_id = 'OLD2'")  # a tombstone, as a real store has
    db.close()


def test_the_migration_rebuilds_the_table_keeping_rows_sources_indexes_and_triggers(tmp_path):
    path = tmp_path / "old.sqlite"
    _version_3_store(path)
    before = sqlite3.connect(path)
    kept = {r[0]: r for r in before.execute(
        "SELECT type || ':' || name, sql FROM sqlite_master WHERE tbl_name = 'incidents' AND type IN ('index', "
        "'trigger') AND sql IS NOT NULL")}
    rows = before.execute("SELECT rowid, * FROM incidents ORDER BY event_id").fetchall()
    rev = before.execute("SELECT value FROM store_meta WHERE key = 'rev'").fetchone()[0]
    before.close()

    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)
    after = {r[0]: r for r in store.db.execute(
        "SELECT type || ':' || name, sql FROM sqlite_master WHERE tbl_name = 'incidents' AND type IN ('index', "
        "'trigger') AND sql IS NOT NULL")}
    assert {k: tuple(v) for k, v in kept.items()} == {k: tuple(after[k]) for k in kept}  # same SQL, nothing lost
    assert "index:incidents_status_date" in after
    assert [tuple(r) for r in store.db.execute("SELECT rowid, * FROM incidents ORDER BY event_id")] \
        == [tuple(r) for r in rows]  # rows, rowids and revisions as they were
    assert len(store.sources("OLD0")) == 1 and len(store.sources("OLD1")) == 1  # the drop cascaded to nothing
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert store.revision()[1] == rev
    store.update("OLD0", {"status": "rejected"})  # the new status is allowed, and the triggers still count
    assert store.revision()[1] == rev + 1 and store.get("OLD0")["status"] == "rejected"
    store.delete("OLD1")
    assert store.db.execute("SELECT count(*) FROM incident_sources WHERE event_id = 'OLD1'").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM incident_tombstones").fetchone()[0] == 2
    try:
        store.execute("UPDATE incidents SET status = 'maybe' WHERE event_id = 'OLD0'")
        raise AssertionError("the CHECK constraint let an unknown status in")
    except sqlite3.IntegrityError:
        pass


REPORTS = [
    {**BASE, "event_id": "A", "fatalities": 4, "injured": 10, "source": "paper-a", "source_url": "http://a"},
    {**BASE, "event_id": "B", "latitude": 50.95, "fatalities": 6, "source": "paper-b", "source_url": "http://b"},
    {**BASE, "event_id": "C", "latitude": 50.93, "fatalities": 5, "fatalities_high": 8, "injured": 12,
     "source": "paper-c", "source_url": "http://c"},
]


def test_disagreeing_sources_become_a_low_best_high_spread_in_any_order(tmp_path):
    results = set()
    for n, order in enumerate(itertools.permutations(REPORTS)):
        store = Store(tmp_path / f"s{n}.sqlite")
        for report in order:  # one article at a time, as ingest writes them
            store.add([report])
        assert store.count() == 1
        rec = store.get("A")
        results.add(tuple(rec[k] for k in ("fatalities", "fatalities_low", "fatalities_high", "injured",
                                           "injured_low", "injured_high", "status")))
        assert [s["source"] for s in incident_sources(store, ["A"])["A"]] == ["paper-a", "paper-b", "paper-c"]
    # best: the highest count; low / high: the smallest and largest any source gives
    assert results == {(6, 4, 8, 12, 10, 12, "extracted")}


def test_agreeing_sources_leave_the_bounds_unknown_and_decisions_outlive_new_reports(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add([{**BASE, "event_id": "A", "fatalities": 3, "source": "a"}])
    store.add([{**BASE, "event_id": "B", "fatalities": 3, "source": "b"}])
    rec = store.get("A")
    assert (rec["fatalities"], rec["fatalities_low"], rec["fatalities_high"]) == (3, None, None)
    store.update("A", {"status": "rejected"})
    store.add([{**BASE, "event_id": "C", "fatalities": 3, "source": "c"}])  # the same false report again
    assert store.get("A")["status"] == "rejected" and pending_count(store) == 0
    store.add([{**BASE, "event_id": "D", "status": "reviewed", "source": "acled"}])  # a reviewed dataset confirms it
    assert store.get("A")["status"] == "reviewed"


def test_postgresql_allows_rejected_and_merges_like_sqlite(pg_url, tmp_path):
    from incidents.storage import open_store

    pg, lite = open_store(pg_url), Store(tmp_path / "s.sqlite")
    for store in (pg, lite):
        _three(store)
        for report in REPORTS:
            store.add([{**report, "event_date": "2025-07-01"}])  # a later day: no twin among the three
        store.update("P2", {"status": "rejected"})
    for store in (pg, lite):
        assert pending_count(store) == 2 and [r["event_id"] for r in review_queue(store)] == ["A", "P1"]
        assert count(store, IncidentFilter(statuses=["rejected"])) == 1
        rec = store.get("A")
        assert (rec["fatalities"], rec["fatalities_low"], rec["fatalities_high"]) == (6, 4, 8)
        assert len(incident_sources(store, ["A"])["A"]) == 3
    try:
        pg.execute("UPDATE incidents SET status = 'maybe' WHERE event_id = 'P1'")
        raise AssertionError("PostgreSQL let an unknown status in")
    except Exception as exc:  # psycopg's CheckViolation
        assert "incidents_status_check" in str(exc)


def test_the_rebuild_keeps_a_full_text_index_and_views_on_the_table(tmp_path):
    path = tmp_path / "fts.sqlite"
    _version_3_store(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript("""
        UPDATE incidents SET notes = 'artillery near the bridge' WHERE event_id = 'OLD1';
        CREATE VIRTUAL TABLE incidents_fts USING fts5(notes, content='incidents', content_rowid='rowid');
        INSERT INTO incidents_fts(incidents_fts) VALUES ('rebuild');
        CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
            INSERT INTO incidents_fts(rowid, notes) VALUES (NEW.rowid, NEW.notes);
        END;
        CREATE TRIGGER incidents_fts_update AFTER UPDATE OF notes ON incidents BEGIN
            INSERT INTO incidents_fts(incidents_fts, rowid, notes) VALUES ('delete', OLD.rowid, OLD.notes);
            INSERT INTO incidents_fts(rowid, notes) VALUES (NEW.rowid, NEW.notes);
        END;
        CREATE VIEW pending AS SELECT event_id FROM incidents WHERE status = 'extracted';
    """)
    db.close()
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)

    def found(word: str) -> list[str]:
        return [r[0] for r in store.db.execute(
            "SELECT i.event_id FROM incidents_fts f JOIN incidents i ON i.rowid = f.rowid "
            "WHERE incidents_fts MATCH ? ORDER BY i.event_id", (word,))]

    assert found("bridge") == ["OLD1"]  # rowids kept: the index still points at the right rows
    store.update("OLD0", {"notes": "drone over the bridge"})  # and its triggers still feed it
    assert found("bridge") == ["OLD0", "OLD1"] and found("drone") == ["OLD0"]
    assert [r[0] for r in store.db.execute("SELECT event_id FROM pending")] == ["OLD1"]


def test_the_page_mirror_follows_review_decisions(tmp_path):
    from incidents.storage.mirror import Mirror

    store = Store(tmp_path / "s.sqlite")
    _three(store)
    mirror = Mirror(store, None, cache_dir=tmp_path / "cache")
    assert pending_count(mirror) == 2 and count(mirror) == 3
    store.update("P2", {"status": "rejected"})
    mirror.sync()  # only the changed row is copied again
    assert pending_count(mirror) == 1 and count(mirror) == 2
    assert [r["event_id"] for r in query_incidents(mirror, IncidentFilter(statuses=["rejected"]))] == ["P2"]
    assert count(mirror, IncidentFilter(statuses=["reviewed"])) == 1
