#!/usr/bin/env python3
"""Checker for tests/data/reports_english105.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english105.py [file] [UA.zip]

UA.zip is taken from the argument (must exist if given), else $GEONAMES_UA_ZIP
(must exist if set), else /work/shared/data/geonames/UA.zip; if none applies the
GeoNames checks are skipped with a notice. Prints "OK: 60 items, 70 incidents"
or one "FAIL: ..." line per problem (exit status 1).
"""
import datetime as dt
import decimal
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, 'reports_english105.jsonl')
DEFAULT_ZIP = '/work/shared/data/geonames/UA.zip'

N_ITEMS = 60
N_INCIDENTS = 70
N_STYLES = 8
MIN_WORDS, MAX_WORDS = 15, 55
MIN_SENTS, MAX_SENTS = 1, 3
PUB_MIN, PUB_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 10
ID_PREFIX = 'en105-'

ITEM_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid',
            'event_date', 'event_type', 'sub_event_type', 'killed', 'injured']

# ACLED codebook: event type -> sub-event types
ACLED = {
    'Battles': {'Armed clash', 'Government regains territory',
                'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Chemical weapon', 'Air/drone strike', 'Suicide bomb',
                                   'Shelling/artillery/missile attack',
                                   'Remote explosive/landmine/IED', 'Grenade'},
    'Violence against civilians': {'Sexual violence', 'Attack',
                                   'Abduction/forced disappearance'},
    'Protests': {'Peaceful protest', 'Protest with intervention',
                 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity',
                               'Disrupted weapons use', 'Headquarters or base established',
                               'Looting/property destruction',
                               'Non-violent transfer of territory', 'Other'},
}

# GeoNames admin1 codes for Ukraine (admin1CodesASCII.txt; code 07 written "Kharkiv")
ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk',
    '05': 'Donetsk', '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson',
    '09': 'Khmelnytskyi', '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City',
    '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv', '17': 'Odessa',
    '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City', '21': 'Sumy',
    '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia',
    '26': 'Zaporizhzhia', '27': 'Zhytomyr',
}
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}
RU_LAT, RU_LON = (49.5, 54.5), (30.5, 40.5)
MAX_KM = 1.0

# Style tags used by earlier sets; this set's styles must not be among them.
TAKEN_STYLES = frozenset([
    'academic_event_catalogue_record', 'access_constraints_tracker_row',
    'according_to_source_lead_note', 'acled_abduction', 'acled_arrest', 'acled_clash',
    'acled_crimea', 'acled_debris', 'acled_hromada', 'acled_intercept', 'acled_looting',
    'acled_mine', 'acled_month_of', 'acled_no_event', 'acled_note', 'acled_note_multi',
    'acled_note_single', 'acled_protest', 'acled_regional_overview_line', 'acled_riot',
    'acled_russia', 'acled_territory', 'acled_vac', 'acled_vague_count', 'acled_week_of',
    'active_voice_full_date_note', 'actor_dyad_header_note', 'admin_path_prefixed_note',
    'admiralty_graded_source_note', 'aerial_bomb_frontline_town_note', 'afp', 'afp_alert',
    'afp_brief', 'afp_kyiv_wire_copy', 'afp_wire', 'afp_wire_story',
    'agency_chronology_factbox_entry', 'agency_digest_of_media_reports', 'agency_evening_summary',
    'agency_overnight_attacks_roundup', 'agentless_passive_full_date_coder_note',
    'agrarian_cooperative_newsletter_item', 'agri_trade_weekly_farm_strike_brief',
    'agricultural_damage_survey', 'agricultural_site_impact_note',
    'aid_worker_incident_debrief_note', 'air_defence_outcome_note',
    'air_force_tally_shootdown_coder_note', 'air_raid_alert_log_correlation_note',
    'airline_passenger_service_notice', 'airwars', 'al_jazeera_key_events_line',
    'al_jazeera_live', 'aljazeera_live_blog', 'alt_spelling_bracket_note',
    'ambulance_dispatch_summary', 'amended_story_editors_note', 'amnesty_investigation',
    'anadolu', 'anadolu_english_brief', 'anadolu_roundup', 'analyst_background_memo',
    'analyst_source_triangulation_note', 'animal_rescue_ngo_note',
    'annotated_survivor_testimony_excerpt', 'ansa_english_brief', 'ansa_note', 'ap', 'ap_alert',
    'ap_brief', 'ap_the_latest_item', 'ap_wire', 'ap_wire_story', 'apple_news_push_line',
    'architects_damage_survey', 'archive_record', 'armenian_news_agency_english_feed_item',
    'article_fact_box_entry', 'asia_pacific_broadcaster_overnight_world_brief',
    'ato_press_centre_coded_digest', 'attribution_confidence_assessment_note',
    'audio_signature_analysis_note', 'australian_public_broadcaster_world_brief',
    'australian_regional_daily_world_brief', 'australian_wire_service_world_copy',
    'austrian_news_agency_english_service_item', 'azerbaijani_news_agency_english_feed_item',
    'backlog_late_report_entry_note', 'ballistics_fragment_recovery_note',
    'baltic_news_agency_english_feed_item', 'bangladeshi_english_daily_international_page_item',
    'bbc_live', 'bbc_live_blog', 'bbc_monitoring', 'bbc_monitoring_digest',
    'bearing_distance_located_note', 'before_after_photo_comparison_note',
    'belarusian_state_agency_russian_language_ukraine_item',
    'belgian_english_news_site_world_item', 'bellingcat_quick_note', 'blood_donor_centre_appeal',
    'bloomberg_brief', 'bloomberg_first_word_brief', 'bne_intellinews',
    'border_governor_evening_post', 'border_guard_incident_summary',
    'border_hromada_shelling_tally', 'border_region_russian_outlet_translated_brief',
    'border_strip_harm_monitor_note', 'border_town_governor_claim_review_note',
    'border_village_note', 'both_bulletins_cited_frontline_coder_note',
    'botswana_daily_world_briefs_item', 'breakfast_tv_web_recap_line',
    'brigade_press_service_post', 'british_regional_daily_world_news_column',
    'broadcaster_scrolling_chyron', 'broadcaster_web_news_short',
    'broadsheet_news_in_brief_column', 'bta_note', 'bulgarian_english_news_site_world_item',
    'bulgarian_national_radio_english_service_item', 'bulletin_slug_urgent_lead',
    'bureau_multi_oblast_roundup', 'bus_operator_incident_report',
    'business_daily_infrastructure_damage_brief', 'business_news_site_company_statement_rewrite',
    'business_wire_industrial_item', 'cable_news_ticker_crawl',
    'calque_translated_partner_coder_note', 'canadian_national_daily_world_short',
    'canadian_prairie_daily_world_brief', 'canadian_public_broadcaster_live_updates_entry',
    'canadian_wire_service_world_copy', 'casualty_figure_reconciliation_memo',
    'casualty_recording_ngo_incident_description', 'cbc_news', 'cbs_news',
    'cctv_footage_review_note', 'cemetery_register_crosscheck_note', 'charity_appeal_text',
    'checkpoint_shooting_allegation_review_note', 'child_rights_ngo_bulletin',
    'chinese_state_agency_english_world_item', 'chronolocation_shadow_analysis_note',
    'church_damage_report', 'cir_map_entry', 'city_council_post', 'city_council_session_minutes',
    'city_council_viber_channel_post', 'city_news_portal_english_translation_item',
    'civcas_assessment', 'civharm', 'civic_brief', 'civic_protest_monitor_record',
    'civilian_harm_dataset_reviewer_note', 'civilian_harm_incident_card',
    'civilian_harm_team_dataset_description', 'civilian_military_split_note',
    'civilian_shooting_witness_interview_summary', 'civilian_targeting_flagged_note',
    'civilian_vehicle_strike_dossier_entry', 'civilian_vehicle_strike_log_entry',
    'claim_counterclaim_battle_note', 'clock_time_lead_note', 'cluster_meeting_minutes_item',
    'cnn_live_blog', 'coder_initials_signed_note', 'coder_note', 'coder_query_flagged_note',
    'coder_weekly_digest', 'collective_centre_group_discussion_note',
    'combined_strike_night_breakdown_note', 'commercial_radio_hourly_news_read',
    'commodity_markets_wrap_aside', 'compensation_claim_evidence_review_note',
    'condolence_post_crosscheck_note', 'conflict_observatory',
    'conflicting_sources_count_choice_note', 'contact_line_clash_and_claim_coder_note',
    'contested_target_note', 'control_map_crosscheck_battle_coder_note',
    'coordinates_appended_note', 'correction_duplicate_note',
    'corrections_and_clarifications_item', 'correspondent_dispatch_opening',
    'correspondent_notebook_jotting', 'court_judgment_summary', 'cpi_event_row',
    'crater_trajectory_analysis_note', 'crimea_detention_chronicle',
    'criminal_law_qualification_paragraph', 'croatian_news_portal_english_section_item',
    'crowded_site_shelling_casualty_reconciliation_note',
    'crowdsourced_harm_submission_moderator_review', 'cultural_heritage_loss_register',
    'current_events_portal_line', 'cypriot_english_daily_world_news_item',
    'czech_news_agency_english_service_item', 'dacha_cooperative_chat_digest_ru',
    'damage_inventory_tail_note', 'danish_news_site_english_live_blog_entry',
    'dashcam_footage_review_note', 'data_journalist_spreadsheet_note',
    'death_certificate_review_note', 'dedup_and_correction_pass_coder_note',
    'deepstate_changelog', 'defence_trade_press_weapon_use_note',
    'defence_weekly_front_line_brief', 'deleted_post_archive_capture_note',
    'demining_ngo_accident_report', 'demining_operator_log', 'deoccupied_village_return_note',
    'detention_and_abduction_case_note', 'diaspora_media_summary',
    'diaspora_parish_newsletter_note', 'disability_ngo_casualty_note',
    'district_weekly_newsletter', 'documentary_production_note',
    'documentation_training_worked_example', 'donbas_ceasefire_violation_log',
    'donor_briefing_security_paragraph', 'door_to_door_canvass_note',
    'dotted_dmy_date_prefix_coder_note', 'double_tap_sequence_analysis_note',
    'dpa_international_wire', 'dpa_note', 'draft_case_peer_review_comment',
    'drone_footage_frame_review_note', 'dsns', 'dsns_oblast_operational_report',
    'dsns_region_post', 'dsns_rescue_chronicle', 'dsns_telegram',
    'dutch_public_broadcaster_english_news_item', 'dw_news',
    'echr_application_statement_of_facts_excerpt', 'economist_espresso',
    'education_under_attack_monitor_entry', 'efe_note', 'egyptian_english_daily_world_page_item',
    'email_morning_briefing_paragraph', 'emergency_call_log_reconstruction_note',
    'emergency_cash_eligibility_harm_verification_note', 'emergency_medical_centre_update',
    'emigre_ru_media_news_item', 'emoji_bullet_newsletter', 'energoatom_statement',
    'energy_grid_attack_tracker', 'energy_infrastructure_register',
    'energy_trade_press_grid_attack_brief', 'english_city_portal_brief',
    'errata_reissue_coder_note', 'espreso_tv', 'estonian_public_broadcaster_english_news_item',
    'eu_disinfo_lab_note', 'euromaidan_press', 'euronews', 'euronews_english_update',
    'evacuation_route_incident_note', 'evacuee_intake_incident_account_note',
    'evening_paper_late_edition_war_brief', 'evening_tv_news_summary_line', 'event_coder_qc_note',
    'event_id_cross_referenced_note', 'event_notes_column_cell', 'event_type_rationale_note',
    'event_vs_report_date_note', 'exiled_council_sourced_occupation_coder_note',
    'explosion_count_hromada_tally_note', 'explosive_remnant_incident_coder_note',
    'explosive_weapons_harm_monitor_entry', 'fact_check', 'fact_checker_verdict_line',
    'faith_news_service_world_brief', 'farmland_mine_accident_interview_note',
    'fatalities_line_aggregate', 'fatalities_line_legacy', 'fatalities_line_month_name_date',
    'fatalities_line_no_event', 'fatalities_line_overnight', 'fatalities_line_place_list',
    'fatalities_line_revision', 'fatalities_line_ru_reported', 'fatalities_line_standard',
    'fatalities_line_territory', 'fatalities_line_unrest', 'fatalities_line_vicinity_clash',
    'field_documenter_dictated_site_memo', 'field_mine_accident_followup_note', 'field_monitor',
    'field_researcher_phone_relay_coder_note', 'field_team_whatsapp_checkin',
    'fijian_daily_world_brief', 'financial_times_brief',
    'finnish_broadsheet_english_edition_item', 'first_responder_casualty_note',
    'first_upload_provenance_trace_note', 'follow_up_visit_status_update_note',
    'football_club_statement', 'foreign_broadsheet_world_news_in_brief', 'foreign_ministry_tweet',
    'foreign_travel_advisory_update', 'forensic_exhumation_report', 'forensic_wound_pattern_note',
    'fpv_drone_vehicle_strike_osint_reconstruction', 'france24',
    'free_commuter_paper_world_in_brief', 'frontline_capture_claim_note',
    'frontline_distance_range_assessment_note', 'frontline_territory_claims_brief',
    'frontline_village_residents_harm_note', 'frontline_village_sweep_coder_note',
    'gas_network_incident_note', 'gazeta_ru', 'gdelt_summary', 'general_news_wire_short_story',
    'general_staff_summary', 'genstaff', 'geo_precision_remark_note', 'geoconfirmed_entry',
    'geolocated_footage_territory_coder_note', 'geolocation_task_ticket_comment',
    'geopolitics_magazine_front_line_paragraph', 'georgian_news_agency_english_service_item',
    'german_weekly_english_edition_note', 'ghanaian_daily_world_news_item',
    'global_rights_compliance', 'google_news_card_blurb', 'governor', 'governor_belgorod',
    'governor_bryansk', 'governor_kursk', 'governor_post', 'governor_post_outlet_translation',
    'governor_roundup_relayed', 'governor_ru', 'governor_telegram',
    'greek_national_daily_english_edition_item', 'guardian_live_blog', 'guardian_summary',
    'gulf_english_daily_world_section_item', 'hashtag_social_post', 'headline',
    'headline_with_standfirst', 'health_facility_attack_verification_note',
    'healthcare_attack_database_record', 'hedged_reportedly_note', 'heritage_damage',
    'heritage_site_monitor_bulletin', 'hong_kong_english_daily_world_brief',
    'hospital_admission_register_crosscheck_note', 'hospital_incident_log',
    'hospital_press_office_post', 'hotel_guest_notice', 'house_chat_screenshot_review_note',
    'household_visit_damage_and_harm_note', 'housing_cooperative_residents_notice',
    'housing_damage_commission_act', 'hrmmu', 'hrmmu_report', 'hromada_channel_post',
    'hromada_head_facebook_post', 'hromada_head_post', 'hromada_raion_oblast_chain_note',
    'hromada_source_cited_shelling_coder_note', 'hromadske', 'hromadske_radio', 'hrw_report',
    'humanitarian_access_incident_report_excerpt', 'humanitarian_access_report',
    'humanitarian_cluster_one_liner', 'humanitarian_convoy_incident_note',
    'humanitarian_ngo_weekly_update', 'humanitarian_report_case_vignette',
    'humanitarian_situation_one_liner', 'hungarian_news_site_english_section_item',
    'icc_article_15_communication_annex_entry', 'iccl_case_summary',
    'icelandic_english_news_site_item', 'icrc_note', 'ihl_distinction_assessment_note',
    'impact_timeline_semicolon_note', 'incident_log', 'indian_daily_world_page_brief',
    'indian_wire_agency_moscow_bureau_item', 'indictment',
    'indonesian_news_agency_english_world_item', 'initials_anonymised_victim_case_note',
    'insecurity_insight', 'insurance_loss_adjuster', 'insurance_loss_register_entry',
    'interaction_code_annotated_note', 'intercept_fallout_site_note',
    'intercoder_disagreement_resolved_note', 'interfax', 'interfax_ru_item', 'interfax_ua',
    'interfax_ukraine', 'interfax_ukraine_roundup', 'international_wire_followup_toll_story',
    'international_wire_plain_copy', 'investigation_methods_footnote',
    'irish_broadsheet_world_news_paragraph', 'irish_provincial_weekly_world_paragraph',
    'irish_public_broadcaster_website_world_item', 'iso_date_prefix_note',
    'israeli_english_daily_world_news_item', 'isw', 'isw_update', 'izvestia',
    'jamaican_daily_overseas_news_item', 'japanese_broadcaster_english_service_item',
    'japanese_national_daily_english_edition_item', 'jordanian_english_daily_world_page_item',
    'journalist_investigation_appendix_entry', 'journalist_x_post',
    'journalists_union_attack_record', 'kazakh_news_agency_english_service_item',
    'kenyan_daily_international_page_brief', 'keyword_tag_tail_note',
    'killed_wounded_slash_tally_note', 'kommersant', 'kursk_belgorod_bryansk_coder_note',
    'kuwaiti_english_daily_world_page_item', 'kyiv_city_admin_post', 'kyiv_independent',
    'kyiv_independent_newsletter_line', 'kyiv_independent_oneliner', 'kyiv_post',
    'kyodo_english_wire', 'kyodo_note', 'landmine_and_ordnance_accident_incident_sheet',
    'later_death_toll_update_note', 'latvian_public_broadcaster_english_news_item',
    'launch_area_attributed_note', 'legacy_gazetteer_old_toponym_coder_note',
    'legal_aid_clinic_intake', 'legal_ngo_witness_statement_summary',
    'liberian_daily_world_news_item', 'listed_company_exchange_disclosure',
    'lithuanian_public_broadcaster_english_news_item', 'litigation_fact_pattern_paragraph',
    'live_blog_key_points_summary_box', 'live_blog_multi_region_roundup_entry',
    'live_blog_timestamped_entry', 'live_page_line', 'liveblog', 'liveblog_reader_qa_answer',
    'liveuamap_entry', 'local_english_outlet_brief', 'local_government_sms_bulletin',
    'local_monitoring_group_entry', 'local_news', 'local_online_media_news',
    'local_radio_english_service_bulletin', 'local_tv_channel', 'local_weekly_paper_digest',
    'loss_adjuster_site_report', 'lrt_english', 'luxembourg_english_news_site_item',
    'machine_translated_coder_note', 'magazine_feature_paragraph',
    'malaysian_english_daily_world_page_brief', 'maltese_national_daily_world_brief',
    'map_desk_change_log_entry', 'maritime_trade_daily_port_strike_brief',
    'maritime_war_risk_bulletin', 'market_strike_stallholder_testimony_note', 'mayor_post',
    'mayor_telegram_news_site_translation', 'media_freedom_incident',
    'media_monitoring_ngo_bulletin', 'medical_ngo_patient_intake',
    'medical_record_extract_review_note', 'medical_trade_press_hospital_attack_brief', 'meduza',
    'meduza_english_brief', 'metadata_timestamp_check_note',
    'milblogger_claim_vetting_coder_note', 'milblogger_translated_summary',
    'military_administration_post', 'military_unit_named_note', 'militaryland_note',
    'mine_action_liaison_coder_note', 'mine_action_non_technical_survey_note',
    'mine_incident_note', 'mine_looting_arrest_note', 'mine_victim_surveillance_record',
    'minoborony_svodka_line', 'missing_persons_registry_entry', 'mod_ru',
    'moldovan_news_agency_english_feed_item', 'mongolian_english_news_site_world_item',
    'month_end_rowcount_check_note', 'morgue_intake_record_review_note',
    'morning_briefing_bullet_line', 'moscow_claim_kyiv_rebuttal', 'moscow_times',
    'mrm_grave_violation_incident_sheet', 'msf_field_report', 'multi_village_raion_note',
    'municipal_damage_commission_act', 'municipal_damage_register',
    'munition_remnant_identification_note', 'munition_type_lead_note',
    'namibian_daily_international_brief', 'national_daily_english_website_short',
    'national_daily_print_edition_war_column', 'national_daily_web_short',
    'national_police_statement', 'national_tv_channel_english_site_item',
    'neighbouring_country_daily_english_brief', 'nepali_english_daily_world_page_item',
    'new_zealand_news_website_world_item', 'news_aggregator_push_notification',
    'news_aggregator_rewrite_with_source_credit', 'news_fixer_client_message',
    'news_site_developing_story_top_paragraph', 'news_video_page_summary_blurb',
    'newsletter_line', 'newsletter_need_to_know_item', 'newsletter_overnight_roundup',
    'newspaper_picture_caption', 'newsroom_recap_of_ru_milblogger_claims',
    'newsroom_timestamped_timeline', 'newswire', 'next_of_kin_interview_summary', 'ngo_case_file',
    'ngo_field_team_tweet', 'ngo_protection_cluster', 'ngo_security_incident_export',
    'ngo_staff_security_sitrep', 'nigerian_daily_foreign_desk_brief', 'night_desk_handover_note',
    'night_shift_overnight_strikes_coder_note', 'non_native_english_coder_note',
    'nordic_agency_english_paragraph', 'nordic_public_broadcaster_english_news_item',
    'north_american_local_daily_world_digest', 'norwegian_english_news_site_item',
    'notes_column_coder_flag', 'notes_column_cross_border_ru', 'notes_column_donbas_legacy',
    'notes_column_period_aggregate', 'notes_column_sized_protest', 'notes_column_standard_event',
    'notes_column_strategic_development', 'notes_column_territory_change',
    'notes_column_terse_entry', 'notes_column_with_source_line', 'novaya_gazeta_europe', 'npr',
    'npu_regional_channel', 'numbered_overnight_hits_list', 'numbered_subevent_compound_note',
    'nv_brief', 'nv_english', 'nv_english_wire_item', 'nv_roundup', 'nyt_live_blog',
    'obituary_death_notice', 'oblast_admin_post_english_translation', 'oblast_council_news_item',
    'oblast_council_post', 'oblast_health_department_update',
    'oblast_newspaper_english_web_digest', 'oblast_police_comms', 'oblast_police_press_release',
    'oblast_prosecutor_office_post', 'oblenergo_incident_note', 'occupation_admin_channel',
    'occupation_authority_post', 'occupation_detention_looting_coder_note',
    'occupation_looting_and_roundup_note', 'occupation_official',
    'occupied_area_both_sides_cited_note', 'occupied_area_phone_testimony_note',
    'occupied_territory_monitor_coder_note', 'occupied_town_checkpoint_coder_note', 'ocha_flash',
    'ocha_flash_update', 'ocha_pcode_tagged_note', 'ocha_sitrep', 'odesa_oma_post',
    'ohchr_periodic', 'okrug_prosecutor_post', 'ombudsperson_report_paragraph',
    'on_date_codebook_template_coder_note', 'open_source_investigation_writeup',
    'operational_direction_header_note', 'operator_video_review_note',
    'ordnance_accident_bedside_interview_note', 'ordnance_clearance_casualty_note',
    'osce_moscow_mechanism', 'osce_smm', 'osint', 'osint_geolocation',
    'osint_strike_reconstruction_note', 'osint_thread_newsroom_summary', 'osint_verification_log',
    'ova_in_news', 'ova_past_day_summary_relay_coder_note', 'ova_roundup', 'ova_telegram',
    'ova_telegram_morning_summary', 'overnight_live_blog_recap_entry',
    'pakistani_english_daily_world_page_brief', 'pap_english_note', 'pap_note',
    'parcel_courier_customer_update', 'parenthetical_admin_qualifier_note',
    'parish_priest_facebook_post', 'parliamentary_committee_written_evidence_paragraph',
    'parliamentary_written_answer', 'partisan_sabotage_claim_note',
    'partner_ngo_sheet_import_note', 'passive_voice_yearless_note',
    'pending_allegation_status_note', 'pgo_notice', 'philippine_broadsheet_world_section_brief',
    'phone_interview_summary_note', 'photo_gallery_caption_line', 'phr_health_record',
    'pipe_delimited_field_note', 'podcast_episode_blurb', 'podcast_note',
    'podcast_show_notes_segment', 'police', 'police_and_courts_column', 'police_chief_post',
    'police_digest_victim_list_coder_note', 'police_post', 'police_statement', 'police_telegram',
    'polish_news_portal_english_edition_item', 'politico_europe',
    'portuguese_news_agency_english_feed_item', 'power_grid_damage_log_entry',
    'power_outage_timestamp_correlation_note', 'pravda_en', 'precautions_warning_assessment_note',
    'press_agency_photo_caption', 'press_freedom_ngo_journalist_harm_alert', 'prosecutor',
    'prosecutor_case_register_translation', 'prosecutor_office_sourced_note',
    'prosecutor_statement', 'protection_case_referral_form', 'protection_monitoring_flash_note',
    'protection_monitoring_household_interview_note', 'protection_officer_field_visit_note',
    'protection_officer_hromada_weekly_email', 'provincial_broadcaster_english_service_story',
    'public_broadcaster_live_blog_entry', 'public_gathering_strike_witness_note',
    'public_radio_english_web_bulletin_item', 'published_diary_entry',
    'publisher_app_breaking_card', 'push_alert', 'qa_explainer_answer', 'qa_ticket_queue_note',
    'quoted_source_excerpt_note', 'radio_bulletin', 'radio_bulletin_script', 'radio_liberty',
    'radio_phone_in_show_recap', 'radio_svoboda_regional', 'rail_and_bridge_target_note',
    'rail_trade_press_network_disruption_brief', 'railway_incident_log',
    'raion_reform_old_new_note', 'rbc_ukraine', 'rbc_ukraine_brief', 'reader_letter_to_editor',
    'reckoning_project_testimony_summary', 'recode_and_merge_audit_note',
    'red_top_tabloid_print_war_short', 'regional_admin', 'regional_broadcaster_english_page_item',
    'regional_bureau_datelined_copy', 'regional_daily_english_edition_roundup',
    'regional_newspaper_web_teaser', 'regional_paper_syndicated_wire_pickup',
    'regional_paper_web_short', 'regional_portal_english_edition_item', 'regional_portal_uk',
    'regional_rail_operator_notice', 'regional_site_live_page_entry', 'regional_tv_ticker',
    'regional_week_in_review_digest', 'religious_freedom_monitor_entry',
    'repeat_harm_household_tracker_note', 'repelled_assault_tally_note',
    'rescuer_interview_quote', 'research_assistant_coding_sheet', 'reuters', 'reuters_alert',
    'reuters_brief', 'reuters_factbox_line', 'reuters_wire_story',
    'reviewer_comment_thread_coder_note', 'revision_log_coder_note', 'rferl_ukraine_live_item',
    'ria', 'ria_en', 'ria_novosti_flash', 'ria_roundup', 'ria_sputnik',
    'rights_group_casefile_occupation_coder_note', 'rights_group_press_release_lede',
    'rights_hotline_complaint_log_entry', 'rights_mission_trip_report_day_entry',
    'rights_monitor_monthly_annex_entry', 'rights_monitor_numbered_findings_paragraph',
    'rights_monitor_single_house_case_paragraph', 'rights_ngo', 'rising_toll_story_update',
    'river_crossing_and_coastal_note', 'road_segment_between_villages_note',
    'road_vehicle_strike_verification_note', 'rolling_live_blog_toll_update',
    'romanian_news_agency_english_service_item', 'roundup', 'row_split_decision_note',
    'rt_english', 'ru_agency_translated_copy', 'ru_agency_wire_item',
    'ru_army_newspaper_frontline_column', 'ru_border_district_village_note',
    'ru_border_evacuee_charity_note', 'ru_border_governor_rendered_note',
    'ru_border_municipal_okrug_coder_note', 'ru_border_oblast_daily_recap_coder_note',
    'ru_border_oblasts_evening_wrap', 'ru_border_region_desk_brief',
    'ru_business_daily_regional_bureau_item', 'ru_desk_border_oblast_translated_coder_note',
    'ru_diocese_news_item', 'ru_district_admin_notice', 'ru_district_head_vk_post',
    'ru_dpr_jccc_representation_shelling_record', 'ru_dzen_military_blog_digest',
    'ru_federal_daily_border_town_reportage_excerpt',
    'ru_federal_news_site_item_on_explosions_in_ukrainian_city',
    'ru_federal_news_site_military_expert_comment_item', 'ru_federal_radio_hourly_news_read',
    'ru_federal_tabloid_telegram_insider_source_post',
    'ru_federal_tv_sunday_news_magazine_week_recap_read',
    'ru_foreign_ministry_spokeswoman_briefing_excerpt', 'ru_fsb_border_directorate_press_release',
    'ru_governor_telegram_update', 'ru_governor_village_list_post',
    'ru_governor_weekly_live_stream_qa_rewrite', 'ru_grid_company_branch_consumer_notice',
    'ru_gtrk_regional_vesti_web_story', 'ru_housing_management_company_residents_notice',
    'ru_hunting_society_members_notice', 'ru_independent_rights_group_note',
    'ru_installed_official', 'ru_installed_znpp_management_telegram_post',
    'ru_investigative_committee_regional_press_release',
    'ru_kremlin_press_secretary_daily_call_excerpt',
    'ru_lpr_people_militia_spokesman_briefing_summary', 'ru_marketplace_pickup_point_chat_notice',
    'ru_mchs_regional_press_release', 'ru_milblogger_channel_post', 'ru_mod',
    'ru_mod_battlegroup_press_centre_head_statement', 'ru_mod_bulletin_paraphrase_note',
    'ru_mod_daily_briefing_transcript', 'ru_mod_heroes_feat_story_post',
    'ru_mod_telegram_video_description_post', 'ru_mod_tv_channel_website_frontline_news_item',
    'ru_municipal_edds_duty_dispatch_daily_report', 'ru_municipal_emergency_regime_decree_notice',
    'ru_news_site_daily_front_map_article', 'ru_news_site_online_broadcast_entry',
    'ru_oblast_head_channel', 'ru_oblast_operational_hq_coder_note',
    'ru_oblast_weekly_newspaper_week_chronicle_column',
    'ru_occupied_city_head_telegram_shelling_post', 'ru_occupied_donbas_news_portal_item',
    'ru_occupied_okrug_daily_shelling_register_numbered',
    'ru_occupied_region_tv_news_bulletin_script', 'ru_okrug_head_telegram_address_damage_rundown',
    'ru_okrug_qualified_border_note', 'ru_raion_newspaper_short',
    'ru_regional_construction_ministry_restoration_progress_post',
    'ru_regional_duma_deputy_telegram_post',
    'ru_regional_duma_plenary_session_transcript_excerpt',
    'ru_regional_education_ministry_distance_learning_notice',
    'ru_regional_government_compensation_payment_notice',
    'ru_regional_government_operational_meeting_readout',
    'ru_regional_government_press_service_governor_site_visit_release',
    'ru_regional_health_ministry_casualty_update',
    'ru_regional_human_rights_commissioner_telegram_post',
    'ru_regional_management_centre_reply_to_resident', 'ru_regional_media_digest',
    'ru_regional_news_portal_item',
    'ru_regional_newspaper_reader_question_official_answer_column',
    'ru_regional_operational_headquarters_post',
    'ru_regional_portal_newsfeed_timestamped_headlines',
    'ru_regional_portal_week_top_five_numbered_list',
    'ru_regional_portal_what_is_known_so_far_card', 'ru_regional_press_sourced_border_coder_note',
    'ru_regional_road_agency_traffic_notice',
    'ru_regional_social_protection_ministry_temporary_accommodation_post',
    'ru_regional_tv_channel_telegram_quote_card_post',
    'ru_regional_tv_morning_show_news_headlines_read',
    'ru_regional_tv_newscast_running_order_with_lead_ins', 'ru_rosgvardia_regional_press_release',
    'ru_settlement_administration_ok_post',
    'ru_state_agency_dateline_item_citing_emergency_services_source',
    'ru_state_tv_talk_show_transcript', 'ru_tabloid_war_correspondent_frontline_dispatch_excerpt',
    'ru_talk_radio_retired_colonel_studio_interview_excerpt',
    'ru_telegram_news_aggregator_overnight_strikes_on_ukraine_digest',
    'ru_telegram_news_channel_subscriber_footage_post', 'ru_traffic_police_road_incident_report',
    'ru_tv_war_correspondent_report', 'ru_vk_local_community_public_post',
    'ru_volunteer_battalion_telegram_post', 'ru_war_correspondent_commander_interview_excerpt',
    'ru_war_correspondent_evening_direction_svodka', 'ru_war_correspondent_footage_caption_post',
    'ru_war_correspondent_map_update_caption_post', 'ru_war_correspondent_subscriber_qa_post',
    'ru_war_correspondent_telegram_weekly_review', 'rural_mine_strike_coder_note',
    'russian_border_towns_wire_rewrite', 'russian_claims_watch_desk_item',
    'russian_coder_translated_note', 'russian_mod_claim', 'russian_transliteration_retained_note',
    'satellite_imagery_damage_assessment_note', 'scene_walkthrough_note',
    'school_damage_registry', 'school_director_message_to_parents',
    'school_or_hospital_strike_site_assessment', 'school_principal_statement',
    'school_site_strike_check_note', 'scottish_broadsheet_foreign_news_paragraph',
    'security_analysis_newsletter_front_line_item', 'security_consultancy_client_alert',
    'security_incident', 'security_risk_level_change_notice', 'semicolon_village_list_note',
    'serbian_news_agency_english_service_item', 'ses_post',
    'ses_rescuer_report_translated_coder_note', 'settlement_type_prefixed_note',
    'shipping_agent_port_circular', 'shootdown_and_debris_note',
    'singapore_daily_world_briefs_column', 'sister_city_twinning_update',
    'size_and_fatality_flag_note', 'sky_news', 'slovak_news_agency_english_service_item',
    'slovenian_press_agency_english_service_item', 'slovo_i_dilo_record',
    'small_drone_targeting_review_note', 'smart_speaker_flash_briefing',
    'smoke_hazard_air_quality_warning', 'sms_alert', 'social_worker_home_visit_note',
    'source_attributed_event_summary', 'source_bracketed_note', 'source_scale_tagged_note',
    'south_african_daily_foreign_page_brief', 'south_korean_news_agency_english_item',
    'spanish_daily_english_edition_live_blog_entry', 'sports_culture_desk_report',
    'sri_lankan_english_daily_world_news_item', 'starosta_facebook_post',
    'starosta_interview_summary_note', 'starosta_relayed_village_list_coder_note',
    'state_media_claims_rewrite_with_kyiv_response', 'story_correction_appendix',
    'strike_site_sketch_legend_note', 'structural_engineer_building_inspection_note',
    'sub_event_code_prefixed_note', 'supermarket_chain_store_notice',
    'superseded_row_pointer_note', 'supervisor_review_correction_coder_note', 'suspilne',
    'suspilne_english', 'suspilne_oneliner', 'suspilne_regional_bulletin',
    'suspilne_regional_tv_short', 'swiss_public_broadcaster_english_service_item',
    'tabloid_website_breaking_short', 'taiwanese_news_agency_english_item',
    'target_category_tagged_note', 'tass', 'tass_alert', 'tass_as_reported', 'tass_en',
    'tass_english_regional_wire', 'tass_regional_dispatch', 'tass_roundup',
    'telegram_channel_repost_translated', 'telegram_governor', 'telegram_hromada_head',
    'telegram_mayor', 'telegram_regional_head', 'telegram_ru_governor', 'teletext_news_page_item',
    'terse_shorthand_abbrev_note', 'texty_dataset_row', 'thai_english_daily_world_section_item',
    'the_independent', 'the_insider', 'thematic_report_incident_footnote',
    'thermal_anomaly_crosscheck_note', 'think_tank_daily_map_note',
    'think_tank_event_dataset_row', 'three_d_model_reconstruction_figure_caption',
    'ticker_breaking', 'time_precision_coded_note', 'toll_as_of_timestamp_note',
    'toll_provenance_split_note', 'trade_union_statement', 'trailing_source_citation_note',
    'trainee_coder_model_answer_note', 'translator_gloss_bracket_note',
    'trauma_surgeon_case_series_note', 'travel_service_route_advisory',
    'treaty_body_shadow_report_case_box', 'tribunal_hearing_digest',
    'trinidad_daily_foreign_news_item', 'tsn_evening_story',
    'turkish_english_daily_world_page_item', 'turkish_state_agency_english_wire_item',
    'tv_anchor_read_line', 'tv_anchor_script_with_cues', 'tv_marathon_onscreen_summary',
    'two_witness_discrepancy_note', 'ua_administrative_services_centre_notice',
    'ua_agency_translated_bulletin', 'ua_agro_enterprise_facebook_post',
    'ua_anglers_club_facebook_post', 'ua_anonymous_telegram_news_channel_flash_post',
    'ua_beekeepers_society_facebook_post', 'ua_car_service_station_viber_message',
    'ua_city_electric_transport_passenger_notice',
    'ua_city_executive_committee_victim_aid_decision_excerpt', 'ua_city_forum_thread_post_ru',
    'ua_city_military_administration_telegram_post', 'ua_city_telegram_channel_ru',
    'ua_city_youtube_news_video_description_ru', 'ua_commander_in_chief_telegram_front_trip_post',
    'ua_defence_intelligence_telegram_operation_claim_post',
    'ua_defence_ministry_news_agency_unit_combat_story', 'ua_dental_clinic_patient_notice',
    'ua_drama_theatre_audience_notice', 'ua_driving_school_students_telegram_notice',
    'ua_family_bakery_instagram_post', 'ua_filling_station_chain_customer_notice',
    'ua_fitness_club_members_viber_notice', 'ua_housing_developer_buyers_update',
    'ua_hromada_military_administration_shelling_time_log',
    'ua_infrastructure_ministry_transport_and_port_attack_post',
    'ua_interior_ministry_telegram_incident_post', 'ua_internet_provider_subscriber_notice',
    'ua_it_company_staff_safety_digest_ru', 'ua_kindergarten_head_parents_chat_message',
    'ua_local_history_museum_facebook_post', 'ua_market_traders_chat_digest_ru',
    'ua_media_centre_press_briefing_transcript_excerpt', 'ua_media_ru',
    'ua_military_administration_head_order_preamble_excerpt',
    'ua_ministry_of_energy_daily_grid_situation_update', 'ua_mod_daily_frontline_update',
    'ua_mp_constituency_facebook_post', 'ua_national_english_site_short',
    'ua_national_news_site_item_with_read_also_insert',
    'ua_national_radio_morning_show_correspondent_phone_in_transcript',
    'ua_national_radio_regional_press_review_segment',
    'ua_national_site_item_on_strikes_in_russian_border_oblast',
    'ua_national_site_newsfeed_item_with_telegram_attribution',
    'ua_national_site_oblast_by_oblast_correspondents_roundup',
    'ua_navy_press_service_telegram_post', 'ua_news_agency_english_feed_item',
    'ua_news_site_explosions_item_citing_air_force_warning',
    'ua_news_site_telethon_spokesperson_comment_rewrite',
    'ua_news_site_war_day_number_chronicle_entry',
    'ua_oblast_head_evening_video_address_transcript',
    'ua_oblast_military_administration_website_press_release',
    'ua_oblast_police_war_crime_proceedings_post', 'ua_operational_command_south_daily_summary',
    'ua_operational_tactical_group_telegram_daily_update', 'ua_optics_salon_customer_notice',
    'ua_ova_evening_post_by_raion_headings', 'ua_ova_head_press_briefing_readout',
    'ua_ova_telegram_air_raid_alert_to_all_clear_sequence',
    'ua_partner_coder_translated_row_note', 'ua_pharmacy_chain_branch_notice',
    'ua_portal_in_russian', 'ua_president_evening_video_address_excerpt',
    'ua_presidential_office_deputy_head_regions_morning_roundup',
    'ua_public_library_facebook_post', 'ua_raion_military_administration_daily_summary',
    'ua_real_estate_agency_tenants_chat_ru', 'ua_regional_media_instagram_carousel_slide_text',
    'ua_regional_news_site_day_results_digest',
    'ua_regional_news_site_telegram_post_with_subscribe_footer',
    'ua_regional_radio_hourly_news_read',
    'ua_regional_radio_stream_auto_speech_to_text_transcript',
    'ua_regional_site_day_in_numbers_card', 'ua_regional_site_funeral_farewell_news_item',
    'ua_regional_site_hromada_head_interview_qa',
    'ua_regional_site_morning_brief_with_weather_and_night_news',
    'ua_regional_site_morning_overnight_rundown_numbered',
    'ua_regional_site_news_item_with_reminder_paragraph',
    'ua_regional_site_reader_tip_verification_item',
    'ua_regional_site_rss_feed_entry_title_and_summary',
    'ua_regional_site_story_with_timestamped_updates',
    'ua_regional_site_strike_aftermath_scene_report', 'ua_regional_site_tag_page_headline_list',
    'ua_regional_site_weekly_hromada_shelling_review',
    'ua_regional_tv_channel_telegram_evening_newscast_teaser',
    'ua_regional_tv_evening_news_story_script', 'ua_relocated_occupied_city_newsroom_item',
    'ua_taxi_drivers_chat_digest_ru', 'ua_telethon_correspondent_live_hit_transcript',
    'ua_tv_news_video_srt_subtitle_excerpt',
    'ua_unmanned_systems_forces_telegram_strike_claim_post', 'ua_veterinary_clinic_facebook_post',
    'ua_village_culture_house_page_post', 'ua_war_correspondent_telegram_frontline_note',
    'ua_youth_sports_school_coach_post', 'ucdp_candidate_note',
    'ugandan_daily_international_page_item', 'uk_mod_update',
    'uk_national_news_agency_world_feed_item', 'ukr_ombudsman_report', 'ukraine_air_force_post',
    'ukraine_war_tracker_row', 'ukrainian_coder_translated_note',
    'ukrainian_diaspora_weekly_news_digest', 'ukrainian_embassy_statement', 'ukrainska_pravda',
    'ukrainska_pravda_brief', 'ukrainska_pravda_english', 'ukrinform',
    'ukrinform_english_regional_wire', 'ukrinform_oneliner', 'ukrinform_photo_caption',
    'ukrinform_regional_dispatch', 'ukrinform_roundup', 'ukrpravda_feed_item',
    'ukrzaliznytsia_post', 'un_commission_of_inquiry', 'un_hrmmu',
    'un_monitor_verification_status_note', 'un_monitoring_mission_case_file',
    'un_rights_monitoring_case_summary', 'un_security_cell_daily_log',
    'un_security_sms_broadcast', 'un_special_procedures_allegation_letter_excerpt',
    'uncovering_russia_note', 'unian', 'unian_evening_digest', 'unicef_child_casualty_note',
    'university_monitor_imitator_terse_row', 'university_news_page_item',
    'university_rector_statement', 'up_news', 'update', 'update_n_toll_correction_rewrite',
    'us_cable_news_site_ukraine_update_item', 'us_college_town_daily_world_brief',
    'us_local_tv_station_website_world_item', 'us_metro_daily_foreign_desk_brief',
    'us_network_breaking_line', 'us_public_radio_station_web_world_short',
    'us_regional_daily_ap_pickup_column', 'utc_local_time_converted_note',
    'utility_repair_crew_harm_note', 'uxo_looting_detention_note',
    'vehicle_wreck_inspection_note', 'verification_desk_claim_verdict_note',
    'verification_desk_footage_match_note', 'verification_desk_incident_check',
    'verification_desk_note', 'verification_desk_slack_handoff_message',
    'version_history_diff_coder_note', 'veterans_association_post',
    'vicinity_nearest_settlement_note', 'victim_assistance_case_intake_summary',
    'victim_demographics_breakdown_note', 'victim_first_passive_note',
    'victim_identity_confirmation_note', 'victims_memorial_profile_entry',
    'video_evidence_chain_of_custody_log_entry', 'vietnamese_english_news_site_world_item',
    'viral_claim_triage_note', 'visibility_identifiability_assessment_note',
    'visual_forensics_minute_by_minute_timeline', 'voice_message_transcript_review_note',
    'volunteer_evacuation_team_log', 'volunteer_fund_telegram_post', 'war_crimes_database_row',
    'war_crimes_documentation_project_entry', 'war_crimes_ngo_case_summary',
    'war_risk_insurance_feed', 'war_this_week_newsletter_column', 'washington_post_liveblog',
    'water_utility_incident_report', 'weekend_paper_war_week_roundup_paragraph',
    'weekly_backfill_batch_note', 'welsh_national_news_website_world_item', 'who_ssa',
    'who_what_where_slot_note', 'wire_brief_line', 'wire_dateline_attributed_lead',
    'wire_flash_urgent_line', 'wire_frontline_claims_item', 'wire_news',
    'wire_roundup_bullet_list', 'wire_service_plain_casualty_story', 'wire_what_we_know_box',
    'wire_writethru_second_lead', 'witness_statement', 'world_service_radio_web_summary',
    'wsj_brief', 'x_post_official', 'xinhua', 'xinhua_kiev_dispatch', 'xinhua_roundup',
    'yonhap_note', 'zambian_daily_world_news_item', 'zaporizhzhia_oma_post',
])

fails = []


def fail(msg):
    fails.append(msg)


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def is_num(v):
    return isinstance(v, (int, decimal.Decimal)) and not isinstance(v, bool)


def decimals(v):
    if isinstance(v, int):
        return 0
    exp = v.as_tuple().exponent
    return -exp if exp < 0 else 0


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def pick_zip(argv):
    if len(argv) > 2:
        p = argv[2]
        if not os.path.isfile(p):
            fail(f'UA.zip given as argument does not exist: {p}')
            return None
        return p
    env = os.environ.get('GEONAMES_UA_ZIP')
    if env is not None:
        if not os.path.isfile(env):
            fail(f'$GEONAMES_UA_ZIP does not exist: {env}')
            return None
        return env
    if os.path.isfile(DEFAULT_ZIP):
        return DEFAULT_ZIP
    print(f'NOTICE: no UA.zip found ({DEFAULT_ZIP}); GeoNames checks skipped')
    return None


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open('UA.txt') as raw:
            for line in io.TextIOWrapper(raw, encoding='utf-8'):
                gid, rest = line.split('\t', 1)
                if not gid.isdigit() or int(gid) not in wanted:
                    continue
                p = line.rstrip('\n').split('\t')
                recs[int(gid)] = {
                    'name': p[1], 'ascii': p[2],
                    'names': {p[1], p[2]} | {a for a in p[3].split(',') if a},
                    'lat': float(p[4]), 'lon': float(p[5]), 'fclass': p[6], 'admin1': p[10],
                }
    return recs


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = pick_zip(argv)
    items = []
    try:
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    fail(f'line {n}: blank line')
                    continue
                try:
                    items.append(json.loads(line, parse_float=decimal.Decimal))
                except ValueError as e:
                    fail(f'line {n}: bad JSON: {e}')
    except OSError as e:
        fail(f'cannot read {path}: {e}')
        return report(0, 0)

    n_inc = sum(len(o.get('incidents') or []) for o in items if isinstance(o, dict))
    if len(items) != N_ITEMS:
        fail(f'{len(items)} items, expected {N_ITEMS}')
    if n_inc != N_INCIDENTS:
        fail(f'{n_inc} incidents, expected {N_INCIDENTS}')

    styles_by_half = {}
    prev_pub = None
    ua_rows = []
    for k, o in enumerate(items, 1):
        want_id = f'{ID_PREFIX}{k:03d}'
        iid = o.get('id', f'#{k}') if isinstance(o, dict) else f'#{k}'
        if not isinstance(o, dict):
            fail(f'{iid}: item is not an object')
            continue
        if list(o.keys()) != ITEM_KEYS:
            fail(f'{iid}: item keys {list(o.keys())}, expected {ITEM_KEYS}')
        if o.get('id') != want_id:
            fail(f'{iid}: id out of sequence, expected {want_id}')
        want_split = 'holdout' if k % 2 else 'tune'
        if o.get('split') != want_split:
            fail(f'{iid}: split {o.get("split")!r}, expected {want_split!r}')
        if o.get('lang') != 'en':
            fail(f'{iid}: lang {o.get("lang")!r}, expected "en"')
        st = o.get('style')
        if not isinstance(st, str) or not re.fullmatch(r'[a-z][a-z0-9]*(_[a-z0-9]+)+', st):
            fail(f'{iid}: style {st!r} is not snake_case')
        elif st in TAKEN_STYLES:
            fail(f'{iid}: style {st!r} is already taken')
        else:
            styles_by_half.setdefault(st, set()).add(want_split)

        text = o.get('text')
        if not isinstance(text, str):
            fail(f'{iid}: text is not a string')
            text = ''
        words = [w for w in text.split() if re.search(r'[A-Za-z0-9]', w)]
        if not MIN_WORDS <= len(words) <= MAX_WORDS:
            fail(f'{iid}: {len(words)} words, expected {MIN_WORDS}-{MAX_WORDS}')
        sents = len(re.findall(r'[.!?](?=\s|$)', text))
        if not MIN_SENTS <= sents <= MAX_SENTS:
            fail(f'{iid}: {sents} sentence ends, expected {MIN_SENTS}-{MAX_SENTS}')

        pub = iso(o.get('published'))
        if pub is None:
            fail(f'{iid}: published {o.get("published")!r} is not an ISO date')
        else:
            if not PUB_MIN <= pub <= PUB_MAX:
                fail(f'{iid}: published {pub} outside {PUB_MIN}..{PUB_MAX}')
            if prev_pub and pub < prev_pub:
                fail(f'{iid}: published {pub} before previous item ({prev_pub})')
            prev_pub = pub

        incs = o.get('incidents')
        if not isinstance(incs, list):
            fail(f'{iid}: incidents is not a list')
            continue
        seen = set()
        for j, x in enumerate(incs, 1):
            tag = f'{iid} incident {j}'
            if not isinstance(x, dict):
                fail(f'{tag}: not an object')
                continue
            if list(x.keys()) != INC_KEYS:
                fail(f'{tag}: incident keys {list(x.keys())}, expected {INC_KEYS}')
            place = x.get('place')
            if not isinstance(place, str) or not place or place not in text:
                fail(f'{tag}: place {place!r} not in text')
            ed = iso(x.get('event_date'))
            if ed is None:
                fail(f'{tag}: event_date {x.get("event_date")!r} is not an ISO date')
            elif pub is not None:
                if ed > pub:
                    fail(f'{tag}: event_date {ed} after published {pub}')
                elif (pub - ed).days > MAX_LAG_DAYS:
                    fail(f'{tag}: event_date {ed} is {(pub - ed).days} days before published')
            et, sub = x.get('event_type'), x.get('sub_event_type')
            if et not in ACLED or sub not in ACLED[et]:
                fail(f'{tag}: bad type pair {et!r} / {sub!r}')
            for c in ('killed', 'injured'):
                if not is_count(x.get(c)):
                    fail(f'{tag}: {c} {x.get(c)!r} is not a non-negative int or null')
            if et == 'Battles' and (x.get('killed') is not None or x.get('injured') is not None):
                fail(f'{tag}: battle with counts {x.get("killed")}/{x.get("injured")}')
            key = (place, x.get('event_date'), sub)
            if key in seen:
                fail(f'{tag}: duplicate incident {key}')
            seen.add(key)
            lat, lon = x.get('lat'), x.get('lon')
            for nm, v in (('lat', lat), ('lon', lon)):
                if not is_num(v):
                    fail(f'{tag}: {nm} {v!r} is not a number')
                elif decimals(v) > 5:
                    fail(f'{tag}: {nm} {v} has more than 5 decimals')
            ok_ll = is_num(lat) and is_num(lon)
            country = x.get('country')
            if country == 'UA':
                gid = x.get('geonameid')
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fail(f'{tag}: UA geonameid {gid!r} is not an integer')
                else:
                    ua_rows.append((tag, x, gid, ok_ll))
                if x.get('admin1') not in ADMIN1.values():
                    fail(f'{tag}: admin1 {x.get("admin1")!r} is not a known UA admin1 name')
            elif country == 'RU':
                if x.get('geonameid') is not None:
                    fail(f'{tag}: RU geonameid must be null')
                if x.get('admin1') not in RU_ADMIN1:
                    fail(f'{tag}: RU admin1 {x.get("admin1")!r} not in {sorted(RU_ADMIN1)}')
                if ok_ll and not (RU_LAT[0] <= float(lat) <= RU_LAT[1]
                                  and RU_LON[0] <= float(lon) <= RU_LON[1]):
                    fail(f'{tag}: RU lat/lon {lat},{lon} outside the border-oblast box')
            else:
                fail(f'{tag}: country {country!r}, expected "UA" or "RU"')

    for st, halves in sorted(styles_by_half.items()):
        if halves == {'holdout'}:
            fail(f'style {st}: only in holdout (odd) ids')
        elif halves == {'tune'}:
            fail(f'style {st}: only in tune (even) ids')
    if len(styles_by_half) != N_STYLES:
        fail(f'{len(styles_by_half)} valid styles, expected {N_STYLES}')

    if zpath:
        recs = load_geonames(zpath, {g for _, _, g, _ in ua_rows})
        for tag, x, gid, ok_ll in ua_rows:
            r = recs.get(gid)
            if r is None:
                fail(f'{tag}: geonameid {gid} not in UA.zip')
                continue
            if r['fclass'] != 'P':
                fail(f'{tag}: geonameid {gid} is feature class {r["fclass"]}, not P')
            if ok_ll:
                d = km(float(x['lat']), float(x['lon']), r['lat'], r['lon'])
                if d > MAX_KM:
                    fail(f'{tag}: lat/lon {d:.1f} km from record {gid}')
            want_a1 = ADMIN1.get(r['admin1'])
            if x.get('admin1') in ADMIN1.values() and x.get('admin1') != want_a1:
                fail(f'{tag}: admin1 {x.get("admin1")!r} but record {gid} is in {want_a1!r}')
            if x.get('location') != r['name']:
                fail(f'{tag}: location {x.get("location")!r} is not the record name {r["name"]!r}')
            if x.get('place') not in r['names']:
                fail(f'{tag}: place {x.get("place")!r} is not a name of record {gid}')
    return report(len(items), n_inc)


def report(n_items, n_inc):
    if fails:
        for m in fails:
            print('FAIL:', m)
        return 1
    print(f'OK: {n_items} items, {n_inc} incidents')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
