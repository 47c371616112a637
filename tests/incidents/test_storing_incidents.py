"""The SQLite store: migrations, WAL, dedupe across articles, edits, concurrent ingest processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from incidents.record import RecordError
from incidents.storage import Store
from tests.paths import DATA

BASE = {"event_date": "2025-06-03", "event_type": "Explosions/Remote violence", "location": "Sumy",
        "latitude": 50.9174, "longitude": 34.7991, "admin1": "Sumy"}


def test_schema_is_versioned_and_wal(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    assert store.schema_version >= 1
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    version = store.schema_version
    store.close()
    assert Store(tmp_path / "s.sqlite").schema_version == version


def test_two_articles_same_incident_merge_with_both_sources(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add([{**BASE, "event_id": "B", "fatalities": 4, "source": "paper-b", "source_url": "http://b"}])
    store.add([{**BASE, "event_id": "A", "latitude": 50.95, "injured": 20, "source": "paper-a",
                "source_url": "http://a"}])
    store.add([{**BASE, "event_id": "C", "latitude": 51.5, "source": "far away"}])  # 65 km: another incident
    assert store.count() == 2
    merged = store.get("A")
    assert merged["fatalities"] == 4 and merged["injured"] == 20
    assert {s["source"] for s in store.sources("A")} == {"paper-a", "paper-b"}


def test_unknown_numbers_stay_unknown(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add([{**BASE, "event_id": "X"}])
    assert store.get("X")["fatalities"] is None and store.get("X")["injured"] is None


def test_invalid_record_writes_nothing(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    with pytest.raises(RecordError, match="latitude"):
        store.add([{**BASE, "event_id": "ok"}, {**BASE, "event_id": "bad", "latitude": 123}])
    assert store.count() == 0


def test_edit_and_delete(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add([{**BASE, "event_id": "X", "fatalities": 1}])
    rec = store.update("X", {"fatalities": 5})
    assert rec["status"] == "reviewed" and store.get("X")["fatalities"] == 5
    with pytest.raises(RecordError, match="fatalities"):
        store.update("X", {"fatalities": -2})
    assert store.delete("X") and store.get("X") is None


def _snapshot(path: Path) -> list[tuple]:
    db = sqlite3.connect(path)
    rows = db.execute("SELECT event_id, event_date, event_type, location, fatalities, injured, geonameid "
                      "FROM incidents ORDER BY event_id").fetchall()
    sources = db.execute("SELECT event_id, source FROM incident_sources ORDER BY 1, 2").fetchall()
    return rows + sources


def test_four_concurrent_ingests_equal_one_sequential_run(tmp_path, index_path):
    articles = DATA / "articles.jsonl"
    lines = articles.read_text(encoding="utf-8").splitlines()
    parts = []
    for k in range(4):  # overlapping shards: every article is in two of them
        part = tmp_path / f"part{k}.jsonl"
        part.write_text("\n".join(lines[k::4] + lines[(k + 1) % 4::4]) + "\n", encoding="utf-8")
        parts.append(part)
    env = {**os.environ, "INCIDENT_MAP_CACHE": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "cli", "ingest", "--quiet", "--source", "wire", "--index", str(index_path)]
    seq = tmp_path / "seq.sqlite"
    subprocess.run([*cmd, "--db", str(seq), str(articles)], check=True, env=env, capture_output=True)
    par = tmp_path / "par.sqlite"
    procs = [subprocess.Popen([*cmd, "--db", str(par), str(p)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for p in parts]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err.decode()
        assert b"locked" not in err
    assert _snapshot(par) == _snapshot(seq)
    again = subprocess.run([*cmd, "--db", str(seq), str(articles)], check=True, env=env, capture_output=True)
    assert b"0 incidents stored" in again.stdout


def test_a_corrected_count_replaces_the_range_it_contradicts(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add([{"event_id": "R1", "event_date": "2025-06-03", "event_type": "Battles", "location": "Sumy",
                "latitude": 50.9, "longitude": 34.8, "fatalities": 4, "fatalities_low": 4, "fatalities_high": 6}])
    store.update("R1", {"fatalities": 5})  # inside the range: the range stays
    assert [store.get("R1")[k] for k in ("fatalities_low", "fatalities", "fatalities_high")] == [4, 5, 6]
    store.update("R1", {"fatalities": 9})  # beyond it: the bound it contradicts goes
    assert [store.get("R1")[k] for k in ("fatalities_low", "fatalities", "fatalities_high")] == [4, 9, None]
