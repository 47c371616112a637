#!/usr/bin/env python3
"""Check tests/data/reports_english10.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english10.py [file.jsonl] [UA.zip]

Prints OK, or one line per fault and exits 1.  UA.zip (GeoNames dump for
Ukraine) is looked up, when not given, in $GEONAMES_UA_ZIP, in any
shared/data/geonames/ above this file, and in /work/shared/data/geonames/;
if none is found the geonameid check is skipped and said so.
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
DEFAULT_FILE = os.path.join(HERE, 'reports_english10.jsonl')
N_ITEMS = 60
PREFIX = 'en10-'
TOP_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid',
            'event_date', 'event_type', 'sub_event_type', 'killed', 'injured']
MIN_WORDS, MAX_WORDS = 15, 70
MAX_SENTENCES = 3
PUB_MIN, PUB_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 10
MAX_KM = 1.0

ACLED = {
    'Battles': {'Armed clash', 'Government regains territory',
                'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Chemical weapon', 'Air/drone strike',
                                   'Suicide bomb', 'Shelling/artillery/missile attack',
                                   'Remote explosive/landmine/IED', 'Grenade'},
    'Violence against civilians': {'Sexual violence', 'Attack',
                                   'Abduction/forced disappearance'},
    'Protests': {'Peaceful protest', 'Protest with intervention',
                 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity',
                               'Disrupted weapons use', 'Headquarters or base established',
                               'Looting/property destruction',
                               'Non-violent transfer of territory', 'Other'},
}

# GeoNames admin1 codes for UA (ASCII names), Kharkiv oblast written "Kharkiv"
UA_ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk',
    '05': 'Donetsk', '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson',
    '09': 'Khmelnytskyi', '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City',
    '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv', '17': 'Odessa',
    '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City', '21': 'Sumy',
    '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia',
    '26': 'Zaporizhzhia', '27': 'Zhytomyr',
}
# Russian places have no UA.zip record: geonameid null, coordinates in this box
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast', 'Voronezh Oblast',
             'Rostov Oblast'}
RU_BOX = (46.0, 54.0, 30.0, 42.0)  # lat min, lat max, lon min, lon max

ABBREV = ('Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.',
          'Oct.', 'Nov.', 'Dec.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'U.S.', 'U.K.',
          'No.', 'Gen.', 'Lt.', 'Col.')


def sentences(text):
    parts = re.split(r'(?<=[.!?])\s+(?=[A-Z0-9"\'(])', text.strip())
    out = []
    for p in parts:
        if out and out[-1].split()[-1] in ABBREV:
            out[-1] += ' ' + p
        else:
            out.append(p)
    return out


def iso_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def km(lat1, lon1, lat2, lon2):
    r = math.radians
    a = (math.sin(r(lat2 - lat1) / 2) ** 2 +
         math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def find_zip(arg):
    cands = []
    if arg:
        cands.append(arg)
    if os.environ.get('GEONAMES_UA_ZIP'):
        cands.append(os.environ['GEONAMES_UA_ZIP'])
    d = HERE
    for _ in range(8):
        cands.append(os.path.join(d, 'shared', 'data', 'geonames', 'UA.zip'))
        d = os.path.dirname(d)
    cands.append('/work/shared/data/geonames/UA.zip')
    for c in cands:
        if os.path.isfile(c):
            return c
    return None


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open('UA.txt') as f:
            for line in io.TextIOWrapper(f, encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                try:
                    gid = int(p[0])
                except ValueError:
                    continue
                if gid in wanted:
                    recs[gid] = p
    return recs


def is_count(v):
    return v is None or (type(v) is int and v >= 0)


def check(path, zpath):
    faults = []
    geo = []  # (where, incident)

    def bad(where, msg):
        faults.append('%s: %s' % (where, msg))

    try:
        lines = open(path, encoding='utf-8').read().splitlines()
    except OSError as e:
        return ['cannot read %s: %s' % (path, e)], None
    lines = [l for l in lines if l.strip()]
    if len(lines) != N_ITEMS:
        bad('file', 'expected %d items, found %d' % (N_ITEMS, len(lines)))
    seen_ids = set()
    for n, line in enumerate(lines, 1):
        where = 'line %d' % n
        try:
            rec = json.loads(line)
        except ValueError as e:
            bad(where, 'invalid JSON (%s)' % e)
            continue
        if not isinstance(rec, dict):
            bad(where, 'not an object')
            continue
        if list(rec.keys()) != TOP_KEYS:
            bad(where, 'keys/order %s != %s' % (list(rec.keys()), TOP_KEYS))
        rid = rec.get('id')
        exp = '%s%03d' % (PREFIX, n)
        if rid != exp:
            bad(where, 'id %r, expected %r' % (rid, exp))
        if rid in seen_ids:
            bad(where, 'duplicate id %r' % rid)
        seen_ids.add(rid)
        where = str(rid)
        if rec.get('lang') != 'en':
            bad(where, 'lang %r != "en"' % rec.get('lang'))
        m = re.fullmatch(re.escape(PREFIX) + r'(\d{3})', str(rid))
        if m:
            want = 'holdout' if int(m.group(1)) % 2 else 'tune'
            if rec.get('split') != want:
                bad(where, 'split %r, expected %r' % (rec.get('split'), want))
        style = rec.get('style')
        if not isinstance(style, str) or not re.fullmatch(r'[a-z0-9_]+', style):
            bad(where, 'style %r not a snake_case tag' % style)
        pub = iso_date(rec.get('published'))
        if pub is None:
            bad(where, 'published %r not an ISO date' % rec.get('published'))
        elif not (PUB_MIN <= pub <= PUB_MAX):
            bad(where, 'published %s outside %s..%s' % (pub, PUB_MIN, PUB_MAX))
        text = rec.get('text')
        if not isinstance(text, str) or not text.strip():
            bad(where, 'empty text')
            text = ''
        else:
            nw = len(text.split())
            if not (MIN_WORDS <= nw <= MAX_WORDS):
                bad(where, '%d words, expected %d-%d' % (nw, MIN_WORDS, MAX_WORDS))
            ns = len(sentences(text))
            if ns > MAX_SENTENCES:
                bad(where, '%d sentences, expected at most %d' % (ns, MAX_SENTENCES))
        incs = rec.get('incidents')
        if not isinstance(incs, list):
            bad(where, 'incidents not a list')
            continue
        seen_pd = set()
        for k, inc in enumerate(incs, 1):
            w = '%s#%d' % (where, k)
            if not isinstance(inc, dict):
                bad(w, 'incident not an object')
                continue
            if list(inc.keys()) != INC_KEYS:
                bad(w, 'incident keys/order %s' % list(inc.keys()))
            place = inc.get('place')
            if not isinstance(place, str) or not place or place not in text:
                bad(w, 'place %r does not appear in text' % place)
            for key in ('location', 'admin1'):
                if not isinstance(inc.get(key), str) or not inc.get(key):
                    bad(w, '%s missing' % key)
            et, st = inc.get('event_type'), inc.get('sub_event_type')
            if et not in ACLED:
                bad(w, 'event_type %r not ACLED' % et)
            elif st not in ACLED[et]:
                bad(w, 'sub_event_type %r not valid for %r' % (st, et))
            for key in ('killed', 'injured'):
                if not is_count(inc.get(key)):
                    bad(w, '%s %r not a non-negative int or null' % (key, inc.get(key)))
            ed = iso_date(inc.get('event_date'))
            if ed is None:
                bad(w, 'event_date %r not an ISO date' % inc.get('event_date'))
            elif pub is not None:
                if ed > pub:
                    bad(w, 'event_date %s after published %s' % (ed, pub))
                elif (pub - ed).days > MAX_LAG_DAYS:
                    bad(w, 'event_date %s more than %d days before published %s'
                        % (ed, MAX_LAG_DAYS, pub))
            lat, lon = inc.get('lat'), inc.get('lon')
            if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float))
                    and not isinstance(lat, bool) and not isinstance(lon, bool)):
                bad(w, 'lat/lon not numbers')
                lat = lon = None
            key = (inc.get('geonameid') or inc.get('location'), inc.get('event_date'))
            if key in seen_pd:
                bad(w, 'duplicate place/date %r' % (key,))
            seen_pd.add(key)
            country = inc.get('country')
            gid = inc.get('geonameid')
            if country == 'UA':
                if type(gid) is not int:
                    bad(w, 'UA incident needs an integer geonameid, got %r' % gid)
                elif lat is not None:
                    geo.append((w, inc))
            elif country == 'RU':
                if gid is not None:
                    bad(w, 'RU incident: geonameid must be null (no RU dump), got %r' % gid)
                if inc.get('admin1') not in RU_ADMIN1:
                    bad(w, 'RU admin1 %r not in %s' % (inc.get('admin1'), sorted(RU_ADMIN1)))
                if lat is not None and not (RU_BOX[0] <= lat <= RU_BOX[1]
                                            and RU_BOX[2] <= lon <= RU_BOX[3]):
                    bad(w, 'RU coordinates %s,%s outside the border-region box' % (lat, lon))
            else:
                bad(w, 'country %r not UA/RU' % country)
    if not zpath:
        return faults, False
    recs = load_geonames(zpath, {inc['geonameid'] for _, inc in geo})
    for w, inc in geo:
        p = recs.get(inc['geonameid'])
        if p is None:
            bad(w, 'geonameid %s not in UA.zip' % inc['geonameid'])
            continue
        d = km(inc['lat'], inc['lon'], float(p[4]), float(p[5]))
        if d > MAX_KM:
            bad(w, 'lat/lon %.1f km from geonameid %s' % (d, inc['geonameid']))
        a1 = UA_ADMIN1.get(p[10], p[10])
        if inc.get('admin1') != a1:
            bad(w, 'admin1 %r but geonameid %s is in %r' % (inc.get('admin1'), p[0], a1))
        if inc.get('location') not in (p[1], p[2]):
            bad(w, 'location %r but geonameid %s is %r' % (inc.get('location'), p[0], p[1]))
    return faults, True


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = find_zip(argv[2] if len(argv) > 2 else None)
    if len(argv) > 2 and zpath != argv[2]:
        print('UA.zip not found at %s' % argv[2])
        return 2
    faults, geo_done = check(path, zpath)
    if faults:
        for f in faults:
            print(f)
        print('%d fault(s)' % len(faults))
        return 1
    print('OK' if geo_done else 'OK (geonameid check skipped: UA.zip not found)')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
