#!/usr/bin/env python3
"""Checker for tests/data/reports_english13.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_english13.py [file.jsonl] [UA.zip]

Checks: key order, 60 ids en13-001..en13-060 in sequence, split parity (odd =
holdout, even = tune), lang/style values, 40-130 words per text, ISO dates within
2022-03-01..2026-11-30, incident keys and order, `place` occurring in `text`, valid
ACLED event_type/sub_event_type pairs, killed/injured non-negative int or null,
event_date not after `published` and at most 14 days before it, no duplicate
place/date within a record, and that each geonameid exists in the GeoNames UA dump
(feature class P) within 1 km of the gold point with matching admin1 and location.
Prints OK and exits 0, or lists the faults and exits 1.
"""
import datetime as dt
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english13.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
STYLES = {"incident_log", "airwars", "indictment", "ohchr_periodic", "rights_ngo",
          "fact_check", "security_incident", "witness_statement"}
N_RECORDS = 60
MIN_WORDS, MAX_WORDS = 40, 130
DATE_MIN, DATE_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
WINDOW_DAYS = 14
MAX_KM = 1.0

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

# GeoNames admin1 code -> ASCII name as used in the gold (Kharkiv oblast written "Kharkiv").
ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}


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
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 11:
                    continue
                try:
                    gid = int(parts[0])
                except ValueError:
                    continue
                if gid in wanted:
                    out[gid] = parts
    return out


def parse_date(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError(s)
    return dt.date.fromisoformat(s)


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check(path, zpath):
    faults = []
    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                faults.append(f"line {n}: empty line")
                continue
            try:
                records.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                faults.append(f"line {n}: invalid JSON ({e})")
    if len(records) != N_RECORDS:
        faults.append(f"expected {N_RECORDS} records, found {len(records)}")

    wanted = set()
    for _, r in records:
        for inc in r.get("incidents", []) if isinstance(r.get("incidents"), list) else []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                wanted.add(inc["geonameid"])
    geo = load_geonames(zpath, wanted) if wanted else {}

    for idx, (n, r) in enumerate(records, 1):
        rid = r.get("id", f"line {n}")
        where = f"{rid}"
        if list(r.keys()) != REC_KEYS:
            faults.append(f"{where}: record keys {list(r.keys())} != {REC_KEYS}")
        exp_id = f"en13-{idx:03d}"
        if r.get("id") != exp_id:
            faults.append(f"{where}: id should be {exp_id} (line {n})")
        if r.get("lang") != "en":
            faults.append(f"{where}: lang {r.get('lang')!r} != 'en'")
        exp_split = "holdout" if idx % 2 else "tune"
        if r.get("split") != exp_split:
            faults.append(f"{where}: split {r.get('split')!r} should be {exp_split!r}")
        if r.get("style") not in STYLES:
            faults.append(f"{where}: unknown style {r.get('style')!r}")
        text = r.get("text")
        if not isinstance(text, str):
            faults.append(f"{where}: text missing or not a string")
            text = ""
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            faults.append(f"{where}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
        pub = None
        try:
            pub = parse_date(r.get("published"))
            if not DATE_MIN <= pub <= DATE_MAX:
                faults.append(f"{where}: published {pub} outside {DATE_MIN}..{DATE_MAX}")
                pub = None
        except (ValueError, TypeError):
            faults.append(f"{where}: published {r.get('published')!r} not an ISO date")
        incs = r.get("incidents")
        if not isinstance(incs, list):
            faults.append(f"{where}: incidents is not a list")
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            w = f"{where} incident {j}"
            if not isinstance(inc, dict):
                faults.append(f"{w}: not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                faults.append(f"{w}: keys {list(inc.keys())} != {INC_KEYS}")
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                faults.append(f"{w}: place {place!r} not found in text")
            if inc.get("country") != "UA":
                faults.append(f"{w}: country {inc.get('country')!r} != 'UA'")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED.get(et, ()):
                faults.append(f"{w}: invalid ACLED pair {et!r} / {st!r}")
            for k in ("killed", "injured"):
                if not is_count(inc.get(k)):
                    faults.append(f"{w}: {k} {inc.get(k)!r} not a non-negative int or null")
            ed = None
            try:
                ed = parse_date(inc.get("event_date"))
                if not DATE_MIN <= ed <= DATE_MAX:
                    faults.append(f"{w}: event_date {ed} outside {DATE_MIN}..{DATE_MAX}")
            except (ValueError, TypeError):
                faults.append(f"{w}: event_date {inc.get('event_date')!r} not an ISO date")
            if ed and pub:
                if ed > pub:
                    faults.append(f"{w}: event_date {ed} after published {pub}")
                elif (pub - ed).days > WINDOW_DAYS:
                    faults.append(f"{w}: event_date {ed} more than {WINDOW_DAYS} days before published {pub}")
            key = (place, inc.get("event_date"))
            if key in seen:
                faults.append(f"{w}: duplicate place/date {key}")
            seen.add(key)
            gid = inc.get("geonameid")
            lat, lon = inc.get("lat"), inc.get("lon")
            if not isinstance(gid, int) or isinstance(gid, bool):
                faults.append(f"{w}: geonameid {gid!r} not an int")
                continue
            g = geo.get(gid)
            if g is None:
                faults.append(f"{w}: geonameid {gid} not in UA.zip")
                continue
            if g[6] != "P":
                faults.append(f"{w}: geonameid {gid} is feature class {g[6]}, not P")
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
                faults.append(f"{w}: lat/lon not numeric")
            else:
                d = km(lat, lon, float(g[4]), float(g[5]))
                if d > MAX_KM:
                    faults.append(f"{w}: point {lat},{lon} is {d:.1f} km from geonameid {gid}")
            adm = ADMIN1.get(g[10])
            if inc.get("admin1") != adm:
                faults.append(f"{w}: admin1 {inc.get('admin1')!r} != {adm!r} for geonameid {gid}")
            if inc.get("location") != g[1]:
                faults.append(f"{w}: location {inc.get('location')!r} != {g[1]!r} for geonameid {gid}")
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
