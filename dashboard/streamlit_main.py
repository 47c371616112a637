"""Entry point of the dashboard's server process: import and load what every page run needs
(folium, shapely, pandas, outlines) before Streamlit starts, so the first visitor gets
the same fast render as later ones, then hand over to Streamlit's own command line."""

from __future__ import annotations

import sys


def preload() -> None:
    """Warm what does not import Streamlit: importing Streamlit (or streamlit-folium) here would
    read its configuration before the command line options (static serving) are applied."""
    import pandas  # noqa: F401
    import shapely  # noqa: F401

    import dashboard.layers  # noqa: F401
    from dashboard.basemap import oblast_outlines, world_outlines
    from incidents.boundaries import load_boundaries

    load_boundaries()
    oblast_outlines()
    world_outlines(download=True)
    # open the store and build (or load the snapshot of) the page's analytic mirror
    from dashboard.page import page_sources
    from incidents import settings

    page_sources(settings.db_target())


def main() -> None:
    preload()
    from streamlit.web import cli

    sys.argv = ["streamlit", *sys.argv[1:]]
    cli.main()


if __name__ == "__main__":
    main()
