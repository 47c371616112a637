#!/usr/bin/env python3
"""Check tests/data/heldout_locations6.csv (standard library only; not a pytest module).

Usage:
    python3 tests/data/check_heldout_locations6.py [CSV] [UA.zip|UA.txt|DIR]
        [--boundaries FILE.geo.json(.gz)]

The GeoNames Ukraine dump is taken from the second argument, else $GEONAMES_UA_ZIP,
else /work/shared/data/geonames/UA.zip. The optional EMS region polygons
(ems_ukraine_regions_v1.geo.json.gz) are taken from --boundaries, else
$UA_REGIONS_GEOJSON, else /work/shared/data/boundaries/; if none is found, the
polygon checks are skipped with a note (they are extra, not required).

Checks:
  * header, 200 rows, ids L001..L200 in order, split parity (odd holdout, even tune);
  * every kind is one of KINDS; queries unique (case and whitespace folded);
  * lat/lon numeric with at most 5 decimals;
  * rows with a geonameid: inside 44-53 N / 22-41 E, the id exists in the dump and
    lies within 1 km of lat/lon;
  * rows without a geonameid: kind russia_crimea, the query names a Russian region
    (Belgorod, Kursk, Bryansk, Rostov) and the point lies in that region's box and in
    the western-Russia box 46-55 N / 31-41 E;
  * every oblast the query names (a word before oblast/obl./region/oblast', or a
    Crimea/Sevastopol mention) matches the gold record's GeoNames admin1; an
    unrecognised word before such a marker is an error;
  * for investigator and variant rows, a current (post-2020) raion named as
    "<name> raion" matches the gold record's GeoNames admin2 (the UCDP rows use the old
    pre-2020 raions, which GeoNames does not code, so they are not checked);
  * with the EMS polygons: Ukrainian points lie inside Ukraine (3 km tolerance for
    coastal points) and inside the polygon of the oblast the query names (3 km
    tolerance); Russian points lie outside Ukraine by at least 1 km.
Prints OK and exits 0, or lists every problem and exits 1.
"""
import csv
import gzip
import io
import json
import math
import os
import re
import sys
import zipfile

KINDS = {"ucdp_where", "investigator", "variant", "landmark", "russia_crimea"}
HEADER = ["id", "query", "lat", "lon", "geonameid", "kind", "split"]
N_ROWS = 200
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"
DEFAULT_REGIONS = "/work/shared/data/boundaries/ems_ukraine_regions_v1.geo.json.gz"

# Normalised oblast word (lowercase, apostrophes removed) -> GeoNames admin1 code.
OBLAST_WORDS = {
    "cherkasy": "01", "cherkaska": "01",
    "chernihiv": "02", "chernihivska": "02", "chernigov": "02", "chernigovskaya": "02",
    "chernivtsi": "03",
    "dnipropetrovsk": "04", "dnipropetrovska": "04", "dnepropetrovsk": "04", "dnipro": "04",
    "donetsk": "05", "donetska": "05",
    "ivano-frankivsk": "06",
    "kharkiv": "07", "kharkivska": "07", "kharkov": "07", "kharkovskaya": "07",
    "kherson": "08", "khersonska": "08", "khersonskaya": "08",
    "khmelnytskyi": "09",
    "kirovohrad": "10", "kirovohradska": "10",
    "kyiv": "13", "kiev": "13", "kyivska": "13", "kievskaya": "13",
    "luhansk": "14", "luhanska": "14", "lugansk": "14", "luganskaya": "14",
    "lviv": "15",
    "mykolaiv": "16", "mykolaivska": "16", "nikolaev": "16", "nikolaevskaya": "16",
    "odesa": "17", "odessa": "17", "odeska": "17",
    "poltava": "18", "poltavska": "18",
    "rivne": "19",
    "sumy": "21", "sumska": "21", "sumskaya": "21",
    "ternopil": "22",
    "vinnytsia": "23", "vinnytska": "23",
    "volyn": "24",
    "zakarpattia": "25",
    "zaporizhzhia": "26", "zaporizka": "26", "zaporozhye": "26", "zaporizhia": "26",
    "zhytomyr": "27",
}
RUSSIAN_WORDS = {"belgorod", "kursk", "bryansk", "rostov", "voronezh"}
# Boxes (lat_min, lat_max, lon_min, lon_max), generous by ~0.1 deg.
RUSSIAN_BOXES = {
    "belgorod": (49.75, 51.50, 35.25, 39.35),
    "kursk": (50.85, 52.50, 33.95, 38.60),
    "bryansk": (52.10, 54.10, 31.10, 35.40),
    "rostov": (45.90, 50.30, 38.15, 44.40),
    "voronezh": (49.55, 52.15, 38.10, 42.95),
}
RUSSIA_BOX = (46.0, 55.0, 31.0, 41.0)
UKRAINE_BOX = (44.0, 53.0, 22.0, 41.0)
# Crimea (11) and Sevastopol (20), Kyiv oblast (13) and Kyiv City (12) are
# interchangeable for the name check: GeoNames codes some sites across these lines.
EQUIV = {"11": {"11", "20"}, "20": {"11", "20"}, "12": {"12", "13"}, "13": {"12", "13"}}
# Current (post-2020) raions named in investigator/variant rows:
# (admin1, normalised raion word) -> GeoNames admin2 code.
RAIONS = {
    ("07", "kupiansk"): "6308", ("07", "kupianskyi"): "6308",
    ("07", "izium"): "6304", ("07", "chuhuiv"): "6314", ("07", "kharkiv"): "6312",
    ("26", "zaporizhzhia"): "2306", ("26", "berdiansk"): "2302", ("26", "polohy"): "2310",
    ("26", "vasylivka"): "2304", ("26", "melitopol"): "2308",
    ("08", "skadovsk"): "6508", ("08", "kakhovka"): "6506", ("08", "kherson"): "6510",
    ("16", "mykolaiv"): "4806",
    ("02", "chernihiv"): "7410",
    ("04", "synelnykove"): "1214", ("04", "nikopol"): "1208", ("04", "samarivskyi"): "1210",
    ("21", "sumy"): "5908",
}
# admin1 -> ISO 3166-2 code used by the EMS region file.
ISO = {"01": "UA-71", "02": "UA-74", "03": "UA-77", "04": "UA-12", "05": "UA-14",
       "06": "UA-26", "07": "UA-63", "08": "UA-65", "09": "UA-68", "10": "UA-35",
       "11": "UA-43", "12": "UA-30", "13": "UA-32", "14": "UA-09", "15": "UA-46",
       "16": "UA-48", "17": "UA-51", "18": "UA-53", "19": "UA-56", "20": "UA-40",
       "21": "UA-59", "22": "UA-61", "23": "UA-05", "24": "UA-07", "25": "UA-21",
       "26": "UA-23", "27": "UA-18"}

MARKER_RE = re.compile(r"([A-Za-z][A-Za-z'’\-]*)\s+(?:oblast'?|obl\.|region)(?![A-Za-z])",
                       re.IGNORECASE)
RAION_RE = re.compile(r"([A-Za-z][A-Za-z'’\-]*)\s+(?:raion|rayon)(?![A-Za-z])", re.IGNORECASE)
NOT_OBLAST = {"the", "a", "of", "and", "in"}


def norm(word):
    return word.lower().replace("'", "").replace("’", "")


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def open_geonames(path):
    if os.path.isdir(path):
        for name in ("UA.zip", "UA.txt"):
            if os.path.exists(os.path.join(path, name)):
                return open_geonames(os.path.join(path, name))
        raise SystemExit("no UA.zip or UA.txt in %s" % path)
    if path.endswith(".zip"):
        zf = zipfile.ZipFile(path)
        return io.TextIOWrapper(zf.open("UA.txt"), encoding="utf-8")
    return open(path, encoding="utf-8")


def load_geonames(path):
    recs = {}
    with open_geonames(path) as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                continue
            recs[p[0]] = (p[1], float(p[4]), float(p[5]), p[10], p[11])
    return recs


def load_regions(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    regions = {}
    for feat in data["features"]:
        code = feat["properties"].get("iso_3166_2")
        geom = feat["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        regions.setdefault(code, []).extend(polys)
    return regions


def in_ring(lat, lon, ring):
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i][0], ring[i][1]
        x2, y2 = ring[(i + 1) % n][0], ring[(i + 1) % n][1]
        if (y1 > lat) != (y2 > lat):
            xc = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            if lon < xc:
                inside = not inside
    return inside


def in_polys(lat, lon, polys):
    for poly in polys:
        if in_ring(lat, lon, poly[0]) and not any(in_ring(lat, lon, h) for h in poly[1:]):
            return True
    return False


def dist_to_polys_km(lat, lon, polys):
    """Distance from the point to the nearest polygon edge (equirectangular, km)."""
    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57
    best = float("inf")
    for poly in polys:
        for ring in poly:
            for i in range(len(ring) - 1):
                ax, ay = (ring[i][0] - lon) * kx, (ring[i][1] - lat) * ky
                bx, by = (ring[i + 1][0] - lon) * kx, (ring[i + 1][1] - lat) * ky
                dx, dy = bx - ax, by - ay
                t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
                d = math.hypot(ax + t * dx, ay + t * dy)
                best = min(best, d)
    return best


def in_box(lat, lon, box):
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


def main(argv):
    args = argv[1:]
    regions_path = os.environ.get("UA_REGIONS_GEOJSON", DEFAULT_REGIONS)
    if "--boundaries" in args:
        i = args.index("--boundaries")
        regions_path = args[i + 1]
        del args[i:i + 2]
    here = os.path.dirname(os.path.abspath(__file__))
    csv_path = args[0] if args else os.path.join(here, "heldout_locations6.csv")
    gn_path = args[1] if len(args) > 1 else os.environ.get("GEONAMES_UA_ZIP", DEFAULT_ZIP)

    errors = []
    notes = []
    err = errors.append

    with open(csv_path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        rows = list(reader)
    if not rows or rows[0] != HEADER:
        err("header is %r, expected %r" % (rows[0] if rows else None, HEADER))
        rows = rows[1:] if rows else []
    else:
        rows = rows[1:]
    if len(rows) != N_ROWS:
        err("%d data rows, expected %d" % (len(rows), N_ROWS))

    gn = load_geonames(gn_path)
    regions = None
    if regions_path and os.path.exists(regions_path):
        regions = load_regions(regions_path)
        ukraine = [p for polys in regions.values() for p in polys]
    else:
        notes.append("note: region polygons not found (%s); polygon checks skipped" % regions_path)

    seen_queries = {}
    for n, row in enumerate(rows, 1):
        if len(row) != len(HEADER):
            err("row %d: %d fields, expected %d" % (n, len(row), len(HEADER)))
            continue
        rid, query, lat_s, lon_s, gid, kind, split = row
        tag = rid or ("row %d" % n)
        want_id = "L%03d" % n
        if rid != want_id:
            err("%s: id should be %s" % (tag, want_id))
        want_split = "holdout" if n % 2 == 1 else "tune"
        if split != want_split:
            err("%s: split %r, expected %r" % (tag, split, want_split))
        if kind not in KINDS:
            err("%s: unknown kind %r" % (tag, kind))
        key = " ".join(query.lower().split())
        if not key:
            err("%s: empty query" % tag)
        elif key in seen_queries:
            err("%s: duplicate query (same as %s)" % (tag, seen_queries[key]))
        else:
            seen_queries[key] = tag
        try:
            lat, lon = float(lat_s), float(lon_s)
        except ValueError:
            err("%s: lat/lon not numeric (%r, %r)" % (tag, lat_s, lon_s))
            continue
        for s in (lat_s, lon_s):
            if "." in s and len(s.split(".")[1]) > 5:
                err("%s: more than 5 decimals in %r" % (tag, s))

        text = query
        words = [norm(m.group(1)) for m in MARKER_RE.finditer(text)]
        named_ru = {w for w in words if w in RUSSIAN_WORDS}
        named_ru |= {w for w in RUSSIAN_WORDS if re.search(r"\b%s\b" % w, text, re.I)}

        if gid == "":
            # Russian row
            if kind != "russia_crimea":
                err("%s: empty geonameid on a %s row" % (tag, kind))
            if not named_ru:
                err("%s: empty geonameid but the query names no Russian region" % tag)
            if not in_box(lat, lon, RUSSIA_BOX):
                err("%s: Russian point %.5f,%.5f outside the western-Russia box" % (tag, lat, lon))
            for w in named_ru:
                if not in_box(lat, lon, RUSSIAN_BOXES[w]):
                    err("%s: point %.5f,%.5f is not in the %s box" % (tag, lat, lon, w))
            if regions is not None and (in_polys(lat, lon, ukraine)
                                        or dist_to_polys_km(lat, lon, ukraine) < 1.0):
                err("%s: Russian point %.5f,%.5f is inside or within 1 km of Ukraine"
                    % (tag, lat, lon))
            continue

        # Ukrainian row
        if named_ru:
            err("%s: names a Russian region but has geonameid %s" % (tag, gid))
        if not in_box(lat, lon, UKRAINE_BOX):
            err("%s: point %.5f,%.5f outside 44-53 N / 22-41 E" % (tag, lat, lon))
        rec = gn.get(gid)
        if rec is None:
            err("%s: geonameid %s not in the GeoNames dump" % (tag, gid))
            continue
        name, glat, glon, a1, a2 = rec
        d = haversine_km(lat, lon, glat, glon)
        if d > 1.0:
            err("%s: gold point is %.1f km from geonameid %s (%s)" % (tag, d, gid, name))

        named_a1 = set()
        for w in words:
            if w in NOT_OBLAST:
                continue
            if w in OBLAST_WORDS:
                named_a1.add(OBLAST_WORDS[w])
            else:
                err("%s: unrecognised oblast word %r" % (tag, w))
        if re.search(r"\bCrimea\b", text):
            named_a1.add("11")
        if re.search(r"\bSevastopol\b", text):
            named_a1.add("20")
        for code in named_a1:
            if a1 not in EQUIV.get(code, {code}):
                err("%s: query names admin1 %s but geonameid %s (%s) is in admin1 %s"
                    % (tag, code, gid, name, a1))
            if regions is not None and code in ISO:
                polys = regions.get(ISO[code], [])
                alt = [regions.get(ISO[c], []) for c in EQUIV.get(code, {code})]
                if not any(in_polys(lat, lon, p) or dist_to_polys_km(lat, lon, p) <= 3.0
                           for p in alt):
                    err("%s: point %.5f,%.5f is not in the %s polygon" % (tag, lat, lon, ISO[code]))

        if kind in ("investigator", "variant") and "pre-2020" not in text:
            for m in RAION_RE.finditer(text):
                w = norm(m.group(1))
                want = RAIONS.get((a1, w))
                if want is None:
                    err("%s: raion word %r not in the current-raion table for admin1 %s"
                        % (tag, w, a1))
                elif a2 != want:
                    err("%s: query names raion %r (%s) but geonameid %s is in admin2 %s"
                        % (tag, w, want, gid, a2))

        if regions is not None and not in_polys(lat, lon, ukraine):
            dd = dist_to_polys_km(lat, lon, ukraine)
            if dd > 3.0:
                err("%s: point %.5f,%.5f is %.1f km outside Ukraine" % (tag, lat, lon, dd))

    for n_ in notes:
        print(n_)
    if errors:
        for e in errors:
            print("ERROR " + e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d rows checked in %s" % (len(rows), csv_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
