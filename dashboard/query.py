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

    def where(self) -> tuple[str, list]:
        """SQL WHERE clause and its parameters."""
        clauses: list[str] = []
        params: list = []
        if self.regions:
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


def query_incidents(store: Store, flt: IncidentFilter | None = None, limit: int | None = None) -> Iterator[dict]:
    """Incidents matching ``flt``, newest first, streamed row by row."""
    where, params = (flt or IncidentFilter()).where()
    sql = f"SELECT * FROM incidents{where} ORDER BY event_date DESC, event_id"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    for row in store.db.execute(sql, params):
        yield dict(row)


def query_features(store: Store, flt: IncidentFilter | None = None) -> Iterator[str]:
    """The same selection as :func:`query_incidents`, as GeoJSON Feature strings built by SQLite."""
    from .export import feature_sql

    where, params = (flt or IncidentFilter()).where()
    for (text,) in store.db.execute(f"SELECT {feature_sql()} FROM incidents{where} "
                                    "ORDER BY event_date DESC, event_id", params):
        yield text


def summarize(store: Store, flt: IncidentFilter | None = None) -> dict:
    """Counts for the filter: incidents, killed and injured (unknowns not counted)."""
    where, params = (flt or IncidentFilter()).where()
    row = store.db.execute(
        f"SELECT COUNT(*), COALESCE(SUM(fatalities), 0), COALESCE(SUM(injured), 0) FROM incidents{where}",
        params).fetchone()
    return {"incidents": row[0], "killed": row[1], "injured": row[2]}
