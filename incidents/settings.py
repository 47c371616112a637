"""Every environment variable the project reads, in one place (all documented in the README).

The gazetteer library reads its own four (GeoNames, data folder, cache, index) in
:mod:`gazetteer.paths`, so that it stays usable alone; they are re-exported here so this module
lists them all. Everything else of ours asks this module, never ``os.environ``."""

from __future__ import annotations

import os
from pathlib import Path

from gazetteer.paths import ENV_CACHE, ENV_DATA, ENV_GEONAMES, ENV_INDEX, cache_dir

__all__ = ["ENV_BOUNDARIES", "ENV_CACHE", "ENV_DATA", "ENV_DB", "ENV_FETCH_DELAY", "ENV_GEONAMES", "ENV_HOST",
           "ENV_INDEX", "ENV_OFFLINE", "ENV_PASSWORD", "boundaries_dir", "cache_dir", "data_dir", "db_target",
           "default_db_path", "fetch_delay", "offline", "password", "server_host"]

ENV_DB = "INCIDENT_MAP_DB"  # the incident store: a SQLite path or a postgresql:// URL
ENV_BOUNDARIES = "INCIDENT_MAP_BOUNDARIES"  # folder of oblast/raion outline files (else $INCIDENT_MAP_DATA/boundaries)
ENV_OFFLINE = "INCIDENT_MAP_OFFLINE"  # "1": never download (the world basemap)
ENV_HOST = "INCIDENT_MAP_HOST"  # the address the page's server binds (set by `incident-map serve`)
ENV_FETCH_DELAY = "INCIDENT_MAP_FETCH_DELAY"  # seconds between two requests to one host (live sources)
ENV_PASSWORD = "INCIDENT_MAP_PASSWORD"  # noqa: S105 - allows editing beyond loopback; the name, not a password


def _get(name: str) -> str:
    return os.environ.get(name, "")


def data_dir() -> Path | None:
    """``$INCIDENT_MAP_DATA``: a folder with ``geonames/``, ``boundaries/`` and ``basemap/`` copies."""
    value = _get(ENV_DATA)
    return Path(value).expanduser() if value else None


def db_target() -> str:
    """``$INCIDENT_MAP_DB`` as given ("" when unset)."""
    return _get(ENV_DB)


def default_db_path() -> Path:
    """``$INCIDENT_MAP_DB`` or ``incidents.sqlite`` in the user data directory."""
    if db_target():
        return Path(db_target()).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("incident-map", appauthor=False)) / "incidents.sqlite"


def boundaries_dir(marker: str) -> Path | None:
    """Folder of the outline files: ``$INCIDENT_MAP_BOUNDARIES``, else ``$INCIDENT_MAP_DATA/boundaries``
    when it holds ``marker``."""
    if _get(ENV_BOUNDARIES):
        return Path(_get(ENV_BOUNDARIES)).expanduser()
    data = data_dir()
    if data is not None and (data / "boundaries" / marker).exists():
        return data / "boundaries"
    return None


def offline() -> bool:
    return _get(ENV_OFFLINE) == "1"


def server_host() -> str:
    """The address the page's server binds; unknown counts as "" (every interface, Streamlit's default)."""
    return _get(ENV_HOST)


def password() -> str:
    return _get(ENV_PASSWORD)


def fetch_delay() -> float:
    """Seconds between two requests to one web host (``$INCIDENT_MAP_FETCH_DELAY``, default 1; a
    robots.txt Crawl-delay that asks for more wins). A value that is no number >= 0 counts as unset."""
    try:
        value = float(_get(ENV_FETCH_DELAY) or 1.0)
    except ValueError:
        return 1.0
    return value if value >= 0 else 1.0
