#!/usr/bin/env python3
"""Structural checker for tests/data/reports_english15.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english15.py [file.jsonl] [UA.zip]

UA.zip (GeoNames Ukraine dump) is taken from the second argument, else from
$GEONAMES_UA_ZIP, else from any shared/data/geonames/UA.zip above this script,
else from /work/shared/data/geonames/UA.zip. If none is found, the geonameid
checks are skipped with a notice. Prints OK, or one line per fault and exits 1.
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
DEFAULT_FILE = os.path.join(HERE, "reports_english15.jsonl")

N_ITEMS = 60
ID_PREFIX = "en15-"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
PUB_MIN, PUB_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 10
MIN_WORDS, MAX_WORDS, MAX_SENTENCES = 20, 90, 4
MAX_KM = 1.0

# Styles used by reports_english14.jsonl; this set must use other outlets/tags.
EN14_STYLES = {
    "ap_brief", "governor_post", "guardian_live_blog", "interfax_ukraine",
    "kyiv_independent", "ocha_flash", "reuters_brief", "ukrinform",
    "aljazeera_live_blog", "bbc_live_blog", "cnn_live_blog", "mayor_post",
    "meduza", "moscow_times", "police_statement", "ukrainska_pravda",
    "novaya_gazeta_europe", "nyt_live_blog",
}

ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike",
                                   "Suicide bomb", "Shelling/artillery/missile attack",
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

# GeoNames admin1 codes for Ukraine (admin1CodesASCII.txt, ASCII names);
# the Kharkiv oblast (07) is written "Kharkiv" in these sets.
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_BOX = (49.5, 54.5, 30.5, 40.5)  # lat_min, lat_max, lon_min, lon_max

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# Datelines that are not sentences: "MOSCOW, April 6. /TASS/.",
# "BELGOROD, December 31 - RIA Novosti.", Interfax-style "KYIV."
DATELINES = [
    re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d{1,2}\. /TASS/\.\s+"),
    re.compile(r"^[A-Z][A-Z .'-]+, [A-Z][a-z]+ \d{1,2} - RIA Novosti\.\s+"),
    re.compile(r"^[A-Z][A-Z .'-]+\.\s+"),
]
SENT_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“(])")


def count_sentences(text):
    t = text.strip()
    for rx in DATELINES:
        m = rx.match(t)
        if m:
            t = t[m.end():]
            break
    return len([s for s in SENT_SPLIT.split(t) if s.strip()])


def parse_date(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def km(lat1, lon1, lat2, lon2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def find_zip(arg):
    if arg:  # an explicit path must exist
        if not os.path.isfile(arg):
            sys.exit(f"error: UA.zip not found at {arg}")
        return arg
    cands = []
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env:
        if os.path.isfile(env):
            return env
        print(f"notice: $GEONAMES_UA_ZIP={env} not found, looking elsewhere", file=sys.stderr)
    d = HERE
    while True:
        cands.append(os.path.join(d, "shared", "data", "geonames", "UA.zip"))
        nd = os.path.dirname(d)
        if nd == d:
            break
        d = nd
    cands.append("/work/shared/data/geonames/UA.zip")
    for c in cands:
        if c and os.path.isfile(c):
            return c
    return None


def load_geonames(path, wanted):
    rows = {}
    with zipfile.ZipFile(path) as z:
        name = "UA.txt" if "UA.txt" in z.namelist() else z.namelist()[0]
        with z.open(name) as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                tab = line.find("\t")
                if tab < 0:
                    continue
                try:
                    gid = int(line[:tab])
                except ValueError:
                    continue
                if gid in wanted:
                    r = line.rstrip("\n").split("\t")
                    rows[gid] = {
                        "names": {r[1], r[2]} | {a for a in r[3].split(",") if a},
                        "lat": float(r[4]), "lon": float(r[5]), "admin1": r[10],
                    }
    return rows


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def decimals_ok(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and round(x, 5) == x


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = find_zip(argv[2] if len(argv) > 2 else None)
    faults = []

    def bad(where, msg):
        faults.append(f"{where}: {msg}")

    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                bad(f"line {n}", "blank line")
                continue
            try:
                items.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                bad(f"line {n}", f"invalid JSON ({e})")
    if len(items) != N_ITEMS:
        bad("file", f"{len(items)} items, expected {N_ITEMS}")

    ua_refs = []  # (where, incident)
    for idx, (n, it) in enumerate(items, 1):
        w = f"line {n}"
        if not isinstance(it, dict):
            bad(w, "item is not an object")
            continue
        if list(it.keys()) != ITEM_KEYS:
            bad(w, f"item keys/order {list(it.keys())}")
        iid = it.get("id")
        w = f"{iid or 'line %d' % n}"
        if iid != f"{ID_PREFIX}{idx:03d}":
            bad(w, f"id out of sequence, expected {ID_PREFIX}{idx:03d}")
        if it.get("lang") != "en":
            bad(w, f"lang {it.get('lang')!r}")
        want_split = "holdout" if idx % 2 else "tune"
        if it.get("split") != want_split:
            bad(w, f"split {it.get('split')!r}, expected {want_split!r} (odd=holdout, even=tune)")
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            bad(w, f"style {style!r} is not snake_case")
        elif style in EN14_STYLES:
            bad(w, f"style {style!r} is already used in reports_english14")
        pub = parse_date(it.get("published"))
        if pub is None:
            bad(w, f"published {it.get('published')!r} is not an ISO date")
        elif not (PUB_MIN <= pub <= PUB_MAX):
            bad(w, f"published {pub} outside {PUB_MIN}..{PUB_MAX}")
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            bad(w, "text missing")
            text = ""
        else:
            nw = len(text.split())
            if not (MIN_WORDS <= nw <= MAX_WORDS):
                bad(w, f"{nw} words, expected {MIN_WORDS}-{MAX_WORDS}")
            ns = count_sentences(text)
            if ns > MAX_SENTENCES:
                bad(w, f"{ns} sentences, at most {MAX_SENTENCES}")
        incs = it.get("incidents")
        if not isinstance(incs, list):
            bad(w, "incidents is not a list")
            continue
        seen = set()
        for k, inc in enumerate(incs, 1):
            wi = f"{w} incident {k}"
            if not isinstance(inc, dict):
                bad(wi, "not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                bad(wi, f"keys/order {list(inc.keys())}")
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                bad(wi, f"place {place!r} is not a substring of text")
            if not isinstance(inc.get("location"), str) or not inc.get("location"):
                bad(wi, "location missing")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                bad(wi, f"invalid ACLED pair {et!r} / {st!r}")
            for c in ("killed", "injured"):
                if not is_count(inc.get(c)):
                    bad(wi, f"{c} {inc.get(c)!r} is not a non-negative int or null")
            ed = parse_date(inc.get("event_date"))
            if ed is None:
                bad(wi, f"event_date {inc.get('event_date')!r} is not an ISO date")
            elif pub is not None:
                if ed > pub:
                    bad(wi, f"event_date {ed} after published {pub}")
                elif (pub - ed).days > MAX_LAG_DAYS:
                    bad(wi, f"event_date {ed} more than {MAX_LAG_DAYS} days before published {pub}")
            key = (place, inc.get("event_date"), et, st)
            if key in seen:
                bad(wi, f"duplicate place/date/type {key}")
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not (decimals_ok(lat) and decimals_ok(lon)):
                bad(wi, f"lat/lon {lat!r}/{lon!r} not numbers with at most 5 decimals")
                continue
            country = inc.get("country")
            if country == "UA":
                if inc.get("admin1") not in UA_ADMIN1.values():
                    bad(wi, f"admin1 {inc.get('admin1')!r} is not a Ukrainian oblast name")
                gid = inc.get("geonameid")
                if not isinstance(gid, int) or isinstance(gid, bool):
                    bad(wi, f"UA geonameid {gid!r} is not an int")
                else:
                    ua_refs.append((wi, inc))
            elif country == "RU":
                if inc.get("geonameid") is not None:
                    bad(wi, "RU geonameid must be null")
                if inc.get("admin1") not in RU_ADMIN1:
                    bad(wi, f"RU admin1 {inc.get('admin1')!r} not in {sorted(RU_ADMIN1)}")
                la0, la1, lo0, lo1 = RU_BOX
                if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                    bad(wi, f"RU coordinates {lat},{lon} outside western-Russia box {RU_BOX}")
            else:
                bad(wi, f"country {country!r} is not UA or RU")

    if ua_refs:
        if zpath is None:
            print("notice: UA.zip not found; geonameid checks skipped", file=sys.stderr)
        else:
            geo = load_geonames(zpath, {inc["geonameid"] for _, inc in ua_refs})
            for wi, inc in ua_refs:
                gid = inc["geonameid"]
                g = geo.get(gid)
                if g is None:
                    bad(wi, f"geonameid {gid} not in {os.path.basename(zpath)}")
                    continue
                d = km(inc["lat"], inc["lon"], g["lat"], g["lon"])
                if d > MAX_KM:
                    bad(wi, f"lat/lon {d:.1f} km from geonameid {gid}")
                a1 = UA_ADMIN1.get(g["admin1"])
                if a1 != inc.get("admin1"):
                    bad(wi, f"admin1 {inc.get('admin1')!r} but geonameid {gid} is in {a1!r}")
                if inc.get("location") not in g["names"]:
                    bad(wi, f"location {inc.get('location')!r} is not a name of geonameid {gid}")

    if faults:
        for f in faults:
            print(f)
        print(f"{len(faults)} fault(s)")
        return 1
    n_inc = sum(len(it.get("incidents") or []) for _, it in items if isinstance(it, dict))
    print(f"OK: {len(items)} items, {n_inc} incidents"
          + ("" if zpath else " (geonameid checks skipped)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
