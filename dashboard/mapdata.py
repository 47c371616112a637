"""The map's data layer for a selection: what the map fragment draws on every rerun (a pan, a zoom, a
playback step). A plain function, so the benchmark times exactly what a playback step does."""

from __future__ import annotations

import folium

from dashboard.basemap import oblast_outlines
from dashboard.layers import POINT_LIMIT, cells_layer, choropleth_layer, heat_layer, incidents_layer
from dashboard.page import cell_degrees
from incidents.query import (
    IncidentFilter,
    count,
    grid_cells,
    incident_sources,
    oblast_counts,
    query_incidents,
)
from incidents.record import STATUSES

LAYERS = ("Points", "Heat map", "Incidents per oblast")


def data_layer(source, store, flt: IncidentFilter, map_flt: IncidentFilter, layer: str, zoom: int | None,
               boundaries=None, total: int | None = None, selected: str | None = None) -> folium.FeatureGroup:
    """The layer for ``layer``: heat, oblast shades, or (Points) one circle per incident with its
    popup and source count when few are in ``map_flt`` (the selection around the view), else grid
    cells. ``source`` answers the aggregates (the page's mirror), ``store`` gives full rows and
    sources; ``total`` is the count of ``map_flt`` when already known."""
    if layer == "Heat map":
        return heat_layer(grid_cells(source, map_flt, cell_degrees(zoom) / 4, boundaries))
    if layer == "Incidents per oblast":
        return choropleth_layer(oblast_counts(source, flt, boundaries), oblast_outlines())
    n = total if total is not None else count(source, map_flt, boundaries)
    if n > POINT_LIMIT:
        return cells_layer(grid_cells(source, map_flt, cell_degrees(zoom), boundaries))
    ids = [r["event_id"] for r in query_incidents(source, map_flt, boundaries=boundaries, columns=("event_id",))]
    full = list(query_incidents(store, IncidentFilter(event_ids=ids, statuses=list(STATUSES))))
    reports = incident_sources(store, [r["event_id"] for r in full])
    return incidents_layer([{**r, "source_count": len(reports[r["event_id"]])} for r in full], selected)
