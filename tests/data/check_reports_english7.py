#!/usr/bin/env python3
"""Sanity checker for tests/data/reports_english7.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_english7.py [reports.jsonl] [path/to/UA.zip]

Prints OK when every check passes; otherwise lists the problems and exits 1.
The GeoNames checks need UA.zip and admin1CodesASCII.txt (same folder); when the
dump cannot be found they are skipped and reported as skipped.
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
DEFAULT_DATA = os.path.join(HERE, "reports_english7.jsonl")
ZIP_CANDIDATES = [
    os.environ.get("GEONAMES_UA_ZIP", ""),
    "/work/shared/data/geonames/UA.zip",
    os.path.join(HERE, "..", "..", "..", "shared", "data", "geonames", "UA.zip"),
    os.path.join(HERE, "..", "..", "shared", "data", "geonames", "UA.zip"),
]
REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
N_RECORDS = 60
PUB_MIN, PUB_MAX = dt.date(2026, 2, 1), dt.date(2026, 4, 30)
MIN_WORDS, MAX_WORDS = 20, 110
MAX_LAG_DAYS = 10
VALID_TYPES = {
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Grenade",
                                   "Suicide bomb", "Chemical weapon"},
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance",
                                   "Sexual violence"},
}


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_dump(zip_path):
    """Return ({geonameid: (name, asciiname, lat, lon, admin1name)}) or None."""
    adm_path = os.path.join(os.path.dirname(zip_path), "admin1CodesASCII.txt")
    if not (os.path.isfile(zip_path) and os.path.isfile(adm_path)):
        return None
    adm = {}
    with open(adm_path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[0].startswith("UA."):
                code = parts[0][3:]
                adm[code] = "Kharkiv" if code == "07" else parts[2]
    rows = {}
    with zipfile.ZipFile(zip_path) as z:
        with z.open("UA.txt") as fh:
            reader = csv.reader(io.TextIOWrapper(fh, encoding="utf-8"),
                                delimiter="\t", quoting=csv.QUOTE_NONE)
            for r in reader:
                if len(r) < 11:
                    continue
                rows[int(r[0])] = (r[1], r[2], float(r[4]), float(r[5]), adm.get(r[10], ""))
    return rows


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def parse_date(s):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None


def main(argv):
    data_path = argv[1] if len(argv) > 1 else DEFAULT_DATA
    zips = ([argv[2]] if len(argv) > 2 else []) + ZIP_CANDIDATES
    zip_path = next((p for p in zips if p and os.path.isfile(p)), None)
    dump = load_dump(zip_path) if zip_path else None
    errs = []
    recs = []
    with open(data_path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"line {n}: empty line")
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad JSON ({e})")
    if len(recs) != N_RECORDS:
        errs.append(f"expected {N_RECORDS} records, found {len(recs)}")
    n_inc = 0
    for i, r in enumerate(recs, 1):
        want_id = f"en7-{i:03d}"
        rid = r.get("id", f"#{i}")
        if list(r.keys()) != REC_KEYS:
            errs.append(f"{rid}: record keys {list(r.keys())}")
        if r.get("id") != want_id:
            errs.append(f"{rid}: expected id {want_id}")
        if r.get("lang") != "en":
            errs.append(f"{rid}: lang must be 'en'")
        if r.get("split") != ("holdout" if i % 2 else "tune"):
            errs.append(f"{rid}: split parity broken")
        if not isinstance(r.get("style"), str) or not r.get("style"):
            errs.append(f"{rid}: style missing")
        pub = parse_date(r.get("published"))
        if pub is None or not (PUB_MIN <= pub <= PUB_MAX):
            errs.append(f"{rid}: published {r.get('published')!r} not in {PUB_MIN}..{PUB_MAX}")
        text = r.get("text")
        if not isinstance(text, str):
            errs.append(f"{rid}: text not a string")
            text = ""
        wc = len(text.split())
        if not (MIN_WORDS <= wc <= MAX_WORDS):
            errs.append(f"{rid}: {wc} words (want {MIN_WORDS}-{MAX_WORDS})")
        incs = r.get("incidents")
        if not isinstance(incs, list):
            errs.append(f"{rid}: incidents not a list")
            continue
        for j, inc in enumerate(incs):
            n_inc += 1
            tag = f"{rid}[{j}]"
            if not isinstance(inc, dict) or list(inc.keys()) != INC_KEYS:
                errs.append(f"{tag}: incident keys {list(inc.keys()) if isinstance(inc, dict) else inc}")
                continue
            if not isinstance(inc["place"], str) or inc["place"] not in text:
                errs.append(f"{tag}: place {inc['place']!r} not in text")
            for k in ("location", "admin1"):
                if not isinstance(inc[k], str) or not inc[k]:
                    errs.append(f"{tag}: {k} empty")
            if inc["country"] not in ("UA", "RU"):
                errs.append(f"{tag}: country {inc['country']!r}")
            lat, lon = inc["lat"], inc["lon"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
                errs.append(f"{tag}: lat/lon not numbers")
                continue
            if not (44 <= lat <= 53.5 and 22 <= lon <= 41):
                errs.append(f"{tag}: point {lat},{lon} outside 44-53.5N 22-41E")
            et, st = inc["event_type"], inc["sub_event_type"]
            if st not in VALID_TYPES.get(et, ()):
                errs.append(f"{tag}: invalid type pair {et!r}/{st!r}")
            for k in ("killed", "injured"):
                if not is_count(inc[k]):
                    errs.append(f"{tag}: {k}={inc[k]!r} not a non-negative int or null")
            ed = parse_date(inc["event_date"])
            if ed is None:
                errs.append(f"{tag}: bad event_date {inc['event_date']!r}")
            elif pub is not None and not (pub - dt.timedelta(days=MAX_LAG_DAYS) <= ed <= pub):
                errs.append(f"{tag}: event_date {ed} not within {MAX_LAG_DAYS} days before {pub}")
            gid = inc["geonameid"]
            if inc["country"] == "RU":
                if gid is not None:
                    errs.append(f"{tag}: RU incident must have geonameid null")
                continue
            if not isinstance(gid, int) or isinstance(gid, bool):
                errs.append(f"{tag}: UA incident needs an integer geonameid")
                continue
            if dump is None:
                continue
            row = dump.get(gid)
            if row is None:
                errs.append(f"{tag}: geonameid {gid} not in GeoNames dump")
                continue
            name, ascii_name, dlat, dlon, dadm = row
            d = haversine_km(lat, lon, dlat, dlon)
            if d > 1.0:
                errs.append(f"{tag}: {d:.2f} km from dump point of {gid}")
            if inc["admin1"] != dadm:
                errs.append(f"{tag}: admin1 {inc['admin1']!r} != dump oblast {dadm!r}")
            if inc["location"] not in (name, ascii_name):
                errs.append(f"{tag}: location {inc['location']!r} != dump name {name!r}")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        return 1
    note = "" if dump is not None else " (GeoNames checks skipped: UA.zip not found)"
    print(f"OK: {len(recs)} records, {n_inc} incidents{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
