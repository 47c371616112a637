#!/usr/bin/env python3
"""Standalone checker for reports_english5.jsonl (not a pytest module; stdlib only).

Usage: python3 tests/data/check_reports_english5.py [path/to/UA.zip]
"""
import datetime
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "reports_english5.jsonl")
UA_ZIP = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/geonames/UA.zip"

TOP_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
STYLES = {"reuters", "ap", "afp", "ukrinform", "kyiv_independent", "interfax_ua",
          "tass_en", "ria_en", "bbc_monitoring", "liveblog", "headline", "regional_admin"}
TYPES = {
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Strategic developments", "Disrupted weapons use"),
    ("Strategic developments", "Looting/property destruction"),
    ("Strategic developments", "Arrests"),
    ("Battles", "Armed clash"),
    ("Battles", "Government regains territory"),
    ("Violence against civilians", "Abduction/forced disappearance"),
}

errors = []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def haversine_km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    dp, dl = p2 - p1, math.radians(d - b)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


records = []
with open(DATA, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"does not parse: {e}")

wanted = {}
for i, rec in enumerate(records, 1):
    rid = rec.get("id", f"#{i}")
    if list(rec.keys()) != TOP_KEYS:
        err(rid, f"top-level key order {list(rec.keys())}")
    if rid != f"en5-{i:03d}":
        err(rid, f"expected id en5-{i:03d}")
    if rec.get("lang") != "en":
        err(rid, "lang must be 'en'")
    if rec.get("split") != ("tune" if i % 2 == 0 else "holdout"):
        err(rid, "split parity (even = tune, odd = holdout)")
    if rec.get("style") not in STYLES:
        err(rid, f"unknown style {rec.get('style')!r}")
    text = rec.get("text", "")
    nw = len(text.split())
    if not 10 <= nw <= 60:
        err(rid, f"text has {nw} words (want 10-60)")
    try:
        pub = datetime.date.fromisoformat(rec["published"])
        if not (datetime.date(2025, 10, 1) <= pub <= datetime.date(2025, 11, 30)):
            err(rid, "published outside October-November 2025")
    except (KeyError, ValueError):
        err(rid, "bad published date")
        pub = None
    incs = rec.get("incidents")
    if not isinstance(incs, list):
        err(rid, "incidents is not a list")
        continue
    for j, inc in enumerate(incs):
        tag = f"{rid}[{j}]"
        if list(inc.keys()) != INC_KEYS:
            err(tag, f"incident key order {list(inc.keys())}")
            continue
        if inc["place"] not in text:
            err(tag, f"place {inc['place']!r} not a substring of text")
        lat, lon = inc["lat"], inc["lon"]
        if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float))
                and 44 <= lat <= 53.5 and 22 <= lon <= 41):
            err(tag, f"point {lat},{lon} outside 44-53.5 N / 22-41 E")
        if not is_count(inc["killed"]) or not is_count(inc["injured"]):
            err(tag, "killed/injured must be null or non-negative int")
        if (inc["event_type"], inc["sub_event_type"]) not in TYPES:
            err(tag, f"unknown type pair {inc['event_type']} / {inc['sub_event_type']}")
        try:
            ed = datetime.date.fromisoformat(inc["event_date"])
            if pub and ed > pub:
                err(tag, "event_date after published")
        except (TypeError, ValueError):
            err(tag, "bad event_date")
        if inc["country"] == "UA":
            if not isinstance(inc["geonameid"], int):
                err(tag, "UA row needs an integer geonameid")
            else:
                wanted.setdefault(inc["geonameid"], []).append(tag)
        elif inc["country"] == "RU":
            if inc["geonameid"] is not None:
                err(tag, "RU row must have geonameid null")
        else:
            err(tag, f"country {inc['country']!r}")

if len(records) != 60:
    errors.append(f"expected 60 records, got {len(records)}")

# GeoNames check: every UA geonameid exists within 1 km of the gold point with the same name.
found = {}
with zipfile.ZipFile(UA_ZIP) as z:
    with z.open("UA.txt") as f:
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            p = line.split("\t", 6)
            gid = int(p[0])
            if gid in wanted:
                found[gid] = (p[1], float(p[4]), float(p[5]))
by_tag = {}
for rec in records:
    for j, inc in enumerate(rec.get("incidents", [])):
        by_tag[f"{rec.get('id')}[{j}]"] = inc
for gid, tags in wanted.items():
    for tag in tags:
        if gid not in found:
            err(tag, f"geonameid {gid} not in the UA dump")
            continue
        name, glat, glon = found[gid]
        inc = by_tag[tag]
        d = haversine_km(glat, glon, inc["lat"], inc["lon"])
        if d > 1.0:
            err(tag, f"gold point {d:.2f} km from geonameid {gid}")
        if inc["location"] != name:
            err(tag, f"location {inc['location']!r} != GeoNames name {name!r}")

n_inc = {"tune": 0, "holdout": 0}
for rec in records:
    n_inc[rec.get("split")] = n_inc.get(rec.get("split"), 0) + len(rec.get("incidents", []))
print(f"{len(records)} records, incidents: {n_inc}, "
      f"zero-incident: {sum(1 for r in records if not r.get('incidents'))}, "
      f"two-incident: {sum(1 for r in records if len(r.get('incidents', [])) == 2)}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
