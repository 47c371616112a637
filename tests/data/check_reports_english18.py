#!/usr/bin/env python3
"""Check tests/data/reports_english18.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english18.py [FILE] [UA.zip]

UA.zip (GeoNames Ukraine dump) is taken from the second argument, else
$GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.  A UA.zip named as
argument must exist; if no argument is given and neither of the others exists,
the GeoNames checks are skipped with a notice.  Prints OK or the list
of faults (exit code 1).
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, 'reports_english18.jsonl')
N_ITEMS = 60
PREFIX = 'en18-'
ITEM_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid',
            'event_date', 'event_type', 'sub_event_type', 'killed', 'injured']
MIN_WORDS, MAX_WORDS, MAX_SENTENCES = 10, 45, 4
DATE_MIN, DATE_MAX = datetime.date(2022, 3, 1), datetime.date(2026, 11, 30)
MAX_LAG_DAYS = 3
ACLED = {
    'Explosions/Remote violence': {'Shelling/artillery/missile attack', 'Air/drone strike',
                                   'Remote explosive/landmine/IED'},
    'Battles': {'Armed clash', 'Government regains territory',
                'Non-state actor overtakes territory'},
    'Violence against civilians': {'Attack', 'Abduction/forced disappearance'},
}
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}
RU_BOX = (49.5, 54.5, 31.0, 40.5)  # lat min, lat max, lon min, lon max
# GeoNames UA admin1 codes -> ASCII names used in the gold (Kharkiv written "Kharkiv").
UA_ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk',
    '05': 'Donetsk', '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson',
    '09': 'Khmelnytskyi', '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City',
    '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv', '17': 'Odessa',
    '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City', '21': 'Sumy',
    '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia',
    '26': 'Zaporizhzhia', '27': 'Zhytomyr',
}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


DEFAULT_ZIP = '/work/shared/data/geonames/UA.zip'


def find_zip(arg):
    """Return (path or None, fault or None).  An explicit argument must exist."""
    if arg:
        if os.path.isfile(arg):
            return arg, None
        return None, 'UA.zip given as argument not found: %s' % arg
    for cand in (os.environ.get('GEONAMES_UA_ZIP'), DEFAULT_ZIP):
        if cand and os.path.isfile(cand):
            return cand, None
    return None, None


def load_geonames(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open('UA.txt') as fh:
            for line in io.TextIOWrapper(fh, encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                if len(p) > 10 and p[0] in wanted:
                    out[int(p[0])] = (p[1], float(p[4]), float(p[5]), p[10])
    return out


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def parse_date(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            return None
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def check(path, zip_arg=None):
    faults = []
    try:
        lines = open(path, encoding='utf-8').read().splitlines()
    except OSError as e:
        return ['cannot read %s: %s' % (path, e)], None
    items = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            faults.append('line %d: empty line' % n)
            continue
        try:
            items.append(json.loads(line))
        except ValueError as e:
            faults.append('line %d: bad JSON (%s)' % (n, e))
    if len(items) != N_ITEMS:
        faults.append('expected %d items, found %d' % (N_ITEMS, len(items)))
    ua_refs = []
    for k, it in enumerate(items, 1):
        if not isinstance(it, dict):
            faults.append('item %d: not an object' % k)
            continue
        iid = it.get('id', 'item %d' % k)
        f = lambda msg: faults.append('%s: %s' % (iid, msg))
        if list(it.keys()) != ITEM_KEYS:
            f('item keys/order %s' % list(it.keys()))
        if it.get('id') != '%s%03d' % (PREFIX, k):
            f('id out of sequence (expected %s%03d)' % (PREFIX, k))
        if it.get('lang') != 'en':
            f('lang %r' % it.get('lang'))
        if it.get('split') != ('holdout' if k % 2 else 'tune'):
            f('split %r does not match id parity' % it.get('split'))
        if not (isinstance(it.get('style'), str) and re.fullmatch(r'[a-z][a-z0-9]*(_[a-z0-9]+)*', it['style'])):
            f('style %r not snake_case' % it.get('style'))
        pub = parse_date(it.get('published'))
        if pub is None:
            f('published %r not an ISO date' % it.get('published'))
        elif not DATE_MIN <= pub <= DATE_MAX:
            f('published %s outside %s..%s' % (pub, DATE_MIN, DATE_MAX))
        text = it.get('text')
        if not isinstance(text, str) or not text.strip():
            f('text missing')
            text = ''
        else:
            nw = len(text.split())
            if not MIN_WORDS <= nw <= MAX_WORDS:
                f('text has %d words (allowed %d-%d)' % (nw, MIN_WORDS, MAX_WORDS))
            ns = len(re.findall(r'[.!?](?=\s|$)', text))
            if ns > MAX_SENTENCES:
                f('text has %d sentence ends (max %d)' % (ns, MAX_SENTENCES))
        incs = it.get('incidents')
        if not isinstance(incs, list):
            f('incidents not a list')
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            g = lambda msg: f('incident %d: %s' % (j, msg))
            if not isinstance(inc, dict):
                g('not an object')
                continue
            if list(inc.keys()) != INC_KEYS:
                g('keys/order %s' % list(inc.keys()))
                continue
            place = inc['place']
            if not isinstance(place, str) or not place or place not in text:
                g('place %r not a substring of text' % place)
            if not isinstance(inc['location'], str) or not inc['location']:
                g('location missing')
            ed = parse_date(inc['event_date'])
            if ed is None:
                g('event_date %r not an ISO date' % inc['event_date'])
            elif pub is not None:
                if ed > pub:
                    g('event_date %s after published %s' % (ed, pub))
                elif (pub - ed).days > MAX_LAG_DAYS:
                    g('event_date %s more than %d days before published' % (ed, MAX_LAG_DAYS))
            key = (place, inc['event_date'], inc['sub_event_type'])
            if key in seen:
                g('duplicate place/date/sub_event_type %s' % (key,))
            seen.add(key)
            et, st = inc['event_type'], inc['sub_event_type']
            if et not in ACLED:
                g('event_type %r not allowed' % et)
            elif st not in ACLED[et]:
                g('sub_event_type %r does not belong to %r' % (st, et))
            for c in ('killed', 'injured'):
                v = inc[c]
                if not (v is None or (is_int(v) and v >= 0)):
                    g('%s %r not a non-negative int or null' % (c, v))
            if et == 'Battles' and (inc['killed'] is not None or inc['injured'] is not None):
                g('battle with counts (convention: null/null)')
            lat, lon = inc['lat'], inc['lon']
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
                g('lat/lon not numbers')
                continue
            if round(lat, 5) != lat or round(lon, 5) != lon:
                g('lat/lon have more than 5 decimals')
            cc = inc['country']
            if cc == 'UA':
                gid = inc['geonameid']
                if not is_int(gid):
                    g('UA incident needs an int geonameid, got %r' % gid)
                elif not (44.0 <= lat <= 52.5 and 22.0 <= lon <= 40.3):
                    g('UA coordinates %s,%s outside Ukraine box' % (lat, lon))
                else:
                    ua_refs.append((iid, j, inc))
            elif cc == 'RU':
                if inc['geonameid'] is not None:
                    g('RU incident must have geonameid null')
                if inc['admin1'] not in RU_ADMIN1:
                    g('RU admin1 %r not one of %s' % (inc['admin1'], sorted(RU_ADMIN1)))
                la0, la1, lo0, lo1 = RU_BOX
                if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                    g('RU coordinates %s,%s outside western-Russia box' % (lat, lon))
            else:
                g('country %r not UA/RU' % cc)
    zpath, zfault = find_zip(zip_arg)
    note = None
    if zfault:
        faults.append(zfault)
    elif zpath is None:
        note = 'notice: UA.zip not found, GeoNames checks skipped'
    elif ua_refs:
        gn = load_geonames(zpath, {str(inc['geonameid']) for _, _, inc in ua_refs})
        for iid, j, inc in ua_refs:
            rec = gn.get(inc['geonameid'])
            pre = '%s: incident %d: ' % (iid, j)
            if rec is None:
                faults.append(pre + 'geonameid %s not in %s' % (inc['geonameid'], zpath))
                continue
            name, rlat, rlon, a1 = rec
            d = km(inc['lat'], inc['lon'], rlat, rlon)
            if d > 1.0:
                faults.append(pre + 'coordinates %.1f km from GeoNames %s' % (d, inc['geonameid']))
            if UA_ADMIN1.get(a1) != inc['admin1']:
                faults.append(pre + 'admin1 %r but GeoNames says %r' % (inc['admin1'], UA_ADMIN1.get(a1, a1)))
            if name != inc['location']:
                faults.append(pre + 'location %r but GeoNames name is %r' % (inc['location'], name))
    return faults, note


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zip_arg = argv[2] if len(argv) > 2 else None
    faults, note = check(path, zip_arg)
    if note:
        print(note)
    if faults:
        for x in faults:
            print('FAULT', x)
        print('%d fault(s) in %s' % (len(faults), path))
        return 1
    print('OK %s' % path)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
