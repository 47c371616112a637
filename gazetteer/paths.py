"""Where the gazetteer keeps its cache and index, and where it looks for local data."""

from __future__ import annotations

import os
from pathlib import Path

ENV_GEONAMES = "INCIDENT_MAP_GEONAMES"
ENV_DATA = "INCIDENT_MAP_DATA"
ENV_CACHE = "INCIDENT_MAP_CACHE"

GEONAMES_DUMP_URL = "https://download.geonames.org/export/dump/"


def cache_dir() -> Path:
    """The user cache directory (``INCIDENT_MAP_CACHE`` overrides it)."""
    env = os.environ.get(ENV_CACHE)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("incident-map", appauthor=False))


ENV_INDEX = "INCIDENT_MAP_INDEX"


def default_index_path() -> Path:
    """Path of the default gazetteer index file (``INCIDENT_MAP_INDEX`` overrides it)."""
    env = os.environ.get(ENV_INDEX)
    if env:
        return Path(env).expanduser()
    return cache_dir() / "gazetteer" / "index.pkl"


def project_data_dir() -> Path:
    """The gazetteer's hand-written tables (landmarks, regions, renames): ``data/gazetteer`` in a
    checkout, the ``gazetteer.data`` package once installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "data" / "gazetteer", here / "data"):
        if (candidate / "landmarks.csv").exists():
            return candidate
    from importlib.resources import files

    return Path(str(files("gazetteer") / "data"))


def local_geonames_sources() -> list[str]:
    """Local GeoNames locations named by environment variables, in priority order."""
    env = os.environ.get(ENV_GEONAMES)
    if env:
        return [p for p in env.split(os.pathsep) if p]
    data = os.environ.get(ENV_DATA)
    if data and (Path(data) / "geonames").is_dir():
        return [str(Path(data) / "geonames")]
    return []
