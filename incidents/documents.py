"""The unit every reader hands to extraction: one article's text with its date, URL and origin."""

from __future__ import annotations

from dataclasses import dataclass

MAX_DOCUMENT_BYTES = 5_000_000  # one article, at most


@dataclass
class Document:
    text: str
    published: str
    url: str | None
    origin: str  # where it came from, for messages: "file", "file:line", "feed: entry URL"
