#!/usr/bin/env python3
"""Standalone checker for reports_english6.jsonl (stdlib only).

Usage: python3 check_reports_english6.py [path/to/reports_english6.jsonl]
Needs /work/shared/data/geonames/UA.zip (or $GEONAMES_UA_ZIP) for the geonameid check.
"""
import datetime, io, json, math, os, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "reports_english6.jsonl")
UAZIP = os.environ.get("GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip")
TOP = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
       "event_date", "event_type", "sub_event_type", "killed", "injured"]

errors = []
def err(msg): errors.append(msg)

def km(a, b, c, d):
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))

def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)

records, want_ids = [], {}
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: does not parse: {e}"); continue
        records.append(r)
        rid = f"en6-{n:03d}"
        if list(r) != TOP: err(f"line {n}: key order {list(r)}")
        if r.get("id") != rid: err(f"line {n}: id {r.get('id')} != {rid}")
        if r.get("lang") != "en": err(f"{rid}: lang")
        if r.get("split") != ("tune" if n % 2 == 0 else "holdout"): err(f"{rid}: split parity")
        text = r.get("text", "")
        wc = len(text.split())
        if not 15 <= wc <= 80: err(f"{rid}: {wc} words")
        try:
            pub = datetime.date.fromisoformat(r["published"])
            if not datetime.date(2025, 12, 1) <= pub <= datetime.date(2026, 1, 31):
                err(f"{rid}: published out of Dec 2025-Jan 2026")
        except Exception:
            err(f"{rid}: bad published"); pub = None
        for j, inc in enumerate(r.get("incidents", [])):
            tag = f"{rid}[{j}]"
            if list(inc) != INC: err(f"{tag}: key order {list(inc)}")
            if inc.get("place") not in text: err(f"{tag}: place {inc.get('place')!r} not in text")
            la, lo = inc.get("lat"), inc.get("lon")
            if not (isinstance(la, (int, float)) and isinstance(lo, (int, float))
                    and 44 <= la <= 53.5 and 22 <= lo <= 41):
                err(f"{tag}: point {la},{lo} outside box")
            for k in ("killed", "injured"):
                if not is_count(inc.get(k)): err(f"{tag}: {k}={inc.get(k)!r}")
            try:
                ed = datetime.date.fromisoformat(inc["event_date"])
                if pub and ed > pub: err(f"{tag}: event_date after published")
            except Exception:
                err(f"{tag}: bad event_date")
            if inc.get("country") not in ("UA", "RU"): err(f"{tag}: country")
            if inc.get("country") == "UA":
                if not isinstance(inc.get("geonameid"), int): err(f"{tag}: UA record without geonameid")
                else: want_ids.setdefault(inc["geonameid"], []).append((tag, la, lo))
            elif inc.get("geonameid") is not None:
                err(f"{tag}: RU record must have geonameid null")

if len(records) != 50: err(f"{len(records)} records, expected 50")

found = {}
with zipfile.ZipFile(UAZIP) as z, z.open("UA.txt") as f:
    for line in io.TextIOWrapper(f, encoding="utf-8"):
        p = line.split("\t", 6)
        g = int(p[0])
        if g in want_ids: found[g] = (float(p[4]), float(p[5]))
for g, uses in want_ids.items():
    for tag, la, lo in uses:
        if g not in found: err(f"{tag}: geonameid {g} not in dump")
        else:
            d = km(la, lo, *found[g])
            if d > 1.0: err(f"{tag}: gold point {d:.2f} km from geonameid {g}")

if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
ninc = sum(len(r["incidents"]) for r in records)
print(f"OK: {len(records)} records, {ninc} incidents")
