"""Exception tree: each class also inherits the matching builtin, so callers may catch either."""

from __future__ import annotations


class GazetteerError(Exception):
    """Base class of every error the gazetteer raises."""


class SourceError(GazetteerError, OSError):
    """A data source (GeoNames dump, admin table) is missing, unreadable or corrupt."""


class DownloadError(SourceError, ConnectionError):
    """A download failed (offline, HTTP error, checksum mismatch)."""


class IndexMissingError(GazetteerError, FileNotFoundError):
    """No index exists at the given path."""


class IndexOutdatedError(SourceError):
    """The index was built by another version of the gazetteer (another format): rebuild it."""


class QueryError(GazetteerError, ValueError):
    """A query is empty, too long or not text."""

