"""The base map the page mounts once: web tiles, the local outline basemap beneath them, the
plugins the data layers need, and the legend. Data layers are in :mod:`dashboard.layers`."""

from __future__ import annotations

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import HeatMap
from jinja2 import Template

from dashboard.basemap import OUTLINE_ATTRIBUTION, WORLD_ATTRIBUTION, oblast_outlines, world_outlines
from dashboard.popups import safe_text
from incidents.record import TYPE_COLOURS
from incidents.settings import offline

OSM_ATTRIBUTION = "&copy; OpenStreetMap contributors; places &copy; GeoNames, CC BY 4.0"


def legend_html() -> str:
    items = "".join(f"<div><span style='background:{c}'></span>{safe_text(t)}</div>" for t, c in TYPE_COLOURS.items())
    return ("<div class='incident-legend' style='background:white;padding:6px 8px;font:12px sans-serif;"
            "border-radius:4px;opacity:.9'>"
            "<style>.incident-legend span{display:inline-block;width:10px;height:10px;border-radius:5px;"
            "margin-right:5px}</style>" + items + "<div>dashed: approximate or region-level</div>"
            "<div>faint: not reviewed yet</div></div>")


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
    world = world_outlines(download=not offline())
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
