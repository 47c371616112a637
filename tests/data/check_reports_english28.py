#!/usr/bin/env python3
"""Checker for tests/data/reports_english28.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_english28.py [file] [UA.zip]
UA.zip: argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints "OK: <n> items, <m> incidents" and exits 0, or prints one line per fault and exits 1.
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
DEFAULT_FILE = os.path.join(HERE, 'reports_english28.jsonl')
N_ITEMS = 60
PREFIX = 'en28-'
RECORD_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid', 'event_date',
            'event_type', 'sub_event_type', 'killed', 'injured']
MIN_WORDS, MAX_WORDS = 50, 110
PUB_MIN, PUB_MAX = date(2022, 3, 1), date(2026, 11, 30)
WAR_START = date(2022, 2, 24)
MAX_AGE_DAYS = 1096
MAX_KM = 1.0
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}
ADMIN1 = {'01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk',
          '05': 'Donetsk', '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson',
          '09': 'Khmelnytskyi', '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City',
          '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv', '17': 'Odessa',
          '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City', '21': 'Sumy', '22': 'Ternopil',
          '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia', '26': 'Zaporizhzhia',
          '27': 'Zhytomyr'}
TYPES = {
    'Battles': {'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Shelling/artillery/missile attack', 'Air/drone strike',
                                   'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb',
                                   'Chemical weapon'},
    'Violence against civilians': {'Attack', 'Abduction/forced disappearance', 'Sexual violence'},
    'Protests': {'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity',
                               'Disrupted weapons use', 'Headquarters or base established',
                               'Looting/property destruction', 'Non-violent transfer of territory',
                               'Other'},
}
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')
SNAKE = re.compile(r'^[a-z][a-z0-9]*(_[a-z0-9]+)+$')
TAKEN_STYLES = {
    'acled_abduction', 'acled_arrest', 'acled_clash', 'acled_crimea', 'acled_debris',
    'acled_hromada', 'acled_intercept', 'acled_looting', 'acled_mine', 'acled_month_of',
    'acled_no_event', 'acled_note', 'acled_note_multi', 'acled_note_single', 'acled_protest',
    'acled_regional_overview_line', 'acled_riot', 'acled_russia', 'acled_territory', 'acled_vac',
    'acled_vague_count', 'acled_week_of', 'afp', 'afp_alert', 'afp_brief', 'afp_wire',
    'afp_wire_story', 'agricultural_damage_survey', 'airwars', 'al_jazeera_live',
    'aljazeera_live_blog', 'ambulance_dispatch_summary', 'amnesty_investigation', 'anadolu',
    'anadolu_english_brief', 'anadolu_roundup', 'analyst_background_memo',
    'animal_rescue_ngo_note', 'ansa_english_brief', 'ansa_note', 'ap', 'ap_alert', 'ap_brief',
    'ap_wire', 'ap_wire_story', 'archive_record', 'ato_press_centre_coded_digest', 'bbc_live',
    'bbc_live_blog', 'bbc_monitoring', 'bbc_monitoring_digest', 'bloomberg_brief',
    'bne_intellinews', 'border_guard_incident_summary', 'border_hromada_shelling_tally',
    'border_village_note', 'bta_note', 'cbc_news', 'cbs_news', 'child_rights_ngo_bulletin',
    'church_damage_report', 'cir_map_entry', 'city_council_post', 'civcas_assessment', 'civharm',
    'civic_brief', 'cnn_live_blog', 'coder_note', 'coder_weekly_digest', 'conflict_observatory',
    'court_judgment_summary', 'cpi_event_row', 'cultural_heritage_loss_register',
    'deepstate_changelog', 'demining_operator_log', 'disability_ngo_casualty_note',
    'donbas_ceasefire_violation_log', 'dpa_note', 'dsns', 'dsns_region_post', 'dsns_telegram',
    'dw_news', 'economist_espresso', 'efe_note', 'energoatom_statement',
    'energy_grid_attack_tracker', 'energy_infrastructure_register', 'espreso_tv',
    'eu_disinfo_lab_note', 'euromaidan_press', 'euronews', 'event_coder_qc_note', 'fact_check',
    'field_monitor', 'financial_times_brief', 'forensic_exhumation_report', 'france24',
    'gazeta_ru', 'gdelt_summary', 'general_staff_summary', 'genstaff', 'geoconfirmed_entry',
    'global_rights_compliance', 'governor', 'governor_belgorod', 'governor_bryansk',
    'governor_kursk', 'governor_post', 'governor_roundup_relayed', 'governor_ru',
    'governor_telegram', 'guardian_live_blog', 'guardian_summary', 'headline', 'heritage_damage',
    'hospital_incident_log', 'housing_damage_commission_act', 'hrmmu', 'hrmmu_report',
    'hromada_channel_post', 'hromada_head_post', 'hromadske', 'hromadske_radio', 'hrw_report',
    'humanitarian_access_report', 'iccl_case_summary', 'icrc_note', 'incident_log', 'indictment',
    'insecurity_insight', 'insurance_loss_adjuster', 'interfax', 'interfax_ua', 'interfax_ukraine',
    'interfax_ukraine_roundup', 'isw', 'isw_update', 'izvestia', 'journalists_union_attack_record',
    'kommersant', 'kyiv_city_admin_post', 'kyiv_independent', 'kyiv_independent_newsletter_line',
    'kyiv_independent_oneliner', 'kyiv_post', 'kyodo_english_wire', 'kyodo_note',
    'legal_aid_clinic_intake', 'live_page_line', 'liveblog', 'liveuamap_entry',
    'local_monitoring_group_entry', 'local_news', 'local_tv_channel', 'lrt_english',
    'maritime_war_risk_bulletin', 'mayor_post', 'media_freedom_incident',
    'medical_ngo_patient_intake', 'meduza', 'meduza_english_brief', 'military_administration_post',
    'militaryland_note', 'mine_incident_note', 'minoborony_svodka_line',
    'missing_persons_registry_entry', 'mod_ru', 'moscow_times', 'msf_field_report',
    'municipal_damage_register', 'national_police_statement', 'newsletter_line', 'newswire',
    'ngo_case_file', 'ngo_protection_cluster', 'ngo_security_incident_export',
    'novaya_gazeta_europe', 'npr', 'nv_brief', 'nv_english', 'nv_roundup', 'nyt_live_blog',
    'oblast_council_post', 'oblast_police_comms', 'occupation_official', 'ocha_flash',
    'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post', 'ohchr_periodic',
    'okrug_prosecutor_post', 'osce_moscow_mechanism', 'osce_smm', 'osint', 'osint_geolocation',
    'osint_verification_log', 'ova_in_news', 'ova_roundup', 'ova_telegram', 'pap_english_note',
    'pap_note', 'pgo_notice', 'phr_health_record', 'podcast_note', 'police', 'police_chief_post',
    'police_post', 'police_statement', 'police_telegram', 'politico_europe', 'pravda_en',
    'prosecutor', 'prosecutor_case_register_translation', 'prosecutor_statement', 'push_alert',
    'radio_bulletin', 'radio_liberty', 'radio_svoboda_regional', 'railway_incident_log',
    'rbc_ukraine', 'rbc_ukraine_brief', 'reckoning_project_testimony_summary', 'regional_admin',
    'regional_portal_uk', 'regional_tv_ticker', 'religious_freedom_monitor_entry',
    'research_assistant_coding_sheet', 'reuters', 'reuters_alert', 'reuters_brief',
    'reuters_wire_story', 'ria', 'ria_en', 'ria_roundup', 'ria_sputnik', 'rights_ngo', 'roundup',
    'rt_english', 'ru_border_evacuee_charity_note', 'ru_installed_official', 'ru_mod',
    'ru_oblast_head_channel', 'ru_regional_media_digest', 'russian_mod_claim',
    'school_damage_registry', 'security_incident', 'ses_post', 'sky_news', 'slovo_i_dilo_record',
    'sms_alert', 'suspilne', 'suspilne_english', 'suspilne_oneliner', 'tass', 'tass_alert',
    'tass_as_reported', 'tass_en', 'tass_roundup', 'telegram_governor', 'telegram_hromada_head',
    'telegram_mayor', 'telegram_regional_head', 'telegram_ru_governor', 'texty_dataset_row',
    'the_independent', 'the_insider', 'think_tank_event_dataset_row', 'ticker_breaking',
    'tribunal_hearing_digest', 'ua_media_ru', 'ua_portal_in_russian', 'ucdp_candidate_note',
    'uk_mod_update', 'ukr_ombudsman_report', 'ukraine_air_force_post', 'ukraine_war_tracker_row',
    'ukrainska_pravda', 'ukrainska_pravda_brief', 'ukrainska_pravda_english', 'ukrinform',
    'ukrinform_oneliner', 'ukrinform_photo_caption', 'ukrinform_roundup', 'ukrzaliznytsia_post',
    'un_commission_of_inquiry', 'un_hrmmu', 'un_security_cell_daily_log', 'uncovering_russia_note',
    'unian', 'unian_evening_digest', 'unicef_child_casualty_note', 'up_news', 'update',
    'volunteer_evacuation_team_log', 'war_crimes_database_row', 'war_crimes_ngo_case_summary',
    'war_risk_insurance_feed', 'washington_post_liveblog', 'who_ssa', 'wire_news',
    'witness_statement', 'wsj_brief', 'x_post_official', 'xinhua', 'xinhua_kiev_dispatch',
    'xinhua_roundup', 'yonhap_note', 'zaporizhzhia_oma_post',}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def decimals(x):
    s = repr(float(x))
    if 'e' in s or 'E' in s:
        return 99
    return len(s.split('.')[1].rstrip('0')) if '.' in s else 0


def parse_date(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def load_geonames(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        name = 'UA.txt' if 'UA.txt' in z.namelist() else z.namelist()[0]
        with z.open(name) as f:
            for line in io.TextIOWrapper(f, encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                if len(p) > 10 and p[0] in wanted:
                    out[p[0]] = p
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    gz = argv[2] if len(argv) > 2 else os.environ.get('GEONAMES_UA_ZIP',
                                                       '/work/shared/data/geonames/UA.zip')
    errs = []
    recs = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                errs.append(f'line {n}: bad JSON ({e})')
    if len(recs) != N_ITEMS:
        errs.append(f'expected {N_ITEMS} records, found {len(recs)}')
    wanted = set()
    for r in recs:
        for inc in r.get('incidents') or []:
            if isinstance(inc, dict) and inc.get('geonameid') is not None:
                wanted.add(str(inc.get('geonameid')))
    gn = load_geonames(gz, wanted) if wanted else {}
    n_inc = 0
    for i, r in enumerate(recs, 1):
        rid = r.get('id', f'#{i}')
        if not isinstance(r, dict):
            errs.append(f'{rid}: record is not an object')
            continue
        if list(r.keys()) != RECORD_KEYS:
            errs.append(f'{rid}: record keys/order {list(r.keys())}')
        if r.get('id') != f'{PREFIX}{i:03d}':
            errs.append(f'{rid}: id out of sequence (expected {PREFIX}{i:03d})')
        if r.get('lang') != 'en':
            errs.append(f'{rid}: lang {r.get("lang")!r}')
        if r.get('split') != ('holdout' if i % 2 else 'tune'):
            errs.append(f'{rid}: split {r.get("split")!r} does not match id parity')
        st = r.get('style')
        if isinstance(st, str) and (st in TAKEN_STYLES or st.startswith('acled_')):
            errs.append(f'{rid}: style {st!r} already taken by an earlier set')
        elif not isinstance(st, str) or not SNAKE.match(st):
            errs.append(f'{rid}: style {st!r} not snake_case')
        text = r.get('text')
        if not isinstance(text, str):
            errs.append(f'{rid}: text missing')
            text = ''
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            errs.append(f'{rid}: text has {nw} words (allowed {MIN_WORDS}-{MAX_WORDS})')
        pub = parse_date(r.get('published'))
        if pub is None:
            errs.append(f'{rid}: published {r.get("published")!r} not ISO')
        elif not PUB_MIN <= pub <= PUB_MAX:
            errs.append(f'{rid}: published {pub} outside {PUB_MIN}..{PUB_MAX}')
        incs = r.get('incidents')
        if not isinstance(incs, list):
            errs.append(f'{rid}: incidents not a list')
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            tag = f'{rid} inc {j}'
            n_inc += 1
            if not isinstance(inc, dict):
                errs.append(f'{tag}: not an object')
                continue
            if list(inc.keys()) != INC_KEYS:
                errs.append(f'{tag}: incident keys/order {list(inc.keys())}')
            place = inc.get('place')
            if not isinstance(place, str) or not place or place not in text:
                errs.append(f'{tag}: place {place!r} not a substring of text')
            ed = parse_date(inc.get('event_date'))
            if ed is None:
                errs.append(f'{tag}: event_date {inc.get("event_date")!r} not ISO')
            else:
                if ed < WAR_START:
                    errs.append(f'{tag}: event_date {ed} before {WAR_START}')
                if pub is not None:
                    if ed > pub:
                        errs.append(f'{tag}: event_date {ed} after published {pub}')
                    elif (pub - ed).days > MAX_AGE_DAYS:
                        errs.append(f'{tag}: event_date {ed} more than {MAX_AGE_DAYS} days before published')
            et, se = inc.get('event_type'), inc.get('sub_event_type')
            if et not in TYPES or se not in TYPES.get(et, ()):
                errs.append(f'{tag}: invalid type pair {et!r}/{se!r}')
            for k in ('killed', 'injured'):
                v = inc.get(k)
                if v is not None and (type(v) is not int or v < 0):
                    errs.append(f'{tag}: {k} {v!r} not a non-negative int or null')
            key = (inc.get('location'), inc.get('event_date'), se)
            if key in seen:
                errs.append(f'{tag}: duplicate location/date/sub_event_type {key}')
            seen.add(key)
            lat, lon = inc.get('lat'), inc.get('lon')
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
                errs.append(f'{tag}: lat/lon not numeric')
                continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                errs.append(f'{tag}: lat/lon with more than 5 decimals')
            country, gid, a1, loc = inc.get('country'), inc.get('geonameid'), inc.get('admin1'), inc.get('location')
            if country == 'UA':
                if type(gid) is not int:
                    errs.append(f'{tag}: UA row needs an int geonameid, got {gid!r}')
                    continue
                p = gn.get(str(gid))
                if p is None:
                    errs.append(f'{tag}: geonameid {gid} not in {gz}')
                    continue
                if p[6] != 'P':
                    errs.append(f'{tag}: geonameid {gid} feature class {p[6]}, not P')
                d = km(lat, lon, float(p[4]), float(p[5]))
                if d > MAX_KM:
                    errs.append(f'{tag}: point {d:.1f} km from geonameid {gid}')
                if ADMIN1.get(p[10]) != a1:
                    errs.append(f'{tag}: admin1 {a1!r}, GeoNames says {ADMIN1.get(p[10], p[10])!r}')
                names = {p[1], p[2]} | {x for x in p[3].split(',') if x}
                if loc not in names:
                    errs.append(f'{tag}: location {loc!r} not a name of geonameid {gid}')
            elif country == 'RU':
                if gid is not None:
                    errs.append(f'{tag}: RU row must have geonameid null')
                if a1 not in RU_ADMIN1:
                    errs.append(f'{tag}: RU admin1 {a1!r} not in {sorted(RU_ADMIN1)}')
                if not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    errs.append(f'{tag}: RU point {lat},{lon} outside the border box')
                if not isinstance(loc, str) or not loc:
                    errs.append(f'{tag}: RU location empty')
            else:
                errs.append(f'{tag}: country {country!r}')
    if errs:
        for e in errs:
            print('FAIL:', e)
        print(f'{len(errs)} fault(s)')
        return 1
    print(f'OK: {len(recs)} items, {n_inc} incidents')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
