#!/usr/bin/env python3
"""Checker for reports_english12.jsonl (synthetic ACLED-style event notes).

Usage: python3 tests/data/check_reports_english12.py [file] [UA.zip]
Stdlib only. Prints OK or a list of faults (exit code 1).
"""
import datetime as dt
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english12.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"
N_ITEMS = 60
PREFIX = "en12-"
KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
MIN_DATE, MAX_DATE = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 31  # "(month of)" notes are dated to the 1st of the month
ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
# GeoNames admin1 code -> ASCII name used in the sets (Kharkiv written "Kharkiv").
ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
          "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
          "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
          "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
          "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
          "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
          "26": "Zaporizhzhia", "27": "Zhytomyr"}
RU_ADMIN1 = {"Belgorod", "Kursk", "Bryansk", "Voronezh", "Rostov", "Krasnodar", "Moscow",
             "Moscow City", "Oryol", "Tula", "Kaluga", "Smolensk", "Lipetsk", "Tambov"}


def load_geonames(path):
    rows = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                rows[int(p[0])] = (p[1], float(p[4]), float(p[5]), p[10])
    return rows


def km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def iso(s):
    if not isinstance(s, str) or len(s) != 10:
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check(path, zpath):
    faults = []
    geo = load_geonames(zpath)
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != N_ITEMS:
        faults.append(f"expected {N_ITEMS} lines, found {len(lines)}")
    seen = set()
    for ln, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            faults.append(f"line {ln}: invalid JSON ({e})")
            continue
        rid = rec.get("id", f"line {ln}")
        if not isinstance(rec, dict) or list(rec.keys()) != KEYS:
            faults.append(f"{rid}: keys {list(rec.keys()) if isinstance(rec, dict) else rec} != {KEYS}")
            if not isinstance(rec, dict):
                continue
        exp_id = f"{PREFIX}{ln:03d}"
        if rid != exp_id:
            faults.append(f"{rid}: id should be {exp_id}")
        if rid in seen:
            faults.append(f"{rid}: duplicate id")
        seen.add(rid)
        if rec.get("lang") != "en":
            faults.append(f"{rid}: lang must be 'en'")
        try:
            num = int(str(rid)[len(PREFIX):])
            want = "holdout" if num % 2 else "tune"
            if rec.get("split") != want:
                faults.append(f"{rid}: split should be {want}")
        except ValueError:
            faults.append(f"{rid}: cannot parse id number")
        if not isinstance(rec.get("style"), str) or not rec.get("style"):
            faults.append(f"{rid}: empty style")
        pub = iso(rec.get("published"))
        if pub is None:
            faults.append(f"{rid}: published not ISO date: {rec.get('published')!r}")
        elif not MIN_DATE <= pub <= MAX_DATE:
            faults.append(f"{rid}: published {pub} outside {MIN_DATE}..{MAX_DATE}")
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            faults.append(f"{rid}: empty text")
            text = ""
        incs = rec.get("incidents")
        if not isinstance(incs, list):
            faults.append(f"{rid}: incidents must be a list")
            continue
        keyset = set()
        for k, inc in enumerate(incs, 1):
            tag = f"{rid}#{k}"
            if not isinstance(inc, dict) or list(inc.keys()) != INC_KEYS:
                faults.append(f"{tag}: incident keys {list(inc.keys()) if isinstance(inc, dict) else inc} != {INC_KEYS}")
                if not isinstance(inc, dict):
                    continue
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                faults.append(f"{tag}: place {place!r} not found in text")
            ed = iso(inc.get("event_date"))
            if ed is None:
                faults.append(f"{tag}: event_date not ISO: {inc.get('event_date')!r}")
            else:
                if not MIN_DATE <= ed <= MAX_DATE:
                    faults.append(f"{tag}: event_date {ed} outside {MIN_DATE}..{MAX_DATE}")
                if pub is not None:
                    if ed > pub:
                        faults.append(f"{tag}: event_date {ed} after published {pub}")
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        faults.append(f"{tag}: event_date {ed} more than {MAX_LAG_DAYS} days before published {pub}")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                faults.append(f"{tag}: invalid ACLED pair {et!r} / {st!r}")
            for c in ("killed", "injured"):
                if not is_count(inc.get(c)):
                    faults.append(f"{tag}: {c} must be a non-negative int or null: {inc.get(c)!r}")
            key = (place, inc.get("event_date"), et, st)
            if key in keyset:
                faults.append(f"{tag}: duplicate place/date/type {key}")
            keyset.add(key)
            lat, lon, gid = inc.get("lat"), inc.get("lon"), inc.get("geonameid")
            if not (is_num(lat) and is_num(lon)):
                faults.append(f"{tag}: lat/lon must be numbers")
                continue
            country = inc.get("country")
            if country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool) or gid not in geo:
                    faults.append(f"{tag}: geonameid {gid!r} not in UA.zip")
                    continue
                name, glat, glon, a1 = geo[gid]
                d = km(lat, lon, glat, glon)
                if d > 1.0:
                    faults.append(f"{tag}: coordinates {d:.1f} km from geonameid {gid}")
                if inc.get("admin1") != ADMIN1.get(a1):
                    faults.append(f"{tag}: admin1 {inc.get('admin1')!r} != {ADMIN1.get(a1)!r} of geonameid {gid}")
                if inc.get("location") != name:
                    faults.append(f"{tag}: location {inc.get('location')!r} != GeoNames name {name!r}")
            elif country == "RU":
                if gid is not None:
                    faults.append(f"{tag}: RU rows must have geonameid null")
                if inc.get("admin1") not in RU_ADMIN1:
                    faults.append(f"{tag}: unexpected RU admin1 {inc.get('admin1')!r}")
                if not (44.0 <= lat <= 58.0 and 30.0 <= lon <= 48.0):
                    faults.append(f"{tag}: RU coordinates outside western Russia box")
                if not isinstance(inc.get("location"), str) or not inc.get("location"):
                    faults.append(f"{tag}: empty location")
            else:
                faults.append(f"{tag}: country must be UA or RU, got {country!r}")
    return faults


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = argv[2] if len(argv) > 2 else DEFAULT_ZIP
    faults = check(path, zpath)
    if faults:
        for f in faults:
            print(f)
        print(f"{len(faults)} fault(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
