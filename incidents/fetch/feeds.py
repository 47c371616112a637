"""RSS and Atom feeds (feedparser): the entries, each with its link, id, date and summary."""

from __future__ import annotations

import datetime as dt
import html
import re
import warnings
from dataclasses import dataclass

from ..record import RecordError, parse_date

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rss", "application/feed+json",
              "application/xml", "text/xml", "application/rdf+xml")


class FeedError(ValueError):
    """A feed that cannot be read; the message is one line."""


@dataclass
class Entry:
    link: str | None
    entry_id: str | None
    title: str
    summary: str  # plain text
    published: str | None  # ISO date, None when the feed gives none
    date_problem: str | None = None  # why a date the feed gave was not used


def looks_like_feed(body: bytes, content_type: str) -> bool:
    """True for an RSS/Atom document (by its media type or its first element)."""
    if content_type in FEED_TYPES and content_type not in ("application/xml", "text/xml"):
        return True
    head = body[:2048].lstrip().lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2:].lstrip()
        while head.startswith((b"<!--", b"<?")):  # comments, stylesheets
            end = head.find(b"-->") + 3 if head.startswith(b"<!--") else head.find(b"?>") + 2
            head = head[end:].lstrip() if end > 2 else b""
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf", b"<rdf"))


def html_to_text(value: str) -> str:
    """A summary's HTML as plain text (tags dropped, entities decoded)."""
    text = _TAG.sub(" ", value or "")
    return _SPACE.sub(" ", html.unescape(text)).strip()


@dataclass
class Feed:
    title: str
    entries: list[Entry]


def parse_feed(body: bytes, url: str) -> Feed:
    """The entries of an RSS or Atom document; FeedError (one line) for HTML, malformed XML or no entries."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.get("version"):
        if parsed.get("bozo") and not looks_like_feed(body, ""):
            raise FeedError("not an RSS or Atom feed (an HTML page or other document?)")
        raise FeedError(f"malformed feed ({_bozo(parsed)})")
    if parsed.get("bozo") and _is_xml_error(parsed.get("bozo_exception")):
        raise FeedError(f"malformed feed ({_bozo(parsed)})")
    with warnings.catch_warnings():  # feedparser warns about its updated/published fallback
        warnings.simplefilter("ignore", DeprecationWarning)
        return Feed(html_to_text(parsed.feed.get("title") or ""), [_entry(e) for e in parsed.entries])


def _is_xml_error(exc: object) -> bool:
    return exc is not None and type(exc).__name__ in ("SAXParseException", "SAXException")


def _bozo(parsed) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "unrecognised format"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _entry(e) -> Entry:
    link = e.get("link") or None
    entry_id = e.get("id") or None
    summary = html_to_text(e.get("summary") or "")
    if not summary and e.get("content"):
        summary = html_to_text(" ".join(c.get("value", "") for c in e["content"]))
    published, problem = None, None
    parsed_time = e.get("published_parsed") or e.get("updated_parsed")
    raw = e.get("published") or e.get("updated")
    if parsed_time:
        try:
            published = parse_date(dt.date(*parsed_time[:3]).isoformat(), "published")
        except (ValueError, RecordError) as exc:
            problem = f"date {raw!r}: {exc}"
    elif raw:
        problem = f"date {str(raw)[:60]!r} is not a date"
    return Entry(link if isinstance(link, str) else None, entry_id if isinstance(entry_id, str) else None,
                 html_to_text(e.get("title") or ""), summary, published, problem)
