"""Extraction accuracy on the hand-written test articles (tests/data/articles.jsonl).

Incidents are matched to the expected ones by place (same GeoNames id or within 25 km); then
each field is compared. Prints incident recall and precision and per-field accuracy.
Usage: python -m benchmarks.extraction_accuracy [--index PATH] [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.borders import haversine_km
from incidents.extract import extract_incidents

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles.jsonl"
FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "fatalities", "injured",
          "civilian_targeting", "actor1", "geo_precision")


def load_articles(path: Path = ARTICLES) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _same_place(exp: dict, got: dict) -> bool:
    if exp.get("geonameid") and exp["geonameid"] == got.get("geonameid"):
        return True
    return haversine_km(exp["lat"], exp["lon"], got["latitude"], got["longitude"]) <= 25


def score(articles: list[dict], gaz: Gazetteer) -> dict:
    """Counts of matched, missed and spurious incidents and of correct fields."""
    totals: Counter = Counter()
    problems: list[str] = []
    for art in articles:
        got = extract_incidents(art["text"], art["published"], gaz)
        unmatched = list(got)
        for exp in art["expected"]:
            totals["expected"] += 1
            match = next((g for g in unmatched if _same_place(exp, g)), None)
            if match is None:
                problems.append(f"{art['id']}: missed {exp['location']} ({exp['event_type']})")
                continue
            unmatched.remove(match)
            totals["matched"] += 1
            km = haversine_km(exp["lat"], exp["lon"], match["latitude"], match["longitude"])
            totals["location<=10km"] += km <= 10
            for field in FIELDS:
                ok = exp.get(field) == match.get(field)
                totals[field] += ok
                if not ok:
                    problems.append(f"{art['id']}: {exp['location']} {field}: expected {exp.get(field)!r}, "
                                    f"got {match.get(field)!r}")
        for g in unmatched:
            totals["spurious"] += 1
            problems.append(f"{art['id']}: spurious {g['location']} ({g['event_type']}) from {g['mention']!r}")
        totals["extracted"] += len(got)
    return {"totals": totals, "problems": problems}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index")
    parser.add_argument("--show", action="store_true", help="list every disagreement")
    args = parser.parse_args()
    result = score(load_articles(), Gazetteer(args.index))
    t = result["totals"]
    print(f"incidents: {t['expected']} expected, {t['extracted']} extracted, {t['matched']} matched; "
          f"recall {t['matched'] / t['expected']:.1%}, precision {t['matched'] / max(t['extracted'], 1):.1%}")
    for field in ("location<=10km", *FIELDS):
        print(f"  {field:<20} {t[field] / max(t['matched'], 1):.1%} of matched")
    if args.show:
        print("\n".join(result["problems"]))


if __name__ == "__main__":
    main()
