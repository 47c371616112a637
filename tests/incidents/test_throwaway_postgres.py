"""The throwaway PostgreSQL + PostGIS server that the PostgreSQL-backend tests run against."""

from __future__ import annotations

import time
import warnings

import pytest

from tests.pgserver import TempPostgres, ensure_postgis_installed, find_pg_bin, postgis_available

pytestmark = [pytest.mark.postgres]

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'psycopg[binary]'")


def _skip_loudly(reason: str) -> None:
    message = f"POSTGIS TESTS SKIPPED: {reason}"
    print(f"\nWARNING: {message}")
    warnings.warn(message, stacklevel=2)
    pytest.skip(message)


def test_temp_postgres_runs_postgis() -> None:
    reason = ensure_postgis_installed()
    if reason is not None:
        _skip_loudly(reason)
    bindir = find_pg_bin()
    assert bindir is not None and postgis_available(bindir)

    started = time.monotonic()
    with TempPostgres() as pg:
        print(f"\nTempPostgres started in {time.monotonic() - started:.2f}s at {pg.url}")
        assert pg.url == f"postgresql://postgres@127.0.0.1:{pg.port}/incidents"
        with psycopg.connect(pg.url) as conn:
            version = conn.execute("SELECT postgis_version()").fetchone()
            assert version is not None and version[0]
            point = conn.execute("SELECT ST_AsText(ST_MakePoint(34.8, 50.9))").fetchone()
            assert point == ("POINT(34.8 50.9)",)
            listen = conn.execute("SHOW listen_addresses").fetchone()
            assert listen == ("127.0.0.1",)
        base = pg.base_dir
        assert base is not None and base.is_dir()
    assert not base.exists()
    assert pg.base_dir is None
