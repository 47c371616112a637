"""Accuracy of the resolver against an exact-name baseline, on the dev set and on UCDP GED.

Prints, side by side, the share of answers within 10, 25 and 161 km of gold for
- the baseline: the exact name (type words such as "village" dropped), most populous namesake;
- the resolver.
Data sets: the hand-written dev set (tests/data/gazetteer_devset.csv) and the UCDP GED dev corpus
(INCIDENT_MAP_DATA/ucdp/ged_ukraine_dev.csv), split deterministically by a hash of the place
(``where_coordinates``) into a tuning part (60 %) and a validation part (40 %): every event at one
place lands in the same part, so validation places are places never looked at while tuning.
For UCDP rows the query is the place name UCDP geocoded (``where_coordinates``, e.g. "Shchastya
town") with ``where_description`` + ``adm_1`` + ``adm_2`` as context ("name"), and the description
typed whole as one free-form string ("text"). Rows located only to an area wider than an oblast
(``where_prec`` 5-7: "Donets Basin Area", "Southern Ukraine") are left out.

Usage: python -m benchmarks.accuracy [--index PATH] [--devset CSV] [--ucdp CSV] [--errors tune]
``--errors`` lists misses beyond 25 km, of the tuning part only (look at those, report validation).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import zlib
from collections import defaultdict
from pathlib import Path

from gazetteer import Gazetteer, QueryError
from gazetteer.borders import haversine_km
from gazetteer.index import as_rows
from gazetteer.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent

DEVSET = ROOT / "tests" / "data" / "gazetteer_devset.csv"
RADII = (10, 25, 161)
TUNING_SHARE = 6  # of 10 hash buckets
TYPE_WORDS = {"village", "town", "city", "settlement", "raion", "oblast", "area", "airport", "international"}
_DISTRICT = re.compile(r"\b(district|raion|rayon|r-n|sky|skiy|skyi|skyy)\b|[a-z]sk(y|iy|yi|yy|ii)\b", re.I)
_SECTION = re.compile(r"\b(microdistrict|district of|city district|quarter|neighbourhood|neighborhood)\b", re.I)


BLIND = ROOT / "tests" / "data" / "heldout_locations.csv"
# every blind set of location strings, each written by a helper who never saw the resolver
BLIND_SETS = (BLIND, *(ROOT / "tests" / "data" / f"heldout_locations{n}.csv" for n in (2, 3, 4, 5, 6, 7, 8, 9)))


def load_blind(path: Path = BLIND) -> dict[str, list[dict]]:
    """Location strings written blind by a helper (never saw the resolver), as {"tune": [...], "holdout": [...]}."""
    parts: dict[str, list[dict]] = {"tune": [], "holdout": []}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            parts[row["split"]].append({"id": row["id"], "query": row["query"], "kind": row["kind"],
                                        "gold_lat": float(row["lat"]), "gold_lon": float(row["lon"])})
    return parts


def load_devset(path: Path = DEVSET) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def ucdp_path() -> Path | None:
    data = os.environ.get("INCIDENT_MAP_DATA")
    candidates = [Path(data) / "ucdp" / "ged_ukraine_dev.csv"] if data else []
    candidates.append(ROOT.parent / "shared" / "data" / "ucdp" / "ged_ukraine_dev.csv")
    return next((p for p in candidates if p.is_file()), None)


def split_of(row: dict) -> str:
    """"tune" or "validate", by a hash of the place UCDP geocoded (stable across runs and machines)."""
    bucket = zlib.crc32(row["where_coordinates"].strip().lower().encode("utf-8")) % 10
    return "tune" if bucket < TUNING_SHARE else "validate"


def ucdp_kind(gaz: Gazetteer, row: dict) -> str:
    """What makes a UCDP row hard: region-level, an old raion, a city section, a misspelling, a qualifier."""
    desc = row["where_description"]
    if row["where_prec"] == "4":
        return "region"
    if _SECTION.search(desc):
        return "city section"
    if _DISTRICT.search(desc):
        return "old raion"
    words = [w for w in normalize(row["where_coordinates"]).split(" ") if w not in TYPE_WORDS]
    if words and not gaz.knows(" ".join(words)):
        return "fuzzy"
    if any(ch in desc for ch in ",()") or re.search(r"\b(region|oblast|province)\b", desc, re.I):
        return "qualified"
    return "plain"


def load_ucdp(gaz: Gazetteer, path: Path) -> dict[str, list[dict]]:
    """{"tune": rows, "validate": rows}, each row a query for the name and one for the text."""
    parts: dict[str, list[dict]] = {"tune": [], "validate": []}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["where_prec"] not in ("1", "2", "3", "4"):
                continue
            context = ". ".join(x for x in (row["where_description"], row["adm_1"], row["adm_2"]) if x)
            parts[split_of(row)].append({
                "id": row["id"], "name": row["where_coordinates"], "text": " ".join(row["where_description"].split()),
                "context": context, "gold_lat": float(row["latitude"]), "gold_lon": float(row["longitude"]),
                "kind": ucdp_kind(gaz, row)})
    return parts


def baseline(gaz: Gazetteer, query: str):
    """The exact name (trailing type words dropped), most populous namesake; None when unknown."""
    ix = gaz.index
    words = normalize(query).split(" ")
    while len(words) > 1 and words[-1] in TYPE_WORDS:
        words.pop()
    rows = as_rows(ix.names.get(" ".join(words)))
    if not rows:
        return None
    r = max(rows, key=lambda i: ix.pop[i])
    return ix.lat[r], ix.lon[r]


def resolver(gaz: Gazetteer, query: str, context: str | None):
    try:
        found = gaz.resolve(query, context=context or None, limit=1)
    except QueryError:
        return None
    return (found[0].lat, found[0].lon, found[0]) if found else None


def distances(gaz: Gazetteer, items: list[dict], field: str, with_context: bool) -> list[dict]:
    """Per item: km off for the baseline and for the resolver (None when nothing was answered)."""
    out = []
    for item in items:
        query = item[field]
        if not query:
            continue
        got_b = baseline(gaz, query)
        got_r = resolver(gaz, query, item.get("context") if with_context else None)
        g = (item["gold_lat"], item["gold_lon"])
        out.append({**item, "query": query,
                    "base_km": None if got_b is None else haversine_km(*got_b, *g),
                    "km": None if got_r is None else haversine_km(got_r[0], got_r[1], *g),
                    "answer": None if got_r is None else got_r[2]})
    return out


def summarise(results: list[dict], key: str = "km", radii: tuple[int, ...] = (10, 25)) -> dict[str, tuple]:
    """{kind: (n, share within each radius)}, plus "all"; by default the resolver within 10 and 25 km."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in results:
        groups[r["kind"]].append(r)
        groups["all"].append(r)

    def share(rs: list[dict], km: float) -> float:
        return sum(1 for r in rs if r[key] is not None and r[key] <= km) / len(rs)

    return {k: (len(v), *(share(v, km) for km in radii)) for k, v in sorted(groups.items())}


def evaluate(gaz: Gazetteer, rows: list[dict]) -> list[dict]:
    """Dev set rows with the resolver's distance from gold ("km") and the baseline's ("base_km")."""
    items = [{**r, "gold_lat": float(r["gold_lat"]), "gold_lon": float(r["gold_lon"])} for r in rows]
    return distances(gaz, items, "query", with_context=True)


def print_table(title: str, results: list[dict]) -> None:
    base, ours = summarise(results, "base_km", RADII), summarise(results, "km", RADII)
    head = "  ".join(f"<={km:>3} km" for km in RADII)
    print(f"\n{title}\n{'kind':<13} {'n':>5}   baseline: {head}   resolver: {head}")
    for kind, (n, *b) in base.items():
        r = ours[kind][1:]
        print(f"{kind:<13} {n:>5}             " + "  ".join(f"{x:>9.1%}" for x in b) +
              "             " + "  ".join(f"{x:>9.1%}" for x in r))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index")
    parser.add_argument("--devset", default=str(DEVSET))
    parser.add_argument("--ucdp", default=None)
    parser.add_argument("--errors", choices=["dev", "tune"], help="list misses beyond 25 km (tuning part only)")
    args = parser.parse_args()
    gaz = Gazetteer(args.index)
    dev = evaluate(gaz, load_devset(Path(args.devset)))
    print_table(f"dev set ({args.devset})", dev)
    blind_misses: list[dict] = []
    for blind in BLIND_SETS:
        if not blind.is_file():
            continue
        for part, items in load_blind(blind).items():
            res = distances(gaz, items, "query", with_context=False)
            print_table(f"location strings written blind ({blind.name}), {part} part, typed whole", res)
            if args.errors == "tune" and part == "tune":
                blind_misses += [{**r, "kind": f"{blind.stem}/{r['kind']}"} for r in res
                                 if r["km"] is None or r["km"] > 25]
    path = Path(args.ucdp) if args.ucdp else ucdp_path()
    misses: list[dict] = [r for r in dev if r["km"] is None or r["km"] > 25] if args.errors == "dev" else []
    if path is None:
        print("\nUCDP corpus not found (set INCIDENT_MAP_DATA or --ucdp): UCDP figures skipped")
    else:
        parts = load_ucdp(gaz, path)
        for part in ("tune", "validate"):
            for field, label in (("name", "place name + description as context"), ("text", "description typed whole")):
                res = distances(gaz, parts[part], field, with_context=field == "name")
                print_table(f"UCDP {part} split, {label}", res)
                if args.errors == "tune" and part == "tune":
                    misses += [{**r, "kind": f"{field}/{r['kind']}", "context": r["context"] if field == "name" else ""}
                               for r in res if r["km"] is None or r["km"] > 25]
    misses += blind_misses
    for r in misses:
        a = r["answer"]
        got = "nothing" if a is None else f"{a.name} ({a.admin1}, {a.feature_code}, {a.match}) {r['km']:.0f} km off"
        print(f"MISS [{r['kind']}] {r['query']!r} ctx={(r.get('context') or '')[:90]!r}: {got}")


if __name__ == "__main__":
    main()
