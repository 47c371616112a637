#!/usr/bin/env python3
"""Checker for tests/data/reports_english20.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_english20.py [reports_english20.jsonl] [UA.zip]
UA.zip: argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints "OK: 60 items, N incidents" and exits 0, or lists the faults and exits 1.
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

N_RECORDS = 60
PREFIX = "en20-"
PUB_MIN, PUB_MAX = "2022-03-01", "2026-11-30"
EVENT_MIN = "2022-02-24"
MAX_AGE_DAYS = 1096
WORDS_MIN, WORDS_MAX = 50, 110
REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
TAKEN_STYLES = set("""
afp_alert afp_brief airwars aljazeera_live_blog amnesty_investigation anadolu ap_alert ap_brief
archive_record bbc_live_blog bloomberg_brief border_village_note civcas_assessment civic_brief
cnn_live_blog coder_note conflict_observatory dw_news euromaidan_press fact_check field_monitor
france24 governor_post guardian_live_blog headline heritage_damage hrmmu hrmmu_report hromadske
hrw_report incident_log indictment insecurity_insight interfax_ukraine isw_update kyiv_independent
kyiv_independent_oneliner kyiv_post live_page_line mayor_post meduza military_administration_post
mine_incident_note moscow_times ngo_case_file novaya_gazeta_europe nv_english nyt_live_blog
ocha_flash ocha_sitrep ohchr_periodic osint osint_geolocation pgo_notice phr_health_record
police_post police_statement prosecutor prosecutor_statement push_alert radio_liberty rbc_ukraine
reuters_alert reuters_brief ria_sputnik rights_ngo russian_mod_claim security_incident ses_post
suspilne suspilne_oneliner tass tass_alert tass_as_reported telegram_governor telegram_mayor
telegram_ru_governor ticker_breaking uk_mod_update ukrainska_pravda ukrinform ukrinform_oneliner
ukrinform_photo_caption unian who_ssa witness_statement wsj_brief x_post_official xinhua
""".split())
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                                   "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
# GeoNames admin1 codes for Ukraine -> admin1 value used in the sets (Kharkiv as "Kharkiv").
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City", "13": "Kiev",
    "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa", "18": "Poltava",
    "19": "Rivne", "20": "Sevastopol City", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia",
    "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr",
}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_BOX = (49.5, 54.5, 30.5, 40.5)
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def iso_date(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def decimals(x):
    s = repr(float(x))
    if "e" in s or "E" in s:
        return 99
    return len(s.split(".")[1].rstrip("0")) if "." in s else 0


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def load_geonames(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) < 11 or not p[0].isdigit() or int(p[0]) not in wanted:
                    continue
                names = {p[1], p[2]} | {a for a in p[3].split(",") if a}
                out[int(p[0])] = dict(name=p[1], names=names, lat=float(p[4]), lon=float(p[5]),
                                      fclass=p[6], admin1=UA_ADMIN1.get(p[10], "?" + p[10]))
    return out


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "reports_english20.jsonl")
    ua_zip = (argv[2] if len(argv) > 2 else
              os.environ.get("GEONAMES_UA_ZIP") or "/work/shared/data/geonames/UA.zip")
    faults = []

    def bad(where, msg):
        faults.append("%s: %s" % (where, msg))

    records = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                bad("line %d" % n, "empty line")
                continue
            try:
                records.append(json.loads(line))
            except ValueError as e:
                bad("line %d" % n, "invalid JSON (%s)" % e)
    if len(records) != N_RECORDS:
        bad("file", "%d records, expected %d" % (len(records), N_RECORDS))

    wanted = set()
    for rec in records:
        for inc in rec.get("incidents") or []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                wanted.add(inc["geonameid"])
    try:
        geo = load_geonames(ua_zip, wanted)
    except (OSError, KeyError, zipfile.BadZipFile) as e:
        print("cannot read GeoNames dump %s: %s" % (ua_zip, e))
        return 2

    n_inc = 0
    for idx, rec in enumerate(records, 1):
        rid = rec.get("id") if isinstance(rec, dict) else None
        where = str(rid or "record %d" % idx)
        if not isinstance(rec, dict):
            bad(where, "not an object")
            continue
        if list(rec.keys()) != REC_KEYS:
            bad(where, "record keys/order %s" % list(rec.keys()))
        if rid != "%s%03d" % (PREFIX, idx):
            bad(where, "id out of sequence, expected %s%03d" % (PREFIX, idx))
        if rec.get("lang") != "en":
            bad(where, "lang %r" % rec.get("lang"))
        exp_split = "holdout" if idx % 2 else "tune"
        if rec.get("split") != exp_split:
            bad(where, "split %r, expected %r" % (rec.get("split"), exp_split))
        style = rec.get("style")
        if not isinstance(style, str) or not STYLE_RE.match(style):
            bad(where, "style %r not snake_case" % style)
        elif style in TAKEN_STYLES or style.startswith("acled_"):
            bad(where, "style %r already used by an earlier set" % style)
        pub = iso_date(rec.get("published"))
        if pub is None:
            bad(where, "published %r not an ISO date" % rec.get("published"))
        elif not (PUB_MIN <= rec["published"] <= PUB_MAX):
            bad(where, "published %s outside %s..%s" % (rec["published"], PUB_MIN, PUB_MAX))
        text = rec.get("text")
        if not isinstance(text, str):
            bad(where, "text missing")
            text = ""
        else:
            wc = len(text.split())
            if not WORDS_MIN <= wc <= WORDS_MAX:
                bad(where, "text has %d words (%d-%d)" % (wc, WORDS_MIN, WORDS_MAX))
        incs = rec.get("incidents")
        if not isinstance(incs, list):
            bad(where, "incidents not a list")
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            w = "%s#%d" % (where, j)
            n_inc += 1
            if not isinstance(inc, dict):
                bad(w, "incident not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                bad(w, "incident keys/order %s" % list(inc.keys()))
            place, loc = inc.get("place"), inc.get("location")
            if not isinstance(place, str) or not place or place not in text:
                bad(w, "place %r does not occur in text" % place)
            if not isinstance(loc, str) or not loc:
                bad(w, "location %r missing" % loc)
            ed = iso_date(inc.get("event_date"))
            if ed is None:
                bad(w, "event_date %r not an ISO date" % inc.get("event_date"))
            else:
                if inc["event_date"] < EVENT_MIN:
                    bad(w, "event_date %s before %s" % (inc["event_date"], EVENT_MIN))
                if pub is not None:
                    if ed > pub:
                        bad(w, "event_date %s after published %s" % (ed, pub))
                    elif (pub - ed).days > MAX_AGE_DAYS:
                        bad(w, "event_date %s more than %d days before published" % (ed, MAX_AGE_DAYS))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                bad(w, "invalid ACLED pair %r / %r" % (et, st))
            for k in ("killed", "injured"):
                v = inc.get(k)
                if v is not None and (type(v) is not int or v < 0):
                    bad(w, "%s %r not a non-negative int or null" % (k, v))
            key = (loc, inc.get("event_date"), st)
            if key in seen:
                bad(w, "duplicate location/date/sub-event type %s" % (key,))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            coords_ok = all(type(v) in (int, float) for v in (lat, lon))
            if not coords_ok:
                bad(w, "lat/lon %r/%r not numbers" % (lat, lon))
            elif decimals(lat) > 5 or decimals(lon) > 5:
                bad(w, "lat/lon %r/%r with more than 5 decimals" % (lat, lon))
            country, gid, adm = inc.get("country"), inc.get("geonameid"), inc.get("admin1")
            if country == "UA":
                if type(gid) is not int:
                    bad(w, "UA incident needs an integer geonameid, got %r" % gid)
                    continue
                g = geo.get(gid)
                if g is None:
                    bad(w, "geonameid %d not in %s" % (gid, os.path.basename(ua_zip)))
                    continue
                if g["fclass"] != "P":
                    bad(w, "geonameid %d is feature class %s, not P" % (gid, g["fclass"]))
                if coords_ok:
                    d = km(lat, lon, g["lat"], g["lon"])
                    if d > 1.0:
                        bad(w, "point %.1f km from geonameid %d" % (d, gid))
                if adm != g["admin1"]:
                    bad(w, "admin1 %r, GeoNames says %r" % (adm, g["admin1"]))
                if loc not in g["names"]:
                    bad(w, "location %r is not a name of geonameid %d (%s)" % (loc, gid, g["name"]))
            elif country == "RU":
                if gid is not None:
                    bad(w, "RU incident must have geonameid null, got %r" % gid)
                if adm not in RU_ADMIN1:
                    bad(w, "RU admin1 %r not one of %s" % (adm, sorted(RU_ADMIN1)))
                if coords_ok and not (RU_BOX[0] <= lat <= RU_BOX[1] and RU_BOX[2] <= lon <= RU_BOX[3]):
                    bad(w, "RU point %s,%s outside the border-oblast box" % (lat, lon))
            else:
                bad(w, "country %r not UA or RU" % country)

    if faults:
        for f in faults:
            print("FAULT " + f)
        print("%d fault(s) in %s" % (len(faults), path))
        return 1
    print("OK: %d items, %d incidents" % (len(records), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
