"""Article pages: the main text and publication date (trafilatura), without navigation, cookie
banners, "read more" sidebars or comments."""

from __future__ import annotations

from dataclasses import dataclass

from ..record import RecordError, parse_date

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
MIN_ARTICLE_CHARS = 40  # less is a menu or a caption, not a report


class PageError(ValueError):
    """A page that holds no article; the message is one line."""


@dataclass
class Article:
    text: str
    published: str | None  # ISO date, None when the page states none
    title: str


def check_html(body: bytes, content_type: str) -> None:
    """PageError unless the response is an HTML page (not a PDF, an image, a feed)."""
    if content_type not in HTML_TYPES and not content_type.startswith("text/"):
        raise PageError(f"not an HTML page ({content_type})")
    if body[:5] == b"%PDF-":
        raise PageError("not an HTML page (a PDF)")
    if b"\x00" in body[:4096]:
        raise PageError("not an HTML page (binary data)")


def extract_article(body: bytes, url: str) -> Article:
    """The article a page holds: its main text (boilerplate left out) and its stated publication date."""
    import trafilatura

    document = trafilatura.bare_extraction(
        body.decode("utf-8", "replace") if _is_utf8(body) else body, url=url, with_metadata=True,
        include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        raise PageError("no article text found on the page")
    raw_date = getattr(document, "date", None)
    published = None
    if raw_date:
        try:
            published = parse_date(str(raw_date)[:10], "published")
        except RecordError:
            published = None
    return Article(text, published, (getattr(document, "title", None) or "").strip())


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
