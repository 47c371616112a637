"""The incident store on a PostgreSQL server with PostGIS: ``--db postgresql://user@host/db``.

Same tables and columns as the SQLite store, plus a generated point geometry with a GiST index and
a ``regions`` table of oblast and raion polygons (cut into indexed pieces). PostGIS decides each
incident's oblast and raion when it is written, so region filters and per-oblast counts are
indexed column tests in the database. The write path (validation, order-independent
merging of twins) is the SQLite store's: writers serialise on a transaction-scoped advisory lock,
as SQLite writers do on ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from .sql import StandardSQL
from .sqlite import FETCH_TABLES, MIGRATIONS, RANGE_COLUMNS, STATUS_CHECK, Store

_CURSORS = itertools.count()
WRITE_LOCK = 7_262_001  # advisory lock key held by every writing transaction
# server-side cursors are planned for their first rows by default, which picks "walk the date index
# and filter" over "use the selective index, then sort": we read them to the end
READER_OPTIONS = "-c cursor_tuple_fraction=1.0"


def _sqlite_schema_for_postgres() -> str:
    """The SQLite store's first schema in PostgreSQL's types, plus an indexed point geometry:
    one definition of the tables, so the two stores cannot drift apart."""
    first = MIGRATIONS[0]
    assert isinstance(first, str)
    sql = first.replace(" REAL", " DOUBLE PRECISION").replace("geonameid INTEGER", "geonameid BIGINT")
    last = "        updated TEXT NOT NULL\n    );"
    assert sql.count(last) == 1, "the incidents table no longer ends with its 'updated' column"
    geom = ("        updated TEXT NOT NULL,\n        geom geometry(Point, 4326) GENERATED ALWAYS AS "
            "(ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED\n    );")
    return sql.replace(last, geom)


PG_MIGRATIONS = [
    "CREATE EXTENSION IF NOT EXISTS postgis;" + _sqlite_schema_for_postgres() + """
    CREATE INDEX incidents_geom ON incidents USING gist (geom);
    CREATE TABLE regions (
        level TEXT NOT NULL CHECK (level IN ('oblast', 'raion')),
        name TEXT NOT NULL,
        geom geometry(MultiPolygon, 4326) NOT NULL,
        PRIMARY KEY (level, name)
    );
    CREATE INDEX regions_geom ON regions USING gist (geom)
    """,
    # 2: regions cut into small pieces (ST_Subdivide): point-in-polygon tests touch a few vertices
    # instead of a whole oblast outline, which makes region filters and per-oblast counts fast
    """
    CREATE TABLE region_parts (
        level TEXT NOT NULL,
        name TEXT NOT NULL,
        geom geometry(Polygon, 4326) NOT NULL,
        FOREIGN KEY (level, name) REFERENCES regions (level, name) ON DELETE CASCADE
    );
    CREATE INDEX region_parts_geom ON region_parts USING gist (geom);
    CREATE INDEX region_parts_name ON region_parts (level, name)
    """,
    # 3: a change counter, as in the SQLite store, so the dashboard's mirror can follow this store
    # by its changes: each written row takes the next revision, deleted or renamed ids a tombstone
    """
    CREATE SEQUENCE incident_rev;
    CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    INSERT INTO store_meta VALUES ('store_id', substr(md5(random()::text || clock_timestamp()::text), 1, 16));
    ALTER TABLE incidents ADD COLUMN rev BIGINT NOT NULL DEFAULT 0;
    CREATE INDEX incidents_rev ON incidents (rev);
    CREATE TABLE incident_tombstones (event_id TEXT PRIMARY KEY, rev BIGINT NOT NULL);
    CREATE INDEX incident_tombstones_rev ON incident_tombstones (rev);
    CREATE FUNCTION incidents_next_rev() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.rev := nextval('incident_rev');
        RETURN NEW;
    END $$;
    CREATE TRIGGER incidents_rev BEFORE INSERT OR UPDATE ON incidents
        FOR EACH ROW EXECUTE FUNCTION incidents_next_rev();
    CREATE FUNCTION incidents_tombstone() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO incident_tombstones VALUES (OLD.event_id, nextval('incident_rev'))
            ON CONFLICT (event_id) DO UPDATE SET rev = excluded.rev;
        RETURN NULL;
    END $$;
    CREATE TRIGGER incidents_gone AFTER DELETE ON incidents
        FOR EACH ROW EXECUTE FUNCTION incidents_tombstone();
    CREATE TRIGGER incidents_renamed AFTER UPDATE OF event_id ON incidents
        FOR EACH ROW WHEN (OLD.event_id IS DISTINCT FROM NEW.event_id) EXECUTE FUNCTION incidents_tombstone();
    """,
    # 4: each incident's oblast and raion, decided by PostGIS when the row is written (and for all
    # rows when outlines are loaded): region filters and per-oblast counts become indexed column
    # tests instead of a spatial join per query
    """
    ALTER TABLE incidents ADD COLUMN oblast TEXT;
    ALTER TABLE incidents ADD COLUMN raion TEXT;
    CREATE INDEX incidents_oblast ON incidents (oblast);
    CREATE INDEX incidents_raion ON incidents (raion);
    CREATE FUNCTION incidents_locate() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        point geometry := ST_SetSRID(ST_MakePoint(NEW.longitude, NEW.latitude), 4326);
    BEGIN
        NEW.oblast := (SELECT name FROM region_parts WHERE level = 'oblast' AND ST_Covers(geom, point) LIMIT 1);
        NEW.raion := (SELECT name FROM region_parts WHERE level = 'raion' AND ST_Covers(geom, point) LIMIT 1);
        RETURN NEW;
    END $$;
    CREATE TRIGGER incidents_locate BEFORE INSERT OR UPDATE OF latitude, longitude ON incidents
        FOR EACH ROW EXECUTE FUNCTION incidents_locate();
    """,
    # 5: the casualty range beside the best estimate, as in the SQLite store
    RANGE_COLUMNS,
    # 6: live sources and fetched article URLs (incidents.fetch), as in the SQLite store
    FETCH_TABLES,
    # 7: the status "rejected" (kept, hidden by default) and the review queue's index, as in the SQLite store
    f"""
    ALTER TABLE incidents DROP CONSTRAINT IF EXISTS incidents_status_check;
    ALTER TABLE incidents ADD CONSTRAINT incidents_status_check {STATUS_CHECK};
    CREATE INDEX incidents_status_date ON incidents (status, event_date);
    """,
]


def _pg_sql(sql: str) -> str:
    """Our SQL text (``?`` placeholders) in psycopg's paramstyle."""
    return sql.replace("%", "%%").replace("?", "%s")


def _safe_url(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:***@", url)


class _Reader:
    """``execute`` with our SQL text, returning a streaming (server-side) cursor of tuples."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Iterable = ()):
        cur = self.conn.cursor(name=f"r{next(_CURSORS)}")
        cur.itersize = 20_000
        cur.execute(_pg_sql(sql), tuple(params))
        return cur


class PostgresStore(StandardSQL, Store):
    """An incident store on PostgreSQL + PostGIS; the same methods as :class:`~incidents.storage.Store`."""

    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        self.url = url
        self.path = _safe_url(url)
        self._lock = threading.RLock()  # one connection for writes, shared by the page's threads
        self._local = threading.local()  # and one per thread for streamed reads
        self._regions_loaded: set[str] = set()
        self.db = psycopg.connect(url, autocommit=True, row_factory=dict_row, connect_timeout=10)
        self._migrate()

    @property
    def label(self) -> str:
        return str(self.path)

    def _migrate(self) -> None:
        with self.transaction():
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                            "applied TIMESTAMPTZ NOT NULL DEFAULT now())")
            version = self.scalar("SELECT coalesce(max(version), 0) FROM schema_migrations")
            for number, script in enumerate(PG_MIGRATIONS[version:], start=version + 1):
                self.db.execute(script)  # several statements, plpgsql bodies included
                self.execute("INSERT INTO schema_migrations (version) VALUES (?)", (number,))

    @property
    def schema_version(self) -> int:
        return self.scalar("SELECT coalesce(max(version), 0) FROM schema_migrations")

    @contextmanager
    def transaction(self):
        """A write transaction; writers queue on one advisory lock, so merges never race."""
        with self._lock, self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            yield self.db

    def close(self) -> None:
        self.db.close()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()

    def execute(self, sql: str, params: Iterable = ()):
        with self._lock:
            return self.db.execute(_pg_sql(sql), tuple(params))

    def scalar(self, sql: str, params: Iterable = ()):
        row = self.execute(sql, params).fetchone()
        return None if row is None else next(iter(row.values()))

    def _connect_reader(self, **options):
        """A connection for reading, its cursors planned to be read to the end."""
        import psycopg

        return psycopg.connect(self.url, connect_timeout=10, options=READER_OPTIONS, **options)

    def _reader(self):
        from psycopg.rows import dict_row

        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = self._local.conn = self._connect_reader(row_factory=dict_row)
        return conn

    def rows(self, sql: str, params: Iterable = ()) -> Iterator[dict]:
        """Rows streamed through a server-side cursor on this thread's reading connection."""
        conn = self._reader()
        with conn.transaction(), conn.cursor(name=f"q{next(_CURSORS)}") as cur:
            cur.itersize = 5000
            cur.execute(_pg_sql(sql), tuple(params))
            yield from cur

    # dialect -------------------------------------------------------------------------------------
    @staticmethod
    def week(expr: str) -> str:
        return f"to_char(date_trunc('week', CAST({expr} AS date)), 'YYYY-MM-DD')"

    def revision(self) -> tuple[str, int]:
        """(store id, latest revision). Writers hold the advisory lock from their first revision to
        their commit, so nothing committed later can carry a smaller one."""
        row = self.execute("SELECT (SELECT value FROM store_meta WHERE key = 'store_id') AS id, greatest("
                           "(SELECT coalesce(max(rev), 0) FROM incidents), "
                           "(SELECT coalesce(max(rev), 0) FROM incident_tombstones)) AS rev").fetchone()
        return row["id"], int(row["rev"])

    @contextmanager
    def reader(self) -> Iterator:
        """A connection of its own on one snapshot (repeatable read), streaming with server-side cursors."""
        conn = self._connect_reader()
        try:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            yield _Reader(conn)
        finally:
            conn.close()

    # regions in the database ----------------------------------------------------------------------
    def locates_regions(self, boundaries) -> bool:
        if boundaries is None:
            return False
        self.load_regions(boundaries)
        return True

    def load_regions(self, boundaries) -> int:
        """Copy the oblast and raion polygons into the ``regions`` table (once per set of outlines)
        and decide every incident's oblast and raion there; new rows get theirs from a trigger."""
        from shapely import to_wkb

        key = f"{len(boundaries.oblasts)}/{len(boundaries.raions)}"
        if key in self._regions_loaded:
            return 0
        have = self.scalar("SELECT count(*) FROM regions WHERE EXISTS (SELECT 1 FROM region_parts p "
                           "WHERE p.level = regions.level AND p.name = regions.name)")
        n = 0
        if have != len(boundaries.oblasts) + len(boundaries.raions):
            with self.transaction():
                self.db.execute("DELETE FROM regions")
                for level, polygons in (("oblast", boundaries.oblasts), ("raion", boundaries.raions)):
                    for name, geom in polygons.items():
                        self.execute("INSERT INTO regions VALUES (?, ?, ST_Multi(ST_CollectionExtract("
                                     "ST_GeomFromWKB(?, 4326), 3)))", (level, name, to_wkb(geom)))
                        n += 1
                self.db.execute("INSERT INTO region_parts SELECT level, name, ST_Subdivide(geom, 64) FROM regions")
                self.db.execute("ANALYZE region_parts")
                # rows written before these outlines: their regions, in one spatial join each level
                if have:
                    self.db.execute("UPDATE incidents SET oblast = NULL, raion = NULL "
                                    "WHERE oblast IS NOT NULL OR raion IS NOT NULL")
                for level in ("oblast", "raion"):
                    self.db.execute(f"UPDATE incidents i SET {level} = p.name FROM region_parts p "
                                    f"WHERE p.level = '{level}' AND ST_Covers(p.geom, i.geom)")
        self._regions_loaded.add(key)
        return n
