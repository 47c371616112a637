"""Gazetteer speed: build time, index size, load time, warm resolutions per second (plain names and
free-form strings), geoparsing (articles of 250 words per second), peak memory, each against a
baseline measured in the same run (a plain pandas scan over the same places; for geoparsing, a
dictionary lookup of every capitalised word).

Usage: python -m benchmarks.geocode [--geonames DIR] [--queries N]
Needs the GeoNames Ukraine dump (INCIDENT_MAP_GEONAMES / INCIDENT_MAP_DATA or --geonames).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.build import build
from gazetteer.normalize import normalize
from gazetteer.paths import local_geonames_sources
from gazetteer.resolver import RESULT_CACHE

ROOT = Path(__file__).resolve().parent.parent

LOAD_SNIPPET = """
import time, sys
t0 = time.perf_counter()
from gazetteer import Gazetteer
g = Gazetteer(sys.argv[1])
g.resolve("Sumy")
t1 = time.perf_counter()
hwm = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")][0]
print(t1 - t0, hwm)
"""


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM; unlike ru_maxrss it is not inherited over exec)."""
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM")) / 1024
CONTEXTS = ["in the {r} region", "{r} Oblast", "near the Russian border", "shelling near {town}",
            "Russian forces attacked the village in the {r} region overnight, officials said."]


def make_queries(gaz: Gazetteer, n: int, seed: int = 7) -> list[tuple[str, str | None]]:
    """Mostly distinct names of populated places, half of them with a context."""
    ix = gaz.index
    rng = random.Random(seed)
    rows = [r for r in range(ix.core_size) if ix.fclass[r] == "P" and ix.cc[r] == "UA"]
    towns = [ix.name[r] for r in rows if ix.pop[r] > 20000]
    regions = list({ix.admin1_names.get(ix.admin1[r], "") for r in rows} - {""})
    out = []
    for i in range(n):
        r = rng.choice(rows)
        name = ix.name[r]
        if i % 7 == 0:
            name = name.upper()
        elif i % 11 == 0:
            name = name + "'s"
        ctx = None
        if i % 2:
            ctx = rng.choice(CONTEXTS).format(r=ix.admin1_names.get(ix.admin1[r], rng.choice(regions)),
                                             town=rng.choice(towns))
        out.append((name, ctx))
    return out


FREE_FORMS = ["{p}, {r} region", "{p} ({r} oblast)", "{p} village, {r} region", "{r} Oblast, {p}",
              "near the village of {p}, {d} district, {r} region", "{p} near {t}", "between {p} and {t}",
              "{typo}, {r} region", "{typo}"]
FILLER = ("Officials said that overnight shelling damaged houses and a school while emergency crews worked "
          "to restore power and water to residents who had stayed despite the danger and repeated calls to "
          "leave the area for safer places further west").split()


def make_free_form(gaz: Gazetteer, n: int, seed: int = 11) -> list[str]:
    """Free-form strings as investigators write them, over random villages (a letter dropped in typos)."""
    ix = gaz.index
    rng = random.Random(seed)
    rows = [r for r in range(ix.core_size) if ix.fclass[r] == "P" and ix.cc[r] == "UA" and ix.admin1[r] in
            ix.admin1_names]
    towns = [ix.name[r] for r in rows if ix.pop[r] > 20000]
    districts = [r for r in range(ix.core_size) if ix.fcode[r] == "ADM2H" and "Raion" in ix.name[r]]
    out = []
    for i in range(n):
        r = rng.choice(rows)
        # the pre-2020 raion nearest to the village: "near the village of X, Y district, Z region"
        d = min(districts, key=lambda a: (ix.lat[a] - ix.lat[r]) ** 2 + (ix.lon[a] - ix.lon[r]) ** 2) \
            if i % len(FREE_FORMS) == 4 else districts[0]
        name = ix.name[r]
        cut = rng.randrange(1, len(name) - 1) if len(name) > 6 else 0
        typo = name[:cut] + name[cut + 1:] if cut else name
        out.append(FREE_FORMS[i % len(FREE_FORMS)].format(p=name, r=ix.admin1_names[ix.admin1[r]], t=rng.choice(towns),
                                                        d=ix.name[d].split(" ")[0], typo=typo))
    return out


def make_articles(gaz: Gazetteer, n: int, words: int = 250, seed: int = 5) -> list[str]:
    """Made-up news texts of ``words`` words, a place mention every 30 words or so."""
    ix = gaz.index
    rng = random.Random(seed)
    rows = [r for r in range(ix.core_size) if ix.fclass[r] == "P" and ix.cc[r] == "UA" and ix.admin1[r] in
            ix.admin1_names]
    out = []
    for _ in range(n):
        text: list[str] = []
        while len(text) < words:
            text += rng.sample(FILLER, 16)
            r = rng.choice(rows)
            text += ["near", ix.name[r]] if rng.random() < 0.6 else \
                ["in", ix.name[r] + ",", ix.admin1_names[ix.admin1[r]], "region."]
            text += [*rng.sample(FILLER, 14), "."]
        out.append(" ".join(text[:words]))
    return out


def word_lookup_baseline(gaz: Gazetteer, articles: list[str]) -> float:
    """Articles per second of the simplest geoparser: look up every capitalised word."""
    names = gaz.index.names
    t = time.perf_counter()
    for text in articles:
        [w for w in text.split() if w[:1].isupper() and normalize(w) in names]
    return len(articles) / (time.perf_counter() - t)


def pandas_baseline(gaz: Gazetteer, queries: list[tuple[str, str | None]]) -> float:
    """Resolutions per second of a plain pandas scan: exact key match, pick the most populous."""
    import pandas as pd

    ix = gaz.index
    df = pd.DataFrame({"key": ix.pkey, "lat": ix.lat, "lon": ix.lon, "pop": ix.pop})
    t = time.perf_counter()
    for name, _ctx in queries:
        hits = df[df["key"] == normalize(name)]
        if len(hits):
            hits.nlargest(1, "pop")
    return len(queries) / (time.perf_counter() - t)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--geonames", default=None)
    parser.add_argument("--queries", type=int, default=60_000)
    args = parser.parse_args()
    source = args.geonames or (local_geonames_sources() or [None])[0]
    if source is None:
        sys.exit("benchmarks.geocode: give --geonames DIR or set INCIDENT_MAP_GEONAMES / INCIDENT_MAP_DATA")
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "index.pkl"

    t = time.perf_counter()
    report = build([source], path=path, progress=False, download=False)
    build_s = time.perf_counter() - t
    print(f"build from the Ukraine dump: {build_s:.1f} s (target < 60 s); {report.places} places, "
          f"{report.names} names; index {report.size_bytes / 1e6:.1f} MB; peak RSS {peak_rss_mb():.0f} MB")

    loads = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET, str(path)], capture_output=True, text=True,
                             cwd=ROOT, check=True).stdout.split()
        loads.append((float(out[0]), int(out[1])))
    load_s = min(x[0] for x in loads)
    print(f"fresh process import + open + first answer: {load_s:.3f} s (target < 0.5 s); "
          f"peak RSS of that process {loads[0][1] / 1024:.0f} MB")

    t = time.perf_counter()
    import pandas as pd

    gaz = Gazetteer(path)
    pd.DataFrame({"key": gaz.index.pkey, "lat": gaz.index.lat})
    print(f"baseline load (import pandas, open index, build DataFrame): {time.perf_counter() - t:.3f} s")

    queries = make_queries(gaz, args.queries)
    distinct = len(set(queries))
    for name, ctx in queries[:2000]:  # warm-up: contexts parsed, lazy parts loaded
        gaz.resolve(name, ctx)
    gaz.resolve("Kharkv", "in the Sumy region")  # and the typo tables, which a typo loads once (~0.5 s)
    gaz.resolve("Kharkv")
    for declined in ("Харкова", "Харкові"):  # and the Russian and Ukrainian analysers a declined name loads once
        gaz.resolve(declined)
    gaz.result_cache = 0  # first: every query answered afresh (parsed strings are still remembered)
    t = time.perf_counter()
    found = 0
    for name, ctx in queries:
        found += bool(gaz.resolve(name, ctx, limit=1))
    elapsed = time.perf_counter() - t
    rate = len(queries) / elapsed
    print(f"warm resolutions, no answer cache: {rate:,.0f}/s over {len(queries):,} queries ({distinct:,} distinct, "
          f"half with context, {found / len(queries):.1%} answered) (target >= 50,000/s)")
    gaz.result_cache = RESULT_CACHE
    t = time.perf_counter()
    for name, ctx in queries:
        gaz.resolve(name, ctx, limit=1)
    print(f"the same batch with the answer cache ({RESULT_CACHE:,} recent answers; a batch repeats its places): "
          f"{len(queries) / (time.perf_counter() - t):,.0f}/s")
    gaz.result_cache = 0
    base_rate = pandas_baseline(gaz, queries[:300])
    print(f"baseline pandas scan: {base_rate:,.0f}/s; ratio {rate / base_rate:,.0f}x")

    free = make_free_form(gaz, max(2000, args.queries // 6))
    for q in free[:300]:
        gaz.resolve(q)
    t = time.perf_counter()  # distinct strings, so no answer is cached
    answered = sum(bool(gaz.resolve(q, limit=1)) for q in free)
    free_rate = len(free) / (time.perf_counter() - t)
    print(f"warm free-form strings: {free_rate:,.0f}/s over {len(free):,} ({answered / len(free):.1%} answered; "
          f"\"X, Y region\", \"X (Y oblast)\", old raions, \"near\", \"between\", typos) (target >= 20,000/s); "
          f"{free_rate / base_rate:,.0f}x the pandas scan of plain names")

    articles = make_articles(gaz, 300)
    for text in articles[:20]:
        gaz.geoparse(text)
    t = time.perf_counter()
    mentions = sum(len(gaz.geoparse(text)) for text in articles)
    parse_rate = len(articles) / (time.perf_counter() - t)
    base_parse = word_lookup_baseline(gaz, articles)
    print(f"geoparse: {parse_rate:,.0f} articles/s of 250 words ({mentions / len(articles):.1f} mentions each) "
          f"(target >= 300/s); baseline capitalised-word lookup {base_parse:,.0f}/s, "
          f"ratio {parse_rate / base_parse:.2f}")
    print(f"peak RSS of this process (build, then resolve with world tier loaded): {peak_rss_mb():.0f} MB")
    os.remove(path)


if __name__ == "__main__":
    main()
