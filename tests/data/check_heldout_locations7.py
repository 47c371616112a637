#!/usr/bin/env python3
"""Check tests/data/heldout_locations7.csv (format and gold points).

Usage: python3 check_heldout_locations7.py [CSV] [UA.zip|UA.txt|DIR]

UA.zip is the second argument, else $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip. Standard library only; not a pytest module.
Prints "OK: 200 rows" and exits 0, or prints one line per problem and exits 1.
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
DEFAULT_CSV = os.path.join(HERE, "heldout_locations7.csv")
DEFAULT_UA = "/work/shared/data/geonames/UA.zip"
HEADER = ["id", "query", "lat", "lon", "geonameid", "kind", "split"]
KINDS = {"investigator", "ucdp_where", "landmark", "russia_crimea"}
N_ROWS = 200
MAX_KM = 1.0

# Oblast words (lower-case prefixes, Latin / Ukrainian / Russian) -> GeoNames admin1.
OBLAST_STEMS = [
    (("cherkas", "черкас"), {"01"}),
    (("chernihiv", "chernigov", "чернігів", "черниг"), {"02"}),
    (("chernivts", "chernovts", "чернівец", "черновиц"), {"03"}),
    (("dnipropetrov", "dnepropetrov", "дніпропетров", "днепропетров"), {"04"}),
    (("donets", "донецьк", "донецк"), {"05"}),
    (("ivano-frankiv", "івано-франків", "ивано-франков"), {"06"}),
    (("kharkiv", "kharkov", "харків", "харьков"), {"07"}),
    (("kherson", "херсон"), {"08"}),
    (("khmelnyts", "хмельниц"), {"09"}),
    (("kirovohrad", "kirovograd", "kropyvnyts", "кіровоград", "кировоград"), {"10"}),
    (("kyiv", "kiev", "київ", "киев"), {"12", "13"}),
    (("luhansk", "lugansk", "луган"), {"14"}),
    (("lviv", "львів", "львов"), {"15"}),
    (("mykolaiv", "nikolaev", "nikolayev", "миколаїв", "николаев"), {"16"}),
    (("odesa", "odessa", "одес"), {"17"}),
    (("poltav", "полтав"), {"18"}),
    (("rivne", "rovno", "рівнен", "ровен"), {"19"}),
    (("sumy", "sumsk", "сумськ", "сумск"), {"21"}),
    (("ternopil", "тернопіл", "тернопол"), {"22"}),
    (("vinnyts", "vinnits", "вінниц", "винниц"), {"23"}),
    (("volyn", "волин", "волын"), {"24"}),
    (("zakarpat", "закарпат"), {"25"}),
    (("zaporizh", "zaporozh", "запоріз", "запорож"), {"26"}),
    (("zhytomyr", "zhitomir", "житомир"), {"27"}),
]
# Russian regions: prefixes and a (lat_min, lat_max, lon_min, lon_max) box.
RUSSIA_REGIONS = [
    (("belgorod", "белгород"), (49.8, 51.5, 35.3, 39.3)),
    (("kursk", "курск"), (50.9, 52.5, 34.0, 38.6)),
    (("bryansk", "брянск"), (52.2, 54.0, 31.2, 35.4)),
    (("rostov", "ростов"), (46.0, 50.3, 38.2, 41.0)),
    (("voronezh", "воронеж"), (49.6, 52.1, 38.1, 41.0)),
]
WEST_RUSSIA_BOX = (46.0, 56.0, 31.0, 41.0)
UA_BOX = (44.0, 53.0, 22.0, 41.0)
CRIMEA_ADMIN1 = {"11", "20"}
MARKER_RE = re.compile(
    r"([\w'’\-]+)\s+(?:oblast|obl\.?|region|область|області|области|обл\.?)(?!\w)",
    re.IGNORECASE)
CRIMEA_RE = re.compile(r"(?<!\w)(?:crimea|крым|крим|sevastopol|севастопол\w*)(?!\w)", re.IGNORECASE)
RAION_RE = re.compile(r"([A-Za-z'’\-]+) raion\b", re.IGNORECASE)
DECIMALS_RE = re.compile(r"^-?\d+(?:\.(\d{1,5}))?$")


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def in_box(lat, lon, box):
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


def norm_ascii(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"['’`]", "", s).replace("y", "i")


def open_ua(path):
    if os.path.isdir(path):
        for name in ("UA.zip", "UA.txt"):
            if os.path.exists(os.path.join(path, name)):
                path = os.path.join(path, name)
                break
    if path.endswith(".zip"):
        zf = zipfile.ZipFile(path)
        return io.TextIOWrapper(zf.open("UA.txt"), encoding="utf-8")
    return open(path, encoding="utf-8")


def load_geonames(path):
    recs = {}
    populated = []
    with open_ua(path) as fh:
        for line in fh:
            p = line.rstrip("\n").split("\t")
            if len(p) < 12:
                continue
            lat, lon = float(p[4]), float(p[5])
            recs[p[0]] = (lat, lon, p[10], p[11])
            if p[6] == "P" and p[10] not in ("", "00"):
                populated.append((lat, lon))
    return recs, populated


def load_admin2_names(ua_path):
    """Optional: admin2 names from admin2Codes.txt(.gz) next to UA.zip."""
    import gzip
    base = ua_path if os.path.isdir(ua_path) else os.path.dirname(ua_path)
    names = {}
    for fn in ("admin2Codes.txt.gz", "admin2Codes.txt"):
        fp = os.path.join(base, fn)
        if os.path.exists(fp):
            opener = gzip.open if fn.endswith(".gz") else open
            with opener(fp, "rt", encoding="utf-8") as fh:
                for line in fh:
                    p = line.rstrip("\n").split("\t")
                    if p[0].startswith("UA."):
                        names[p[0][3:]] = p[1]
            break
    return names


def oblast_codes(word):
    w = word.lower()
    for stems, codes in OBLAST_STEMS:
        if any(w.startswith(s) for s in stems):
            return codes
    return None


def russia_region(query):
    q = query.lower()
    for stems, box in RUSSIA_REGIONS:
        if any(s in q for s in stems):
            return stems[0], box
    return None


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    csv_path = args[0] if args else DEFAULT_CSV
    ua_path = args[1] if len(args) > 1 else os.environ.get("GEONAMES_UA_ZIP", DEFAULT_UA)
    errors = []
    err = errors.append

    recs, populated = load_geonames(ua_path)
    admin2 = load_admin2_names(ua_path)

    with open(csv_path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        rows = list(reader)
    if header != HEADER:
        err(f"header is {header!r}, expected {HEADER!r}")
    if len(rows) != N_ROWS:
        err(f"{len(rows)} rows, expected {N_ROWS}")

    seen = {}
    counts = {}
    for i, row in enumerate(rows, 1):
        if len(row) != len(HEADER):
            err(f"line {i + 1}: {len(row)} fields")
            continue
        rid, query, slat, slon, gid, kind, split = row
        tag = f"{rid or 'line %d' % (i + 1)}"
        if rid != f"L{i:03d}":
            err(f"{tag}: id should be L{i:03d}")
        want_split = "holdout" if i % 2 == 1 else "tune"
        if split != want_split:
            err(f"{tag}: split {split!r}, expected {want_split!r} (odd=holdout, even=tune)")
        if kind not in KINDS:
            err(f"{tag}: unknown kind {kind!r}")
        counts[(kind, split)] = counts.get((kind, split), 0) + 1
        key = " ".join(query.casefold().split())
        if not key:
            err(f"{tag}: empty query")
        elif key in seen:
            err(f"{tag}: duplicate query (same as {seen[key]})")
        else:
            seen[key] = tag
        try:
            lat, lon = float(slat), float(slon)
        except ValueError:
            err(f"{tag}: lat/lon not numeric: {slat!r}, {slon!r}")
            continue
        for name, val in (("lat", slat), ("lon", slon)):
            if not DECIMALS_RE.match(val.strip()):
                err(f"{tag}: {name} {val!r} is not a number with at most 5 decimals")

        # Oblast words in the query.
        named = []
        for m in MARKER_RE.finditer(query):
            word = m.group(1)
            codes = oblast_codes(word)
            if codes is None and not any(word.lower().startswith(s)
                                         for stems, _ in RUSSIA_REGIONS for s in stems):
                err(f"{tag}: unrecognised oblast word {word!r}")
            elif codes is not None:
                named.append((word, codes))

        if gid:
            if not gid.isdigit():
                err(f"{tag}: geonameid {gid!r} not numeric")
                continue
            if not in_box(lat, lon, UA_BOX):
                err(f"{tag}: point {lat},{lon} outside 44-53 N / 22-41 E")
            rec = recs.get(gid)
            if rec is None:
                err(f"{tag}: geonameid {gid} not in UA dump")
                continue
            d = km(lat, lon, rec[0], rec[1])
            if d > MAX_KM:
                err(f"{tag}: point is {d:.1f} km from geonameid {gid} ({rec[0]},{rec[1]})")
            a1 = rec[2]
            for word, codes in named:
                if a1 not in codes:
                    err(f"{tag}: query names oblast {word!r} but gold admin1 is {a1}")
            if CRIMEA_RE.search(query) and a1 not in CRIMEA_ADMIN1:
                err(f"{tag}: query names Crimea/Sevastopol but gold admin1 is {a1}")
            if kind == "russia_crimea" and a1 not in CRIMEA_ADMIN1:
                err(f"{tag}: russia_crimea row with a geonameid outside Crimea/Sevastopol")
            if kind == "investigator" and admin2:
                for m in RAION_RE.finditer(query):
                    r = norm_ascii(m.group(1))
                    a2 = norm_ascii(admin2.get(f"{rec[2]}.{rec[3]}", ""))
                    if a2 and not a2.startswith(r[:max(3, len(r) - 1)]):
                        err(f"{tag}: query names {m.group(1)} raion but gold admin2 is "
                            f"{admin2.get(f'{rec[2]}.{rec[3]}')!r}")
        else:
            if kind != "russia_crimea":
                err(f"{tag}: empty geonameid on a {kind!r} row (only Russian rows may be empty)")
            reg = russia_region(query)
            if reg is None:
                err(f"{tag}: empty geonameid but the query names no known Russian region")
            else:
                name, box = reg
                if not in_box(lat, lon, box):
                    err(f"{tag}: point {lat},{lon} outside the {name} box {box}")
            if not in_box(lat, lon, WEST_RUSSIA_BOX):
                err(f"{tag}: point {lat},{lon} outside the western-Russia box {WEST_RUSSIA_BOX}")
            if named:
                err(f"{tag}: Russian row names a Ukrainian oblast {named[0][0]!r}")
            # Heuristic: a Russian town centre should not sit on a Ukrainian settlement.
            near = min((km(lat, lon, a, b) for a, b in populated
                        if abs(a - lat) < 0.1 and abs(b - lon) < 0.15), default=99.0)
            if near < 3.0:
                err(f"{tag}: Russian point is {near:.1f} km from a Ukrainian settlement record")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAILED: {len(errors)} problem(s) in {len(rows)} rows")
        return 1
    summary = ", ".join(f"{k} {counts.get((k, 'holdout'), 0)}/{counts.get((k, 'tune'), 0)}"
                        for k in sorted(KINDS))
    print(f"OK: {len(rows)} rows")
    print(f"kinds (holdout/tune): {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
