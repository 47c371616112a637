#!/usr/bin/env python3
"""Checker for reports_english19.jsonl (stdlib only).

Usage: python3 check_reports_english19.py [reports_english19.jsonl] [UA.zip]
UA.zip is taken from argv, else $GEONAMES_UA_ZIP, else any shared/data/geonames/UA.zip
above this script, else /work/shared/data/geonames/UA.zip. An explicit path that does
not exist is an error; if no dump is found, the geonameid checks are skipped.
Prints "OK: 60 items, N incidents" or lists the faults and exits 1.
"""
import csv, datetime, io, json, math, os, re, sys, zipfile
from decimal import Decimal

N_ITEMS = 60
PREFIX = "en19-"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
PUB_MIN, PUB_MAX = datetime.date(2022, 3, 1), datetime.date(2026, 11, 30)
WORDS = (30, 90)
SENTENCES = (2, 5)
MAX_LAG_DAYS = 10
TAKEN = set("""acled afp_alert afp_brief airwars aljazeera_live_blog amnesty_investigation anadolu
ap_alert ap_brief archive_record bbc_live_blog bloomberg_brief border_village_note civcas_assessment
civic_brief cnn_live_blog coder_note conflict_observatory dw_news euromaidan_press fact_check
field_monitor france24 governor_post guardian_live_blog headline heritage_damage hrmmu hrmmu_report
hromadske hrw_report incident_log indictment insecurity_insight interfax_ukraine isw_update
kyiv_independent kyiv_independent_oneliner kyiv_post live_page_line mayor_post meduza
military_administration_post mine_incident_note moscow_times ngo_case_file novaya_gazeta_europe
nv_english nyt_live_blog ocha_flash ocha_sitrep ohchr_periodic osint osint_geolocation pgo_notice
phr_health_record police_post police_statement prosecutor prosecutor_statement push_alert
radio_liberty rbc_ukraine reuters_alert reuters_brief ria_sputnik rights_ngo russian_mod_claim
security_incident ses_post suspilne suspilne_oneliner tass tass_alert tass_as_reported
telegram_governor telegram_mayor telegram_ru_governor ticker_breaking uk_mod_update
ukrainska_pravda ukrinform ukrinform_oneliner ukrinform_photo_caption unian who_ssa
witness_statement wsj_brief x_post_official xinhua""".split())
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
# GeoNames admin1 codes for Ukraine -> admin1 name used in the data set (Kharkiv written "Kharkiv").
UA_ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
             "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
             "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
             "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
             "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
             "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
             "26": "Zaporizhzhia", "27": "Zhytomyr"}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_BOX = ((49.5, 54.5), (30.5, 40.5))
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“‘'(])")

faults = []


def fault(where, msg):
    faults.append("%s: %s" % (where, msg))


def find_zip(argv_path):
    if argv_path:
        if not os.path.exists(argv_path):
            sys.exit("error: UA.zip not found at %s" % argv_path)
        return argv_path
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env:
        if not os.path.exists(env):
            sys.exit("error: $GEONAMES_UA_ZIP=%s does not exist" % env)
        return env
    d = os.path.dirname(os.path.abspath(__file__))
    while True:
        p = os.path.join(d, "shared", "data", "geonames", "UA.zip")
        if os.path.exists(p):
            return p
        nd = os.path.dirname(d)
        if nd == d:
            break
        d = nd
    p = "/work/shared/data/geonames/UA.zip"
    return p if os.path.exists(p) else None


def load_records(zpath, ids):
    recs = {}
    with zipfile.ZipFile(zpath) as z:
        with z.open("UA.txt") as f:
            for row in csv.reader(io.TextIOWrapper(f, encoding="utf-8"), delimiter="\t",
                                  quoting=csv.QUOTE_NONE):
                if len(row) < 11:
                    continue
                try:
                    gid = int(row[0])
                except ValueError:
                    continue
                if gid in ids:
                    names = {row[1], row[2]} | {n for n in row[3].split(",") if n}
                    recs[gid] = (names, float(row[4]), float(row[5]), row[10])
    return recs


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def num(v):
    return isinstance(v, (int, Decimal)) and not isinstance(v, bool)


def decimals(v):
    if isinstance(v, int):
        return 0
    return max(0, -v.as_tuple().exponent)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "reports_english19.jsonl")
    zpath = find_zip(sys.argv[2] if len(sys.argv) > 2 else None)
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                fault("line %d" % ln, "blank line")
                continue
            try:
                items.append(json.loads(line, object_pairs_hook=lambda kv: kv, parse_float=Decimal))
            except ValueError as e:
                fault("line %d" % ln, "invalid JSON (%s)" % e)
    if len(items) != N_ITEMS:
        fault("file", "%d items, expected %d" % (len(items), N_ITEMS))
    n_inc = 0
    ua_refs = []
    for idx, pairs in enumerate(items, 1):
        keys = [k for k, _ in pairs]
        it = dict(pairs)
        where = it.get("id", "item %d" % idx)
        if keys != ITEM_KEYS:
            fault(where, "item keys %s, expected %s" % (keys, ITEM_KEYS))
        exp_id = "%s%03d" % (PREFIX, idx)
        if it.get("id") != exp_id:
            fault(where, "id out of sequence, expected %s" % exp_id)
        if it.get("lang") != "en":
            fault(where, "lang is not 'en'")
        if it.get("split") != ("holdout" if idx % 2 else "tune"):
            fault(where, "split %r does not match id parity" % it.get("split"))
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            fault(where, "style %r is not snake_case" % style)
        elif style in TAKEN or style.startswith("acled_"):
            fault(where, "style %r is already taken" % style)
        pub = parse_date(it.get("published"))
        if pub is None:
            fault(where, "published %r is not an ISO date" % it.get("published"))
        elif not PUB_MIN <= pub <= PUB_MAX:
            fault(where, "published %s outside %s..%s" % (pub, PUB_MIN, PUB_MAX))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            fault(where, "text missing")
            text = ""
        nw = len(text.split())
        if not WORDS[0] <= nw <= WORDS[1]:
            fault(where, "%d words, expected %d-%d" % (nw, WORDS[0], WORDS[1]))
        ns = len([s for s in SENT_SPLIT.split(text.strip()) if s])
        if not SENTENCES[0] <= ns <= SENTENCES[1]:
            fault(where, "%d sentences, expected %d-%d" % (ns, SENTENCES[0], SENTENCES[1]))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fault(where, "incidents is not a list")
            continue
        seen = set()
        for j, ipairs in enumerate(incs, 1):
            n_inc += 1
            w = "%s#%d" % (where, j)
            if not isinstance(ipairs, list):
                fault(w, "incident is not an object")
                continue
            ik = [k for k, _ in ipairs]
            inc = dict(ipairs)
            if ik != INC_KEYS:
                fault(w, "incident keys %s, expected %s" % (ik, INC_KEYS))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fault(w, "place %r does not appear in text" % place)
            if not isinstance(inc.get("location"), str) or not inc.get("location"):
                fault(w, "location missing")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED:
                fault(w, "unknown event_type %r" % et)
            elif st not in ACLED[et]:
                fault(w, "sub_event_type %r not valid for %r" % (st, et))
            for c in ("killed", "injured"):
                if not is_count(inc.get(c)):
                    fault(w, "%s %r is not a non-negative int or null" % (c, inc.get(c)))
            ed = parse_date(inc.get("event_date"))
            if ed is None:
                fault(w, "event_date %r is not an ISO date" % inc.get("event_date"))
            elif pub is not None:
                if ed > pub:
                    fault(w, "event_date %s after published %s" % (ed, pub))
                elif (pub - ed).days > MAX_LAG_DAYS:
                    fault(w, "event_date %s more than %d days before published %s" % (ed, MAX_LAG_DAYS, pub))
            key = (place, inc.get("event_date"), et, st)
            if key in seen:
                fault(w, "duplicate place/date/type %s" % (key,))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not (num(lat) and num(lon)):
                fault(w, "lat/lon not numeric")
                continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                fault(w, "lat/lon with more than 5 decimals")
            latf, lonf = float(lat), float(lon)
            country, admin1, gid = inc.get("country"), inc.get("admin1"), inc.get("geonameid")
            if country == "UA":
                if admin1 not in UA_ADMIN1.values():
                    fault(w, "admin1 %r is not a Ukrainian oblast name" % admin1)
                if not (isinstance(gid, int) and not isinstance(gid, bool)):
                    fault(w, "UA incident without integer geonameid")
                else:
                    ua_refs.append((w, inc, latf, lonf))
            elif country == "RU":
                if gid is not None:
                    fault(w, "RU incident must have geonameid null")
                if admin1 not in RU_ADMIN1:
                    fault(w, "admin1 %r not Belgorod/Kursk/Bryansk Oblast" % admin1)
                if not (RU_BOX[0][0] <= latf <= RU_BOX[0][1] and RU_BOX[1][0] <= lonf <= RU_BOX[1][1]):
                    fault(w, "RU coordinates %s,%s outside lat %s lon %s" % (latf, lonf, RU_BOX[0], RU_BOX[1]))
            else:
                fault(w, "country %r not UA/RU" % country)
    if zpath is None:
        print("notice: UA.zip not found, geonameid checks skipped")
    else:
        recs = load_records(zpath, {inc["geonameid"] for _, inc, _, _ in ua_refs})
        for w, inc, latf, lonf in ua_refs:
            rec = recs.get(inc["geonameid"])
            if rec is None:
                fault(w, "geonameid %s not in UA.zip" % inc["geonameid"])
                continue
            names, rlat, rlon, a1 = rec
            d = km(latf, lonf, rlat, rlon)
            if d > 1.0:
                fault(w, "coordinates %.1f km from geonameid %s" % (d, inc["geonameid"]))
            if UA_ADMIN1.get(a1) != inc.get("admin1"):
                fault(w, "admin1 %r does not match record (%s)" % (inc.get("admin1"), UA_ADMIN1.get(a1, a1)))
            if inc.get("location") not in names:
                fault(w, "location %r not among the names of geonameid %s" % (inc.get("location"), inc["geonameid"]))
    if faults:
        for x in faults:
            print("FAULT", x)
        print("%d faults" % len(faults))
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
