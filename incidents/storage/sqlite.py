"""The incident store: SQLite in WAL mode, versioned migrations, safe with concurrent writers.

Writes run in ``BEGIN IMMEDIATE`` transactions with a generous busy timeout, so several
``incident-map ingest`` processes can write one file at once. Incidents reported by several
articles (same type, same date, within 10 km) are merged into one row with all their sources;
the merge is order-independent, so parallel and sequential runs keep the same rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from gazetteer.borders import haversine_km

from ..record import FIELDS, RANGE_FIELDS, STATUSES, clean_record, fit_ranges
from ..settings import default_db_path
from .sql import admin_clause, bbox_clause, search_clause

DEDUPE_KM = 10.0

STATUS_CHECK = f"CHECK (status IN ({', '.join(repr(s) for s in STATUSES)}))"


def rebuild_incidents(db: sqlite3.Connection) -> None:
    """Rebuild the incidents table with the status CHECK of :data:`STATUSES` (SQLite cannot alter a
    CHECK): SQLite's own recipe (sqlite.org/lang_altertable.html, "other kinds of schema changes").
    A new table from the current definition, rows copied with their rowids (so any external-content
    full-text index stays valid), the old one dropped, the new one renamed, and every index and
    trigger the old table had created again (views naming it are left as written). Runs in the
    migration's transaction, with foreign keys off (see :meth:`Store._migrate`), so dropping the old
    table cascades to no source row; a broken foreign key found afterwards rolls it all back."""
    table = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'incidents'").fetchone()[0]
    new, n = re.subn(r"CHECK \(status IN \([^)]*\)\)", STATUS_CHECK, table)
    if n != 1:
        raise RuntimeError("migration: the incidents table has no status CHECK to replace")
    new = re.sub(r"^CREATE TABLE (\"?)incidents\1", "CREATE TABLE incidents_rebuilt", new)
    extras = [r[0] for r in db.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'incidents' "
                                       "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid")]
    columns = ", ".join(r[1] for r in db.execute("PRAGMA table_info(incidents)"))
    orphans = len(db.execute("PRAGMA foreign_key_check").fetchall())  # any from before are not ours to fix
    db.execute(new)
    db.execute(f"INSERT INTO incidents_rebuilt (rowid, {columns}) SELECT rowid, {columns} FROM incidents")
    db.execute("DROP TABLE incidents")
    # views and other tables' triggers naming "incidents" are left as written (SQLite's recipe)
    db.execute("PRAGMA legacy_alter_table = ON")
    try:
        db.execute("ALTER TABLE incidents_rebuilt RENAME TO incidents")
    finally:
        db.execute("PRAGMA legacy_alter_table = OFF")
    for sql in extras:
        db.execute(sql)
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if len(problems) > orphans:
        raise RuntimeError(f"migration: foreign keys broken by the rebuild: {[tuple(p) for p in problems[:3]]}")


def allow_rejected(db: sqlite3.Connection) -> None:
    """Migration 4: the status "rejected" (kept, hidden by default) and the review queue's index."""
    rebuild_incidents(db)
    db.execute("CREATE INDEX incidents_status_date ON incidents (status, event_date)")


RANGE_COLUMNS = "".join(f"ALTER TABLE incidents ADD COLUMN {name} INTEGER CHECK ({name} IS NULL OR {name} >= 0);\n"
                        for name in RANGE_FIELDS)
# the live sources (incidents.fetch): each followed feed or page with its last poll, and every article
# URL fetched (with its content hash), so a second run fetches nothing it already has
FETCH_TABLES = """
    CREATE TABLE live_sources (
        url TEXT PRIMARY KEY,
        kind TEXT,
        saved INTEGER NOT NULL DEFAULT 0,
        added TEXT NOT NULL,
        last_poll TEXT,
        last_status TEXT,
        last_error TEXT,
        new_items INTEGER,
        etag TEXT,
        last_modified TEXT
    );
    CREATE TABLE fetched_urls (
        url TEXT PRIMARY KEY,
        entry_id TEXT,
        source TEXT,
        content_hash TEXT,
        fetched_at TEXT NOT NULL
    );
    CREATE INDEX fetched_urls_entry ON fetched_urls (entry_id);
"""
# each migration: an SQL script, or a function run on the connection (both inside one transaction)
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 1: incidents, their sources, ingested documents
    """
    CREATE TABLE incidents (
        event_id TEXT PRIMARY KEY,
        event_date TEXT NOT NULL,
        time_precision INTEGER,
        event_type TEXT NOT NULL,
        sub_event_type TEXT,
        actor1 TEXT,
        actor2 TEXT,
        civilian_targeting TEXT,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        location TEXT NOT NULL,
        latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        geo_precision INTEGER,
        source TEXT,
        notes TEXT,
        fatalities INTEGER CHECK (fatalities IS NULL OR fatalities >= 0),
        injured INTEGER CHECK (injured IS NULL OR injured >= 0),
        geonameid INTEGER,
        source_url TEXT,
        published TEXT,
        source_quote TEXT,
        confidence REAL,
        status TEXT NOT NULL DEFAULT 'extracted' CHECK (status IN ('extracted', 'reviewed')),
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX incidents_date ON incidents (event_date);
    CREATE INDEX incidents_type_date ON incidents (event_type, event_date);
    CREATE INDEX incidents_lat ON incidents (latitude);
    CREATE TABLE incident_sources (
        event_id TEXT NOT NULL REFERENCES incidents (event_id) ON DELETE CASCADE ON UPDATE CASCADE,
        source TEXT NOT NULL DEFAULT '',
        source_url TEXT NOT NULL DEFAULT '',
        published TEXT,
        source_quote TEXT,
        PRIMARY KEY (event_id, source, source_url)
    );
    CREATE TABLE documents (
        digest TEXT PRIMARY KEY,
        source TEXT,
        url TEXT,
        published TEXT,
        incidents INTEGER NOT NULL,
        ingested TEXT NOT NULL
    );
    """,
    # 2: a change counter, so a copy (the dashboard's analytic mirror) can follow the store by its
    # changes: every written row gets the next revision; deleted or renamed ids leave a tombstone
    """
    CREATE TABLE store_meta (key TEXT PRIMARY KEY, value NOT NULL);
    INSERT INTO store_meta VALUES ('rev', 0);
    INSERT INTO store_meta VALUES ('store_id', lower(hex(randomblob(8))));
    ALTER TABLE incidents ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX incidents_rev ON incidents (rev);
    CREATE TABLE incident_tombstones (event_id TEXT PRIMARY KEY, rev INTEGER NOT NULL);
    CREATE TRIGGER incidents_rev_insert AFTER INSERT ON incidents BEGIN
        UPDATE store_meta SET value = value + 1 WHERE key = 'rev';
        UPDATE incidents SET rev = (SELECT value FROM store_meta WHERE key = 'rev') WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER incidents_rev_update AFTER UPDATE ON incidents WHEN NEW.rev = OLD.rev BEGIN
        UPDATE store_meta SET value = value + 1 WHERE key = 'rev';
        UPDATE incidents SET rev = (SELECT value FROM store_meta WHERE key = 'rev') WHERE rowid = NEW.rowid;
    END;
    CREATE TRIGGER incidents_rename AFTER UPDATE OF event_id ON incidents
    WHEN NEW.event_id <> OLD.event_id BEGIN
        INSERT INTO incident_tombstones VALUES (OLD.event_id, (SELECT value FROM store_meta WHERE key = 'rev'))
        ON CONFLICT (event_id) DO UPDATE SET rev = excluded.rev;
    END;
    CREATE TRIGGER incidents_delete AFTER DELETE ON incidents BEGIN
        UPDATE store_meta SET value = value + 1 WHERE key = 'rev';
        INSERT INTO incident_tombstones VALUES (OLD.event_id, (SELECT value FROM store_meta WHERE key = 'rev'))
        ON CONFLICT (event_id) DO UPDATE SET rev = excluded.rev;
    END;
    """,
    # 3: the casualty range beside the best estimate (a text's "at least 5", UCDP's low and high)
    RANGE_COLUMNS,
    # 4: live sources and fetched article URLs (incidents.fetch)
    FETCH_TABLES,
    # 5: the status "rejected" (kept, hidden by default), and the review queue's index
    allow_rejected,
]


def merge_counts(key: str, a: dict, b: dict) -> dict:
    """Two reports' ``key`` count ("fatalities" or "injured") as one incident's best, low and high.

    The rule (README, "Several sources per incident"): the best estimate is the highest count any
    source gives (tolls grow as reports update). When the sources disagree, the low is the smallest
    count or low bound any of them gives and the high the largest count or high bound, as UCDP keeps
    low / best / high; when they agree, the bounds are the ones the sources stated (else unknown).
    Only min and max: the result is the same whatever order the reports arrive in."""
    bests = [v for r in (a, b) if (v := r.get(key)) is not None]
    stated_lows = [v for r in (a, b) if (v := r.get(f"{key}_low")) is not None]
    stated_highs = [v for r in (a, b) if (v := r.get(f"{key}_high")) is not None]
    if len(set(bests)) > 1:
        return {key: max(bests), f"{key}_low": min(stated_lows + bests), f"{key}_high": max(stated_highs + bests)}
    return {key: bests[0] if bests else None, f"{key}_low": min(stated_lows, default=None),
            f"{key}_high": max(stated_highs, default=None)}


# a person's decision outlives a new report of the same incident: reviewed, then rejected, then extracted
STATUS_RANK = {"reviewed": 2, "rejected": 1, "extracted": 0}


def merge_status(a: str | None, b: str | None) -> str:
    """The merged incident's status: the stronger of the two (see :data:`STATUS_RANK`)."""
    return max((a or "extracted", b or "extracted"), key=lambda s: STATUS_RANK.get(s, 0))


_UPSERT = (f"INSERT INTO incidents ({', '.join(FIELDS)}) VALUES ({', '.join('?' for _ in FIELDS)}) "
           f"ON CONFLICT (event_id) DO UPDATE SET "
           + ", ".join(f"{f} = excluded.{f}" for f in FIELDS if f not in ("event_id", "created")))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def document_digest(text: str, published: str) -> str:
    """Identity of an ingested document: the same text and date is never ingested twice."""
    return hashlib.sha256(f"{published}\n{text}".encode()).hexdigest()


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a script, trigger bodies kept whole."""
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            yield buf.strip()
            buf = ""
    if buf.strip():
        yield buf.strip()


def _lower(value):
    """Unicode lower case for SQL's lower() (NULL and numbers pass through)."""
    return value.lower() if isinstance(value, str) else value


class Store:
    """An incident database file; open with ``Store(path)`` (default: the user data directory)."""

    path: Path | str  # where the data is: a file, or (PostgreSQL) the server URL without its password
    db: Any  # the engine's connection

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_db_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=120, isolation_level=None, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        # SQLite's own lower() folds ASCII only: searching "запоріжжя" must find "Запоріжжя"
        self.db.create_function("lower", 1, _lower, deterministic=True)
        self.db.execute("PRAGMA busy_timeout = 120000")
        self._retry(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self._migrate()

    def _retry(self, fn, attempts: int = 50):
        for i in range(attempts):
            try:
                return fn()
            except sqlite3.OperationalError as exc:
                if ("locked" not in str(exc) and "busy" not in str(exc)) or i == attempts - 1:
                    raise
                time.sleep(0.05 * (i + 1))
        return None

    def _migrate(self) -> None:
        def run() -> None:
            with self.transaction():
                version = self.db.execute("PRAGMA user_version").fetchone()[0]
                for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                    if callable(script):
                        script(self.db)
                    else:
                        for statement in _statements(script):
                            self.db.execute(statement)
                    self.db.execute(f"PRAGMA user_version = {number}")

        if self.schema_version >= len(MIGRATIONS):
            return
        # a table rebuild must not cascade to the sources: foreign keys off (outside any transaction)
        self.db.execute("PRAGMA foreign_keys = OFF")
        try:
            self._retry(run)
        finally:
            self.db.execute("PRAGMA foreign_keys = ON")

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that takes the write lock up front (no deadlocks between writers)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # dialect: what differs between SQLite and PostgreSQL (see incidents.storage.postgres) ---------------
    dialect = "sqlite"

    def execute(self, sql: str, params: Iterable = ()):
        """Run one statement written with ``?`` placeholders; returns the cursor."""
        return self.db.execute(sql, tuple(params))

    def scalar(self, sql: str, params: Iterable = ()):
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def rows(self, sql: str, params: Iterable = ()) -> Iterator[dict]:
        return (dict(row) for row in self.execute(sql, params))

    @staticmethod
    def contains(expr: str) -> str:
        """SQL test: the (lower-cased) text ``expr`` contains the next parameter."""
        return f"instr({expr}, ?) > 0"

    def search(self, kind: str, needle: str) -> tuple[str, list]:
        return search_clause(self, kind, needle)

    @staticmethod
    def floor(expr: str) -> str:
        return f"(CAST({expr} + 1000000000 AS INTEGER) - 1000000000)"  # floor without the math extension

    @staticmethod
    def week(expr: str) -> str:
        """The Monday starting the week of an ISO date."""
        return f"date({expr}, 'weekday 0', '-6 days')"

    def region_clause(self, names: list[str], boundaries) -> tuple[str, list, object]:
        """SQLite has no polygons: the outlines' bounding box here, the exact test by the caller."""
        area = boundaries.selection(names) if boundaries is not None else None
        if area is None:
            return (*admin_clause(names), None)
        return (*bbox_clause(area), area)

    def locates_regions(self, boundaries) -> bool:
        return False  # no region columns: the caller decides by point in polygon

    @property
    def label(self) -> str:
        return str(self.path)

    @contextmanager
    def reader(self) -> Iterator:
        """A read-only connection of its own on one consistent snapshot (WAL), for bulk copies."""
        if str(self.path) == ":memory:":
            yield self.db
            return
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=120)
        try:
            db.execute("BEGIN")
            yield db
        finally:
            db.close()

    def revision(self) -> tuple[str, int]:
        """(store id, change counter): a copy taken at this revision is current until it changes."""
        rows = dict(self.execute("SELECT key, value FROM store_meta").fetchall())
        return str(rows["store_id"]), int(rows["rev"])

    # writing ---------------------------------------------------------------------------------
    def _insert(self, rec: dict) -> None:
        now = _now()
        rec = {**rec, "created": rec.get("created") or now, "updated": rec.get("updated") or now}
        self.execute(_UPSERT, [rec[f] for f in FIELDS])
        self._add_source(rec["event_id"], rec)

    def _add_source(self, event_id: str, rec: dict) -> None:
        if rec.get("source") or rec.get("source_url") or rec.get("source_quote"):
            self.execute("INSERT INTO incident_sources VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            (event_id, rec.get("source") or "", rec.get("source_url") or "", rec.get("published"),
                             rec.get("source_quote")))

    def _twin(self, rec: dict) -> sqlite3.Row | None:
        dlat = DEDUPE_KM / 110.0
        rows = self.execute(
            f"SELECT {', '.join(FIELDS)} FROM incidents WHERE event_type = ? AND event_date = ? "
            "AND latitude BETWEEN ? AND ?",
            (rec["event_type"], rec["event_date"], rec["latitude"] - dlat, rec["latitude"] + dlat)).fetchall()
        near = [r for r in rows
                if haversine_km(r["latitude"], r["longitude"], rec["latitude"], rec["longitude"]) <= DEDUPE_KM]
        return min(near, key=lambda r: r["event_id"]) if near else None

    def merge_into(self, row: sqlite3.Row, rec: dict) -> str:
        """Merge ``rec`` into ``row``; the smaller event id leads, whatever the arrival order."""
        old = dict(row)
        lead, other = (old, rec) if old["event_id"] <= rec["event_id"] else (rec, old)
        merged = dict(lead)
        for key in FIELDS:
            if merged.get(key) in (None, "") and other.get(key) not in (None, ""):
                merged[key] = other[key]
        for key in ("fatalities", "injured"):
            merged.update(merge_counts(key, old, rec))
        merged["confidence"] = max((v for v in (old.get("confidence"), rec.get("confidence")) if v is not None),
                                   default=None)
        merged["status"] = merge_status(old["status"], rec.get("status"))
        merged["created"] = old["created"]
        merged["updated"] = _now()
        if merged["event_id"] != old["event_id"]:
            self.execute("UPDATE incidents SET event_id = ? WHERE event_id = ?",
                            (merged["event_id"], old["event_id"]))
        self._insert(merged)
        self._add_source(merged["event_id"], rec)
        return merged["event_id"]

    def add(self, records: Iterable[dict], dedupe: bool = True) -> list[str]:
        """Validate and write records in one transaction; returns their (possibly merged) ids.
        Raises :class:`~incidents.record.RecordError` before writing anything if one is invalid."""
        clean = [clean_record(r) for r in records]
        with self.transaction():
            return [self._write(rec, dedupe) for rec in clean]

    def _write(self, rec: dict, dedupe: bool) -> str:
        if not rec["event_id"]:
            rec["event_id"] = "M" + hashlib.sha256(repr(sorted(rec.items())).encode()).hexdigest()[:12]
        existing = self.execute("SELECT created FROM incidents WHERE event_id = ?", (rec["event_id"],)).fetchone()
        if existing is not None:
            rec["created"] = existing["created"]
            self._insert(rec)
            return rec["event_id"]
        twin = self._twin(rec) if dedupe else None
        if twin is not None:
            return self.merge_into(twin, rec)
        self._insert(rec)
        return rec["event_id"]

    def ingest_document(self, text: str, published: str, incidents: list[dict], source: str | None,
                        url: str | None) -> tuple[bool, list[str]]:
        """Write a document's incidents once: (False, []) if this text and date were ingested before."""
        digest = document_digest(text, published)
        clean = []
        for inc in incidents:
            clean.append(clean_record({**inc, "source": source or inc.get("source"), "source_url": url or ""}))

        def run() -> tuple[bool, list[str]]:
            with self.transaction():
                if self.execute("SELECT 1 FROM documents WHERE digest = ?", (digest,)).fetchone():
                    return False, []
                ids = [self._write(dict(rec), dedupe=True) for rec in clean]
                self.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                                (digest, source, url, published, len(ids), _now()))
                return True, ids

        return self._retry(run)

    def update(self, event_id: str, changes: dict) -> dict:
        """Edit one incident (validated); marks it reviewed unless ``status`` is given."""
        row = self.get(event_id)
        if row is None:
            raise KeyError(event_id)
        # a count corrected without its range replaces the bounds it contradicts
        corrected = tuple(k for k in ("fatalities", "injured")
                          if k in changes and not {f"{k}_low", f"{k}_high"} & set(changes))
        merged = fit_ranges({**row, **changes}, corrected)
        rec = clean_record({**merged, "status": changes.get("status", "reviewed"), "updated": _now()})
        with self.transaction():
            self._insert(rec)
        return rec

    def delete(self, event_id: str) -> bool:
        with self.transaction():
            return self.execute("DELETE FROM incidents WHERE event_id = ?", (event_id,)).rowcount > 0

    # reading ---------------------------------------------------------------------------------
    def get(self, event_id: str) -> dict | None:
        row = self.execute(f"SELECT {', '.join(FIELDS)} FROM incidents WHERE event_id = ?", (event_id,)).fetchone()
        return dict(row) if row else None

    def sources(self, event_id: str) -> list[dict]:
        rows = self.execute("SELECT * FROM incident_sources WHERE event_id = ? ORDER BY published, source",
                               (event_id,))
        return [dict(r) for r in rows]

    def count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM incidents")
