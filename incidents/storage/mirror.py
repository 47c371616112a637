"""The dashboard's analytic copy of the store (SQLite or PostgreSQL): the columns the page filters and aggregates on,
in an in-process DuckDB table (columnar, parallel), so counts, weekly series and map cells over a
million incidents take milliseconds instead of the row store's seconds.

It follows the store by its change counter (``Store.revision``): each sync reads only the rows
written, and the ids deleted or renamed, since the last one. Each incident's oblast and raion are
decided once, by point in polygon, when the row is copied; region filters are then plain column
tests. A Parquet snapshot in the cache directory lets the next server start skip the full copy.
The store stays the only place anything is written; the mirror is never a source of truth.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..settings import cache_dir
from .sql import SEARCH_FIELDS, StandardSQL, search_clause

MIRROR_COLUMNS = ("event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2",
                  "location", "latitude", "longitude", "fatalities", "injured", "geo_precision", "source", "notes",
                  "source_quote", "status")
_TYPES = {"latitude": "DOUBLE", "longitude": "DOUBLE", "fatalities": "INTEGER", "injured": "INTEGER",
          "geo_precision": "INTEGER"}
# searched fields lower-cased and joined once, when copied, rather than at every query
SEARCHES = {kind: f"lower(concat_ws(chr(10), {', '.join(fields)}))" for kind, fields in SEARCH_FIELDS.items()}
SCHEMA = (", ".join(f"{c} {_TYPES.get(c, 'VARCHAR')}" for c in MIRROR_COLUMNS) + ", oblast VARCHAR, raion VARCHAR, "
          + ", ".join(f"search_{kind} VARCHAR" for kind in SEARCHES))
FORMAT = 3  # bump when the snapshot layout changes
CHUNK = 50_000


def mirror_cache_dir() -> Path:
    return cache_dir() / "mirrors"


class Mirror(StandardSQL):
    """A columnar, read-only copy of ``store`` for the page's queries; call :meth:`sync` before reading."""

    dialect = "duckdb"
    columns = MIRROR_COLUMNS

    def __init__(self, store, boundaries=None, cache_dir: Path | None = None) -> None:
        import duckdb

        self.store = store
        self.boundaries = boundaries
        self.con = duckdb.connect(":memory:")
        self.con.execute(f"CREATE TABLE incidents ({SCHEMA})")
        self.store_id: str | None = None
        self.rev = -1
        memory = str(getattr(store, "path", "")) == ":memory:"
        self.cache_dir = None if memory else (cache_dir or mirror_cache_dir())
        self._lock = threading.Lock()
        self.last_sync = {"mode": "none", "rows": 0}
        self._pending_snapshot = False
        self.sync()

    # reading: the source interface of incidents.query -----------------------------------------
    def rows(self, sql: str, params: Iterable = ()) -> Iterator[dict]:
        cur = self.con.cursor()  # one cursor per query: Streamlit sessions run in threads
        cur.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        while batch := cur.fetchmany(5000):
            for row in batch:
                yield dict(zip(names, row, strict=True))

    @staticmethod
    def week(expr: str) -> str:
        return f"CAST(date_trunc('week', CAST({expr} AS DATE)) AS DATE)"

    def search(self, kind: str, needle: str) -> tuple[str, list]:
        if "\n" in needle:  # it would match across the joined fields
            return search_clause(self, kind, needle)
        return f"strpos(search_{kind}, ?) > 0", [needle]

    def locates_regions(self, boundaries) -> bool:
        return boundaries is not None and self.boundaries is not None

    def count(self) -> int:
        return next(self.rows("SELECT count(*) AS n FROM incidents"))["n"]

    # following the store ------------------------------------------------------------------------
    def sync(self) -> dict:
        """Bring the copy up to the store's revision; returns what was done."""
        with self._lock:
            store_id, rev = self.store.revision()
            if store_id == self.store_id and rev == self.rev:
                return self.last_sync
            self.con.execute("BEGIN")  # readers see the old copy or the new one, never half of it
            try:
                if store_id != self.store_id:
                    self._load(store_id, rev)
                else:
                    self._apply(rev)
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
            self.con.execute("COMMIT")
            self._save_pending()
            return self.last_sync

    def _copy(self, db, where: str = "", params: tuple = ()) -> int:
        """Copy store rows into the mirror in chunks, deciding each one's oblast and raion."""
        import pyarrow as pa

        cur = db.execute(f"SELECT {', '.join(MIRROR_COLUMNS)} FROM incidents{where}", params)
        n = 0
        while rows := cur.fetchmany(CHUNK):
            columns = dict(zip(MIRROR_COLUMNS, (list(c) for c in zip(*rows, strict=True)), strict=True))
            if self.boundaries is not None:
                columns["oblast"], columns["raion"] = self.boundaries.locate(columns["longitude"], columns["latitude"])
            else:
                columns["oblast"] = columns["raion"] = [None] * len(rows)
            chunk = pa.table({k: pa.array(v, type=pa.string() if k not in _TYPES else None)
                              for k, v in columns.items()})
            self.con.register("chunk", chunk)
            self.con.execute(f"INSERT INTO incidents SELECT *, {', '.join(SEARCHES.values())} FROM chunk")
            self.con.unregister("chunk")
            n += len(rows)
        return n

    def _snapshot_tag(self) -> str:
        regions = "regions" if self.boundaries is not None else "names"
        return f"v{FORMAT}-{regions}"

    def _snapshots(self, store_id: str) -> list[tuple[int, Path]]:
        if self.cache_dir is None or not self.cache_dir.is_dir():
            return []
        pattern = re.compile(rf"mirror-{re.escape(store_id)}-{self._snapshot_tag()}-(\d+)\.parquet$")
        found = [(int(m.group(1)), p) for p in self.cache_dir.iterdir() if (m := pattern.match(p.name))]
        return sorted(found, reverse=True)

    def _load(self, store_id: str, rev: int) -> None:
        self.con.execute("DELETE FROM incidents")
        snapshots = self._snapshots(store_id)
        if snapshots and snapshots[0][0] <= rev:
            snap_rev, path = snapshots[0]
            self.con.execute("INSERT INTO incidents SELECT * FROM read_parquet(?)", [str(path)])
            self.store_id, self.rev = store_id, snap_rev
            changed = self._apply(rev)
            self.last_sync = {"mode": "snapshot", "rows": changed}
            return
        with self.store.reader() as db:
            n = self._copy(db)
        self.store_id, self.rev = store_id, rev
        self._pending_snapshot = True
        self.last_sync = {"mode": "full", "rows": n}

    def _apply(self, rev: int) -> int:
        """Apply the changes after ``self.rev``: tombstones first, then the rows written since."""
        with self.store.reader() as db:
            since = (self.rev,)
            gone = [r[0] for r in db.execute("SELECT event_id FROM incident_tombstones WHERE rev > ?", since)]
            changed = [r[0] for r in db.execute("SELECT event_id FROM incidents WHERE rev > ?", since)]
            ids = list(dict.fromkeys(gone + changed))
            if ids:
                self.con.execute("DELETE FROM incidents WHERE event_id IN (SELECT unnest(?))", [ids])
            n = self._copy(db, " WHERE rev > ?", since)
        self.rev = rev
        if n > max(10_000, self.count() // 10):  # many changes: a fresh snapshot for the next start
            self._pending_snapshot = True
        self.last_sync = {"mode": "changes", "rows": len(ids)}
        return len(ids)

    def _save_pending(self) -> None:
        if not self._pending_snapshot or self.cache_dir is None or self.store_id is None:
            return
        self._pending_snapshot = False
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            path = self.cache_dir / f"mirror-{self.store_id}-{self._snapshot_tag()}-{self.rev}.parquet"
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            quoted = tmp.as_posix().replace("'", "''")
            self.con.execute(f"COPY incidents TO '{quoted}' (FORMAT parquet)")
            os.replace(tmp, path)
            for _, old in self._snapshots(self.store_id)[1:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass  # a cache that cannot be written only costs a full copy at the next start
