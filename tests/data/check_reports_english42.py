#!/usr/bin/env python3
"""Checker for tests/data/reports_english42.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english42.py [file] [UA.zip]

UA.zip comes from the second argument (which must exist if given), else from
$GEONAMES_UA_ZIP (which must exist if set), else from
/work/shared/data/geonames/UA.zip; if none is available the GeoNames checks
are skipped with a notice and everything else is still checked.
Prints "OK: 60 items, 73 incidents" or one FAIL line per problem (exit 1).
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "reports_english42.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"
N_ITEMS = 60
N_INCIDENTS = 73
MIN_WORDS, MAX_WORDS = 15, 55
MAX_SENTENCES = 3
PUB_MIN, PUB_MAX = "2022-03-01", "2026-11-30"
MAX_LAG_DAYS = 10
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
    "Strategic developments": {"Agreement", "Arrest", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
# GeoNames admin1 code -> name used in this set (Kharkiv oblast written "Kharkiv").
ADMIN1 = {
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
# Style tags used by earlier sets; this set's styles must be new.
TAKEN_STYLES = {
    'academic_event_catalogue_record', 'acled_abduction', 'acled_arrest', 'acled_clash',
    'acled_crimea', 'acled_debris', 'acled_hromada', 'acled_intercept', 'acled_looting',
    'acled_mine', 'acled_month_of', 'acled_no_event', 'acled_note', 'acled_note_multi',
    'acled_note_single', 'acled_protest', 'acled_regional_overview_line', 'acled_riot',
    'acled_russia', 'acled_territory', 'acled_vac', 'acled_vague_count', 'acled_week_of', 'afp',
    'afp_alert', 'afp_brief', 'afp_kyiv_wire_copy', 'afp_wire', 'afp_wire_story',
    'agrarian_cooperative_newsletter_item', 'agricultural_damage_survey',
    'airline_passenger_service_notice', 'airwars', 'al_jazeera_key_events_line', 'al_jazeera_live',
    'aljazeera_live_blog', 'ambulance_dispatch_summary', 'amnesty_investigation', 'anadolu',
    'anadolu_english_brief', 'anadolu_roundup', 'analyst_background_memo',
    'animal_rescue_ngo_note', 'ansa_english_brief', 'ansa_note', 'ap', 'ap_alert', 'ap_brief',
    'ap_the_latest_item', 'ap_wire', 'ap_wire_story', 'apple_news_push_line',
    'architects_damage_survey', 'archive_record', 'article_fact_box_entry',
    'ato_press_centre_coded_digest', 'bbc_live', 'bbc_live_blog', 'bbc_monitoring',
    'bbc_monitoring_digest', 'bellingcat_quick_note', 'bloomberg_brief',
    'bloomberg_first_word_brief', 'bne_intellinews', 'border_governor_evening_post',
    'border_guard_incident_summary', 'border_hromada_shelling_tally', 'border_village_note',
    'broadcaster_scrolling_chyron', 'bta_note', 'bus_operator_incident_report',
    'business_wire_industrial_item', 'casualty_recording_ngo_incident_description', 'cbc_news',
    'cbs_news', 'charity_appeal_text', 'child_rights_ngo_bulletin', 'church_damage_report',
    'cir_map_entry', 'city_council_post', 'civcas_assessment', 'civharm', 'civic_brief',
    'civic_protest_monitor_record', 'civilian_harm_dataset_reviewer_note',
    'civilian_harm_incident_card', 'civilian_harm_team_dataset_description', 'cnn_live_blog',
    'coder_note', 'coder_weekly_digest', 'conflict_observatory', 'correspondent_dispatch_opening',
    'court_judgment_summary', 'cpi_event_row', 'crimea_detention_chronicle',
    'cultural_heritage_loss_register', 'deepstate_changelog', 'demining_ngo_accident_report',
    'demining_operator_log', 'diaspora_media_summary', 'diaspora_parish_newsletter_note',
    'disability_ngo_casualty_note', 'district_weekly_newsletter', 'donbas_ceasefire_violation_log',
    'dpa_international_wire', 'dpa_note', 'dsns', 'dsns_oblast_operational_report',
    'dsns_region_post', 'dsns_rescue_chronicle', 'dsns_telegram', 'dw_news', 'economist_espresso',
    'education_under_attack_monitor_entry', 'efe_note', 'emergency_medical_centre_update',
    'energoatom_statement', 'energy_grid_attack_tracker', 'energy_infrastructure_register',
    'english_city_portal_brief', 'espreso_tv', 'eu_disinfo_lab_note', 'euromaidan_press',
    'euronews', 'euronews_english_update', 'evening_tv_news_summary_line', 'event_coder_qc_note',
    'event_notes_column_cell', 'fact_check', 'fatalities_line_aggregate', 'fatalities_line_legacy',
    'fatalities_line_month_name_date', 'fatalities_line_no_event', 'fatalities_line_overnight',
    'fatalities_line_place_list', 'fatalities_line_revision', 'fatalities_line_ru_reported',
    'fatalities_line_standard', 'fatalities_line_territory', 'fatalities_line_unrest',
    'fatalities_line_vicinity_clash', 'field_monitor', 'financial_times_brief',
    'foreign_ministry_tweet', 'forensic_exhumation_report', 'france24',
    'gas_network_incident_note', 'gazeta_ru', 'gdelt_summary', 'general_staff_summary', 'genstaff',
    'geoconfirmed_entry', 'german_weekly_english_edition_note', 'global_rights_compliance',
    'google_news_card_blurb', 'governor', 'governor_belgorod', 'governor_bryansk',
    'governor_kursk', 'governor_post', 'governor_post_outlet_translation',
    'governor_roundup_relayed', 'governor_ru', 'governor_telegram', 'guardian_live_blog',
    'guardian_summary', 'headline', 'healthcare_attack_database_record', 'heritage_damage',
    'heritage_site_monitor_bulletin', 'hospital_incident_log', 'hospital_press_office_post',
    'housing_cooperative_residents_notice', 'housing_damage_commission_act', 'hrmmu',
    'hrmmu_report', 'hromada_channel_post', 'hromada_head_facebook_post', 'hromada_head_post',
    'hromadske', 'hromadske_radio', 'hrw_report', 'humanitarian_access_report',
    'humanitarian_cluster_one_liner', 'humanitarian_convoy_incident_note',
    'humanitarian_ngo_weekly_update', 'humanitarian_situation_one_liner', 'iccl_case_summary',
    'icrc_note', 'incident_log', 'indian_daily_world_page_brief', 'indictment',
    'insecurity_insight', 'insurance_loss_adjuster', 'insurance_loss_register_entry', 'interfax',
    'interfax_ru_item', 'interfax_ua', 'interfax_ukraine', 'interfax_ukraine_roundup', 'isw',
    'isw_update', 'izvestia', 'japanese_broadcaster_english_service_item',
    'journalist_investigation_appendix_entry', 'journalist_x_post',
    'journalists_union_attack_record', 'kommersant', 'kyiv_city_admin_post', 'kyiv_independent',
    'kyiv_independent_newsletter_line', 'kyiv_independent_oneliner', 'kyiv_post',
    'kyodo_english_wire', 'kyodo_note', 'legal_aid_clinic_intake',
    'legal_ngo_witness_statement_summary', 'listed_company_exchange_disclosure',
    'live_blog_timestamped_entry', 'live_page_line', 'liveblog', 'liveuamap_entry',
    'local_government_sms_bulletin', 'local_monitoring_group_entry', 'local_news',
    'local_online_media_news', 'local_radio_english_service_bulletin', 'local_tv_channel',
    'loss_adjuster_site_report', 'lrt_english', 'maritime_war_risk_bulletin', 'mayor_post',
    'media_freedom_incident', 'media_monitoring_ngo_bulletin', 'medical_ngo_patient_intake',
    'meduza', 'meduza_english_brief', 'milblogger_translated_summary',
    'military_administration_post', 'militaryland_note', 'mine_incident_note',
    'minoborony_svodka_line', 'missing_persons_registry_entry', 'mod_ru',
    'morning_briefing_bullet_line', 'moscow_times', 'msf_field_report',
    'municipal_damage_commission_act', 'municipal_damage_register', 'national_police_statement',
    'newsletter_line', 'newsletter_overnight_roundup', 'newswire', 'ngo_case_file',
    'ngo_field_team_tweet', 'ngo_protection_cluster', 'ngo_security_incident_export',
    'notes_column_coder_flag', 'notes_column_cross_border_ru', 'notes_column_donbas_legacy',
    'notes_column_period_aggregate', 'notes_column_sized_protest', 'notes_column_standard_event',
    'notes_column_strategic_development', 'notes_column_territory_change',
    'notes_column_terse_entry', 'notes_column_with_source_line', 'novaya_gazeta_europe', 'npr',
    'npu_regional_channel', 'nv_brief', 'nv_english', 'nv_english_wire_item', 'nv_roundup',
    'nyt_live_blog', 'oblast_admin_post_english_translation', 'oblast_council_news_item',
    'oblast_council_post', 'oblast_police_comms', 'oblast_police_press_release',
    'oblenergo_incident_note', 'occupation_admin_channel', 'occupation_authority_post',
    'occupation_official', 'ocha_flash', 'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post',
    'ohchr_periodic', 'okrug_prosecutor_post', 'ombudsperson_report_paragraph',
    'open_source_investigation_writeup', 'osce_moscow_mechanism', 'osce_smm', 'osint',
    'osint_geolocation', 'osint_verification_log', 'ova_in_news', 'ova_roundup', 'ova_telegram',
    'ova_telegram_morning_summary', 'pap_english_note', 'pap_note', 'pgo_notice',
    'phr_health_record', 'podcast_episode_blurb', 'podcast_note', 'police', 'police_chief_post',
    'police_post', 'police_statement', 'police_telegram', 'politico_europe',
    'power_grid_damage_log_entry', 'pravda_en', 'press_agency_photo_caption', 'prosecutor',
    'prosecutor_case_register_translation', 'prosecutor_statement', 'publisher_app_breaking_card',
    'push_alert', 'qa_explainer_answer', 'radio_bulletin', 'radio_liberty',
    'radio_svoboda_regional', 'railway_incident_log', 'rbc_ukraine', 'rbc_ukraine_brief',
    'reckoning_project_testimony_summary', 'regional_admin', 'regional_newspaper_web_teaser',
    'regional_portal_english_edition_item', 'regional_portal_uk', 'regional_rail_operator_notice',
    'regional_tv_ticker', 'religious_freedom_monitor_entry', 'research_assistant_coding_sheet',
    'reuters', 'reuters_alert', 'reuters_brief', 'reuters_factbox_line', 'reuters_wire_story',
    'rferl_ukraine_live_item', 'ria', 'ria_en', 'ria_novosti_flash', 'ria_roundup', 'ria_sputnik',
    'rights_ngo', 'roundup', 'rt_english', 'ru_agency_wire_item', 'ru_border_evacuee_charity_note',
    'ru_district_admin_notice', 'ru_governor_telegram_update', 'ru_independent_rights_group_note',
    'ru_installed_official', 'ru_mod', 'ru_oblast_head_channel', 'ru_regional_media_digest',
    'russian_mod_claim', 'school_damage_registry', 'school_principal_statement',
    'security_consultancy_client_alert', 'security_incident', 'ses_post',
    'sister_city_twinning_update', 'sky_news', 'slovo_i_dilo_record', 'sms_alert',
    'source_attributed_event_summary', 'sports_culture_desk_report', 'story_correction_appendix',
    'suspilne', 'suspilne_english', 'suspilne_oneliner', 'suspilne_regional_bulletin',
    'suspilne_regional_tv_short', 'tass', 'tass_alert', 'tass_as_reported', 'tass_en',
    'tass_english_regional_wire', 'tass_regional_dispatch', 'tass_roundup',
    'telegram_channel_repost_translated', 'telegram_governor', 'telegram_hromada_head',
    'telegram_mayor', 'telegram_regional_head', 'telegram_ru_governor', 'texty_dataset_row',
    'the_independent', 'the_insider', 'think_tank_event_dataset_row', 'ticker_breaking',
    'trauma_surgeon_case_series_note', 'travel_service_route_advisory', 'tribunal_hearing_digest',
    'tsn_evening_story', 'tv_anchor_read_line', 'ua_media_ru', 'ua_portal_in_russian',
    'ucdp_candidate_note', 'uk_mod_update', 'ukr_ombudsman_report', 'ukraine_air_force_post',
    'ukraine_war_tracker_row', 'ukrainian_embassy_statement', 'ukrainska_pravda',
    'ukrainska_pravda_brief', 'ukrainska_pravda_english', 'ukrinform',
    'ukrinform_english_regional_wire', 'ukrinform_oneliner', 'ukrinform_photo_caption',
    'ukrinform_regional_dispatch', 'ukrinform_roundup', 'ukrpravda_feed_item',
    'ukrzaliznytsia_post', 'un_commission_of_inquiry', 'un_hrmmu',
    'un_monitoring_mission_case_file', 'un_rights_monitoring_case_summary',
    'un_security_cell_daily_log', 'uncovering_russia_note', 'unian', 'unian_evening_digest',
    'unicef_child_casualty_note', 'university_news_page_item', 'university_rector_statement',
    'up_news', 'update', 'us_network_breaking_line', 'verification_desk_note',
    'volunteer_evacuation_team_log', 'war_crimes_database_row',
    'war_crimes_documentation_project_entry', 'war_crimes_ngo_case_summary',
    'war_risk_insurance_feed', 'washington_post_liveblog', 'water_utility_incident_report',
    'who_ssa', 'wire_brief_line', 'wire_flash_urgent_line', 'wire_news', 'witness_statement',
    'wsj_brief', 'x_post_official', 'xinhua', 'xinhua_kiev_dispatch', 'xinhua_roundup',
    'yonhap_note', 'zaporizhzhia_oma_post',
}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
SENT_END = re.compile(r"[.!?](?=\s|$)")

fails = []


def fail(msg):
    fails.append(msg)


def iso(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return None
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


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def find_zip(argv):
    if len(argv) > 2:
        if not os.path.isfile(argv[2]):
            fail("UA.zip given as argument does not exist: %s" % argv[2])
            return None
        return argv[2]
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env is not None:
        if not os.path.isfile(env):
            fail("$GEONAMES_UA_ZIP does not exist: %s" % env)
            return None
        return env
    if os.path.isfile(DEFAULT_ZIP):
        return DEFAULT_ZIP
    print("NOTICE: no UA.zip found; GeoNames checks skipped")
    return None


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith("UA.txt"))
        with z.open(name) as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) > 10 and p[0].isdigit() and int(p[0]) in wanted:
                    recs[int(p[0])] = p
    return recs


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = find_zip(argv)
    items = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                fail("line %d: empty line" % n)
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                fail("line %d: bad JSON (%s)" % (n, e))
    if len(items) != N_ITEMS:
        fail("expected %d items, found %d" % (N_ITEMS, len(items)))
    n_inc = sum(len(it.get("incidents") or []) for it in items)
    if n_inc != N_INCIDENTS:
        fail("expected %d incidents, found %d" % (N_INCIDENTS, n_inc))
    wanted = {inc.get("geonameid") for it in items for inc in it.get("incidents") or []
              if isinstance(inc.get("geonameid"), int)}
    geo = load_geonames(zpath, wanted) if zpath else None

    for k, it in enumerate(items, 1):
        iid = it.get("id", "?")
        tag = "%s" % iid
        if list(it.keys()) != ITEM_KEYS:
            fail("%s: item keys/order %s" % (tag, list(it.keys())))
        if iid != "en42-%03d" % k:
            fail("%s: id out of sequence (expected en42-%03d)" % (tag, k))
        want_split = "holdout" if k % 2 else "tune"
        if it.get("split") != want_split:
            fail("%s: split %r, expected %r" % (tag, it.get("split"), want_split))
        if it.get("lang") != "en":
            fail("%s: lang %r" % (tag, it.get("lang")))
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            fail("%s: style %r not snake_case" % (tag, style))
        elif style in TAKEN_STYLES:
            fail("%s: style %r already taken" % (tag, style))
        text = it.get("text") or ""
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            fail("%s: %d words (allowed %d-%d)" % (tag, nw, MIN_WORDS, MAX_WORDS))
        ns = len(SENT_END.findall(text))
        if ns > MAX_SENTENCES:
            fail("%s: %d sentence ends (max %d)" % (tag, ns, MAX_SENTENCES))
        pub = iso(it.get("published"))
        if pub is None:
            fail("%s: published %r not an ISO date" % (tag, it.get("published")))
        elif not PUB_MIN <= pub.isoformat() <= PUB_MAX:
            fail("%s: published %s outside %s..%s" % (tag, pub, PUB_MIN, PUB_MAX))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fail("%s: incidents not a list" % tag)
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            t = "%s inc %d" % (tag, j)
            if list(inc.keys()) != INC_KEYS:
                fail("%s: incident keys/order %s" % (t, list(inc.keys())))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail("%s: place %r not in text" % (t, place))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                fail("%s: bad type pair %r / %r" % (t, et, st))
            for c in ("killed", "injured"):
                if not is_count(inc.get(c)):
                    fail("%s: %s %r not a non-negative int or null" % (t, c, inc.get(c)))
            if et == "Battles" and (inc.get("killed") is not None or inc.get("injured") is not None):
                fail("%s: battle with counts %r/%r" % (t, inc.get("killed"), inc.get("injured")))
            ed = iso(inc.get("event_date"))
            if ed is None:
                fail("%s: event_date %r not an ISO date" % (t, inc.get("event_date")))
            elif pub is not None:
                if ed > pub:
                    fail("%s: event_date %s after published %s" % (t, ed, pub))
                elif (pub - ed).days > MAX_LAG_DAYS:
                    fail("%s: event_date %s more than %d days before published %s"
                         % (t, ed, MAX_LAG_DAYS, pub))
            key = (place, inc.get("event_date"), st)
            if key in seen:
                fail("%s: duplicate incident %r" % (t, key))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            ok_ll = True
            for nm, v in (("lat", lat), ("lon", lon)):
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    fail("%s: %s %r not a number" % (t, nm, v))
                    ok_ll = False
                elif decimals(v) > 5:
                    fail("%s: %s %r has more than 5 decimals" % (t, nm, v))
            country = inc.get("country")
            gid = inc.get("geonameid")
            if country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fail("%s: UA incident needs an integer geonameid, got %r" % (t, gid))
                elif geo is not None:
                    rec = geo.get(gid)
                    if rec is None:
                        fail("%s: geonameid %d not in UA.zip" % (t, gid))
                    else:
                        if rec[6] != "P":
                            fail("%s: geonameid %d feature class %s, not P" % (t, gid, rec[6]))
                        if ok_ll and km(lat, lon, float(rec[4]), float(rec[5])) > 1.0:
                            fail("%s: lat/lon more than 1 km from geonameid %d" % (t, gid))
                        if inc.get("admin1") != ADMIN1.get(rec[10]):
                            fail("%s: admin1 %r, record says %r"
                                 % (t, inc.get("admin1"), ADMIN1.get(rec[10])))
                        names = {rec[1], rec[2]} | set(rec[3].split(","))
                        if inc.get("location") not in names:
                            fail("%s: location %r not a name of geonameid %d"
                                 % (t, inc.get("location"), gid))
            elif country == "RU":
                if gid is not None:
                    fail("%s: RU incident must have geonameid null" % t)
                if inc.get("admin1") not in RU_ADMIN1:
                    fail("%s: RU admin1 %r not in %s" % (t, inc.get("admin1"), sorted(RU_ADMIN1)))
                if ok_ll and not (RU_LAT[0] <= lat <= RU_LAT[1] and RU_LON[0] <= lon <= RU_LON[1]):
                    fail("%s: RU lat/lon %r,%r outside the border oblasts box" % (t, lat, lon))
                if not isinstance(inc.get("location"), str) or not inc.get("location"):
                    fail("%s: RU location missing" % t)
            else:
                fail("%s: country %r not UA or RU" % (t, country))

    if fails:
        for f in fails:
            print("FAIL: " + f)
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
