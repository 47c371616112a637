"""Ingest throughput: the local engine versus Dask with 1 and 2 workers on generated articles.

Usage: python -m benchmarks.ingest [--articles 10000] [--words 250]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from benchmarks.throughput import make_articles
from gazetteer import Gazetteer
from incidents.distributed import ingest_dask
from incidents.ingest import ingest
from incidents.storage import Store

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=250)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    corpus = tmp / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as fh:
        for n, (text, published) in enumerate(make_articles(args.articles, words=args.words)):
            fh.write(json.dumps({"text": f"[{n}] {text}", "published": published}) + "\n")
    gaz = Gazetteer()
    rates = {}
    t = time.perf_counter()
    report = ingest([str(corpus)], Store(tmp / "local.sqlite"), gaz, progress=False)
    rates["local"] = report.documents / (time.perf_counter() - t)
    for workers in (1, 2):
        t = time.perf_counter()
        report = ingest_dask([str(corpus)], Store(tmp / f"dask{workers}.sqlite"), str(gaz.path), workers=workers,
                             progress=False)
        rates[f"dask, {workers} worker(s)"] = report.documents / (time.perf_counter() - t)
        assert not report.errors, report.errors[:3]
    for name, rate in rates.items():
        print(f"{name:<20} {rate:8,.0f} articles/s ({args.articles:,} articles of ~{args.words} words)")
    print(f"scaling 2 workers / 1 worker: {rates['dask, 2 worker(s)'] / rates['dask, 1 worker(s)']:.2f}x; "
          f"dask 2 workers / local: {rates['dask, 2 worker(s)'] / rates['local']:.2f}x (this machine has 2 cores; "
          "the client also writes the store)")


if __name__ == "__main__":
    main()
