"""The one query layer: the command line (`incident-map export`) and the dashboard both use it.

Every function takes a *source*, any storage engine that fits :class:`Engine`: the SQLite
:class:`~incidents.storage.Store`, a :class:`~incidents.storage.postgres.PostgresStore`, or the
page's columnar :class:`~incidents.storage.mirror.Mirror`. Engines share one SQL text (``?``
placeholders) and supply what differs between them: substring tests, ``floor``, week start, region
tests. Aggregates (counts, weekly series, map cells, per-oblast counts) run in the engine, so the
page never reads every selected incident. This module sits above storage: storage never imports it.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from .record import FIELDS, SHOWN_STATUSES, STATUSES
from .storage.sql import marks

if TYPE_CHECKING:
    from .boundaries import Boundaries


class Engine(Protocol):
    """What the query layer asks of a storage engine."""

    dialect: str

    def rows(self, sql: str, params: Iterable = ()) -> Iterator[dict]:
        """Run a query written with ``?`` placeholders; rows as dicts."""
        ...

    def contains(self, expr: str) -> str: ...

    def floor(self, expr: str) -> str: ...

    def week(self, expr: str) -> str: ...

    def search(self, kind: str, needle: str) -> tuple[str, list]: ...

    def region_clause(self, names: list[str], boundaries: Boundaries | None) -> tuple[str, list, Any]:
        """SQL for "in these regions", its parameters, and the polygon rows must still fall in (or None)."""
        ...

    def locates_regions(self, boundaries: Boundaries | None) -> bool:
        """Whether each row's ``oblast`` and ``raion`` columns hold its regions for these outlines."""
        ...


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
    # review statuses to select (see incidents.record.STATUSES); by default everything but "rejected"
    statuses: list[str] = field(default_factory=lambda: list(SHOWN_STATUSES))

    def where(self, source: Engine, boundaries: Boundaries | None = None) -> tuple[str, list, object]:
        """SQL WHERE clause, its parameters, and the polygon rows must still fall in (when the
        source cannot test regions itself, e.g. SQLite: then the SQL holds its bounding box)."""
        clauses: list[str] = []
        params: list = []
        area = None
        if self.regions:
            sql, region_params, area = source.region_clause(self.regions, boundaries)
            clauses.append(sql)
            params += region_params
        if self.since:
            clauses.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("event_date <= ?")
            params.append(self.until)
        if self.types:
            clauses.append(f"event_type IN ({marks(self.types)})")
            params += list(self.types)
        if self.min_fatalities:
            clauses.append("fatalities >= ?")
            params.append(int(self.min_fatalities))
        for kind, needle in (("actor", self.actor), ("text", self.text)):
            if needle:
                sql, needle_params = source.search(kind, needle.lower())
                clauses.append(sql)
                params += needle_params
        if self.bbox:
            south, west, north, east = self.bbox
            clauses.append("latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?")
            params += [south, north, west, east]
        if set(self.statuses) != set(STATUSES):
            clauses.append(f"status IN ({marks(self.statuses)})" if self.statuses else "1 = 0")
            params += list(self.statuses)
        if self.event_ids is not None:
            clauses.append(f"event_id IN ({marks(self.event_ids)})" if self.event_ids else "1 = 0")
            params += list(self.event_ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params, area


def _inside(area, rows: Iterator, chunk: int = 5000) -> Iterator:
    """Rows (with "longitude"/"latitude" keys) whose point lies in ``area`` (a
    :class:`~incidents.boundaries.RegionSelection`), tested in chunks."""
    while batch := list(itertools.islice(rows, chunk)):
        xs = [r["longitude"] for r in batch]
        ys = [r["latitude"] for r in batch]
        yield from itertools.compress(batch, area.contains_xy(xs, ys))


def query_incidents(source: Engine, flt: IncidentFilter | None = None, limit: int | None = None,
                    boundaries: Boundaries | None = None, columns: tuple[str, ...] | None = None) -> Iterator[dict]:
    """Incidents matching ``flt``, newest first, streamed row by row. With ``boundaries`` (see
    :mod:`incidents.boundaries`) regions are decided by point in polygon, else by admin names.
    ``columns`` limits the fields read (latitude and longitude are always included)."""
    flt = flt or IncidentFilter()
    where, params, area = flt.where(source, boundaries)
    if columns is None:  # every field the source holds (the page's mirror holds only what it filters on)
        columns = getattr(source, "columns", FIELDS)
    fields = ", ".join(dict.fromkeys((*columns, "latitude", "longitude")))
    sql = f"SELECT {fields} FROM incidents{where} ORDER BY event_date DESC, event_id"
    if limit is not None and area is None:
        sql += " LIMIT ?"
        params = [*params, int(limit)]
    rows = source.rows(sql, params)
    if area is not None:
        rows = _inside(area, rows)
        if limit is not None:
            rows = itertools.islice(rows, limit)
    yield from rows


def query_features(source: Engine, flt: IncidentFilter | None = None,
                   boundaries: Boundaries | None = None) -> Iterator[str]:
    """The same selection as :func:`query_incidents`, as GeoJSON Feature strings built by the database."""
    from .export import feature_sql

    flt = flt or IncidentFilter()
    where, params, area = flt.where(source, boundaries)
    rows = source.rows(f"SELECT {feature_sql(source.dialect)} AS feature, longitude, latitude FROM incidents{where} "
                       "ORDER BY event_date DESC, event_id", params)
    if area is not None:
        rows = _inside(area, rows)
    for row in rows:
        yield row["feature"]


def _light(source: Engine, flt: IncidentFilter, boundaries, columns: tuple[str, ...]) -> Iterator[dict] | None:
    """The selected rows (few columns) when the source cannot decide the regions in SQL, else None."""
    if flt.where(source, boundaries)[2] is None:
        return None
    return query_incidents(source, flt, boundaries=boundaries, columns=columns)


def summarize(source: Engine, flt: IncidentFilter | None = None, boundaries: Boundaries | None = None) -> dict:
    """Selected incidents, killed and injured (unknowns not counted), counted by the database."""
    flt = flt or IncidentFilter()
    rows = _light(source, flt, boundaries, ("fatalities", "injured"))
    if rows is not None:
        out = {"incidents": 0, "killed": 0, "injured": 0}
        for r in rows:
            out["incidents"] += 1
            out["killed"] += r["fatalities"] or 0
            out["injured"] += r["injured"] or 0
        return out
    where, params, _ = flt.where(source, boundaries)
    row = next(source.rows("SELECT count(*) AS incidents, coalesce(sum(fatalities), 0) AS killed, "
                           f"coalesce(sum(injured), 0) AS injured FROM incidents{where}", params))
    return {k: int(v) for k, v in row.items()}


def weekly_counts(source: Engine, flt: IncidentFilter | None = None, boundaries: Boundaries | None = None):
    """Incidents per week (starting Monday) and event type, as a DataFrame for a bar chart."""
    import pandas as pd

    flt = flt or IncidentFilter()
    rows = _light(source, flt, boundaries, ("event_date", "event_type"))
    if rows is not None:
        counts: Counter = Counter()
        for r in rows:
            day = pd.Timestamp(r["event_date"])
            counts[(day - pd.Timedelta(days=day.weekday())).date().isoformat(), r["event_type"]] += 1
        data = [{"week": w, "type": t, "n": n} for (w, t), n in counts.items()]
    else:
        where, params, _ = flt.where(source, boundaries)
        data = list(source.rows(f"SELECT {source.week('event_date')} AS week, event_type AS type, count(*) AS n "
                                f"FROM incidents{where} GROUP BY 1, 2", params))
    if not data:
        return pd.DataFrame()
    frame = pd.DataFrame(data)
    frame["week"] = pd.to_datetime(frame["week"].astype(str).str[:10])
    return frame.pivot_table(index="week", columns="type", values="n", aggfunc="sum", fill_value=0).sort_index()


def grid_cells(source: Engine, flt: IncidentFilter | None, degrees: float,
               boundaries: Boundaries | None = None) -> list[dict]:
    """Incidents counted in a grid of ``degrees`` cells: centre of mass, count, killed, main type."""
    flt = flt or IncidentFilter()
    rows = _light(source, flt, boundaries, ("event_type", "fatalities"))
    if rows is None:
        where, params, _ = flt.where(source, boundaries)
        rows = source.rows(
            f"SELECT {source.floor('latitude / ?')} AS cy, {source.floor('longitude / ?')} AS cx, event_type, "
            "count(*) AS n, coalesce(sum(fatalities), 0) AS killed, sum(latitude) AS lat, sum(longitude) AS lon "
            f"FROM incidents{where} GROUP BY 1, 2, 3", [degrees, degrees, *params])
    else:
        rows = ({"cy": r["latitude"] // degrees, "cx": r["longitude"] // degrees, "event_type": r["event_type"],
                 "n": 1, "killed": r["fatalities"] or 0, "lat": r["latitude"], "lon": r["longitude"]} for r in rows)
    cells: dict = defaultdict(lambda: {"n": 0, "killed": 0, "lat": 0.0, "lon": 0.0, "types": Counter()})
    for r in rows:
        cell = cells[(r["cy"], r["cx"])]
        cell["n"] += int(r["n"])
        cell["killed"] += int(r["killed"])
        cell["lat"] += float(r["lat"])
        cell["lon"] += float(r["lon"])
        cell["types"][r["event_type"]] += int(r["n"])
    return [{"latitude": c["lat"] / c["n"], "longitude": c["lon"] / c["n"], "incidents": c["n"],
             "killed": c["killed"], "event_type": c["types"].most_common(1)[0][0]} for c in cells.values()]


def oblast_counts(source: Engine, flt: IncidentFilter | None = None, boundaries: Boundaries | None = None) -> Counter:
    """Selected incidents per oblast, decided by point in polygon (empty without outlines)."""
    flt = flt or IncidentFilter()
    if boundaries is None:
        return Counter()
    if source.locates_regions(boundaries):  # each row holds its oblast: count in the engine
        where, params, _ = flt.where(source, boundaries)
        where = (where + " AND" if where else " WHERE") + " oblast IS NOT NULL"
        return Counter({r["oblast"]: int(r["n"]) for r in source.rows(
            f"SELECT oblast, count(*) AS n FROM incidents{where} GROUP BY oblast", params)})
    rows = list(query_incidents(source, flt, boundaries=boundaries, columns=("event_id",)))
    oblasts, _ = boundaries.locate([r["longitude"] for r in rows], [r["latitude"] for r in rows])
    return Counter(name for name in oblasts if name is not None)


def count(source: Engine, flt: IncidentFilter | None = None, boundaries: Boundaries | None = None) -> int:
    return summarize(source, flt, boundaries)["incidents"]


def nearest(source: Engine, flt: IncidentFilter | None, lat: float, lng: float, boundaries: Boundaries | None = None,
            tolerance: float = 1e-3) -> dict | None:
    """The selected incident drawn at a clicked point (the nearest within about 100 m)."""
    near = replace(flt or IncidentFilter(), bbox=(lat - tolerance, lng - tolerance, lat + tolerance, lng + tolerance))
    rows = list(query_incidents(source, near, boundaries=boundaries, columns=("event_id", "event_date", "location")))
    return min(rows, key=lambda r: (r["latitude"] - lat) ** 2 + (r["longitude"] - lng) ** 2, default=None)


def region_names(source) -> list[str]:
    """The admin1 names in the store (the region choices when no outlines are loaded)."""
    return [r["admin1"] for r in source.rows(
        "SELECT DISTINCT admin1 FROM incidents WHERE admin1 IS NOT NULL AND admin1 <> '' ORDER BY admin1")]


def pending_count(source: Engine) -> int:
    """Incidents waiting for review (status "extracted"), whatever the filters."""
    return int(next(source.rows("SELECT count(*) AS n FROM incidents WHERE status = 'extracted'"))["n"])


def review_queue(source: Engine, limit: int = 20, offset: int = 0) -> list[dict]:
    """The next incidents waiting for review, newest first (by event date, then by when stored)."""
    return list(source.rows(f"SELECT {', '.join(FIELDS)} FROM incidents WHERE status = 'extracted' "
                            "ORDER BY event_date DESC, created DESC, event_id LIMIT ? OFFSET ?",
                            [int(limit), int(offset)]))


def incident_sources(source: Engine, event_ids: list[str]) -> dict[str, list[dict]]:
    """Each incident's sources (every report merged into it), oldest first, for a store that keeps
    them (SQLite, PostgreSQL; not the page's mirror)."""
    out: dict[str, list[dict]] = {i: [] for i in event_ids}
    for chunk in _chunks(event_ids, 500):
        for row in source.rows("SELECT event_id, source, source_url, published, source_quote FROM incident_sources "
                               f"WHERE event_id IN ({marks(chunk)}) ORDER BY published, source, source_url",
                               list(chunk)):
            out[row["event_id"]].append(row)
    return out


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def date_range(source: Engine, flt: IncidentFilter | None = None,
               boundaries: Boundaries | None = None) -> tuple[str, str] | None:
    """The first and last event dates of the selection (ISO), or None when it is empty."""
    flt = flt or IncidentFilter()
    rows = _light(source, flt, boundaries, ("event_date",))
    if rows is not None:
        dates = [str(r["event_date"])[:10] for r in rows]
        return (min(dates), max(dates)) if dates else None
    where, params, _ = flt.where(source, boundaries)
    row = next(source.rows(f"SELECT min(event_date) AS lo, max(event_date) AS hi FROM incidents{where}", params))
    return None if row["lo"] is None else (str(row["lo"])[:10], str(row["hi"])[:10])
