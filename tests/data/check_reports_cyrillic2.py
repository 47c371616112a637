"""Sanity check for reports_cyrillic2.jsonl (not a pytest module).

Usage: python3 tests/data/check_reports_cyrillic2.py [path/to/UA.zip]
"""

import csv
import datetime
import io
import json
import math
import os
import sys
import zipfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
UA_ZIP = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/geonames/UA.zip"
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
IKEYS = [
    "place",
    "location",
    "admin1",
    "country",
    "lat",
    "lon",
    "geonameid",
    "event_date",
    "event_type",
    "sub_event_type",
    "killed",
    "injured",
]


def km(a, b, c, d):
    x = math.radians(d - b) * math.cos(math.radians((a + c) / 2))
    return 6371 * math.hypot(x, math.radians(c - a))


recs = [json.loads(line) for line in open(os.path.join(HERE, "reports_cyrillic2.jsonl"), encoding="utf-8")]
gids = {i["geonameid"] for r in recs for i in r["incidents"] if i["geonameid"] is not None}
dump = {}
with zipfile.ZipFile(UA_ZIP) as z, z.open("UA.txt") as f:
    for row in csv.reader(io.TextIOWrapper(f, "utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE):
        if int(row[0]) in gids:
            dump[int(row[0])] = (float(row[4]), float(row[5]))
errs = []
ru_country = 0
for r in recs:

    def e(m, r=r):
        return errs.append(f"{r['id']}: {m}")

    if list(r) != KEYS:
        e("keys")
    n = int(r["id"].split("-")[1])
    if r["split"] != ("tune" if n % 2 else "holdout"):
        e("split")
    if not r["id"].startswith({"uk": "uk2-", "ru": "ru2-"}[r["lang"]]):
        e("lang/id")
    pub = datetime.date.fromisoformat(r["published"])
    for i in r["incidents"]:
        if list(i) != IKEYS:
            e("incident keys")
        if i["place"] not in r["text"]:
            e(f"place {i['place']} not in text")
        if not (44 <= i["lat"] <= 53.5 and 22 <= i["lon"] <= 41):
            e("box")
        if i["sub_event_type"] not in TYPES.get(i["event_type"], ()):
            e("type")
        if datetime.date.fromisoformat(i["event_date"]) > pub:
            e("event after published")
        for k in ("killed", "injured"):
            if i[k] is not None and (not isinstance(i[k], int) or i[k] < 0):
                e(k)
        if i["country"] == "RU":
            ru_country += 1
            if i["geonameid"] is not None:
                e("RU with geonameid")
        else:
            g = i["geonameid"]
            if g not in dump:
                e(f"geonameid {g} missing")
            elif km(i["lat"], i["lon"], *dump[g]) > 1:
                e(f"geonameid {g} > 1 km")
if ru_country > 10:
    errs.append(f"{ru_country} incidents in Russia (max 10)")


print(Counter((r["lang"], r["split"]) for r in recs))
print(
    "incidents:",
    sum(len(r["incidents"]) for r in recs),
    "empty:",
    sum(not r["incidents"] for r in recs),
    "two:",
    sum(len(r["incidents"]) == 2 for r in recs),
    "in Russia:",
    ru_country,
)
print("\n".join(errs) or "OK")
sys.exit(1 if errs else 0)
