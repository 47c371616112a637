#!/usr/bin/env python3
"""Stdlib-only checker for tests/data/reports_english9.jsonl.

Usage: python3 tests/data/check_reports_english9.py [reports.jsonl] [UA.zip]
Prints OK and exits 0 when the file is valid; otherwise lists every fault and exits 1.
"""
import csv
import datetime as dt
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english9.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"
REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
TYPES = {
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED"},
    "Battles": {"Armed clash"},
}
N_RECORDS = 50
MIN_WORDS, MAX_WORDS = 20, 110
PUB_MIN, PUB_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 10
MAX_KM = 1.0


def load_admin1(zip_path):
    path = os.path.join(os.path.dirname(zip_path), "admin1CodesASCII.txt")
    names = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 3 and p[0].startswith("UA."):
                    names[p[0][3:]] = p[2]
    names["07"] = "Kharkiv"  # convention of these sets: Kharkivs'ka Oblast' -> Kharkiv
    return names


def load_geonames(zip_path, wanted):
    out = {}
    with zipfile.ZipFile(zip_path) as z:
        with z.open("UA.txt") as f:
            reader = csv.reader(io.TextIOWrapper(f, encoding="utf-8"), delimiter="\t",
                                quoting=csv.QUOTE_NONE)
            for r in reader:
                if r and r[0] in wanted:
                    out[r[0]] = r
    return out


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def check(path, zip_path):
    errs = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"line {n}: blank line")
                continue
            try:
                recs.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad JSON: {e}")
    if len(recs) != N_RECORDS:
        errs.append(f"expected {N_RECORDS} records, found {len(recs)}")
    wanted = set()
    for _, r in recs:
        for inc in r.get("incidents") or []:
            if isinstance(inc, dict):
                wanted.add(str(inc.get("geonameid")))
    geo = load_geonames(zip_path, wanted)
    a1names = load_admin1(zip_path)
    seen_ids = set()
    for idx, (n, r) in enumerate(recs, 1):
        rid = r.get("id", f"line {n}")
        w = f"{rid}:"
        if list(r.keys()) != REC_KEYS:
            errs.append(f"{w} record keys {list(r.keys())} != {REC_KEYS}")
        exp_id = f"en9-{idx:03d}"
        if r.get("id") != exp_id:
            errs.append(f"{w} id should be {exp_id}")
        if r.get("id") in seen_ids:
            errs.append(f"{w} duplicate id")
        seen_ids.add(r.get("id"))
        if r.get("lang") != "en":
            errs.append(f"{w} lang must be 'en'")
        m = re.fullmatch(r"en9-(\d{3})", str(r.get("id")))
        if m:
            want = "holdout" if int(m.group(1)) % 2 else "tune"
            if r.get("split") != want:
                errs.append(f"{w} split should be {want}")
        if not isinstance(r.get("style"), str) or not r.get("style"):
            errs.append(f"{w} style missing")
        pub = iso(r.get("published"))
        if pub is None:
            errs.append(f"{w} published not an ISO date")
        elif not PUB_MIN <= pub <= PUB_MAX:
            errs.append(f"{w} published {pub} outside {PUB_MIN}..{PUB_MAX}")
        text = r.get("text")
        if not isinstance(text, str):
            errs.append(f"{w} text not a string")
            text = ""
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            errs.append(f"{w} text has {nw} words (allowed {MIN_WORDS}-{MAX_WORDS})")
        incs = r.get("incidents")
        if not isinstance(incs, list):
            errs.append(f"{w} incidents not a list")
            continue
        pairs = set()
        for j, inc in enumerate(incs):
            wi = f"{w} incident {j}:"
            if not isinstance(inc, dict):
                errs.append(f"{wi} not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                errs.append(f"{wi} keys {list(inc.keys())} != {INC_KEYS}")
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                errs.append(f"{wi} place {place!r} not found in text")
            if inc.get("country") != "UA":
                errs.append(f"{wi} country must be 'UA'")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in TYPES or st not in TYPES[et]:
                errs.append(f"{wi} invalid type pair {et!r}/{st!r}")
            for k in ("killed", "injured"):
                v = inc.get(k)
                if v is not None and (type(v) is not int or v < 0):
                    errs.append(f"{wi} {k}={v!r} must be a non-negative int or null")
            ed = iso(inc.get("event_date"))
            if ed is None:
                errs.append(f"{wi} event_date not an ISO date")
            elif pub is not None:
                if ed > pub:
                    errs.append(f"{wi} event_date {ed} after published {pub}")
                elif (pub - ed).days > MAX_LAG_DAYS:
                    errs.append(f"{wi} event_date {ed} more than {MAX_LAG_DAYS} days before {pub}")
            key = (place, inc.get("event_date"))
            if key in pairs:
                errs.append(f"{wi} duplicate place/date {key}")
            pairs.add(key)
            gid = inc.get("geonameid")
            if type(gid) is not int:
                errs.append(f"{wi} geonameid {gid!r} not an int")
                continue
            g = geo.get(str(gid))
            if g is None:
                errs.append(f"{wi} geonameid {gid} not in {os.path.basename(zip_path)}")
                continue
            lat, lon = inc.get("lat"), inc.get("lon")
            if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)) \
                    or isinstance(lat, bool) or isinstance(lon, bool):
                errs.append(f"{wi} lat/lon not numbers")
            else:
                d = km(lat, lon, float(g[4]), float(g[5]))
                if d > MAX_KM:
                    errs.append(f"{wi} lat/lon {d:.1f} km from GeoNames {gid}")
            a1 = a1names.get(g[10], g[10])
            if inc.get("admin1") != a1:
                errs.append(f"{wi} admin1 {inc.get('admin1')!r} != GeoNames {a1!r}")
            if inc.get("location") not in (g[1], g[2]):
                errs.append(f"{wi} location {inc.get('location')!r} != GeoNames name {g[1]!r}")
    return errs


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zip_path = argv[2] if len(argv) > 2 else DEFAULT_ZIP
    errs = check(path, zip_path)
    if errs:
        for e in errs:
            print("FAIL", e)
        print(f"{len(errs)} fault(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
