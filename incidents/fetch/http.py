"""One polite HTTP client: a User-Agent naming the project, timeouts, retries with backoff,
conditional GET, a size limit and a redirect limit. Politeness on top of it comes as wrappers:
:class:`RateLimited` (a pause between requests to one host) and :class:`RobotsGuard` (robots.txt).

Every failure is a :class:`FetchError` whose message is one line."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from http.client import HTTPException
from typing import Protocol
from urllib.parse import urlsplit

from ..documents import MAX_DOCUMENT_BYTES

USER_AGENT = "incident-map/0.1 (war incident mapper; reads public news feeds politely; honours robots.txt)"
ROBOTS_AGENT = "incident-map"  # the name robots.txt rules are matched against
MAX_REDIRECTS = 5
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FetchError(Exception):
    """A URL that could not be read; ``str()`` is one line. ``permanent`` errors are not worth retrying
    next round (robots.txt says no, not a page, too large)."""

    def __init__(self, message: str, permanent: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.permanent, self.status = permanent, status


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 for a conditional GET that found nothing new
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class Fetcher(Protocol):
    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response: ...


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class _Redirects(urllib.request.HTTPRedirectHandler):
    """At most MAX_REDIRECTS hops, none to the same URL twice, and only to http(s) URLs."""

    max_redirections = MAX_REDIRECTS
    max_repeats = 1

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urllib.parse.urljoin(req.full_url, newurl)
        if urlsplit(target).scheme not in ("http", "https"):
            raise FetchError(f"{req.full_url}: redirected to a non-http(s) URL", permanent=True)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class HttpClient:
    """Plain GETs with a timeout, ``retries`` more attempts (backoff ``backoff`` s, doubling) on
    network errors, timeouts and 429/5xx, conditional headers, and at most ``max_bytes`` of body."""

    def __init__(self, timeout: float = 20.0, retries: int = 2, backoff: float = 1.0,
                 max_bytes: int = MAX_DOCUMENT_BYTES, user_agent: str = USER_AGENT,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.timeout, self.retries, self.backoff, self.max_bytes = timeout, retries, backoff, max_bytes
        self.user_agent = user_agent
        self.sleep = sleep
        self.opener = urllib.request.build_opener(_Redirects())
        self.requests = 0  # sent, retries included

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"{url}: not an http(s) URL", permanent=True)
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "identity"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                return self._once(url, headers)
            except _Retry as exc:
                if attempt == self.retries:
                    raise FetchError(f"{url}: {exc} (after {attempt + 1} attempts)", status=exc.status) from None
                self.sleep(exc.retry_after if exc.retry_after is not None else delay)
                delay *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        self.requests += 1
        request = urllib.request.Request(url, headers=headers)
        try:
            with self.opener.open(request, timeout=self.timeout) as resp:
                head = _headers(resp.headers)
                declared = head.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: larger than {self.max_bytes // 1_000_000} MB "
                                     f"({int(declared) // 1_000_000} MB)", permanent=True)
                return Response(resp.geturl(), resp.status, self._body(url, resp), head)
        except urllib.error.HTTPError as exc:
            if exc.code == 304:
                return Response(url, 304, b"", _headers(exc.headers))
            if exc.code in RETRY_STATUSES:
                raise _Retry(f"HTTP {exc.code}", _retry_after(exc.headers), exc.code) from None
            if exc.code in (301, 302, 303, 307, 308):
                raise FetchError(f"{url}: too many redirects (a redirect loop?)", permanent=True) from None
            raise FetchError(f"{url}: HTTP {exc.code} {exc.reason}", permanent=exc.code in (401, 403, 404, 410),
                             status=exc.code) from None
        except (TimeoutError, urllib.error.URLError, HTTPException, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            text = "timed out" if isinstance(reason, TimeoutError) or "timed out" in str(reason) else str(reason)
            raise _Retry(text or type(exc).__name__, None) from None


    def _body(self, url: str, resp) -> bytes:
        """The body, at most ``max_bytes``, read within ``3 * timeout`` seconds in all (a server that
        trickles bytes gets no more time than that)."""
        deadline = time.monotonic() + 3 * self.timeout
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = resp.read(min(65536, self.max_bytes + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(f"{url}: larger than {self.max_bytes // 1_000_000} MB", permanent=True)
            if time.monotonic() > deadline:
                raise _Retry("timed out (the body came too slowly)", None)


class _Retry(Exception):
    def __init__(self, message: str, retry_after: float | None, status: int | None = None) -> None:
        super().__init__(message)
        self.retry_after, self.status = retry_after, status


def _headers(msg: Message | None) -> dict[str, str]:
    return {k.lower(): v for k, v in (msg.items() if msg is not None else [])}


def _retry_after(msg: Message | None) -> float | None:
    value = (msg.get("Retry-After") if msg is not None else None) or ""
    return min(float(value), 60.0) if value.strip().isdigit() else None


class RateLimited:
    """At most one request every ``interval`` seconds to each host (scheme + host + port)."""

    def __init__(self, inner: Fetcher, interval: float = 1.0, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.inner, self.interval, self.clock, self.sleep = inner, interval, clock, sleep
        self.delays: dict[str, float] = {}  # a host's own longer delay (robots.txt Crawl-delay)
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        host = host_of(url)
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + max(self.interval, self.delays.get(host, 0.0))
        if start > now:
            self.sleep(start - now)
        return self.inner.get(url, etag, last_modified)


class RobotsGuard:
    """Asks each host's robots.txt (read once, through ``inner``) before every request; a missing
    robots.txt allows everything, an unreadable one (5xx, network) forbids the host for this run."""

    def __init__(self, inner: Fetcher, agent: str = ROBOTS_AGENT, limiter: RateLimited | None = None) -> None:
        self.inner, self.agent, self.limiter = inner, agent, limiter
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._unreadable: dict[str, str] = {}  # host -> why its robots.txt could not be read

    def allowed(self, url: str) -> bool:
        host = host_of(url)
        if host not in self._robots:
            self._robots[host] = self._read(host)
        rules = self._robots[host]
        return rules is None or rules.can_fetch(self.agent, url)

    def _read(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        parser = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        try:
            resp = self.inner.get(host + "/robots.txt")
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:  # no robots.txt: everything allowed
                return None
            parser.parse(["User-agent: *", "Disallow: /"])  # unreadable: stay away this run
            why = str(exc).removeprefix(host + "/robots.txt: ")
            # a host that cannot be reached at all is said so; a server error on robots.txt names it
            self._unreadable[host] = why if exc.status is None else f"robots.txt could not be read ({why})"
            return parser
        parser.parse(resp.body.decode("utf-8", "replace").splitlines())
        delay = parser.crawl_delay(self.agent)
        if delay and self.limiter is not None:
            self.limiter.delays[host] = min(float(delay), 60.0)
        return parser

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        if not self.allowed(url):
            why = self._unreadable.get(host_of(url))
            if why is not None:  # tried again next round
                raise FetchError(f"{url}: {why}")
            raise FetchError(f"{url}: disallowed by robots.txt", permanent=True)
        return self.inner.get(url, etag, last_modified)


def polite_client(interval: float = 1.0, timeout: float = 20.0, retries: int = 2, backoff: float = 1.0,
                  max_bytes: int = MAX_DOCUMENT_BYTES) -> RobotsGuard:
    """The client every live source is read with: robots.txt, then the per-host pause, then HTTP."""
    limiter = RateLimited(HttpClient(timeout, retries, backoff, max_bytes), interval)
    return RobotsGuard(limiter, limiter=limiter)
