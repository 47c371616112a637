"""SQL pieces the storage engines share: placeholders, region and box tests, text search, and the
dialect that DuckDB and PostgreSQL write alike (SQLite's own pieces are on its store).

Queries (:mod:`incidents.query`) sit above this module and call these through each engine."""

from __future__ import annotations

SEARCH_FIELDS = {"actor": ("actor1", "actor2"), "text": ("location", "notes", "source_quote", "admin1")}


def marks(values) -> str:
    """``?, ?, ?``: one placeholder per value."""
    return ", ".join("?" for _ in values)


def admin_clause(names: list[str]) -> tuple[str, list]:
    """Regions matched by the admin1/admin2 names the resolver wrote (no outlines available)."""
    low = [n.strip().lower() for n in names]
    return f"(lower(admin1) IN ({marks(low)}) OR lower(admin2) IN ({marks(low)}))", low + low


def bbox_clause(area) -> tuple[str, list]:
    """The bounding box of an area (``.bounds`` as west, south, east, north) as a column test."""
    west, south, east, north = area.bounds
    return "latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?", [south, north, west, east]


def search_clause(engine, kind: str, needle: str) -> tuple[str, list]:
    """Any of the ``kind`` fields (see SEARCH_FIELDS) contains the lower-cased ``needle``."""
    fields = SEARCH_FIELDS[kind]
    return "(" + " OR ".join(engine.contains(f"lower({f})") for f in fields) + ")", [needle] * len(fields)


class StandardSQL:
    """The dialect pieces DuckDB and PostgreSQL write alike (SQLite's are on its Store)."""

    @staticmethod
    def contains(expr: str) -> str:
        """SQL test: the (lower-cased) text ``expr`` contains the next parameter."""
        return f"strpos({expr}, ?) > 0"

    @staticmethod
    def floor(expr: str) -> str:
        return f"floor({expr})"

    def search(self, kind: str, needle: str) -> tuple[str, list]:
        return search_clause(self, kind, needle)

    def locates_regions(self, boundaries) -> bool:
        """Whether each row's ``oblast`` and ``raion`` columns hold its regions for these outlines."""
        raise NotImplementedError

    def region_clause(self, names: list[str], boundaries) -> tuple[str, list, object]:
        """Regions as tests of the per-row region columns (point in polygon decided when written)."""
        split = boundaries.split(names) if boundaries is not None else None
        if split is None or not self.locates_regions(boundaries):
            return (*admin_clause(names), None)
        oblasts, raions = split
        tests = ([f"oblast IN ({marks(oblasts)})"] if oblasts else []) + (
            [f"raion IN ({marks(raions)})"] if raions else [])
        return "(" + " OR ".join(tests) + ")", [*oblasts, *raions], None
