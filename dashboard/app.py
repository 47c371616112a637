"""Streamlit page: filters in the sidebar (kept in the URL), summary, map, weekly chart, table and
downloads. Thin: every decision is a plain function in dashboard.page / query / mapview."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import streamlit as st
from streamlit_folium import st_folium

from dashboard import edit_panel, sources_panel
from dashboard.assets import use_local_assets
from dashboard.basemap import oblast_outlines
from dashboard.layers import POINT_LIMIT, cells_layer, choropleth_layer, heat_layer, incidents_layer
from dashboard.mapview import base_map
from dashboard.page import (
    DOWNLOAD_LIMIT,
    PAGE_COLUMNS,
    TABLE_COLUMNS,
    TABLE_ROWS,
    bbox_from_bounds,
    cell_degrees,
    csv_bytes,
    data_box,
    filter_from_params,
    geojson_bytes,
    md_escape,
    page_sources,
    params_from_filter,
)
from incidents import settings
from incidents.boundaries import load_boundaries
from incidents.query import (
    IncidentFilter,
    count,
    grid_cells,
    nearest,
    oblast_counts,
    query_incidents,
    region_names,
    summarize,
    weekly_counts,
)
from incidents.record import DATE_MAX, DATE_MIN, EVENT_TYPES, MAX_PEOPLE

st.set_page_config(page_title="Incident map", layout="wide")
use_local_assets()


# the store (full rows, edits), its label, and what the aggregates query (see page_sources)
store, origin, source = page_sources(settings.db_target())
if hasattr(source, "sync"):
    source.sync()  # follow edits and ingests since the last run: only the changed rows
boundaries = load_boundaries()
region_choices = boundaries.names if boundaries else region_names(source)
start, link_notices = filter_from_params({k: st.query_params.get_all(k) for k in st.query_params}, region_choices)

with st.sidebar:
    st.header("Filters")
    regions = st.multiselect("Region (oblast or raion)", region_choices, default=start.regions)
    since = st.date_input("From", value=dt.date.fromisoformat(start.since) if start.since else None,
                          min_value=DATE_MIN, max_value=DATE_MAX)
    until = st.date_input("Until", value=dt.date.fromisoformat(start.until) if start.until else None,
                          min_value=DATE_MIN, max_value=DATE_MAX)
    types = st.multiselect("Event type", EVENT_TYPES, default=start.types)
    actor = st.text_input("Actor", value=start.actor or "")
    min_killed = st.number_input("Minimum killed", min_value=0, max_value=MAX_PEOPLE,
                                 value=start.min_fatalities or 0, step=1)
    text = st.text_input("Search notes and places", value=start.text or "")
    in_view = st.checkbox("Only what is in the map view", key="in_view")
    layer = st.radio("Map layer", ["Points", "Heat map", "Incidents per oblast"], key="layer")

flt = IncidentFilter(regions=regions, since=since.isoformat() if since else None,
                     until=until.isoformat() if until else None, types=types, actor=actor or None,
                     min_fatalities=int(min_killed) or None, text=text or None)
st.query_params.from_dict(params_from_filter(flt))
map_state = st.session_state.get("map") or {}
view = bbox_from_bounds(map_state.get("bounds"))
if in_view:
    flt.bbox = view
# the map asks only for what is in (and just around) its view: every incident when few are there,
# else grid cells counted by the database, finer as the map zooms in
zoom = map_state.get("zoom")
st.session_state["data_box"] = data_box(view, zoom, st.session_state.get("data_box"))
box = st.session_state["data_box"][0]
map_flt = replace(flt, bbox=box) if box and not in_view else flt

# the selected incident: a clicked marker, or a row picked in the table (which also centres the map)
rows = list(query_incidents(source, flt, limit=TABLE_ROWS, boundaries=boundaries, columns=PAGE_COLUMNS))
clicked = map_state.get("last_object_clicked")
if clicked and clicked != st.session_state.get("last_click"):
    st.session_state["last_click"] = clicked
    hit = nearest(source, map_flt, clicked["lat"], clicked["lng"], boundaries)
    if hit:  # a grid cell is no incident: the selection stays
        st.session_state["selected"] = hit["event_id"]
centre = None
table_pick = getattr(st.session_state.get("table"), "selection", None)
picked_rows = (table_pick or {}).get("rows") if isinstance(table_pick, dict) else getattr(table_pick, "rows", None)
if picked_rows and picked_rows[0] < len(rows) and st.session_state.get("table_pick") != picked_rows[0]:
    st.session_state["table_pick"] = picked_rows[0]
    row = rows[picked_rows[0]]
    st.session_state["selected"] = row["event_id"]
    centre = (row["latitude"], row["longitude"])
summary = summarize(source, flt, boundaries)

st.title("Incident map")
if link_notices:  # the link is cleaned at once, so later runs see no bad value: keep the notice for the visit
    st.session_state["link_notices"] = link_notices
for notice in st.session_state.get("link_notices", []):
    st.warning(md_escape(notice))
st.caption(f"{summary['incidents']:,} of {source.count():,} incidents ({origin}). "
           "Places: GeoNames (geonames.org), CC BY 4.0.")
cols = st.columns(3)
cols[0].metric("Incidents", f"{summary['incidents']:,}")
cols[1].metric("Killed", f"{summary['killed']:,}")
cols[2].metric("Injured", f"{summary['injured']:,}")
if layer == "Heat map":
    data_layer = heat_layer(grid_cells(source, map_flt, cell_degrees(zoom) / 4, boundaries))
elif layer == "Incidents per oblast":
    data_layer = choropleth_layer(oblast_counts(source, flt, boundaries), oblast_outlines())
elif (summary["incidents"] if map_flt is flt else count(source, map_flt, boundaries)) <= POINT_LIMIT:
    # few enough to draw one by one, with popups (the summary already counted them when there is no view yet)
    ids = [r["event_id"] for r in query_incidents(source, map_flt, boundaries=boundaries, columns=("event_id",))]
    data_layer = incidents_layer(list(query_incidents(store, IncidentFilter(event_ids=ids))),
                                 st.session_state.get("selected"))
else:
    data_layer = cells_layer(grid_cells(source, map_flt, cell_degrees(zoom), boundaries))
# the base map renders to the same Leaflet code every run, so streamlit-folium keeps it mounted (and
# its view) and only swaps the data layer
st_folium(base_map(boundaries), feature_group_to_add=data_layer, height=560, use_container_width=True,
          center=centre, zoom=9 if centre else None, key="map",
          returned_objects=["last_object_clicked", "bounds", "zoom"])
if summary["incidents"] <= DOWNLOAD_LIMIT:
    downloads = st.columns(2)
    # files are built only when a button is pressed, from the same query (all fields)
    downloads[0].download_button("Download GeoJSON", lambda: geojson_bytes(
        query_incidents(store, flt, boundaries=boundaries), flt), "incidents.geojson", "application/geo+json")
    downloads[1].download_button("Download CSV", lambda: csv_bytes(
        query_incidents(store, flt, boundaries=boundaries)), "incidents.csv", "text/csv")
else:
    st.caption(f"{summary['incidents']:,} incidents are too many to download from the page; narrow the filters "
               "or run `incident-map export`, which streams any number to a file.")
weekly = weekly_counts(source, flt, boundaries)
if not weekly.empty:
    st.subheader("Incidents per week")
    st.bar_chart(weekly)
if summary["incidents"] > len(rows):
    st.caption(f"Table: the newest {len(rows):,} of {summary['incidents']:,} incidents; "
               "the downloads and `incident-map export` hold all of them.")
selected = st.session_state.get("selected")
chosen = store.get(selected) if selected else None
if chosen is not None:
    killed = chosen["fatalities"] if chosen["fatalities"] is not None else "unknown"
    st.info("Selected: " + md_escape(f"{chosen['event_date']} · {chosen['location']} · {chosen['event_type']} · "
                                     f"killed {killed}"))
st.dataframe([{"": "▶" if r["event_id"] == selected else "", **{k: r.get(k) for k in TABLE_COLUMNS}}
              for r in rows], width="stretch", on_select="rerun", selection_mode="single-row",
             key="table")

edit_panel.render(settings.db_target(), rows)
sources_panel.render(settings.db_target())
