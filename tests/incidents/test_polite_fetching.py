"""The polite HTTP client on its own: retries with backoff, the per-host pause, robots.txt (and its
Crawl-delay), conditional GET and the size limit, against the loopback news site."""

from __future__ import annotations

import pytest

from incidents.fetch.http import FetchError, HttpClient, RateLimited, Response, RobotsGuard, polite_client
from incidents.fetch.live import parse_interval
from tests.webserver import NewsSite, Reply


def test_server_errors_are_retried_with_doubling_backoff():
    waits: list[float] = []
    with NewsSite() as site:
        calls = {"n": 0}

        def flaky() -> bytes:
            calls["n"] += 1
            return b"<p>fine</p>"

        site.routes["/flaky"] = Reply(b"busy", "text/plain", status=503)
        client = HttpClient(timeout=1, retries=2, backoff=0.5, sleep=waits.append)
        with pytest.raises(FetchError, match=r"HTTP 503 \(after 3 attempts\)"):
            client.get(site.url("/flaky"))
        assert waits == [0.5, 1.0] and site.hits["/flaky"] == 3
        site.routes["/later"] = Reply(b"busy", "text/plain", status=429, headers=(("Retry-After", "2"),))
        waits.clear()
        with pytest.raises(FetchError):
            HttpClient(retries=1, sleep=waits.append).get(site.url("/later"))
        assert waits == [2.0]  # the server's Retry-After wins
        site.routes["/ok"] = Reply(flaky)
        assert client.get(site.url("/ok")).body == b"<p>fine</p>" and calls["n"] == 1


def test_a_missing_page_is_not_retried():
    waits: list[float] = []
    with NewsSite() as site:
        with pytest.raises(FetchError, match="HTTP 404") as err:
            HttpClient(retries=3, sleep=waits.append).get(site.url("/nothing"))
        assert err.value.permanent and waits == [] and site.hits["/nothing"] == 1


def test_conditional_get_and_the_size_limit():
    with NewsSite() as site:
        site.routes["/feed"] = Reply(b"<rss/>", "application/rss+xml", etag='"v7"')
        client = HttpClient(retries=0)
        first = client.get(site.url("/feed"))
        assert first.status == 200 and first.headers["etag"] == '"v7"'
        assert client.get(site.url("/feed"), etag='"v7"').not_modified
        site.routes["/big"] = Reply(b"x" * 2000)
        with pytest.raises(FetchError, match="larger than"):
            HttpClient(retries=0, max_bytes=1000).get(site.url("/big"))
        with pytest.raises(FetchError, match="not an http"):
            client.get("file:///etc/passwd")


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


class Recorder:
    def __init__(self) -> None:
        self.urls: list[str] = []

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        self.urls.append(url)
        return Response(url, 200, b"User-agent: *\nCrawl-delay: 3\nDisallow: /secret\n" if "robots" in url else b"")


def test_the_pause_is_per_host():
    clock = FakeClock()
    limited = RateLimited(Recorder(), interval=1.5, clock=clock, sleep=clock.sleep)
    limited.get("http://a.example/1")
    limited.get("http://b.example/1")  # another host: no wait
    limited.get("http://a.example/2")
    limited.get("http://a.example/3")
    assert clock.slept == [1.5, 1.5]


def test_robots_txt_is_read_once_per_host_and_its_crawl_delay_is_kept():
    clock = FakeClock()
    inner = Recorder()
    limiter = RateLimited(inner, interval=1.0, clock=clock, sleep=clock.sleep)
    guard = RobotsGuard(limiter, limiter=limiter)
    guard.get("http://a.example/news/1")
    with pytest.raises(FetchError, match=r"disallowed by robots\.txt") as err:
        guard.get("http://a.example/secret/2")
    assert err.value.permanent
    guard.get("http://a.example/news/3")
    assert inner.urls == ["http://a.example/robots.txt", "http://a.example/news/1", "http://a.example/news/3"]
    assert clock.slept == [1.0, 3.0]  # robots.txt -> page at the default pause, then its Crawl-delay


def test_a_host_without_robots_txt_allows_everything_and_a_failing_one_nothing():
    with NewsSite() as site:
        client = polite_client(interval=0, timeout=1, retries=0)
        site.routes["/page"] = Reply(b"<p>hello</p>")
        assert client.get(site.url("/page")).body == b"<p>hello</p>"  # robots.txt is a 404 here
        site.routes["/robots.txt"] = Reply(b"down", "text/plain", status=500)
        fresh = polite_client(interval=0, timeout=1, retries=0)
        with pytest.raises(FetchError, match=r"robots\.txt could not be read \(HTTP 500"):
            fresh.get(site.url("/page"))


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("0.1s", 0.1), ("45", 45)])
def test_intervals(text, seconds):
    assert parse_interval(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", ["", "soon", "0s", "-5m", "15 minutes"])
def test_bad_intervals(text):
    with pytest.raises(ValueError, match="not an interval"):
        parse_interval(text)


def test_sources_and_fetched_urls_on_postgresql(pg_url):
    """The same tables and statements on a PostgreSQL store (migration 6 there)."""
    from incidents.fetch.sources import (
        Poll,
        add_source,
        already_fetched,
        get_source,
        list_sources,
        mark_fetched,
        record_poll,
        remove_source,
    )
    from incidents.storage import open_store

    store = open_store(pg_url)
    try:
        assert add_source(store, "http://a.example/rss") and not add_source(store, "http://a.example/rss")
        record_poll(store, Poll("http://a.example/rss", "feed", "ok", None, 4, '"e1"', "Mon, 02 Jun 2025"))
        record_poll(store, Poll("http://b.example/page", "page", "failed", "b: HTTP 500", 0))
        record_poll(store, Poll("http://a.example/rss", "feed", "not modified", None, 0))
        assert get_source(store, "http://a.example/rss")["etag"] == '"e1"'  # kept when the 304 sends none
        assert [s["url"] for s in list_sources(store, saved_only=True)] == ["http://a.example/rss"]
        assert len(list_sources(store)) == 2
        mark_fetched(store, "http://a.example/1", "http://a.example/rss", "ab" * 32, "urn:1")
        assert already_fetched(store, "http://a.example/1")
        assert already_fetched(store, "http://x/moved", "urn:1", "http://a.example/rss")  # the same entry, moved
        assert not already_fetched(store, "http://x/moved", "urn:1", "http://b.example/rss")  # another feed's id 1
        assert not already_fetched(store, "http://a.example/2", "urn:2", "http://a.example/rss")
        assert remove_source(store, "http://a.example/rss") and not remove_source(store, "http://a.example/rss")
    finally:
        store.close()


def test_redirects_go_to_http_only():
    with NewsSite() as site:
        site.routes["/away"] = Reply(b"", status=302, headers=(("Location", "ftp://files.example/x"),))
        site.routes["/hop"] = Reply(b"", status=301, headers=(("Location", "/landing"),))
        site.routes["/landing"] = Reply(b"<p>here</p>")
        client = HttpClient(retries=0)
        with pytest.raises(FetchError, match="non-http"):
            client.get(site.url("/away"))
        landed = client.get(site.url("/hop"))
        assert landed.url == site.url("/landing") and landed.body == b"<p>here</p>"
