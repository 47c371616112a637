"""What the store remembers about live sources (table ``live_sources``: saved sources and each
source's last poll) and fetched articles (table ``fetched_urls``: URL, feed entry id, content hash).
Plain SQL with ``?`` placeholders through the store, so SQLite and PostgreSQL stores both work."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from ..storage import Store

SOURCE_COLUMNS = ("url", "kind", "saved", "added", "last_poll", "last_status", "last_error", "new_items",
                  "etag", "last_modified")


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def content_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


@dataclass
class Poll:
    """The outcome of reading one source once."""

    url: str
    kind: str | None = None  # feed, page, telegram
    status: str = "ok"  # ok, not modified, failed
    error: str | None = None
    new_items: int = 0
    etag: str | None = None
    last_modified: str | None = None


def list_sources(store: Store, saved_only: bool = False) -> list[dict]:
    """Every source read (or saved), saved ones first, then by URL."""
    where = "WHERE saved = 1 " if saved_only else ""
    return list(store.rows(f"SELECT {', '.join(SOURCE_COLUMNS)} FROM live_sources {where}"
                           "ORDER BY saved DESC, url"))


def get_source(store: Store, url: str) -> dict | None:
    rows = list(store.rows(f"SELECT {', '.join(SOURCE_COLUMNS)} FROM live_sources WHERE url = ?", (url,)))
    return rows[0] if rows else None


def add_source(store: Store, url: str, kind: str | None = None) -> bool:
    """Save a source to follow; False when it was saved already."""
    with store.transaction():
        before = store.scalar("SELECT saved FROM live_sources WHERE url = ?", (url,))
        if before is None:
            store.execute("INSERT INTO live_sources (url, kind, saved, added) VALUES (?, ?, 1, ?)", (url, kind, now()))
        else:
            store.execute("UPDATE live_sources SET saved = 1 WHERE url = ?", (url,))
    return before != 1


def remove_source(store: Store, url: str) -> bool:
    """Forget a source (its fetched articles and their incidents stay); False when it was unknown."""
    with store.transaction():
        return store.execute("DELETE FROM live_sources WHERE url = ?", (url,)).rowcount > 0


def record_poll(store: Store, poll: Poll) -> None:
    """Remember a source's last poll (kept validators are replaced only by new ones)."""
    with store.transaction():
        store.execute("INSERT INTO live_sources (url, kind, saved, added) VALUES (?, ?, 0, ?) "
                      "ON CONFLICT (url) DO NOTHING", (poll.url, poll.kind, now()))
        store.execute("UPDATE live_sources SET kind = coalesce(?, kind), last_poll = ?, last_status = ?, "
                      "last_error = ?, new_items = ?, etag = coalesce(?, etag), "
                      "last_modified = coalesce(?, last_modified) WHERE url = ?",
                      (poll.kind, now(), poll.status, poll.error, poll.new_items, poll.etag, poll.last_modified,
                       poll.url))


def already_fetched(store: Store, url: str | None, entry_id: str | None = None, source: str | None = None) -> bool:
    """True when this article URL, or this entry id of the same feed (ids are often only unique
    within their feed), was fetched before."""
    if url and store.scalar("SELECT 1 FROM fetched_urls WHERE url = ?", (url,)):
        return True
    return bool(entry_id) and bool(store.scalar("SELECT 1 FROM fetched_urls WHERE entry_id = ? AND source = ?",
                                                (entry_id, source)))


def mark_fetched(store: Store, url: str, source: str | None, digest: str | None, entry_id: str | None = None) -> None:
    with store.transaction():
        store.execute("INSERT INTO fetched_urls (url, entry_id, source, content_hash, fetched_at) "
                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET entry_id = excluded.entry_id, "
                      "content_hash = excluded.content_hash, fetched_at = excluded.fetched_at",
                      (url, entry_id, source, digest, now()))


def fetched_count(store: Store) -> int:
    return int(store.scalar("SELECT COUNT(*) FROM fetched_urls") or 0)
