"""Map JavaScript and CSS served locally, so the map draws with no internet.

The files come from installed registry packages (XStatic Leaflet, jQuery, MarkerCluster; folium's
own plugin files) and are copied at start-up into ``dashboard/static/vendor`` (not in git), which
Streamlit serves under ``/app/static/`` when static serving is on.
"""

from __future__ import annotations

import shutil
from pathlib import Path

STATIC_DIR = Path(__file__).with_name("static")
VENDOR = STATIC_DIR / "vendor"
URL_PREFIX = "/app/static/vendor/"


def _package_files() -> dict[str, Path]:
    import folium
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster

    files = {
        "leaflet.js": Path(leaflet.BASE_DIR) / "leaflet.js",
        "leaflet.css": Path(leaflet.BASE_DIR) / "leaflet.css",
        "jquery.min.js": Path(jquery.BASE_DIR) / "jquery.min.js",
        "leaflet.markercluster.js": Path(cluster.BASE_DIR) / "leaflet.markercluster.js",
        "MarkerCluster.css": Path(cluster.BASE_DIR) / "MarkerCluster.css",
        "MarkerCluster.Default.css": Path(cluster.BASE_DIR) / "MarkerCluster.Default.css",
    }
    heat = Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js"
    if heat.exists():
        files["leaflet_heat.min.js"] = heat
    for image in (Path(leaflet.BASE_DIR) / "images").glob("*.png"):
        files[f"images/{image.name}"] = image
    return files


def install_assets() -> Path:
    """Copy the vendor files into the static folder (only those that changed)."""
    for name, source in _package_files().items():
        target = VENDOR / name
        if not target.exists() or target.stat().st_size != source.stat().st_size:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return VENDOR


def use_local_assets() -> None:
    """Point folium at the local copies instead of CDNs (no Bootstrap or Font Awesome needed)."""
    import folium

    folium.Map.default_js = [("leaflet", URL_PREFIX + "leaflet.js"), ("jquery", URL_PREFIX + "jquery.min.js")]
    folium.Map.default_css = [("leaflet_css", URL_PREFIX + "leaflet.css")]
    from folium.plugins import HeatMap, MarkerCluster

    HeatMap.default_js = [("leaflet-heat.js", URL_PREFIX + "leaflet_heat.min.js")]

    MarkerCluster.default_js = [("markerclusterjs", URL_PREFIX + "leaflet.markercluster.js")]
    MarkerCluster.default_css = [("markerclustercss", URL_PREFIX + "MarkerCluster.css"),
                                 ("markerclusterdefaultcss", URL_PREFIX + "MarkerCluster.Default.css")]
