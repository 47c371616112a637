"""Folium map of incidents; every string from data is escaped before it reaches HTML or JS.

Layers: incident points (coloured by type, sized by killed, dashed when the place is only
approximate or a whole region), a heat map, and an oblast choropleth of incidents per oblast.
"""

from __future__ import annotations

import html
import os

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import HeatMap
from jinja2 import Template

from dashboard.basemap import OUTLINE_ATTRIBUTION, WORLD_ATTRIBUTION, oblast_outlines, world_outlines

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


class PluginScripts(JSCSSMixin, MacroElement):
    """Nothing to draw; it makes the map page load the heat map and marker cluster plugins up front,
    since data layers arrive later without a remount."""

    _template = Template("{% macro script(this, kwargs) %}{% endmacro %}")

    def __init__(self) -> None:
        from folium.plugins import MarkerCluster

        super().__init__()
        self._name = "PluginScripts"
        self.default_js = [*HeatMap.default_js, *MarkerCluster.default_js]
        self.default_css = list(MarkerCluster.default_css)


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


def base_map(boundaries=None) -> folium.Map:
    """The map without data: web tiles, local oblast outlines beneath (the fallback basemap when
    tiles cannot load), legend. Built once per session, so filter changes never remount it."""
    fmap = folium.Map(location=(48.6, 34.8), zoom_start=6, tiles=None, control_scale=True, max_zoom=18)
    outlines = oblast_outlines()
    world = world_outlines(download=os.environ.get("INCIDENT_MAP_OFFLINE") != "1")
    attribution = OSM_ATTRIBUTION + ("; " + OUTLINE_ATTRIBUTION if outlines else "") + (
        "; " + WORLD_ATTRIBUTION if world else "")
    folium.TileLayer("OpenStreetMap", attr=attribution, name="OpenStreetMap", max_zoom=18).add_to(fmap)
    if world is not None:  # beneath everything: what shows when tiles cannot load
        folium.GeoJson(world, name="Countries", style_function=lambda _f: {
            "color": "#aaa", "weight": 0.6, "fillColor": "#f7f5f0", "fillOpacity": 1}).add_to(fmap)
    if outlines is not None:
        folium.GeoJson(outlines, name="Oblasts", style_function=lambda _f: {
            "color": "#888", "weight": 1, "fillColor": "#f4f1ea", "fillOpacity": 0.6}).add_to(fmap)
    PluginScripts().add_to(fmap)
    Legend(legend_html()).add_to(fmap)
    return fmap


def incident_map(incidents: list[dict], boundaries=None, layer: str = "points") -> folium.Map:
    """A complete static map (base + one data layer), e.g. for export or tests."""
    from dashboard.layers import choropleth_layer, heat_layer, incidents_layer

    fmap = base_map(boundaries)
    if layer == "heat":
        heat_layer(incidents).add_to(fmap)
    elif layer == "choropleth":
        choropleth_layer(incidents, boundaries, oblast_outlines()).add_to(fmap)
    else:
        incidents_layer(incidents).add_to(fmap)
    return fmap
