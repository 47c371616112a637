"""Reading sources once (a round) and following them (the polling loop).

Data flows one way: a source (feed, page, file) -> documents -> the ingest pipeline's extraction
-> the store. A source that fails is one line in the report; the others go on."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from ..documents import Document
from ..extract import Resolver, extract_incidents
from ..ingest import IngestReport, iter_documents, store_document
from ..storage import Store
from .feeds import Entry, FeedError, looks_like_feed, parse_feed
from .http import Fetcher, FetchError, Response, polite_client
from .pages import PageError, check_html, extract_article
from .sources import Poll, already_fetched, content_hash, get_source, is_url, list_sources, mark_fetched, record_poll


@dataclass
class LiveReport(IngestReport):
    notes: list[str] = field(default_factory=list)  # worth knowing, not a failure (a summary used)
    polls: list[Poll] = field(default_factory=list)
    failed_sources: int = 0
    sources: int = 0


_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_interval(text: str) -> float:
    """``15m``, ``30s``, ``1h``, ``0.5s`` or plain seconds -> seconds; ValueError (one line) otherwise."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"{text!r} is not an interval such as 30s, 15m or 1h")
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


class Reader:
    """Reads sources into a store with one polite client; one instance per round."""

    def __init__(self, store: Store, resolver: Resolver, client: Fetcher, published: str | None = None,
                 source: str | None = None, channel: str | None = None) -> None:
        self.store, self.resolver, self.client = store, resolver, client
        self.published, self.source, self.channel = published, source, channel

    def read(self, specs: list[str], report: LiveReport | None = None) -> LiveReport:
        """Read every source (URL or file) in order; each failure is one line in ``report.errors``."""
        report = report if report is not None else LiveReport()
        for spec in specs:
            report.sources += 1
            errors_before = len(report.errors)
            if is_url(spec):
                poll = self.read_url(spec, report)
                report.polls.append(poll)
                record_poll(self.store, poll)
            else:
                for doc in iter_documents([spec], self.published, report.errors, self.channel):
                    self._store(doc, report)
            report.failed_sources += len(report.errors) > errors_before
        return report

    def read_url(self, url: str, report: LiveReport) -> Poll:
        """One feed or page; never raises for a bad source."""
        poll = Poll(url)
        documents_before = report.documents - report.skipped_seen
        errors_before = len(report.errors)
        try:
            if already_fetched(self.store, url):  # a page read before: not asked again
                poll.kind = "page"
                report.skipped_seen += 1
                report.documents += 1
                return poll
            known = get_source(self.store, url) or {}
            resp = self.client.get(url, known.get("etag"), known.get("last_modified"))
            poll.etag, poll.last_modified = resp.headers.get("etag"), resp.headers.get("last-modified")
            if resp.not_modified:
                poll.kind, poll.status = known.get("kind") or "feed", "not modified"
                return poll
            if looks_like_feed(resp.body, resp.content_type):
                poll.kind = "feed"
                self._feed(url, resp, report)
            elif known.get("kind") == "feed":
                poll.kind = "feed"
                raise FeedError(f"not an RSS or Atom feed any more ({resp.content_type or 'no media type'})")
            else:
                poll.kind = "page"
                self._page(url, resp, report)
        except (FetchError, FeedError, PageError) as exc:
            self._fail(poll, report, str(exc) if str(exc).startswith(url) else f"{url}: {exc}")
        except Exception as exc:  # a bug or a library's surprise: still one line, and the batch goes on
            first = (str(exc).strip().splitlines() or [""])[0][:200]
            self._fail(poll, report, f"{url}: unexpected {type(exc).__name__}: {first}")
        poll.new_items = report.documents - report.skipped_seen - documents_before
        problems = report.errors[errors_before:]
        if problems and poll.status == "ok":  # read, but some entries could not be
            poll.status = "partly read"
            poll.error = problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
        return poll

    @staticmethod
    def _fail(poll: Poll, report: LiveReport, line: str) -> None:
        poll.status, poll.error = "failed", line
        report.errors.append(line)

    def _page(self, url: str, resp: Response, report: LiveReport) -> None:
        check_html(resp.body, resp.content_type)
        article = extract_article(resp.body, resp.url)
        published = article.published or self.published
        if published is None:
            raise PageError("no publication date on the page: give --published YYYY-MM-DD")
        self._store(Document(article.text, published, resp.url, url), report)
        mark_fetched(self.store, url, url, content_hash(resp.body))

    def _feed(self, url: str, resp: Response, report: LiveReport) -> None:
        feed = parse_feed(resp.body, resp.url)
        name = self.source or feed.title or url
        for entry in feed.entries:
            key = entry.link or entry.entry_id
            if key is None:
                report.errors.append(f"{url}: an entry without link or id: skipped")
                continue
            if already_fetched(self.store, entry.link, entry.entry_id, url):
                report.documents += 1
                report.skipped_seen += 1
                continue
            doc, digest, final = self._entry_document(url, entry, report)
            if doc is not None:
                self._store(doc, report, name)
            if final:
                mark_fetched(self.store, key, url, digest, entry.entry_id)

    def _entry_document(self, feed_url: str, entry: Entry,
                        report: LiveReport) -> tuple[Document | None, str | None, bool]:
        """(the entry's document, its content hash, whether it is done for good): the linked article,
        else the entry's summary."""
        where = f"{feed_url}: entry {entry.link or entry.entry_id}"
        problem, permanent = "no link", True
        if entry.link and is_url(entry.link):
            try:
                resp = self.client.get(entry.link)
                check_html(resp.body, resp.content_type)
                article = extract_article(resp.body, resp.url)
                published = article.published or entry.published
                if published is None:
                    report.errors.append(f"{where}: published: no date on the page or in the feed"
                                         + (f" ({entry.date_problem})" if entry.date_problem else ""))
                    return None, None, True
                return Document(article.text, published, resp.url, where), content_hash(resp.body), True
            except FetchError as exc:
                problem, permanent = str(exc).removeprefix(f"{entry.link}: "), exc.permanent
            except PageError as exc:
                problem = str(exc)
        if not entry.summary:
            report.errors.append(f"{where}: {problem}, and the entry has no summary")
            return None, None, permanent
        if entry.published is None:
            report.errors.append(f"{where}: published: " + (entry.date_problem or "missing"))
            return None, None, True
        report.notes.append(f"{where}: {problem}; read the entry's summary instead")
        summary = entry.summary.encode()
        # a transient failure is tried again next round (the summary is stored once either way)
        return Document(entry.summary, entry.published, entry.link, where), content_hash(summary), permanent

    def _store(self, doc: Document, report: LiveReport, source: str | None = None) -> None:
        store_document(report, self.store, doc, extract_incidents(doc.text, doc.published, self.resolver),
                       self.source or source)


def read_sources(specs: list[str], store: Store, resolver: Resolver, client: Fetcher | None = None,
                 published: str | None = None, source: str | None = None, channel: str | None = None,
                 saved: bool = False) -> LiveReport:
    """One round: every source in ``specs`` (and the saved ones with ``saved``), each failure one line."""
    urls = list(specs) + [s["url"] for s in list_sources(store, saved_only=True) if saved and s["url"] not in specs]
    reader = Reader(store, resolver, client if client is not None else polite_client(), published, source, channel)
    return reader.read(urls)


def round_line(n: int, report: LiveReport, seconds: float) -> str:
    """The one line a polling round prints."""
    stamp = time.strftime("%H:%M:%SZ", time.gmtime())
    return (f"round {n} at {stamp}: {report.sources} sources, {report.failed_sources} failed; "
            f"{report.documents - report.skipped_seen} new documents, {report.incidents} incidents stored "
            f"({seconds:.1f} s)")


def follow(run_round: Callable[[], LiveReport], every: float, echo: Callable[[LiveReport, str], None],
           rounds: int | None = None, sleep: Callable[[float], None] = time.sleep) -> LiveReport | None:
    """Run a round every ``every`` seconds (from the start of one to the start of the next) until
    ``rounds`` are done or the process is interrupted; a round that raises is reported, not fatal.
    Returns the last round's report."""
    n, last = 0, None
    while rounds is None or n < rounds:
        n += 1
        started = time.monotonic()
        try:
            last = run_round()
            echo(last, round_line(n, last, time.monotonic() - started))
        except Exception as exc:  # the store was busy, the disk full: say so and try again next round
            first = (str(exc).strip().splitlines() or [""])[0][:200]
            last = LiveReport(errors=[f"round {n}: {type(exc).__name__}: {first}"])
            echo(last, f"round {n} failed: {type(exc).__name__}: {first}")
        if rounds is not None and n >= rounds:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return last
