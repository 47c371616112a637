#!/usr/bin/env python3
"""Checker for tests/data/heldout_locations9.csv (stdlib only, not a pytest module).

Usage: python3 check_heldout_locations9.py [CSV] [UA.zip|UA.txt|DIR]
UA.zip comes from argv[2], else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
admin2Codes.txt.gz next to it is used for raion names if present.
Prints "OK: ..." and exits 0, or prints one line per error and exits 1.
"""
import csv, gzip, io, math, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'heldout_locations9.csv')
GN = (sys.argv[2] if len(sys.argv) > 2 else
      os.environ.get('GEONAMES_UA_ZIP') or '/work/shared/data/geonames/UA.zip')
HEADER = ['id', 'query', 'lat', 'lon', 'geonameid', 'kind', 'split']
KINDS = {'ucdp_style': 80, 'acled_style': 40, 'freeform': 60, 'russia': 20}

# GeoNames admin1 code -> stems (Latin, Ukrainian, Russian) of the oblast word
OBLAST = {
    '05': ['donets', 'донец', 'донеч'],
    '14': ['luhansk', 'lugansk', 'луганс'],
    '07': ['kharkiv', 'kharkov', 'харків', 'харьков'],
    '26': ['zaporiz', 'zaporozh', 'запоріз', 'запорож'],
    '08': ['kherson', 'херсон'],
    '16': ['mykolai', 'mykolay', 'nikolaev', 'миколаїв', 'николаев'],
    '17': ['odes', 'одес'],
    '04': ['dnipropetrovsk', 'dnepropetrovsk', 'dnipro', 'дніпропетров', 'днепропетров'],
    '21': ['sum', 'сум'],
    '02': ['chernihiv', 'chernigov', 'черніг', 'чернигов'],
    '13': ['kyiv', 'kiev', 'київ', 'киев'],
    '27': ['zhytomyr', 'zhitomir', 'житомир'],
    '19': ['rivne', 'rovno', 'рівнен', 'ровен'],
    '15': ['lviv', 'lvov', 'львів', 'львов'],
    '09': ['khmelnyts', 'khmelnits', 'хмельниц'],
    '23': ['vinnyts', 'vinnits', 'вінниц', 'винниц'],
    '18': ['poltav', 'полтав'],
    '22': ['ternopil', 'тернопіл', 'тернопол'],
    '24': ['volyn', 'волин', 'волын'],
    '06': ['ivano-frankivsk', 'ivano-frankovsk', 'івано-франків'],
    '10': ['kirovohrad', 'kirovograd', 'кіровоград', 'кировоград'],
    '01': ['cherkas', 'черкас'],
    '03': ['chernivts', 'chernovts', 'чернівец', 'черновиц'],
    '25': ['zakarpat', 'закарпат'],
}
RU_REGIONS = {  # region -> (stems, box lat0, lat1, lon0, lon1)
    'belgorod': (['belgorod', 'белгород'], 49.8, 51.5, 35.2, 39.3),
    'kursk': (['kursk', 'курск'], 50.9, 52.5, 34.0, 38.6),
    'bryansk': (['bryansk', 'брянск'], 52.1, 54.0, 31.1, 35.3),
}
CRIMEA_WORDS = ['crimea', 'krym', 'крим', 'крым', 'sevastopol', 'севастоп']
OBL_WORD = r"(?:oblast'?|obl\.?|region|область|області|области|обл\.?)"
DIRS = {'north': 0, 'north-east': 45, 'east': 90, 'south-east': 135, 'south': 180,
        'south-west': 225, 'west': 270, 'north-west': 315}
CITY_PARTS = {  # first token of a city_part-like query -> names of the city record
    'kyiv': 'kyiv', 'kharkiv': 'kharkiv', 'харьков': 'kharkiv', 'odesa': 'odesa',
    'одеса': 'odesa', 'dnipro': 'dnipro', 'г. днепр': 'dnipro', 'zaporizhzhia': 'zaporizhzhya',
    'г. запорожье': 'zaporizhzhya', 'kryvyi rih': 'kryvyy rih', 'mykolaiv': 'mykolayiv',
    'lviv': 'lviv', 'г. херсон': 'kherson', 'kherson': 'kherson',
}


def load_geonames(path):
    if os.path.isdir(path):
        path = os.path.join(path, 'UA.zip')
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        fh = io.TextIOWrapper(z.open('UA.txt'), encoding='utf-8')
    else:
        fh = open(path, encoding='utf-8')
    recs = {}
    for line in fh:
        p = line.rstrip('\n').split('\t')
        if len(p) < 15:
            continue
        names = {p[1].lower(), p[2].lower()} | {a.lower() for a in p[3].split(',') if a}
        recs[int(p[0])] = (float(p[4]), float(p[5]), p[6], p[7], p[10], p[11], names, p[1])
    a2 = {}
    a2path = os.path.join(os.path.dirname(path), 'admin2Codes.txt.gz')
    if os.path.exists(a2path):
        for line in gzip.open(a2path, 'rt', encoding='utf-8'):
            q = line.rstrip('\n').split('\t')
            if q[0].startswith('UA.'):
                a2[q[0][3:]] = q[2]
    return recs, a2


def dist(a, b, c, d):
    r = math.pi / 180
    x = (math.sin((c - a) * r / 2) ** 2 +
         math.cos(a * r) * math.cos(c * r) * math.sin((d - b) * r / 2) ** 2)
    return 6371 * 2 * math.asin(math.sqrt(x))


def bearing(a, b, c, d):
    r = math.pi / 180
    y = math.sin((d - b) * r) * math.cos(c * r)
    x = math.cos(a * r) * math.sin(c * r) - math.sin(a * r) * math.cos(c * r) * math.cos((d - b) * r)
    return (math.atan2(y, x) / r) % 360


def norm(s):
    s = s.lower().replace("'", '').replace('’', '').replace('y', 'i')
    return re.sub(r'[^a-z-]', '', s)


def oblast_code(word):
    w = word.lower().strip(' ,.()/-')
    hits = [c for c, stems in OBLAST.items() if any(w.startswith(s) for s in stems)]
    # 'sum' must not swallow other words; prefer the longest stem match
    if len(hits) > 1:
        best = max(hits, key=lambda c: max(len(s) for s in OBLAST[c] if w.startswith(s)))
        return best
    return hits[0] if hits else None


def main():
    errs = []
    E = errs.append
    recs, a2 = load_geonames(GN)
    with open(CSV, encoding='utf-8', newline='') as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = list(rd)
    if header != HEADER:
        E(f'header {header} != {HEADER}')
    if len(rows) != 200:
        E(f'{len(rows)} rows, expected 200')
    seen = set()
    counts = {k: [0, 0] for k in KINDS}
    ppl_index = [(v[0], v[1]) for v in recs.values() if v[2] == 'P']
    for i, row in enumerate(rows, 1):
        if len(row) != 7:
            E(f'row {i}: {len(row)} fields')
            continue
        rid, q, lat, lon, gid, kind, split = row
        tag = f'{rid} {q!r}'
        if rid != f'L{i:03d}':
            E(f'row {i}: id {rid} != L{i:03d}')
        want = 'holdout' if i % 2 else 'tune'
        if split != want:
            E(f'{tag}: split {split} != {want}')
        if kind not in KINDS:
            E(f'{tag}: bad kind {kind}')
            continue
        counts[kind][0 if split == 'holdout' else 1] += 1
        key = ' '.join(q.lower().split())
        if key in seen:
            E(f'{tag}: duplicate query')
        seen.add(key)
        try:
            la, lo = float(lat), float(lon)
        except ValueError:
            E(f'{tag}: non-numeric lat/lon')
            continue
        for v in (lat, lon):
            if '.' in v and len(v.split('.')[1]) > 5:
                E(f'{tag}: more than 5 decimals in {v}')
        ql = q.lower()
        if gid:
            try:
                g = recs.get(int(gid))
            except ValueError:
                g = None
            if g is None:
                E(f'{tag}: geonameid {gid} not in UA.zip')
                continue
            if not (44 <= la <= 53 and 22 <= lo <= 41):
                E(f'{tag}: point outside Ukraine box')
            d = dist(la, lo, g[0], g[1])
            if d > 1.0:
                E(f'{tag}: point {d:.1f} km from geonameid {gid}')
            if kind == 'russia':
                if g[4] not in ('11', '20'):
                    E(f'{tag}: russia row with a geonameid outside Crimea/Sevastopol')
                if not any(w in ql for w in CRIMEA_WORDS):
                    E(f'{tag}: Crimea row does not name Crimea or Sevastopol')
            # oblast words: "<X> oblast/obl./region/область..."
            for m in re.finditer(r"([\w'’-]+)\s+" + OBL_WORD + r'(?=$|[\s,.)])', q, re.I):
                c = oblast_code(m.group(1))
                if c is None:
                    E(f'{tag}: unrecognised oblast word {m.group(1)!r}')
                elif c != g[4]:
                    E(f'{tag}: oblast {m.group(1)!r} but gold admin1 is {g[4]}')
            # ACLED bare admin1 segment
            if kind == 'acled_style':
                seg = None
                if ' / ' in q:
                    parts = q.split(' / ')
                    seg, rai = parts[0], parts[1] if len(parts) == 3 else None
                elif ' - ' in q:
                    parts = q.split(' - ')
                    seg, rai = parts[-1], parts[1] if len(parts) == 3 else None
                else:
                    m = re.search(r'\(([^)]+)\)\s*$', q)
                    rai = m.group(1) if m else None
                    m2 = re.search(r'([\w-]+)\s+raion', q)
                    if m2:
                        rai = m2.group(1)
                if seg is not None:
                    c = oblast_code(seg)
                    if c is None:
                        E(f'{tag}: unrecognised admin1 segment {seg!r}')
                    elif c != g[4]:
                        E(f'{tag}: admin1 segment {seg!r} but gold admin1 is {g[4]}')
                if not rai:
                    E(f'{tag}: acled row without a raion')
                elif a2:
                    an = a2.get(f'{g[4]}.{g[5]}', '')
                    if norm(rai)[:4] != norm(an)[:4]:
                        E(f'{tag}: raion {rai!r} does not match gold admin2 {an!r}')
            # Latin "X r-n" outside the UCDP rows (which use pre-2020 raions)
            is_part = kind == 'freeform' and any(
                re.match(re.escape(k) + r'\s*[,\-]', ql) for k in CITY_PARTS)
            if kind != 'ucdp_style' and a2 and not is_part:
                for m in re.finditer(r'([A-Za-z][\w-]+)\s+r-n', q):
                    an = a2.get(f'{g[4]}.{g[5]}', '')
                    if norm(m.group(1))[:4] != norm(an)[:4]:
                        E(f'{tag}: r-n {m.group(1)!r} does not match gold admin2 {an!r}')
            # "<direction> of X"
            for m in re.finditer(r'\b(north-east|north-west|south-east|south-west|north|south|east|west)'
                                 r'\s+of\s+([A-Z][\w\'’-]+)', q):
                name = m.group(2).lower()
                cands = [v for v in recs.values() if v[2] == 'P' and name in v[6]
                         and dist(la, lo, v[0], v[1]) <= 80]
                if not cands:
                    E(f'{tag}: no record named {m.group(2)} within 80 km')
                    continue
                ref = min(cands, key=lambda v: dist(la, lo, v[0], v[1]))
                b = bearing(ref[0], ref[1], la, lo)
                diff = abs((b - DIRS[m.group(1)] + 180) % 360 - 180)
                if diff > 67.5:
                    E(f'{tag}: bearing from {m.group(2)} is {b:.0f}, not {m.group(1)}')
            # city parts: "City, part" / "City - part"
            if kind == 'freeform':
                for k, cname in CITY_PARTS.items():
                    if re.match(re.escape(k) + r'\s*[,\-]', ql):
                        near = [v for v in recs.values() if v[2] == 'P' and cname in v[6]
                                and dist(la, lo, v[0], v[1]) <= 25]
                        if not near:
                            E(f'{tag}: no record of {cname} within 25 km of the gold')
                        break
        else:
            if kind != 'russia':
                E(f'{tag}: empty geonameid on a {kind} row')
                continue
            named = [r for r, (stems, *_b) in RU_REGIONS.items() if any(s in ql for s in stems)]
            if len(named) != 1:
                E(f'{tag}: names {len(named)} of Belgorod/Kursk/Bryansk, expected 1')
            else:
                _s, a0, a1, o0, o1 = RU_REGIONS[named[0]]
                if not (a0 <= la <= a1 and o0 <= lo <= o1):
                    E(f'{tag}: point outside the {named[0]} box')
            if not (46 <= la <= 56 and 31 <= lo <= 41):
                E(f'{tag}: point outside the western-Russia box')
            for c, stems in OBLAST.items():
                for m in re.finditer(r"([\w'’-]+)\s+" + OBL_WORD, q, re.I):
                    if oblast_code(m.group(1)) == c:
                        E(f'{tag}: Ukrainian region word {m.group(1)!r} on a Russian row')
            if any(w in ql for w in CRIMEA_WORDS):
                E(f'{tag}: Crimea named on a row without geonameid')
            close = [p for p in ppl_index if abs(p[0] - la) < 0.05 and abs(p[1] - lo) < 0.08
                     and dist(la, lo, p[0], p[1]) < 3]
            if close:
                E(f'{tag}: a Ukrainian populated place lies within 3 km')
    for k, n in KINDS.items():
        h, t = counts[k]
        if h != n // 2 or t != n // 2:
            E(f'kind {k}: holdout/tune {h}/{t}, expected {n // 2}/{n // 2}')
    if errs:
        for e in errs:
            print('ERROR', e)
        print(f'FAILED: {len(errs)} errors')
        return 1
    print('OK: 200 rows (' + ', '.join(f'{k} {counts[k][0]}/{counts[k][1]}' for k in KINDS) + ')')
    return 0


if __name__ == '__main__':
    sys.exit(main())
