#!/usr/bin/env python3
"""Checker for tests/data/reports_cyrillic7.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_cyrillic7.py [data.jsonl] [UA.zip]
Arguments may come in either order (the one ending in .zip is the dump).
The dump defaults to $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip;
admin1CodesASCII.txt is read from the dump's directory.
Prints "OK: 60 items, N incidents", or one "FAIL ..." line per fault and exits 1.
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
TOP_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
N_ITEMS = {"uk": 36, "ru": 24}
RU_OBLASTS = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
A1_FIX = {"Kharkivs'ka Oblast'": "Kharkiv"}
PUB_MIN, PUB_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_AGE_DAYS = 31
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
ID_RE = re.compile(r"^(uk|ru)7-(\d{3})$")
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")
CYR_RE = re.compile(r"[\u0400-\u04FF]")
LAT_RE = re.compile(r"[A-Za-z]")


def load_dump(path):
    a1 = {}
    a1_path = os.path.join(os.path.dirname(path), "admin1CodesASCII.txt")
    with open(a1_path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("UA."):
                a1[p[0].split(".")[1]] = p[2]
    geo = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) < 11:
                    continue
                adm = a1.get(p[10], "")
                geo[int(p[0])] = (p[1], float(p[4]), float(p[5]), p[6], A1_FIX.get(adm, adm))
    return geo


def km(lat1, lon1, lat2, lon2):
    r = 6371.0
    f1, f2 = math.radians(lat1), math.radians(lat2)
    dl, dp = math.radians(lon2 - lon1), f2 - f1
    a = math.sin(dp / 2) ** 2 + math.cos(f1) * math.cos(f2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def decimals(x):
    s = repr(float(x))
    if "e" in s or "E" in s:
        return 99
    return len(s.split(".")[1].rstrip("0")) if "." in s else 0


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def parse_date(s):
    if not isinstance(s, str) or not re.match(r"^\d{4}-\d{2}-\d{2}$", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def main(argv):
    data = os.path.join(HERE, "reports_cyrillic7.jsonl")
    dump = os.environ.get("GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip")
    for a in argv[1:]:
        if a.endswith(".zip"):
            dump = a
        else:
            data = a
    fails = []

    def fail(where, msg):
        fails.append("FAIL %s: %s" % (where, msg))

    try:
        geo = load_dump(dump)
    except Exception as e:  # noqa: BLE001
        print("FAIL dump: cannot read %s (%s)" % (dump, e))
        return 1

    seen = {}
    counts = {"uk": 0, "ru": 0}
    n_inc = 0
    with open(data, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        try:
            r = json.loads(line)
        except ValueError as e:
            fail(where, "not valid JSON (%s)" % e)
            continue
        if not isinstance(r, dict):
            fail(where, "not a JSON object")
            continue
        rid = r.get("id")
        where = "%s (line %d)" % (rid, ln)
        if list(r.keys()) != TOP_KEYS:
            fail(where, "top-level keys/order %s != %s" % (list(r.keys()), TOP_KEYS))
        m = ID_RE.match(rid) if isinstance(rid, str) else None
        lang = r.get("lang")
        if not m:
            fail(where, "bad id %r" % (rid,))
        else:
            if rid in seen:
                fail(where, "duplicate id (first on line %d)" % seen[rid])
            else:
                seen[rid] = ln
            if m.group(1) != lang:
                fail(where, "id prefix %s does not match lang %r" % (m.group(1), lang))
            num = int(m.group(2))
            want = "tune" if num % 2 else "holdout"
            if r.get("split") != want:
                fail(where, "split %r, parity rule wants %r" % (r.get("split"), want))
        if lang in counts:
            counts[lang] += 1
        else:
            fail(where, "lang %r not uk/ru" % (lang,))
        style = r.get("style")
        if not isinstance(style, str) or not STYLE_RE.match(style):
            fail(where, "style %r is not snake_case" % (style,))
        text = r.get("text")
        if not isinstance(text, str) or not text.strip():
            fail(where, "empty text")
            text = ""
        else:
            cyr, lat = len(CYR_RE.findall(text)), len(LAT_RE.findall(text))
            if cyr == 0 or cyr < 4 * lat:
                fail(where, "text is not mainly Cyrillic (%d Cyrillic vs %d Latin letters)" % (cyr, lat))
        pub = parse_date(r.get("published"))
        if pub is None:
            fail(where, "bad published %r" % (r.get("published"),))
        elif not PUB_MIN <= pub <= PUB_MAX:
            fail(where, "published %s outside %s..%s" % (pub, PUB_MIN, PUB_MAX))
        incs = r.get("incidents")
        if not isinstance(incs, list):
            fail(where, "incidents is not a list")
            continue
        for k, inc in enumerate(incs):
            n_inc += 1
            w = "%s incident %d" % (where, k)
            if not isinstance(inc, dict):
                fail(w, "not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                fail(w, "incident keys/order %s != %s" % (list(inc.keys()), INC_KEYS))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail(w, "place %r is not a substring of text" % (place,))
            la, lo = inc.get("lat"), inc.get("lon")
            if not (is_num(la) and is_num(lo)):
                fail(w, "lat/lon not numbers: %r, %r" % (la, lo))
                la = lo = None
            else:
                if not (44.0 <= la <= 53.5 and 22.0 <= lo <= 41.0):
                    fail(w, "point %s,%s outside 44-53.5N / 22-41E" % (la, lo))
                if decimals(la) > 5 or decimals(lo) > 5:
                    fail(w, "lat/lon %r,%r have more than 5 decimals" % (la, lo))
            country, gid, adm1 = inc.get("country"), inc.get("geonameid"), inc.get("admin1")
            if country == "RU":
                if gid is not None:
                    fail(w, "RU place has geonameid %r (must be null)" % (gid,))
                if adm1 not in RU_OBLASTS:
                    fail(w, "RU admin1 %r not in %s" % (adm1, sorted(RU_OBLASTS)))
                if not isinstance(inc.get("location"), str) or not inc.get("location"):
                    fail(w, "empty location")
            elif country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool) or gid not in geo:
                    fail(w, "geonameid %r not in dump" % (gid,))
                else:
                    name, glat, glon, fclass, gadm = geo[gid]
                    if fclass != "P":
                        fail(w, "geonameid %d has feature class %s, not P" % (gid, fclass))
                    if la is not None and km(la, lo, glat, glon) > MAX_KM:
                        fail(w, "point is %.1f km from dump record %d" % (km(la, lo, glat, glon), gid))
                    if adm1 != gadm:
                        fail(w, "admin1 %r != dump admin1 %r" % (adm1, gadm))
                    if inc.get("location") != name:
                        fail(w, "location %r != dump name %r" % (inc.get("location"), name))
            else:
                fail(w, "country %r not UA/RU" % (country,))
            ed = parse_date(inc.get("event_date"))
            if ed is None:
                fail(w, "bad event_date %r" % (inc.get("event_date"),))
            elif pub is not None:
                if ed > pub:
                    fail(w, "event_date %s after published %s" % (ed, pub))
                elif (pub - ed).days > MAX_AGE_DAYS:
                    fail(w, "event_date %s more than %d days before published %s" % (ed, MAX_AGE_DAYS, pub))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                fail(w, "invalid ACLED pair %r / %r" % (et, st))
            for key in ("killed", "injured"):
                v = inc.get(key)
                if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                    fail(w, "%s %r is not null or a non-negative integer" % (key, v))
    for lang, n in N_ITEMS.items():
        if counts[lang] != n:
            fail("items", "%d %s items, expected %d" % (counts[lang], lang, n))
        for i in range(1, n + 1):
            rid = "%s7-%03d" % (lang, i)
            if rid not in seen:
                fail("items", "missing id %s" % rid)
    if fails:
        print("\n".join(fails))
        return 1
    print("OK: %d items, %d incidents" % (sum(counts.values()), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
