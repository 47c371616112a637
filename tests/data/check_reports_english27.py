#!/usr/bin/env python3
"""Checker for reports_english27.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english27.py [file.jsonl] [UA.zip]
UA.zip: argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints OK and a summary, or one line per problem and exits 1.
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
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "reports_english27.jsonl")
ZIP = (sys.argv[2] if len(sys.argv) > 2 else
       os.environ.get("GEONAMES_UA_ZIP") or "/work/shared/data/geonames/UA.zip")
N, PREFIX = 60, "en27"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
PUB_MIN, PUB_MAX = "2014-04-01", "2026-11-30"
MAX_LAG = 45
WORDS = (25, 90)
SENTS = (1, 4)
PAIRS = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                                   "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance",
                                   "Sexual violence"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory"},
}
# GeoNames admin1 code -> admin1 name used in the set (Kharkiv written "Kharkiv")
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}
# rough boxes (lat_min, lat_max, lon_min, lon_max) for Russian border oblasts
RU_BOX = {
    "Rostov Oblast": (45.9, 50.3, 38.0, 44.5),
    "Belgorod Oblast": (49.8, 51.5, 35.0, 39.3),
    "Kursk Oblast": (50.8, 52.5, 34.0, 38.6),
    "Bryansk Oblast": (52.0, 54.1, 31.2, 35.4),
}
TAKEN = set("""
acled_abduction acled_arrest acled_clash acled_crimea acled_debris acled_hromada acled_intercept
acled_looting acled_mine acled_month_of acled_no_event acled_note acled_note_multi
acled_note_single acled_protest acled_regional_overview_line acled_riot acled_russia
acled_territory acled_vac acled_vague_count acled_week_of afp afp_alert afp_brief afp_wire
afp_wire_story agricultural_damage_survey airwars al_jazeera_live aljazeera_live_blog
ambulance_dispatch_summary amnesty_investigation anadolu anadolu_english_brief anadolu_roundup
analyst_background_memo animal_rescue_ngo_note ansa_english_brief ansa_note ap ap_alert ap_brief
ap_wire ap_wire_story archive_record ato_press_centre_coded_digest bbc_live bbc_live_blog
bbc_monitoring bbc_monitoring_digest bloomberg_brief bne_intellinews
border_guard_incident_summary border_hromada_shelling_tally border_village_note bta_note
cbc_news cbs_news child_rights_ngo_bulletin church_damage_report cir_map_entry city_council_post
civcas_assessment civharm civic_brief cnn_live_blog coder_note coder_weekly_digest
conflict_observatory court_judgment_summary cpi_event_row cultural_heritage_loss_register
deepstate_changelog demining_operator_log disability_ngo_casualty_note
donbas_ceasefire_violation_log dpa_note dsns dsns_region_post dsns_telegram dw_news
economist_espresso efe_note energoatom_statement energy_grid_attack_tracker
energy_infrastructure_register espreso_tv eu_disinfo_lab_note euromaidan_press euronews
event_coder_qc_note fact_check field_monitor financial_times_brief forensic_exhumation_report
france24 gazeta_ru gdelt_summary general_staff_summary genstaff geoconfirmed_entry
global_rights_compliance governor governor_belgorod governor_bryansk governor_kursk
governor_post governor_roundup_relayed governor_ru governor_telegram guardian_live_blog
guardian_summary headline heritage_damage hospital_incident_log housing_damage_commission_act
hrmmu hrmmu_report hromada_channel_post hromada_head_post hromadske hromadske_radio hrw_report
humanitarian_access_report iccl_case_summary icrc_note incident_log indictment
insecurity_insight insurance_loss_adjuster interfax interfax_ua interfax_ukraine
interfax_ukraine_roundup isw isw_update izvestia journalists_union_attack_record kommersant
kyiv_city_admin_post kyiv_independent kyiv_independent_newsletter_line kyiv_independent_oneliner
kyiv_post kyodo_english_wire kyodo_note legal_aid_clinic_intake live_page_line liveblog
liveuamap_entry local_monitoring_group_entry local_news local_tv_channel lrt_english
maritime_war_risk_bulletin mayor_post media_freedom_incident medical_ngo_patient_intake meduza
meduza_english_brief military_administration_post militaryland_note mine_incident_note
minoborony_svodka_line missing_persons_registry_entry mod_ru moscow_times msf_field_report
municipal_damage_register national_police_statement newsletter_line newswire ngo_case_file
ngo_protection_cluster ngo_security_incident_export novaya_gazeta_europe npr nv_brief nv_english
nv_roundup nyt_live_blog oblast_council_post oblast_police_comms occupation_official ocha_flash
ocha_flash_update ocha_sitrep odesa_oma_post ohchr_periodic okrug_prosecutor_post
osce_moscow_mechanism osce_smm osint osint_geolocation osint_verification_log ova_in_news
ova_roundup ova_telegram pap_english_note pap_note pgo_notice phr_health_record podcast_note
police police_chief_post police_post police_statement police_telegram politico_europe pravda_en
prosecutor prosecutor_case_register_translation prosecutor_statement push_alert radio_bulletin
radio_liberty radio_svoboda_regional railway_incident_log rbc_ukraine rbc_ukraine_brief
reckoning_project_testimony_summary regional_admin regional_portal_uk regional_tv_ticker
religious_freedom_monitor_entry research_assistant_coding_sheet reuters reuters_alert
reuters_brief reuters_wire_story ria ria_en ria_roundup ria_sputnik rights_ngo roundup
rt_english ru_border_evacuee_charity_note ru_installed_official ru_mod ru_oblast_head_channel
ru_regional_media_digest russian_mod_claim school_damage_registry security_incident ses_post
sky_news slovo_i_dilo_record sms_alert suspilne suspilne_english suspilne_oneliner tass
tass_alert tass_as_reported tass_en tass_roundup telegram_governor telegram_hromada_head
telegram_mayor telegram_regional_head telegram_ru_governor texty_dataset_row the_independent
the_insider think_tank_event_dataset_row ticker_breaking tribunal_hearing_digest ua_media_ru
ua_portal_in_russian ucdp_candidate_note uk_mod_update ukr_ombudsman_report
ukraine_air_force_post ukraine_war_tracker_row ukrainska_pravda ukrainska_pravda_brief
ukrainska_pravda_english ukrinform ukrinform_oneliner ukrinform_photo_caption ukrinform_roundup
ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu un_security_cell_daily_log
uncovering_russia_note unian unian_evening_digest unicef_child_casualty_note up_news update
volunteer_evacuation_team_log war_crimes_database_row war_crimes_ngo_case_summary
war_risk_insurance_feed washington_post_liveblog who_ssa wire_news witness_statement wsj_brief
x_post_official xinhua xinhua_kiev_dispatch xinhua_roundup yonhap_note zaporizhzhia_oma_post
""".split())
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SENT_RE = re.compile(r"[.!?](?=\s+[A-Z0-9\"'(\[])|\](?=\s+[A-Z0-9\[])")

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def decimals(x):
    r = repr(x)
    return len(r.split(".")[1]) if "." in r and "e" not in r else 0


def km(a, b, c, d):
    r = math.radians
    h = (math.sin(r(c - a) / 2) ** 2 +
         math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def load_geonames(ids):
    out = {}
    with zipfile.ZipFile(ZIP) as z:
        with io.TextIOWrapper(z.open("UA.txt"), encoding="utf-8") as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if p[0] in ids:
                    names = {p[1], p[2]} | set(a for a in p[3].split(",") if a)
                    out[int(p[0])] = (float(p[4]), float(p[5]), p[10], names)
    return out


def main():
    try:
        lines = open(PATH, encoding="utf-8").read().splitlines()
    except OSError as e:
        print("cannot read %s: %s" % (PATH, e))
        return 1
    if len(lines) != N:
        err("file", "expected %d lines, found %d" % (N, len(lines)))
    items = []
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except ValueError as e:
            err("line %d" % n, "invalid JSON (%s)" % e)
            items.append(None)
    gids = set()
    for it in items:
        if isinstance(it, dict) and isinstance(it.get("incidents"), list):
            for inc in it["incidents"]:
                if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int)                         and not isinstance(inc.get("geonameid"), bool):
                    gids.add(str(inc["geonameid"]))
    try:
        gn = load_geonames(gids)
    except (OSError, KeyError, zipfile.BadZipFile) as e:
        print("cannot read GeoNames %s: %s" % (ZIP, e))
        return 1
    stats = {"holdout": 0, "tune": 0}
    n_inc = n_ru = n_empty = 0
    for n, it in enumerate(items, 1):
        want = "%s-%03d" % (PREFIX, n)
        if it is None:
            continue
        w = str(it.get("id", "line %d" % n)) if isinstance(it, dict) else "line %d" % n
        if not isinstance(it, dict):
            err(w, "item is not an object")
            continue
        if list(it.keys()) != ITEM_KEYS:
            err(w, "item keys/order %s" % list(it.keys()))
        if it.get("id") != want:
            err(w, "id should be %s" % want)
        if it.get("lang") != "en":
            err(w, "lang must be 'en'")
        split = "holdout" if n % 2 else "tune"
        if it.get("split") != split:
            err(w, "split should be %s (odd ids holdout, even ids tune)" % split)
        st = it.get("style")
        if not isinstance(st, str) or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", st):
            err(w, "style not snake_case: %r" % st)
        elif st in TAKEN:
            err(w, "style %r already used in an earlier set" % st)
        pub = iso(it.get("published"))
        if pub is None:
            err(w, "published not an ISO date: %r" % it.get("published"))
        elif not (PUB_MIN <= it["published"] <= PUB_MAX):
            err(w, "published %s outside %s..%s" % (it["published"], PUB_MIN, PUB_MAX))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            err(w, "text missing")
            text = ""
        nw = len(text.split())
        if not (WORDS[0] <= nw <= WORDS[1]):
            err(w, "text has %d words (want %d-%d)" % (nw, WORDS[0], WORDS[1]))
        ns = len(SENT_RE.findall(text.strip())) + 1
        if not (SENTS[0] <= ns <= SENTS[1]):
            err(w, "text has %d sentences (want %d-%d)" % (ns, SENTS[0], SENTS[1]))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            err(w, "incidents must be a list")
            continue
        if len(incs) > 2:
            err(w, "%d incidents (max 2)" % len(incs))
        if not incs:
            n_empty += 1
        low = text.lower()
        week_of = "week of" in low
        month_of = "month of" in low
        seen = set()
        dates = []
        for k, inc in enumerate(incs, 1):
            wi = "%s#%d" % (w, k)
            if not isinstance(inc, dict):
                err(wi, "incident is not an object")
                continue
            n_inc += 1
            if split in stats:
                stats[split] += 1
            if list(inc.keys()) != INC_KEYS:
                err(wi, "incident keys/order %s" % list(inc.keys()))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                err(wi, "place %r not literally in text" % place)
            et, sub = inc.get("event_type"), inc.get("sub_event_type")
            if et not in PAIRS or sub not in PAIRS[et]:
                err(wi, "bad ACLED type/sub-type %r / %r" % (et, sub))
            for key in ("killed", "injured"):
                v = inc.get(key)
                if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                    err(wi, "%s must be int >= 0 or null, got %r" % (key, v))
            ed = iso(inc.get("event_date"))
            if ed is None:
                err(wi, "event_date not ISO: %r" % inc.get("event_date"))
            else:
                dates.append(ed)
                if pub is not None:
                    if ed > pub:
                        err(wi, "event_date %s after published %s" % (ed, pub))
                    elif (pub - ed).days > MAX_LAG:
                        err(wi, "event_date %s more than %d days before published" % (ed, MAX_LAG))
                if week_of and ed.weekday() != 0:
                    err(wi, "week-of note not dated on a Monday")
                if month_of and ed.day != 1:
                    err(wi, "month-of note not dated on the 1st")
            key = (place, inc.get("event_date"), et, sub)
            if key in seen:
                err(wi, "duplicate place/date/type/sub-type")
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not all(isinstance(x, float) for x in (lat, lon)):
                err(wi, "lat/lon must be floats")
                continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                err(wi, "lat/lon with more than 5 decimals")
            c = inc.get("country")
            gid = inc.get("geonameid")
            if c == "UA":
                if isinstance(gid, bool) or not isinstance(gid, int):
                    err(wi, "UA row needs an int geonameid")
                    continue
                if gid not in gn:
                    err(wi, "geonameid %s not in UA.zip (feature class any)" % gid)
                    continue
                glat, glon, a1code, names = gn[gid]
                d = km(lat, lon, glat, glon)
                if d > 1.0:
                    err(wi, "point %.1f km from geonameid %s" % (d, gid))
                if inc.get("admin1") != UA_ADMIN1.get(a1code):
                    err(wi, "admin1 %r, GeoNames says %r" % (inc.get("admin1"), UA_ADMIN1.get(a1code)))
                if inc.get("location") not in names:
                    err(wi, "location %r not among the names of %s" % (inc.get("location"), gid))
            elif c == "RU":
                n_ru += 1
                if gid is not None:
                    err(wi, "RU row must have geonameid null")
                if inc.get("location") != place:
                    err(wi, "RU row: location must equal place")
                box = RU_BOX.get(inc.get("admin1"))
                if box is None:
                    err(wi, "RU admin1 %r not a border oblast" % inc.get("admin1"))
                elif not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                    err(wi, "RU point outside the box of %s" % inc.get("admin1"))
                if not (45.9 <= lat <= 54.5 and 30.5 <= lon <= 44.5):
                    err(wi, "RU point outside 45.9-54.5 N / 30.5-44.5 E")
            else:
                err(wi, "country must be UA or RU, got %r" % c)
        if not week_of and pub is not None:
            for wd in set(re.findall(r"\b(" + "|".join(WEEKDAYS) + r")\b", low)):
                idx = WEEKDAYS.index(wd)
                if not any(d.weekday() == idx and 0 <= (pub - d).days <= 7 for d in dates):
                    err(w, "weekday %r matches no incident date within 7 days before published" % wd)
    if errors:
        for e in errors:
            print(e)
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    print("holdout %d, tune %d incidents; RU %d; no-incident notes %d"
          % (stats["holdout"], stats["tune"], n_ru, n_empty))
    return 0


if __name__ == "__main__":
    sys.exit(main())
