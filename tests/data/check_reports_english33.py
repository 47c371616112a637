#!/usr/bin/env python3
"""Checker for tests/data/reports_english33.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english33.py [file] [UA.zip]

UA.zip is taken from the second argument (which must exist if given), else
$GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip; if none is found the
GeoNames checks are skipped with a notice. Prints `OK: 60 items, N incidents`
or one FAIL line per fault and exits 1.
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

N_ITEMS = 60
N_INCIDENTS = 68
ID_PREFIX = "en33-"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
MIN_WORDS, MAX_WORDS, MAX_SENT = 15, 50, 3
DATE_MIN, DATE_MAX = "2022-03-01", "2026-11-30"
MAX_LAG_DAYS = 10
MAX_KM = 1.0
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_LAT, RU_LON = (49.5, 54.5), (30.5, 40.5)
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

# ACLED event type -> sub-event types (codebook)
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
                               "Non-violent transfer of territory", "Other"},
}

# GeoNames admin1 code (UA.xx) -> admin1 name as written in this set
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}

TAKEN_STYLES = set("""
academic_event_catalogue_record acled_abduction acled_arrest acled_clash acled_crimea
acled_debris acled_hromada acled_intercept acled_looting acled_mine acled_month_of
acled_no_event acled_note acled_note_multi acled_note_single acled_protest
acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac
acled_vague_count acled_week_of afp afp_alert afp_brief afp_kyiv_wire_copy afp_wire
afp_wire_story agricultural_damage_survey airwars al_jazeera_key_events_line
al_jazeera_live aljazeera_live_blog ambulance_dispatch_summary amnesty_investigation
anadolu anadolu_english_brief anadolu_roundup analyst_background_memo
animal_rescue_ngo_note ansa_english_brief ansa_note ap ap_alert ap_brief
ap_the_latest_item ap_wire ap_wire_story apple_news_push_line architects_damage_survey
archive_record ato_press_centre_coded_digest bbc_live bbc_live_blog bbc_monitoring
bbc_monitoring_digest bellingcat_quick_note bloomberg_brief bloomberg_first_word_brief
bne_intellinews border_governor_evening_post border_guard_incident_summary
border_hromada_shelling_tally border_village_note bta_note bus_operator_incident_report
cbc_news cbs_news child_rights_ngo_bulletin church_damage_report cir_map_entry
city_council_post civcas_assessment civharm civic_brief civic_protest_monitor_record
civilian_harm_dataset_reviewer_note civilian_harm_incident_card
civilian_harm_team_dataset_description cnn_live_blog coder_note coder_weekly_digest
conflict_observatory court_judgment_summary cpi_event_row crimea_detention_chronicle
cultural_heritage_loss_register deepstate_changelog demining_ngo_accident_report
demining_operator_log disability_ngo_casualty_note donbas_ceasefire_violation_log
dpa_international_wire dpa_note dsns dsns_region_post dsns_rescue_chronicle
dsns_telegram dw_news economist_espresso education_under_attack_monitor_entry efe_note
energoatom_statement energy_grid_attack_tracker energy_infrastructure_register
english_city_portal_brief espreso_tv eu_disinfo_lab_note euromaidan_press euronews
euronews_english_update event_coder_qc_note event_notes_column_cell fact_check
field_monitor financial_times_brief forensic_exhumation_report france24 gazeta_ru
gdelt_summary general_staff_summary genstaff geoconfirmed_entry global_rights_compliance
google_news_card_blurb governor governor_belgorod governor_bryansk governor_kursk
governor_post governor_roundup_relayed governor_ru governor_telegram guardian_live_blog
guardian_summary headline healthcare_attack_database_record heritage_damage
heritage_site_monitor_bulletin hospital_incident_log housing_damage_commission_act hrmmu
hrmmu_report hromada_channel_post hromada_head_post hromadske hromadske_radio hrw_report
humanitarian_access_report humanitarian_convoy_incident_note iccl_case_summary icrc_note
incident_log indictment insecurity_insight insurance_loss_adjuster
insurance_loss_register_entry interfax interfax_ru_item interfax_ua interfax_ukraine
interfax_ukraine_roundup isw isw_update izvestia journalist_investigation_appendix_entry
journalist_x_post journalists_union_attack_record kommersant kyiv_city_admin_post
kyiv_independent kyiv_independent_newsletter_line kyiv_independent_oneliner kyiv_post
kyodo_english_wire kyodo_note legal_aid_clinic_intake
legal_ngo_witness_statement_summary live_page_line liveblog liveuamap_entry
local_monitoring_group_entry local_news local_tv_channel lrt_english
maritime_war_risk_bulletin mayor_post media_freedom_incident
media_monitoring_ngo_bulletin medical_ngo_patient_intake meduza meduza_english_brief
military_administration_post militaryland_note mine_incident_note minoborony_svodka_line
missing_persons_registry_entry mod_ru moscow_times msf_field_report
municipal_damage_register national_police_statement newsletter_line newswire
ngo_case_file ngo_field_team_tweet ngo_protection_cluster ngo_security_incident_export
notes_column_coder_flag notes_column_cross_border_ru notes_column_donbas_legacy
notes_column_period_aggregate notes_column_sized_protest notes_column_standard_event
notes_column_strategic_development notes_column_territory_change
notes_column_terse_entry notes_column_with_source_line novaya_gazeta_europe npr
npu_regional_channel nv_brief nv_english nv_english_wire_item nv_roundup nyt_live_blog
oblast_council_post oblast_police_comms occupation_admin_channel occupation_official
ocha_flash ocha_flash_update ocha_sitrep odesa_oma_post ohchr_periodic
okrug_prosecutor_post ombudsperson_report_paragraph osce_moscow_mechanism osce_smm osint
osint_geolocation osint_verification_log ova_in_news ova_roundup ova_telegram
ova_telegram_morning_summary pap_english_note pap_note pgo_notice phr_health_record
podcast_note police police_chief_post police_post police_statement police_telegram
politico_europe power_grid_damage_log_entry pravda_en prosecutor
prosecutor_case_register_translation prosecutor_statement push_alert radio_bulletin
radio_liberty radio_svoboda_regional railway_incident_log rbc_ukraine rbc_ukraine_brief
reckoning_project_testimony_summary regional_admin regional_portal_uk regional_tv_ticker
religious_freedom_monitor_entry research_assistant_coding_sheet reuters reuters_alert
reuters_brief reuters_factbox_line reuters_wire_story rferl_ukraine_live_item ria ria_en
ria_novosti_flash ria_roundup ria_sputnik rights_ngo roundup rt_english
ru_border_evacuee_charity_note ru_independent_rights_group_note ru_installed_official
ru_mod ru_oblast_head_channel ru_regional_media_digest russian_mod_claim
school_damage_registry security_incident ses_post sky_news slovo_i_dilo_record sms_alert
source_attributed_event_summary suspilne suspilne_english suspilne_oneliner
suspilne_regional_bulletin tass tass_alert tass_as_reported tass_en
tass_english_regional_wire tass_regional_dispatch tass_roundup telegram_governor
telegram_hromada_head telegram_mayor telegram_regional_head telegram_ru_governor
texty_dataset_row the_independent the_insider think_tank_event_dataset_row
ticker_breaking trauma_surgeon_case_series_note tribunal_hearing_digest
tsn_evening_story ua_media_ru ua_portal_in_russian ucdp_candidate_note uk_mod_update
ukr_ombudsman_report ukraine_air_force_post ukraine_war_tracker_row
ukrainian_embassy_statement ukrainska_pravda ukrainska_pravda_brief
ukrainska_pravda_english ukrinform ukrinform_english_regional_wire ukrinform_oneliner
ukrinform_photo_caption ukrinform_regional_dispatch ukrinform_roundup
ukrpravda_feed_item ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu
un_monitoring_mission_case_file un_security_cell_daily_log uncovering_russia_note unian
unian_evening_digest unicef_child_casualty_note up_news update us_network_breaking_line
volunteer_evacuation_team_log war_crimes_database_row war_crimes_ngo_case_summary
war_risk_insurance_feed washington_post_liveblog water_utility_incident_report who_ssa
wire_news witness_statement wsj_brief x_post_official xinhua xinhua_kiev_dispatch
xinhua_roundup yonhap_note zaporizhzhia_oma_post
""".split())

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
WORD = re.compile(r"[^\W_][\w'\u2019-]*")
SENT_END = re.compile(r"[.!?]+(?=\s|$)")


def words(text):
    return len(WORD.findall(text))


def sentences(text):
    return len(SENT_END.findall(text))


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def decimals(x):
    r = repr(float(x))
    if "e" in r or "E" in r:
        return 99
    return len(r.split(".")[1]) if "." in r else 0


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                f = line.rstrip("\n").split("\t")
                if len(f) < 11:
                    continue
                try:
                    gid = int(f[0])
                except ValueError:
                    continue
                if gid in wanted:
                    names = {f[1], f[2]} | {a for a in f[3].split(",") if a}
                    recs[gid] = {"names": names, "lat": float(f[4]), "lon": float(f[5]),
                                 "fclass": f[6], "admin1": UA_ADMIN1.get(f[10], f[10])}
    return recs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "reports_english33.jsonl")
    fails = []

    zpath = None
    if len(argv) > 2:
        if os.path.isfile(argv[2]):
            zpath = argv[2]
        else:
            fails.append("FAIL: UA.zip not found at %s" % argv[2])
    elif os.environ.get("GEONAMES_UA_ZIP") and os.path.isfile(os.environ["GEONAMES_UA_ZIP"]):
        zpath = os.environ["GEONAMES_UA_ZIP"]
    elif os.path.isfile(DEFAULT_ZIP):
        zpath = DEFAULT_ZIP

    items = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    fails.append("FAIL: line %d: empty line" % n)
                    continue
                try:
                    items.append(json.loads(line))
                except json.JSONDecodeError as e:
                    fails.append("FAIL: line %d: invalid JSON (%s)" % (n, e))
    except OSError as e:
        print("FAIL: cannot read %s (%s)" % (path, e))
        return 1

    if len(items) != N_ITEMS:
        fails.append("FAIL: expected %d items, found %d" % (N_ITEMS, len(items)))

    wanted = set()
    for it in items:
        for inc in it.get("incidents") or []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                wanted.add(inc["geonameid"])
    geo = None
    if zpath and not any("UA.zip" in f for f in fails):
        geo = load_geonames(zpath, wanted)
    elif not zpath and len(argv) <= 2:
        print("NOTICE: UA.zip not found; GeoNames checks skipped")

    n_inc = 0
    for idx, it in enumerate(items, 1):
        iid = it.get("id", "#%d" % idx)
        pre = "FAIL: %s:" % iid
        if list(it.keys()) != ITEM_KEYS:
            fails.append("%s item keys/order %s" % (pre, list(it.keys())))
        if it.get("id") != "%s%03d" % (ID_PREFIX, idx):
            fails.append("%s id out of sequence (expected %s%03d)" % (pre, ID_PREFIX, idx))
        if it.get("lang") != "en":
            fails.append("%s lang %r is not 'en'" % (pre, it.get("lang")))
        want_split = "holdout" if idx % 2 else "tune"
        if it.get("split") != want_split:
            fails.append("%s split %r, expected %r" % (pre, it.get("split"), want_split))
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            fails.append("%s style %r is not snake_case" % (pre, style))
        elif style in TAKEN_STYLES:
            fails.append("%s style %r is already taken" % (pre, style))
        pub = iso(it.get("published"))
        if pub is None:
            fails.append("%s published %r is not an ISO date" % (pre, it.get("published")))
        elif not (DATE_MIN <= pub.isoformat() <= DATE_MAX):
            fails.append("%s published %s outside %s..%s" % (pre, pub, DATE_MIN, DATE_MAX))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            fails.append("%s text missing" % pre)
            text = ""
        else:
            w = words(text)
            if not (MIN_WORDS <= w <= MAX_WORDS):
                fails.append("%s text has %d words (allowed %d-%d)" % (pre, w, MIN_WORDS, MAX_WORDS))
            s = sentences(text)
            if s > MAX_SENT:
                fails.append("%s text has %d sentence ends (max %d)" % (pre, s, MAX_SENT))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fails.append("%s incidents is not a list" % pre)
            continue
        seen = set()
        for k, inc in enumerate(incs, 1):
            ipre = "%s incident %d:" % (pre, k)
            n_inc += 1
            if not isinstance(inc, dict):
                fails.append("%s not an object" % ipre)
                continue
            if list(inc.keys()) != INC_KEYS:
                fails.append("%s keys/order %s" % (ipre, list(inc.keys())))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fails.append("%s place %r not found in text" % (ipre, place))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                fails.append("%s bad ACLED pair %r / %r" % (ipre, et, st))
            kd, ij = inc.get("killed"), inc.get("injured")
            for nm, v in (("killed", kd), ("injured", ij)):
                if not is_count(v):
                    fails.append("%s %s %r is not a non-negative integer or null" % (ipre, nm, v))
            if et == "Battles" and (kd is not None or ij is not None):
                fails.append("%s battle must have killed/injured null/null" % ipre)
            ed = iso(inc.get("event_date"))
            if ed is None:
                fails.append("%s event_date %r is not an ISO date" % (ipre, inc.get("event_date")))
            else:
                if not (DATE_MIN <= ed.isoformat() <= DATE_MAX):
                    fails.append("%s event_date %s outside %s..%s" % (ipre, ed, DATE_MIN, DATE_MAX))
                if pub is not None:
                    if ed > pub:
                        fails.append("%s event_date %s after published %s" % (ipre, ed, pub))
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        fails.append("%s event_date %s more than %d days before published %s"
                                     % (ipre, ed, MAX_LAG_DAYS, pub))
            key = (place, inc.get("event_date"), st)
            if key in seen:
                fails.append("%s duplicate place/date/sub-type %r" % (ipre, key))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            okll = True
            for nm, v in (("lat", lat), ("lon", lon)):
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    fails.append("%s %s %r is not a number" % (ipre, nm, v))
                    okll = False
                elif decimals(v) > 5:
                    fails.append("%s %s %r has more than 5 decimals" % (ipre, nm, v))
            country, gid = inc.get("country"), inc.get("geonameid")
            if country == "RU":
                if gid is not None:
                    fails.append("%s RU incident must have geonameid null" % ipre)
                if inc.get("admin1") not in RU_ADMIN1:
                    fails.append("%s RU admin1 %r not in %s" % (ipre, inc.get("admin1"), sorted(RU_ADMIN1)))
                if okll and not (RU_LAT[0] <= lat <= RU_LAT[1] and RU_LON[0] <= lon <= RU_LON[1]):
                    fails.append("%s RU lat/lon %r,%r outside box" % (ipre, lat, lon))
                if not isinstance(inc.get("location"), str) or not inc.get("location"):
                    fails.append("%s RU location missing" % ipre)
            elif country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fails.append("%s UA geonameid %r is not an integer" % (ipre, gid))
                elif geo is not None:
                    g = geo.get(gid)
                    if g is None:
                        fails.append("%s geonameid %d not in UA.zip" % (ipre, gid))
                    else:
                        if g["fclass"] != "P":
                            fails.append("%s geonameid %d is not a populated place (class %s)"
                                         % (ipre, gid, g["fclass"]))
                        if okll:
                            d = km(lat, lon, g["lat"], g["lon"])
                            if d > MAX_KM:
                                fails.append("%s lat/lon %.1f km from geonameid %d" % (ipre, d, gid))
                        if inc.get("admin1") != g["admin1"]:
                            fails.append("%s admin1 %r, GeoNames %d has %r"
                                         % (ipre, inc.get("admin1"), gid, g["admin1"]))
                        if inc.get("location") not in g["names"]:
                            fails.append("%s location %r not among names of geonameid %d"
                                         % (ipre, inc.get("location"), gid))
            else:
                fails.append("%s country %r not UA/RU" % (ipre, country))

    if n_inc != N_INCIDENTS:
        fails.append("FAIL: expected %d incidents, found %d" % (N_INCIDENTS, n_inc))

    if fails:
        for f in fails:
            print(f)
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
