#!/usr/bin/env python3
"""Stdlib-only checker for reports_english8.jsonl (not a pytest module).

Usage: python3 check_reports_english8.py [reports_english8.jsonl] [UA.zip]

admin1CodesASCII.txt is read from the folder that holds UA.zip.
Prints OK and exits 0 when every check passes; otherwise lists the
problems and exits 1.
"""
import csv
import datetime
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english8.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

TOP_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
TYPES = {
    "Explosions/Remote violence": {"Shelling/artillery/missile attack",
                                   "Air/drone strike",
                                   "Remote explosive/landmine/IED"},
    "Battles": {"Armed clash", "Non-state actor overtakes territory",
                "Government regains territory"},
}
N_RECORDS = 60
MIN_WORDS, MAX_WORDS = 25, 120
MAX_LAG_DAYS = 10
MAX_KM = 1.0


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_dump(zip_path):
    rows = {}
    with zipfile.ZipFile(zip_path) as z:
        with z.open("UA.txt") as f:
            reader = csv.reader(io.TextIOWrapper(f, "utf-8"), delimiter="\t",
                                quoting=csv.QUOTE_NONE)
            for r in reader:
                if len(r) > 10:
                    rows[int(r[0])] = r
    admin1 = {}
    a1_path = os.path.join(os.path.dirname(zip_path), "admin1CodesASCII.txt")
    with open(a1_path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("UA."):
                name = p[2]
                if p[0] == "UA.07":  # Kharkivs'ka Oblast' is written Kharkiv
                    name = "Kharkiv"
                admin1[p[0][3:]] = name
    return rows, admin1


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def check(path, zip_path):
    errors = []
    rows, admin1 = load_dump(zip_path)
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f.read().split("\n") if ln.strip()]
    if len(lines) != N_RECORDS:
        errors.append(f"expected {N_RECORDS} records, found {len(lines)}")
    for n, line in enumerate(lines, 1):
        want_id = f"en8-{n:03d}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
            continue
        rid = rec.get("id", f"line {n}")
        if list(rec.keys()) != TOP_KEYS:
            errors.append(f"{rid}: key order {list(rec.keys())}")
        if rec.get("id") != want_id:
            errors.append(f"line {n}: id {rec.get('id')!r}, expected {want_id}")
        if rec.get("lang") != "en":
            errors.append(f"{rid}: lang {rec.get('lang')!r}")
        want_split = "holdout" if n % 2 else "tune"
        if rec.get("split") != want_split:
            errors.append(f"{rid}: split {rec.get('split')!r}, expected {want_split}")
        if not isinstance(rec.get("style"), str) or not rec.get("style"):
            errors.append(f"{rid}: empty style")
        pub = parse_date(rec.get("published"))
        if pub is None:
            errors.append(f"{rid}: published {rec.get('published')!r} is not an ISO date")
        text = rec.get("text")
        if not isinstance(text, str):
            errors.append(f"{rid}: text is not a string")
            text = ""
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            errors.append(f"{rid}: {words} words (allowed {MIN_WORDS}-{MAX_WORDS})")
        incs = rec.get("incidents")
        if not isinstance(incs, list):
            errors.append(f"{rid}: incidents is not a list")
            continue
        seen = set()
        for k, inc in enumerate(incs, 1):
            tag = f"{rid} incident {k}"
            if not isinstance(inc, dict):
                errors.append(f"{tag}: not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                errors.append(f"{tag}: key order {list(inc.keys())}")
                continue
            place = inc["place"]
            if not isinstance(place, str) or not place or place not in text:
                errors.append(f"{tag}: place {place!r} does not occur in text")
            if inc["country"] != "UA":
                errors.append(f"{tag}: country {inc['country']!r}")
            et, st = inc["event_type"], inc["sub_event_type"]
            if et not in TYPES or st not in TYPES[et]:
                errors.append(f"{tag}: bad type pair {et!r} / {st!r}")
            for c in ("killed", "injured"):
                if not is_count(inc[c]):
                    errors.append(f"{tag}: {c} {inc[c]!r} is not a non-negative int or null")
            ed = parse_date(inc["event_date"])
            if ed is None:
                errors.append(f"{tag}: event_date {inc['event_date']!r} is not an ISO date")
            elif pub is not None:
                lag = (pub - ed).days
                if lag < 0:
                    errors.append(f"{tag}: event_date {ed} is after published {pub}")
                elif lag > MAX_LAG_DAYS:
                    errors.append(f"{tag}: event_date {ed} is {lag} days before published")
            key = (inc["geonameid"], inc["event_date"])
            if key in seen:
                errors.append(f"{tag}: duplicate place/date {key}")
            seen.add(key)
            gid = inc["geonameid"]
            row = rows.get(gid) if isinstance(gid, int) and not isinstance(gid, bool) else None
            if row is None:
                errors.append(f"{tag}: geonameid {gid!r} not in UA.zip")
                continue
            lat, lon = inc["lat"], inc["lon"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
                errors.append(f"{tag}: lat/lon not numeric")
            else:
                d = km(lat, lon, float(row[4]), float(row[5]))
                if d > MAX_KM:
                    errors.append(f"{tag}: {d:.2f} km from dump point of {gid}")
            dump_a1 = admin1.get(row[10])
            if inc["admin1"] != dump_a1:
                errors.append(f"{tag}: admin1 {inc['admin1']!r}, dump says {dump_a1!r}")
            names = {row[1], row[2]} | set(row[3].split(","))
            if inc["location"] not in names:
                errors.append(f"{tag}: location {inc['location']!r} is not a name of {gid}")
    return errors


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zip_path = argv[2] if len(argv) > 2 else DEFAULT_ZIP
    errors = check(path, zip_path)
    if errors:
        for e in errors:
            print(e)
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
