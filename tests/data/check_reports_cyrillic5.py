#!/usr/bin/env python3
"""Stdlib-only validator for tests/data/reports_cyrillic5.jsonl.

Usage: python3 tests/data/check_reports_cyrillic5.py [path/to/UA.zip]
The GeoNames dump is taken from argv[1], else $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip.  Prints OK or lists the problems and exits 1.
Not a pytest module.
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "reports_cyrillic5.jsonl")
TOP_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
PAIRS = {
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Strategic developments", "Disrupted weapons use"),
    ("Battles", "Armed clash"),
}
# GeoNames admin1 codes for UA (admin1CodesASCII.txt), with the project's
# convention of writing "Kharkivs'ka Oblast'" as "Kharkiv".
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
EXPECTED = {"uk": 36, "ru": 24}
MAX_KM = 1.0


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = (math.sin((p2 - p1) / 2) ** 2 +
         math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def decimals(x):
    s = repr(float(x))
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0


def load_dump(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.split("\t", 12)
                if p[0].isdigit() and int(p[0]) in wanted:
                    out[int(p[0])] = (p[1], float(p[4]), float(p[5]), p[10])
    return out


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def main():
    zpath = (sys.argv[1] if len(sys.argv) > 1 else
             os.environ.get("GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip"))
    data = sys.argv[2] if len(sys.argv) > 2 else DATA
    errs = []
    recs = []
    with open(data, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append("line %d: blank line" % n)
                continue
            try:
                recs.append((n, json.loads(line)))
            except ValueError as e:
                errs.append("line %d: bad JSON: %s" % (n, e))
    seen = set()
    langs = {"uk": 0, "ru": 0}
    wanted = set()
    for n, r in recs:
        if not isinstance(r, dict) or list(r) != TOP_KEYS:
            errs.append("line %d: top-level keys/order %s" % (n, list(r) if isinstance(r, dict) else r))
            continue
        rid = r["id"]
        if rid in seen:
            errs.append("%s: duplicate id" % rid)
        seen.add(rid)
        m = re.fullmatch(r"(uk|ru)5-(\d{3})", str(rid))
        if not m or m.group(1) != r["lang"]:
            errs.append("%s: id prefix does not match lang %r" % (rid, r["lang"]))
            continue
        langs[r["lang"]] += 1
        want = "tune" if int(m.group(2)) % 2 else "holdout"
        if r["split"] != want:
            errs.append("%s: split %r, expected %r" % (rid, r["split"], want))
        if not re.fullmatch(r"[a-z][a-z0-9_]*", str(r["style"])):
            errs.append("%s: style not snake_case" % rid)
        try:
            pub = datetime.date.fromisoformat(r["published"])
        except (TypeError, ValueError):
            errs.append("%s: bad published" % rid)
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            errs.append("%s: empty text" % rid)
            continue
        if not re.search(r"[А-Яа-яЁёІіЇїЄєҐґ]", text):
            errs.append("%s: text is not Cyrillic" % rid)
        if not isinstance(r["incidents"], list):
            errs.append("%s: incidents not a list" % rid)
            continue
        for k, inc in enumerate(r["incidents"]):
            tag = "%s#%d" % (rid, k)
            if not isinstance(inc, dict) or list(inc) != INC_KEYS:
                errs.append("%s: incident keys/order" % tag)
                continue
            if not inc["place"] or inc["place"] not in text:
                errs.append("%s: place %r not a substring of text" % (tag, inc["place"]))
            lat, lon = inc["lat"], inc["lon"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
                errs.append("%s: lat/lon not numeric" % tag)
                continue
            if not (44.0 <= lat <= 53.5 and 22.0 <= lon <= 41.0):
                errs.append("%s: point %s,%s outside box" % (tag, lat, lon))
            if decimals(lat) > 5 or decimals(lon) > 5:
                errs.append("%s: more than 5 decimals" % tag)
            if inc["country"] == "RU":
                if inc["geonameid"] is not None:
                    errs.append("%s: RU place must have geonameid null" % tag)
                if inc["admin1"] not in RU_ADMIN1:
                    errs.append("%s: RU admin1 %r" % (tag, inc["admin1"]))
            elif inc["country"] == "UA":
                g = inc["geonameid"]
                if not isinstance(g, int) or isinstance(g, bool):
                    errs.append("%s: UA place needs an integer geonameid" % tag)
                else:
                    wanted.add(g)
            else:
                errs.append("%s: country %r" % (tag, inc["country"]))
            try:
                ed = datetime.date.fromisoformat(inc["event_date"])
                if ed > pub:
                    errs.append("%s: event_date after published" % tag)
                if (pub - ed).days > 31:
                    errs.append("%s: event_date more than a month before published" % tag)
            except (TypeError, ValueError):
                errs.append("%s: bad event_date" % tag)
            if (inc["event_type"], inc["sub_event_type"]) not in PAIRS:
                errs.append("%s: bad type pair %r/%r" % (tag, inc["event_type"], inc["sub_event_type"]))
            if not is_count(inc["killed"]) or not is_count(inc["injured"]):
                errs.append("%s: killed/injured must be null or non-negative int" % tag)
    for lang, cnt in EXPECTED.items():
        if langs.get(lang) != cnt:
            errs.append("expected %d %s items, found %s" % (cnt, lang, langs.get(lang)))
    if not os.path.exists(zpath):
        errs.append("GeoNames dump not found: %s" % zpath)
    else:
        dump = load_dump(zpath, wanted)
        for n, r in recs:
            if not isinstance(r, dict) or not isinstance(r.get("incidents"), list):
                continue
            for k, inc in enumerate(r["incidents"]):
                if not isinstance(inc, dict) or inc.get("country") != "UA":
                    continue
                g = inc.get("geonameid")
                tag = "%s#%d" % (r.get("id"), k)
                if g not in dump:
                    errs.append("%s: geonameid %r not in dump" % (tag, g))
                    continue
                name, dlat, dlon, a1 = dump[g]
                try:
                    d = km(inc["lat"], inc["lon"], dlat, dlon)
                except (TypeError, ValueError):
                    continue
                if d > MAX_KM:
                    errs.append("%s: %.1f km from dump record %d" % (tag, d, g))
                if UA_ADMIN1.get(a1) != inc["admin1"]:
                    errs.append("%s: admin1 %r, dump says %r" % (tag, inc["admin1"], UA_ADMIN1.get(a1)))
                if inc["location"] != name:
                    errs.append("%s: location %r, dump name %r" % (tag, inc["location"], name))
    if errs:
        for e in errs:
            print("FAIL", e)
        sys.exit(1)
    n_inc = sum(len(r["incidents"]) for _, r in recs)
    print("OK %d items, %d incidents" % (len(recs), n_inc))


if __name__ == "__main__":
    main()
