"""Shared fixtures and the test tiers.

Tiers, by marker (see pyproject.toml): the quick tier (`./dev test --quick`) runs every test that
carries none of the heavy markers, with no GeoNames dump, no network, no servers and no browser;
its place tests use `mini_index`, built from a few hand-written places (tests/data/geonames_mini).
The full suite (`./dev test`, CI) runs everything on the real GeoNames data. Tests that use the
local copies of public data (the real-data index, the outlines) are marked `shared_data` here, and
those that use PostgreSQL `postgres`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.paths import MINI_GEONAMES, SHARED_DATA

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


HEAVY_FIXTURES = {"index_path": "shared_data", "gaz": "shared_data", "boundaries": "shared_data",
                  "geonames_source": "shared_data",
                  "postgres_server": "postgres", "pg_url": "postgres"}


def pytest_collection_modifyitems(config, items):
    """Mark tests by the heavy parts they use, so the quick tier can leave them out."""
    for item in items:
        for fixture, marker in HEAVY_FIXTURES.items():
            if fixture in getattr(item, "fixturenames", ()):
                item.add_marker(marker)


@pytest.fixture(scope="session")
def boundaries():
    """Oblast and raion outlines from the local data copies."""
    from incidents.boundaries import load_boundaries

    found = load_boundaries()
    if found is None:
        pytest.fail("no region outlines: set INCIDENT_MAP_DATA (CI uses ../shared/data)")
    return found


def _built_index(tmp_path_factory, source: Path, **options) -> Path:
    from gazetteer.build import build

    path = tmp_path_factory.mktemp("index") / "index.pkl"
    build([str(source)], path=path, progress=False, download=False, **options)
    return path


@pytest.fixture(scope="session")
def mini_index(tmp_path_factory, _private_cache) -> Path:
    """Index of a few hand-written places (no dump, no world towns): built in about a second."""
    return _built_index(tmp_path_factory, MINI_GEONAMES, towns=False)


@pytest.fixture(scope="session")
def mini_gaz(mini_index):
    from gazetteer import Gazetteer

    return Gazetteer(mini_index)


@pytest.fixture(scope="session")
def geonames_source() -> Path:
    """The local GeoNames folder (the real dump)."""
    source = geonames_dir()
    if source is None:
        pytest.fail("no GeoNames data: set INCIDENT_MAP_GEONAMES or INCIDENT_MAP_DATA (CI uses ../shared/data)")
    return source


@pytest.fixture(scope="session")
def index_path(tmp_path_factory, _private_cache, geonames_source) -> Path:
    """Index built from the real Ukraine dump."""
    return _built_index(tmp_path_factory, geonames_source)


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
