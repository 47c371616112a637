"""A small news site on loopback for the live-source tests: feeds, article pages with boilerplate,
broken and slow documents, robots.txt and ETag handling. Every request is counted by path."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes | Callable[[], bytes]
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    delay: float = 0.0
    headers: tuple[tuple[str, str], ...] = ()


class NewsSite:
    """``with NewsSite() as site: site.routes["/x"] = Reply(...); site.url("/x")``."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.conditional: list[str] = []  # paths asked with If-None-Match / If-Modified-Since
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                site.hits[path] += 1
                site.agents.append(self.headers.get("User-Agent", ""))
                reply = site.routes.get(path)
                if reply is None:
                    self.send_error(404)
                    return
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.etag is not None and self.headers.get("If-None-Match") == reply.etag:
                    site.conditional.append(path)
                    self.send_response(304)
                    self.send_header("ETag", reply.etag)
                    self.end_headers()
                    return
                body = reply.body() if callable(reply.body) else reply.body
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(body)))
                if reply.etag is not None:
                    self.send_header("ETag", reply.etag)
                for name, value in reply.headers:
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def article_hits(self) -> int:
        return sum(n for path, n in self.hits.items() if path.endswith(".html"))

    def __enter__(self) -> NewsSite:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def article_page(title: str, date: str, paragraphs: list[str], sidebar: list[str]) -> bytes:
    """A news article page as sites write them: navigation, a cookie banner, the article, a "read
    more" sidebar with other headlines, a footer."""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    more = "".join(f'<li><a href="/news/other-{i}.html">{h}</a></li>' for i, h in enumerate(sidebar))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Frontline Daily</title>
<meta property="article:published_time" content="{date}T07:30:00+00:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/regions/kharkiv">Kharkiv</a> <a href="/regions/kherson">Kherson</a>
<a href="/regions/nikopol">Nikopol</a> <a href="/live">Live</a></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to measure how our reports on Kherson and
Nikopol are read. Accept all cookies or manage your choices.</p><button>Accept all</button></div>
<main><article><h1>{title}</h1><p class="byline">By the regional desk, {date}</p>
{body}</article>
<aside class="sidebar related"><h3>Read more</h3><ul>{more}</ul></aside></main>
<footer><p>Frontline Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>""".encode()
