"""Data layers for the map, built as compact JavaScript rather than one folium object per incident.

Few incidents: one circle each (coloured by type, sized by killed, dashed when approximate), with
an escaped popup. Many incidents: one circle per grid cell with counts, so the page stays small;
points come back when the filters narrow the selection. Layers go into FeatureGroups that
streamlit-folium adds to a map it does not remount.
"""

from __future__ import annotations

import math

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from dashboard.popups import popup_html, safe_text
from incidents.record import TYPE_COLOURS

POINT_LIMIT = 3000  # above this many incidents in view, draw grid cells instead of points
COLOURS = [*TYPE_COLOURS.values(), "#333333"]
TYPE_INDEX = {t: i for i, t in enumerate(TYPE_COLOURS)}


class RawScript(Element):
    """JavaScript already rendered, put on the page as it is. branca would compile it as a Jinja
    template (``Element(text)``): slow for megabytes of data, and text from the data holding ``{{``
    or ``{%`` would be read as template syntax (a popup with ``{{ '`` broke the map)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class CircleData(MacroElement):
    """Circles from a list of rows [lat, lon, colour index, radius, dashed, popup html, tooltip, selected,
    unreviewed (drawn faint)]."""

    _template = Template("""{% macro script(this, kwargs) %}
        (function (parent) {
            var group = parent;
            if ({{ this.cluster|tojson }} && L.markerClusterGroup) {
                group = L.markerClusterGroup({maxClusterRadius: 40, disableClusteringAtZoom: 10,
                                              spiderfyOnMaxZoom: true, showCoverageOnHover: false});
                parent.addLayer(group);
            }
            var colours = {{ this.colours|tojson }};
            var rows = {{ this.rows|tojson }};
            var selected = null;
            for (var i = 0; i < rows.length; i++) {
                var d = rows[i];
                var c = colours[d[2]];
                var m = L.circleMarker([d[0], d[1]], {radius: d[3], color: c, fillColor: c, fill: true,
                    fillOpacity: d[8] ? 0.2 : 0.7, weight: 2, dashArray: d[4] ? "4" : null,
                    className: {{ this.css|tojson }}});
                m.bindPopup(d[5], {maxWidth: 360});
                m.bindTooltip(d[6]);
                group.addLayer(m);
                if (d[7]) { selected = m; }
            }
            // the selected incident keeps its popup open when the layer is redrawn (a rerun after
            // the map panned to show that popup would otherwise close it)
            // the popup opens where it is, without panning the map
            if (selected) {
                setTimeout(function () {
                    if (!selected._map) { return; }
                    var popup = selected.getPopup(), pan = popup.options.autoPan;
                    popup.options.autoPan = false;
                    selected.openPopup();
                    popup.options.autoPan = pan;
                }, 0);
            }
        })({{ this._parent.get_name() }});
    {% endmacro %}""")

    def __init__(self, rows: list[list], css: str, cluster: bool = False) -> None:
        super().__init__()
        self._name = "CircleData"
        self.rows = rows
        self.css = css
        self.cluster = cluster
        self.colours = COLOURS

    def render(self, **kwargs) -> None:
        """As :meth:`MacroElement.render`, but the script (holding the data) is added as it is."""
        figure = self.get_root()
        assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
        figure.script.add_child(RawScript(self._template.module.script(self, kwargs)), name=self.get_name())


def _radius(killed: int | None) -> float:
    return round(6 + min(killed or 0, 30) ** 0.5 * 3, 1)


def point_rows(incidents: list[dict], selected: str | None = None) -> list[list]:
    """One compact row per incident; popup and tooltip text escaped here, on the server."""
    out = []
    for inc in incidents:
        out.append([round(inc["latitude"], 5), round(inc["longitude"], 5),
                    TYPE_INDEX.get(inc.get("event_type") or "", len(COLOURS) - 1), _radius(inc.get("fatalities")),
                    1 if (inc.get("geo_precision") or 1) > 1 else 0, popup_html(inc),
                    safe_text(f"{inc.get('location')} ({inc.get('event_date')})"),
                    1 if selected is not None and inc.get("event_id") == selected else 0,
                    1 if inc.get("status") == "extracted" else 0])
    return out


def cell_rows(cells: list[dict]) -> list[list]:
    """One circle per grid cell (see :func:`incidents.query.grid_cells`): how many, how many killed."""
    out = []
    for cell in cells:
        n, killed = cell["incidents"], cell["killed"]
        text = f"{n:,} incidents, {killed:,} killed; zoom in or narrow the filters to see each one"
        out.append([round(cell["latitude"], 4), round(cell["longitude"], 4),
                    TYPE_INDEX.get(cell["event_type"] or "", len(COLOURS) - 1), round(4 + min(math.sqrt(n), 40), 1),
                    0, safe_text(text), safe_text(f"{n:,} incidents"), 0, 0])
    return out


def incidents_layer(incidents: list[dict], selected: str | None = None) -> folium.FeatureGroup:
    """One clustered circle per incident, with its popup (open for the ``selected`` event id)."""
    group = folium.FeatureGroup(name="Incidents")
    CircleData(point_rows(incidents, selected), "incident-marker", cluster=True).add_to(group)
    return group


def cells_layer(cells: list[dict]) -> folium.FeatureGroup:
    """Counts per grid cell, for selections too large to draw one by one."""
    group = folium.FeatureGroup(name="Incidents")
    CircleData(cell_rows(cells), "incident-cell").add_to(group)
    return group


def heat_layer(cells: list[dict]) -> folium.FeatureGroup:
    """A heat map from fine grid cells, weighted by incidents and killed."""
    from folium.plugins import HeatMap

    group = folium.FeatureGroup(name="Heat map")
    if cells:
        HeatMap([(round(c["latitude"], 4), round(c["longitude"], 4), c["incidents"] + c["killed"]) for c in cells],
                radius=18).add_to(group)
    return group


def choropleth_layer(counts: dict[str, int], outlines: dict | None) -> folium.FeatureGroup:
    """Oblasts shaded by their incident counts (see :func:`incidents.query.oblast_counts`); the
    outlines are the ones that decided the counts, so their names are the counts' keys."""
    group = folium.FeatureGroup(name="Incidents per oblast")
    if outlines is None:
        return group
    top = max(counts.values(), default=0)

    def style(feature: dict) -> dict:
        n = counts.get(feature["properties"]["name"], 0)
        return {"color": "#555", "weight": 1, "fillColor": "#b2182b", "fillOpacity": 0.1 + 0.7 * n / top if n else 0}

    folium.GeoJson(outlines, style_function=style,
                   tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False)).add_to(group)
    return group
