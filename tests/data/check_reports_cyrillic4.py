#!/usr/bin/env python3
"""Sanity check for tests/data/reports_cyrillic4.jsonl (standalone, not a pytest module).

Usage: python3 tests/data/check_reports_cyrillic4.py [path/to/UA.zip]

Checks: every line parses; top-level and incident key order; ids unique and
matching the language; split parity (odd id number = tune, even = holdout,
within each language); each `place` is a substring of `text`; gold points inside
44-53.5 N / 22-41 E; country/geonameid consistency (RU -> null); each UA
geonameid exists in the GeoNames dump and lies within 1 km of the gold point;
event_date <= published; ACLED event type / sub-event type pairs are valid;
killed/injured are null or non-negative integers.
"""
import csv
import datetime as dt
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "reports_cyrillic4.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

TOP_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def load_dump(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for row in csv.reader(io.TextIOWrapper(f, encoding="utf-8"), delimiter="\t",
                                  quoting=csv.QUOTE_NONE):
                if row and int(row[0]) in wanted:
                    out[int(row[0])] = (row[1], float(row[4]), float(row[5]))
    return out


def main():
    zpath = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_ZIP
    errors = []
    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append(f"line {n}: does not parse: {e}")
    ids = set()
    wanted = set()
    for d in rows:
        rid = d.get("id", "?")
        if list(d.keys()) != TOP_KEYS:
            errors.append(f"{rid}: key order {list(d.keys())}")
            continue
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        lang = d["lang"]
        if lang not in ("uk", "ru") or not rid.startswith(lang + "4-"):
            errors.append(f"{rid}: bad lang/id prefix")
        num = int(rid.split("-")[1])
        want = "tune" if num % 2 == 1 else "holdout"
        if d["split"] != want:
            errors.append(f"{rid}: split {d['split']} but expected {want}")
        pub = dt.date.fromisoformat(d["published"])
        if not isinstance(d["incidents"], list):
            errors.append(f"{rid}: incidents not a list")
            continue
        for x in d["incidents"]:
            if list(x.keys()) != INC_KEYS:
                errors.append(f"{rid}: incident key order {list(x.keys())}")
                continue
            if x["place"] not in d["text"]:
                errors.append(f"{rid}: place {x['place']!r} not in text")
            if not (44.0 <= x["lat"] <= 53.5 and 22.0 <= x["lon"] <= 41.0):
                errors.append(f"{rid}: {x['place']} outside box")
            if dt.date.fromisoformat(x["event_date"]) > pub:
                errors.append(f"{rid}: event_date after published")
            if x["sub_event_type"] not in ACLED.get(x["event_type"], ()):
                errors.append(f"{rid}: bad type pair {x['event_type']} / {x['sub_event_type']}")
            for k in ("killed", "injured"):
                v = x[k]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    errors.append(f"{rid}: bad {k} {v!r}")
            if x["country"] == "RU":
                if x["geonameid"] is not None:
                    errors.append(f"{rid}: RU place with geonameid")
            elif x["country"] == "UA":
                if not isinstance(x["geonameid"], int):
                    errors.append(f"{rid}: UA place without geonameid")
                else:
                    wanted.add(x["geonameid"])
            else:
                errors.append(f"{rid}: bad country {x['country']}")
    dump = load_dump(zpath, wanted)
    for d in rows:
        for x in d.get("incidents", []):
            g = x.get("geonameid")
            if x.get("country") == "UA" and isinstance(g, int):
                if g not in dump:
                    errors.append(f"{d['id']}: geonameid {g} not in dump")
                else:
                    name, lat, lon = dump[g]
                    dist = km(lat, lon, x["lat"], x["lon"])
                    if dist > 1.0:
                        errors.append(f"{d['id']}: {g} {name} is {dist:.1f} km from gold")
    n_inc = sum(len(d.get("incidents", [])) for d in rows)
    by_lang = {l: sum(1 for d in rows if d.get("lang") == l) for l in ("uk", "ru")}
    empty = sum(1 for d in rows if d.get("incidents") == [])
    ru = sum(1 for d in rows for x in d.get("incidents", []) if x.get("country") == "RU")
    print(f"{len(rows)} reports (uk {by_lang['uk']}, ru {by_lang['ru']}), {n_inc} incidents, "
          f"{empty} without incident, {ru} incidents in Russia")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
