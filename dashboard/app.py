"""Streamlit page: filters in the sidebar (kept in the URL), summary, map, weekly chart, table and
downloads. Thin: every decision is a plain function in dashboard.page / query / mapview."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace

import streamlit as st
from streamlit_folium import st_folium

from dashboard import edit_panel, review_panel, sources_panel
from dashboard.assets import use_local_assets
from dashboard.mapdata import data_layer as map_layer
from dashboard.mapview import base_map
from dashboard.page import (
    DOWNLOAD_LIMIT,
    PAGE_COLUMNS,
    TABLE_COLUMNS,
    TABLE_ROWS,
    bbox_from_bounds,
    csv_bytes,
    data_box,
    filter_from_params,
    geojson_bytes,
    md_escape,
    page_sources,
    params_from_filter,
)
from dashboard.playback import (
    MODES,
    PLAY_SECONDS,
    STEPS,
    Playback,
    choose_step,
    frame_end,
    frame_filter,
    frames,
    nearest_frame,
    next_frame,
    params_from_playback,
    playback_from_params,
    tick,
)
from dashboard.review import sources_html
from incidents import settings
from incidents.boundaries import load_boundaries
from incidents.query import (
    IncidentFilter,
    count,
    date_range,
    incident_sources,
    nearest,
    pending_count,
    query_incidents,
    region_names,
    summarize,
    weekly_counts,
)
from incidents.record import DATE_MAX, DATE_MIN, EVENT_TYPES, MAX_PEOPLE, SHOWN_STATUSES, STATUS_LABELS, STATUSES

st.set_page_config(page_title="Incident map", layout="wide")
use_local_assets()


# the store (full rows, edits), its label, and what the aggregates query (see page_sources)
store, origin, source = page_sources(settings.db_target())
if hasattr(source, "sync"):
    source.sync()  # follow edits and ingests since the last run: only the changed rows
boundaries = load_boundaries()
region_choices = boundaries.names if boundaries else region_names(source)
params = {k: st.query_params.get_all(k) for k in st.query_params}
start, link_notices = filter_from_params(params, region_choices)
playback_link, playback_notices = playback_from_params(params)
link_notices += playback_notices
if "pb_on" not in st.session_state:  # the first run of a visit: playback as the link says
    st.session_state.update(pb_on=playback_link.on, pb_step=playback_link.step, pb_mode=playback_link.mode,
                            pb_at=playback_link.at, playing=False)

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
    statuses = st.multiselect("Review status", STATUSES, default=start.statuses, format_func=STATUS_LABELS.get,
                              help="Unreviewed incidents were extracted from a text and wait for review; "
                                   "rejected ones are kept but hidden unless chosen here.")
    pending = pending_count(source)
    st.markdown(f"**{pending:,}** incident{'s' if pending != 1 else ''} wait{'s' if pending == 1 else ''} for review"
                if pending else "Nothing waits for review.")
    in_view = st.checkbox("Only what is in the map view", key="in_view")
    layer = st.radio("Map layer", ["Points", "Heat map", "Incidents per oblast"], key="layer")

flt = IncidentFilter(regions=regions, since=since.isoformat() if since else None,
                     until=until.isoformat() if until else None, types=types, actor=actor or None,
                     min_fatalities=int(min_killed) or None, text=text or None,
                     statuses=list(statuses) or list(SHOWN_STATUSES))


def playback_state() -> Playback:
    return Playback(on=bool(st.session_state.get("pb_on")), at=st.session_state.get("pb_at"),
                    step=st.session_state.get("pb_step", "week"), mode=st.session_state.get("pb_mode", "window"))


st.query_params.from_dict({**params_from_filter(flt), **params_from_playback(playback_state())})
map_state = st.session_state.get("map") or {}
view = bbox_from_bounds(map_state.get("bounds"))
if in_view:
    flt.bbox = view
st.session_state["view_used"] = view

# the selected incident: a clicked marker (handled in the map's fragment), or a row picked in the table
# (which also centres the map)
rows = list(query_incidents(source, flt, limit=TABLE_ROWS, boundaries=boundaries, columns=PAGE_COLUMNS))
table_pick = getattr(st.session_state.get("table"), "selection", None)
picked_rows = (table_pick or {}).get("rows") if isinstance(table_pick, dict) else getattr(table_pick, "rows", None)
if picked_rows and picked_rows[0] < len(rows) and st.session_state.get("table_pick") != picked_rows[0]:
    st.session_state["table_pick"] = picked_rows[0]
    row = rows[picked_rows[0]]
    st.session_state["selected"] = row["event_id"]
    st.session_state["centre_once"] = (row["latitude"], row["longitude"])
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


def playback_controls(flt: IncidentFilter) -> IncidentFilter | None:
    """The playback widgets; the filter of the frame shown, or None when playback is off."""
    on = st.toggle("Time playback", key="pb_on")
    if not on:
        for key in ("play", "at", "step", "mode"):  # the link forgets playback
            if key in st.query_params:
                del st.query_params[key]
        if st.session_state.get("playing"):
            st.session_state["playing"] = False
            st.rerun()  # the whole page, so the fragment's timer stops
        return None
    span = date_range(source, flt, boundaries)
    if span is None:
        st.caption("Nothing selected to play back.")
        return None
    first, last = flt.since or span[0], flt.until or span[1]
    controls = st.columns([1, 2, 2, 6])
    play = controls[0].empty()
    step = controls[1].radio("Step", list(STEPS), key="pb_step", horizontal=True)
    controls[2].radio("Show", MODES, key="pb_mode", horizontal=True,
                      format_func={"window": "that step only", "cumulative": "everything until then"}.get)
    step = choose_step(first, last, step)
    all_frames = frames(first, last, step)
    # where playback stands: the slider (dragged, or set by the last step), else the link's date
    index = nearest_frame(all_frames, st.session_state.get("pb_frame") or st.session_state.get("pb_at"))
    playing = bool(st.session_state.get("playing"))
    now = time.monotonic()
    if play.button("⏸ Pause" if playing else "▶ Play", key="pb_play"):
        st.session_state["playing"] = not playing
        st.session_state["pb_stepped"] = now  # the first step comes one interval after pressing play
        if not playing and next_frame(index, len(all_frames)) is None:
            st.session_state["pb_frame"] = all_frames[0]  # at the end: play again from the start
        st.rerun()  # the whole page: the map's fragment is set up again with (or without) its timer
    index, still, st.session_state["pb_stepped"] = tick(index, len(all_frames), playing, now,
                                                       st.session_state.get("pb_stepped", 0.0))
    if playing and not still:  # the last frame: stop the fragment's timer (a rerun of the whole page)
        st.session_state["playing"] = False
        st.rerun()
    st.session_state["pb_frame"] = all_frames[index]  # the slider follows playback
    chosen = controls[3].select_slider("Frame", all_frames, key="pb_frame", label_visibility="collapsed",
                                       format_func=lambda d: f"{d} – {frame_end(d, step)}")
    st.session_state["pb_at"] = chosen
    st.query_params.update(params_from_playback(playback_state()))
    return frame_filter(flt, chosen, step, st.session_state["pb_mode"])


def map_part(flt: IncidentFilter, in_view: bool, layer: str, total: int) -> None:
    """The map and its playback controls: map interactions and playback steps rerun only this part."""
    map_state = st.session_state.get("map") or {}
    view = bbox_from_bounds(map_state.get("bounds"))
    if in_view and view != st.session_state.get("view_used"):
        st.rerun()  # the view filters the whole page
    shown = playback_controls(flt)
    base = shown or flt
    # the map asks only for what is in (and just around) its view: every incident when few are there,
    # else grid cells counted by the database, finer as the map zooms in
    zoom = map_state.get("zoom")
    st.session_state["data_box"] = data_box(view, zoom, st.session_state.get("data_box"))
    box = st.session_state["data_box"][0]
    map_flt = replace(base, bbox=box) if box and not in_view else base
    clicked = map_state.get("last_object_clicked")
    if clicked and clicked != st.session_state.get("last_click"):
        st.session_state["last_click"] = clicked
        hit = nearest(source, map_flt, clicked["lat"], clicked["lng"], boundaries)
        if hit and hit["event_id"] != st.session_state.get("selected"):  # a grid cell is no incident
            st.session_state["selected"] = hit["event_id"]
            st.rerun()  # the table and the selection below the map follow
    data_layer = map_layer(source, store, base, map_flt, layer, zoom, boundaries,
                           total if map_flt is flt else None, st.session_state.get("selected"))
    if shown is not None:
        st.caption(f"Showing {shown.since or 'the start'} to {shown.until}: "  # dates we built, no data text
                   f"{count(source, shown, boundaries):,} incidents.")
    centre = st.session_state.pop("centre_once", None)
    # the base map renders to the same Leaflet code every run, so streamlit-folium keeps it mounted (and
    # its view) and only swaps the data layer
    st_folium(base_map(boundaries), feature_group_to_add=data_layer, height=560, use_container_width=True,
              center=centre, zoom=9 if centre else None, key="map",
              returned_objects=["last_object_clicked", "bounds", "zoom"])


# a fragment: panning, zooming, clicking and playback rerun only the map's part; while playing, a timer
# reruns it once per step
st.fragment(map_part, run_every=PLAY_SECONDS if st.session_state.get("playing") else None)(
    flt, in_view, layer, summary["incidents"])
if summary["incidents"] <= DOWNLOAD_LIMIT:
    downloads = st.columns(2)
    # files are built only when a button is pressed, from the same query (all fields)
    downloads[0].download_button("Download GeoJSON", lambda: geojson_bytes(
        query_incidents(store, flt, boundaries=boundaries), flt), "incidents.geojson", "application/geo+json")
    bom = downloads[1].checkbox("CSV for spreadsheets (byte order mark, so Cyrillic reads right)", key="csv_bom")
    downloads[1].download_button("Download CSV", lambda: csv_bytes(
        query_incidents(store, flt, boundaries=boundaries), bom=bom), "incidents.csv", "text/csv")
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
                                     f"killed {killed} · {STATUS_LABELS.get(chosen['status'], chosen['status'])}"))
    with st.expander("Sources of the selected incident"):
        st.html(sources_html(incident_sources(store, [chosen["event_id"]])[chosen["event_id"]]))
st.dataframe([{"": "▶" if r["event_id"] == selected else "", **{k: r.get(k) for k in TABLE_COLUMNS}}
              for r in rows], width="stretch", on_select="rerun", selection_mode="single-row",
             key="table")

review_panel.render(settings.db_target(), store, pending)
edit_panel.render(settings.db_target(), rows)
sources_panel.render(settings.db_target())
