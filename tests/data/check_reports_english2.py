#!/usr/bin/env python3
"""Sanity check for tests/data/reports_english2.jsonl (standalone; not a pytest module).

Usage: python3 tests/data/check_reports_english2.py [path/to/UA.zip]

Checks: every line parses, key order, id numbering and split parity (odd = tune,
even = holdout), lang/style values, `place` is a substring of `text`, the
44-53.5 N / 22-41 E box, ACLED type/sub-type pairs, killed/injured are null or
non-negative integers, no event_date after `published`, every UA geonameid exists
in the GeoNames dump within 1 km of the gold point, RU rows have geonameid null.
"""
import csv, io, json, math, sys, zipfile, datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "reports_english2.jsonl"
ZIP = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/data/geonames/UA.zip")
TOP = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
       "event_date", "event_type", "sub_event_type", "killed", "injured"]
PAIRS = {
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Explosions/Remote violence", "Grenade"),
    ("Explosions/Remote violence", "Suicide bomb"),
    ("Battles", "Armed clash"),
    ("Battles", "Government regains territory"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Strategic developments", "Disrupted weapons use"),
    ("Strategic developments", "Looting/property destruction"),
    ("Strategic developments", "Arrests"),
    ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
}


def km(a, b, c, d):
    p = math.pi / 180
    h = (math.sin((c - a) * p / 2) ** 2
         + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def main():
    errs = []
    rows = [json.loads(l) for l in DATA.read_text(encoding="utf-8").splitlines() if l.strip()]
    need = {}
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        def err(m):
            errs.append(f"{rid}: {m}")
        if list(r) != TOP:
            err(f"keys {list(r)}")
        if rid != "en2-%03d" % n:
            err("id out of sequence")
        if r["lang"] != "en":
            err("lang")
        if r["split"] != ("tune" if n % 2 else "holdout"):
            err("split parity")
        if r["style"] not in ("civharm", "newswire"):
            err("style")
        pub = dt.date.fromisoformat(r["published"])
        for i in r["incidents"]:
            if list(i) != INC:
                err(f"incident keys {list(i)}")
            if i["place"] not in r["text"]:
                err(f"place {i['place']!r} not in text")
            if not (44 <= i["lat"] <= 53.5 and 22 <= i["lon"] <= 41):
                err("outside box")
            if (i["event_type"], i["sub_event_type"]) not in PAIRS:
                err("type pair")
            for k in ("killed", "injured"):
                v = i[k]
                if v is not None and (not isinstance(v, int) or v < 0):
                    err(k)
            if dt.date.fromisoformat(i["event_date"]) > pub:
                err("event after published")
            if i["country"] == "UA":
                if not isinstance(i["geonameid"], int):
                    err("UA row without geonameid")
                else:
                    need[i["geonameid"]] = (rid, i["lat"], i["lon"], i["location"])
            elif i["country"] == "RU":
                if i["geonameid"] is not None:
                    err("RU row with geonameid")
            else:
                err("country")
    with zipfile.ZipFile(ZIP) as z, z.open("UA.txt") as f:
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            p = line.split("\t", 6)
            g = int(p[0])
            if g in need:
                rid, la, lo, loc = need.pop(g)
                d = km(la, lo, float(p[4]), float(p[5]))
                if d > 1:
                    errs.append(f"{rid}: geonameid {g} is {d:.1f} km from gold")
                if p[1] != loc:
                    errs.append(f"{rid}: location {loc!r} != GeoNames name {p[1]!r}")
    for g, (rid, *_ ) in need.items():
        errs.append(f"{rid}: geonameid {g} not in dump")
    ninc = sum(len(r["incidents"]) for r in rows)
    empty = sum(1 for r in rows if not r["incidents"])
    ru = sum(1 for r in rows for i in r["incidents"] if i["country"] == "RU")
    print(f"{len(rows)} records, {ninc} incidents, {empty} without incident, {ru} in Russia")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
