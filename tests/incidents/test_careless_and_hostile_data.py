"""Careless and hostile data: exact round trips through our CSV, raw files as given, bounds, NUL."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidents.export import write_csv
from incidents.importers import import_csv
from incidents.query import query_incidents
from incidents.record import EVENT_TYPES, FIELDS
from incidents.storage import Store

# 3. export -> import is exact; a raw file is data as given
TEXT_FIELDS = ("location", "notes", "actor1", "actor2", "admin1", "admin2", "source", "source_quote",
               "sub_event_type", "civilian_targeting", "country", "source_url")
# any text but NUL (which the store refuses), with the characters a spreadsheet or CSV reader cares about often
_tricky = st.text(alphabet=st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=30)
_lead = st.sampled_from(["", "'", "=", "+", "-", "@", "\t", "\r", "\n", " ", "''", "'=", "\"", ","])
values = st.builds(lambda a, b: a + b, _lead, _tricky).filter(bool)


def _records(draw_values: list[str], n: int) -> list[dict]:
    out = []
    for i in range(n):
        rec = {"event_id": f"R{i}", "event_date": "2025-06-03", "event_type": EVENT_TYPES[i % len(EVENT_TYPES)],
               "latitude": 50.9 + i / 7, "longitude": -34.8 - i / 3, "fatalities": i, "confidence": 0.5,
               "status": "reviewed", "created": "2025-06-03T10:00:00", "updated": "2025-06-04T10:00:00"}
        for j, field in enumerate(TEXT_FIELDS):
            rec[field] = draw_values[(i * len(TEXT_FIELDS) + j) % len(draw_values)]
        out.append(rec)
    return out


def _export(store: Store) -> str:
    out = io.StringIO()
    write_csv(query_incidents(store), out)
    return out.getvalue()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(values, min_size=1, max_size=40))
def test_our_csv_export_imported_again_restores_every_string_exactly(drawn):
    records = _records(drawn, 3)
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "first.csv"
        with open(first, "w", encoding="utf-8", newline="") as fh:
            write_csv(records, fh)  # as stored, untrimmed
        store = Store(Path(tmp) / "a.sqlite")
        report = import_csv("acled", first, store)
        assert report.errors == [] and report.written == 3
        for rec in records:
            got = store.get(rec["event_id"])
            for field in (*TEXT_FIELDS, "created", "updated", "latitude", "longitude"):
                assert got[field] == rec[field], (field, rec[field], got[field])
        assert _export(store) == first.read_bytes().decode("utf-8")
        store.close()


def test_a_raw_acled_file_is_imported_as_given(tmp_path):
    raw = tmp_path / "acled.csv"
    with open(raw, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["event_id_cnty", "event_date", "event_type", "location", "latitude", "longitude",
                         "notes", "actor1", "fatalities"])
        writer.writerow(["UKR1", "2024-05-03", "Battles", "'+place", "50.9", "34.8", "'-5 km east",
                         "  Military Forces of Russia  (2000-)  ", "2"])
    store = Store(tmp_path / "s.sqlite")
    assert import_csv("acled", raw, store).errors == []
    row = store.get("UKR1")
    assert row["location"] == "'+place" and row["notes"] == "'-5 km east"
    assert row["actor1"] == "Military Forces of Russia  (2000-)"  # only the padding at the edges goes
    # and our export of it comes back the same again
    out = tmp_path / "out.csv"
    out.write_bytes(_export(store).encode("utf-8"))
    copy = Store(tmp_path / "copy.sqlite")
    assert import_csv("acled", out, copy).errors == []
    assert {k: v for k, v in copy.get("UKR1").items()} == {k: v for k, v in row.items()}


def test_the_export_marks_itself_and_neutralises_formulas():
    text = io.StringIO()
    write_csv([{"event_id": "X", "notes": "=1+1", "location": "'quoted", "fatalities": 1}], text)
    header, row = list(csv.reader(io.StringIO(text.getvalue())))
    assert header[:len(FIELDS)] == list(FIELDS) and header[-1] == "incident_map_export"
    assert row[FIELDS.index("notes")] == "'=1+1" and row[FIELDS.index("location")] == "''quoted"


# also seen: bounds on imported numbers and dates
def test_implausible_numbers_and_dates_are_rejected_with_file_line_and_field(tmp_path):
    raw = tmp_path / "acled.csv"
    raw.write_text("event_id,event_date,event_type,location,latitude,longitude,fatalities,injured\n"
                   "A,2024-05-03,Battles,Sumy,50.9,34.8,1000000000,\n"
                   "B,0001-01-01,Battles,Sumy,50.9,34.8,1,\n"
                   "C,9999-12-31,Battles,Sumy,50.9,34.8,1,\n"
                   "D,2024-05-03,Battles,Sumy,50.9,34.8,1,200000\n"
                   "E,2024-05-03,Battles,Sumy,50.9,34.8,3,4\n", encoding="utf-8")
    store = Store(tmp_path / "s.sqlite")
    report = import_csv("acled", raw, store)
    assert report.written == 1 and store.get("E")["fatalities"] == 3
    assert [e.split(": ", 2)[:2] for e in report.errors] == [
        [f"{raw}:2", "fatalities"], [f"{raw}:3", "event_date"], [f"{raw}:4", "event_date"], [f"{raw}:5", "injured"]]


def test_nul_characters_are_refused_everywhere(tmp_path):
    from incidents.ingest import iter_documents
    from incidents.record import RecordError, clean_record

    with pytest.raises(RecordError, match="notes: contains NUL"):
        clean_record({"event_date": "2025-01-01", "event_type": "Battles", "location": "x", "latitude": 1,
                      "longitude": 2, "notes": "a\x00b"})
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": "Shelling of Nikopol\u0000 killed one man.", "published": "2025-01-15"})
                    + "\n", encoding="utf-8")
    errors: list[str] = []
    assert list(iter_documents([str(feed)], None, errors)) == []
    assert errors == [f"{feed}:1: text: binary data (NUL characters), not text"]
