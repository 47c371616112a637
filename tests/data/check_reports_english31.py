#!/usr/bin/env python3
"""Checker for tests/data/reports_english31.jsonl (stdlib only).

Usage: python3 check_reports_english31.py [reports_english31.jsonl] [UA.zip]
UA.zip: argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
"""
import datetime as dt, io, json, math, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "reports_english31.jsonl")
ZIP = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("GEONAMES_UA_ZIP", "/work/shared/data/geonames/UA.zip")
N_ITEMS = 60
PREFIX = "en31"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid", "event_date",
            "event_type", "sub_event_type", "killed", "injured"]
PAIRS = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory"},
}
UA_ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk", "05": "Donetsk",
             "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson", "09": "Khmelnytskyi", "10": "Kirovohrad",
             "11": "Crimea", "12": "Kyiv City", "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv",
             "17": "Odessa", "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy", "22": "Ternopil",
             "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr"}
RU_BOX = {  # rough oblast boxes: lat_min, lat_max, lon_min, lon_max
    "Rostov Oblast": (45.9, 50.3, 38.2, 44.4),
    "Belgorod Oblast": (49.8, 51.5, 35.2, 39.3),
    "Kursk Oblast": (50.8, 52.5, 34.0, 38.6),
    "Bryansk Oblast": (52.1, 54.0, 31.1, 35.4),
}
TAKEN = set(['academic_event_catalogue_record', 'acled_abduction', 'acled_arrest', 'acled_clash', 'acled_crimea', 'acled_debris', 'acled_hromada', 'acled_intercept', 'acled_looting', 'acled_mine', 'acled_month_of', 'acled_no_event', 'acled_note', 'acled_note_multi', 'acled_note_single', 'acled_protest', 'acled_regional_overview_line', 'acled_riot', 'acled_russia', 'acled_territory', 'acled_vac', 'acled_vague_count', 'acled_week_of', 'afp', 'afp_alert', 'afp_brief', 'afp_kyiv_wire_copy', 'afp_wire', 'afp_wire_story', 'agricultural_damage_survey', 'airwars', 'al_jazeera_live', 'aljazeera_live_blog', 'ambulance_dispatch_summary', 'amnesty_investigation', 'anadolu', 'anadolu_english_brief', 'anadolu_roundup', 'analyst_background_memo', 'animal_rescue_ngo_note', 'ansa_english_brief', 'ansa_note', 'ap', 'ap_alert', 'ap_brief', 'ap_the_latest_item', 'ap_wire', 'ap_wire_story', 'architects_damage_survey', 'archive_record', 'ato_press_centre_coded_digest', 'bbc_live', 'bbc_live_blog', 'bbc_monitoring', 'bbc_monitoring_digest', 'bloomberg_brief', 'bloomberg_first_word_brief', 'bne_intellinews', 'border_governor_evening_post', 'border_guard_incident_summary', 'border_hromada_shelling_tally', 'border_village_note', 'bta_note', 'bus_operator_incident_report', 'cbc_news', 'cbs_news', 'child_rights_ngo_bulletin', 'church_damage_report', 'cir_map_entry', 'city_council_post', 'civcas_assessment', 'civharm', 'civic_brief', 'civic_protest_monitor_record', 'civilian_harm_dataset_reviewer_note', 'civilian_harm_incident_card', 'cnn_live_blog', 'coder_note', 'coder_weekly_digest', 'conflict_observatory', 'court_judgment_summary', 'cpi_event_row', 'crimea_detention_chronicle', 'cultural_heritage_loss_register', 'deepstate_changelog', 'demining_ngo_accident_report', 'demining_operator_log', 'disability_ngo_casualty_note', 'donbas_ceasefire_violation_log', 'dpa_international_wire', 'dpa_note', 'dsns', 'dsns_region_post', 'dsns_rescue_chronicle', 'dsns_telegram', 'dw_news', 'economist_espresso', 'efe_note', 'energoatom_statement', 'energy_grid_attack_tracker', 'energy_infrastructure_register', 'espreso_tv', 'eu_disinfo_lab_note', 'euromaidan_press', 'euronews', 'euronews_english_update', 'event_coder_qc_note', 'event_notes_column_cell', 'fact_check', 'field_monitor', 'financial_times_brief', 'forensic_exhumation_report', 'france24', 'gazeta_ru', 'gdelt_summary', 'general_staff_summary', 'genstaff', 'geoconfirmed_entry', 'global_rights_compliance', 'governor', 'governor_belgorod', 'governor_bryansk', 'governor_kursk', 'governor_post', 'governor_roundup_relayed', 'governor_ru', 'governor_telegram', 'guardian_live_blog', 'guardian_summary', 'headline', 'heritage_damage', 'hospital_incident_log', 'housing_damage_commission_act', 'hrmmu', 'hrmmu_report', 'hromada_channel_post', 'hromada_head_post', 'hromadske', 'hromadske_radio', 'hrw_report', 'humanitarian_access_report', 'iccl_case_summary', 'icrc_note', 'incident_log', 'indictment', 'insecurity_insight', 'insurance_loss_adjuster', 'insurance_loss_register_entry', 'interfax', 'interfax_ru_item', 'interfax_ua', 'interfax_ukraine', 'interfax_ukraine_roundup', 'isw', 'isw_update', 'izvestia', 'journalists_union_attack_record', 'kommersant', 'kyiv_city_admin_post', 'kyiv_independent', 'kyiv_independent_newsletter_line', 'kyiv_independent_oneliner', 'kyiv_post', 'kyodo_english_wire', 'kyodo_note', 'legal_aid_clinic_intake', 'legal_ngo_witness_statement_summary', 'live_page_line', 'liveblog', 'liveuamap_entry', 'local_monitoring_group_entry', 'local_news', 'local_tv_channel', 'lrt_english', 'maritime_war_risk_bulletin', 'mayor_post', 'media_freedom_incident', 'media_monitoring_ngo_bulletin', 'medical_ngo_patient_intake', 'meduza', 'meduza_english_brief', 'military_administration_post', 'militaryland_note', 'mine_incident_note', 'minoborony_svodka_line', 'missing_persons_registry_entry', 'mod_ru', 'moscow_times', 'msf_field_report', 'municipal_damage_register', 'national_police_statement', 'newsletter_line', 'newswire', 'ngo_case_file', 'ngo_protection_cluster', 'ngo_security_incident_export', 'novaya_gazeta_europe', 'npr', 'npu_regional_channel', 'nv_brief', 'nv_english', 'nv_english_wire_item', 'nv_roundup', 'nyt_live_blog', 'oblast_council_post', 'oblast_police_comms', 'occupation_admin_channel', 'occupation_official', 'ocha_flash', 'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post', 'ohchr_periodic', 'okrug_prosecutor_post', 'ombudsperson_report_paragraph', 'osce_moscow_mechanism', 'osce_smm', 'osint', 'osint_geolocation', 'osint_verification_log', 'ova_in_news', 'ova_roundup', 'ova_telegram', 'ova_telegram_morning_summary', 'pap_english_note', 'pap_note', 'pgo_notice', 'phr_health_record', 'podcast_note', 'police', 'police_chief_post', 'police_post', 'police_statement', 'police_telegram', 'politico_europe', 'pravda_en', 'prosecutor', 'prosecutor_case_register_translation', 'prosecutor_statement', 'push_alert', 'radio_bulletin', 'radio_liberty', 'radio_svoboda_regional', 'railway_incident_log', 'rbc_ukraine', 'rbc_ukraine_brief', 'reckoning_project_testimony_summary', 'regional_admin', 'regional_portal_uk', 'regional_tv_ticker', 'religious_freedom_monitor_entry', 'research_assistant_coding_sheet', 'reuters', 'reuters_alert', 'reuters_brief', 'reuters_factbox_line', 'reuters_wire_story', 'rferl_ukraine_live_item', 'ria', 'ria_en', 'ria_novosti_flash', 'ria_roundup', 'ria_sputnik', 'rights_ngo', 'roundup', 'rt_english', 'ru_border_evacuee_charity_note', 'ru_independent_rights_group_note', 'ru_installed_official', 'ru_mod', 'ru_oblast_head_channel', 'ru_regional_media_digest', 'russian_mod_claim', 'school_damage_registry', 'security_incident', 'ses_post', 'sky_news', 'slovo_i_dilo_record', 'sms_alert', 'source_attributed_event_summary', 'suspilne', 'suspilne_english', 'suspilne_oneliner', 'suspilne_regional_bulletin', 'tass', 'tass_alert', 'tass_as_reported', 'tass_en', 'tass_english_regional_wire', 'tass_regional_dispatch', 'tass_roundup', 'telegram_governor', 'telegram_hromada_head', 'telegram_mayor', 'telegram_regional_head', 'telegram_ru_governor', 'texty_dataset_row', 'the_independent', 'the_insider', 'think_tank_event_dataset_row', 'ticker_breaking', 'trauma_surgeon_case_series_note', 'tribunal_hearing_digest', 'tsn_evening_story', 'ua_media_ru', 'ua_portal_in_russian', 'ucdp_candidate_note', 'uk_mod_update', 'ukr_ombudsman_report', 'ukraine_air_force_post', 'ukraine_war_tracker_row', 'ukrainska_pravda', 'ukrainska_pravda_brief', 'ukrainska_pravda_english', 'ukrinform', 'ukrinform_english_regional_wire', 'ukrinform_oneliner', 'ukrinform_photo_caption', 'ukrinform_regional_dispatch', 'ukrinform_roundup', 'ukrpravda_feed_item', 'ukrzaliznytsia_post', 'un_commission_of_inquiry', 'un_hrmmu', 'un_monitoring_mission_case_file', 'un_security_cell_daily_log', 'uncovering_russia_note', 'unian', 'unian_evening_digest', 'unicef_child_casualty_note', 'up_news', 'update', 'volunteer_evacuation_team_log', 'war_crimes_database_row', 'war_crimes_ngo_case_summary', 'war_risk_insurance_feed', 'washington_post_liveblog', 'water_utility_incident_report', 'who_ssa', 'wire_news', 'witness_statement', 'wsj_brief', 'x_post_official', 'xinhua', 'xinhua_kiev_dispatch', 'xinhua_roundup', 'yonhap_note', 'zaporizhzhia_oma_post'])
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SENT_RE = re.compile(r'[.!?](?=\s+["\'\u201c(\[A-Z0-9])|\](?=\s*[A-Z0-9\[])')

errors = []
def err(msg):
    errors.append(msg)

def sentences(text):
    parts = [p for p in SENT_RE.split(text) if p.strip(" .!?]")]
    return len(parts)

def isodate(s):
    try:
        if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            return None
        return dt.date.fromisoformat(s)
    except ValueError:
        return None

def decimals(x):
    s = repr(x)
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0

def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))

def load_gn(ids):
    out = {}
    with zipfile.ZipFile(ZIP) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if p[0] in ids:
                    names = {p[1], p[2]} | set(x for x in p[3].split(",") if x)
                    out[int(p[0])] = (float(p[4]), float(p[5]), p[10], names)
    return out

def main():
    try:
        lines = open(PATH, encoding="utf-8").read().splitlines()
    except OSError as e:
        print("FAIL: cannot read", PATH, e); return 1
    if len(lines) != N_ITEMS:
        err("expected %d lines, got %d" % (N_ITEMS, len(lines)))
    items = []
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except ValueError as e:
            err("line %d: invalid JSON (%s)" % (n, e))
    ids = set()
    for it in items:
        if isinstance(it, dict):
            for inc in it.get("incidents") or []:
                if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                    ids.add(str(inc["geonameid"]))
    gn = load_gn(ids)
    n_inc = {"holdout": 0, "tune": 0}; n_ru = 0; n_empty = 0
    for n, it in enumerate(items, 1):
        tag = "line %d" % n
        if not isinstance(it, dict):
            err(tag + ": not an object"); continue
        if list(it.keys()) != ITEM_KEYS:
            err(tag + ": item keys/order %s" % list(it.keys()))
        iid = it.get("id")
        tag = "%s (%s)" % (tag, iid)
        if iid != "%s-%03d" % (PREFIX, n):
            err(tag + ": id should be %s-%03d" % (PREFIX, n))
        if it.get("lang") != "en":
            err(tag + ": lang must be en")
        want = "holdout" if n % 2 else "tune"
        if it.get("split") != want:
            err(tag + ": split should be " + want)
        st = it.get("style")
        if not isinstance(st, str) or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", st):
            err(tag + ": style not snake_case")
        elif st in TAKEN:
            err(tag + ": style %s already used in an earlier set" % st)
        pub = isodate(it.get("published"))
        if pub is None:
            err(tag + ": published not an ISO date")
        elif not (dt.date(2014, 4, 1) <= pub <= dt.date(2026, 11, 30)):
            err(tag + ": published out of range")
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            err(tag + ": empty text"); continue
        w = len(text.split())
        if not 25 <= w <= 90:
            err(tag + ": %d words (25-90)" % w)
        s = sentences(text)
        if not 1 <= s <= 4:
            err(tag + ": %d sentences (1-4)" % s)
        incs = it.get("incidents")
        if not isinstance(incs, list):
            err(tag + ": incidents not a list"); continue
        if len(incs) > 2:
            err(tag + ": %d incidents (0-2)" % len(incs))
        if not incs:
            n_empty += 1
        low = text.lower()
        weekof = "week of" in low
        monthof = "month of" in low
        seen = set()
        dates = []
        for k, inc in enumerate(incs, 1):
            t = "%s inc %d" % (tag, k)
            if not isinstance(inc, dict):
                err(t + ": not an object"); continue
            if list(inc.keys()) != INC_KEYS:
                err(t + ": incident keys/order %s" % list(inc.keys()))
            if want in n_inc:
                n_inc[want] += 1
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                err(t + ": place %r not literally in text" % place)
            ed = isodate(inc.get("event_date"))
            if ed is None:
                err(t + ": event_date not ISO")
            elif pub is not None:
                dates.append(ed)
                if ed > pub:
                    err(t + ": event after published")
                if (pub - ed).days > 45:
                    err(t + ": event more than 45 days before published")
                if weekof and ed.weekday() != 0:
                    err(t + ": week-of note not dated on a Monday")
                if monthof and ed.day != 1:
                    err(t + ": month-of note not dated on the 1st")
            et, se = inc.get("event_type"), inc.get("sub_event_type")
            if et not in PAIRS or se not in PAIRS[et]:
                err(t + ": bad type pair %r/%r" % (et, se))
            for key in ("killed", "injured"):
                v = inc.get(key)
                if v is not None and (type(v) is not int or v < 0):
                    err(t + ": %s must be int >= 0 or null, got %r" % (key, v))
            lat, lon = inc.get("lat"), inc.get("lon")
            if type(lat) is not float or type(lon) is not float:
                err(t + ": lat/lon must be floats"); continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                err(t + ": lat/lon with more than 5 decimals")
            key = (place, inc.get("event_date"), et, se)
            if key in seen:
                err(t + ": duplicate place/date/type/sub-type")
            seen.add(key)
            c = inc.get("country")
            if c == "UA":
                g = inc.get("geonameid")
                if type(g) is not int:
                    err(t + ": UA row needs int geonameid"); continue
                rec = gn.get(g)
                if rec is None:
                    err(t + ": geonameid %s not in UA.zip" % g); continue
                d = km(lat, lon, rec[0], rec[1])
                if d > 1.0:
                    err(t + ": point %.1f km from geonameid %s" % (d, g))
                if UA_ADMIN1.get(rec[2]) != inc.get("admin1"):
                    err(t + ": admin1 %r, record says %r" % (inc.get("admin1"), UA_ADMIN1.get(rec[2])))
                if inc.get("location") not in rec[3]:
                    err(t + ": location %r not among the record's names" % inc.get("location"))
            elif c == "RU":
                n_ru += 1
                if inc.get("geonameid") is not None:
                    err(t + ": RU row must have geonameid null")
                if inc.get("location") != place:
                    err(t + ": RU location must equal place")
                box = RU_BOX.get(inc.get("admin1"))
                if box is None:
                    err(t + ": RU admin1 %r not allowed" % inc.get("admin1"))
                else:
                    if not (45.9 <= lat <= 54.5 and 30.5 <= lon <= 44.5):
                        err(t + ": RU point outside 45.9-54.5N/30.5-44.5E")
                    if not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                        err(t + ": RU point outside the %s box" % inc.get("admin1"))
            else:
                err(t + ": country must be UA or RU")
        if not weekof and pub is not None:
            for wd in set(re.findall(r"\b(%s)\b" % "|".join(WEEKDAYS), low)):
                ok = any(d.weekday() == WEEKDAYS.index(wd) and 0 <= (pub - d).days <= 7 for d in dates)
                if not ok:
                    err(tag + ": weekday %r matches no incident date within 7 days of published" % wd)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("FAIL: %d problem(s)" % len(errors))
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc["holdout"] + n_inc["tune"]))
    print("holdout %d, tune %d incidents; RU %d; no-incident notes %d" % (n_inc["holdout"], n_inc["tune"], n_ru, n_empty))
    return 0

if __name__ == "__main__":
    sys.exit(main())
