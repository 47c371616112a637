"""Live ingest: N feed entries served by a loopback news site, fetched (robots.txt, conditional GET,
trafilatura) and extracted into a fresh store, versus a baseline measured in the same run: the same
article texts ingested from a JSON Lines file (extraction and store only, no fetching). Then a second
run over the same feed, which must fetch no article and add nothing.

Usage: python -m benchmarks.live_ingest [--entries 200] [--words 250] [--delay 0] [--index PATH]
"""

from __future__ import annotations

import argparse
import html
import json
import tempfile
import time
from pathlib import Path

from benchmarks.throughput import make_articles
from gazetteer import Gazetteer
from incidents.fetch.http import polite_client
from incidents.fetch.live import read_sources
from incidents.ingest import ingest
from incidents.storage import Store
from tests.webserver import NewsSite, Reply, article_page


def build_site(site: NewsSite, articles: list[tuple[str, str]]) -> str:
    base = site.url("")
    items = []
    for n, (text, published) in enumerate(articles):
        path = f"/news/{n}.html"
        site.routes[path] = Reply(article_page(f"Report {n}", published, [html.escape(text)],
                                               ["Other headline", "Another headline"]))
        items.append(f"<item><title>Report {n}</title><link>{base}{path}</link><guid>r{n}</guid>"
                     f"<pubDate>{published}</pubDate><description>Report {n}</description></item>")
    site.routes["/robots.txt"] = Reply(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    site.routes["/feed.rss"] = Reply(("<?xml version='1.0'?><rss version='2.0'><channel><title>Bench</title>"
                                      + "".join(items) + "</channel></rss>").encode(), "application/rss+xml")
    return site.url("/feed.rss")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--delay", type=float, default=0.0, help="per-host pause in seconds (the default of "
                        "`ingest` is 1 s; 0 measures the work, not the politeness)")
    parser.add_argument("--index", type=Path, help="gazetteer index (default: the user cache)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    articles = [(f"[{n}] {text}", published) for n, (text, published) in
                enumerate(make_articles(args.entries, words=args.words, seed=11))]
    gaz = Gazetteer(args.index)
    corpus = tmp / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t, "published": p}) + "\n" for t, p in articles), encoding="utf-8")

    t = time.perf_counter()
    base = ingest([str(corpus)], Store(tmp / "baseline.sqlite"), gaz, progress=False)
    base_s = time.perf_counter() - t

    with NewsSite() as site:
        feed = build_site(site, articles)
        store = Store(tmp / "live.sqlite")
        t = time.perf_counter()
        first = read_sources([feed], store, gaz, polite_client(interval=args.delay, timeout=10, retries=0))
        first_s = time.perf_counter() - t
        fetched = site.article_hits()
        t = time.perf_counter()
        second = read_sources([feed], store, gaz, polite_client(interval=args.delay, timeout=10, retries=0))
        second_s = time.perf_counter() - t
        refetched = site.article_hits() - fetched
    assert not first.errors and not second.errors, (first.errors[:3], second.errors[:3])
    n = args.entries
    print(f"baseline (same texts from JSON Lines, no fetching): {n / base_s:7.1f} articles/s, "
          f"{base.incidents} incidents")
    print(f"live, first run  (per-host pause {args.delay:g} s):         {n / first_s:7.1f} articles/s end to end "
          f"({fetched} articles fetched, {first.incidents} incidents, {first_s:.2f} s; target >= 20/s)")
    print(f"live, second run:                                 {second_s:7.3f} s, {refetched} article fetches, "
          f"{second.documents - second.skipped_seen} new documents (target < 1 s, 0 fetches)")
    print(f"fetching and page extraction cost: {first_s / base_s:.2f}x the baseline's time; with the default 1 s "
          f"pause, {n} articles from one host take at least {n} s by design")


if __name__ == "__main__":
    main()
