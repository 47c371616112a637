#!/usr/bin/env python3
"""Check tests/data/heldout_locations5.csv (standard library only; not a pytest module).

Usage: python3 tests/data/check_heldout_locations5.py [csv] [--geonames DIR_OR_ZIP]

Checks:
  * header and the 200 ids L001..L200 in order; odd id -> holdout, even id -> tune;
  * queries unique (case-insensitive, whitespace-normalised); kind in the allowed list;
  * lat/lon are numbers;
  * a row with a geonameid: the id is in the GeoNames UA dump and lies within 1 km of
    the gold point;
  * a row without a geonameid: allowed only for places in Russia. The query must name
    Belgorod, Kursk or Bryansk (oblast) and the point must lie in that oblast's box;
  * every oblast the query names (Latin or Cyrillic, followed by oblast / obl. /
    region / область / обл., or the last field of an ACLED "location, admin2, admin1"
    string) must match the gold admin1. A word before an oblast marker that is not a
    known oblast is reported too.
Prints OK and exits 0, or lists the faults and exits 1.
"""
import csv
import io
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.join(HERE, "heldout_locations5.csv")
DEFAULT_GEONAMES = "/work/shared/data/geonames/UA.zip"
HEADER = ["id", "query", "lat", "lon", "geonameid", "kind", "split"]
KINDS = {"investigator", "ucdp_where", "acled_loc", "namesake", "variant", "landmark"}
N_ROWS = 200

# stem (lower case, matched at the start of the word) -> GeoNames admin1 code,
# or "RU-xxx" for the three Russian border oblasts.
STEMS = [
    ("cherkas", "01"), ("черкас", "01"), ("черкаськ", "01"),
    ("chernihiv", "02"), ("chernigov", "02"), ("черніг", "02"), ("чернигов", "02"),
    ("chernivts", "03"), ("chernovts", "03"), ("чернівец", "03"), ("чернівц", "03"), ("черновиц", "03"),
    ("dnipropetrovs", "04"), ("dnepropetrovs", "04"), ("дніпропетров", "04"), ("днепропетров", "04"),
    ("donets", "05"), ("донецьк", "05"), ("донецк", "05"),
    ("ivano-frankivs", "06"), ("івано-франків", "06"), ("ивано-франков", "06"),
    ("kharkiv", "07"), ("kharkov", "07"), ("харків", "07"), ("харьков", "07"),
    ("kherson", "08"), ("херсон", "08"),
    ("khmelnyts", "09"), ("khmelnits", "09"), ("хмельниц", "09"),
    ("kirovohrad", "10"), ("kirovograd", "10"), ("kropyvnyts", "10"), ("кіровоград", "10"), ("кировоград", "10"),
    ("crimea", "11"), ("krym", "11"), ("крим", "11"), ("крым", "11"),
    ("kyiv", "13"), ("kiev", "13"), ("київськ", "13"), ("киевск", "13"),
    ("luhans", "14"), ("lugans", "14"), ("луганськ", "14"), ("луганск", "14"),
    ("lviv", "15"), ("lvov", "15"), ("львів", "15"), ("львов", "15"),
    ("mykolaiv", "16"), ("mykolayiv", "16"), ("nikolaev", "16"), ("миколаїв", "16"), ("николаев", "16"),
    ("odes", "17"), ("одес", "17"),
    ("poltav", "18"), ("полтав", "18"),
    ("rivne", "19"), ("rivnens", "19"), ("rovno", "19"), ("рівнен", "19"), ("ровен", "19"),
    ("sevastopol", "20"), ("севастопол", "20"),
    ("sum", "21"), ("сумськ", "21"), ("сумск", "21"),
    ("ternopil", "22"), ("тернопіл", "22"), ("тернопол", "22"),
    ("vinnyts", "23"), ("vinnits", "23"), ("вінниц", "23"), ("винниц", "23"),
    ("volyn", "24"), ("волин", "24"), ("волын", "24"),
    ("zakarpat", "25"), ("закарпат", "25"),
    ("zapori", "26"), ("zaporo", "26"), ("запорі", "26"), ("запоро", "26"),
    ("zhytomyr", "27"), ("zhitomir", "27"), ("житомир", "27"),
    ("belgorod", "RU-BEL"), ("белгород", "RU-BEL"), ("бєлгород", "RU-BEL"),
    ("kursk", "RU-KRS"), ("курск", "RU-KRS"), ("курськ", "RU-KRS"),
    ("bryansk", "RU-BRY"), ("брянск", "RU-BRY"), ("брянськ", "RU-BRY"),
]
# Rough boxes for the Russian oblasts (lat_min, lat_max, lon_min, lon_max).
RU_BOX = {
    "RU-BEL": (49.8, 51.5, 35.3, 39.3),
    "RU-KRS": (50.8, 52.5, 34.0, 38.6),
    "RU-BRY": (51.8, 54.0, 31.2, 35.3),
}
MARKER = r"(?:oblast'?|obl\.?|region|область|обл\.?)"
WORD = r"[^\W\d_][\w'’-]*"
BEFORE_MARKER = re.compile(r"(%s)\s+%s(?![\w])" % (WORD, MARKER), re.IGNORECASE)


def stem_code(word):
    w = word.lower().replace("’", "'")
    best = None
    for stem, code in STEMS:
        if w.startswith(stem) and (best is None or len(stem) > len(best[0])):
            best = (stem, code)
    if best and best[0] == "sum" and not re.match(r"sum(y|s'?ka|skoi|skaya)?$", w):
        return None  # "sum" only as Sumy / Sumska
    return best[1] if best else None


def named_oblasts(query, kind):
    """Return (codes, unknown_words) for the oblasts the query names."""
    codes, unknown = set(), []
    for m in BEFORE_MARKER.finditer(query):
        word = m.group(1)
        code = stem_code(word)
        if code:
            codes.add(code)
        else:
            unknown.append(word)
    if kind == "acled_loc":
        q = re.sub(r"\((russia|ukraine)\)\s*$", "", query.strip(), flags=re.IGNORECASE)
        parts = [p.strip() for p in re.split(r"\s[-|]\s|[,;|()]", q) if p.strip()]
        if parts:
            last = parts[-1]
            last = re.sub(r"^autonomous republic of\s+", "", last, flags=re.IGNORECASE)
            code = stem_code(last.split()[0]) if last.split() else None
            if code:
                codes.add(code)
            else:
                unknown.append(last)
    return codes, unknown


def hav_km(a, b, c, d):
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def load_geonames(path, wanted):
    if os.path.isdir(path):
        txt = os.path.join(path, "UA.txt")
        if os.path.exists(txt):
            fh = open(txt, encoding="utf-8")
        else:
            path = os.path.join(path, "UA.zip")
    if not os.path.isdir(path):
        zf = zipfile.ZipFile(path)
        fh = io.TextIOWrapper(zf.open("UA.txt"), encoding="utf-8")
    out = {}
    for line in fh:
        p = line.rstrip("\n").split("\t")
        if p[0] in wanted:
            out[p[0]] = (float(p[4]), float(p[5]), p[10], p[1])
    return out


def check(csv_path, gn_path):
    faults = []
    with open(csv_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != HEADER:
        faults.append("header is %r, expected %r" % (rows[0] if rows else None, HEADER))
        return faults
    body = rows[1:]
    if len(body) != N_ROWS:
        faults.append("%d data rows, expected %d" % (len(body), N_ROWS))
    wanted = {r[4] for r in body if len(r) == 7 and r[4]}
    gn = load_geonames(gn_path, wanted)
    seen_q = {}
    for i, r in enumerate(body, 1):
        rid = r[0] if r else "?"
        if len(r) != 7:
            faults.append("row %d: %d fields" % (i, len(r)))
            continue
        rid, query, lat, lon, gid, kind, split = r
        want_id = "L%03d" % i
        if rid != want_id:
            faults.append("row %d: id %r, expected %r" % (i, rid, want_id))
        want_split = "holdout" if i % 2 else "tune"
        if split != want_split:
            faults.append("%s: split %r, expected %r" % (rid, split, want_split))
        if kind not in KINDS:
            faults.append("%s: kind %r not allowed" % (rid, kind))
        key = " ".join(query.lower().split())
        if not key:
            faults.append("%s: empty query" % rid)
        elif key in seen_q:
            faults.append("%s: query duplicates %s" % (rid, seen_q[key]))
        else:
            seen_q[key] = rid
        try:
            la, lo = float(lat), float(lon)
        except ValueError:
            faults.append("%s: lat/lon not numeric (%r, %r)" % (rid, lat, lon))
            continue
        codes, unknown = named_oblasts(query, kind)
        for w in unknown:
            faults.append("%s: %r names no known oblast" % (rid, w))
        if gid:
            if gid not in gn:
                faults.append("%s: geonameid %s not in the dump" % (rid, gid))
                continue
            glat, glon, a1, name = gn[gid]
            d = hav_km(la, lo, glat, glon)
            if d > 1.0:
                faults.append("%s: gold point is %.1f km from geonameid %s (%s)" % (rid, d, gid, name))
            if codes and a1 not in codes:
                faults.append("%s: gold admin1 %s (%s) but query names %s" % (rid, a1, name, sorted(codes)))
        else:
            ru = [c for c in codes if c.startswith("RU-")]
            if not ru:
                faults.append("%s: empty geonameid but the query names no Russian oblast" % rid)
                continue
            if [c for c in codes if not c.startswith("RU-")]:
                faults.append("%s: empty geonameid but the query names a Ukrainian oblast" % rid)
            if not any(RU_BOX[c][0] <= la <= RU_BOX[c][1] and RU_BOX[c][2] <= lo <= RU_BOX[c][3] for c in ru):
                faults.append("%s: point %.4f,%.4f outside %s" % (rid, la, lo, "/".join(ru)))
    return faults


def main(argv):
    csv_path, gn_path = DEFAULT_CSV, DEFAULT_GEONAMES
    args = list(argv)
    if "--geonames" in args:
        j = args.index("--geonames")
        gn_path = args[j + 1]
        del args[j:j + 2]
    if args:
        csv_path = args[0]
    faults = check(csv_path, gn_path)
    if faults:
        print("%d fault(s) in %s:" % (len(faults), csv_path))
        for f in faults:
            print("  " + f)
        return 1
    print("OK %s" % csv_path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
