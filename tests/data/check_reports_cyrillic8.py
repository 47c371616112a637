#!/usr/bin/env python3
"""Check tests/data/reports_cyrillic8.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_cyrillic8.py [data.jsonl] [UA.zip]

The arguments may come in either order; the one ending in ``.zip`` is the GeoNames
dump. Defaults: the set next to this script, then $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip. admin1CodesASCII.txt is read from the dump's
directory. Prints ``OK: ...`` and exits 0, or lists every problem and exits 1.
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

EXPECTED_ITEMS = {"uk": 36, "ru": 24}
EXPECTED_INCIDENTS = {"uk": 50, "ru": 27}
EXPECTED_STYLES = 8
WORDS_MIN, WORDS_MAX = 20, 90
PUB_MIN, PUB_MAX = "2022-03-01", "2026-11-30"
MAX_AGE_DAYS = 31
BOX = (44.0, 53.5, 22.0, 41.0)  # lat min, lat max, lon min, lon max
MAX_KM = 1.0
TOP_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
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
ID_RE = re.compile(r"^(uk|ru)8-(\d{3})$")
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Style tags that were already in use when this set was written; the set's own
# styles must not be among them.
TAKEN_STYLES = {
    'academic_event_catalogue_record', 'acled_abduction', 'acled_arrest', 'acled_clash',
    'acled_crimea', 'acled_debris', 'acled_hromada', 'acled_intercept', 'acled_looting',
    'acled_mine', 'acled_month_of', 'acled_no_event', 'acled_note', 'acled_note_multi',
    'acled_note_single', 'acled_protest', 'acled_regional_overview_line', 'acled_riot',
    'acled_russia', 'acled_territory', 'acled_vac', 'acled_vague_count', 'acled_week_of',
    'afp', 'afp_alert', 'afp_brief', 'afp_kyiv_wire_copy', 'afp_wire', 'afp_wire_story',
    'agrarian_cooperative_newsletter_item', 'agricultural_damage_survey',
    'airline_passenger_service_notice', 'airwars', 'al_jazeera_key_events_line',
    'al_jazeera_live', 'aljazeera_live_blog', 'ambulance_dispatch_summary',
    'amnesty_investigation', 'anadolu', 'anadolu_english_brief', 'anadolu_roundup',
    'analyst_background_memo', 'animal_rescue_ngo_note', 'ansa_english_brief', 'ansa_note',
    'ap', 'ap_alert', 'ap_brief', 'ap_the_latest_item', 'ap_wire', 'ap_wire_story',
    'apple_news_push_line', 'architects_damage_survey', 'archive_record',
    'article_fact_box_entry', 'ato_press_centre_coded_digest', 'bbc_live', 'bbc_live_blog',
    'bbc_monitoring', 'bbc_monitoring_digest', 'bellingcat_quick_note', 'bloomberg_brief',
    'bloomberg_first_word_brief', 'bne_intellinews', 'border_governor_evening_post',
    'border_guard_incident_summary', 'border_hromada_shelling_tally', 'border_village_note',
    'broadcaster_scrolling_chyron', 'broadsheet_news_in_brief_column', 'bta_note',
    'bus_operator_incident_report', 'business_wire_industrial_item',
    'casualty_recording_ngo_incident_description', 'cbc_news', 'cbs_news',
    'charity_appeal_text', 'child_rights_ngo_bulletin', 'church_damage_report',
    'cir_map_entry', 'city_council_post', 'civcas_assessment', 'civharm', 'civic_brief',
    'civic_protest_monitor_record', 'civilian_harm_dataset_reviewer_note',
    'civilian_harm_incident_card', 'civilian_harm_team_dataset_description', 'cnn_live_blog',
    'coder_note', 'coder_weekly_digest', 'commercial_radio_hourly_news_read',
    'commodity_markets_wrap_aside', 'conflict_observatory', 'correspondent_dispatch_opening',
    'court_judgment_summary', 'cpi_event_row', 'crimea_detention_chronicle',
    'cultural_heritage_loss_register', 'deepstate_changelog', 'demining_ngo_accident_report',
    'demining_operator_log', 'diaspora_media_summary', 'diaspora_parish_newsletter_note',
    'disability_ngo_casualty_note', 'district_weekly_newsletter',
    'documentary_production_note', 'donbas_ceasefire_violation_log', 'dpa_international_wire',
    'dpa_note', 'dsns', 'dsns_oblast_operational_report', 'dsns_region_post',
    'dsns_rescue_chronicle', 'dsns_telegram', 'dw_news', 'economist_espresso',
    'education_under_attack_monitor_entry', 'efe_note', 'email_morning_briefing_paragraph',
    'emergency_medical_centre_update', 'energoatom_statement', 'energy_grid_attack_tracker',
    'energy_infrastructure_register', 'english_city_portal_brief', 'espreso_tv',
    'eu_disinfo_lab_note', 'euromaidan_press', 'euronews', 'euronews_english_update',
    'evening_tv_news_summary_line', 'event_coder_qc_note', 'event_notes_column_cell',
    'fact_check', 'fatalities_line_aggregate', 'fatalities_line_legacy',
    'fatalities_line_month_name_date', 'fatalities_line_no_event', 'fatalities_line_overnight',
    'fatalities_line_place_list', 'fatalities_line_revision', 'fatalities_line_ru_reported',
    'fatalities_line_standard', 'fatalities_line_territory', 'fatalities_line_unrest',
    'fatalities_line_vicinity_clash', 'field_monitor', 'financial_times_brief',
    'football_club_statement', 'foreign_ministry_tweet', 'forensic_exhumation_report',
    'france24', 'gas_network_incident_note', 'gazeta_ru', 'gdelt_summary',
    'general_staff_summary', 'genstaff', 'geoconfirmed_entry',
    'german_weekly_english_edition_note', 'global_rights_compliance', 'google_news_card_blurb',
    'governor', 'governor_belgorod', 'governor_bryansk', 'governor_kursk', 'governor_post',
    'governor_post_outlet_translation', 'governor_roundup_relayed', 'governor_ru',
    'governor_telegram', 'guardian_live_blog', 'guardian_summary', 'headline',
    'headline_with_standfirst', 'healthcare_attack_database_record', 'heritage_damage',
    'heritage_site_monitor_bulletin', 'hospital_incident_log', 'hospital_press_office_post',
    'housing_cooperative_residents_notice', 'housing_damage_commission_act', 'hrmmu',
    'hrmmu_report', 'hromada_channel_post', 'hromada_head_facebook_post', 'hromada_head_post',
    'hromadske', 'hromadske_radio', 'hrw_report', 'humanitarian_access_report',
    'humanitarian_cluster_one_liner', 'humanitarian_convoy_incident_note',
    'humanitarian_ngo_weekly_update', 'humanitarian_situation_one_liner', 'iccl_case_summary',
    'icrc_note', 'incident_log', 'indian_daily_world_page_brief', 'indictment',
    'insecurity_insight', 'insurance_loss_adjuster', 'insurance_loss_register_entry',
    'interfax', 'interfax_ru_item', 'interfax_ua', 'interfax_ukraine',
    'interfax_ukraine_roundup', 'isw', 'isw_update', 'izvestia',
    'japanese_broadcaster_english_service_item', 'journalist_investigation_appendix_entry',
    'journalist_x_post', 'journalists_union_attack_record', 'kommersant',
    'kyiv_city_admin_post', 'kyiv_independent', 'kyiv_independent_newsletter_line',
    'kyiv_independent_oneliner', 'kyiv_post', 'kyodo_english_wire', 'kyodo_note',
    'legal_aid_clinic_intake', 'legal_ngo_witness_statement_summary',
    'listed_company_exchange_disclosure', 'live_blog_timestamped_entry', 'live_page_line',
    'liveblog', 'liveuamap_entry', 'local_government_sms_bulletin',
    'local_monitoring_group_entry', 'local_news', 'local_online_media_news',
    'local_radio_english_service_bulletin', 'local_tv_channel', 'loss_adjuster_site_report',
    'lrt_english', 'map_desk_change_log_entry', 'maritime_war_risk_bulletin', 'mayor_post',
    'media_freedom_incident', 'media_monitoring_ngo_bulletin', 'medical_ngo_patient_intake',
    'meduza', 'meduza_english_brief', 'milblogger_translated_summary',
    'military_administration_post', 'militaryland_note', 'mine_incident_note',
    'minoborony_svodka_line', 'missing_persons_registry_entry', 'mod_ru',
    'morning_briefing_bullet_line', 'moscow_times', 'msf_field_report',
    'municipal_damage_commission_act', 'municipal_damage_register',
    'national_police_statement', 'newsletter_line', 'newsletter_overnight_roundup', 'newswire',
    'ngo_case_file', 'ngo_field_team_tweet', 'ngo_protection_cluster',
    'ngo_security_incident_export', 'nordic_agency_english_paragraph',
    'notes_column_coder_flag', 'notes_column_cross_border_ru', 'notes_column_donbas_legacy',
    'notes_column_period_aggregate', 'notes_column_sized_protest',
    'notes_column_standard_event', 'notes_column_strategic_development',
    'notes_column_territory_change', 'notes_column_terse_entry',
    'notes_column_with_source_line', 'novaya_gazeta_europe', 'npr', 'npu_regional_channel',
    'nv_brief', 'nv_english', 'nv_english_wire_item', 'nv_roundup', 'nyt_live_blog',
    'oblast_admin_post_english_translation', 'oblast_council_news_item', 'oblast_council_post',
    'oblast_police_comms', 'oblast_police_press_release', 'oblenergo_incident_note',
    'occupation_admin_channel', 'occupation_authority_post', 'occupation_official',
    'ocha_flash', 'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post', 'ohchr_periodic',
    'okrug_prosecutor_post', 'ombudsperson_report_paragraph',
    'open_source_investigation_writeup', 'osce_moscow_mechanism', 'osce_smm', 'osint',
    'osint_geolocation', 'osint_thread_newsroom_summary', 'osint_verification_log',
    'ova_in_news', 'ova_roundup', 'ova_telegram', 'ova_telegram_morning_summary',
    'pap_english_note', 'pap_note', 'parliamentary_written_answer', 'pgo_notice',
    'phr_health_record', 'podcast_episode_blurb', 'podcast_note', 'police',
    'police_chief_post', 'police_post', 'police_statement', 'police_telegram',
    'politico_europe', 'power_grid_damage_log_entry', 'pravda_en',
    'press_agency_photo_caption', 'prosecutor', 'prosecutor_case_register_translation',
    'prosecutor_statement', 'publisher_app_breaking_card', 'push_alert', 'qa_explainer_answer',
    'radio_bulletin', 'radio_liberty', 'radio_svoboda_regional', 'railway_incident_log',
    'rbc_ukraine', 'rbc_ukraine_brief', 'reader_letter_to_editor',
    'reckoning_project_testimony_summary', 'regional_admin', 'regional_newspaper_web_teaser',
    'regional_portal_english_edition_item', 'regional_portal_uk',
    'regional_rail_operator_notice', 'regional_tv_ticker', 'regional_week_in_review_digest',
    'religious_freedom_monitor_entry', 'research_assistant_coding_sheet', 'reuters',
    'reuters_alert', 'reuters_brief', 'reuters_factbox_line', 'reuters_wire_story',
    'rferl_ukraine_live_item', 'ria', 'ria_en', 'ria_novosti_flash', 'ria_roundup',
    'ria_sputnik', 'rights_ngo', 'roundup', 'rt_english', 'ru_agency_wire_item',
    'ru_border_evacuee_charity_note', 'ru_district_admin_notice',
    'ru_governor_telegram_update', 'ru_independent_rights_group_note', 'ru_installed_official',
    'ru_mod', 'ru_oblast_head_channel', 'ru_regional_media_digest', 'russian_mod_claim',
    'school_damage_registry', 'school_principal_statement',
    'security_consultancy_client_alert', 'security_incident', 'ses_post',
    'shipping_agent_port_circular', 'sister_city_twinning_update', 'sky_news',
    'slovo_i_dilo_record', 'smart_speaker_flash_briefing', 'sms_alert',
    'source_attributed_event_summary', 'sports_culture_desk_report',
    'story_correction_appendix', 'suspilne', 'suspilne_english', 'suspilne_oneliner',
    'suspilne_regional_bulletin', 'suspilne_regional_tv_short', 'tass', 'tass_alert',
    'tass_as_reported', 'tass_en', 'tass_english_regional_wire', 'tass_regional_dispatch',
    'tass_roundup', 'telegram_channel_repost_translated', 'telegram_governor',
    'telegram_hromada_head', 'telegram_mayor', 'telegram_regional_head',
    'telegram_ru_governor', 'texty_dataset_row', 'the_independent', 'the_insider',
    'think_tank_event_dataset_row', 'ticker_breaking', 'trauma_surgeon_case_series_note',
    'travel_service_route_advisory', 'tribunal_hearing_digest', 'tsn_evening_story',
    'tv_anchor_read_line', 'ua_media_ru', 'ua_portal_in_russian', 'ucdp_candidate_note',
    'uk_mod_update', 'ukr_ombudsman_report', 'ukraine_air_force_post',
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
    'who_ssa', 'wire_brief_line', 'wire_flash_urgent_line', 'wire_news',
    'wire_roundup_bullet_list', 'witness_statement', 'wsj_brief', 'x_post_official', 'xinhua',
    'xinhua_kiev_dispatch', 'xinhua_roundup', 'yonhap_note', 'zaporizhzhia_oma_post',
}


def km(lat1, lon1, lat2, lon2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def decimals(x):
    s = repr(float(x))
    if "e" in s or "E" in s:
        return 99
    return len(s.split(".")[1].rstrip("0")) if "." in s else 0


def is_count(v):
    return v is None or (type(v) is int and v >= 0)


def parse_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def load_dump(zpath, wanted):
    admin1 = {}
    a1path = os.path.join(os.path.dirname(os.path.abspath(zpath)), "admin1CodesASCII.txt")
    with open(a1path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0].startswith("UA."):
                admin1[p[0][3:]] = "Kharkiv" if p[0] == "UA.07" else p[2]
    recs = {}
    with zipfile.ZipFile(zpath) as z:
        with z.open("UA.txt") as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                gid = line.split("\t", 1)[0]
                if gid.isdigit() and int(gid) in wanted:
                    p = line.rstrip("\n").split("\t")
                    recs[int(gid)] = {"name": p[1], "lat": float(p[4]), "lon": float(p[5]),
                                      "fclass": p[6], "admin1": admin1.get(p[10], p[10])}
    return recs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, "reports_cyrillic8.jsonl")
    dump = os.environ.get("GEONAMES_UA_ZIP") or "/work/shared/data/geonames/UA.zip"
    for a in argv:
        if a.endswith(".zip"):
            dump = a
        else:
            data = a
    errs = []

    def err(where, msg):
        errs.append("%s: %s" % (where, msg))

    items = []
    with open(data, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("line %d" % n, "blank line")
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                err("line %d" % n, "bad JSON (%s)" % e)
                continue
            if not isinstance(rec, dict):
                err("line %d" % n, "not an object")
                continue
            items.append((n, rec))

    wanted = set()
    for _, rec in items:
        for inc in rec.get("incidents") or []:
            if isinstance(inc, dict) and type(inc.get("geonameid")) is int:
                wanted.add(inc["geonameid"])
    dumprecs = load_dump(dump, wanted)

    seen = {}
    nitems = {"uk": 0, "ru": 0}
    ninc = {"uk": 0, "ru": 0}
    splits = {"holdout": 0, "tune": 0}
    styles = {}
    for n, rec in items:
        rid = rec.get("id")
        where = "%s (line %d)" % (rid, n)
        if list(rec.keys()) != TOP_KEYS:
            err(where, "top-level keys/order %s" % list(rec.keys()))
        m = ID_RE.match(rid) if isinstance(rid, str) else None
        if not m:
            err(where, "bad id")
            continue
        if rid in seen:
            err(where, "duplicate id (also line %d)" % seen[rid])
        seen[rid] = n
        lang, num = m.group(1), int(m.group(2))
        if rec.get("lang") != lang:
            err(where, "lang %r does not match id prefix" % rec.get("lang"))
        if lang in nitems:
            nitems[lang] += 1
        want_split = "tune" if num % 2 else "holdout"
        if rec.get("split") != want_split:
            err(where, "split %r, parity rule wants %r" % (rec.get("split"), want_split))
        elif want_split in splits:
            splits[want_split] += 1
        style = rec.get("style")
        if not isinstance(style, str) or not STYLE_RE.match(style):
            err(where, "style %r is not snake_case" % style)
        elif style in TAKEN_STYLES:
            err(where, "style %r was already taken" % style)
        else:
            styles.setdefault(style, set()).add(lang)
        pub = parse_date(rec.get("published"))
        if pub is None:
            err(where, "bad published %r" % rec.get("published"))
        elif not (PUB_MIN <= rec["published"] <= PUB_MAX):
            err(where, "published %s outside %s..%s" % (rec["published"], PUB_MIN, PUB_MAX))
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            err(where, "empty text")
            text = ""
        letters = [c for c in text if c.isalpha()]
        cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
        if not letters or cyr / len(letters) < 0.8:
            err(where, "text is not mainly Cyrillic (%d of %d letters)" % (cyr, len(letters)))
        nw = len(text.split())
        if not (WORDS_MIN <= nw <= WORDS_MAX):
            err(where, "text has %d words, outside %d-%d" % (nw, WORDS_MIN, WORDS_MAX))
        incs = rec.get("incidents")
        if not isinstance(incs, list):
            err(where, "incidents is not a list")
            continue
        if lang in ninc:
            ninc[lang] += len(incs)
        for k, inc in enumerate(incs):
            w = "%s incident %d" % (where, k)
            if not isinstance(inc, dict):
                err(w, "not an object")
                continue
            if list(inc.keys()) != INC_KEYS:
                err(w, "incident keys/order %s" % list(inc.keys()))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                err(w, "place %r is not in the text" % place)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not (type(lat) in (int, float) and type(lon) in (int, float)):
                err(w, "lat/lon not numbers")
                lat = lon = None
            else:
                if not (BOX[0] <= lat <= BOX[1] and BOX[2] <= lon <= BOX[3]):
                    err(w, "point %s,%s outside the box" % (lat, lon))
                if decimals(lat) > 5 or decimals(lon) > 5:
                    err(w, "point %s,%s has more than 5 decimals" % (lat, lon))
            country, gid = inc.get("country"), inc.get("geonameid")
            if country == "RU":
                if gid is not None:
                    err(w, "RU place with geonameid %r" % gid)
                if inc.get("admin1") not in RU_ADMIN1:
                    err(w, "RU admin1 %r not allowed" % inc.get("admin1"))
            elif country == "UA":
                if type(gid) is not int:
                    err(w, "UA place without an integer geonameid")
                elif gid not in dumprecs:
                    err(w, "geonameid %d not in the dump" % gid)
                else:
                    d = dumprecs[gid]
                    if d["fclass"] != "P":
                        err(w, "geonameid %d has feature class %s, not P" % (gid, d["fclass"]))
                    if lat is not None and km(lat, lon, d["lat"], d["lon"]) > MAX_KM:
                        err(w, "point is %.1f km from geonameid %d" %
                            (km(lat, lon, d["lat"], d["lon"]), gid))
                    if inc.get("admin1") != d["admin1"]:
                        err(w, "admin1 %r, dump has %r" % (inc.get("admin1"), d["admin1"]))
                    if inc.get("location") != d["name"]:
                        err(w, "location %r, dump name is %r" % (inc.get("location"), d["name"]))
            else:
                err(w, "country %r" % country)
            ev = parse_date(inc.get("event_date"))
            if ev is None:
                err(w, "bad event_date %r" % inc.get("event_date"))
            elif pub is not None:
                if ev > pub:
                    err(w, "event_date %s after published %s" % (ev, pub))
                elif (pub - ev).days > MAX_AGE_DAYS:
                    err(w, "event_date %s is %d days before published" % (ev, (pub - ev).days))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                err(w, "bad type pair %r / %r" % (et, st))
            for key in ("killed", "injured"):
                if not is_count(inc.get(key)):
                    err(w, "%s is %r" % (key, inc.get(key)))

    for lang, want in EXPECTED_ITEMS.items():
        if nitems[lang] != want:
            err("set", "%d %s items, expected %d" % (nitems[lang], lang, want))
        for num in range(1, want + 1):
            rid = "%s8-%03d" % (lang, num)
            if rid not in seen:
                err("set", "missing %s" % rid)
    for lang, want in EXPECTED_INCIDENTS.items():
        if ninc[lang] != want:
            err("set", "%d %s incidents, expected %d" % (ninc[lang], lang, want))
    if len(styles) != EXPECTED_STYLES:
        err("set", "%d styles, expected %d" % (len(styles), EXPECTED_STYLES))

    if errs:
        for e in errs:
            print("FAIL " + e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK: %d items (%d uk, %d ru), %d incidents (%d uk, %d ru), split %d holdout / %d tune, %d styles"
          % (sum(nitems.values()), nitems["uk"], nitems["ru"], sum(ninc.values()), ninc["uk"],
             ninc["ru"], splits["holdout"], splits["tune"], len(styles)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
