#!/usr/bin/env python3
"""Checker for tests/data/reports_english41.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english41.py [file] [UA.zip]

UA.zip is taken from the second argument (which must exist if given), else from
$GEONAMES_UA_ZIP (which must exist if set), else /work/shared/data/geonames/UA.zip;
if none is available the GeoNames checks are skipped with a notice.
Prints "OK: 60 items, 70 incidents" when every check passes, else one FAIL line
per problem and exits with status 1.
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

EXPECTED_ITEMS = 60
EXPECTED_INCIDENTS = 70
ID_FMT = "en41-%03d"
MIN_WORDS, MAX_WORDS, MAX_SENTENCE_ENDS = 15, 55, 3
FIRST_DAY, LAST_DAY = datetime.date(2022, 3, 1), datetime.date(2026, 11, 30)
MAX_LAG_DAYS = 10
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INCIDENT_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
                 "event_date", "event_type", "sub_event_type", "killed", "injured"]

# ACLED codebook: event type -> sub-event types
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

# GeoNames admin1 code -> name written in `admin1` (Kharkiv oblast written "Kharkiv")
ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk',
    '05': 'Donetsk', '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson',
    '09': 'Khmelnytskyi', '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City',
    '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv',
    '17': 'Odessa', '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City',
    '21': 'Sumy', '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn',
    '25': 'Zakarpattia', '26': 'Zaporizhzhia', '27': 'Zhytomyr',
}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}

# Style tags used by earlier sets (454 tags); new styles must not be among them.
TAKEN_STYLES = set("""
academic_event_catalogue_record acled_abduction acled_arrest acled_clash acled_crimea
acled_debris acled_hromada acled_intercept acled_looting acled_mine acled_month_of
acled_no_event acled_note acled_note_multi acled_note_single acled_protest
acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac acled_vague_count
acled_week_of afp afp_alert afp_brief afp_kyiv_wire_copy afp_wire afp_wire_story
agrarian_cooperative_newsletter_item agricultural_damage_survey airline_passenger_service_notice
airwars al_jazeera_key_events_line al_jazeera_live aljazeera_live_blog
ambulance_dispatch_summary amnesty_investigation anadolu anadolu_english_brief anadolu_roundup
analyst_background_memo animal_rescue_ngo_note ansa_english_brief ansa_note ap ap_alert ap_brief
ap_the_latest_item ap_wire ap_wire_story apple_news_push_line architects_damage_survey
archive_record article_fact_box_entry ato_press_centre_coded_digest bbc_live bbc_live_blog
bbc_monitoring bbc_monitoring_digest bellingcat_quick_note bloomberg_brief
bloomberg_first_word_brief bne_intellinews border_governor_evening_post
border_guard_incident_summary border_hromada_shelling_tally border_village_note
broadcaster_scrolling_chyron bta_note bus_operator_incident_report business_wire_industrial_item
casualty_recording_ngo_incident_description cbc_news cbs_news charity_appeal_text
child_rights_ngo_bulletin church_damage_report cir_map_entry city_council_post civcas_assessment
civharm civic_brief civic_protest_monitor_record civilian_harm_dataset_reviewer_note
civilian_harm_incident_card civilian_harm_team_dataset_description cnn_live_blog coder_note
coder_weekly_digest conflict_observatory correspondent_dispatch_opening court_judgment_summary
cpi_event_row crimea_detention_chronicle cultural_heritage_loss_register deepstate_changelog
demining_ngo_accident_report demining_operator_log diaspora_media_summary
diaspora_parish_newsletter_note disability_ngo_casualty_note district_weekly_newsletter
donbas_ceasefire_violation_log dpa_international_wire dpa_note dsns
dsns_oblast_operational_report dsns_region_post dsns_rescue_chronicle dsns_telegram dw_news
economist_espresso education_under_attack_monitor_entry efe_note emergency_medical_centre_update
energoatom_statement energy_grid_attack_tracker energy_infrastructure_register
english_city_portal_brief espreso_tv eu_disinfo_lab_note euromaidan_press euronews
euronews_english_update evening_tv_news_summary_line event_coder_qc_note event_notes_column_cell
fact_check fatalities_line_aggregate fatalities_line_legacy fatalities_line_month_name_date
fatalities_line_no_event fatalities_line_overnight fatalities_line_place_list
fatalities_line_revision fatalities_line_ru_reported fatalities_line_standard
fatalities_line_territory fatalities_line_unrest fatalities_line_vicinity_clash field_monitor
financial_times_brief foreign_ministry_tweet forensic_exhumation_report france24
gas_network_incident_note gazeta_ru gdelt_summary general_staff_summary genstaff
geoconfirmed_entry german_weekly_english_edition_note global_rights_compliance
google_news_card_blurb governor governor_belgorod governor_bryansk governor_kursk governor_post
governor_post_outlet_translation governor_roundup_relayed governor_ru governor_telegram
guardian_live_blog guardian_summary headline healthcare_attack_database_record heritage_damage
heritage_site_monitor_bulletin hospital_incident_log hospital_press_office_post
housing_cooperative_residents_notice housing_damage_commission_act hrmmu hrmmu_report
hromada_channel_post hromada_head_facebook_post hromada_head_post hromadske hromadske_radio
hrw_report humanitarian_access_report humanitarian_cluster_one_liner
humanitarian_convoy_incident_note humanitarian_ngo_weekly_update
humanitarian_situation_one_liner iccl_case_summary icrc_note incident_log
indian_daily_world_page_brief indictment insecurity_insight insurance_loss_adjuster
insurance_loss_register_entry interfax interfax_ru_item interfax_ua interfax_ukraine
interfax_ukraine_roundup isw isw_update izvestia japanese_broadcaster_english_service_item
journalist_investigation_appendix_entry journalist_x_post journalists_union_attack_record
kommersant kyiv_city_admin_post kyiv_independent kyiv_independent_newsletter_line
kyiv_independent_oneliner kyiv_post kyodo_english_wire kyodo_note legal_aid_clinic_intake
legal_ngo_witness_statement_summary listed_company_exchange_disclosure
live_blog_timestamped_entry live_page_line liveblog liveuamap_entry
local_government_sms_bulletin local_monitoring_group_entry local_news local_online_media_news
local_radio_english_service_bulletin local_tv_channel loss_adjuster_site_report lrt_english
maritime_war_risk_bulletin mayor_post media_freedom_incident media_monitoring_ngo_bulletin
medical_ngo_patient_intake meduza meduza_english_brief milblogger_translated_summary
military_administration_post militaryland_note mine_incident_note minoborony_svodka_line
missing_persons_registry_entry mod_ru morning_briefing_bullet_line moscow_times msf_field_report
municipal_damage_commission_act municipal_damage_register national_police_statement
newsletter_line newsletter_overnight_roundup newswire ngo_case_file ngo_field_team_tweet
ngo_protection_cluster ngo_security_incident_export notes_column_coder_flag
notes_column_cross_border_ru notes_column_donbas_legacy notes_column_period_aggregate
notes_column_sized_protest notes_column_standard_event notes_column_strategic_development
notes_column_territory_change notes_column_terse_entry notes_column_with_source_line
novaya_gazeta_europe npr npu_regional_channel nv_brief nv_english nv_english_wire_item
nv_roundup nyt_live_blog oblast_admin_post_english_translation oblast_council_news_item
oblast_council_post oblast_police_comms oblast_police_press_release oblenergo_incident_note
occupation_admin_channel occupation_authority_post occupation_official ocha_flash
ocha_flash_update ocha_sitrep odesa_oma_post ohchr_periodic okrug_prosecutor_post
ombudsperson_report_paragraph open_source_investigation_writeup osce_moscow_mechanism osce_smm
osint osint_geolocation osint_verification_log ova_in_news ova_roundup ova_telegram
ova_telegram_morning_summary pap_english_note pap_note pgo_notice phr_health_record
podcast_episode_blurb podcast_note police police_chief_post police_post police_statement
police_telegram politico_europe power_grid_damage_log_entry pravda_en press_agency_photo_caption
prosecutor prosecutor_case_register_translation prosecutor_statement publisher_app_breaking_card
push_alert qa_explainer_answer radio_bulletin radio_liberty radio_svoboda_regional
railway_incident_log rbc_ukraine rbc_ukraine_brief reckoning_project_testimony_summary
regional_admin regional_newspaper_web_teaser regional_portal_english_edition_item
regional_portal_uk regional_rail_operator_notice regional_tv_ticker
religious_freedom_monitor_entry research_assistant_coding_sheet reuters reuters_alert
reuters_brief reuters_factbox_line reuters_wire_story rferl_ukraine_live_item ria ria_en
ria_novosti_flash ria_roundup ria_sputnik rights_ngo roundup rt_english ru_agency_wire_item
ru_border_evacuee_charity_note ru_district_admin_notice ru_governor_telegram_update
ru_independent_rights_group_note ru_installed_official ru_mod ru_oblast_head_channel
ru_regional_media_digest russian_mod_claim school_damage_registry school_principal_statement
security_consultancy_client_alert security_incident ses_post sister_city_twinning_update
sky_news slovo_i_dilo_record sms_alert source_attributed_event_summary
sports_culture_desk_report story_correction_appendix suspilne suspilne_english suspilne_oneliner
suspilne_regional_bulletin suspilne_regional_tv_short tass tass_alert tass_as_reported tass_en
tass_english_regional_wire tass_regional_dispatch tass_roundup
telegram_channel_repost_translated telegram_governor telegram_hromada_head telegram_mayor
telegram_regional_head telegram_ru_governor texty_dataset_row the_independent the_insider
think_tank_event_dataset_row ticker_breaking trauma_surgeon_case_series_note
travel_service_route_advisory tribunal_hearing_digest tsn_evening_story tv_anchor_read_line
ua_media_ru ua_portal_in_russian ucdp_candidate_note uk_mod_update ukr_ombudsman_report
ukraine_air_force_post ukraine_war_tracker_row ukrainian_embassy_statement ukrainska_pravda
ukrainska_pravda_brief ukrainska_pravda_english ukrinform ukrinform_english_regional_wire
ukrinform_oneliner ukrinform_photo_caption ukrinform_regional_dispatch ukrinform_roundup
ukrpravda_feed_item ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu
un_monitoring_mission_case_file un_rights_monitoring_case_summary un_security_cell_daily_log
uncovering_russia_note unian unian_evening_digest unicef_child_casualty_note
university_news_page_item university_rector_statement up_news update us_network_breaking_line
verification_desk_note volunteer_evacuation_team_log war_crimes_database_row
war_crimes_documentation_project_entry war_crimes_ngo_case_summary war_risk_insurance_feed
washington_post_liveblog water_utility_incident_report who_ssa wire_brief_line
wire_flash_urgent_line wire_news witness_statement wsj_brief x_post_official xinhua
xinhua_kiev_dispatch xinhua_roundup yonhap_note zaporizhzhia_oma_post
""".split())

STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
SENT_END_RE = re.compile(r"[.!?](?=\s|$)")
problems = []


def fail(where, msg):
    problems.append("FAIL %s: %s" % (where, msg))


def words(text):
    return [t for t in text.split() if re.search(r"\w", t)]


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def max5(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and round(x, 5) == x


def count_ok(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def km(lat1, lon1, lat2, lon2):
    r = math.radians
    a = (math.sin(r(lat2 - lat1) / 2) ** 2
         + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def find_zip(argv):
    if len(argv) > 2:
        if not os.path.isfile(argv[2]):
            fail("UA.zip", "argument %s does not exist" % argv[2])
        return argv[2] if os.path.isfile(argv[2]) else None
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env is not None:
        if not os.path.isfile(env):
            fail("UA.zip", "$GEONAMES_UA_ZIP=%s does not exist" % env)
            return None
        return env
    return DEFAULT_ZIP if os.path.isfile(DEFAULT_ZIP) else None


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if p[0].isdigit() and int(p[0]) in wanted:
                    recs[int(p[0])] = p
    return recs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "reports_english41.jsonl")
    zpath = find_zip(argv)
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                fail("line %d" % n, "not JSON (%s)" % e)
    if len(items) != EXPECTED_ITEMS:
        fail("file", "%d items, expected %d" % (len(items), EXPECTED_ITEMS))
    n_inc = 0
    ua_checks = []
    for k, it in enumerate(items, 1):
        if not isinstance(it, dict):
            fail("item %d" % k, "not an object")
            continue
        iid = it.get("id", "item %d" % k)
        if list(it.keys()) != ITEM_KEYS:
            fail(iid, "item keys %s, expected %s" % (list(it.keys()), ITEM_KEYS))
        if it.get("id") != ID_FMT % k:
            fail(iid, "id out of sequence, expected %s" % (ID_FMT % k))
        if it.get("split") != ("holdout" if k % 2 else "tune"):
            fail(iid, "split %r, expected %r" % (it.get("split"), "holdout" if k % 2 else "tune"))
        if it.get("lang") != "en":
            fail(iid, "lang %r, expected 'en'" % it.get("lang"))
        style = it.get("style")
        if not isinstance(style, str) or not STYLE_RE.match(style):
            fail(iid, "style %r is not snake_case" % style)
        elif style in TAKEN_STYLES:
            fail(iid, "style %r is already taken" % style)
        text = it.get("text")
        if not isinstance(text, str):
            fail(iid, "text missing")
            text = ""
        nw = len(words(text))
        if not MIN_WORDS <= nw <= MAX_WORDS:
            fail(iid, "%d words, expected %d-%d" % (nw, MIN_WORDS, MAX_WORDS))
        ns = len(SENT_END_RE.findall(text))
        if ns > MAX_SENTENCE_ENDS:
            fail(iid, "%d sentence ends, at most %d" % (ns, MAX_SENTENCE_ENDS))
        pub = iso(it.get("published"))
        if pub is None:
            fail(iid, "published %r is not an ISO date" % it.get("published"))
        elif not FIRST_DAY <= pub <= LAST_DAY:
            fail(iid, "published %s outside %s..%s" % (pub, FIRST_DAY, LAST_DAY))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fail(iid, "incidents is not a list")
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            n_inc += 1
            w = "%s#%d" % (iid, j)
            if not isinstance(inc, dict):
                fail(w, "incident is not an object")
                continue
            if list(inc.keys()) != INCIDENT_KEYS:
                fail(w, "incident keys %s, expected %s" % (list(inc.keys()), INCIDENT_KEYS))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail(w, "place %r does not occur in text" % place)
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                fail(w, "event type/sub-type pair %r/%r not in the ACLED codebook" % (et, st))
            for key in ("killed", "injured"):
                if not count_ok(inc.get(key)):
                    fail(w, "%s %r is not a non-negative int or null" % (key, inc.get(key)))
            if et == "Battles" and (inc.get("killed") is not None or inc.get("injured") is not None):
                fail(w, "battle with counts %r/%r, expected null/null"
                     % (inc.get("killed"), inc.get("injured")))
            ed = iso(inc.get("event_date"))
            if ed is None:
                fail(w, "event_date %r is not an ISO date" % inc.get("event_date"))
            elif pub is not None:
                if ed > pub:
                    fail(w, "event_date %s after published %s" % (ed, pub))
                elif (pub - ed).days > MAX_LAG_DAYS:
                    fail(w, "event_date %s more than %d days before published %s"
                         % (ed, MAX_LAG_DAYS, pub))
            key = (place, inc.get("event_date"), st)
            if key in seen:
                fail(w, "duplicate incident %s / %s / %s" % key)
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not max5(lat) or not max5(lon):
                fail(w, "lat/lon %r/%r not numbers with at most 5 decimals" % (lat, lon))
                lat = lon = None
            country = inc.get("country")
            if country == "RU":
                if inc.get("geonameid") is not None:
                    fail(w, "RU incident with geonameid %r, expected null" % inc.get("geonameid"))
                if inc.get("admin1") not in RU_ADMIN1:
                    fail(w, "RU admin1 %r not one of %s" % (inc.get("admin1"), sorted(RU_ADMIN1)))
                if lat is not None and not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    fail(w, "RU lat/lon %s/%s outside 49.5-54.5 / 30.5-40.5" % (lat, lon))
            elif country == "UA":
                gid = inc.get("geonameid")
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fail(w, "UA incident with geonameid %r, expected an int" % gid)
                else:
                    ua_checks.append((w, gid, inc, lat, lon))
            else:
                fail(w, "country %r, expected UA or RU" % country)
    if n_inc != EXPECTED_INCIDENTS:
        fail("file", "%d incidents, expected %d" % (n_inc, EXPECTED_INCIDENTS))
    if zpath is None:
        if not any(p.startswith("FAIL UA.zip") for p in problems):
            print("NOTICE: no UA.zip found; GeoNames checks skipped")
    else:
        recs = load_geonames(zpath, {c[1] for c in ua_checks})
        for w, gid, inc, lat, lon in ua_checks:
            p = recs.get(gid)
            if p is None:
                fail(w, "geonameid %d not in %s" % (gid, zpath))
                continue
            if p[6] != "P":
                fail(w, "geonameid %d has feature class %s, expected P" % (gid, p[6]))
            if lat is not None:
                d = km(lat, lon, float(p[4]), float(p[5]))
                if d > 1.0:
                    fail(w, "lat/lon %.1f km from GeoNames %d" % (d, gid))
            want = ADMIN1.get(p[10])
            if inc.get("admin1") != want:
                fail(w, "admin1 %r, GeoNames %d gives %r" % (inc.get("admin1"), gid, want))
            names = {p[1], p[2]} | {a for a in p[3].split(",") if a}
            if inc.get("location") not in names:
                fail(w, "location %r is not a name of GeoNames %d (%s)" % (inc.get("location"), gid, p[1]))
    if problems:
        for p in problems:
            print(p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
