"""The one query function: the command line (`incident-map export`) and the dashboard both use it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .store import Store


@dataclass
class IncidentFilter:
    """What to select. Empty fields do not filter."""

    regions: list[str] = field(default_factory=list)  # admin1 or admin2 names, any case
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    types: list[str] = field(default_factory=list)  # ACLED event types
    min_fatalities: int | None = None
    actor: str | None = None  # substring of actor1 or actor2
    text: str | None = None  # substring of location, notes or source quote
    bbox: tuple[float, float, float, float] | None = None  # (south, west, north, east)
    event_ids: list[str] | None = None

    def where(self, area=None) -> tuple[str, list]:
        """SQL WHERE clause and its parameters; with ``area`` (a polygon for ``regions``) the regions
        become a bounding-box test here and an exact point-in-polygon test afterwards."""
        clauses: list[str] = []
        params: list = []
        if area is not None:
            west, south, east, north = area.bounds
            clauses.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
            params += [south, north, west, east]
        elif self.regions:
            names = [r.strip().lower() for r in self.regions]
            marks = ", ".join("?" for _ in names)
            clauses.append(f"(lower(admin1) IN ({marks}) OR lower(admin2) IN ({marks}))")
            params += names + names
        if self.since:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?")
            params.append(self.until)
        if self.types:
            clauses.append(f"event_type IN ({', '.join('?' for _ in self.types)})")
            params += list(self.types)
        if self.min_fatalities:
            clauses.append("fatalities >= ?")
            params.append(int(self.min_fatalities))
        if self.actor:
            clauses.append("(instr(lower(actor1), ?) > 0 OR instr(lower(actor2), ?) > 0)")
            params += [self.actor.lower()] * 2
        if self.text:
            clauses.append("(instr(lower(location), ?) > 0 OR instr(lower(notes), ?) > 0 "
                           "OR instr(lower(source_quote), ?) > 0 OR instr(lower(admin1), ?) > 0)")
            params += [self.text.lower()] * 4
        if self.bbox:
            south, west, north, east = self.bbox
            clauses.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
            params += [south, north, west, east]
        if self.event_ids is not None:
            clauses.append(f"event_id IN ({', '.join('?' for _ in self.event_ids)})" if self.event_ids else "0")
            params += list(self.event_ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _area(flt: IncidentFilter, boundaries):
    """The polygon for the filter's regions, when outlines are loaded and know every name."""
    if not flt.regions or boundaries is None:
        return None
    return boundaries.geometry(flt.regions)


def _inside(area, rows: Iterator, chunk: int = 5000) -> Iterator:
    """Rows (with "longitude"/"latitude" keys) whose point lies in ``area``, tested in chunks."""
    import shapely

    batch: list = []

    def flush() -> Iterator:
        xs = [r["longitude"] for r in batch]
        ys = [r["latitude"] for r in batch]
        for row, ok in zip(batch, shapely.contains_xy(area, xs, ys), strict=True):
            if ok:
                yield row

    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def query_incidents(store: Store, flt: IncidentFilter | None = None, limit: int | None = None,
                    boundaries=None, columns: tuple[str, ...] | None = None) -> Iterator[dict]:
    """Incidents matching ``flt``, newest first, streamed row by row. With ``boundaries`` (see
    :mod:`dashboard.boundaries`) regions are decided by point in polygon, else by admin names.
    ``columns`` limits the fields read (latitude and longitude are always included)."""
    flt = flt or IncidentFilter()
    area = _area(flt, boundaries)
    where, params = flt.where(area)
    fields = "*" if columns is None else ", ".join(dict.fromkeys((*columns, "latitude", "longitude")))
    sql = f"SELECT {fields} FROM incidents{where} ORDER BY event_date DESC, event_id"
    if limit is not None and area is None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    rows = (dict(row) for row in store.db.execute(sql, params))
    if area is not None:
        rows = _inside(area, rows)
        if limit is not None:
            import itertools

            rows = itertools.islice(rows, limit)
    yield from rows


def query_features(store: Store, flt: IncidentFilter | None = None, boundaries=None) -> Iterator[str]:
    """The same selection as :func:`query_incidents`, as GeoJSON Feature strings built by SQLite."""
    from .export import feature_sql

    flt = flt or IncidentFilter()
    area = _area(flt, boundaries)
    where, params = flt.where(area)
    rows = ({"feature": text, "longitude": lon, "latitude": lat} for text, lon, lat in store.db.execute(
        f"SELECT {feature_sql()}, longitude, latitude FROM incidents{where} ORDER BY event_date DESC, event_id",
        params))
    if area is not None:
        rows = _inside(area, rows)
    for row in rows:
        yield row["feature"]


def summarize(rows: list[dict]) -> dict:
    """Counts for selected incidents: incidents, killed and injured (unknowns not counted)."""
    return {"incidents": len(rows), "killed": sum(r["fatalities"] or 0 for r in rows),
            "injured": sum(r["injured"] or 0 for r in rows)}
