#!/usr/bin/env python3
"""Stdlib-only checker for tests/data/heldout_locations4.csv.

Usage: python3 check_heldout_locations4.py [CSV] [--geonames DIR]

Checks: header, 160 rows, ids P001..P160 in order, split parity (odd ids
holdout, even ids tune), unique queries, allowed kinds, every geonameid
present in the GeoNames UA dump with lat/lon within 1 km of the gold, and
that the gold admin1 matches any oblast named in the query (in a segment
with a region word, the last field of acled_joined rows, or Crimea).
Prints OK and exits 0, or lists the problems and exits 1.
"""
import csv
import io
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.join(HERE, "heldout_locations4.csv")
HEADER = ["id", "query", "lat", "lon", "geonameid", "kind", "split"]
N_ROWS = 160
KINDS = {"dateline", "acled_joined", "nominatim", "exonym", "caps_punct",
         "ru_translit", "cyrillic", "namesake", "section", "typo"}
MAX_KM = 1.0

# oblast name stems (Latin, Russian translit, exonyms, Ukrainian) -> admin1 codes
STEMS = [
    (r"cherkas|черкас", {"01"}),
    (r"chernih|chernig|tschernihiw|czernihów|чернігів|черніг", {"02"}),
    (r"chernivts|czernowitz|czerniowce|bukovyn|bukowin|чернівец|чернівецьк", {"03"}),
    (r"dnipropetrov|dnepropetrov|дніпропетров", {"04"}),
    (r"donets|donezk|donestk|донец|донеч|донецьк", {"05"}),
    (r"ivano-frankiv|ivano-frankov|івано-франків", {"06"}),
    (r"kharkiv|kharkov|charkiw|харків|харков", {"07"}),
    (r"kherson|cherson|херсон", {"08"}),
    (r"khmelnyts|khmelnits|хмельниц", {"09"}),
    (r"kirovohrad|kirovograd|kropyvnyts|кіровоград|кропивниц", {"10"}),
    (r"crimea|krym|crimée|krim|крим", {"11", "20"}),
    (r"kyiv|kiev|kiew|київ", {"12", "13"}),
    (r"luhans|lugans|луган", {"14"}),
    (r"lviv|lvov|lwów|lemberg|львів", {"15"}),
    (r"mykolai(?!vk)|mykolay(?!ivk)|nikolaev|nikolayev|nikolajew|миколаїв(?!к)", {"16"}),
    (r"odes|одес", {"17"}),
    (r"poltav|полтав", {"18"}),
    (r"rivne|rivnen|rovno|рівнен|рівне", {"19"}),
    (r"sevastop|севастоп", {"20"}),
    (r"sumy|sumsk|сумськ|сумсь|сумщ", {"21"}),
    (r"ternop|tarnopol|терноп", {"22"}),
    (r"vinnyts|vinnits|winnyzja|вінниц", {"23"}),
    (r"volyn|волин", {"24"}),
    (r"zakarpat|закарпат", {"25"}),
    (r"zaporiz|zaporozh|saporisch|zaporij|запоріз", {"26"}),
    (r"zhytomyr|zhitomir|schytomyr|житомир", {"27"}),
]
STEM_RES = [(re.compile(r"(?<!\w)(?:" + p + r")", re.I), codes) for p, codes in STEMS]
REGION_WORD = re.compile(
    r"(?<!\w)(oblast|obl|region|reg|gebiet|région|область|обл|області|"
    r"oblasti|krai|kraj)(?!\w)", re.I)
ALWAYS = re.compile(r"(?<!\w)(crimea|krym|крим)", re.I)
SEGMENT_SPLIT = re.compile(r"[,;/()|–—]|\s-\s|\.\.")


def oblast_codes(text):
    codes = set()
    for rx, c in STEM_RES:
        if rx.search(text):
            codes |= c
    return codes


def expected_admin1(query, kind):
    """Sets of admin1 codes the query names; gold must lie in each set."""
    needs = []
    for n, seg in enumerate(SEGMENT_SPLIT.split(query)):
        c = oblast_codes(seg)
        if not c:
            continue
        # "X, Donetsk oblast" / "Oblast Donezk"; or a bare one-word trailing
        # field naming an oblast ("Avdivka, Donetsk", "Czernowitz, Bukowina")
        if REGION_WORD.search(seg) or (n > 0 and len(seg.split()) == 1):
            needs.append((seg.strip(), c))
    if kind == "acled_joined":
        last = query.split(",")[-1]
        c = oblast_codes(last)
        needs.append((last.strip(), c if c else {"?"}))
    if ALWAYS.search(query):
        needs.append(("Crimea", {"11", "20"}))
    uniq = []
    for seg, c in needs:
        if (seg, c) not in uniq:
            uniq.append((seg, c))
    return uniq


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def find_geonames_dir(explicit):
    cands = [explicit] if explicit else []
    env = os.environ.get("GEONAMES_DIR")
    if env:
        cands.append(env)
    d = HERE
    for _ in range(6):
        cands.append(os.path.join(d, "shared", "data", "geonames"))
        cands.append(os.path.join(d, "..", "shared", "data", "geonames"))
        d = os.path.dirname(d)
    cands.append("/work/shared/data/geonames")
    for c in cands:
        if c and os.path.isfile(os.path.join(c, "UA.zip")):
            return c
    return None


def load_dump(gdir, wanted):
    out = {}
    with zipfile.ZipFile(os.path.join(gdir, "UA.zip")) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if p[0] in wanted:
                    out[p[0]] = (p[1], float(p[4]), float(p[5]), p[10])
    return out


def check(path, gdir):
    errs = []
    with open(path, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        rows = list(rd)
    if not rows or rows[0] != HEADER:
        errs.append("bad header: %r" % (rows[0] if rows else None))
        return errs
    body = rows[1:]
    if len(body) != N_ROWS:
        errs.append("expected %d rows, got %d" % (N_ROWS, len(body)))
    seen_q = {}
    recs = []
    for i, r in enumerate(body, 1):
        if len(r) != len(HEADER):
            errs.append("row %d: %d fields" % (i, len(r)))
            continue
        d = dict(zip(HEADER, r))
        rid = d["id"]
        if rid != "P%03d" % i:
            errs.append("row %d: id %r, expected P%03d" % (i, rid, i))
        want_split = "holdout" if i % 2 else "tune"
        if d["split"] != want_split:
            errs.append("%s: split %r, expected %r" % (rid, d["split"], want_split))
        q = d["query"]
        if not q.strip():
            errs.append("%s: empty query" % rid)
        if q in seen_q:
            errs.append("%s: duplicate query of %s: %r" % (rid, seen_q[q], q))
        seen_q[q] = rid
        if d["kind"] not in KINDS:
            errs.append("%s: kind %r not allowed" % (rid, d["kind"]))
        try:
            lat, lon = float(d["lat"]), float(d["lon"])
        except ValueError:
            errs.append("%s: bad lat/lon" % rid)
            continue
        if not d["geonameid"].isdigit():
            errs.append("%s: bad geonameid %r" % (rid, d["geonameid"]))
            continue
        recs.append((rid, q, lat, lon, d["geonameid"], d["kind"]))
    if gdir is None:
        errs.append("GeoNames dump UA.zip not found (use --geonames DIR)")
        return errs
    dump = load_dump(gdir, {r[4] for r in recs})
    for rid, q, lat, lon, gid, kind in recs:
        if gid not in dump:
            errs.append("%s: geonameid %s not in UA dump" % (rid, gid))
            continue
        name, glat, glon, adm1 = dump[gid]
        dist = km(lat, lon, glat, glon)
        if dist > MAX_KM:
            errs.append("%s: lat/lon %.1f km from %s (%s)" % (rid, dist, gid, name))
        for seg, codes in expected_admin1(q, kind):
            if adm1 not in codes:
                errs.append("%s: query names %r (admin1 %s) but gold %s %s is admin1 %s"
                            % (rid, seg, "/".join(sorted(codes)), gid, name, adm1))
    return errs


def main(argv):
    path, gdir = DEFAULT_CSV, None
    args = list(argv)
    if "--geonames" in args:
        k = args.index("--geonames")
        gdir = args[k + 1]
        del args[k:k + 2]
    if args:
        path = args[0]
    errs = check(path, find_geonames_dir(gdir))
    if errs:
        for e in errs:
            print("FAIL", e)
        print("%d problem(s) in %s" % (len(errs), path))
        return 1
    print("OK %s: %d rows" % (path, N_ROWS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
