"""Shared fixtures: a gazetteer index built once per session from the real GeoNames dump."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"

if "INCIDENT_MAP_DATA" not in os.environ and SHARED_DATA.is_dir():
    os.environ["INCIDENT_MAP_DATA"] = str(SHARED_DATA)
# pages run in-process (AppTest) as `incident-map serve` runs them by default: on loopback
os.environ.setdefault("INCIDENT_MAP_HOST", "127.0.0.1")


def geonames_dir() -> Path | None:
    """The local GeoNames directory tests build from (INCIDENT_MAP_GEONAMES or INCIDENT_MAP_DATA)."""
    env = os.environ.get("INCIDENT_MAP_GEONAMES")
    if env:
        return Path(env.split(os.pathsep)[0])
    data = os.environ.get("INCIDENT_MAP_DATA")
    if data and (Path(data) / "geonames").is_dir():
        return Path(data) / "geonames"
    return None


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Keep the user's cache untouched: every test session gets its own cache directory."""
    old = os.environ.get("INCIDENT_MAP_CACHE")
    os.environ["INCIDENT_MAP_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("INCIDENT_MAP_CACHE", None)
    else:
        os.environ["INCIDENT_MAP_CACHE"] = old


@pytest.fixture(scope="session")
def index_path(tmp_path_factory, _private_cache) -> Path:
    """Index built from the real Ukraine dump."""
    from gazetteer.build import build

    source = geonames_dir()
    if source is None:
        pytest.fail("no GeoNames data: set INCIDENT_MAP_GEONAMES or INCIDENT_MAP_DATA (CI uses ../shared/data)")
    path = tmp_path_factory.mktemp("index") / "index.pkl"
    build([str(source)], path=path, progress=False, download=False)
    return path


@pytest.fixture(scope="session")
def gaz(index_path):
    from gazetteer import Gazetteer

    return Gazetteer(index_path)


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL + PostGIS server on loopback (tests/pgserver.py); skipped loudly, with
    the reason, only when PostGIS cannot be installed on this machine."""
    import warnings

    from tests.pgserver import TempPostgres, ensure_postgis_installed

    reason = ensure_postgis_installed()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        reason = reason or "the psycopg driver is not installed (pip install 'psycopg[binary]')"
    if reason is not None:
        message = f"POSTGIS TESTS SKIPPED: {reason}"
        print(f"\nWARNING: {message}")
        warnings.warn(message, stacklevel=2)
        pytest.skip(message)
    with TempPostgres() as server:
        yield server


@pytest.fixture
def pg_url(postgres_server, request) -> str:
    """A fresh database (PostGIS enabled) on the test server, for one test."""
    import psycopg

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    with psycopg.connect(postgres_server.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return postgres_server.url_for(name)
