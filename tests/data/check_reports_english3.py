#!/usr/bin/env python3
"""Standalone check for tests/data/reports_english3.jsonl (not a pytest module).

Usage: python3 tests/data/check_reports_english3.py [path/to/UA.zip]
Checks parsing, key order, id sequence and split parity, styles, that each place
is a substring of the text, the 44-53.5 N / 22-41 E box, ACLED type/sub-type
pairs, killed/injured values, event_date <= published, and that every UA
geonameid exists in the GeoNames dump within 1 km of the gold point with the
same name (RU rows must have a null geonameid).
"""
import datetime as dt
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "reports_english3.jsonl")
ZIP = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/geonames/UA.zip"

TOP = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
       "event_date", "event_type", "sub_event_type", "killed", "injured"]
STYLES = {"reuters", "ap", "afp", "ukrinform", "kyiv_independent", "pravda_en",
          "interfax_ua", "tass_en", "ria_en", "bbc_monitoring", "roundup"}
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


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 12742 * math.asin(math.sqrt(x))


def main():
    errs = []
    recs = []
    with open(DATA, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                errs.append("line %d: %s" % (n, e))
    ids = {}
    for n, r in enumerate(recs, 1):
        rid = r.get("id")
        if list(r) != TOP:
            errs.append("%s: key order %s" % (rid, list(r)))
            continue
        if rid != "en3-%03d" % n:
            errs.append("%s: expected id en3-%03d" % (rid, n))
        if r["split"] != ("tune" if n % 2 else "holdout"):
            errs.append("%s: split parity" % rid)
        if r["lang"] != "en" or r["style"] not in STYLES:
            errs.append("%s: lang/style" % rid)
        pub = dt.date.fromisoformat(r["published"])
        words = len(r["text"].split())
        if not 15 <= words <= 120:
            errs.append("%s: %d words" % (rid, words))
        for i in r["incidents"]:
            if list(i) != INC:
                errs.append("%s: incident key order" % rid)
                continue
            if i["place"] not in r["text"]:
                errs.append("%s: place %r not in text" % (rid, i["place"]))
            if not (44 <= i["lat"] <= 53.5 and 22 <= i["lon"] <= 41):
                errs.append("%s: point outside box" % rid)
            if i["sub_event_type"] not in ACLED.get(i["event_type"], ()):
                errs.append("%s: bad ACLED pair" % rid)
            for k in ("killed", "injured"):
                v = i[k]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    errs.append("%s: bad %s" % (rid, k))
            if dt.date.fromisoformat(i["event_date"]) > pub:
                errs.append("%s: event after published" % rid)
            if i["country"] == "UA":
                if not isinstance(i["geonameid"], int):
                    errs.append("%s: UA row without geonameid" % rid)
                else:
                    ids.setdefault(i["geonameid"], []).append((rid, i))
            elif i["country"] == "RU":
                if i["geonameid"] is not None:
                    errs.append("%s: RU row with geonameid" % rid)
            else:
                errs.append("%s: country %r" % (rid, i["country"]))
    found = set()
    with zipfile.ZipFile(ZIP) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                f = line.split("\t")
                gid = int(f[0])
                if gid in ids:
                    found.add(gid)
                    for rid, i in ids[gid]:
                        if f[1] != i["location"]:
                            errs.append("%s: location %r != dump name %r" % (rid, i["location"], f[1]))
                        if km(float(f[4]), float(f[5]), i["lat"], i["lon"]) > 1:
                            errs.append("%s: point >1 km from geonameid %d" % (rid, gid))
    for gid in set(ids) - found:
        errs.append("geonameid %d not in dump (%s)" % (gid, ids[gid][0][0]))
    ninc = sum(len(r["incidents"]) for r in recs)
    print("%d records, %d incidents, %d without incident" % (
        len(recs), ninc, sum(1 for r in recs if not r["incidents"])))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
