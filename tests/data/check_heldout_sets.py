"""Sanity check for the held-out evaluation sets (not a pytest module).

Usage: python3 tests/data/check_heldout_sets.py [path/to/UA.zip]
Checks that both files parse, that every gold point lies in the expected box,
and that every geonameid exists in the GeoNames Ukraine dump with coordinates
within 1 km of the stored gold.
"""
import csv
import datetime
import io
import json
import math
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
UA_ZIP = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
    "GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip")
# Russian border places have no entry in the Ukraine dump; they are allowed by name.
RU_ALLOWED = {"Belgorod": (50.5954, 36.5873), "Shebekino": (50.4128, 36.8965),
              "Kursk": (51.7373, 36.1874), "Bryansk": (53.2521, 34.3717)}
KINDS = {"plain", "qualified", "old_raion", "city_section", "typo", "near", "list"}
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def km(a, b, c, d):
    x = math.radians(d - b) * math.cos(math.radians((a + c) / 2))
    y = math.radians(c - a)
    return 6371 * math.hypot(x, y)


def load_dump():
    pts = {}
    with zipfile.ZipFile(UA_ZIP) as z, z.open("UA.txt") as f:
        for line in io.TextIOWrapper(f, encoding="utf-8"):
            p = line.split("\t", 6)
            pts[p[0]] = (float(p[4]), float(p[5]))
    return pts


def check_point(where, name, lat, lon, gid, dump, errors):
    if not (44 <= lat <= 53 and 22 <= lon <= 41):
        errors.append(f"{where}: {lat},{lon} outside 44-53N 22-41E")
    if gid:
        if gid not in dump:
            errors.append(f"{where}: geonameid {gid} not in dump")
        elif km(lat, lon, *dump[gid]) > 1.0:
            errors.append(f"{where}: geonameid {gid} is {km(lat, lon, *dump[gid]):.1f} km from gold")
    else:
        ru = RU_ALLOWED.get(name)
        if not ru or km(lat, lon, *ru) > 1.0:
            errors.append(f"{where}: no geonameid and not an allowed Russian border place ({name})")


def main():
    dump = load_dump()
    errors = []
    n1 = 0
    with open(os.path.join(HERE, "heldout_locations.csv"), newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        assert r.fieldnames == ["id", "query", "lat", "lon", "geonameid", "kind", "split"], r.fieldnames
        seen = set()
        for row in r:
            n1 += 1
            i = row["id"]
            if i in seen:
                errors.append(f"{i}: duplicate id")
            seen.add(i)
            num = int(i[1:])
            if row["split"] != ("tune" if num % 2 == 0 else "holdout"):
                errors.append(f"{i}: wrong split")
            if row["kind"] not in KINDS:
                errors.append(f"{i}: bad kind {row['kind']}")
            check_point(i, row["query"], float(row["lat"]), float(row["lon"]), row["geonameid"], dump, errors)
    n2 = ninc = 0
    with open(os.path.join(HERE, "heldout_event_notes.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            n2 += 1
            i = o["id"]
            num = int(i[1:])
            if o["split"] != ("tune" if num % 2 == 0 else "holdout"):
                errors.append(f"{i}: wrong split")
            pub = datetime.date.fromisoformat(o["published"])
            if not o["incidents"]:
                errors.append(f"{i}: no incidents")
            for j, inc in enumerate(o["incidents"]):
                ninc += 1
                w = f"{i}#{j}"
                if inc["location"] not in o["text"]:
                    errors.append(f"{w}: location not written in text")
                ev = datetime.date.fromisoformat(inc["event_date"])
                if ev > pub:
                    errors.append(f"{w}: event after published")
                if inc["sub_event_type"] not in TYPES.get(inc["event_type"], ()):
                    errors.append(f"{w}: bad type pair {inc['event_type']}/{inc['sub_event_type']}")
                for k in ("killed", "injured"):
                    if inc[k] is not None and (not isinstance(inc[k], int) or inc[k] < 0):
                        errors.append(f"{w}: bad {k}")
                check_point(w, inc["location"], inc["lat"], inc["lon"], inc["geonameid"], dump, errors)
    print(f"heldout_locations.csv: {n1} rows; heldout_event_notes.jsonl: {n2} notes, {ninc} incidents")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
