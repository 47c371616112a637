#!/usr/bin/env python3
"""Validate tests/data/heldout_locations8.csv (standard library only).

Usage: python3 check_heldout_locations8.py [CSV] [UA.zip|UA.txt|DIR]

The GeoNames Ukraine dump is the second argument, else $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip. Prints "OK: 200 rows ..." and exits 0, or
prints one line per problem and exits 1. Not a pytest module.
"""
import csv
import io
import math
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.join(HERE, "heldout_locations8.csv")
DEFAULT_UA = "/work/shared/data/geonames/UA.zip"
HEADER = ["id", "query", "lat", "lon", "geonameid", "kind", "split"]
KINDS = {"coded_where": 80, "spreadsheet": 70, "city_part": 30, "russia_border": 20}
N_ROWS = 200

# oblast stems (folded, Latin / Ukrainian / Russian) -> GeoNames admin1 code
OBLAST_STEMS = [
    (("cherkas", "черкас"), "01"),
    (("chernih", "chernig", "черніг", "черниг"), "02"),
    (("chernivt", "чернівец", "черновиц"), "03"),
    (("dnipropetr", "dnepropetr", "dnipro", "dnepr", "дніпропетр", "днепропетр"), "04"),
    (("donets", "донець", "донец"), "05"),
    (("ivano-frank", "івано-франк", "ивано-франк"), "06"),
    (("kharki", "kharko", "харків", "харьков"), "07"),
    (("kherson", "херсон"), "08"),
    (("khmelnyt", "хмельн"), "09"),
    (("kirovohr", "kirovogr", "kropyvn", "кіровогр", "кировогр"), "10"),
    (("kyiv", "kiev", "київ", "киев"), "13"),
    (("luhansk", "lugansk", "луганс"), "14"),
    (("lviv", "lvov", "львів", "львов"), "15"),
    (("mykolai", "mykolay", "nikolae", "миколаїв", "николаев"), "16"),
    (("odes", "одес", "одесс"), "17"),
    (("poltav", "полтав"), "18"),
    (("rivne", "рівнен", "ровен"), "19"),
    (("sumy", "sumsk", "сумськ", "сумськ", "сумськ", "сумс", "сумск"), "21"),
    (("ternop", "терноп"), "22"),
    (("vinnyts", "vinnits", "вінниц", "винниц"), "23"),
    (("volyn", "волин", "волын"), "24"),
    (("zakarpat", "закарпат"), "25"),
    (("zaporiz", "zaporozh", "запоріз", "запорож"), "26"),
    (("zhytomyr", "zhitomir", "житомир"), "27"),
]
RUSSIA_REGIONS = {  # name stems -> (lat_min, lat_max, lon_min, lon_max)
    "belgorod": ((49.8, 51.5, 35.2, 39.3), ("belgorod", "белгород")),
    "kursk": ((50.8, 52.5, 34.0, 38.6), ("kursk", "курск")),
    "bryansk": ((52.0, 54.0, 31.1, 35.5), ("bryansk", "брянск")),
}
OBLAST_WORD = re.compile(
    r"([\w'’-]+)\s+(?:oblast|obl\b|obl\.|region|область|області|области|обл\.|обл\b)",
    re.IGNORECASE)
DIRECTION = re.compile(
    r"\b(north|south|east|west|north-east|north-west|south-east|south-west)"
    r" of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
BEARING = {"north": 0, "north-east": 45, "east": 90, "south-east": 135,
           "south": 180, "south-west": 225, "west": 270, "north-west": 315}
RAION = re.compile(r"([A-Z][\w'’-]+) (?:r-n|raion)\b")


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("'", "").replace("’", "").replace("ʼ", "")


def dist_km(a, b, c, d):
    p = math.pi / 180
    h = (math.sin((c - a) * p / 2) ** 2
         + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def bearing(a, b, c, d):
    p = math.pi / 180
    y = math.sin((d - b) * p) * math.cos(c * p)
    x = (math.cos(a * p) * math.sin(c * p)
         - math.sin(a * p) * math.cos(c * p) * math.cos((d - b) * p))
    return (math.atan2(y, x) / p) % 360


def open_dump(path):
    if os.path.isdir(path):
        for name in ("UA.zip", "UA.txt"):
            if os.path.exists(os.path.join(path, name)):
                return open_dump(os.path.join(path, name))
        raise SystemExit("no UA.zip or UA.txt in %s" % path)
    if path.endswith(".zip"):
        z = zipfile.ZipFile(path)
        return io.TextIOWrapper(z.open("UA.txt"), encoding="utf-8")
    return open(path, encoding="utf-8")


def load_geonames(path):
    recs = {}
    for line in open_dump(path):
        f = line.rstrip("\n").split("\t")
        if len(f) < 15:
            continue
        recs[f[0]] = dict(name=f[1], ascii=f[2], alt=f[3], lat=float(f[4]),
                          lon=float(f[5]), fcl=f[6], code=f[7], a1=f[10], a2=f[11])
    return recs


def load_admin2(ua_path):
    import gzip
    d = os.path.dirname(ua_path) if not os.path.isdir(ua_path) else ua_path
    p = os.path.join(d, "admin2Codes.txt.gz")
    out = {}
    if os.path.exists(p):
        for line in gzip.open(p, "rt", encoding="utf-8"):
            f = line.split("\t")
            if f[0].startswith("UA."):
                out[f[0]] = f[1]
    return out


def oblast_code(word):
    w = fold(word)
    for stems, code in OBLAST_STEMS:
        for s in stems:
            if w.startswith(fold(s)):
                return code
    return None


def main(argv):
    csv_path = argv[1] if len(argv) > 1 else DEFAULT_CSV
    ua_path = argv[2] if len(argv) > 2 else os.environ.get("GEONAMES_UA_ZIP", DEFAULT_UA)
    geo = load_geonames(ua_path)
    admin2 = load_admin2(ua_path)
    pops = [r for r in geo.values() if r["fcl"] == "P"]
    errs = []

    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    if header != HEADER:
        errs.append("header is %r" % header)
    if len(rows) != N_ROWS:
        errs.append("expected %d rows, found %d" % (N_ROWS, len(rows)))

    seen = {}
    counts = {}
    for i, row in enumerate(rows, 1):
        if len(row) != len(HEADER):
            errs.append("row %d: %d fields" % (i, len(row)))
            continue
        r = dict(zip(HEADER, row))
        rid, q, kind = r["id"], r["query"], r["kind"]
        tag = "%s" % rid
        if rid != "L%03d" % i:
            errs.append("%s: id out of order, expected L%03d" % (tag, i))
        want = "holdout" if i % 2 == 1 else "tune"
        if r["split"] != want:
            errs.append("%s: split %r, expected %r" % (tag, r["split"], want))
        if kind not in KINDS:
            errs.append("%s: unknown kind %r" % (tag, kind))
        counts.setdefault(kind, {"holdout": 0, "tune": 0})
        counts[kind][r["split"]] = counts[kind].get(r["split"], 0) + 1
        key = " ".join(q.lower().split())
        if not key:
            errs.append("%s: empty query" % tag)
        if key in seen:
            errs.append("%s: duplicate query of %s" % (tag, seen[key]))
        seen[key] = tag
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            errs.append("%s: lat/lon not numeric" % tag)
            continue
        for v in (r["lat"], r["lon"]):
            if "." in v and len(v.split(".")[1]) > 5:
                errs.append("%s: more than 5 decimals in %s" % (tag, v))
        gid = r["geonameid"].strip()

        if gid:
            if kind == "russia_border":
                errs.append("%s: russia_border row with a geonameid" % tag)
            if not (44 <= lat <= 53 and 22 <= lon <= 41):
                errs.append("%s: point outside Ukraine box" % tag)
            g = geo.get(gid)
            if g is None:
                errs.append("%s: geonameid %s not in UA dump" % (tag, gid))
                continue
            d = dist_km(lat, lon, g["lat"], g["lon"])
            if d > 1.0:
                errs.append("%s: point %.1f km from geonameid %s" % (tag, d, gid))
            # oblast word(s)
            for m in OBLAST_WORD.finditer(q):
                code = oblast_code(m.group(1))
                if code is None:
                    errs.append("%s: unrecognised oblast word %r" % (tag, m.group(1)))
                elif code != g["a1"]:
                    errs.append("%s: oblast %r but gold admin1 is %s" % (tag, m.group(1), g["a1"]))
            if re.search(r"crimea|крым|крим|sevastop", q, re.I) and g["a1"] not in ("11", "20"):
                errs.append("%s: Crimea named but gold admin1 %s" % (tag, g["a1"]))
            # Latin raion in spreadsheet rows: prefix of the gold's admin2 name
            if kind == "spreadsheet" and admin2:
                for m in RAION.finditer(q):
                    rn = fold(m.group(1))
                    a2 = fold(admin2.get("UA.%s.%s" % (g["a1"], g["a2"]), ""))
                    n = 3 if len(rn) <= 4 else 5
                    if a2 and not a2.startswith(rn[:n]):
                        errs.append("%s: raion %r but gold admin2 is %r" % (tag, m.group(1), a2))
            # stated direction "<dir> of X" checked against the nearest record named X
            for m in DIRECTION.finditer(q):
                ref = fold(m.group(2))
                cands = [p for p in pops
                         if ref in (fold(p["name"]), fold(p["ascii"]))
                         or ref in [fold(a) for a in p["alt"].split(",")]]
                cands = [p for p in cands if dist_km(lat, lon, p["lat"], p["lon"]) < 80]
                if not cands:
                    errs.append("%s: reference place %r not found near gold" % (tag, m.group(2)))
                    continue
                p = min(cands, key=lambda p: dist_km(lat, lon, p["lat"], p["lon"]))
                b = bearing(p["lat"], p["lon"], lat, lon)
                diff = abs((b - BEARING[m.group(1)] + 180) % 360 - 180)
                if diff > 67.5:
                    errs.append("%s: gold is at bearing %.0f from %s, not %s"
                                % (tag, b, m.group(2), m.group(1)))
            # city_part: the city named first must be within 25 km
            if kind == "city_part":
                city = fold(re.split(r"[,(–-]", q)[0].strip())
                cands = [p for p in pops if p["code"] in ("PPLA", "PPLC", "PPLA2", "PPL")
                         and (city in (fold(p["name"]), fold(p["ascii"]))
                              or city in [fold(a) for a in p["alt"].split(",")])]
                if not cands or min(dist_km(lat, lon, p["lat"], p["lon"]) for p in cands) > 25:
                    errs.append("%s: city %r not within 25 km of gold" % (tag, city))
        else:
            if kind != "russia_border":
                errs.append("%s: empty geonameid on a %s row" % (tag, kind))
                continue
            ql = q.lower()
            named = [k for k, (box, stems) in RUSSIA_REGIONS.items()
                     if any(s in ql for s in stems)]
            if len(named) != 1:
                errs.append("%s: expected exactly one Russian region named, got %r" % (tag, named))
            else:
                la0, la1, lo0, lo1 = RUSSIA_REGIONS[named[0]][0]
                if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                    errs.append("%s: point outside the %s box" % (tag, named[0]))
            if not (46 <= lat <= 56 and 31 <= lon <= 41):
                errs.append("%s: point outside western-Russia box" % tag)
            for m in OBLAST_WORD.finditer(q):
                w = fold(m.group(1))
                if not any(w.startswith(fold(s)) for _, (_, st) in RUSSIA_REGIONS.items() for s in st):
                    errs.append("%s: non-Russian region word %r" % (tag, m.group(1)))
            near = min(dist_km(lat, lon, p["lat"], p["lon"]) for p in pops)
            if near < 3.0:
                errs.append("%s: a Ukrainian populated place lies %.1f km away" % (tag, near))

    for k, n in KINDS.items():
        c = counts.get(k, {})
        tot = c.get("holdout", 0) + c.get("tune", 0)
        if tot != n:
            errs.append("kind %s: %d rows, expected %d" % (k, tot, n))
        elif c.get("holdout") != n // 2:
            errs.append("kind %s: holdout %d, expected %d" % (k, c.get("holdout", 0), n // 2))

    if errs:
        for e in errs:
            print("ERROR:", e)
        return 1
    print("OK: %d rows (%s)" % (len(rows), ", ".join(
        "%s %d/%d" % (k, counts[k]["holdout"], counts[k]["tune"]) for k in KINDS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
