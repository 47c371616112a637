"""`incident-map extract` and `incident-map ingest` driven as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from geojson_pydantic import FeatureCollection

from incidents.storage import Store
from tests.paths import SEEDS

pytestmark = [pytest.mark.server]


def run(*args: str, stdin: bytes | None = None, index_path=None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "cli", *args]
    if index_path is not None:
        cmd += ["--index", str(index_path)]
    return subprocess.run(cmd, input=stdin, capture_output=True, timeout=300, env=os.environ.copy())


def seed_file() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


def test_extract_prints_valid_geojson(index_path):
    proc = run("extract", str(seed_file()), "--published", "2025-06-03", index_path=index_path)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    FeatureCollection.model_validate(doc)
    places = {f["properties"]["location"] for f in doc["features"]}
    assert places == {"Sumy", "Kharkiv Oblast", "Andriivka", "Crimean Bridge"}
    sumy = next(f for f in doc["features"] if f["properties"]["location"] == "Sumy")
    assert sumy["geometry"]["coordinates"] == [34.79906, 50.91741]


def test_extract_from_stdin_as_csv_and_json(index_path):
    text = b"Russian artillery shelled Kupyansk yesterday, killing two civilians and wounding five."
    proc = run("extract", "-", "--published", "2024-11-05", "--format", "json", stdin=text, index_path=index_path)
    (inc,) = json.loads(proc.stdout)
    assert (inc["location"], inc["event_date"], inc["fatalities"], inc["injured"]) == ("Kupyansk", "2024-11-04", 2, 5)
    proc = run("extract", "-", "--published", "2024-11-05", "--format", "csv", stdin=text, index_path=index_path)
    assert proc.stdout.decode().splitlines()[0].startswith("event_id,event_date")


def test_extract_bad_date_is_a_usage_error(index_path):
    proc = run("extract", str(seed_file()), "--published", "yesterday", index_path=index_path)
    assert proc.returncode == 2 and b"published" in proc.stderr and b"Traceback" not in proc.stderr


def test_ingest_skips_bad_files_and_keeps_the_rest(tmp_path, index_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(seed_file().read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (docs / "latin1.txt").write_bytes("Kharkiv \xe9t\xe9".encode("latin-1"))
    lines = [
        json.dumps({"text": "A Russian drone hit a car in Kherson on Monday, wounding two men.",
                    "published": "2025-01-15", "url": "https://example.org/a"}),
        '{"text": "broken json',
        json.dumps({"published": "2025-01-15"}),
        json.dumps({"text": "Shelling of Nikopol killed one man.", "published": "15/13/2025"}),
    ]
    (docs / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    proc = run("ingest", str(docs), "--published", "2025-06-03", "--db", str(db), "--quiet", index_path=index_path)
    assert proc.returncode == 1, proc.stderr  # the good ones are stored; the status says some were not
    err = proc.stderr.decode()
    assert "binary.txt: binary file" in err
    assert "latin1.txt: not UTF-8" in err
    assert "feed.jsonl:2: broken JSON" in err
    assert "feed.jsonl:3: text: missing" in err
    assert "feed.jsonl:4: published" in err
    assert "Traceback" not in err
    store = Store(db)
    assert store.count() == 5
    kherson = next(r for r in store.db.execute("SELECT * FROM incidents WHERE location = 'Kherson'"))
    assert kherson["source_url"] == "https://example.org/a" and kherson["injured"] == 2
    again = run("ingest", str(docs), "--published", "2025-06-03", "--db", str(db), "--quiet", index_path=index_path)
    assert b"0 incidents stored" in again.stdout and Store(db).count() == 5


def test_text_file_without_date_is_reported(tmp_path, index_path):
    f = tmp_path / "a.txt"
    f.write_text("Shelling of Nikopol killed one man.", encoding="utf-8")
    proc = run("ingest", str(f), "--db", str(tmp_path / "s.sqlite"), "--quiet", index_path=index_path)
    assert b"a.txt: no publication date" in proc.stderr


def test_ingest_of_a_missing_path_exits_1_and_stores_the_rest(tmp_path, index_path):
    good = tmp_path / "good.txt"
    good.write_text("Shelling of Nikopol killed one man.", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    proc = run("ingest", str(tmp_path / "missing.txt"), str(good), "--published", "2025-06-03", "--db", str(db),
               "--quiet", index_path=index_path)
    assert proc.returncode == 1
    assert b"missing.txt: no such file or directory" in proc.stderr and b"Traceback" not in proc.stderr
    assert Store(db).count() == 1
    again = run("ingest", str(good), "--published", "2025-06-03", "--db", str(db), "--quiet", index_path=index_path)
    assert again.returncode == 0


def test_extract_refuses_huge_or_binary_text_on_one_line(index_path):
    huge = b"Shelling of Nikopol killed one man. " * 150_000  # 5.4 MB
    proc = run("extract", "-", "--published", "2025-06-03", stdin=huge, index_path=index_path)
    assert proc.returncode == 1 and proc.stdout == b""
    assert proc.stderr.decode().strip().count("\n") == 0 and b"larger than 5 MB" in proc.stderr
    proc = run("extract", "-", "--published", "2025-06-03", stdin=b"Shelling of Nikopol\x00 killed one man.",
               index_path=index_path)
    assert proc.returncode == 1 and b"NUL" in proc.stderr and proc.stdout == b""
