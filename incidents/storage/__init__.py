"""Storage engines behind one small interface: SQLite (default), PostgreSQL + PostGIS, and the
page's in-process DuckDB mirror. Queries (:mod:`incidents.query`) sit above them."""

from __future__ import annotations

from pathlib import Path

from ..settings import db_target
from .sqlite import MIGRATIONS, Store, document_digest

__all__ = ["MIGRATIONS", "Store", "document_digest", "is_postgres_url", "open_store"]


def is_postgres_url(target: str | Path | None) -> bool:
    return str(target or "").startswith(("postgresql://", "postgres://"))


def open_store(target: str | Path | None = None) -> Store:
    """The store at a path, or on a server for a ``postgresql://`` URL (default: ``$INCIDENT_MAP_DB``,
    else ``incidents.sqlite`` in the user data directory)."""
    text = str(target) if target else db_target()
    if is_postgres_url(text):
        from .postgres import PostgresStore

        return PostgresStore(text)
    return Store(target)
