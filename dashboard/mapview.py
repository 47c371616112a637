"""Folium map of incidents; every string from data is escaped before it reaches HTML or JS."""

from __future__ import annotations

import html

import folium

from dashboard.basemap import OUTLINE_ATTRIBUTION, oblast_outlines

OSM_ATTRIBUTION = "&copy; OpenStreetMap contributors; places: GeoNames (geonames.org), CC BY 4.0"
TYPE_COLOURS = {
    "Explosions/Remote violence": "#d62728",
    "Battles": "#1f77b4",
    "Violence against civilians": "#9467bd",
    "Strategic developments": "#7f7f7f",
}


def safe_text(value: object) -> str:
    """Escape for HTML *and* for the JavaScript template literals folium wraps popups in."""
    text = "" if value is None else str(value)
    return html.escape(text, quote=True).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def popup_html(inc: dict) -> str:
    """Popup body for one incident."""
    def num(v: object) -> str:
        return "unknown" if v is None else str(v)

    rows = [
        ("Date", inc.get("event_date")), ("Place", inc.get("location")), ("Region", inc.get("admin1")),
        ("Type", inc.get("event_type")), ("Killed", num(inc.get("fatalities"))),
        ("Injured", num(inc.get("injured"))),
        ("Actors", " / ".join(a for a in (inc.get("actor1"), inc.get("actor2")) if a)),
        ("Notes", inc.get("notes")),
    ]
    body = "".join(f"<tr><th>{safe_text(k)}</th><td>{safe_text(v)}</td></tr>" for k, v in rows)
    return f"<table class='incident'>{body}</table>"


def incident_map(incidents: list[dict]) -> folium.Map:
    """A map with one circle marker per incident, coloured by type and sized by fatalities."""
    fmap = folium.Map(location=(48.5, 34.5), zoom_start=6, tiles=None, control_scale=True, max_zoom=18)
    outlines = oblast_outlines()
    attribution = OSM_ATTRIBUTION + ("; " + OUTLINE_ATTRIBUTION if outlines else "")
    folium.TileLayer("OpenStreetMap", attr=attribution, name="OpenStreetMap").add_to(fmap)
    if outlines is not None:
        folium.GeoJson(outlines, name="Oblast outlines",
                       style_function=lambda _f: {"color": "#777", "weight": 1, "fillColor": "#f4f1ea",
                                                  "fillOpacity": 0.6}).add_to(fmap)
    for inc in incidents:
        killed = inc.get("fatalities") or 0
        colour = TYPE_COLOURS.get(inc.get("event_type") or "", "#333333")
        folium.CircleMarker(
            location=(inc["latitude"], inc["longitude"]), radius=6 + min(killed, 30) ** 0.5 * 3,
            color=colour, fill=True, fill_opacity=0.7, class_name="incident-marker",
            dash_array="4" if (inc.get("geo_precision") or 1) > 1 else None,
            popup=folium.Popup(popup_html(inc), max_width=320),
            tooltip=safe_text(f"{inc.get('location')} ({inc.get('event_date')})"),
        ).add_to(fmap)
    return fmap
