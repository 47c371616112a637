#!/usr/bin/env python3
"""Stdlib-only checker for tests/data/reports_english32.jsonl (not a pytest module).

Usage: python3 tests/data/check_reports_english32.py [file.jsonl] [UA.zip]
UA.zip from the argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints "OK: 60 items, N incidents" or one line per fault, and exits 1 on faults.
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
N_ITEMS = 60
PREFIX = "en32"
REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk", "05": "Donetsk",
          "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson", "09": "Khmelnytskyi", "10": "Kirovohrad",
          "11": "Crimea", "12": "Kyiv City", "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv",
          "17": "Odessa", "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
          "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia",
          "27": "Zhytomyr"}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
TAKEN_STYLES = set(['academic_event_catalogue_record', 'acled_abduction', 'acled_arrest', 'acled_clash', 'acled_crimea', 'acled_debris', 'acled_hromada', 'acled_intercept', 'acled_looting', 'acled_mine', 'acled_month_of', 'acled_no_event', 'acled_note', 'acled_note_multi', 'acled_note_single', 'acled_protest', 'acled_regional_overview_line', 'acled_riot', 'acled_russia', 'acled_territory', 'acled_vac', 'acled_vague_count', 'acled_week_of', 'afp', 'afp_alert', 'afp_brief', 'afp_kyiv_wire_copy', 'afp_wire', 'afp_wire_story', 'agricultural_damage_survey', 'airwars', 'al_jazeera_live', 'aljazeera_live_blog', 'ambulance_dispatch_summary', 'amnesty_investigation', 'anadolu', 'anadolu_english_brief', 'anadolu_roundup', 'analyst_background_memo', 'animal_rescue_ngo_note', 'ansa_english_brief', 'ansa_note', 'ap', 'ap_alert', 'ap_brief', 'ap_the_latest_item', 'ap_wire', 'ap_wire_story', 'architects_damage_survey', 'archive_record', 'ato_press_centre_coded_digest', 'bbc_live', 'bbc_live_blog', 'bbc_monitoring', 'bbc_monitoring_digest', 'bloomberg_brief', 'bloomberg_first_word_brief', 'bne_intellinews', 'border_governor_evening_post', 'border_guard_incident_summary', 'border_hromada_shelling_tally', 'border_village_note', 'bta_note', 'bus_operator_incident_report', 'cbc_news', 'cbs_news', 'child_rights_ngo_bulletin', 'church_damage_report', 'cir_map_entry', 'city_council_post', 'civcas_assessment', 'civharm', 'civic_brief', 'civic_protest_monitor_record', 'civilian_harm_dataset_reviewer_note', 'civilian_harm_incident_card', 'cnn_live_blog', 'coder_note', 'coder_weekly_digest', 'conflict_observatory', 'court_judgment_summary', 'cpi_event_row', 'crimea_detention_chronicle', 'cultural_heritage_loss_register', 'deepstate_changelog', 'demining_ngo_accident_report', 'demining_operator_log', 'disability_ngo_casualty_note', 'donbas_ceasefire_violation_log', 'dpa_international_wire', 'dpa_note', 'dsns', 'dsns_region_post', 'dsns_rescue_chronicle', 'dsns_telegram', 'dw_news', 'economist_espresso', 'efe_note', 'energoatom_statement', 'energy_grid_attack_tracker', 'energy_infrastructure_register', 'espreso_tv', 'eu_disinfo_lab_note', 'euromaidan_press', 'euronews', 'euronews_english_update', 'event_coder_qc_note', 'event_notes_column_cell', 'fact_check', 'field_monitor', 'financial_times_brief', 'forensic_exhumation_report', 'france24', 'gazeta_ru', 'gdelt_summary', 'general_staff_summary', 'genstaff', 'geoconfirmed_entry', 'global_rights_compliance', 'governor', 'governor_belgorod', 'governor_bryansk', 'governor_kursk', 'governor_post', 'governor_roundup_relayed', 'governor_ru', 'governor_telegram', 'guardian_live_blog', 'guardian_summary', 'headline', 'heritage_damage', 'hospital_incident_log', 'housing_damage_commission_act', 'hrmmu', 'hrmmu_report', 'hromada_channel_post', 'hromada_head_post', 'hromadske', 'hromadske_radio', 'hrw_report', 'humanitarian_access_report', 'iccl_case_summary', 'icrc_note', 'incident_log', 'indictment', 'insecurity_insight', 'insurance_loss_adjuster', 'insurance_loss_register_entry', 'interfax', 'interfax_ru_item', 'interfax_ua', 'interfax_ukraine', 'interfax_ukraine_roundup', 'isw', 'isw_update', 'izvestia', 'journalists_union_attack_record', 'kommersant', 'kyiv_city_admin_post', 'kyiv_independent', 'kyiv_independent_newsletter_line', 'kyiv_independent_oneliner', 'kyiv_post', 'kyodo_english_wire', 'kyodo_note', 'legal_aid_clinic_intake', 'legal_ngo_witness_statement_summary', 'live_page_line', 'liveblog', 'liveuamap_entry', 'local_monitoring_group_entry', 'local_news', 'local_tv_channel', 'lrt_english', 'maritime_war_risk_bulletin', 'mayor_post', 'media_freedom_incident', 'media_monitoring_ngo_bulletin', 'medical_ngo_patient_intake', 'meduza', 'meduza_english_brief', 'military_administration_post', 'militaryland_note', 'mine_incident_note', 'minoborony_svodka_line', 'missing_persons_registry_entry', 'mod_ru', 'moscow_times', 'msf_field_report', 'municipal_damage_register', 'national_police_statement', 'newsletter_line', 'newswire', 'ngo_case_file', 'ngo_protection_cluster', 'ngo_security_incident_export', 'novaya_gazeta_europe', 'npr', 'npu_regional_channel', 'nv_brief', 'nv_english', 'nv_english_wire_item', 'nv_roundup', 'nyt_live_blog', 'oblast_council_post', 'oblast_police_comms', 'occupation_admin_channel', 'occupation_official', 'ocha_flash', 'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post', 'ohchr_periodic', 'okrug_prosecutor_post', 'ombudsperson_report_paragraph', 'osce_moscow_mechanism', 'osce_smm', 'osint', 'osint_geolocation', 'osint_verification_log', 'ova_in_news', 'ova_roundup', 'ova_telegram', 'ova_telegram_morning_summary', 'pap_english_note', 'pap_note', 'pgo_notice', 'phr_health_record', 'podcast_note', 'police', 'police_chief_post', 'police_post', 'police_statement', 'police_telegram', 'politico_europe', 'pravda_en', 'prosecutor', 'prosecutor_case_register_translation', 'prosecutor_statement', 'push_alert', 'radio_bulletin', 'radio_liberty', 'radio_svoboda_regional', 'railway_incident_log', 'rbc_ukraine', 'rbc_ukraine_brief', 'reckoning_project_testimony_summary', 'regional_admin', 'regional_portal_uk', 'regional_tv_ticker', 'religious_freedom_monitor_entry', 'research_assistant_coding_sheet', 'reuters', 'reuters_alert', 'reuters_brief', 'reuters_factbox_line', 'reuters_wire_story', 'rferl_ukraine_live_item', 'ria', 'ria_en', 'ria_novosti_flash', 'ria_roundup', 'ria_sputnik', 'rights_ngo', 'roundup', 'rt_english', 'ru_border_evacuee_charity_note', 'ru_independent_rights_group_note', 'ru_installed_official', 'ru_mod', 'ru_oblast_head_channel', 'ru_regional_media_digest', 'russian_mod_claim', 'school_damage_registry', 'security_incident', 'ses_post', 'sky_news', 'slovo_i_dilo_record', 'sms_alert', 'source_attributed_event_summary', 'suspilne', 'suspilne_english', 'suspilne_oneliner', 'suspilne_regional_bulletin', 'tass', 'tass_alert', 'tass_as_reported', 'tass_en', 'tass_english_regional_wire', 'tass_regional_dispatch', 'tass_roundup', 'telegram_governor', 'telegram_hromada_head', 'telegram_mayor', 'telegram_regional_head', 'telegram_ru_governor', 'texty_dataset_row', 'the_independent', 'the_insider', 'think_tank_event_dataset_row', 'ticker_breaking', 'trauma_surgeon_case_series_note', 'tribunal_hearing_digest', 'tsn_evening_story', 'ua_media_ru', 'ua_portal_in_russian', 'ucdp_candidate_note', 'uk_mod_update', 'ukr_ombudsman_report', 'ukraine_air_force_post', 'ukraine_war_tracker_row', 'ukrainska_pravda', 'ukrainska_pravda_brief', 'ukrainska_pravda_english', 'ukrinform', 'ukrinform_english_regional_wire', 'ukrinform_oneliner', 'ukrinform_photo_caption', 'ukrinform_regional_dispatch', 'ukrinform_roundup', 'ukrpravda_feed_item', 'ukrzaliznytsia_post', 'un_commission_of_inquiry', 'un_hrmmu', 'un_monitoring_mission_case_file', 'un_security_cell_daily_log', 'uncovering_russia_note', 'unian', 'unian_evening_digest', 'unicef_child_casualty_note', 'up_news', 'update', 'volunteer_evacuation_team_log', 'war_crimes_database_row', 'war_crimes_ngo_case_summary', 'war_risk_insurance_feed', 'washington_post_liveblog', 'water_utility_incident_report', 'who_ssa', 'wire_news', 'witness_statement', 'wsj_brief', 'x_post_official', 'xinhua', 'xinhua_kiev_dispatch', 'xinhua_roundup', 'yonhap_note', 'zaporizhzhia_oma_post'])
# namesake hard cases: (record id, place) -> intended geonameid
PINNED = {("en32-003", "Kostiantynivka"): 705104, ("en32-009", "Zaporizhzhia"): 687700,
          ("en32-014", "Krasnopillia"): 704343, ("en32-025", "Antonivka"): 713304,
          ("en32-027", "Prymorske"): 696278, ("en32-028", "Pokrovske"): 696721,
          ("en32-031", "Kurylivka"): 703610, ("en32-032", "Zolochiv"): 686895,
          ("en32-036", "Borova"): 711623, ("en32-037", "Novopavlivka"): 699373,
          ("en32-049", "Bereznehuvate"): 712339, ("en32-051", "Hlukhiv"): 707758,
          ("en32-054", "Slobozhanske"): 705183, ("en32-058", "Sadove"): 694951}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def decimals(x):
    s = repr(float(x))
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0


def pdate(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def load_geonames(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with io.TextIOWrapper(z.open("UA.txt"), encoding="utf-8") as f:
            for line in f:
                gid = line.split("\t", 1)[0]
                if gid.isdigit() and int(gid) in wanted:
                    p = line.rstrip("\n").split("\t")
                    out[int(gid)] = p
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(HERE, "reports_english32.jsonl")
    zpath = argv[2] if len(argv) > 2 else os.environ.get("GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip")
    errs = []
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errs.append("line %d: blank line" % n)
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                errs.append("line %d: bad JSON (%s)" % (n, e))
    if len(recs) != N_ITEMS:
        errs.append("expected %d records, found %d" % (N_ITEMS, len(recs)))
    wanted = set()
    for r in recs:
        for inc in r.get("incidents") or []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                wanted.add(inc["geonameid"])
    geo = load_geonames(zpath, wanted)
    n_inc = 0
    for i, r in enumerate(recs, 1):
        rid = r.get("id")
        tag = str(rid)
        if list(r.keys()) != REC_KEYS:
            errs.append("%s: record keys %s" % (tag, list(r.keys())))
        if rid != "%s-%03d" % (PREFIX, i):
            errs.append("%s: id out of sequence (expected %s-%03d)" % (tag, PREFIX, i))
        if r.get("lang") != "en":
            errs.append("%s: lang %r" % (tag, r.get("lang")))
        if r.get("split") != ("holdout" if i % 2 else "tune"):
            errs.append("%s: split %r wrong for position %d" % (tag, r.get("split"), i))
        st = r.get("style")
        if not isinstance(st, str) or not SNAKE.match(st) or st in TAKEN_STYLES or st.startswith("acled_"):
            errs.append("%s: style %r not a new snake_case style" % (tag, st))
        text = r.get("text")
        if not isinstance(text, str):
            errs.append("%s: text missing" % tag)
            text = ""
        nw = len(text.split())
        if not 50 <= nw <= 110:
            errs.append("%s: text has %d words (50-110)" % (tag, nw))
        pub = pdate(r.get("published"))
        if pub is None or not date(2022, 3, 1) <= pub <= date(2026, 11, 30):
            errs.append("%s: published %r not ISO in 2022-03-01..2026-11-30" % (tag, r.get("published")))
        incs = r.get("incidents")
        if not isinstance(incs, list):
            errs.append("%s: incidents not a list" % tag)
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            t = "%s#%d" % (tag, j)
            n_inc += 1
            if not isinstance(inc, dict):
                errs.append("%s: incident not an object" % t)
                continue
            if list(inc.keys()) != INC_KEYS:
                errs.append("%s: incident keys %s" % (t, list(inc.keys())))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                errs.append("%s: place %r not a substring of text" % (t, place))
            ed = pdate(inc.get("event_date"))
            if ed is None:
                errs.append("%s: event_date %r not ISO" % (t, inc.get("event_date")))
            elif pub is not None:
                if ed > pub:
                    errs.append("%s: event_date after published" % t)
                if (pub - ed).days > 1096:
                    errs.append("%s: event more than 1096 days before published" % t)
                if ed < date(2022, 2, 24):
                    errs.append("%s: event_date before 2022-02-24" % t)
            et, sub = inc.get("event_type"), inc.get("sub_event_type")
            if et not in TYPES or sub not in TYPES[et]:
                errs.append("%s: invalid type pair %r / %r" % (t, et, sub))
            for k in ("killed", "injured"):
                v = inc.get(k)
                if not (v is None or (type(v) is int and v >= 0)):
                    errs.append("%s: %s %r not a non-negative int or null" % (t, k, v))
            key = (inc.get("location"), inc.get("event_date"), sub)
            if key in seen:
                errs.append("%s: duplicate location/date/sub_event_type %s" % (t, key))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
                errs.append("%s: lat/lon not numbers" % t)
                continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                errs.append("%s: coordinates with more than 5 decimals" % t)
            c = inc.get("country")
            gid = inc.get("geonameid")
            if c == "UA":
                if type(gid) is not int:
                    errs.append("%s: UA row needs an int geonameid" % t)
                    continue
                pin = PINNED.get((rid, place))
                if pin is not None and gid != pin:
                    errs.append("%s: %r coded to geonameid %s, expected namesake %s" % (t, place, gid, pin))
                p = geo.get(gid)
                if p is None:
                    errs.append("%s: geonameid %s not in UA.zip" % (t, gid))
                    continue
                if p[6] != "P":
                    errs.append("%s: geonameid %s is feature class %s, not P" % (t, gid, p[6]))
                d = km(lat, lon, float(p[4]), float(p[5]))
                if d > 1.0:
                    errs.append("%s: point %.1f km from geonameid %s" % (t, d, gid))
                if ADMIN1.get(p[10]) != inc.get("admin1"):
                    errs.append("%s: admin1 %r, GeoNames says %r" % (t, inc.get("admin1"), ADMIN1.get(p[10])))
                names = {p[1], p[2]} | set(a for a in p[3].split(",") if a)
                if inc.get("location") not in names:
                    errs.append("%s: location %r not a name of geonameid %s" % (t, inc.get("location"), gid))
            elif c == "RU":
                if gid is not None:
                    errs.append("%s: RU row must have geonameid null" % t)
                if inc.get("admin1") not in RU_ADMIN1:
                    errs.append("%s: RU admin1 %r not allowed" % (t, inc.get("admin1")))
                if not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    errs.append("%s: RU point outside the border box" % t)
            else:
                errs.append("%s: country %r" % (t, c))
    if errs:
        for e in errs:
            print("FAIL:", e)
        print("%d fault(s)" % len(errs))
        return 1
    print("OK: %d items, %d incidents" % (len(recs), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
