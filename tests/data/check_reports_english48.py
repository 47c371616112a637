#!/usr/bin/env python3
"""Checker for tests/data/reports_english48.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english48.py [file] [UA.zip]

UA.zip comes from the second argument (must exist if given), else from
$GEONAMES_UA_ZIP (must exist if set), else /work/shared/data/geonames/UA.zip;
if none is found the GeoNames checks are skipped with a notice and all other
checks still run. Prints "OK: 60 items, 72 incidents" or one FAIL line per
problem (exit status 1).
"""
import io
import json
import math
import os
import re
import sys
import zipfile
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english48.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

N_ITEMS = 60
N_INCIDENTS = 72
ID_PREFIX = "en48-"
MIN_WORDS, MAX_WORDS = 15, 55
MAX_SENTENCE_ENDS = 3
DATE_MIN, DATE_MAX = date(2022, 3, 1), date(2026, 11, 30)
MAX_LAG_DAYS = 10
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]

# ACLED event types and sub-event types (full codebook list).
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
    "Strategic developments": {"Agreement", "Arrest", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}

# GeoNames admin1 code -> admin1 string used in this set (Kharkiv oblast written
# "Kharkiv", the others as in admin1CodesASCII.txt).
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
RU_LAT, RU_LON = (49.5, 54.5), (30.5, 40.5)
MAX_KM = 1.0

# Style tags already used by earlier sets; this set's styles must be new.
TAKEN_STYLES = set("""
academic_event_catalogue_record acled_abduction acled_arrest acled_clash acled_crimea
acled_debris acled_hromada acled_intercept acled_looting acled_mine acled_month_of
acled_no_event acled_note acled_note_multi acled_note_single acled_protest
acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac
acled_vague_count acled_week_of afp afp_alert afp_brief afp_kyiv_wire_copy afp_wire
afp_wire_story agrarian_cooperative_newsletter_item agricultural_damage_survey
airline_passenger_service_notice airwars al_jazeera_key_events_line al_jazeera_live
aljazeera_live_blog ambulance_dispatch_summary amnesty_investigation anadolu
anadolu_english_brief anadolu_roundup analyst_background_memo animal_rescue_ngo_note
ansa_english_brief ansa_note ap ap_alert ap_brief ap_the_latest_item ap_wire ap_wire_story
apple_news_push_line architects_damage_survey archive_record article_fact_box_entry
ato_press_centre_coded_digest bbc_live bbc_live_blog bbc_monitoring bbc_monitoring_digest
bellingcat_quick_note blood_donor_centre_appeal bloomberg_brief bloomberg_first_word_brief
bne_intellinews border_governor_evening_post border_guard_incident_summary
border_hromada_shelling_tally border_village_note broadcaster_scrolling_chyron
broadsheet_news_in_brief_column bta_note bus_operator_incident_report
business_wire_industrial_item casualty_recording_ngo_incident_description cbc_news cbs_news
charity_appeal_text child_rights_ngo_bulletin church_damage_report cir_map_entry
city_council_post city_council_session_minutes city_council_viber_channel_post
civcas_assessment civharm civic_brief civic_protest_monitor_record
civilian_harm_dataset_reviewer_note civilian_harm_incident_card
civilian_harm_team_dataset_description cnn_live_blog coder_note coder_weekly_digest
commercial_radio_hourly_news_read commodity_markets_wrap_aside conflict_observatory
correspondent_dispatch_opening correspondent_notebook_jotting court_judgment_summary
cpi_event_row crimea_detention_chronicle cultural_heritage_loss_register
current_events_portal_line data_journalist_spreadsheet_note deepstate_changelog
demining_ngo_accident_report demining_operator_log diaspora_media_summary
diaspora_parish_newsletter_note disability_ngo_casualty_note district_weekly_newsletter
documentary_production_note donbas_ceasefire_violation_log dpa_international_wire dpa_note
dsns dsns_oblast_operational_report dsns_region_post dsns_rescue_chronicle dsns_telegram
dw_news economist_espresso education_under_attack_monitor_entry efe_note
email_morning_briefing_paragraph emergency_medical_centre_update emigre_ru_media_news_item
emoji_bullet_newsletter energoatom_statement energy_grid_attack_tracker
energy_infrastructure_register english_city_portal_brief espreso_tv eu_disinfo_lab_note
euromaidan_press euronews euronews_english_update evening_tv_news_summary_line
event_coder_qc_note event_notes_column_cell fact_check fatalities_line_aggregate
fatalities_line_legacy fatalities_line_month_name_date fatalities_line_no_event
fatalities_line_overnight fatalities_line_place_list fatalities_line_revision
fatalities_line_ru_reported fatalities_line_standard fatalities_line_territory
fatalities_line_unrest fatalities_line_vicinity_clash field_monitor financial_times_brief
football_club_statement foreign_ministry_tweet foreign_travel_advisory_update
forensic_exhumation_report france24 gas_network_incident_note gazeta_ru gdelt_summary
general_staff_summary genstaff geoconfirmed_entry german_weekly_english_edition_note
global_rights_compliance google_news_card_blurb governor governor_belgorod governor_bryansk
governor_kursk governor_post governor_post_outlet_translation governor_roundup_relayed
governor_ru governor_telegram guardian_live_blog guardian_summary hashtag_social_post
headline headline_with_standfirst healthcare_attack_database_record heritage_damage
heritage_site_monitor_bulletin hospital_incident_log hospital_press_office_post
hotel_guest_notice housing_cooperative_residents_notice housing_damage_commission_act hrmmu
hrmmu_report hromada_channel_post hromada_head_facebook_post hromada_head_post hromadske
hromadske_radio hrw_report humanitarian_access_report humanitarian_cluster_one_liner
humanitarian_convoy_incident_note humanitarian_ngo_weekly_update
humanitarian_situation_one_liner iccl_case_summary icrc_note incident_log
indian_daily_world_page_brief indictment insecurity_insight insurance_loss_adjuster
insurance_loss_register_entry interfax interfax_ru_item interfax_ua interfax_ukraine
interfax_ukraine_roundup isw isw_update izvestia japanese_broadcaster_english_service_item
journalist_investigation_appendix_entry journalist_x_post journalists_union_attack_record
kommersant kyiv_city_admin_post kyiv_independent kyiv_independent_newsletter_line
kyiv_independent_oneliner kyiv_post kyodo_english_wire kyodo_note legal_aid_clinic_intake
legal_ngo_witness_statement_summary listed_company_exchange_disclosure
live_blog_timestamped_entry live_page_line liveblog liveblog_reader_qa_answer
liveuamap_entry local_government_sms_bulletin local_monitoring_group_entry local_news
local_online_media_news local_radio_english_service_bulletin local_tv_channel
local_weekly_paper_digest loss_adjuster_site_report lrt_english magazine_feature_paragraph
map_desk_change_log_entry maritime_war_risk_bulletin mayor_post
mayor_telegram_news_site_translation media_freedom_incident media_monitoring_ngo_bulletin
medical_ngo_patient_intake meduza meduza_english_brief milblogger_translated_summary
military_administration_post militaryland_note mine_incident_note minoborony_svodka_line
missing_persons_registry_entry mod_ru morning_briefing_bullet_line
moscow_claim_kyiv_rebuttal moscow_times msf_field_report municipal_damage_commission_act
municipal_damage_register national_police_statement news_fixer_client_message
newsletter_line newsletter_overnight_roundup newsroom_timestamped_timeline newswire
ngo_case_file ngo_field_team_tweet ngo_protection_cluster ngo_security_incident_export
ngo_staff_security_sitrep night_desk_handover_note nordic_agency_english_paragraph
notes_column_coder_flag notes_column_cross_border_ru notes_column_donbas_legacy
notes_column_period_aggregate notes_column_sized_protest notes_column_standard_event
notes_column_strategic_development notes_column_territory_change notes_column_terse_entry
notes_column_with_source_line novaya_gazeta_europe npr npu_regional_channel
numbered_overnight_hits_list nv_brief nv_english nv_english_wire_item nv_roundup
nyt_live_blog obituary_death_notice oblast_admin_post_english_translation
oblast_council_news_item oblast_council_post oblast_police_comms oblast_police_press_release
oblast_prosecutor_office_post oblenergo_incident_note occupation_admin_channel
occupation_authority_post occupation_official ocha_flash ocha_flash_update ocha_sitrep
odesa_oma_post ohchr_periodic okrug_prosecutor_post ombudsperson_report_paragraph
open_source_investigation_writeup osce_moscow_mechanism osce_smm osint osint_geolocation
osint_thread_newsroom_summary osint_verification_log ova_in_news ova_roundup ova_telegram
ova_telegram_morning_summary pap_english_note pap_note parcel_courier_customer_update
parliamentary_written_answer pgo_notice phr_health_record podcast_episode_blurb podcast_note
police police_and_courts_column police_chief_post police_post police_statement
police_telegram politico_europe power_grid_damage_log_entry pravda_en
press_agency_photo_caption prosecutor prosecutor_case_register_translation
prosecutor_statement published_diary_entry publisher_app_breaking_card push_alert
qa_explainer_answer radio_bulletin radio_liberty radio_phone_in_show_recap
radio_svoboda_regional railway_incident_log rbc_ukraine rbc_ukraine_brief
reader_letter_to_editor reckoning_project_testimony_summary regional_admin
regional_newspaper_web_teaser regional_portal_english_edition_item regional_portal_uk
regional_rail_operator_notice regional_site_live_page_entry regional_tv_ticker
regional_week_in_review_digest religious_freedom_monitor_entry rescuer_interview_quote
research_assistant_coding_sheet reuters reuters_alert reuters_brief reuters_factbox_line
reuters_wire_story rferl_ukraine_live_item ria ria_en ria_novosti_flash ria_roundup
ria_sputnik rights_ngo roundup rt_english ru_agency_wire_item ru_border_evacuee_charity_note
ru_district_admin_notice ru_district_head_vk_post ru_governor_telegram_update
ru_governor_village_list_post ru_independent_rights_group_note ru_installed_official
ru_milblogger_channel_post ru_mod ru_mod_daily_briefing_transcript ru_oblast_head_channel
ru_raion_newspaper_short ru_regional_media_digest ru_regional_news_portal_item
russian_mod_claim school_damage_registry school_director_message_to_parents
school_principal_statement security_consultancy_client_alert security_incident ses_post
shipping_agent_port_circular sister_city_twinning_update sky_news slovo_i_dilo_record
smart_speaker_flash_briefing smoke_hazard_air_quality_warning sms_alert
source_attributed_event_summary sports_culture_desk_report story_correction_appendix
supermarket_chain_store_notice suspilne suspilne_english suspilne_oneliner
suspilne_regional_bulletin suspilne_regional_tv_short tass tass_alert tass_as_reported
tass_en tass_english_regional_wire tass_regional_dispatch tass_roundup
telegram_channel_repost_translated telegram_governor telegram_hromada_head telegram_mayor
telegram_regional_head telegram_ru_governor texty_dataset_row the_independent the_insider
think_tank_daily_map_note think_tank_event_dataset_row ticker_breaking trade_union_statement
trauma_surgeon_case_series_note travel_service_route_advisory tribunal_hearing_digest
tsn_evening_story tv_anchor_read_line tv_anchor_script_with_cues
tv_marathon_onscreen_summary ua_city_telegram_channel_ru ua_media_ru
ua_mod_daily_frontline_update ua_portal_in_russian ucdp_candidate_note uk_mod_update
ukr_ombudsman_report ukraine_air_force_post ukraine_war_tracker_row
ukrainian_embassy_statement ukrainska_pravda ukrainska_pravda_brief ukrainska_pravda_english
ukrinform ukrinform_english_regional_wire ukrinform_oneliner ukrinform_photo_caption
ukrinform_regional_dispatch ukrinform_roundup ukrpravda_feed_item ukrzaliznytsia_post
un_commission_of_inquiry un_hrmmu un_monitoring_mission_case_file
un_rights_monitoring_case_summary un_security_cell_daily_log uncovering_russia_note unian
unian_evening_digest unicef_child_casualty_note university_news_page_item
university_rector_statement up_news update us_network_breaking_line verification_desk_note
veterans_association_post volunteer_evacuation_team_log volunteer_fund_telegram_post
war_crimes_database_row war_crimes_documentation_project_entry war_crimes_ngo_case_summary
war_risk_insurance_feed war_this_week_newsletter_column washington_post_liveblog
water_utility_incident_report who_ssa wire_brief_line wire_flash_urgent_line wire_news
wire_roundup_bullet_list wire_what_we_know_box witness_statement wsj_brief x_post_official
xinhua xinhua_kiev_dispatch xinhua_roundup yonhap_note zaporizhzhia_oma_post
""".split())

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
SENT_END = re.compile(r"[.!?](?=\s|$)")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

fails = []


def fail(where, msg):
    fails.append("FAIL %s: %s" % (where, msg))


def words(text):
    return [t for t in text.split() if re.search(r"[A-Za-z0-9]", t)]


def parse_date(where, field, value):
    if not isinstance(value, str) or not ISO.match(value):
        fail(where, "%s %r is not an ISO date" % (field, value))
        return None
    try:
        d = date.fromisoformat(value)
    except ValueError:
        fail(where, "%s %r is not a valid date" % (field, value))
        return None
    if not DATE_MIN <= d <= DATE_MAX:
        fail(where, "%s %s outside %s..%s" % (field, value, DATE_MIN, DATE_MAX))
    return d


def decimals_ok(x):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return False
    if isinstance(x, int):
        return True
    r = repr(x)
    if "e" in r or "E" in r:
        return False
    return len(r.split(".")[1]) <= 5


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def find_zip(argv):
    if len(argv) > 2:
        return argv[2], True
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env is not None:
        return env, True
    if os.path.exists(DEFAULT_ZIP):
        return DEFAULT_ZIP, True
    return None, False


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                c = line.rstrip("\n").split("\t")
                if len(c) < 11:
                    continue
                try:
                    gid = int(c[0])
                except ValueError:
                    continue
                if gid not in wanted:
                    continue
                names = {c[1], c[2]} | set(a for a in c[3].split(",") if a)
                recs[gid] = dict(name=c[1], names=names, lat=float(c[4]),
                                 lon=float(c[5]), fclass=c[6], admin1=c[10])
    return recs


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    try:
        raw = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        print("FAIL file: cannot read %s (%s)" % (path, e))
        return 1
    items = []
    for n, line in enumerate(raw, 1):
        if not line.strip():
            fail("line %d" % n, "empty line")
            continue
        try:
            items.append(json.loads(line))
        except ValueError as e:
            fail("line %d" % n, "invalid JSON (%s)" % e)

    if len(items) != N_ITEMS:
        fail("file", "%d items, expected %d" % (len(items), N_ITEMS))

    n_inc = 0
    ua_refs = []   # (where, incident)
    style_parity = {}
    for k, it in enumerate(items, 1):
        where = it.get("id", "item %d" % k) if isinstance(it, dict) else "item %d" % k
        if not isinstance(it, dict):
            fail(where, "not an object")
            continue
        if list(it.keys()) != ITEM_KEYS:
            fail(where, "item keys %s, expected %s" % (list(it.keys()), ITEM_KEYS))
        want_id = "%s%03d" % (ID_PREFIX, k)
        if it.get("id") != want_id:
            fail(where, "id %r out of sequence, expected %s" % (it.get("id"), want_id))
        want_split = "holdout" if k % 2 else "tune"
        if it.get("split") != want_split:
            fail(where, "split %r, expected %s (odd ids holdout, even ids tune)"
                 % (it.get("split"), want_split))
        if it.get("lang") != "en":
            fail(where, "lang %r, expected 'en'" % it.get("lang"))
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            fail(where, "style %r is not snake_case" % style)
        elif style in TAKEN_STYLES:
            fail(where, "style %r is already taken by an earlier set" % style)
        else:
            style_parity.setdefault(style, set()).add(k % 2)
        pub = parse_date(where, "published", it.get("published"))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            fail(where, "text missing")
            text = ""
        nw = len(words(text))
        if not MIN_WORDS <= nw <= MAX_WORDS:
            fail(where, "%d words, expected %d-%d" % (nw, MIN_WORDS, MAX_WORDS))
        ns = len(SENT_END.findall(text))
        if ns > MAX_SENTENCE_ENDS:
            fail(where, "%d sentence ends, at most %d" % (ns, MAX_SENTENCE_ENDS))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fail(where, "incidents is not a list")
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            n_inc += 1
            w = "%s#%d" % (where, j)
            if not isinstance(inc, dict):
                fail(w, "incident is not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                fail(w, "incident keys %s, expected %s" % (list(inc.keys()), INC_KEYS))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail(w, "place %r does not occur in the text" % place)
            ev = parse_date(w, "event_date", inc.get("event_date"))
            if ev and pub:
                lag = (pub - ev).days
                if lag < 0:
                    fail(w, "event_date %s after published %s" % (ev, pub))
                elif lag > MAX_LAG_DAYS:
                    fail(w, "event_date %s is %d days before published (max %d)"
                         % (ev, lag, MAX_LAG_DAYS))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED.get(et, ()):
                fail(w, "bad ACLED type pair %r / %r" % (et, st))
            for f in ("killed", "injured"):
                v = inc.get(f)
                if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                    fail(w, "%s %r is not a non-negative integer or null" % (f, v))
            if et == "Battles" and (inc.get("killed") is not None or inc.get("injured") is not None):
                fail(w, "battle with counts %r/%r, expected null/null"
                     % (inc.get("killed"), inc.get("injured")))
            key = (place, inc.get("event_date"), st)
            if key in seen:
                fail(w, "duplicate incident %s / %s / %s" % key)
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            coords_ok = True
            for f, v in (("lat", lat), ("lon", lon)):
                if not decimals_ok(v):
                    fail(w, "%s %r is not a number with at most 5 decimals" % (f, v))
                    coords_ok = False
            country = inc.get("country")
            if country == "UA":
                gid = inc.get("geonameid")
                if isinstance(gid, bool) or not isinstance(gid, int):
                    fail(w, "UA incident needs an integer geonameid, got %r" % gid)
                else:
                    ua_refs.append((w, inc, coords_ok))
                if inc.get("admin1") not in UA_ADMIN1.values():
                    fail(w, "admin1 %r is not a Ukrainian admin1 name" % inc.get("admin1"))
            elif country == "RU":
                if inc.get("geonameid") is not None:
                    fail(w, "RU incident must have geonameid null")
                if inc.get("admin1") not in RU_ADMIN1:
                    fail(w, "RU admin1 %r not in %s" % (inc.get("admin1"), sorted(RU_ADMIN1)))
                if coords_ok and not (RU_LAT[0] <= lat <= RU_LAT[1] and RU_LON[0] <= lon <= RU_LON[1]):
                    fail(w, "RU lat/lon %s,%s outside the border-oblast box" % (lat, lon))
                if not isinstance(inc.get("location"), str) or not inc.get("location"):
                    fail(w, "location missing")
            else:
                fail(w, "country %r, expected UA or RU" % country)

    if n_inc != N_INCIDENTS:
        fail("file", "%d incidents, expected %d" % (n_inc, N_INCIDENTS))
    for style, par in sorted(style_parity.items()):
        if par != {0, 1}:
            fail("file", "style %s appears only in the %s half"
                 % (style, "holdout" if 1 in par else "tune"))

    zpath, have = find_zip(argv)
    if not have:
        print("NOTICE: no UA.zip found (argument, $GEONAMES_UA_ZIP or %s); "
              "GeoNames checks skipped" % DEFAULT_ZIP)
    elif not os.path.exists(zpath):
        fail("geonames", "UA.zip not found at %s" % zpath)
    else:
        wanted = {inc["geonameid"] for _, inc, _ in ua_refs}
        recs = load_geonames(zpath, wanted)
        for w, inc, coords_ok in ua_refs:
            r = recs.get(inc["geonameid"])
            if r is None:
                fail(w, "geonameid %s not in UA.zip" % inc["geonameid"])
                continue
            if r["fclass"] != "P":
                fail(w, "geonameid %s has feature class %s, expected P"
                     % (inc["geonameid"], r["fclass"]))
            if coords_ok:
                d = km(inc["lat"], inc["lon"], r["lat"], r["lon"])
                if d > MAX_KM:
                    fail(w, "lat/lon %.1f km from GeoNames %s" % (d, inc["geonameid"]))
            want_a1 = UA_ADMIN1.get(r["admin1"])
            if inc.get("admin1") != want_a1:
                fail(w, "admin1 %r, GeoNames %s is in %r"
                     % (inc.get("admin1"), inc["geonameid"], want_a1))
            if inc.get("location") not in r["names"]:
                fail(w, "location %r is not a name of GeoNames %s"
                     % (inc.get("location"), inc["geonameid"]))
            if inc.get("place") not in r["names"]:
                fail(w, "place %r is not a name of GeoNames %s"
                     % (inc.get("place"), inc["geonameid"]))

    if fails:
        for f in fails:
            print(f)
        print("%d problem(s) in %s" % (len(fails), path))
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
