#!/usr/bin/env python3
"""Checker for tests/data/reports_english35.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english35.py [file] [UA.zip]

UA.zip: the argument (must exist if given), else $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip, else the geonameid checks are skipped with a
notice. Prints "OK: 60 items, N incidents" or one FAIL line per fault (exit 1).
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
ID_FMT = "en35-%03d"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
DATE_MIN = datetime.date(2022, 3, 1)
DATE_MAX = datetime.date(2026, 11, 30)
MIN_WORDS, MAX_WORDS = 15, 60
MIN_SENT, MAX_SENT = 1, 3
MAX_LAG_DAYS = 10
MAX_KM = 1.0
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike",
                                   "Suicide bomb", "Shelling/artillery/missile attack",
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

# GeoNames admin1 code -> admin1 name used in the data (Kharkiv oblast written "Kharkiv")
UA_ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
             "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
             "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
             "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
             "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
             "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
             "26": "Zaporizhzhia", "27": "Zhytomyr"}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_LAT, RU_LON = (49.5, 54.5), (30.5, 40.5)

STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
SENT_END_RE = re.compile(r"[.!?]['\"\u2019\u201d)]*(?=\s|$)")
TAKEN_STYLES = set('''
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
'''.split())


def fail(msgs, where, msg):
    msgs.append("FAIL %s: %s" % (where, msg))


def parse_date(s):
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
    return len(r.split(".")[1].rstrip("0")) if "." in r else 0


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def load_geonames(path, wanted):
    """geonameid -> (names set, lat, lon, feature class, admin1 code) for wanted ids."""
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                gid, rest = line.split("\t", 1)
                if not gid.isdigit() or int(gid) not in wanted:
                    continue
                p = line.rstrip("\n").split("\t")
                names = {p[1], p[2]} | {n for n in p[3].split(",") if n}
                out[int(gid)] = (names, float(p[4]), float(p[5]), p[6], p[10])
    return out


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "reports_english35.jsonl")
    msgs = []
    zpath = None
    if len(argv) > 2:
        zpath = argv[2]
        if not os.path.isfile(zpath):
            fail(msgs, "UA.zip", "file not found: %s" % zpath)
            zpath = None
            print("\n".join(msgs))
            return 1
    elif os.environ.get("GEONAMES_UA_ZIP") and os.path.isfile(os.environ["GEONAMES_UA_ZIP"]):
        zpath = os.environ["GEONAMES_UA_ZIP"]
    elif os.path.isfile(DEFAULT_ZIP):
        zpath = DEFAULT_ZIP
    else:
        print("NOTICE: UA.zip not found, geonameid checks skipped")

    try:
        with open(path, encoding="utf-8") as fh:
            lines = [l for l in fh.read().split("\n") if l.strip()]
    except OSError as e:
        print("FAIL file: %s" % e)
        return 1

    items = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            fail(msgs, "line %d" % n, "not valid JSON (%s)" % e)
            continue
        if not isinstance(obj, dict):
            fail(msgs, "line %d" % n, "not a JSON object")
            continue
        items.append(obj)
    if len(lines) != N_ITEMS:
        fail(msgs, "file", "%d lines, expected %d" % (len(lines), N_ITEMS))

    wanted = set()
    for it in items:
        for inc in it.get("incidents") or []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                wanted.add(inc["geonameid"])
    gn = load_geonames(zpath, wanted) if zpath else None

    n_inc = 0
    for pos, it in enumerate(items, 1):
        iid = it.get("id")
        where = str(iid)
        if list(it.keys()) != ITEM_KEYS:
            fail(msgs, where, "item keys/order %s" % list(it.keys()))
        if iid != ID_FMT % pos:
            fail(msgs, where, "id out of sequence, expected %s" % (ID_FMT % pos))
        if it.get("lang") != "en":
            fail(msgs, where, "lang %r" % it.get("lang"))
        want_split = "holdout" if pos % 2 else "tune"
        if it.get("split") != want_split:
            fail(msgs, where, "split %r, expected %r" % (it.get("split"), want_split))
        style = it.get("style")
        if not isinstance(style, str) or not STYLE_RE.match(style):
            fail(msgs, where, "style %r not snake_case" % style)
        elif style in TAKEN_STYLES:
            fail(msgs, where, "style %r already taken" % style)
        pub = parse_date(it.get("published"))
        if pub is None:
            fail(msgs, where, "published %r not an ISO date" % it.get("published"))
        elif not DATE_MIN <= pub <= DATE_MAX:
            fail(msgs, where, "published %s out of range" % pub)
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            fail(msgs, where, "empty text")
            text = ""
        else:
            nw = len(text.split())
            if not MIN_WORDS <= nw <= MAX_WORDS:
                fail(msgs, where, "%d words, expected %d-%d" % (nw, MIN_WORDS, MAX_WORDS))
            ns = len(SENT_END_RE.findall(text))
            if not MIN_SENT <= ns <= MAX_SENT:
                fail(msgs, where, "%d sentence ends, expected %d-%d" % (ns, MIN_SENT, MAX_SENT))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fail(msgs, where, "incidents is not a list")
            continue
        seen = set()
        for k, inc in enumerate(incs):
            w = "%s#%d" % (where, k)
            n_inc += 1
            if not isinstance(inc, dict):
                fail(msgs, w, "incident is not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                fail(msgs, w, "incident keys/order %s" % list(inc.keys()))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail(msgs, w, "place %r not in text" % place)
            if not isinstance(inc.get("location"), str) or not inc.get("location"):
                fail(msgs, w, "location missing")
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                fail(msgs, w, "bad ACLED type pair %r / %r" % (et, st))
            for key in ("killed", "injured"):
                if not is_count(inc.get(key)):
                    fail(msgs, w, "%s %r not a non-negative int or null" % (key, inc.get(key)))
            if et == "Battles" and (inc.get("killed") is not None or inc.get("injured") is not None):
                fail(msgs, w, "battle with counts (must be null/null)")
            ed = parse_date(inc.get("event_date"))
            if ed is None:
                fail(msgs, w, "event_date %r not an ISO date" % inc.get("event_date"))
            else:
                if not DATE_MIN <= ed <= DATE_MAX:
                    fail(msgs, w, "event_date %s out of range" % ed)
                if pub is not None:
                    if ed > pub:
                        fail(msgs, w, "event_date %s after published %s" % (ed, pub))
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        fail(msgs, w, "event_date %s more than %d days before published" % (ed, MAX_LAG_DAYS))
            key = (place, inc.get("event_date"), st)
            if key in seen:
                fail(msgs, w, "duplicate place/date/sub-type %r" % (key,))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            coords_ok = True
            for nm, v in (("lat", lat), ("lon", lon)):
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    fail(msgs, w, "%s %r not a number" % (nm, v))
                    coords_ok = False
                elif decimals(v) > 5:
                    fail(msgs, w, "%s %r has more than 5 decimals" % (nm, v))
            country = inc.get("country")
            gid = inc.get("geonameid")
            if country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fail(msgs, w, "UA incident without integer geonameid")
                elif gn is not None:
                    rec = gn.get(gid)
                    if rec is None:
                        fail(msgs, w, "geonameid %s not in UA.zip" % gid)
                    else:
                        names, glat, glon, fclass, a1 = rec
                        if fclass != "P":
                            fail(msgs, w, "geonameid %s is feature class %s, not P" % (gid, fclass))
                        if coords_ok:
                            d = haversine_km(lat, lon, glat, glon)
                            if d > MAX_KM:
                                fail(msgs, w, "lat/lon %.1f km from geonameid %s" % (d, gid))
                        if inc.get("admin1") != UA_ADMIN1.get(a1):
                            fail(msgs, w, "admin1 %r, GeoNames says %r" % (inc.get("admin1"), UA_ADMIN1.get(a1)))
                        if inc.get("location") not in names:
                            fail(msgs, w, "location %r not a name of geonameid %s" % (inc.get("location"), gid))
            elif country == "RU":
                if gid is not None:
                    fail(msgs, w, "RU incident with geonameid %r" % gid)
                if inc.get("admin1") not in RU_ADMIN1:
                    fail(msgs, w, "RU admin1 %r" % inc.get("admin1"))
                if coords_ok and not (RU_LAT[0] <= lat <= RU_LAT[1] and RU_LON[0] <= lon <= RU_LON[1]):
                    fail(msgs, w, "RU lat/lon %r,%r outside box" % (lat, lon))
            else:
                fail(msgs, w, "country %r" % country)

    if msgs:
        print("\n".join(msgs))
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
