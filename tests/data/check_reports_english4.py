#!/usr/bin/env python3
"""Standalone check for tests/data/reports_english4.jsonl (not a pytest module).

Usage: python3 tests/data/check_reports_english4.py [path/to/UA.zip]
"""
import io, json, math, os, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "reports_english4.jsonl")
UAZIP = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/geonames/UA.zip"

REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
STYLES = {"ap", "reuters", "afp", "liveblog", "headline", "kyiv_independent",
          "ukrinform", "interfax_ua", "tass_en", "ria_en", "bbc_monitoring"}
ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Shelling/artillery/missile attack",
                                   "Air/drone strike", "Remote explosive/landmine/IED",
                                   "Grenade", "Suicide bomb", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance",
                                   "Sexual violence"},
    "Strategic developments": {"Disrupted weapons use", "Agreement", "Arrests",
                               "Change to group/activity", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
}


def km(a, b, c, d):
    r = math.pi / 180
    x = (d - b) * r * math.cos((a + c) / 2 * r)
    y = (c - a) * r
    return 6371 * math.hypot(x, y)


def main():
    errs = []
    recs = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errs.append(f"line {n}: does not parse: {e}")
    gids = {}
    for n, r in enumerate(recs, 1):
        rid = r.get("id")
        if list(r) != REC_KEYS:
            errs.append(f"{rid}: key order {list(r)}")
        if rid != "en4-%03d" % n:
            errs.append(f"{rid}: expected id en4-{n:03d}")
        if r.get("split") != ("tune" if n % 2 else "holdout"):
            errs.append(f"{rid}: split parity")
        if r.get("lang") != "en":
            errs.append(f"{rid}: lang")
        if r.get("style") not in STYLES:
            errs.append(f"{rid}: style {r.get('style')}")
        text = r.get("text", "")
        w = len(text.split())
        if not 8 <= w <= 70:
            errs.append(f"{rid}: {w} words")
        for inc in r.get("incidents", []):
            if list(inc) != INC_KEYS:
                errs.append(f"{rid}: incident key order {list(inc)}")
                continue
            if inc["place"] not in text:
                errs.append(f"{rid}: place {inc['place']!r} not in text")
            if not (44 <= inc["lat"] <= 53.5 and 22 <= inc["lon"] <= 41):
                errs.append(f"{rid}: point outside box")
            if inc["event_type"] not in ACLED or inc["sub_event_type"] not in ACLED[inc["event_type"]]:
                errs.append(f"{rid}: ACLED pair {inc['event_type']}/{inc['sub_event_type']}")
            for k in ("killed", "injured"):
                v = inc[k]
                if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
                    errs.append(f"{rid}: {k}={v!r}")
            if inc["event_date"] > r["published"]:
                errs.append(f"{rid}: event_date after published")
            if inc["country"] == "UA":
                if not isinstance(inc["geonameid"], int):
                    errs.append(f"{rid}: UA row without geonameid")
                else:
                    gids[inc["geonameid"]] = (rid, inc)
            elif inc["country"] == "RU":
                if inc["geonameid"] is not None:
                    errs.append(f"{rid}: RU row with geonameid")
            else:
                errs.append(f"{rid}: country {inc['country']}")
    if os.path.exists(UAZIP):
        found = {}
        with zipfile.ZipFile(UAZIP) as z:
            with z.open("UA.txt") as fh:
                for line in io.TextIOWrapper(fh, encoding="utf-8"):
                    p = line.split("\t", 6)
                    g = int(p[0])
                    if g in gids:
                        found[g] = (p[1], float(p[4]), float(p[5]))
        for g, (rid, inc) in gids.items():
            if g not in found:
                errs.append(f"{rid}: geonameid {g} not in dump")
                continue
            name, la, lo = found[g]
            if km(la, lo, inc["lat"], inc["lon"]) > 1:
                errs.append(f"{rid}: {g} more than 1 km from dump point")
            if name != inc["location"]:
                errs.append(f"{rid}: location {inc['location']!r} != dump name {name!r}")
    else:
        print(f"warning: {UAZIP} not found, geonameid checks skipped")
    ninc = sum(len(r["incidents"]) for r in recs)
    for e in errs:
        print("ERROR", e)
    print(f"{len(recs)} records, {ninc} incidents, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
