"""An analyst at the command line: extract, ingest, import and export, run in this process (click's
CliRunner) on a small hand-written gazetteer. The quick tier's command tests; the same commands as
separate processes on the real dump are in test_extract_and_ingest_commands.py."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner, Result
from geojson_pydantic import FeatureCollection

from cli import main
from incidents.storage import Store
from tests.paths import DATA

# written for these tests; the facts follow the seed article
REPORT = ("A Russian missile strike on the city of Sumy killed four people and injured 20 on Tuesday. "
          "Separately, Russia said its forces had captured the village of Andriivka in the Sumy region.")


def run(*args: str, stdin: bytes | str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def test_extract_prints_one_geojson_feature_collection(mini_index):
    result = run("extract", "-", "--published", "2025-06-03", "--index", str(mini_index), stdin=REPORT)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    FeatureCollection.model_validate(doc)
    by_place = {f["properties"]["location"]: f for f in doc["features"]}
    assert set(by_place) == {"Sumy", "Andriivka"}
    sumy = by_place["Sumy"]["properties"]
    assert (sumy["fatalities"], sumy["injured"], sumy["event_date"]) == (4, 20, "2025-06-03")
    assert by_place["Sumy"]["geometry"]["coordinates"] == [34.79906, 50.91741]  # [lon, lat]
    assert by_place["Andriivka"]["properties"]["geonameid"] == 713416  # the border village, not a namesake


def test_extract_as_csv_carries_the_export_marker(mini_index):
    result = run("extract", "-", "--published", "2025-06-03", "--format", "csv", "--index", str(mini_index),
                 stdin=REPORT)
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[:2] == ["event_id", "event_date"] and header[-1] == "incident_map_export"


def test_extract_refuses_huge_binary_or_undated_input_on_one_line(mini_index):
    huge = run("extract", "-", "--published", "2025-06-03", "--index", str(mini_index), stdin=b"war " * 1_400_000)
    assert huge.exit_code == 1 and huge.stdout == "" and "larger than 5 MB" in huge.stderr
    assert huge.stderr.strip().count("\n") == 0
    binary = run("extract", "-", "--published", "2025-06-03", "--index", str(mini_index), stdin=b"Sumy\x00 hit")
    assert binary.exit_code == 1 and "NUL" in binary.stderr and binary.stdout == ""
    latin1 = run("extract", "-", "--published", "2025-06-03", "--index", str(mini_index),
                 stdin="Kharkiv \xe9t\xe9".encode("latin-1"))
    assert latin1.exit_code == 1 and "not UTF-8" in latin1.stderr
    undated = run("extract", "-", "--published", "yesterday", "--index", str(mini_index), stdin=REPORT)
    assert undated.exit_code == 2 and "published" in undated.stderr


def test_ingest_stores_what_it_can_and_exits_1_when_a_path_failed(tmp_path, mini_index):
    good = tmp_path / "report.txt"
    good.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "s.sqlite"
    result = run("ingest", str(tmp_path / "missing.txt"), str(good), "--published", "2025-06-03", "--db", str(db),
                 "--quiet", "--index", str(mini_index))
    assert result.exit_code == 1
    assert "missing.txt: no such file or directory" in result.stderr
    assert Store(db).count() == 2
    again = run("ingest", str(good), "--published", "2025-06-03", "--db", str(db), "--quiet",
                "--index", str(mini_index))
    assert again.exit_code == 0 and "0 incidents stored" in again.stdout and Store(db).count() == 2


def test_import_then_export_then_import_again_changes_nothing(tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    result = run("import", "acled", str(DATA / "acled_sample.csv"), "--db", str(first))
    assert result.exit_code == 0 and "4 rows imported, 4 rejected" in result.stdout
    assert "acled_sample.csv:6: event_date" in result.stderr
    exported = tmp_path / "out.csv"
    assert run("export", "--db", str(first), "--format", "csv", "-o", str(exported)).exit_code == 0
    assert run("import", "acled", str(exported), "--db", str(second)).exit_code == 0
    again = run("export", "--db", str(second), "--format", "csv")
    assert again.stdout_bytes == exported.read_bytes()


def test_export_geojson_is_rfc_7946_and_bad_filters_are_usage_errors(tmp_path):
    db = tmp_path / "s.sqlite"
    run("import", "acled", str(DATA / "acled_sample.csv"), "--db", str(db))
    result = run("export", "--db", str(db), "--min-fatalities", "1")
    doc = json.loads(result.stdout)
    FeatureCollection.model_validate(doc)
    assert "crs" not in doc and doc["features"]
    assert all(f["properties"]["fatalities"] >= 1 for f in doc["features"])
    assert "GeoNames" in doc["metadata"]["attribution"]
    assert run("export", "--db", str(db), "--type", "Picnic").exit_code == 2
    assert run("export", "--db", str(db), "--since", "June 3").exit_code == 2


def test_a_casualty_range_in_the_text_reaches_the_store_and_the_export(tmp_path, mini_index):
    report = tmp_path / "report.txt"
    report.write_text("At least 7 people were killed when a missile hit Sumy on Monday.", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    assert run("ingest", str(report), "--published", "2025-06-03", "--db", str(db), "--quiet",
               "--index", str(mini_index)).exit_code == 0
    (row,) = Store(db).rows("SELECT fatalities_low, fatalities, fatalities_high FROM incidents")
    assert (row["fatalities_low"], row["fatalities"], row["fatalities_high"]) == (7, 7, None)
    exported = next(csv.DictReader(io.StringIO(run("export", "--db", str(db), "--format", "csv").stdout)))
    assert (exported["fatalities_low"], exported["fatalities"], exported["fatalities_high"]) == ("7", "7", "")


def test_a_range_that_contradicts_its_best_estimate_is_rejected_on_its_line(tmp_path):
    raw = tmp_path / "ranges.csv"
    raw.write_text("event_id,event_date,event_type,location,latitude,longitude,fatalities,fatalities_low\n"
                   "A,2024-05-03,Battles,Sumy,50.9,34.8,3,5\n"
                   "B,2024-05-03,Battles,Sumy,50.9,34.8,5,3\n", encoding="utf-8")
    result = run("import", "acled", str(raw), "--db", str(tmp_path / "s.sqlite"))
    assert f"{raw}:2: fatalities: 3 is less than fatalities_low 5" in result.stderr
    assert "1 rows imported, 1 rejected" in result.stdout
