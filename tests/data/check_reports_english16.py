#!/usr/bin/env python3
"""Stand-alone checker for tests/data/reports_english16.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_english16.py [reports_english16.jsonl] [UA.zip]

UA.zip (GeoNames Ukraine dump) is taken from the second argument, else from
$GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip. Prints OK and exits 0 when
the file passes, else prints one line per fault and exits 1.
"""
import datetime
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english16.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

N_RECORDS = 60
PREFIX = "en16-"
REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
STYLES = {
    "hrw_report", "amnesty_investigation", "osint_geolocation", "phr_health_record",
    "insecurity_insight", "who_ssa", "ngo_case_file", "pgo_notice", "hrmmu_report",
    "archive_record", "conflict_observatory", "border_village_note", "heritage_damage",
    "civic_brief", "mine_incident_note",
}
MIN_WORDS, MAX_WORDS = 40, 120
PUB_MIN, PUB_MAX = datetime.date(2022, 3, 1), datetime.date(2026, 11, 30)
WAR_START = datetime.date(2022, 2, 24)
MAX_AGE_DAYS = 3 * 365 + 1  # event_date at most three years before published
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
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
# GeoNames admin1 code -> admin1 name as used in the gold (ASCII names; Kharkiv shortened).
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City", "13": "Kiev",
    "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa", "18": "Poltava",
    "19": "Rivne", "20": "Sevastopol City", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia",
    "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr",
}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_BOX = (49.5, 54.5, 30.5, 40.5)  # lat min, lat max, lon min, lon max (western Russia)
MAX_KM = 1.0


def km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def load_geonames(path):
    rows = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) < 15:
                    continue
                rows[int(p[0])] = p
    return rows


def iso(s):
    if not isinstance(s, str) or len(s) != 10:
        raise ValueError(s)
    return datetime.date.fromisoformat(s)


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def is_coord(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and round(v, 5) == v


def check(path, zpath):
    faults = []
    geo = load_geonames(zpath)
    with open(path, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln.strip()]
    if len(lines) != N_RECORDS:
        faults.append("expected %d records, found %d" % (N_RECORDS, len(lines)))
    for i, line in enumerate(lines, 1):
        want_id = "%s%03d" % (PREFIX, i)
        try:
            rec = json.loads(line)
        except ValueError as e:
            faults.append("line %d: bad JSON (%s)" % (i, e))
            continue
        rid = rec.get("id", "line %d" % i)
        if list(rec.keys()) != REC_KEYS:
            faults.append("%s: record keys/order %s" % (rid, list(rec.keys())))
        if rec.get("id") != want_id:
            faults.append("line %d: id %r, expected %s" % (i, rec.get("id"), want_id))
        if rec.get("lang") != "en":
            faults.append("%s: lang %r" % (rid, rec.get("lang")))
        want_split = "holdout" if i % 2 else "tune"
        if rec.get("split") != want_split:
            faults.append("%s: split %r, expected %s" % (rid, rec.get("split"), want_split))
        if rec.get("style") not in STYLES:
            faults.append("%s: unknown style %r" % (rid, rec.get("style")))
        text = rec.get("text")
        if not isinstance(text, str):
            faults.append("%s: text missing" % rid)
            text = ""
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            faults.append("%s: %d words (allowed %d-%d)" % (rid, nw, MIN_WORDS, MAX_WORDS))
        pub = None
        try:
            pub = iso(rec.get("published"))
            if not PUB_MIN <= pub <= PUB_MAX:
                faults.append("%s: published %s outside %s..%s" % (rid, pub, PUB_MIN, PUB_MAX))
        except (ValueError, TypeError):
            faults.append("%s: published not ISO date: %r" % (rid, rec.get("published")))
        incs = rec.get("incidents")
        if not isinstance(incs, list):
            faults.append("%s: incidents not a list" % rid)
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            tag = "%s#%d" % (rid, j)
            if not isinstance(inc, dict):
                faults.append("%s: incident not an object" % tag)
                continue
            if list(inc.keys()) != INC_KEYS:
                faults.append("%s: incident keys/order %s" % (tag, list(inc.keys())))
            loc = inc.get("location")
            if not isinstance(loc, str) or not loc or loc not in text:
                faults.append("%s: location %r not in text" % (tag, loc))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED.get(et, ()):
                faults.append("%s: invalid ACLED pair %r / %r" % (tag, et, st))
            for k in ("killed", "injured"):
                if not is_count(inc.get(k)):
                    faults.append("%s: %s %r not a non-negative int or null" % (tag, k, inc.get(k)))
            ed = None
            try:
                ed = iso(inc.get("event_date"))
            except (ValueError, TypeError):
                faults.append("%s: event_date not ISO date: %r" % (tag, inc.get("event_date")))
            if ed and pub:
                if ed > pub:
                    faults.append("%s: event_date %s after published %s" % (tag, ed, pub))
                if (pub - ed).days > MAX_AGE_DAYS:
                    faults.append("%s: event_date %s more than 3 years before published %s"
                                  % (tag, ed, pub))
            if ed and ed < WAR_START:
                faults.append("%s: event_date %s before 2022-02-24" % (tag, ed))
            key = (inc.get("place"), inc.get("event_date"), et, st)
            if key in seen:
                faults.append("%s: duplicate place/date/type %r" % (tag, key))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not (is_coord(lat) and is_coord(lon)):
                faults.append("%s: lat/lon %r/%r not numbers with <=5 decimals" % (tag, lat, lon))
                continue
            country = inc.get("country")
            gid = inc.get("geonameid")
            if country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool) or gid not in geo:
                    faults.append("%s: geonameid %r not in UA.zip" % (tag, gid))
                    continue
                p = geo[gid]
                if p[6] != "P":
                    faults.append("%s: geonameid %d is feature class %s, not P" % (tag, gid, p[6]))
                d = km(lat, lon, float(p[4]), float(p[5]))
                if d > MAX_KM:
                    faults.append("%s: lat/lon %.1f km from GeoNames %d" % (tag, d, gid))
                if UA_ADMIN1.get(p[10]) != inc.get("admin1"):
                    faults.append("%s: admin1 %r, GeoNames %d has %r"
                                  % (tag, inc.get("admin1"), gid, UA_ADMIN1.get(p[10])))
                if inc.get("place") not in (p[1], p[2]):
                    faults.append("%s: place %r is not the GeoNames name of %d (%r)"
                                  % (tag, inc.get("place"), gid, p[1]))
            elif country == "RU":
                if gid is not None:
                    faults.append("%s: RU incident must have geonameid null" % tag)
                if inc.get("admin1") not in RU_ADMIN1:
                    faults.append("%s: RU admin1 %r" % (tag, inc.get("admin1")))
                if not (RU_BOX[0] <= lat <= RU_BOX[1] and RU_BOX[2] <= lon <= RU_BOX[3]):
                    faults.append("%s: RU coords %s,%s outside western-Russia box" % (tag, lat, lon))
                if not isinstance(inc.get("place"), str) or not inc.get("place"):
                    faults.append("%s: RU place missing" % tag)
            else:
                faults.append("%s: country %r" % (tag, country))
    return faults


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = argv[2] if len(argv) > 2 else os.environ.get("GEONAMES_UA_ZIP") or DEFAULT_ZIP
    faults = check(path, zpath)
    if faults:
        for f in faults:
            print("FAULT", f)
        print("%d fault(s)" % len(faults))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
