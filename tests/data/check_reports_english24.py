#!/usr/bin/env python3
"""Validate tests/data/reports_english24.jsonl (stdlib only).

usage: python3 check_reports_english24.py [reports_english24.jsonl] [UA.zip]
UA.zip: argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints OK and exits 0, or lists every fault and exits 1.
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
N_ITEMS = 60
PREFIX = "en24"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
PUB_MIN, PUB_MAX = dt.date(2014, 4, 1), dt.date(2026, 11, 30)
MAX_LAG = 45
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
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory"},
}
# rough boxes (lat_min, lat_max, lon_min, lon_max) for Russian oblasts used in the set
RU_BOX = {
    "Rostov Oblast": (45.9, 50.3, 38.2, 44.4),
    "Belgorod Oblast": (49.8, 51.5, 35.3, 39.3),
    "Kursk Oblast": (50.8, 52.5, 34.0, 38.6),
    "Bryansk Oblast": (52.1, 54.0, 31.2, 35.4),
}
RU_ALL = (45.9, 54.5, 30.5, 44.5)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SENT_END = re.compile(r"[.!?](?=\s+[\[(\"'A-Z0-9])|\](?=\s+[A-Z0-9\[])")
TAKEN_STYLES = {
    'acled_abduction', 'acled_arrest', 'acled_clash', 'acled_crimea', 'acled_debris',
    'acled_hromada', 'acled_intercept', 'acled_looting', 'acled_mine',
    'acled_month_of', 'acled_no_event', 'acled_note', 'acled_note_multi',
    'acled_note_single', 'acled_protest', 'acled_regional_overview_line', 'acled_riot',
    'acled_russia', 'acled_territory', 'acled_vac', 'acled_vague_count',
    'acled_week_of', 'afp', 'afp_alert', 'afp_brief', 'afp_wire', 'afp_wire_story',
    'airwars', 'al_jazeera_live', 'aljazeera_live_blog', 'amnesty_investigation',
    'anadolu', 'anadolu_roundup', 'ansa_note', 'ap', 'ap_alert', 'ap_brief', 'ap_wire',
    'ap_wire_story', 'archive_record', 'bbc_live', 'bbc_live_blog', 'bbc_monitoring',
    'bloomberg_brief', 'bne_intellinews', 'border_guard_incident_summary',
    'border_village_note', 'bta_note', 'cbc_news', 'cbs_news', 'church_damage_report',
    'cir_map_entry', 'city_council_post', 'civcas_assessment', 'civharm',
    'civic_brief', 'cnn_live_blog', 'coder_note', 'coder_weekly_digest',
    'conflict_observatory', 'court_judgment_summary', 'cpi_event_row',
    'deepstate_changelog', 'demining_operator_log', 'dpa_note', 'dsns',
    'dsns_telegram', 'dw_news', 'economist_espresso', 'efe_note',
    'energoatom_statement', 'energy_infrastructure_register', 'espreso_tv',
    'eu_disinfo_lab_note', 'euromaidan_press', 'euronews', 'event_coder_qc_note',
    'fact_check', 'field_monitor', 'financial_times_brief', 'france24', 'gazeta_ru',
    'gdelt_summary', 'general_staff_summary', 'genstaff', 'geoconfirmed_entry',
    'global_rights_compliance', 'governor', 'governor_belgorod', 'governor_bryansk',
    'governor_kursk', 'governor_post', 'governor_ru', 'governor_telegram',
    'guardian_live_blog', 'guardian_summary', 'headline', 'heritage_damage',
    'hospital_incident_log', 'hrmmu', 'hrmmu_report', 'hromada_head_post', 'hromadske',
    'hromadske_radio', 'hrw_report', 'humanitarian_access_report', 'iccl_case_summary',
    'icrc_note', 'incident_log', 'indictment', 'insecurity_insight',
    'insurance_loss_adjuster', 'interfax', 'interfax_ua', 'interfax_ukraine',
    'interfax_ukraine_roundup', 'isw', 'isw_update', 'izvestia', 'kommersant',
    'kyiv_city_admin_post', 'kyiv_independent', 'kyiv_independent_oneliner',
    'kyiv_post', 'kyodo_note', 'live_page_line', 'liveblog', 'liveuamap_entry',
    'local_news', 'local_tv_channel', 'lrt_english', 'mayor_post',
    'media_freedom_incident', 'meduza', 'military_administration_post',
    'militaryland_note', 'mine_incident_note', 'mod_ru', 'moscow_times',
    'msf_field_report', 'municipal_damage_register', 'national_police_statement',
    'newsletter_line', 'newswire', 'ngo_case_file', 'ngo_protection_cluster',
    'novaya_gazeta_europe', 'npr', 'nv_brief', 'nv_english', 'nv_roundup',
    'nyt_live_blog', 'oblast_council_post', 'occupation_official', 'ocha_flash',
    'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post', 'ohchr_periodic',
    'osce_moscow_mechanism', 'osce_smm', 'osint', 'osint_geolocation', 'ova_in_news',
    'ova_roundup', 'ova_telegram', 'pap_note', 'pgo_notice', 'phr_health_record',
    'podcast_note', 'police', 'police_chief_post', 'police_post', 'police_statement',
    'police_telegram', 'politico_europe', 'pravda_en', 'prosecutor',
    'prosecutor_statement', 'push_alert', 'radio_bulletin', 'radio_liberty',
    'radio_svoboda_regional', 'railway_incident_log', 'rbc_ukraine',
    'rbc_ukraine_brief', 'reckoning_project_testimony_summary', 'regional_admin',
    'regional_tv_ticker', 'reuters', 'reuters_alert', 'reuters_brief',
    'reuters_wire_story', 'ria', 'ria_en', 'ria_roundup', 'ria_sputnik', 'rights_ngo',
    'roundup', 'rt_english', 'ru_installed_official', 'ru_mod',
    'ru_regional_media_digest', 'russian_mod_claim', 'school_damage_registry',
    'security_incident', 'ses_post', 'sky_news', 'slovo_i_dilo_record', 'sms_alert',
    'suspilne', 'suspilne_english', 'suspilne_oneliner', 'tass', 'tass_alert',
    'tass_as_reported', 'tass_en', 'tass_roundup', 'telegram_governor',
    'telegram_hromada_head', 'telegram_mayor', 'telegram_regional_head',
    'telegram_ru_governor', 'texty_dataset_row', 'the_independent', 'the_insider',
    'ticker_breaking', 'ua_media_ru', 'ucdp_candidate_note', 'uk_mod_update',
    'ukr_ombudsman_report', 'ukraine_air_force_post', 'ukraine_war_tracker_row',
    'ukrainska_pravda', 'ukrainska_pravda_brief', 'ukrinform', 'ukrinform_oneliner',
    'ukrinform_photo_caption', 'ukrinform_roundup', 'ukrzaliznytsia_post',
    'un_commission_of_inquiry', 'un_hrmmu', 'uncovering_russia_note', 'unian',
    'unian_evening_digest', 'unicef_child_casualty_note', 'up_news', 'update',
    'war_crimes_database_row', 'washington_post_liveblog', 'who_ssa', 'wire_news',
    'witness_statement', 'wsj_brief', 'x_post_official', 'xinhua', 'xinhua_roundup',
    'yonhap_note', 'zaporizhzhia_oma_post',
}

# GeoNames admin1 codes for Ukraine (admin1CodesASCII.txt), Kharkiv written "Kharkiv"
UA_ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk',
    '05': 'Donetsk', '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson',
    '09': 'Khmelnytskyi', '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City',
    '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv',
    '17': 'Odessa', '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City',
    '21': 'Sumy', '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn',
    '25': 'Zakarpattia', '26': 'Zaporizhzhia', '27': 'Zhytomyr',
}


def load_geonames(path):
    a1 = UA_ADMIN1
    rec = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                names = {p[1], p[2]} | {n for n in p[3].split(",") if n}
                rec[int(p[0])] = (float(p[4]), float(p[5]), a1.get(p[10], p[10]), names)
    return rec


def km(a, b, c, d):
    r = math.pi / 180
    x = math.sin((c - a) * r / 2) ** 2 + math.cos(a * r) * math.cos(c * r) * math.sin((d - b) * r / 2) ** 2
    return 12742 * math.asin(math.sqrt(x))


def decimals(x):
    s = repr(x)
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "reports_english24.jsonl")
    zpath = (sys.argv[2] if len(sys.argv) > 2 else
             os.environ.get("GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip"))
    gn = load_geonames(zpath)
    err = []
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != N_ITEMS:
        err.append("expected %d lines, got %d" % (N_ITEMS, len(lines)))
    n_inc = n_hold = n_tune = n_ru = n_empty = 0
    for ln, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            err.append("line %d: bad JSON (%s)" % (ln, e)); continue
        iid = d.get("id", "line %d" % ln)
        E = lambda m: err.append("%s: %s" % (iid, m))
        if list(d) != ITEM_KEYS:
            E("item keys/order %s" % list(d))
        if d.get("id") != "%s-%03d" % (PREFIX, ln):
            E("id should be %s-%03d" % (PREFIX, ln))
        if d.get("lang") != "en":
            E("lang must be 'en'")
        want = "holdout" if ln % 2 else "tune"
        if d.get("split") != want:
            E("split should be %s" % want)
        st = d.get("style")
        if not isinstance(st, str) or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", st):
            E("style not snake_case: %r" % st)
        elif st in TAKEN_STYLES:
            E("style already used by an earlier set: %s" % st)
        pub = iso(d.get("published"))
        if pub is None:
            E("published not ISO: %r" % d.get("published"))
        elif not PUB_MIN <= pub <= PUB_MAX:
            E("published %s outside %s..%s" % (pub, PUB_MIN, PUB_MAX))
        text = d.get("text")
        if not isinstance(text, str):
            E("text missing"); text = ""
        nw = len(text.split())
        if not 25 <= nw <= 90:
            E("text has %d words (25-90)" % nw)
        ns = len(SENT_END.findall(text.strip())) + 1
        if not 1 <= ns <= 4:
            E("text has %d sentences (1-4)" % ns)
        incs = d.get("incidents")
        if not isinstance(incs, list) or len(incs) > 2:
            E("incidents must be a list of 0-2"); continue
        if not incs:
            n_empty += 1
        n_inc += len(incs)
        if ln % 2: n_hold += len(incs)
        else: n_tune += len(incs)
        seen = set()
        low = text.lower()
        for k, inc in enumerate(incs, 1):
            F = lambda m: E("incident %d: %s" % (k, m))
            if not isinstance(inc, dict):
                F("not an object"); continue
            if list(inc) != INC_KEYS:
                F("keys/order %s" % list(inc))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                F("place %r not literally in text" % place)
            ed = iso(inc.get("event_date"))
            if ed is None:
                F("event_date not ISO: %r" % inc.get("event_date"))
            elif pub is not None:
                if ed > pub:
                    F("event_date %s after published %s" % (ed, pub))
                if (pub - ed).days > MAX_LAG:
                    F("event_date %s more than %d days before published" % (ed, MAX_LAG))
                if "week of" in low and ed.weekday() != 0:
                    F("week-of note not dated on a Monday (%s)" % ed)
                if "month of" in low and ed.day != 1:
                    F("month-of note not dated on the 1st (%s)" % ed)
            et, sub = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or sub not in ACLED[et]:
                F("bad ACLED type/sub-type %r / %r" % (et, sub))
            for c in ("killed", "injured"):
                v = inc.get(c)
                if v is not None and (type(v) is not int or v < 0):
                    F("%s must be int >= 0 or null, got %r" % (c, v))
            lat, lon = inc.get("lat"), inc.get("lon")
            if type(lat) is not float or type(lon) is not float:
                F("lat/lon must be floats"); continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                F("lat/lon with more than 5 decimals")
            key = (place, inc.get("event_date"), et, sub)
            if key in seen:
                F("duplicate place/date/type/sub-type")
            seen.add(key)
            country = inc.get("country")
            if country == "UA":
                g = inc.get("geonameid")
                if type(g) is not int or g not in gn:
                    F("geonameid %r not in UA.zip" % g); continue
                glat, glon, ga1, names = gn[g]
                dist = km(lat, lon, glat, glon)
                if dist > 1.0:
                    F("point %.1f km from geonameid %d" % (dist, g))
                if inc.get("admin1") != ga1:
                    F("admin1 %r, GeoNames says %r" % (inc.get("admin1"), ga1))
                if inc.get("location") not in names:
                    F("location %r not among names of %d" % (inc.get("location"), g))
            elif country == "RU":
                n_ru += 1
                if inc.get("geonameid") is not None:
                    F("RU rows need geonameid null")
                if inc.get("location") != place:
                    F("RU location must equal place")
                a1 = inc.get("admin1")
                if a1 not in RU_BOX:
                    F("RU admin1 %r not one of %s" % (a1, sorted(RU_BOX)))
                else:
                    b = RU_BOX[a1]
                    if not (b[0] <= lat <= b[1] and b[2] <= lon <= b[3]):
                        F("RU point outside the box for %s" % a1)
                if not (RU_ALL[0] <= lat <= RU_ALL[1] and RU_ALL[2] <= lon <= RU_ALL[3]):
                    F("RU point outside %s" % (RU_ALL,))
            else:
                F("country must be UA or RU, got %r" % country)
        # weekday words (outside week-of notes) must match an incident date <= 7 days back
        if pub is not None and incs and "week of" not in low:
            for w in WEEKDAYS:
                if re.search(r"\b%s\b" % w, text):
                    ok = False
                    for inc in incs:
                        ed = iso(inc.get("event_date"))
                        if ed and WEEKDAYS[ed.weekday()] == w and 0 <= (pub - ed).days <= 7:
                            ok = True
                    if not ok:
                        E("'%s' in text but no incident on that weekday within 7 days" % w)
    if err:
        print("\n".join(err))
        print("FAILED: %d problem(s)" % len(err))
        return 1
    print("OK: %d items, %d incidents" % (len(lines), n_inc))
    print("holdout %d, tune %d incidents; RU %d; no-incident notes %d" % (n_hold, n_tune, n_ru, n_empty))
    return 0


if __name__ == "__main__":
    sys.exit(main())
