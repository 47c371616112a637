"""Streamlit page: filters in the sidebar (kept in the URL), summary, map, weekly chart, table and
downloads. Thin: every decision is a plain function in dashboard.page / query / mapview."""

from __future__ import annotations

import datetime as dt
import os

import streamlit as st
from streamlit_folium import st_folium

from dashboard import edit_panel
from dashboard.assets import use_local_assets
from dashboard.basemap import oblast_outlines
from dashboard.boundaries import load_boundaries
from dashboard.layers import POINT_LIMIT, choropleth_layer, heat_layer, incidents_layer
from dashboard.mapview import base_map
from dashboard.page import (
    PAGE_COLUMNS,
    TABLE_COLUMNS,
    TABLE_ROWS,
    bbox_from_bounds,
    csv_bytes,
    filter_from_params,
    geojson_bytes,
    md_escape,
    open_page_store,
    params_from_filter,
    row_at,
    weekly_counts,
)
from dashboard.query import IncidentFilter, query_incidents, summarize
from dashboard.schema import EVENT_TYPES

st.set_page_config(page_title="Incident map", layout="wide")
use_local_assets()


@st.cache_resource
def _store(path: str | None):
    return open_page_store(path)


store, origin = _store(os.environ.get("INCIDENT_MAP_DB"))
boundaries = load_boundaries()
start = filter_from_params({k: st.query_params.get_all(k) for k in st.query_params})

with st.sidebar:
    st.header("Filters")
    region_names = boundaries.names if boundaries else sorted(
        {r["admin1"] for r in query_incidents(store) if r["admin1"]})
    regions = st.multiselect("Region (oblast or raion)", region_names,
                             default=[r for r in start.regions if r in region_names])
    since = st.date_input("From", value=dt.date.fromisoformat(start.since) if start.since else None)
    until = st.date_input("Until", value=dt.date.fromisoformat(start.until) if start.until else None)
    types = st.multiselect("Event type", EVENT_TYPES, default=start.types)
    actor = st.text_input("Actor", value=start.actor or "")
    min_killed = st.number_input("Minimum killed", min_value=0, value=start.min_fatalities or 0, step=1)
    text = st.text_input("Search notes and places", value=start.text or "")
    in_view = st.checkbox("Only what is in the map view", key="in_view")
    layer = st.radio("Map layer", ["Points", "Heat map", "Incidents per oblast"], key="layer")

flt = IncidentFilter(regions=regions, since=since.isoformat() if since else None,
                     until=until.isoformat() if until else None, types=types, actor=actor or None,
                     min_fatalities=int(min_killed) or None, text=text or None)
st.query_params.from_dict(params_from_filter(flt))
map_state = st.session_state.get("map") or {}
if in_view:
    flt.bbox = bbox_from_bounds(map_state.get("bounds"))
rows = list(query_incidents(store, flt, boundaries=boundaries, columns=PAGE_COLUMNS))

# the selected incident: a clicked marker, or a row picked in the table (which also centres the map)
clicked = map_state.get("last_object_clicked")
if clicked and clicked != st.session_state.get("last_click"):
    st.session_state["last_click"] = clicked
    hit = row_at(rows, clicked["lat"], clicked["lng"])
    st.session_state["selected"] = hit["event_id"] if hit else None
centre = None
table_pick = getattr(st.session_state.get("table"), "selection", None)
picked_rows = (table_pick or {}).get("rows") if isinstance(table_pick, dict) else getattr(table_pick, "rows", None)
if picked_rows and picked_rows[0] < len(rows) and st.session_state.get("table_pick") != picked_rows[0]:
    st.session_state["table_pick"] = picked_rows[0]
    row = rows[picked_rows[0]]
    st.session_state["selected"] = row["event_id"]
    centre = (row["latitude"], row["longitude"])
summary = summarize(rows)

st.title("Incident map")
st.caption(f"{summary['incidents']} of {store.count()} incidents ({origin}). "
           "Places: GeoNames (geonames.org), CC BY 4.0.")
cols = st.columns(3)
cols[0].metric("Incidents", summary["incidents"])
cols[1].metric("Killed", summary["killed"])
cols[2].metric("Injured", summary["injured"])
if layer == "Heat map":
    data_layer = heat_layer(rows)
elif layer == "Incidents per oblast":
    data_layer = choropleth_layer(rows, boundaries, oblast_outlines())
elif len(rows) <= POINT_LIMIT:  # few enough to draw one by one: read their full rows for the popups
    full = list(query_incidents(store, IncidentFilter(event_ids=[r["event_id"] for r in rows])))
    data_layer = incidents_layer(full)
else:
    data_layer = incidents_layer(rows)
# the base map renders to the same Leaflet code every run, so streamlit-folium keeps it mounted (and
# its view) and only swaps the data layer
st_folium(base_map(boundaries), feature_group_to_add=data_layer, height=560, use_container_width=True,
          center=centre, zoom=9 if centre else None, key="map",
          returned_objects=["last_object_clicked", "bounds"] if in_view else ["last_object_clicked"])
downloads = st.columns(2)
# files are built only when a button is pressed, from the same query (all fields)
downloads[0].download_button("Download GeoJSON", lambda: geojson_bytes(
    list(query_incidents(store, flt, boundaries=boundaries)), flt), "incidents.geojson", "application/geo+json")
downloads[1].download_button("Download CSV", lambda: csv_bytes(
    list(query_incidents(store, flt, boundaries=boundaries))), "incidents.csv", "text/csv")
weekly = weekly_counts(rows)
if not weekly.empty:
    st.subheader("Incidents per week")
    st.bar_chart(weekly)
if len(rows) > TABLE_ROWS:
    st.caption(f"Table: the newest {TABLE_ROWS:,} of {len(rows):,} incidents; the downloads hold all of them.")
selected = st.session_state.get("selected")
chosen = next((r for r in rows if r["event_id"] == selected), None)
if chosen is not None:
    killed = chosen["fatalities"] if chosen["fatalities"] is not None else "unknown"
    st.info("Selected: " + md_escape(f"{chosen['event_date']} · {chosen['location']} · {chosen['event_type']} · "
                                     f"killed {killed}"))
st.dataframe([{"": "▶" if r["event_id"] == selected else "", **{k: r.get(k) for k in TABLE_COLUMNS}}
              for r in rows[:TABLE_ROWS]], width="stretch", on_select="rerun", selection_mode="single-row",
             key="table")

edit_panel.render(os.environ.get("INCIDENT_MAP_DB"), rows)
