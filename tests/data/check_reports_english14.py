#!/usr/bin/env python3
"""Check tests/data/reports_english14.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english14.py [file.jsonl] [UA.zip]

UA.zip (GeoNames dump for Ukraine) is taken from the second argument, else
$GEONAMES_UA_ZIP, else any shared/data/geonames/UA.zip in a folder above this
script, else /work/shared/data/geonames/UA.zip. Without it the geonameid
checks are skipped with a notice. Prints OK or one line per fault; the exit
status is 0 only when there are no faults.
"""
import json
import math
import os
import re
import sys
import zipfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english14.jsonl")
N_ITEMS = 60
PREFIX = "en14-"
MIN_WORDS, MAX_WORDS = 20, 90
MAX_SENTENCES = 4
FIRST_DAY, LAST_DAY = date(2022, 3, 1), date(2026, 11, 30)
MAX_LAG_DAYS = 10
MAX_KM = 1.0

ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]

ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Grenade",
                                   "Suicide bomb",
                                   "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance",
                                   "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}

# GeoNames admin1 code -> admin1 ASCII name as used in the sets (Kharkiv oblast as
# "Kharkiv", not GeoNames' "Kharkivs'ka Oblast'").
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
RU_BOX = (49.5, 54.5, 30.5, 40.0)  # lat min, lat max, lon min, lon max

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# "KYIV. June 24 (Interfax-Ukraine) -" style datelines are not a sentence.
DATELINE = re.compile(r"^[A-Z][A-Z' -]+\.\s+")
SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])")


def find_zip(arg):
    cands = []
    if arg:
        cands.append(arg)
    if os.environ.get("GEONAMES_UA_ZIP"):
        cands.append(os.environ["GEONAMES_UA_ZIP"])
    d = HERE
    while True:
        cands.append(os.path.join(d, "shared", "data", "geonames", "UA.zip"))
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    cands.append("/work/shared/data/geonames/UA.zip")
    for c in cands:
        if os.path.isfile(c):
            return c
    return None


def load_geonames(path):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for raw in f:
                p = raw.decode("utf-8").rstrip("\n").split("\t")
                if len(p) < 11:
                    continue
                recs[int(p[0])] = (p[1], float(p[4]), float(p[5]), p[8], p[10])
    return recs


def km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def pdate(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_count(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def check(path, geo):
    faults = []

    def f(where, msg):
        faults.append("%s: %s" % (where, msg))

    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        return ["%s: cannot read (%s)" % (path, e)]
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            f("line %d" % n, "blank line")
            continue
        try:
            items.append(json.loads(line))
        except ValueError as e:
            f("line %d" % n, "invalid JSON (%s)" % e)
    if len(items) != N_ITEMS:
        f(path, "expected %d items, found %d" % (N_ITEMS, len(items)))

    for k, it in enumerate(items, 1):
        want_id = "%s%03d" % (PREFIX, k)
        where = str(it.get("id", "item %d" % k)) if isinstance(it, dict) else "item %d" % k
        if not isinstance(it, dict):
            f(where, "not an object")
            continue
        if list(it.keys()) != ITEM_KEYS:
            f(where, "keys/order %s, expected %s" % (list(it.keys()), ITEM_KEYS))
        if it.get("id") != want_id:
            f(where, "id out of sequence, expected %s" % want_id)
        want_split = "holdout" if k % 2 else "tune"
        if it.get("split") != want_split:
            f(where, "split %r, expected %r" % (it.get("split"), want_split))
        if it.get("lang") != "en":
            f(where, "lang %r, expected 'en'" % it.get("lang"))
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            f(where, "style %r is not snake_case" % style)
        pub = pdate(it.get("published"))
        if pub is None:
            f(where, "published %r is not an ISO date" % it.get("published"))
        elif not FIRST_DAY <= pub <= LAST_DAY:
            f(where, "published %s outside %s..%s" % (pub, FIRST_DAY, LAST_DAY))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            f(where, "text missing")
            text = ""
        else:
            if text != text.strip():
                f(where, "text has leading/trailing whitespace")
            nw = len(text.split())
            if not MIN_WORDS <= nw <= MAX_WORDS:
                f(where, "text has %d words (allowed %d-%d)" % (nw, MIN_WORDS, MAX_WORDS))
            body = DATELINE.sub("", text, count=1)
            ns = len(SENT_END.findall(body)) + 1
            if ns > MAX_SENTENCES:
                f(where, "text has %d sentences (max %d)" % (ns, MAX_SENTENCES))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            f(where, "incidents is not a list")
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            w = "%s#%d" % (where, j)
            if not isinstance(inc, dict):
                f(w, "incident is not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                f(w, "incident keys/order %s" % list(inc.keys()))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                f(w, "place %r not found verbatim in text" % place)
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED:
                f(w, "unknown event_type %r" % et)
            elif st not in ACLED[et]:
                f(w, "sub_event_type %r does not belong to %r" % (st, et))
            for key in ("killed", "injured"):
                if not is_count(inc.get(key)):
                    f(w, "%s %r is not a non-negative int or null" % (key, inc.get(key)))
            ed = pdate(inc.get("event_date"))
            if ed is None:
                f(w, "event_date %r is not an ISO date" % inc.get("event_date"))
            elif pub is not None:
                if ed > pub:
                    f(w, "event_date %s after published %s" % (ed, pub))
                elif (pub - ed).days > MAX_LAG_DAYS:
                    f(w, "event_date %s more than %d days before published %s"
                      % (ed, MAX_LAG_DAYS, pub))
            key = (place, inc.get("event_date"))
            if key in seen:
                f(w, "duplicate place/date %r in item" % (key,))
            seen.add(key)
            lat, lon, gid = inc.get("lat"), inc.get("lon"), inc.get("geonameid")
            if not (is_num(lat) and is_num(lon)):
                f(w, "lat/lon not numbers")
                continue
            country = inc.get("country")
            if country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool):
                    f(w, "UA incident needs an integer geonameid, got %r" % gid)
                elif geo is not None:
                    rec = geo.get(gid)
                    if rec is None:
                        f(w, "geonameid %d not in UA.zip" % gid)
                    else:
                        name, glat, glon, cc, a1 = rec
                        if cc != "UA":
                            f(w, "geonameid %d has country %s" % (gid, cc))
                        d = km(lat, lon, glat, glon)
                        if d > MAX_KM:
                            f(w, "lat/lon %.1f km from geonameid %d" % (d, gid))
                        if inc.get("admin1") != UA_ADMIN1.get(a1):
                            f(w, "admin1 %r, GeoNames record says %r"
                              % (inc.get("admin1"), UA_ADMIN1.get(a1)))
                        if inc.get("location") != name:
                            f(w, "location %r, GeoNames name is %r"
                              % (inc.get("location"), name))
            elif country == "RU":
                if gid is not None:
                    f(w, "RU incident must have geonameid null")
                if inc.get("admin1") not in RU_ADMIN1:
                    f(w, "RU admin1 %r not one of %s" % (inc.get("admin1"), sorted(RU_ADMIN1)))
                if not (RU_BOX[0] <= lat <= RU_BOX[1] and RU_BOX[2] <= lon <= RU_BOX[3]):
                    f(w, "RU lat/lon %s,%s outside western-Russia box" % (lat, lon))
                if not isinstance(inc.get("location"), str) or not inc.get("location"):
                    f(w, "RU location missing")
            else:
                f(w, "country %r is neither UA nor RU" % country)
    return faults


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = find_zip(argv[2] if len(argv) > 2 else None)
    geo = None
    if zpath:
        geo = load_geonames(zpath)
    else:
        print("notice: UA.zip not found; geonameid checks skipped")
    faults = check(path, geo)
    if faults:
        for x in faults:
            print(x)
        print("%d fault(s)" % len(faults))
        return 1
    print("OK: %s" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
