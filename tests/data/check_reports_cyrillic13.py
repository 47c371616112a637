#!/usr/bin/env python3
"""Check tests/data/reports_cyrillic13.jsonl (standard library only).

Usage: python3 tests/data/check_reports_cyrillic13.py [data.jsonl] [UA.zip]

The two arguments may come in either order; the one ending in .zip is the
GeoNames dump. Defaults: the set next to this script, then $GEONAMES_UA_ZIP,
else /work/shared/data/geonames/UA.zip. admin1CodesASCII.txt is read from the
dump's directory. Prints one OK line, or every fault found and exits 1.
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

TOP_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
N_ITEMS = {"uk": 36, "ru": 24}
N_INCIDENTS = {"uk": 46, "ru": 29}
PER_STYLE = {"uk": 9, "ru": 6}
N_STYLES = 8
MIN_WORDS, MAX_WORDS = 20, 90
PUB_MIN, PUB_MAX = datetime.date(2022, 3, 1), datetime.date(2026, 11, 30)
MAX_AGE_DAYS = 31
BOX = (44.0, 53.5, 22.0, 41.0)
MAX_KM = 1.0
RU_OBLASTS = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
ID_RE = re.compile(r"^(uk|ru)13-(\d{3})$")
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
TYPES = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}

# Style tags already in use before this set (from the brief's taken-style list).
TAKEN_STYLES = frozenset([
    'academic_event_catalogue_record', 'access_constraints_tracker_row',
    'according_to_source_lead_note', 'acled_abduction', 'acled_arrest', 'acled_clash',
    'acled_crimea', 'acled_debris', 'acled_hromada', 'acled_intercept', 'acled_looting',
    'acled_mine', 'acled_month_of', 'acled_no_event', 'acled_note', 'acled_note_multi',
    'acled_note_single', 'acled_protest', 'acled_regional_overview_line', 'acled_riot',
    'acled_russia', 'acled_territory', 'acled_vac', 'acled_vague_count', 'acled_week_of',
    'active_voice_full_date_note', 'admin_path_prefixed_note', 'afp', 'afp_alert', 'afp_brief',
    'afp_kyiv_wire_copy', 'afp_wire', 'afp_wire_story', 'agency_chronology_factbox_entry',
    'agency_digest_of_media_reports', 'agency_evening_summary',
    'agency_overnight_attacks_roundup', 'agrarian_cooperative_newsletter_item',
    'agricultural_damage_survey', 'airline_passenger_service_notice', 'airwars',
    'al_jazeera_key_events_line', 'al_jazeera_live', 'aljazeera_live_blog',
    'ambulance_dispatch_summary', 'amnesty_investigation', 'anadolu', 'anadolu_english_brief',
    'anadolu_roundup', 'analyst_background_memo', 'analyst_source_triangulation_note',
    'animal_rescue_ngo_note', 'ansa_english_brief', 'ansa_note', 'ap', 'ap_alert', 'ap_brief',
    'ap_the_latest_item', 'ap_wire', 'ap_wire_story', 'apple_news_push_line',
    'architects_damage_survey', 'archive_record', 'article_fact_box_entry',
    'ato_press_centre_coded_digest', 'bbc_live', 'bbc_live_blog', 'bbc_monitoring',
    'bbc_monitoring_digest', 'bellingcat_quick_note', 'blood_donor_centre_appeal',
    'bloomberg_brief', 'bloomberg_first_word_brief', 'bne_intellinews',
    'border_governor_evening_post', 'border_guard_incident_summary',
    'border_hromada_shelling_tally', 'border_village_note', 'brigade_press_service_post',
    'broadcaster_scrolling_chyron', 'broadcaster_web_news_short',
    'broadsheet_news_in_brief_column', 'bta_note', 'bulletin_slug_urgent_lead',
    'bureau_multi_oblast_roundup', 'bus_operator_incident_report',
    'business_wire_industrial_item', 'cable_news_ticker_crawl',
    'casualty_recording_ngo_incident_description', 'cbc_news', 'cbs_news', 'charity_appeal_text',
    'child_rights_ngo_bulletin', 'church_damage_report', 'cir_map_entry', 'city_council_post',
    'city_council_session_minutes', 'city_council_viber_channel_post', 'civcas_assessment',
    'civharm', 'civic_brief', 'civic_protest_monitor_record',
    'civilian_harm_dataset_reviewer_note', 'civilian_harm_incident_card',
    'civilian_harm_team_dataset_description', 'civilian_vehicle_strike_log_entry',
    'claim_counterclaim_battle_note', 'cluster_meeting_minutes_item', 'cnn_live_blog',
    'coder_note', 'coder_weekly_digest', 'commercial_radio_hourly_news_read',
    'commodity_markets_wrap_aside', 'conflict_observatory', 'correction_duplicate_note',
    'corrections_and_clarifications_item', 'correspondent_dispatch_opening',
    'correspondent_notebook_jotting', 'court_judgment_summary', 'cpi_event_row',
    'crimea_detention_chronicle', 'cultural_heritage_loss_register', 'current_events_portal_line',
    'dacha_cooperative_chat_digest_ru', 'data_journalist_spreadsheet_note', 'deepstate_changelog',
    'demining_ngo_accident_report', 'demining_operator_log', 'diaspora_media_summary',
    'diaspora_parish_newsletter_note', 'disability_ngo_casualty_note',
    'district_weekly_newsletter', 'documentary_production_note', 'donbas_ceasefire_violation_log',
    'donor_briefing_security_paragraph', 'dpa_international_wire', 'dpa_note', 'dsns',
    'dsns_oblast_operational_report', 'dsns_region_post', 'dsns_rescue_chronicle',
    'dsns_telegram', 'dw_news', 'economist_espresso', 'education_under_attack_monitor_entry',
    'efe_note', 'email_morning_briefing_paragraph', 'emergency_medical_centre_update',
    'emigre_ru_media_news_item', 'emoji_bullet_newsletter', 'energoatom_statement',
    'energy_grid_attack_tracker', 'energy_infrastructure_register', 'english_city_portal_brief',
    'espreso_tv', 'eu_disinfo_lab_note', 'euromaidan_press', 'euronews',
    'euronews_english_update', 'evening_tv_news_summary_line', 'event_coder_qc_note',
    'event_notes_column_cell', 'fact_check', 'fact_checker_verdict_line',
    'fatalities_line_aggregate', 'fatalities_line_legacy', 'fatalities_line_month_name_date',
    'fatalities_line_no_event', 'fatalities_line_overnight', 'fatalities_line_place_list',
    'fatalities_line_revision', 'fatalities_line_ru_reported', 'fatalities_line_standard',
    'fatalities_line_territory', 'fatalities_line_unrest', 'fatalities_line_vicinity_clash',
    'field_monitor', 'field_team_whatsapp_checkin', 'financial_times_brief',
    'football_club_statement', 'foreign_ministry_tweet', 'foreign_travel_advisory_update',
    'forensic_exhumation_report', 'france24', 'gas_network_incident_note', 'gazeta_ru',
    'gdelt_summary', 'general_staff_summary', 'genstaff', 'geoconfirmed_entry',
    'german_weekly_english_edition_note', 'global_rights_compliance', 'google_news_card_blurb',
    'governor', 'governor_belgorod', 'governor_bryansk', 'governor_kursk', 'governor_post',
    'governor_post_outlet_translation', 'governor_roundup_relayed', 'governor_ru',
    'governor_telegram', 'guardian_live_blog', 'guardian_summary', 'hashtag_social_post',
    'headline', 'headline_with_standfirst', 'healthcare_attack_database_record',
    'heritage_damage', 'heritage_site_monitor_bulletin', 'hospital_incident_log',
    'hospital_press_office_post', 'hotel_guest_notice', 'housing_cooperative_residents_notice',
    'housing_damage_commission_act', 'hrmmu', 'hrmmu_report', 'hromada_channel_post',
    'hromada_head_facebook_post', 'hromada_head_post', 'hromadske', 'hromadske_radio',
    'hrw_report', 'humanitarian_access_report', 'humanitarian_cluster_one_liner',
    'humanitarian_convoy_incident_note', 'humanitarian_ngo_weekly_update',
    'humanitarian_situation_one_liner', 'iccl_case_summary', 'icrc_note', 'incident_log',
    'indian_daily_world_page_brief', 'indictment', 'insecurity_insight',
    'insurance_loss_adjuster', 'insurance_loss_register_entry', 'interfax', 'interfax_ru_item',
    'interfax_ua', 'interfax_ukraine', 'interfax_ukraine_roundup',
    'international_wire_plain_copy', 'isw', 'isw_update', 'izvestia',
    'japanese_broadcaster_english_service_item', 'journalist_investigation_appendix_entry',
    'journalist_x_post', 'journalists_union_attack_record', 'kommersant', 'kyiv_city_admin_post',
    'kyiv_independent', 'kyiv_independent_newsletter_line', 'kyiv_independent_oneliner',
    'kyiv_post', 'kyodo_english_wire', 'kyodo_note', 'legal_aid_clinic_intake',
    'legal_ngo_witness_statement_summary', 'listed_company_exchange_disclosure',
    'litigation_fact_pattern_paragraph', 'live_blog_multi_region_roundup_entry',
    'live_blog_timestamped_entry', 'live_page_line', 'liveblog', 'liveblog_reader_qa_answer',
    'liveuamap_entry', 'local_english_outlet_brief', 'local_government_sms_bulletin',
    'local_monitoring_group_entry', 'local_news', 'local_online_media_news',
    'local_radio_english_service_bulletin', 'local_tv_channel', 'local_weekly_paper_digest',
    'loss_adjuster_site_report', 'lrt_english', 'magazine_feature_paragraph',
    'map_desk_change_log_entry', 'maritime_war_risk_bulletin', 'mayor_post',
    'mayor_telegram_news_site_translation', 'media_freedom_incident',
    'media_monitoring_ngo_bulletin', 'medical_ngo_patient_intake', 'meduza',
    'meduza_english_brief', 'milblogger_translated_summary', 'military_administration_post',
    'militaryland_note', 'mine_incident_note', 'mine_looting_arrest_note',
    'minoborony_svodka_line', 'missing_persons_registry_entry', 'mod_ru',
    'morning_briefing_bullet_line', 'moscow_claim_kyiv_rebuttal', 'moscow_times',
    'msf_field_report', 'multi_village_raion_note', 'municipal_damage_commission_act',
    'municipal_damage_register', 'national_daily_web_short', 'national_police_statement',
    'news_aggregator_push_notification', 'news_fixer_client_message', 'newsletter_line',
    'newsletter_need_to_know_item', 'newsletter_overnight_roundup', 'newspaper_picture_caption',
    'newsroom_recap_of_ru_milblogger_claims', 'newsroom_timestamped_timeline', 'newswire',
    'ngo_case_file', 'ngo_field_team_tweet', 'ngo_protection_cluster',
    'ngo_security_incident_export', 'ngo_staff_security_sitrep', 'night_desk_handover_note',
    'nordic_agency_english_paragraph', 'notes_column_coder_flag', 'notes_column_cross_border_ru',
    'notes_column_donbas_legacy', 'notes_column_period_aggregate', 'notes_column_sized_protest',
    'notes_column_standard_event', 'notes_column_strategic_development',
    'notes_column_territory_change', 'notes_column_terse_entry', 'notes_column_with_source_line',
    'novaya_gazeta_europe', 'npr', 'npu_regional_channel', 'numbered_overnight_hits_list',
    'nv_brief', 'nv_english', 'nv_english_wire_item', 'nv_roundup', 'nyt_live_blog',
    'obituary_death_notice', 'oblast_admin_post_english_translation', 'oblast_council_news_item',
    'oblast_council_post', 'oblast_health_department_update', 'oblast_police_comms',
    'oblast_police_press_release', 'oblast_prosecutor_office_post', 'oblenergo_incident_note',
    'occupation_admin_channel', 'occupation_authority_post', 'occupation_official', 'ocha_flash',
    'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post', 'ohchr_periodic',
    'okrug_prosecutor_post', 'ombudsperson_report_paragraph', 'open_source_investigation_writeup',
    'osce_moscow_mechanism', 'osce_smm', 'osint', 'osint_geolocation',
    'osint_strike_reconstruction_note', 'osint_thread_newsroom_summary', 'osint_verification_log',
    'ova_in_news', 'ova_roundup', 'ova_telegram', 'ova_telegram_morning_summary',
    'pap_english_note', 'pap_note', 'parcel_courier_customer_update',
    'parish_priest_facebook_post', 'parliamentary_written_answer', 'passive_voice_yearless_note',
    'pgo_notice', 'phr_health_record', 'podcast_episode_blurb', 'podcast_note',
    'podcast_show_notes_segment', 'police', 'police_and_courts_column', 'police_chief_post',
    'police_post', 'police_statement', 'police_telegram', 'politico_europe',
    'power_grid_damage_log_entry', 'pravda_en', 'press_agency_photo_caption', 'prosecutor',
    'prosecutor_case_register_translation', 'prosecutor_statement',
    'protection_monitoring_flash_note', 'protection_officer_field_visit_note',
    'public_broadcaster_live_blog_entry', 'published_diary_entry', 'publisher_app_breaking_card',
    'push_alert', 'qa_explainer_answer', 'radio_bulletin', 'radio_bulletin_script',
    'radio_liberty', 'radio_phone_in_show_recap', 'radio_svoboda_regional',
    'railway_incident_log', 'rbc_ukraine', 'rbc_ukraine_brief', 'reader_letter_to_editor',
    'reckoning_project_testimony_summary', 'regional_admin',
    'regional_broadcaster_english_page_item', 'regional_bureau_datelined_copy',
    'regional_newspaper_web_teaser', 'regional_paper_web_short',
    'regional_portal_english_edition_item', 'regional_portal_uk', 'regional_rail_operator_notice',
    'regional_site_live_page_entry', 'regional_tv_ticker', 'regional_week_in_review_digest',
    'religious_freedom_monitor_entry', 'rescuer_interview_quote',
    'research_assistant_coding_sheet', 'reuters', 'reuters_alert', 'reuters_brief',
    'reuters_factbox_line', 'reuters_wire_story', 'revision_log_coder_note',
    'rferl_ukraine_live_item', 'ria', 'ria_en', 'ria_novosti_flash', 'ria_roundup', 'ria_sputnik',
    'rights_group_press_release_lede', 'rights_monitor_monthly_annex_entry', 'rights_ngo',
    'rising_toll_story_update', 'roundup', 'rt_english', 'ru_agency_translated_copy',
    'ru_agency_wire_item', 'ru_army_newspaper_frontline_column', 'ru_border_evacuee_charity_note',
    'ru_border_governor_rendered_note', 'ru_border_region_desk_brief', 'ru_diocese_news_item',
    'ru_district_admin_notice', 'ru_district_head_vk_post', 'ru_governor_telegram_update',
    'ru_governor_village_list_post', 'ru_independent_rights_group_note', 'ru_installed_official',
    'ru_mchs_regional_press_release', 'ru_milblogger_channel_post', 'ru_mod',
    'ru_mod_daily_briefing_transcript', 'ru_oblast_head_channel', 'ru_raion_newspaper_short',
    'ru_regional_duma_deputy_telegram_post', 'ru_regional_media_digest',
    'ru_regional_news_portal_item', 'ru_regional_operational_headquarters_post',
    'ru_settlement_administration_ok_post', 'ru_state_tv_talk_show_transcript',
    'ru_tv_war_correspondent_report', 'ru_vk_local_community_public_post',
    'russian_coder_translated_note', 'russian_mod_claim', 'school_damage_registry',
    'school_director_message_to_parents', 'school_principal_statement',
    'security_consultancy_client_alert', 'security_incident', 'security_risk_level_change_notice',
    'semicolon_village_list_note', 'ses_post', 'shipping_agent_port_circular',
    'shootdown_and_debris_note', 'sister_city_twinning_update', 'size_and_fatality_flag_note',
    'sky_news', 'slovo_i_dilo_record', 'smart_speaker_flash_briefing',
    'smoke_hazard_air_quality_warning', 'sms_alert', 'source_attributed_event_summary',
    'source_bracketed_note', 'sports_culture_desk_report', 'starosta_facebook_post',
    'story_correction_appendix', 'supermarket_chain_store_notice', 'suspilne', 'suspilne_english',
    'suspilne_oneliner', 'suspilne_regional_bulletin', 'suspilne_regional_tv_short', 'tass',
    'tass_alert', 'tass_as_reported', 'tass_en', 'tass_english_regional_wire',
    'tass_regional_dispatch', 'tass_roundup', 'telegram_channel_repost_translated',
    'telegram_governor', 'telegram_hromada_head', 'telegram_mayor', 'telegram_regional_head',
    'telegram_ru_governor', 'texty_dataset_row', 'the_independent', 'the_insider',
    'think_tank_daily_map_note', 'think_tank_event_dataset_row', 'ticker_breaking',
    'trade_union_statement', 'trauma_surgeon_case_series_note', 'travel_service_route_advisory',
    'tribunal_hearing_digest', 'tsn_evening_story', 'tv_anchor_read_line',
    'tv_anchor_script_with_cues', 'tv_marathon_onscreen_summary', 'ua_agency_translated_bulletin',
    'ua_agro_enterprise_facebook_post', 'ua_city_electric_transport_passenger_notice',
    'ua_city_forum_thread_post_ru', 'ua_city_telegram_channel_ru',
    'ua_kindergarten_head_parents_chat_message', 'ua_media_ru', 'ua_mod_daily_frontline_update',
    'ua_mp_constituency_facebook_post', 'ua_national_english_site_short',
    'ua_pharmacy_chain_branch_notice', 'ua_portal_in_russian',
    'ua_raion_military_administration_daily_summary', 'ua_taxi_drivers_chat_digest_ru',
    'ua_village_culture_house_page_post', 'ua_youth_sports_school_coach_post',
    'ucdp_candidate_note', 'uk_mod_update', 'ukr_ombudsman_report', 'ukraine_air_force_post',
    'ukraine_war_tracker_row', 'ukrainian_coder_translated_note', 'ukrainian_embassy_statement',
    'ukrainska_pravda', 'ukrainska_pravda_brief', 'ukrainska_pravda_english', 'ukrinform',
    'ukrinform_english_regional_wire', 'ukrinform_oneliner', 'ukrinform_photo_caption',
    'ukrinform_regional_dispatch', 'ukrinform_roundup', 'ukrpravda_feed_item',
    'ukrzaliznytsia_post', 'un_commission_of_inquiry', 'un_hrmmu',
    'un_monitoring_mission_case_file', 'un_rights_monitoring_case_summary',
    'un_security_cell_daily_log', 'un_security_sms_broadcast', 'uncovering_russia_note', 'unian',
    'unian_evening_digest', 'unicef_child_casualty_note', 'university_news_page_item',
    'university_rector_statement', 'up_news', 'update', 'update_n_toll_correction_rewrite',
    'us_network_breaking_line', 'verification_desk_incident_check', 'verification_desk_note',
    'veterans_association_post', 'victim_assistance_case_intake_summary',
    'volunteer_evacuation_team_log', 'volunteer_fund_telegram_post', 'war_crimes_database_row',
    'war_crimes_documentation_project_entry', 'war_crimes_ngo_case_summary',
    'war_risk_insurance_feed', 'war_this_week_newsletter_column', 'washington_post_liveblog',
    'water_utility_incident_report', 'who_ssa', 'wire_brief_line',
    'wire_dateline_attributed_lead', 'wire_flash_urgent_line', 'wire_frontline_claims_item',
    'wire_news', 'wire_roundup_bullet_list', 'wire_what_we_know_box', 'witness_statement',
    'wsj_brief', 'x_post_official', 'xinhua', 'xinhua_kiev_dispatch', 'xinhua_roundup',
    'yonhap_note', 'zaporizhzhia_oma_post',
])


def cyrillic_share(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return cyr / len(letters)


def km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def decimals(x):
    s = repr(float(x))
    if "e" in s or "E" in s:
        return 99
    return len(s.split(".")[1]) if "." in s else 0


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_count(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def load_dump(zpath):
    admin1 = {}
    a1path = os.path.join(os.path.dirname(os.path.abspath(zpath)), "admin1CodesASCII.txt")
    with open(a1path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("UA."):
                name = p[2]
                admin1[p[0][3:]] = "Kharkiv" if name == "Kharkivs'ka Oblast'" else name
    recs = {}
    with zipfile.ZipFile(zpath) as z:
        with z.open("UA.txt") as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) < 11:
                    continue
                recs[int(p[0])] = (p[1], p[6], float(p[4]), float(p[5]), admin1.get(p[10]))
    return recs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "reports_cyrillic13.jsonl")
    dump = os.environ.get("GEONAMES_UA_ZIP") or "/work/shared/data/geonames/UA.zip"
    for a in argv[1:]:
        if a.endswith(".zip"):
            dump = a
        else:
            data = a
    errs = []
    recs = load_dump(dump)
    items = []
    with open(data, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                items.append((n, json.loads(line)))
            except ValueError as e:
                errs.append("line %d: does not parse (%s)" % (n, e))
    seen = set()
    n_items = {"uk": 0, "ru": 0}
    n_inc = {"uk": 0, "ru": 0}
    splits = {"holdout": 0, "tune": 0}
    style_lang, style_count, style_splits = {}, {}, {}
    for n, it in items:
        tag = "line %d" % n
        if not isinstance(it, dict):
            errs.append("%s: not an object" % tag)
            continue
        if list(it.keys()) != TOP_KEYS:
            errs.append("%s: top-level keys %s, want %s" % (tag, list(it.keys()), TOP_KEYS))
        iid = it.get("id")
        tag = "%s (%s)" % (tag, iid)
        m = ID_RE.match(iid) if isinstance(iid, str) else None
        if not m:
            errs.append("%s: bad id" % tag)
            continue
        if iid in seen:
            errs.append("%s: duplicate id" % tag)
        seen.add(iid)
        lang = it.get("lang")
        if lang != m.group(1):
            errs.append("%s: lang %r does not match the id prefix" % (tag, lang))
        lang = m.group(1)
        num = int(m.group(2))
        n_items[lang] += 1
        want = "tune" if num % 2 else "holdout"
        split = it.get("split")
        if split != want:
            errs.append("%s: split %r, want %r (odd number = tune)" % (tag, split, want))
        if split in splits:
            splits[split] += 1
        style = it.get("style")
        if not isinstance(style, str) or not STYLE_RE.match(style):
            errs.append("%s: style %r is not snake_case" % (tag, style))
        elif style in TAKEN_STYLES:
            errs.append("%s: style %r was already taken" % (tag, style))
        style_lang.setdefault(style, set()).add(lang)
        style_count[style] = style_count.get(style, 0) + 1
        style_splits.setdefault(style, set()).add(split)
        pub = None
        try:
            pub = datetime.date.fromisoformat(it.get("published"))
            if not PUB_MIN <= pub <= PUB_MAX:
                errs.append("%s: published %s out of range" % (tag, pub))
        except (TypeError, ValueError):
            errs.append("%s: bad published %r" % (tag, it.get("published")))
        text = it.get("text")
        if not isinstance(text, str):
            errs.append("%s: text is not a string" % tag)
            text = ""
        if cyrillic_share(text) < 0.6:
            errs.append("%s: text is not mainly Cyrillic" % tag)
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            errs.append("%s: text has %d words (want %d-%d)" % (tag, nw, MIN_WORDS, MAX_WORDS))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            errs.append("%s: incidents is not a list" % tag)
            continue
        for k, inc in enumerate(incs):
            itag = "%s incident %d" % (tag, k)
            n_inc[lang] += 1
            if not isinstance(inc, dict):
                errs.append("%s: not an object" % itag)
                continue
            if list(inc.keys()) != INC_KEYS:
                errs.append("%s: keys %s, want %s" % (itag, list(inc.keys()), INC_KEYS))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                errs.append("%s: place %r is not in the text" % (itag, place))
            lat, lon = inc.get("lat"), inc.get("lon")
            if not (is_num(lat) and is_num(lon)):
                errs.append("%s: lat/lon not numbers" % itag)
                lat = lon = None
            else:
                if not (BOX[0] <= lat <= BOX[1] and BOX[2] <= lon <= BOX[3]):
                    errs.append("%s: point %s,%s outside the box" % (itag, lat, lon))
                if decimals(lat) > 5 or decimals(lon) > 5:
                    errs.append("%s: more than 5 decimals in %s,%s" % (itag, lat, lon))
            country = inc.get("country")
            gid = inc.get("geonameid")
            if country == "RU":
                if gid is not None:
                    errs.append("%s: RU place with geonameid %r" % (itag, gid))
                if inc.get("admin1") not in RU_OBLASTS:
                    errs.append("%s: RU oblast %r not allowed" % (itag, inc.get("admin1")))
            elif country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool) or gid not in recs:
                    errs.append("%s: geonameid %r not in the dump" % (itag, gid))
                else:
                    name, fclass, glat, glon, ga1 = recs[gid]
                    if fclass != "P":
                        errs.append("%s: geonameid %d has feature class %s" % (itag, gid, fclass))
                    if lat is not None and km(lat, lon, glat, glon) > MAX_KM:
                        errs.append("%s: point %.2f km from geonameid %d"
                                    % (itag, km(lat, lon, glat, glon), gid))
                    if inc.get("admin1") != ga1:
                        errs.append("%s: admin1 %r, dump has %r" % (itag, inc.get("admin1"), ga1))
                    if inc.get("location") != name:
                        errs.append("%s: location %r, dump has %r" % (itag, inc.get("location"), name))
            else:
                errs.append("%s: country %r" % (itag, country))
            try:
                ed = datetime.date.fromisoformat(inc.get("event_date"))
                if pub is not None:
                    if ed > pub:
                        errs.append("%s: event_date %s after published %s" % (itag, ed, pub))
                    elif (pub - ed).days > MAX_AGE_DAYS:
                        errs.append("%s: event_date %s more than %d days before published"
                                    % (itag, ed, MAX_AGE_DAYS))
            except (TypeError, ValueError):
                errs.append("%s: bad event_date %r" % (itag, inc.get("event_date")))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in TYPES or st not in TYPES[et]:
                errs.append("%s: bad type pair %r / %r" % (itag, et, st))
            for key in ("killed", "injured"):
                if not is_count(inc.get(key)):
                    errs.append("%s: %s %r is not null or a non-negative integer"
                                % (itag, key, inc.get(key)))
    for lang in ("uk", "ru"):
        if n_items[lang] != N_ITEMS[lang]:
            errs.append("%d %s items, want %d" % (n_items[lang], lang, N_ITEMS[lang]))
        if n_inc[lang] != N_INCIDENTS[lang]:
            errs.append("%d %s incidents, want %d" % (n_inc[lang], lang, N_INCIDENTS[lang]))
        for i in range(1, N_ITEMS[lang] + 1):
            if "%s13-%03d" % (lang, i) not in seen:
                errs.append("missing item %s13-%03d" % (lang, i))
    if len(style_count) != N_STYLES:
        errs.append("%d styles, want %d" % (len(style_count), N_STYLES))
    for style, langs in sorted(style_lang.items(), key=lambda x: str(x[0])):
        if len(langs) != 1:
            errs.append("style %r used in both languages" % style)
            continue
        lang = next(iter(langs))
        if style_count[style] != PER_STYLE[lang]:
            errs.append("style %r has %d records, want %d"
                        % (style, style_count[style], PER_STYLE[lang]))
        if not {"holdout", "tune"} <= style_splits[style]:
            errs.append("style %r is not in both splits" % style)
    if errs:
        for e in errs:
            print("FAIL: " + e)
        print("%d fault(s)" % len(errs))
        return 1
    print("OK: %d items (%d uk, %d ru), %d incidents (%d uk, %d ru), split %d holdout / %d tune, "
          "%d styles" % (sum(n_items.values()), n_items["uk"], n_items["ru"], sum(n_inc.values()),
                         n_inc["uk"], n_inc["ru"], splits["holdout"], splits["tune"],
                         len(style_count)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
