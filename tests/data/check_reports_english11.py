#!/usr/bin/env python3
"""Format checker for reports_english11.jsonl (stdlib only; not a pytest module).

Usage: python3 tests/data/check_reports_english11.py [file.jsonl] [UA.zip]
Prints OK when the file is well formed, otherwise one line per fault.
"""
import datetime as dt
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english11.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

PREFIX = "en11"
N_ITEMS = 60
MIN_WORDS, MAX_WORDS = 30, 120
FIRST_DATE, LAST_DATE = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 14

REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]

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

# GeoNames admin1 code -> admin1 ASCII name (admin1CodesASCII.txt), Kharkiv shortened
ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_date(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_geonames(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                f = line.rstrip("\n").split("\t")
                if len(f) > 10 and f[0].isdigit() and int(f[0]) in wanted:
                    out[int(f[0])] = (f[1], float(f[4]), float(f[5]), f[10])
    return out


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check(path, zpath):
    faults = []
    recs = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                faults.append(f"line {ln}: empty line")
                continue
            try:
                recs.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                faults.append(f"line {ln}: bad JSON ({e})")
    if len(recs) != N_ITEMS:
        faults.append(f"file: {len(recs)} records, expected {N_ITEMS}")

    wanted = set()
    for _, r in recs:
        if isinstance(r, dict):
            for inc in r.get("incidents") or []:
                if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                    wanted.add(inc["geonameid"])
    gn = load_geonames(zpath, wanted)

    seen_ids = set()
    for idx, (ln, r) in enumerate(recs, 1):
        where = f"line {ln}"
        if not isinstance(r, dict):
            faults.append(f"{where}: record is not an object")
            continue
        rid = r.get("id")
        where = f"{rid or 'line %d' % ln}"
        if list(r.keys()) != REC_KEYS:
            faults.append(f"{where}: keys/order {list(r.keys())} != {REC_KEYS}")
        exp_id = f"{PREFIX}-{idx:03d}"
        if rid != exp_id:
            faults.append(f"{where}: id should be {exp_id}")
        if rid in seen_ids:
            faults.append(f"{where}: duplicate id")
        seen_ids.add(rid)
        if r.get("lang") != "en":
            faults.append(f"{where}: lang must be 'en'")
        exp_split = "holdout" if idx % 2 else "tune"
        if r.get("split") != exp_split:
            faults.append(f"{where}: split should be {exp_split}")
        if not isinstance(r.get("style"), str) or not r.get("style"):
            faults.append(f"{where}: style missing")
        pub = parse_date(r.get("published"))
        if pub is None:
            faults.append(f"{where}: published not an ISO date: {r.get('published')!r}")
        elif not FIRST_DATE <= pub <= LAST_DATE:
            faults.append(f"{where}: published {pub} outside {FIRST_DATE}..{LAST_DATE}")
        text = r.get("text")
        if not isinstance(text, str):
            faults.append(f"{where}: text missing")
            text = ""
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            faults.append(f"{where}: {nw} words, expected {MIN_WORDS}-{MAX_WORDS}")
        incs = r.get("incidents")
        if not isinstance(incs, list):
            faults.append(f"{where}: incidents is not a list")
            continue
        seen_pd = set()
        for j, inc in enumerate(incs):
            w = f"{where} incident {j}"
            if not isinstance(inc, dict):
                faults.append(f"{w}: not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                faults.append(f"{w}: keys/order {list(inc.keys())} != {INC_KEYS}")
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                faults.append(f"{w}: place {place!r} does not occur in text")
            if inc.get("country") != "UA":
                faults.append(f"{w}: country must be 'UA'")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED.get(et, ()):
                faults.append(f"{w}: invalid ACLED pair {et!r}/{st!r}")
            for k in ("killed", "injured"):
                if not is_count(inc.get(k)):
                    faults.append(f"{w}: {k} must be a non-negative int or null, got {inc.get(k)!r}")
            ed = parse_date(inc.get("event_date"))
            if ed is None:
                faults.append(f"{w}: event_date not an ISO date: {inc.get('event_date')!r}")
            else:
                if not FIRST_DATE <= ed <= LAST_DATE:
                    faults.append(f"{w}: event_date {ed} outside {FIRST_DATE}..{LAST_DATE}")
                if pub is not None:
                    if ed > pub:
                        faults.append(f"{w}: event_date {ed} after published {pub}")
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        faults.append(f"{w}: event_date {ed} more than {MAX_LAG_DAYS} days before published {pub}")
            key = (place, inc.get("event_date"))
            if key in seen_pd:
                faults.append(f"{w}: duplicate place/date {key}")
            seen_pd.add(key)
            gid, lat, lon = inc.get("geonameid"), inc.get("lat"), inc.get("lon")
            if not isinstance(gid, int) or isinstance(gid, bool):
                faults.append(f"{w}: geonameid must be an int")
                continue
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
                faults.append(f"{w}: lat/lon must be numbers")
                continue
            g = gn.get(gid)
            if g is None:
                faults.append(f"{w}: geonameid {gid} not in {os.path.basename(zpath)}")
                continue
            name, glat, glon, a1 = g
            d = km(lat, lon, glat, glon)
            if d > 1.0:
                faults.append(f"{w}: gold point {d:.1f} km from geonameid {gid}")
            if inc.get("location") != name:
                faults.append(f"{w}: location {inc.get('location')!r} != GeoNames name {name!r}")
            if inc.get("admin1") != ADMIN1.get(a1):
                faults.append(f"{w}: admin1 {inc.get('admin1')!r} != {ADMIN1.get(a1)!r} for geonameid {gid}")
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
