"""Folium map of incidents; every string from data is escaped before it reaches HTML or JS.

Layers: incident points (coloured by type, sized by killed, dashed when the place is only
approximate or a whole region), a heat map, and an oblast choropleth of incidents per oblast.
"""

from __future__ import annotations

import html
from collections import Counter

import folium
from branca.element import MacroElement
from folium.plugins import HeatMap
from jinja2 import Template

from dashboard.basemap import OUTLINE_ATTRIBUTION, oblast_outlines

OSM_ATTRIBUTION = "&copy; OpenStreetMap contributors; places &copy; GeoNames, CC BY 4.0"
TYPE_COLOURS = {
    "Explosions/Remote violence": "#d62728",
    "Battles": "#1f77b4",
    "Violence against civilians": "#9467bd",
    "Strategic developments": "#7f7f7f",
    "Protests": "#2ca02c",
    "Riots": "#ff7f0e",
}
PRECISION_TEXT = {1: "exact place", 2: "near the place / part of a raion", 3: "region only"}


def safe_text(value: object) -> str:
    """Escape for HTML *and* for the JavaScript template literals folium wraps popups in."""
    text = "" if value is None else str(value)
    return html.escape(text, quote=True).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def safe_url(url: object) -> str | None:
    """An http(s) link, escaped; anything else (javascript:, data:) is dropped."""
    text = str(url or "").strip()
    return safe_text(text) if text.lower().startswith(("http://", "https://")) else None


def popup_html(inc: dict) -> str:
    """Popup body for one incident."""
    def num(v: object) -> str:
        return "unknown" if v is None else str(v)

    rows = [
        ("Date", inc.get("event_date")), ("Place", inc.get("location")), ("Region", inc.get("admin1")),
        ("Type", " / ".join(t for t in (inc.get("event_type"), inc.get("sub_event_type")) if t)),
        ("Killed", num(inc.get("fatalities"))), ("Injured", num(inc.get("injured"))),
        ("Actors", " / ".join(a for a in (inc.get("actor1"), inc.get("actor2")) if a)),
        ("Location", PRECISION_TEXT.get(inc.get("geo_precision"), "unknown precision")),
        ("Source", inc.get("source")), ("Notes", inc.get("notes")),
    ]
    body = "".join(f"<tr><th>{safe_text(k)}</th><td>{safe_text(v)}</td></tr>" for k, v in rows if v)
    quote = inc.get("source_quote")
    if quote:
        body += f"<tr><td colspan='2'><q>{safe_text(quote[:600])}</q></td></tr>"
    link = safe_url(inc.get("source_url"))
    if link:
        body += f"<tr><td colspan='2'><a href='{link}' target='_blank' rel='noopener noreferrer'>source</a></td></tr>"
    return f"<table class='incident'>{body}</table>"


def legend_html() -> str:
    items = "".join(f"<div><span style='background:{c}'></span>{safe_text(t)}</div>" for t, c in TYPE_COLOURS.items())
    return ("<div class='incident-legend' style='background:white;padding:6px 8px;font:12px sans-serif;"
            "border-radius:4px;opacity:.9'>"
            "<style>.incident-legend span{display:inline-block;width:10px;height:10px;border-radius:5px;"
            "margin-right:5px}</style>" + items + "<div>dashed: approximate or region-level</div></div>")


class Legend(MacroElement):
    """A Leaflet control holding our own legend HTML (no data-derived text)."""

    _template = Template("""{% macro script(this, kwargs) %}
        var legend_{{ this.get_name() }} = L.control({position: "bottomleft"});
        legend_{{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "incident-legend-box");
            div.innerHTML = {{ this.body|tojson }};
            return div;
        };
        legend_{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
    {% endmacro %}""")

    def __init__(self, body: str) -> None:
        super().__init__()
        self._name = "Legend"
        self.body = body


def incidents_per_oblast(incidents: list[dict], boundaries) -> Counter:
    """Incident counts by oblast, decided by point in polygon."""
    counts: Counter = Counter()
    if boundaries is None:
        return counts
    for inc in incidents:
        name = boundaries.oblast_of(inc["longitude"], inc["latitude"])
        if name:
            counts[name] += 1
    return counts


def incident_map(incidents: list[dict], boundaries=None) -> folium.Map:
    """The map: basemap (web tiles, local outlines beneath), incident points, heat map, choropleth."""
    fmap = folium.Map(location=(48.6, 34.8), zoom_start=6, tiles=None, control_scale=True, max_zoom=18)
    outlines = oblast_outlines()
    attribution = OSM_ATTRIBUTION + ("; " + OUTLINE_ATTRIBUTION if outlines else "")
    folium.TileLayer("OpenStreetMap", attr=attribution, name="OpenStreetMap").add_to(fmap)
    if outlines is not None:
        counts = incidents_per_oblast(incidents, boundaries)
        top = max(counts.values(), default=0)

        def style(feature: dict) -> dict:
            from dashboard.regions import canonical_regions

            n = counts.get(canonical_regions([feature["properties"]["name"]])[0], 0)
            shade = 0.15 + 0.6 * (n / top) if top and n else 0.0
            return {"color": "#777", "weight": 1, "fillColor": "#b2182b" if n else "#f4f1ea",
                    "fillOpacity": shade or 0.6}

        folium.GeoJson(outlines, name="Incidents per oblast", style_function=style,
                       tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False)).add_to(fmap)
    points = folium.FeatureGroup(name="Incidents")
    for inc in incidents:
        killed = inc.get("fatalities") or 0
        colour = TYPE_COLOURS.get(inc.get("event_type") or "", "#333333")
        folium.CircleMarker(
            location=(inc["latitude"], inc["longitude"]), radius=6 + min(killed, 30) ** 0.5 * 3,
            color=colour, fill=True, fill_opacity=0.7, class_name="incident-marker",
            dash_array="4" if (inc.get("geo_precision") or 1) > 1 else None,
            popup=folium.Popup(popup_html(inc), max_width=360),
            tooltip=safe_text(f"{inc.get('location')} ({inc.get('event_date')})"),
        ).add_to(points)
    points.add_to(fmap)
    if incidents:
        HeatMap([(i["latitude"], i["longitude"], 1 + (i.get("fatalities") or 0)) for i in incidents],
                name="Heat map", show=False, radius=18).add_to(fmap)
    folium.LayerControl(collapsed=True).add_to(fmap)
    Legend(legend_html()).add_to(fmap)
    return fmap
