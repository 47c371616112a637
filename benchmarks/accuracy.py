"""Accuracy of the resolver on the dev set: share of answers within 10 km and 25 km of gold.

Usage: python benchmarks/accuracy.py [--index PATH] [--devset tests/data/gazetteer_devset.csv] [--errors]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# run as a script, this folder comes first on sys.path, and benchmarks/dashboard.py would hide the
# dashboard package: put the project root there instead
sys.path[:] = [str(ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != ROOT / "benchmarks"]

from gazetteer import Gazetteer  # noqa: E402
from gazetteer.borders import haversine_km  # noqa: E402

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "gazetteer_devset.csv"


def evaluate(gaz: Gazetteer, rows: list[dict]) -> list[dict]:
    """One result per dev-set row: distance from gold in km (None when nothing was found)."""
    out = []
    for row in rows:
        found = gaz.resolve(row["query"], context=row["context"] or None, limit=1)
        best = found[0] if found else None
        km = None if best is None else haversine_km(best.lat, best.lon, float(row["gold_lat"]), float(row["gold_lon"]))
        out.append({**row, "km": km, "answer": best})
    return out


def summarise(results: list[dict]) -> dict[str, tuple[int, float, float]]:
    """{kind: (n, share within 10 km, share within 25 km)}, plus "all"."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        groups[r["kind"]].append(r)
        groups["all"].append(r)

    def share(rs: list[dict], km: float) -> float:
        return sum(1 for r in rs if r["km"] is not None and r["km"] <= km) / len(rs)

    return {k: (len(v), share(v, 10), share(v, 25)) for k, v in sorted(groups.items())}


def load_devset(path: Path = DEVSET) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index")
    parser.add_argument("--devset", default=str(DEVSET))
    parser.add_argument("--errors", action="store_true", help="list the cases off by more than 25 km")
    args = parser.parse_args()
    gaz = Gazetteer(args.index)
    results = evaluate(gaz, load_devset(Path(args.devset)))
    print(f"{'kind':<10} {'n':>4} {'<=10 km':>8} {'<=25 km':>8}")
    for kind, (n, a10, a25) in summarise(results).items():
        print(f"{kind:<10} {n:>4} {a10:>8.1%} {a25:>8.1%}")
    if args.errors:
        for r in results:
            if r["km"] is None or r["km"] > 25:
                a = r["answer"]
                got = "nothing" if a is None else f"{a.name} ({a.admin1}, {a.geonameid}) {r['km']:.0f} km off"
                print(f"MISS {r['query']!r} ctx={r['context']!r}: {got}; gold {r['gold_geonameid']} {r['note']}")


if __name__ == "__main__":
    main()
