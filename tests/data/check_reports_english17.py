#!/usr/bin/env python3
"""Check tests/data/reports_english17.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english17.py [FILE] [UA.zip]

UA.zip (GeoNames Ukraine dump) is taken from the second argument, else from
$GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints one line per fault and exits 1, or prints OK and exits 0.
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
DEFAULT_FILE = os.path.join(HERE, "reports_english17.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

N_ITEMS = 60
ID_FMT = "en17-{:03d}"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
DATE_MIN, DATE_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 10
WORDS_MIN, WORDS_MAX = 20, 80
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
    # "Other" is deliberately absent: it is never an incident in this set.
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory"},
}

# GeoNames admin1 code -> admin1 name used in the gold (GeoNames ASCII names;
# Kharkiv oblast, whose GeoNames name is "Kharkivs'ka Oblast'", is written Kharkiv).
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}
# Rough per-oblast boxes (lat_min, lat_max, lon_min, lon_max) inside the
# western-Russia box below.
RU_BOX = (49.0, 57.0, 30.0, 41.0)
RU_OBLASTS = {
    "Belgorod Oblast": (49.8, 51.5, 35.2, 39.3),
    "Kursk Oblast": (50.8, 52.5, 34.0, 38.6),
    "Bryansk Oblast": (51.8, 54.0, 31.1, 35.4),
}


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    a = (math.sin((lat2 - lat1) * r / 2) ** 2
         + math.cos(lat1 * r) * math.cos(lat2 * r) * math.sin((lon2 - lon1) * r / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def is_count(v):
    return v is None or (type(v) is int and v >= 0)


def is_coord(v):
    if type(v) is not float:
        return False
    return round(v, 5) == v


def load_geonames(path, wanted):
    """Return {geonameid: (name, lat, lon, admin1code)} for the wanted ids."""
    found = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                gid, rest = line.split("\t", 1)
                if gid.isdigit() and int(gid) in wanted:
                    p = line.rstrip("\n").split("\t")
                    found[int(gid)] = (p[1], float(p[4]), float(p[5]), p[10])
    return found


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = argv[2] if len(argv) > 2 else os.environ.get("GEONAMES_UA_ZIP") or DEFAULT_ZIP
    faults = []

    def bad(where, msg):
        faults.append(f"{where}: {msg}")

    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad(f"line {n}", "blank line")
                continue
            try:
                items.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                bad(f"line {n}", f"invalid JSON: {e}")
    if len(items) != N_ITEMS:
        bad(path, f"{len(items)} items, expected {N_ITEMS}")

    ua_refs = []  # (where, incident)
    n_inc = 0
    for idx, (n, it) in enumerate(items, 1):
        where = f"line {n}"
        if not isinstance(it, dict):
            bad(where, "not an object")
            continue
        if list(it.keys()) != ITEM_KEYS:
            bad(where, f"keys {list(it.keys())} != {ITEM_KEYS}")
        iid = it.get("id")
        where = f"{iid or 'line ' + str(n)}"
        if iid != ID_FMT.format(idx):
            bad(where, f"id should be {ID_FMT.format(idx)}")
        want_split = "holdout" if idx % 2 else "tune"
        if it.get("split") != want_split:
            bad(where, f"split {it.get('split')!r}, expected {want_split!r} (odd=holdout)")
        if it.get("lang") != "en":
            bad(where, "lang must be 'en'")
        if not isinstance(it.get("style"), str) or not it.get("style"):
            bad(where, "style missing")
        pub = iso(it.get("published"))
        if pub is None:
            bad(where, f"published {it.get('published')!r} not an ISO date")
        elif not DATE_MIN <= pub <= DATE_MAX:
            bad(where, f"published {pub} outside {DATE_MIN}..{DATE_MAX}")
        text = it.get("text")
        if not isinstance(text, str) or not text:
            bad(where, "text missing")
            text = ""
        nw = len(text.split())
        if not WORDS_MIN <= nw <= WORDS_MAX:
            bad(where, f"text has {nw} words, expected {WORDS_MIN}-{WORDS_MAX}")
        incs = it.get("incidents")
        if not isinstance(incs, list):
            bad(where, "incidents must be a list")
            continue
        m = re.search(r"Around (\d{1,2} [A-Z][a-z]+ \d{4}) \(week of\)", text)
        week_monday = None
        if m:
            try:
                week_monday = dt.datetime.strptime(m.group(1), "%d %B %Y").date()
            except ValueError:
                bad(where, f"bad week-of date {m.group(1)!r}")
            else:
                if week_monday.weekday() != 0:
                    bad(where, f"week-of date {week_monday} is not a Monday")
        seen = set()
        for j, inc in enumerate(incs):
            w = f"{where} incident {j}"
            n_inc += 1
            if not isinstance(inc, dict):
                bad(w, "not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                bad(w, f"keys {list(inc.keys())} != {INC_KEYS}")
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                bad(w, f"place {place!r} is not a substring of text")
            ed = iso(inc.get("event_date"))
            if ed is None:
                bad(w, f"event_date {inc.get('event_date')!r} not an ISO date")
            else:
                if not DATE_MIN <= ed <= DATE_MAX:
                    bad(w, f"event_date {ed} outside {DATE_MIN}..{DATE_MAX}")
                if pub is not None:
                    if ed > pub:
                        bad(w, f"event_date {ed} after published {pub}")
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        bad(w, f"published {(pub - ed).days} days after event (max {MAX_LAG_DAYS})")
                if week_monday is not None and ed != week_monday:
                    bad(w, f"week-of note: event_date {ed} should be {week_monday}")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                bad(w, f"bad ACLED pair {et!r} / {st!r}")
            for k in ("killed", "injured"):
                if not is_count(inc.get(k)):
                    bad(w, f"{k} {inc.get(k)!r} must be a non-negative int or null")
            key = (place, inc.get("event_date"), et, st)
            if key in seen:
                bad(w, f"duplicate place/date/type {key}")
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not (is_coord(lat) and is_coord(lon)):
                bad(w, f"lat/lon {lat!r}/{lon!r} must be floats with at most 5 decimals")
                continue
            if not isinstance(inc.get("location"), str) or not inc.get("location"):
                bad(w, "location missing")
            country = inc.get("country")
            if country == "UA":
                gid = inc.get("geonameid")
                if type(gid) is not int:
                    bad(w, f"UA geonameid {gid!r} must be an int")
                else:
                    ua_refs.append((w, inc))
                if inc.get("admin1") not in UA_ADMIN1.values():
                    bad(w, f"unknown UA admin1 {inc.get('admin1')!r}")
            elif country == "RU":
                if inc.get("geonameid") is not None:
                    bad(w, "RU geonameid must be null")
                if inc.get("location") != place:
                    bad(w, "RU location must equal place")
                a1 = inc.get("admin1")
                la0, la1, lo0, lo1 = RU_BOX
                if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                    bad(w, f"RU coords {lat},{lon} outside western-Russia box")
                if a1 not in RU_OBLASTS:
                    bad(w, f"RU admin1 {a1!r} not one of {sorted(RU_OBLASTS)}")
                else:
                    la0, la1, lo0, lo1 = RU_OBLASTS[a1]
                    if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                        bad(w, f"RU coords {lat},{lon} not in {a1}")
            else:
                bad(w, f"country {country!r} must be UA or RU")

    if ua_refs:
        try:
            geo = load_geonames(zpath, {inc["geonameid"] for _, inc in ua_refs})
        except (OSError, KeyError, zipfile.BadZipFile) as e:
            bad(zpath, f"cannot read GeoNames dump: {e}")
            geo = None
        if geo is not None:
            for w, inc in ua_refs:
                g = geo.get(inc["geonameid"])
                if g is None:
                    bad(w, f"geonameid {inc['geonameid']} not in {os.path.basename(zpath)}")
                    continue
                name, glat, glon, a1code = g
                d = km(inc["lat"], inc["lon"], glat, glon)
                if d > MAX_KM:
                    bad(w, f"coords {d:.1f} km from geonameid {inc['geonameid']} ({name})")
                if UA_ADMIN1.get(a1code) != inc.get("admin1"):
                    bad(w, f"admin1 {inc.get('admin1')!r} != GeoNames {UA_ADMIN1.get(a1code)!r}")
                if inc.get("location") != name:
                    bad(w, f"location {inc.get('location')!r} != GeoNames name {name!r}")

    for msg in faults:
        print(msg)
    if faults:
        print(f"FAIL: {len(faults)} fault(s) in {path}")
        return 1
    print(f"OK: {path}: {len(items)} items, {n_inc} incidents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
