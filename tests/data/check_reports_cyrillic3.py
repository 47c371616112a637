#!/usr/bin/env python3
"""Check tests/data/reports_cyrillic3.jsonl. Usage: check_reports_cyrillic3.py [UA.zip]"""
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ZIP = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/geonames/UA.zip'
KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
IKEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid", "event_date",
         "event_type", "sub_event_type", "killed", "injured"]
PAIRS = {("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Battles", "Armed clash"),
         ("Strategic developments", "Disrupted weapons use")}
def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))
need, recs, errs = {}, [], []
for n, line in enumerate(open(os.path.join(HERE, 'reports_cyrillic3.jsonl'), encoding='utf-8'), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: {e}"); continue
    recs.append(o)
    if list(o) != KEYS: errs.append(f"{o.get('id')}: key order")
    num = int(o['id'].split('-')[1])
    if o['split'] != ('tune' if num % 2 else 'holdout'): errs.append(f"{o['id']}: split")
    if o['lang'] not in ('uk', 'ru') or not o['id'].startswith(o['lang'] + '3-'): errs.append(f"{o['id']}: lang")
    for i in o['incidents']:
        if list(i) != IKEYS: errs.append(f"{o['id']}: incident key order")
        if i['place'] not in o['text']: errs.append(f"{o['id']}: place {i['place']!r} not in text")
        if (i['event_type'], i['sub_event_type']) not in PAIRS: errs.append(f"{o['id']}: type pair")
        if i['event_date'] > o['published']: errs.append(f"{o['id']}: event after published")
        if not (44 <= i['lat'] <= 53.5 and 22 <= i['lon'] <= 41): errs.append(f"{o['id']}: outside box")
        if i['country'] == 'UA':
            if not isinstance(i['geonameid'], int): errs.append(f"{o['id']}: UA without geonameid")
            else: need[str(i['geonameid'])] = (o['id'], i)
        elif i['country'] == 'RU':
            if i['geonameid'] is not None: errs.append(f"{o['id']}: RU with geonameid")
        else: errs.append(f"{o['id']}: country")
        for f in ('killed', 'injured'):
            if i[f] is not None and (not isinstance(i[f], int) or i[f] < 0): errs.append(f"{o['id']}: {f}")
with zipfile.ZipFile(ZIP) as z:
    for line in io.TextIOWrapper(z.open('UA.txt'), encoding='utf-8'):
        r = line.split('\t')
        if r[0] in need:
            rid, i = need.pop(r[0])
            d = km(i['lat'], i['lon'], float(r[4]), float(r[5]))
            if d > 1: errs.append(f"{rid}: {r[0]} is {d:.1f} km from gold")
            if r[1] != i['location']: errs.append(f"{rid}: location {i['location']} != {r[1]}")
for g, (rid, _) in need.items(): errs.append(f"{rid}: geonameid {g} not in dump")
ru = sum(i['country'] == 'RU' for o in recs for i in o['incidents'])
print(f"{len(recs)} reports ({sum(o['lang']=='uk' for o in recs)} uk, {sum(o['lang']=='ru' for o in recs)} ru), "
      f"{sum(len(o['incidents']) for o in recs)} incidents, {ru} in Russia, "
      f"{sum(not o['incidents'] for o in recs)} with none, {sum(len(o['incidents'])==2 for o in recs)} with two")
if ru > 6: errs.append("more than 6 incidents in Russia")
print('\n'.join(errs) or 'OK'); sys.exit(1 if errs else 0)
