#!/usr/bin/env python3
"""Checker for tests/data/reports_english34.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english34.py [file] [UA.zip]
UA.zip: argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints "OK: 60 items, N incidents" (plus a stats line) or one FAIL line per fault
and exits 1.
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
PREFIX = "en34"
PUB_MIN, PUB_MAX = "2014-04-01", "2026-11-30"
MAX_LAG_DAYS = 45
WORDS_MIN, WORDS_MAX = 25, 90
SENT_MIN, SENT_MAX = 1, 4
MAX_INCIDENTS = 3

ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]

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

# GeoNames admin1 code -> ASCII name (UA), Kharkiv oblast written "Kharkiv".
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}

# Rough boxes (lat_min, lat_max, lon_min, lon_max) for Russian border oblasts.
RU_BOXES = {
    "Rostov Oblast": (45.9, 50.3, 38.2, 44.4),
    "Belgorod Oblast": (49.8, 51.5, 35.2, 39.3),
    "Kursk Oblast": (50.8, 52.5, 34.0, 38.6),
    "Bryansk Oblast": (52.0, 54.0, 31.2, 35.3),
}
RU_OUTER = (45.9, 54.5, 30.5, 44.5)

# Style tags used by earlier sets (374); every style here must be new.
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

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9'\"(\[])")
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
NO_EVENT_RE = re.compile(r"^No event\b")

faults = []


def fail(where, msg):
    faults.append("FAIL %s: %s" % (where, msg))


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def decimals(x):
    r = repr(x)
    if "e" in r or "E" in r:
        return 99
    return len(r.split(".")[1]) if "." in r else 0


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def load_geonames(path):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) < 11 or p[6] != "P":
                    continue
                names = {p[1], p[2]} | {n for n in p[3].split(",") if n}
                recs[int(p[0])] = (float(p[4]), float(p[5]), p[10], names)
    return recs


def count_ok(v):
    return v is None or (type(v) is int and v >= 0)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "reports_english34.jsonl")
    zpath = (sys.argv[2] if len(sys.argv) > 2 else
             os.environ.get("GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip"))
    geo = load_geonames(zpath)

    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != N_ITEMS:
        fail("file", "%d lines, expected %d" % (len(lines), N_ITEMS))

    stats = {"holdout": 0, "tune": 0, "ru": 0, "empty": 0, "inc": 0}
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        try:
            it = json.loads(line)
        except ValueError as e:
            fail(where, "invalid JSON (%s)" % e)
            continue
        if not isinstance(it, dict):
            fail(where, "not an object")
            continue
        iid = it.get("id")
        where = "%s" % iid if isinstance(iid, str) else where
        if list(it.keys()) != ITEM_KEYS:
            fail(where, "item keys/order %s" % list(it.keys()))
        want = "%s-%03d" % (PREFIX, ln)
        if iid != want:
            fail(where, "id %r, expected %s" % (iid, want))
        if it.get("lang") != "en":
            fail(where, "lang %r" % it.get("lang"))
        m = re.fullmatch(PREFIX + r"-(\d{3})", iid or "")
        if m:
            exp = "holdout" if int(m.group(1)) % 2 else "tune"
            if it.get("split") != exp:
                fail(where, "split %r, expected %s" % (it.get("split"), exp))
        style = it.get("style")
        if not isinstance(style, str) or not STYLE_RE.match(style):
            fail(where, "style %r not snake_case" % style)
        elif style in TAKEN_STYLES:
            fail(where, "style %r already used by an earlier set" % style)
        pub = iso(it.get("published"))
        if pub is None:
            fail(where, "published %r not an ISO date" % it.get("published"))
        elif not (PUB_MIN <= pub.isoformat() <= PUB_MAX):
            fail(where, "published %s outside %s..%s" % (pub, PUB_MIN, PUB_MAX))
        text = it.get("text")
        if not isinstance(text, str):
            fail(where, "text missing")
            text = ""
        nw = len(text.split())
        if not (WORDS_MIN <= nw <= WORDS_MAX):
            fail(where, "%d words (allowed %d-%d)" % (nw, WORDS_MIN, WORDS_MAX))
        ns = len([s for s in SENT_SPLIT.split(text.strip()) if s.strip()])
        if not (SENT_MIN <= ns <= SENT_MAX):
            fail(where, "%d sentences (allowed %d-%d)" % (ns, SENT_MIN, SENT_MAX))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fail(where, "incidents not a list")
            continue
        if len(incs) > MAX_INCIDENTS:
            fail(where, "%d incidents (max %d)" % (len(incs), MAX_INCIDENTS))
        no_event = bool(NO_EVENT_RE.match(text))
        if no_event and incs:
            fail(where, "'No event' note has incidents")
        if not incs:
            stats["empty"] += 1
            if not no_event:
                fail(where, "no incidents but the note does not open 'No event'")
        low = text.lower()
        dates = []
        seen = set()
        for k, inc in enumerate(incs, 1):
            w = "%s inc %d" % (where, k)
            if not isinstance(inc, dict):
                fail(w, "incident not an object")
                continue
            stats["inc"] += 1
            if isinstance(it.get("split"), str) and it["split"] in stats:
                stats[it["split"]] += 1
            if list(inc.keys()) != INC_KEYS:
                fail(w, "incident keys/order %s" % list(inc.keys()))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail(w, "place %r not in text" % place)
            ed = iso(inc.get("event_date"))
            if ed is None:
                fail(w, "event_date %r not an ISO date" % inc.get("event_date"))
            else:
                dates.append(ed)
                if pub is not None:
                    if ed > pub:
                        fail(w, "event_date %s after published %s" % (ed, pub))
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        fail(w, "event_date %s more than %d days before published" % (ed, MAX_LAG_DAYS))
                if "week of" in low and ed.weekday() != 0:
                    fail(w, "'week of' note not dated on a Monday (%s)" % ed)
                if "month of" in low and ed.day != 1:
                    fail(w, "'month of' note not dated on the 1st (%s)" % ed)
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                fail(w, "bad ACLED pair %r / %r" % (et, st))
            for c in ("killed", "injured"):
                if not count_ok(inc.get(c)):
                    fail(w, "%s %r not a non-negative int or null" % (c, inc.get(c)))
            key = (place, inc.get("event_date"), et, st)
            if key in seen:
                fail(w, "duplicate place/date/type/sub-type")
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if type(lat) is not float or type(lon) is not float:
                fail(w, "lat/lon not floats (%r, %r)" % (lat, lon))
                continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                fail(w, "lat/lon with more than 5 decimals")
            country, gid = inc.get("country"), inc.get("geonameid")
            if country == "UA":
                if type(gid) is not int or gid not in geo:
                    fail(w, "geonameid %r not a UA.zip P record" % gid)
                    continue
                glat, glon, a1, names = geo[gid]
                d = km(lat, lon, glat, glon)
                if d > 1.0:
                    fail(w, "point %.1f km from geonameid %d" % (d, gid))
                if inc.get("admin1") != UA_ADMIN1.get(a1):
                    fail(w, "admin1 %r, GeoNames has %r" % (inc.get("admin1"), UA_ADMIN1.get(a1)))
                if inc.get("location") not in names:
                    fail(w, "location %r not a name of geonameid %d" % (inc.get("location"), gid))
            elif country == "RU":
                stats["ru"] += 1
                if gid is not None:
                    fail(w, "RU row with geonameid %r" % gid)
                if inc.get("location") != place:
                    fail(w, "RU location %r != place %r" % (inc.get("location"), place))
                a1 = inc.get("admin1")
                if a1 not in RU_BOXES:
                    fail(w, "RU admin1 %r" % a1)
                a, b, c_, e = RU_OUTER
                if not (a <= lat <= b and c_ <= lon <= e):
                    fail(w, "RU point %.3f,%.3f outside the border-oblast frame" % (lat, lon))
                if a1 in RU_BOXES:
                    a, b, c_, e = RU_BOXES[a1]
                    if not (a <= lat <= b and c_ <= lon <= e):
                        fail(w, "RU point %.3f,%.3f outside the %s box" % (lat, lon, a1))
            else:
                fail(w, "country %r" % country)
        if "week of" not in low and pub is not None:
            for i, wd in enumerate(WEEKDAYS):
                if re.search(r"\b%s\b" % wd, low):
                    if not any(d.weekday() == i and 0 <= (pub - d).days <= 7 for d in dates):
                        fail(where, "weekday %r matches no incident date within 7 days before published" % wd.capitalize())

    if faults:
        for f in faults:
            print(f)
        sys.exit(1)
    print("OK: %d items, %d incidents" % (len(lines), stats["inc"]))
    print("holdout %d, tune %d incidents; RU %d; no-incident notes %d"
          % (stats["holdout"], stats["tune"], stats["ru"], stats["empty"]))


if __name__ == "__main__":
    main()
