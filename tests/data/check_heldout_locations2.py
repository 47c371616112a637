#!/usr/bin/env python3
"""Sanity check for tests/data/heldout_locations2.csv (stdlib only, not a pytest module).

Usage: python3 tests/data/check_heldout_locations2.py [path/to/UA.zip] [path/to/csv]

Checks: header; ids M001..M240 in order; split parity (odd = holdout, even =
tune); kinds from the allowed list; queries non-empty and unique; gold point
inside Ukraine's bounding box; every geonameid exists in the GeoNames UA dump
and lies within 1 km of the gold lat/lon; and, where the query names an oblast
or region (English, Ukrainian or Russian spelling), the gold record's admin1
matches it. Prints OK or the list of errors.
"""
import csv
import io
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"
DEFAULT_CSV = os.path.join(HERE, "heldout_locations2.csv")

HEADER = ["id", "query", "lat", "lon", "geonameid", "kind", "split"]
KINDS = {"plain", "qualified", "namesake", "old_raion", "city_section", "typo",
         "near", "between", "list", "landmark"}
N_ROWS = 240

# admin1 code -> regex stem of the oblast name (Latin, Ukrainian, Russian)
OBLAST_STEMS = {
    "01": r"cherkas|черкас",
    "02": r"chernih|chernig|черніг|черниг",
    "03": r"chernivt|чернівец|черновиц",
    "04": r"dnipropetrovs|dnepropetrovs|дніпропетровськ|днепропетровск",
    "05": r"donets|донецьк|донецк",
    "06": r"ivano-frankivs|івано-франківськ|ивано-франковск",
    "07": r"kharkiv|kharkov|харків|харьков",
    "08": r"kherson|херсон",
    "09": r"khmelnyts|хмельниц",
    "10": r"kirovohrad|kirovograd|kropyvnyts|кіровоград|кировоград",
    "11": r"crimea|krym|крим|крым",
    "13": r"kyiv|kiev|київськ|киевск",
    "14": r"luhans|lugans|луганськ|луганск",
    "15": r"lviv|львівськ|львовск",
    "16": r"mykolaiv|nikolaev|миколаївськ|николаевск",
    "17": r"odesa|odessa|одеськ|одесск",
    "18": r"poltava|полтавськ|полтавск",
    "19": r"rivne|rovno|рівненськ|ровенск",
    "21": r"sumy|сумськ|сумск",
    "22": r"ternopil|тернопільськ|тернопольск",
    "23": r"vinnyts|vinnits|вінницьк|винницк",
    "24": r"volyn|волинськ|волынск",
    "25": r"zakarpat|закарпат",
    "26": r"zaporizh|zaporozh|zaporiz|запорізьк|запорожск",
    "27": r"zhytomyr|житомирськ|житомирск",
}
REGION_WORD = r"(?:oblast|obl\b|obl\.|region|область|области|обл\.|обл\b)"
STANDALONE = {"11": r",\s*crimea\s*$", "20": r",\s*sevastopol\s*$"}


def oblasts_named(query):
    """Return the set of admin1 codes that the query names as an oblast/region."""
    q = query.lower()
    found = set()
    for code, stem in OBLAST_STEMS.items():
        if re.search(r"(?:%s)[\w’'\-]*\s*%s" % (stem, REGION_WORD), q):
            found.add(code)
    for code, pat in STANDALONE.items():
        if re.search(pat, q):
            found.add(code)
    return found


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_dump(zip_path, wanted):
    out = {}
    with zipfile.ZipFile(zip_path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                gid, rest = line.split("\t", 1)
                if gid in wanted:
                    p = line.rstrip("\n").split("\t")
                    out[gid] = (p[1], float(p[4]), float(p[5]), p[6], p[7], p[10])
    return out


def main():
    zip_path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_ZIP
    csv_path = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_CSV
    errors = []
    with open(csv_path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [r for r in reader]
    if header != HEADER:
        errors.append("bad header: %r" % header)
    if len(rows) != N_ROWS:
        errors.append("expected %d rows, got %d" % (N_ROWS, len(rows)))
    seen_q = set()
    wanted = set()
    for i, r in enumerate(rows, 1):
        if len(r) != len(HEADER):
            errors.append("row %d: %d fields" % (i, len(r)))
            continue
        rid, query, lat, lon, gid, kind, split = r
        if rid != "M%03d" % i:
            errors.append("row %d: id %s, expected M%03d" % (i, rid, i))
        want_split = "holdout" if i % 2 == 1 else "tune"
        if split != want_split:
            errors.append("%s: split %s, expected %s" % (rid, split, want_split))
        if kind not in KINDS:
            errors.append("%s: unknown kind %r" % (rid, kind))
        if not query.strip():
            errors.append("%s: empty query" % rid)
        if query in seen_q:
            errors.append("%s: duplicate query %r" % (rid, query))
        seen_q.add(query)
        try:
            la, lo = float(lat), float(lon)
            if not (44.0 <= la <= 52.5 and 22.0 <= lo <= 40.5):
                errors.append("%s: point %s,%s outside Ukraine box" % (rid, lat, lon))
        except ValueError:
            errors.append("%s: bad lat/lon %r %r" % (rid, lat, lon))
        if not gid.isdigit():
            errors.append("%s: bad geonameid %r" % (rid, gid))
        wanted.add(gid)
    dump = load_dump(zip_path, wanted)
    n_obl = 0
    for r in rows:
        if len(r) != len(HEADER):
            continue
        rid, query, lat, lon, gid, kind, split = r
        rec = dump.get(gid)
        if rec is None:
            errors.append("%s: geonameid %s not in dump" % (rid, gid))
            continue
        name, glat, glon, fclass, fcode, admin1 = rec
        try:
            d = haversine_km(float(lat), float(lon), glat, glon)
            if d > 1.0:
                errors.append("%s: gold point %.2f km from geonameid %s (%s)" % (rid, d, gid, name))
        except ValueError:
            pass
        named = oblasts_named(query)
        if named:
            n_obl += 1
            if admin1 not in named:
                errors.append("%s: query names oblast(s) %s but gold %s (%s) has admin1 %s"
                              % (rid, sorted(named), gid, name, admin1))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s)" % len(errors))
        return 1
    kinds = {}
    for r in rows:
        kinds[r[5]] = kinds.get(r[5], 0) + 1
    print("OK: %d rows, %d with an oblast checked against admin1; kinds: %s"
          % (len(rows), n_obl, ", ".join("%s=%d" % kv for kv in sorted(kinds.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
