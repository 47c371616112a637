#!/usr/bin/env python3
"""Checker for tests/data/reports_english22.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english22.py [file.jsonl] [UA.zip]

UA.zip (GeoNames Ukraine dump) is taken from the second argument, else
$GEONAMES_UA_ZIP, else a shared/data/geonames/UA.zip above this script, else
/work/shared/data/geonames/UA.zip.  An explicit path that does not exist is an
error; if no dump is found the geonameid checks are skipped with a notice.
Prints "OK: 50 items, N incidents" or lists every fault and exits with 1.
"""
import datetime as dt
import io
import json
import math
import os
import re
import sys
import zipfile

N_ITEMS = 50
PREFIX = "en22-"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
MIN_WORDS, MAX_WORDS = 90, 200
MIN_SENT, MAX_SENT = 4, 8
PUB_MIN, PUB_MAX = "2022-03-01", "2026-11-30"
MAX_LAG_DAYS = 10

# style tags already used by earlier sets (copied from /tmp/blind22/taken_styles.txt)
TAKEN_STYLES = {
    'acled_abduction', 'acled_arrest', 'acled_clash', 'acled_crimea', 'acled_debris',
    'acled_hromada', 'acled_intercept', 'acled_looting', 'acled_mine', 'acled_month_of',
    'acled_no_event', 'acled_note', 'acled_note_multi', 'acled_note_single',
    'acled_protest', 'acled_riot', 'acled_russia', 'acled_territory', 'acled_vac',
    'acled_vague_count', 'acled_week_of', 'afp', 'afp_alert', 'afp_brief', 'afp_wire',
    'airwars', 'al_jazeera_live', 'aljazeera_live_blog', 'amnesty_investigation',
    'anadolu', 'ap', 'ap_alert', 'ap_brief', 'ap_wire', 'archive_record', 'bbc_live',
    'bbc_live_blog', 'bbc_monitoring', 'bloomberg_brief', 'bne_intellinews',
    'border_guard_incident_summary', 'border_village_note', 'cbc_news', 'cbs_news',
    'church_damage_report', 'cir_map_entry', 'civcas_assessment', 'civharm', 'civic_brief',
    'cnn_live_blog', 'coder_note', 'conflict_observatory', 'court_judgment_summary',
    'demining_operator_log', 'dsns', 'dsns_telegram', 'dw_news', 'economist_espresso',
    'energoatom_statement', 'energy_infrastructure_register', 'eu_disinfo_lab_note',
    'euromaidan_press', 'euronews', 'fact_check', 'field_monitor', 'financial_times_brief',
    'france24', 'gazeta_ru', 'general_staff_summary', 'genstaff',
    'global_rights_compliance', 'governor', 'governor_belgorod', 'governor_bryansk',
    'governor_kursk', 'governor_post', 'governor_ru', 'governor_telegram',
    'guardian_live_blog', 'guardian_summary', 'headline', 'heritage_damage',
    'hospital_incident_log', 'hrmmu', 'hrmmu_report', 'hromadske', 'hrw_report',
    'humanitarian_access_report', 'iccl_case_summary', 'icrc_note', 'incident_log',
    'indictment', 'insecurity_insight', 'insurance_loss_adjuster', 'interfax',
    'interfax_ua', 'interfax_ukraine', 'isw', 'isw_update', 'izvestia', 'kommersant',
    'kyiv_city_admin_post', 'kyiv_independent', 'kyiv_independent_oneliner', 'kyiv_post',
    'live_page_line', 'liveblog', 'local_news', 'local_tv_channel', 'mayor_post',
    'media_freedom_incident', 'meduza', 'military_administration_post',
    'mine_incident_note', 'mod_ru', 'moscow_times', 'msf_field_report',
    'municipal_damage_register', 'national_police_statement', 'newswire', 'ngo_case_file',
    'ngo_protection_cluster', 'novaya_gazeta_europe', 'npr', 'nv_brief', 'nv_english',
    'nyt_live_blog', 'occupation_official', 'ocha_flash', 'ocha_flash_update',
    'ocha_sitrep', 'odesa_oma_post', 'ohchr_periodic', 'osce_moscow_mechanism', 'osce_smm',
    'osint', 'osint_geolocation', 'ova_in_news', 'ova_roundup', 'ova_telegram',
    'pgo_notice', 'phr_health_record', 'police', 'police_post', 'police_statement',
    'police_telegram', 'politico_europe', 'pravda_en', 'prosecutor',
    'prosecutor_statement', 'push_alert', 'radio_liberty', 'radio_svoboda_regional',
    'railway_incident_log', 'rbc_ukraine', 'rbc_ukraine_brief',
    'reckoning_project_testimony_summary', 'regional_admin', 'reuters', 'reuters_alert',
    'reuters_brief', 'ria', 'ria_en', 'ria_sputnik', 'rights_ngo', 'roundup', 'rt_english',
    'ru_installed_official', 'ru_mod', 'ru_regional_media_digest', 'russian_mod_claim',
    'school_damage_registry', 'security_incident', 'ses_post', 'sky_news',
    'slovo_i_dilo_record', 'suspilne', 'suspilne_english', 'suspilne_oneliner', 'tass',
    'tass_alert', 'tass_as_reported', 'tass_en', 'telegram_governor',
    'telegram_hromada_head', 'telegram_mayor', 'telegram_regional_head',
    'telegram_ru_governor', 'texty_dataset_row', 'the_independent', 'the_insider',
    'ticker_breaking', 'ua_media_ru', 'uk_mod_update', 'ukr_ombudsman_report',
    'ukraine_air_force_post', 'ukrainska_pravda', 'ukrainska_pravda_brief', 'ukrinform',
    'ukrinform_oneliner', 'ukrinform_photo_caption', 'ukrzaliznytsia_post',
    'un_commission_of_inquiry', 'un_hrmmu', 'unian', 'unicef_child_casualty_note',
    'up_news', 'update', 'war_crimes_database_row', 'washington_post_liveblog', 'who_ssa',
    'wire_news', 'witness_statement', 'wsj_brief', 'x_post_official', 'xinhua',
    'zaporizhzhia_oma_post',
}

# ACLED codebook event types and sub-event types
ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use",
                               "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}

# GeoNames admin1 code -> ASCII name used in the gold (Kharkiv written "Kharkiv")
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_BOX = (49.5, 54.5, 30.5, 40.5)

# datelines whose full stops are not sentence ends
DATELINE_RES = [
    re.compile(r"^[A-Z][A-Z\- ]+, [A-Z][a-z]+ \d{1,2}\. /TASS/\. "),
    re.compile(r"^[A-Z][A-Z\- ]+, [A-Z][a-z]+ \d{1,2} - RIA Novosti\. "),
]


def is_iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return False
    try:
        dt.date.fromisoformat(s)
    except ValueError:
        return False
    return True


def count_sentences(text):
    for rx in DATELINE_RES:
        text = rx.sub("", text)
    parts = re.split(r"(?<=[.!?])[\"\u201d\u2019)]?\s+(?=[A-Z\"\u201c(])", text.strip())
    return len([p for p in parts if p.strip()])


def decimals(x):
    s = repr(float(x))
    if "e" in s or "E" in s:
        return 99
    return len(s.split(".")[1].rstrip("0")) if "." in s else 0


def haversine_km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def find_zip(argv_path):
    if argv_path:
        if not os.path.exists(argv_path):
            sys.exit("error: UA.zip not found: %s" % argv_path)
        return argv_path
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env:
        if not os.path.exists(env):
            sys.exit("error: $GEONAMES_UA_ZIP not found: %s" % env)
        return env
    d = os.path.dirname(os.path.abspath(__file__))
    while True:
        cand = os.path.join(d, "shared", "data", "geonames", "UA.zip")
        if os.path.exists(cand):
            return cand
        up = os.path.dirname(d)
        if up == d:
            break
        d = up
    cand = "/work/shared/data/geonames/UA.zip"
    return cand if os.path.exists(cand) else None


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) < 11:
                    continue
                try:
                    gid = int(p[0])
                except ValueError:
                    continue
                if gid in wanted:
                    names = {p[1], p[2]} | {a for a in p[3].split(",") if a}
                    recs[gid] = (names, float(p[4]), float(p[5]), UA_ADMIN1.get(p[10], p[10]))
    return recs


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "reports_english22.jsonl")
    zpath = find_zip(sys.argv[2] if len(sys.argv) > 2 else None)
    faults = []

    def bad(where, msg):
        faults.append("%s: %s" % (where, msg))

    items = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                bad("line %d" % ln, "empty line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad("line %d" % ln, "invalid JSON (%s)" % e)
    if len(items) != N_ITEMS:
        bad("file", "%d items, expected %d" % (len(items), N_ITEMS))

    gids = set()
    for it in items:
        for inc in it.get("incidents", []) if isinstance(it.get("incidents"), list) else []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                gids.add(inc["geonameid"])
    recs = None
    if zpath:
        recs = load_geonames(zpath, gids)
    else:
        print("notice: no UA.zip found, geonameid checks skipped")

    n_inc = 0
    for idx, it in enumerate(items, 1):
        w = it.get("id", "item %d" % idx) if isinstance(it, dict) else "item %d" % idx
        if not isinstance(it, dict):
            bad(w, "not an object")
            continue
        if list(it.keys()) != ITEM_KEYS:
            bad(w, "item keys/order %s" % list(it.keys()))
        if it.get("id") != "%s%03d" % (PREFIX, idx):
            bad(w, "id out of sequence (expected %s%03d)" % (PREFIX, idx))
        if it.get("lang") != "en":
            bad(w, "lang %r" % it.get("lang"))
        if it.get("split") != ("holdout" if idx % 2 else "tune"):
            bad(w, "split %r does not match id parity" % it.get("split"))
        st = it.get("style")
        if not isinstance(st, str) or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", st):
            bad(w, "style %r not snake_case" % st)
        elif st in TAKEN_STYLES:
            bad(w, "style %r already used by an earlier set" % st)
        pub = it.get("published")
        if not is_iso(pub):
            bad(w, "published %r not an ISO date" % pub)
            pub = None
        elif not (PUB_MIN <= pub <= PUB_MAX):
            bad(w, "published %s outside %s..%s" % (pub, PUB_MIN, PUB_MAX))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            bad(w, "text missing")
            text = ""
        else:
            nw = len(text.split())
            if not (MIN_WORDS <= nw <= MAX_WORDS):
                bad(w, "%d words, expected %d-%d" % (nw, MIN_WORDS, MAX_WORDS))
            ns = count_sentences(text)
            if not (MIN_SENT <= ns <= MAX_SENT):
                bad(w, "%d sentences, expected %d-%d" % (ns, MIN_SENT, MAX_SENT))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            bad(w, "incidents not a list")
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            n_inc += 1
            wi = "%s#%d" % (w, j)
            if not isinstance(inc, dict):
                bad(wi, "incident not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                bad(wi, "incident keys/order %s" % list(inc.keys()))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                bad(wi, "place %r not found in text" % place)
            if not isinstance(inc.get("location"), str) or not inc.get("location"):
                bad(wi, "location missing")
            ed = inc.get("event_date")
            if not is_iso(ed):
                bad(wi, "event_date %r not an ISO date" % ed)
            elif pub:
                lag = (dt.date.fromisoformat(pub) - dt.date.fromisoformat(ed)).days
                if lag < 0:
                    bad(wi, "event_date %s after published %s" % (ed, pub))
                elif lag > MAX_LAG_DAYS:
                    bad(wi, "event_date %s more than %d days before published %s"
                        % (ed, MAX_LAG_DAYS, pub))
            et, se = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or se not in ACLED.get(et, ()):
                bad(wi, "invalid ACLED pair %r / %r" % (et, se))
            for k in ("killed", "injured"):
                v = inc.get(k)
                if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                    bad(wi, "%s %r not a non-negative int or null" % (k, v))
            key = (place, ed, et, se)
            if key in seen:
                bad(wi, "duplicate place/date/type in item")
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            coords_ok = True
            for k, v in (("lat", lat), ("lon", lon)):
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    bad(wi, "%s %r not a number" % (k, v))
                    coords_ok = False
                elif decimals(v) > 5:
                    bad(wi, "%s %r has more than 5 decimals" % (k, v))
            country, a1, gid = inc.get("country"), inc.get("admin1"), inc.get("geonameid")
            if country == "UA":
                if a1 not in UA_ADMIN1.values():
                    bad(wi, "admin1 %r is not a Ukrainian oblast name" % a1)
                if isinstance(gid, bool) or not isinstance(gid, int):
                    bad(wi, "geonameid %r missing for a UA incident" % gid)
                elif recs is not None:
                    rec = recs.get(gid)
                    if rec is None:
                        bad(wi, "geonameid %d not in UA.zip" % gid)
                    else:
                        names, rlat, rlon, ra1 = rec
                        if coords_ok and haversine_km(lat, lon, rlat, rlon) > 1.0:
                            bad(wi, "lat/lon more than 1 km from geonameid %d" % gid)
                        if a1 != ra1:
                            bad(wi, "admin1 %r does not match record's %r" % (a1, ra1))
                        if inc.get("location") not in names:
                            bad(wi, "location %r not among names of %d"
                                % (inc.get("location"), gid))
            elif country == "RU":
                if gid is not None:
                    bad(wi, "geonameid must be null for RU incidents")
                if a1 not in RU_ADMIN1:
                    bad(wi, "admin1 %r not Belgorod/Kursk/Bryansk Oblast" % a1)
                if coords_ok and not (RU_BOX[0] <= lat <= RU_BOX[1] and RU_BOX[2] <= lon <= RU_BOX[3]):
                    bad(wi, "RU coordinates outside lat 49.5-54.5, lon 30.5-40.5")
            else:
                bad(wi, "country %r not UA or RU" % country)

    if faults:
        for f in faults:
            print("FAULT " + f)
        print("%d faults" % len(faults))
        sys.exit(1)
    print("OK: %d items, %d incidents" % (len(items), n_inc))


if __name__ == "__main__":
    main()
