"""Fit the resolver's ranking weights on the UCDP tuning split; write data/gazetteer/ranking_weights.json.

Coordinate descent: each weight in turn tries a few multiples of its current value and keeps the
best by the share of tuning answers within 25 km (ties: within 10 km), place name with context and
description typed whole counted alike, among the values that keep the hand-written dev set
(tests/data/gazetteer_devset.csv) at least as accurate as before (a guard, not a target). The
validation split is scored once, at the end, with the weights chosen, and stored beside them: it is
never used to choose.

Usage: python -m benchmarks.fit_weights [--index PATH] [--rounds 2] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from benchmarks.accuracy import distances, evaluate, load_devset, load_ucdp, summarise, ucdp_path
from gazetteer import Gazetteer, containers, priors, resolver
from gazetteer.paths import project_data_dir
from gazetteer.weights import WEIGHTS_FILE

# weight name -> (module, attribute or RADIUS_KM key)
PARAMETERS = {
    "W_FRONT": (priors, "W_FRONT"), "FRONT_KM": (priors, "FRONT_KM"),
    "W_POINT": (resolver, "W_POINT"), "W_CTX_AREA": (resolver, "W_CTX_AREA"), "W_REGION": (resolver, "W_REGION"),
    "W_DISTRICT": (resolver, "W_DISTRICT"), "W_ANCHOR": (resolver, "W_ANCHOR"), "W_HINT": (resolver, "W_HINT"),
    "RADIUS_ADM2H": (containers, "ADM2H"), "RADIUS_ADM3": (containers, "ADM3"), "RADIUS_near": (containers, "near"),
}
STEPS = (0.5, 0.75, 1.5, 2.0)


def get(name: str) -> float:
    module, attr = PARAMETERS[name]
    return module.RADIUS_KM[attr] if name.startswith("RADIUS_") else getattr(module, attr)


def put(name: str, value: float) -> None:
    module, attr = PARAMETERS[name]
    if name.startswith("RADIUS_"):
        module.RADIUS_KM[attr] = value
        if attr == "ADM2H":
            module.RADIUS_KM["ADMDH"] = module.RADIUS_KM["ADMD"] = value
    else:
        setattr(module, attr, value)


def score(index: str | None, items: list[dict]) -> tuple[float, float]:
    """(share within 25 km, share within 10 km) over name and text queries, with a fresh gazetteer."""
    gaz = Gazetteer(index)  # fresh caches: parsed contexts and qualifiers depend on the weights
    results = distances(gaz, items, "name", with_context=True) + distances(gaz, items, "text", with_context=False)
    n = len(results)
    return (sum(1 for r in results if r["km"] is not None and r["km"] <= 25) / n,
            sum(1 for r in results if r["km"] is not None and r["km"] <= 10) / n)


def dev_score(index: str | None) -> float:
    """Share of the dev set within 25 km."""
    return summarise(evaluate(Gazetteer(index), load_devset()))["all"][2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the weights file")
    args = parser.parse_args()
    path = ucdp_path()
    if path is None:
        sys.exit("fit_weights.py: UCDP corpus not found (set INCIDENT_MAP_DATA)")
    parts = load_ucdp(Gazetteer(args.index), path)
    tune = parts["tune"]
    best = score(args.index, tune)
    start = best
    dev_floor = dev_score(args.index)
    print(f"start: tuning {best[0]:.2%} within 25 km, {best[1]:.2%} within 10 km; dev set {dev_floor:.2%}")
    for rnd in range(args.rounds):
        changed = False
        for name in PARAMETERS:
            base = get(name)
            for step in STEPS:
                put(name, round(base * step, 3))
                t = time.perf_counter()
                got = score(args.index, tune)
                print(f"  round {rnd + 1} {name}={get(name)}: {got[0]:.2%} / {got[1]:.2%} "
                      f"({time.perf_counter() - t:.0f} s)", flush=True)
                if got > best and dev_score(args.index) >= dev_floor:
                    best, base, changed = got, get(name), True
            put(name, base)
        if not changed:
            break
    weights = {name: get(name) for name in PARAMETERS}
    validation = score(args.index, parts["validate"])
    report = {"weights": weights, "fitted_on": "UCDP GED dev corpus, tuning split (benchmarks/accuracy.py)",
              "tuning_within_25km": round(best[0], 4), "tuning_within_25km_before": round(start[0], 4),
              "validation_within_25km": round(validation[0], 4), "validation_within_10km": round(validation[1], 4)}
    print(json.dumps(report, indent=1))
    if not args.dry_run:
        out = project_data_dir() / WEIGHTS_FILE
        out.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
