"""ACLED/UCDP import, GeoJSON and CSV export, and the round trip export -> import."""

from __future__ import annotations

import csv
import io
import json
import math

from click.testing import CliRunner, Result
from geojson_pydantic import FeatureCollection

from cli import main
from incidents.export import feature, write_csv, write_geojson
from incidents.importers import import_csv
from incidents.query import IncidentFilter, query_features, query_incidents
from incidents.storage import Store
from tests.paths import DATA


def cli(*args: str) -> Result:
    """The command as a user runs it, in this process."""
    return CliRunner().invoke(main, list(args))


def test_acled_import_lists_bad_rows_and_keeps_good_ones(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    report = import_csv("acled", DATA / "acled_sample.csv", store)
    assert report.written == 4
    assert len(report.errors) == 4
    joined = "\n".join(report.errors)
    assert "acled_sample.csv:6: event_date" in joined
    assert "acled_sample.csv:7: latitude" in joined
    assert "acled_sample.csv:8: event_type" in joined
    assert "acled_sample.csv:9: fatalities" in joined
    rec = store.get("UKR900002")
    assert rec["event_date"] == "2025-06-03" and rec["location"] == "Andriivka"


def test_ucdp_import_maps_deaths_and_precision(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    report = import_csv("ucdp", DATA / "ucdp_sample.csv", store)
    assert report.written == 2, report.errors
    assert any(":4: type_of_violence" in e for e in report.errors)
    assert any(":5: latitude" in e for e in report.errors)
    avdiivka = store.get("UCDP-500001")
    assert (avdiivka["fatalities_low"], avdiivka["fatalities"], avdiivka["fatalities_high"]) == (30, 40, 60)
    assert avdiivka["geo_precision"] == 1 and avdiivka["event_type"] == "Battles"
    kharkiv = store.get("UCDP-500002")
    assert kharkiv["time_precision"] == 3 and kharkiv["geo_precision"] == 3
    assert kharkiv["event_type"] == "Violence against civilians"


def test_import_cli_reports_and_exit_codes(tmp_path):
    db = str(tmp_path / "s.sqlite")
    proc = cli("import", "acled", str(DATA / "acled_sample.csv"), "--db", db)
    assert proc.exit_code == 0
    assert "4 rows imported, 4 rejected" in proc.stdout
    assert "acled_sample.csv:6" in proc.stderr and "Traceback" not in proc.stderr
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    proc = cli("import", "acled", str(bad), "--db", db)
    assert proc.exit_code == 1 and "UTF-8" in proc.stderr and "Traceback" not in proc.stderr


def _store_with_data(tmp_path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    import_csv("acled", DATA / "acled_sample.csv", store)
    import_csv("ucdp", DATA / "ucdp_sample.csv", store)
    return store


def test_geojson_is_rfc7946(tmp_path):
    store = _store_with_data(tmp_path)
    out = io.StringIO()
    n = write_geojson(query_incidents(store), out)
    doc = json.loads(out.getvalue())
    FeatureCollection.model_validate(doc)  # validator package
    assert n == len(doc["features"]) == store.count()
    assert "crs" not in doc
    sumy = next(f for f in doc["features"] if f["id"] == "UKR900001")
    lon, lat = sumy["geometry"]["coordinates"]
    assert (round(lon, 2), round(lat, 2)) == (34.8, 50.92)  # [lon, lat]
    for f in doc["features"]:
        for v in f["properties"].values():
            assert not (isinstance(v, float) and math.isnan(v))
    assert "GeoNames" in doc["metadata"]["attribution"]


def test_filters_shared_by_cli_and_library(tmp_path, boundaries):
    store = _store_with_data(tmp_path)
    ids = {r["event_id"] for r in query_incidents(store, IncidentFilter(regions=["sumy"]))}
    assert ids == {"UKR900001", "UKR900002"}
    flt = IncidentFilter(since="2025-06-04", types=["Explosions/Remote violence"], min_fatalities=1)
    assert {r["event_id"] for r in query_incidents(store, flt)} == {"UKR900003"}
    proc = cli("export", "--db", str(store.path), "--region", "Sumy Oblast", "--format", "geojson")
    assert {f["id"] for f in json.loads(proc.stdout)["features"]} == ids
    proc = cli("export", "--db", str(store.path), "--region", "Kharkov region", "--format", "geojson")
    # decided by polygon: the UCDP row spells its region "Kharkiv oblast" and is still found
    assert {f["id"] for f in json.loads(proc.stdout)["features"]} == {"UKR900003", "UCDP-500002"}
    assert cli("export", "--db", str(store.path), "--since", "June 3").exit_code == 2


def test_csv_neutralises_formulas_and_round_trips(tmp_path):
    store = _store_with_data(tmp_path)
    out = tmp_path / "out.csv"
    with open(out, "w", newline="", encoding="utf-8") as fh:
        write_csv(query_incidents(store), fh)
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    evil = next(r for r in rows if r["event_id"] == "UKR900003")
    assert evil["notes"].startswith("'=HYPERLINK")
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@")), value
    copy = Store(tmp_path / "copy.sqlite")
    report = import_csv("acled", out, copy)
    assert report.errors == [] and report.written == store.count()
    for a in query_incidents(store):
        b = copy.get(a["event_id"])
        for key, value in a.items():
            if key not in ("created", "updated"):
                assert b[key] == value, (key, a[key], b[key])


def test_sql_built_features_equal_python_built_ones(tmp_path):
    store = _store_with_data(tmp_path)
    fast = [json.loads(t) for t in query_features(store)]
    slow = [json.loads(json.dumps(feature(r))) for r in query_incidents(store)]
    assert fast == slow


def test_region_filter_by_polygon_when_outlines_are_available(tmp_path, boundaries):
    store = Store(tmp_path / "s.sqlite")
    # admin1 says Kharkiv, but the point lies in Sumy oblast: polygons decide, not strings
    store.add([{"event_id": "P1", "event_date": "2025-01-01", "event_type": "Battles", "location": "x",
                "admin1": "Kharkiv", "latitude": 50.9174, "longitude": 34.7991},
               {"event_id": "P2", "event_date": "2025-01-01", "event_type": "Battles", "location": "y",
                "admin1": "Sumy", "latitude": 49.98, "longitude": 36.25}], dedupe=False)
    flt = IncidentFilter(regions=["Sumy"])
    assert [r["event_id"] for r in query_incidents(store, flt, boundaries=boundaries)] == ["P1"]
    assert [r["event_id"] for r in query_incidents(store, flt)] == ["P2"]  # no outlines: admin names
    assert [json.loads(f)["id"] for f in query_features(store, flt, boundaries)] == ["P1"]
    raion = next(n for n in boundaries.raions if n.startswith("Sumy"))
    assert [r["event_id"] for r in query_incidents(store, IncidentFilter(regions=[raion]),
                                                   boundaries=boundaries)] == ["P1"]
