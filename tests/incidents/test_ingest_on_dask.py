"""The Dask engine: a LocalCluster with 2 workers gives the same store as the local engine."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import DATA

pytestmark = [pytest.mark.dask]

ARTICLES = DATA / "articles.jsonl"


def _rows(path: Path) -> list[tuple]:
    db = sqlite3.connect(path)
    return (db.execute("SELECT event_id, event_date, event_type, location, latitude, longitude, fatalities, "
                       "injured, geonameid, source_quote FROM incidents ORDER BY event_id").fetchall()
            + db.execute("SELECT * FROM incident_sources ORDER BY 1, 2, 3").fetchall()
            + db.execute("SELECT digest, incidents FROM documents ORDER BY 1").fetchall())


def _ingest(db: Path, index_path, *extra: str, source=str(ARTICLES)) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", "ingest", source, "--quiet", "--source", "wire",
                           "--db", str(db), "--index", str(index_path), *extra],
                          capture_output=True, text=True, timeout=600)


def test_dask_with_two_workers_equals_local(tmp_path, index_path):
    local = _ingest(tmp_path / "local.sqlite", index_path)
    assert local.returncode == 0, local.stderr
    dask = _ingest(tmp_path / "dask.sqlite", index_path, "--engine", "dask", "--workers", "2")
    assert dask.returncode == 0, dask.stderr
    assert _rows(tmp_path / "dask.sqlite") == _rows(tmp_path / "local.sqlite")
    assert len(_rows(tmp_path / "local.sqlite")) > 40


def test_parquet_corpus_and_partitions(tmp_path, index_path):
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from gazetteer import Gazetteer
    from incidents.distributed import ingest_dask
    from incidents.ingest import ingest
    from incidents.storage import Store

    rows = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    table = pa.table({"text": [r["text"] for r in rows], "published": [r["published"] for r in rows],
                      "url": [f"https://example.org/{r['id']}" for r in rows]})
    corpus = tmp_path / "corpus.parquet"
    pq.write_table(table, corpus)
    a, b = Store(tmp_path / "a.sqlite"), Store(tmp_path / "b.sqlite")
    ingest([str(corpus)], a, Gazetteer(index_path), source="wire", progress=False)
    report = ingest_dask([str(corpus)], b, str(index_path), source="wire", workers=2, partition_size=7,
                         progress=False)  # several partitions, written back in order
    assert report.errors == [] and report.documents == len(rows)
    assert _rows(a.path) == _rows(b.path)


def test_a_failing_partition_is_reported_not_dropped(tmp_path, index_path, monkeypatch):
    from incidents import distributed
    from incidents.storage import Store

    def broken(number, docs, path):
        raise RuntimeError("worker lost")

    monkeypatch.setattr(distributed, "extract_partition", broken)
    report = distributed.ingest_dask([str(ARTICLES)], Store(tmp_path / "c.sqlite"), str(index_path),
                                     workers=1, partition_size=20, progress=False, retries=1)
    assert len(report.errors) == 3 and all("failed after 1 retries" in e for e in report.errors)
    assert "articles.jsonl:1" in report.errors[0] and report.documents == 0


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_ingest_cli_accepts_engine(tmp_path, index_path, engine):
    proc = _ingest(tmp_path / f"{engine}.sqlite", index_path, "--engine", engine, "--workers", "1")
    assert proc.returncode == 0 and "incidents stored" in proc.stdout
