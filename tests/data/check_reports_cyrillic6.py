#!/usr/bin/env python3
"""Stand-alone checker for reports_cyrillic6.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_cyrillic6.py [UA.zip] [data.jsonl]
UA.zip comes from argv[1], else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
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
TYPES = {
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Grenade",
                                   "Suicide bomb", "Chemical weapon"},
    "Strategic developments": {"Disrupted weapons use", "Looting/property destruction",
                               "Agreement", "Arrests", "Change to group/activity",
                               "Headquarters or base established", "Non-violent transfer of territory",
                               "Other"},
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
}
RU_OBLASTS = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
EXPECTED = {"uk": 36, "ru": 24}
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
CYR_RE = re.compile(r"[\u0400-\u04FF]")


def ndec(x):
    s = repr(float(x))
    if "e" in s or "E" in s:
        return 99
    return len(s.split(".")[1]) if "." in s else 0


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_dump(path, ids):
    a1 = {}
    a1path = os.path.join(os.path.dirname(path), "admin1CodesASCII.txt")
    if os.path.exists(a1path):
        with open(a1path, encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 2:
                    a1[p[0]] = p[1]
    recs = {}
    with zipfile.ZipFile(path) as z:
        name = [n for n in z.namelist() if n.endswith(".txt") and "readme" not in n.lower()][0]
        with z.open(name) as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                r = line.rstrip("\n").split("\t")
                try:
                    gid = int(r[0])
                except ValueError:
                    continue
                if gid in ids:
                    recs[gid] = r
    return recs, a1


def admin1_name(r, a1):
    name = a1.get("UA." + r[10])
    if name is None:
        return None
    return "Kharkiv" if name.startswith("Kharkivs") else name


def main(argv):
    zpath = argv[1] if len(argv) > 1 else os.environ.get(
        "GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip")
    dpath = argv[2] if len(argv) > 2 else os.path.join(HERE, "reports_cyrillic6.jsonl")
    errs = []
    items = []
    with open(dpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {ln}: bad JSON: {e}")
    gids = set()
    for it in items:
        for inc in it.get("incidents", []) if isinstance(it, dict) else []:
            g = inc.get("geonameid") if isinstance(inc, dict) else None
            if isinstance(g, int) and not isinstance(g, bool):
                gids.add(g)
    recs, a1 = load_dump(zpath, gids)
    if not a1:
        errs.append("admin1CodesASCII.txt not found next to UA.zip")

    seen = set()
    counts = {"uk": 0, "ru": 0}
    n_inc = 0
    for it in items:
        iid = it.get("id", "?")
        if list(it.keys()) != TOP_KEYS:
            errs.append(f"{iid}: top-level keys {list(it.keys())}")
            continue
        if iid in seen:
            errs.append(f"{iid}: duplicate id")
        seen.add(iid)
        lang = it["lang"]
        m = re.fullmatch(r"(uk|ru)6-(\d{3})", str(iid))
        if not m or m.group(1) != lang:
            errs.append(f"{iid}: id prefix does not match lang {lang!r}")
            continue
        counts[lang] += 1
        num = int(m.group(2))
        want = "tune" if num % 2 else "holdout"
        if it["split"] != want:
            errs.append(f"{iid}: split {it['split']!r}, expected {want!r}")
        if not isinstance(it["style"], str) or not STYLE_RE.match(it["style"]):
            errs.append(f"{iid}: style not snake_case")
        text = it["text"]
        if not isinstance(text, str) or len(CYR_RE.findall(text)) < 20:
            errs.append(f"{iid}: text is not Cyrillic")
            text = text if isinstance(text, str) else ""
        try:
            pub = dt.date.fromisoformat(it["published"])
        except (TypeError, ValueError):
            errs.append(f"{iid}: bad published")
            continue
        if not isinstance(it["incidents"], list):
            errs.append(f"{iid}: incidents not a list")
            continue
        for k, inc in enumerate(it["incidents"]):
            tag = f"{iid}#{k}"
            n_inc += 1
            if not isinstance(inc, dict) or list(inc.keys()) != INC_KEYS:
                errs.append(f"{tag}: incident keys {list(inc.keys()) if isinstance(inc, dict) else inc}")
                continue
            if not isinstance(inc["place"], str) or not inc["place"] or inc["place"] not in text:
                errs.append(f"{tag}: place {inc['place']!r} not in text")
            lat, lon = inc["lat"], inc["lon"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
                errs.append(f"{tag}: lat/lon not numeric")
                continue
            if not (44 <= lat <= 53.5 and 22 <= lon <= 41):
                errs.append(f"{tag}: point {lat},{lon} out of box")
            if ndec(lat) > 5 or ndec(lon) > 5:
                errs.append(f"{tag}: more than 5 decimals")
            g = inc["geonameid"]
            if inc["country"] == "RU":
                if g is not None:
                    errs.append(f"{tag}: RU place with geonameid")
                if inc["admin1"] not in RU_OBLASTS:
                    errs.append(f"{tag}: RU admin1 {inc['admin1']!r} not allowed")
            elif inc["country"] == "UA":
                if not isinstance(g, int) or isinstance(g, bool):
                    errs.append(f"{tag}: UA place needs an integer geonameid")
                elif g not in recs:
                    errs.append(f"{tag}: geonameid {g} not in dump")
                else:
                    r = recs[g]
                    d = km(lat, lon, float(r[4]), float(r[5]))
                    if d > 1.0:
                        errs.append(f"{tag}: point {d:.1f} km from geonameid {g}")
                    if admin1_name(r, a1) != inc["admin1"]:
                        errs.append(f"{tag}: admin1 {inc['admin1']!r} != dump {admin1_name(r, a1)!r}")
                    if inc["location"] != r[1]:
                        errs.append(f"{tag}: location {inc['location']!r} != dump {r[1]!r}")
            else:
                errs.append(f"{tag}: country {inc['country']!r}")
            try:
                ed = dt.date.fromisoformat(inc["event_date"])
                if ed > pub:
                    errs.append(f"{tag}: event_date after published")
                if (pub - ed).days > 31:
                    errs.append(f"{tag}: event_date more than 31 days before published")
            except (TypeError, ValueError):
                errs.append(f"{tag}: bad event_date")
            if inc["sub_event_type"] not in TYPES.get(inc["event_type"], ()):
                errs.append(f"{tag}: bad type pair {inc['event_type']!r}/{inc['sub_event_type']!r}")
            for fld in ("killed", "injured"):
                v = inc[fld]
                if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                    errs.append(f"{tag}: {fld} must be null or a non-negative integer")
    for lang, n in EXPECTED.items():
        if counts[lang] != n:
            errs.append(f"{lang}: {counts[lang]} items, expected {n}")
    if errs:
        for e in errs:
            print("FAIL", e)
        return 1
    print(f"OK {len(items)} items, {n_inc} incidents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
