"""Incident pipeline speed: extraction, ACLED import and GeoJSON export, each with a baseline
measured in the same run.

Usage: python -m benchmarks.throughput [--articles 300] [--import-rows 100000] [--export-rows 1000000]
                                       [--against REV]
``--against REV`` also runs the same articles through the extractor of an earlier git revision (checked out in
a temporary worktree) and this one, alternately, each in its own process, and prints the ratio.
Needs a gazetteer index (built on first use; INCIDENT_MAP_GEONAMES / INCIDENT_MAP_DATA for the dump).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.extraction_accuracy import load_articles
from gazetteer import Gazetteer
from incidents.export import write_feature_collection
from incidents.extract import extract_incidents
from incidents.extract.pipeline import split_sentences
from incidents.importers import import_csv
from incidents.query import query_features
from incidents.record import FIELDS
from incidents.storage import Store

ROOT = Path(__file__).resolve().parent.parent

ACLED_HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "actor2", "civilian_targeting", "iso", "country", "admin1", "admin2",
                "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "timestamp"]
TYPES = [("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Battles", "Armed clash"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack")]


def vm_hwm_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(x.split()[1]) for x in fh if x.startswith("VmHWM")) / 1024


def vm_rss_mb() -> float:
    with open("/proc/self/status") as fh:
        return next(int(x.split()[1]) for x in fh if x.startswith("VmRSS")) / 1024


def make_articles(n: int, words: int = 600, seed: int = 3) -> list[tuple[str, str]]:
    """~600-word articles mixing sentences of the test articles (violent and not)."""
    rng = random.Random(seed)
    pool = [(s, a["published"]) for a in load_articles() for s in split_sentences(a["text"])]
    out = []
    for _ in range(n):
        parts, count = [], 0
        published = rng.choice(pool)[1]
        while count < words:
            sentence = rng.choice(pool)[0]
            parts.append(sentence)
            count += len(sentence.split())
        out.append((" ".join(parts), published))
    return out


WARM = 20  # articles read before timing (index parts load), not among those timed


def warm_and_timed(n: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """:data:`WARM` articles to read before timing, and ``n`` others to time."""
    docs = make_articles(n + WARM)
    return docs[:WARM], docs[WARM:]


def bench_extraction(n: int) -> None:
    gaz = Gazetteer()
    warm, docs = warm_and_timed(n)
    for text, pub in warm:
        extract_incidents(text, pub, gaz)
    t = time.perf_counter()
    found = sum(len(extract_incidents(text, pub, gaz)) for text, pub in docs)
    rate = n / (time.perf_counter() - t)
    word = re.compile(r"\w+")
    t = time.perf_counter()
    for text, _ in docs:
        caps = [w for w in word.findall(text) if w[:1].isupper()]
        _ = [gaz.knows(w) for w in caps]
    base = n / (time.perf_counter() - t)
    print(f"extraction: {rate:,.0f} articles/s of ~600 words ({found} incidents from {n}) (target >= 100/s); "
          f"baseline (tokenise + look up every capitalised word): {base:,.0f}/s; ratio {rate / base:.2f}")


def write_acled(path: Path, rows: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(ACLED_HEADER)
        for i in range(rows):
            etype, sub = rng.choice(TYPES)
            w.writerow([f"UKR{i:07d}", f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", 2024, 1,
                        "Political violence", etype, sub, "Military Forces of Russia (2000-)", "", "", 804,
                        "Ukraine", rng.choice(["Sumy", "Kharkiv", "Donetsk", "Kherson"]), "", f"Place {i}",
                        round(rng.uniform(46, 52), 4), round(rng.uniform(30, 40), 4), 1, "Bench",
                        f"Generated row {i}", rng.choice([0, 0, 1, 2, 5]), 1700000000])


# run in a subprocess by bench_against: the extractor of the checkout given, timed on the articles in a file
_TIMED_RUN = """
import json, sys, time
warm, docs = json.load(open(sys.argv[1]))
from gazetteer import Gazetteer
from incidents.extract import extract_incidents
gaz = Gazetteer()
for text, pub in warm:
    extract_incidents(text, pub, gaz)
def run():
    # each pass reads the articles as new: what the gazetteer keeps for whole texts (their parsed context and
    # what was resolved in it) is dropped; what it keeps for names stays, as in real use
    for name in ("_contexts", "_results"):
        getattr(gaz, name, {}).clear()
    t = time.process_time()
    for text, pub in docs:
        extract_incidents(text, pub, gaz)
    return time.process_time() - t
print(len(docs) / min(run(), run()))
"""


def _rate_at(checkout: Path, docs_file: Path) -> float:
    """Articles per CPU second of the extractor in ``checkout`` (best of two passes, its own process)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, "-c", _TIMED_RUN, str(docs_file)], cwd=checkout, env=env,
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bench_against(rev: str, n: int, tmp: Path, rounds: int = 2) -> None:
    """This version's extraction speed against revision ``rev``'s, on the same articles, alternating."""
    docs_file = tmp / "articles.json"
    docs_file.write_text(json.dumps(warm_and_timed(n)), encoding="utf-8")
    tree = tmp / "against"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), rev], check=True)
    try:
        ours, theirs = [], []
        for _ in range(rounds):
            theirs.append(_rate_at(tree, docs_file))
            ours.append(_rate_at(ROOT, docs_file))
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)
        shutil.rmtree(tree, ignore_errors=True)
    print(f"extraction against {rev} (same {n} articles, alternating processes, CPU time, best of {rounds}): "
          f"this version {max(ours):,.0f}/s, {rev} {max(theirs):,.0f}/s; ratio {max(ours) / max(theirs):.2f}")


def bench_import(rows: int, tmp: Path) -> None:
    import pandas as pd

    path = tmp / "acled.csv"
    write_acled(path, rows)
    t = time.perf_counter()
    report = import_csv("acled", path, Store(tmp / "import.sqlite"))
    took = time.perf_counter() - t
    t = time.perf_counter()
    pd.read_csv(path)
    base = time.perf_counter() - t
    print(f"import of {rows:,} ACLED rows: {took:.1f} s ({report.written:,} written, {len(report.errors)} "
          f"rejected) (target < 10 s); baseline pandas read_csv: {base:.2f} s; ratio {took / base:.1f}x")


def fill_store(path: Path, rows: int, seed: int = 9) -> Store:
    rng = random.Random(seed)
    store = Store(path)
    now = "2026-01-01T00:00:00+00:00"
    data = []
    for i in range(rows):
        etype, sub = rng.choice(TYPES)
        rec = {f: None for f in FIELDS}
        rec.update(event_id=f"B{i:08d}", event_date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                   event_type=etype, sub_event_type=sub, location=f"Place {i % 5000}", admin1="Donetsk",
                   latitude=rng.uniform(46, 52), longitude=rng.uniform(30, 40), fatalities=rng.choice([None, 0, 3]),
                   notes="Generated incident", status="extracted", created=now, updated=now)
        data.append([rec[f] for f in FIELDS])
    with store.transaction():
        store.db.executemany(f"INSERT INTO incidents ({', '.join(FIELDS)}) VALUES ({', '.join('?' * len(FIELDS))})",
                             data)
    return store


def bench_export(rows: int, tmp: Path) -> None:
    store = fill_store(tmp / "export.sqlite", rows)
    before = vm_rss_mb()
    t = time.perf_counter()
    with open(tmp / "out.geojson", "w", encoding="utf-8") as fh:
        n = write_feature_collection(query_features(store), fh)
    took = time.perf_counter() - t
    grew = vm_rss_mb() - before
    size = (tmp / "out.geojson").stat().st_size / 1e6
    from incidents.export import feature

    db = sqlite3.connect(store.path)
    db.row_factory = sqlite3.Row
    t = time.perf_counter()
    text = json.dumps({"type": "FeatureCollection", "features": [feature(dict(r)) for r in db.execute(
        "SELECT * FROM incidents ORDER BY event_date DESC, event_id")]})
    base = time.perf_counter() - t
    base_mb = vm_hwm_mb()
    del text
    print(f"export of {n:,} incidents to GeoJSON: {took:.1f} s, {size:.0f} MB file, memory grew {grew:.0f} MB "
          f"(streamed) (target < 15 s, flat); baseline json.dumps of the same rows in memory: {base:.1f} s, "
          f"peak RSS {base_mb:.0f} MB; ratio {took / base:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--import-rows", type=int, default=100_000)
    parser.add_argument("--export-rows", type=int, default=1_000_000)
    parser.add_argument("--against", metavar="REV", help="also time the extractor of this git revision")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    bench_extraction(args.articles)
    if args.against:
        bench_against(args.against, args.articles, tmp)
    bench_import(args.import_rows, tmp)
    bench_export(args.export_rows, tmp)


if __name__ == "__main__":
    main()
