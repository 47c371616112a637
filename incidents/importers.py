"""Importing ACLED exports and UCDP GED files: map columns, validate rows, write valid rows in one
transaction, list bad rows with line numbers and reasons."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .export import EXPORT_MARKER, unneutralise
from .record import BATTLES, FIELDS, VAC, RecordError, clean_record, parse_date
from .storage import Store

MAX_FIELD = 1_000_000


@dataclass
class ImportReport:
    """What an import did: rows written and rows rejected (``file:line: field: reason``)."""

    path: str
    written: int = 0
    errors: list[str] = field(default_factory=list)


def _acled(row: dict) -> dict:
    """A raw ACLED row is data as given (an apostrophe at the start of a value is kept); our own
    export (marked by its last column) is read back exactly, undoing the formula neutralising."""
    ours = bool(row.get(EXPORT_MARKER))
    rec = {f: unneutralise(row[f]) if ours else row[f] for f in FIELDS if row.get(f) not in (None, "")}
    if not rec.get("event_id"):
        rec["event_id"] = row.get("event_id_cnty") or row.get("data_id")
    if not rec.get("source_url") and row.get("source_url"):
        rec["source_url"] = row["source_url"]
    return rec


_UCDP_TYPES = {"1": (BATTLES, "Armed clash", ""), "2": (BATTLES, "Armed clash", ""),
               "3": (VAC, "Attack", "Civilian targeting")}
_UCDP_DATE_PREC = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3}
_UCDP_WHERE_PREC = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3, "6": 3, "7": 3}


def _ucdp(row: dict) -> dict:
    kind = _UCDP_TYPES.get(str(row.get("type_of_violence", "")).strip())
    if kind is None:
        raise RecordError("type_of_violence", f"must be 1, 2 or 3, not {row.get('type_of_violence')!r}")
    start = parse_date(row.get("date_start") or "", "date_start")
    end = parse_date(row["date_end"], "date_end") if row.get("date_end") else start
    precision = _UCDP_DATE_PREC.get(str(row.get("date_prec", "")).strip(), 1)
    if end != start:
        precision = max(precision, 2)
    notes = f"UCDP {row.get('dyad_name') or row.get('conflict_name') or ''} ({start} to {end})"
    return {
        "event_id": f"UCDP-{row.get('id') or row.get('relid')}", "event_date": start, "time_precision": precision,
        "event_type": kind[0], "sub_event_type": kind[1], "civilian_targeting": kind[2],
        "actor1": row.get("side_a"), "actor2": row.get("side_b"), "country": row.get("country"),
        "admin1": row.get("adm_1"), "admin2": row.get("adm_2"),
        "location": row.get("where_coordinates") or row.get("where_description") or row.get("adm_1"),
        "latitude": row.get("latitude"), "longitude": row.get("longitude"),
        "geo_precision": _UCDP_WHERE_PREC.get(str(row.get("where_prec", "")).strip()),
        "fatalities": row.get("best"), "fatalities_low": row.get("low"), "fatalities_high": row.get("high"),
        "source": row.get("source_office") or "UCDP GED",
        "source_quote": (row.get("source_headline") or "")[:2000] or None, "notes": notes,
        "published": row.get("source_date") or None, "status": "reviewed",
    }


MAPPERS: dict[str, Callable[[dict], dict]] = {"acled": _acled, "ucdp": _ucdp}
REQUIRED = {"acled": ("event_date", "latitude", "longitude", "event_type"),
            "ucdp": ("date_start", "latitude", "longitude", "type_of_violence")}


def read_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, row) for each CSV record; line numbers count the header as line 1."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordError("file", f"not UTF-8 text (byte {exc.start})") from None
    csv.field_size_limit(MAX_FIELD)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames:
        raise RecordError("file", "empty file, no header")
    line = reader.line_num
    for row in reader:
        yield line + 1, row
        line = reader.line_num


def import_csv(kind: str, path: str | Path, store: Store) -> ImportReport:
    """Import one ACLED or UCDP CSV; valid rows are written in one transaction."""
    path = Path(path)
    report = ImportReport(str(path))
    mapper = MAPPERS[kind]
    records = []
    try:
        rows = list(read_rows(path))
    except (OSError, RecordError) as exc:
        report.errors.append(f"{path}: {exc}")
        return report
    except csv.Error as exc:
        report.errors.append(f"{path}: not a readable CSV file ({exc})")
        return report
    if rows:
        missing = [c for c in REQUIRED[kind] if c not in rows[0][1] and not (c == "event_id")]
        if missing:
            report.errors.append(f"{path}:1: header: missing column(s) {', '.join(missing)} for a {kind} file")
            return report
    for line, row in rows:
        if None in row:
            report.errors.append(f"{path}:{line}: row: more values than header columns")
            continue
        try:
            records.append(clean_record(mapper(row), trim=not row.get(EXPORT_MARKER)))
        except RecordError as exc:
            report.errors.append(f"{path}:{line}: {exc}")
    if records:
        with store.transaction():
            for rec in records:
                store._write(rec, dedupe=False)
    report.written = len(records)
    return report
