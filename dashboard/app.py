"""Streamlit page: the incidents on a map. Thin: data and map come from plain functions."""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from dashboard.assets import use_local_assets
from dashboard.defaults import load_page_incidents
from dashboard.mapview import incident_map

st.set_page_config(page_title="Incident map", layout="wide")
st.title("Incident map")
use_local_assets()
incidents, origin = load_page_incidents()
st.caption(f"{len(incidents)} incident{'' if len(incidents) == 1 else 's'} ({origin}). "
           "Places: GeoNames (geonames.org), CC BY 4.0.")
st_folium(incident_map(incidents), height=560, use_container_width=True, returned_objects=[])
st.dataframe(
    [{k: i[k] for k in ("event_date", "location", "admin1", "event_type", "fatalities", "injured")} for i in incidents],
    use_container_width=True,
)
