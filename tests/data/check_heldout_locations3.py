#!/usr/bin/env python3
"""Stdlib-only consistency checker for heldout_locations3.csv.

Usage: python3 check_heldout_locations3.py [CSV] [--geonames DIR]

Checks: header, 200 rows, ids N001..N200 in order, split parity
(odd -> holdout, even -> tune), unique non-empty queries, allowed kinds,
every geonameid present in the GeoNames UA dump with lat/lon within 1 km of
the dump row, and, where the query names an oblast (Latin or Cyrillic,
including Soviet/Russian forms and "ДНР"), that the gold admin1 is that oblast.
Prints OK and exits 0 on success; prints each problem and exits 1 otherwise.
"""
import csv
import io
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.join(HERE, "heldout_locations3.csv")
DEFAULT_GN = "/work/shared/data/geonames"

HEADER = ["id", "query", "lat", "lon", "geonameid", "kind", "split"]
N_ROWS = 200
KINDS = {"plain", "soviet_name", "qualified", "cyrillic", "namesake", "hromada",
         "old_raion", "city_section", "typo", "direction", "noisy"}

# admin1 code -> stems that identify the oblast in a query (lower-case).
OBLAST_STEMS = {
    "01": ["cherkas", "черкас"],
    "02": ["chernihiv", "chernigov", "чернігів", "чернигов"],
    "03": ["chernivtsi", "chernivets", "chernovts", "чернівец", "чернівці", "черновиц"],
    "04": ["dnipropetrovs", "dnepropetrovs", "дніпропетровс", "днепропетровс"],
    "05": ["donets", "донецьк", "донецк", "днр"],
    "06": ["ivano-frankivs", "ivano frankivs", "івано-франків", "ивано-франков"],
    "07": ["kharkiv", "kharkov", "харків", "харьков"],
    "08": ["kherson", "херсон"],
    "09": ["khmelnyts", "khmelnits", "хмельниц"],
    "10": ["kirovohrad", "kirovograd", "kropyvnyts", "кіровоград", "кировоград"],
    "11": ["crimea", "krym", "крим", "крым"],
    "13": ["kyiv", "kiev", "київськ", "киевск"],
    "14": ["luhans", "lugans", "луганськ", "луганск", "лнр"],
    "15": ["lviv", "lvov", "львів", "львов"],
    "16": ["mykolaiv", "nikolaev", "миколаїв", "николаев"],
    "17": ["odesa", "odessa", "одес"],
    "18": ["poltav", "полтав"],
    "19": ["rivne", "rivnen", "rovno", "рівнен", "ровен"],
    "21": ["sums", "sumy", "сумськ", "сумск"],
    "22": ["ternopil", "тернопіл", "тернопол"],
    "23": ["vinnyts", "vinnits", "вінниц", "винниц"],
    "24": ["volyn", "волин", "волын"],
    "25": ["zakarpat", "закарпат"],
    "26": ["zaporiz", "zaporozh", "запоріз", "запорізь", "запорож"],
    "27": ["zhytomyr", "zhitomir", "житомир"],
}
# A query names an oblast when a stem is followed (within a word) by one of these
# markers, or for the Cyrillic/Russian oblast-genitive forms, or "ДНР"/"ЛНР".
MARKER = r"[\w'’-]*\s*[(,]?\s*(?:oblast|obl\b|obl\.|region|reg\b|reg\.|області|обл\b|обл\.|области|oblast')"


def haversine_km(a, b, c, d):
    p = math.radians
    h = (math.sin(p(c - a) / 2) ** 2
         + math.cos(p(a)) * math.cos(p(c)) * math.sin(p(d - b) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def load_geonames(gdir, wanted):
    out = {}
    with zipfile.ZipFile(os.path.join(gdir, "UA.zip")) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if p[0] in wanted:
                    out[p[0]] = (float(p[4]), float(p[5]), p[10], p[1])
    return out


def named_oblasts(query):
    q = query.lower()
    found = set()
    for code, stems in OBLAST_STEMS.items():
        for st in stems:
            if st in ("днр", "лнр"):
                if re.search(r"(?<!\w)" + st + r"(?!\w)", q):
                    found.add(code)
                continue
            if re.search(re.escape(st) + MARKER, q):
                found.add(code)
    return found


def check(csv_path, gdir):
    errs = []
    with open(csv_path, encoding="utf-8", newline="") as f:
        rdr = csv.reader(f)
        header = next(rdr, None)
        rows = list(rdr)
    if header != HEADER:
        errs.append(f"bad header: {header!r}")
        return errs
    if len(rows) != N_ROWS:
        errs.append(f"expected {N_ROWS} rows, got {len(rows)}")
    seen_q = {}
    for i, row in enumerate(rows, 1):
        if len(row) != len(HEADER):
            errs.append(f"row {i}: {len(row)} fields")
            continue
        rid, q, lat, lon, gid, kind, split = row
        if rid != f"N{i:03d}":
            errs.append(f"row {i}: id {rid!r}, expected N{i:03d}")
        want = "holdout" if i % 2 else "tune"
        if split != want:
            errs.append(f"{rid}: split {split!r}, expected {want!r}")
        if not q.strip() or q != q.strip():
            errs.append(f"{rid}: empty or untrimmed query {q!r}")
        key = q.strip().lower()
        if key in seen_q:
            errs.append(f"{rid}: duplicate query {q!r} (also {seen_q[key]})")
        seen_q[key] = rid
        if kind not in KINDS:
            errs.append(f"{rid}: unknown kind {kind!r}")
        try:
            float(lat), float(lon)
        except ValueError:
            errs.append(f"{rid}: non-numeric lat/lon {lat!r},{lon!r}")
        if not gid.isdigit():
            errs.append(f"{rid}: bad geonameid {gid!r}")
    wanted = {r[4] for r in rows if len(r) == len(HEADER)}
    gn = load_geonames(gdir, wanted)
    for row in rows:
        if len(row) != len(HEADER):
            continue
        rid, q, lat, lon, gid, kind, split = row
        if gid not in gn:
            errs.append(f"{rid}: geonameid {gid} not in UA dump")
            continue
        glat, glon, a1, gname = gn[gid]
        try:
            d = haversine_km(float(lat), float(lon), glat, glon)
        except ValueError:
            continue
        if d > 1.0:
            errs.append(f"{rid}: lat/lon {d:.1f} km from GeoNames {gid} ({gname})")
        ob = named_oblasts(q)
        if ob and a1 not in ob:
            errs.append(f"{rid}: query {q!r} names oblast {sorted(ob)} but gold "
                        f"{gid} ({gname}) is admin1 {a1}")
    kinds = {}
    for row in rows:
        if len(row) == len(HEADER):
            kinds[row[5]] = kinds.get(row[5], 0) + 1
    for k in KINDS:
        if kinds.get(k, 0) < 10:
            errs.append(f"kind {k!r} has only {kinds.get(k, 0)} rows")
    return errs


def main(argv):
    args = argv[1:]
    gdir = DEFAULT_GN
    if "--geonames" in args:
        j = args.index("--geonames")
        gdir = args[j + 1]
        del args[j:j + 2]
    path = args[0] if args else DEFAULT_CSV
    errs = check(path, gdir)
    if errs:
        for e in errs:
            print("FAIL:", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
