#!/usr/bin/env python3
"""Checker for reports_english29.jsonl (stdlib only).

Usage: python3 check_reports_english29.py [file.jsonl] [UA.zip]
UA.zip: argv[2], else $GEONAMES_UA_ZIP, else any shared/data/geonames/UA.zip above
this script, else /work/shared/data/geonames/UA.zip. An explicit path that does not
exist is an error; if no dump is found the geonameid checks are skipped with a notice.
"""
import io, json, math, os, re, sys, zipfile
from datetime import date, timedelta

N_ITEMS = 50
PREFIX = 'en29-'
ITEM_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid', 'event_date',
            'event_type', 'sub_event_type', 'killed', 'injured']
MIN_WORDS, MAX_WORDS = 60, 180
MIN_SENT, MAX_SENT = 3, 8
PUB_MIN, PUB_MAX = date(2022, 3, 1), date(2026, 11, 30)
MAX_LAG_DAYS = 10
MAX_KM = 1.0
ACLED = {
    'Battles': {'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Chemical weapon', 'Air/drone strike', 'Suicide bomb',
                                   'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED',
                                   'Grenade'},
    'Violence against civilians': {'Sexual violence', 'Attack', 'Abduction/forced disappearance'},
    'Protests': {'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity',
                               'Disrupted weapons use', 'Headquarters or base established',
                               'Looting/property destruction', 'Non-violent transfer of territory',
                               'Other'},
}
# GeoNames admin1 codes for UA (admin1CodesASCII.txt, ASCII names; 07 written "Kharkiv")
UA_ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk', '05': 'Donetsk',
    '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson', '09': 'Khmelnytskyi', '10': 'Kirovohrad',
    '11': 'Crimea', '12': 'Kyiv City', '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv',
    '17': 'Odessa', '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City', '21': 'Sumy',
    '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia', '26': 'Zaporizhzhia',
    '27': 'Zhytomyr',
}
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}
RU_LAT, RU_LON = (49.5, 54.5), (30.5, 40.5)
SNAKE = re.compile(r'^[a-z][a-z0-9]*(_[a-z0-9]+)*$')
ABBR = re.compile(r'\b(?:Gov|Lt|Gen|Col|Sgt|Mr|Mrs|Ms|Dr|St|No|U\.S|U\.N)\.$')
TAKEN_STYLES = frozenset([
    'acled_abduction', 'acled_arrest', 'acled_clash', 'acled_crimea', 'acled_debris',
    'acled_hromada', 'acled_intercept', 'acled_looting', 'acled_mine', 'acled_month_of',
    'acled_no_event', 'acled_note', 'acled_note_multi', 'acled_note_single', 'acled_protest',
    'acled_regional_overview_line', 'acled_riot', 'acled_russia', 'acled_territory',
    'acled_vac', 'acled_vague_count', 'acled_week_of', 'afp', 'afp_alert', 'afp_brief',
    'afp_wire', 'afp_wire_story', 'agricultural_damage_survey', 'airwars', 'al_jazeera_live',
    'aljazeera_live_blog', 'ambulance_dispatch_summary', 'amnesty_investigation', 'anadolu',
    'anadolu_english_brief', 'anadolu_roundup', 'analyst_background_memo',
    'animal_rescue_ngo_note', 'ansa_english_brief', 'ansa_note', 'ap', 'ap_alert', 'ap_brief',
    'ap_wire', 'ap_wire_story', 'archive_record', 'ato_press_centre_coded_digest', 'bbc_live',
    'bbc_live_blog', 'bbc_monitoring', 'bbc_monitoring_digest', 'bloomberg_brief',
    'bne_intellinews', 'border_guard_incident_summary', 'border_hromada_shelling_tally',
    'border_village_note', 'bta_note', 'cbc_news', 'cbs_news', 'child_rights_ngo_bulletin',
    'church_damage_report', 'cir_map_entry', 'city_council_post', 'civcas_assessment',
    'civharm', 'civic_brief', 'cnn_live_blog', 'coder_note', 'coder_weekly_digest',
    'conflict_observatory', 'court_judgment_summary', 'cpi_event_row',
    'cultural_heritage_loss_register', 'deepstate_changelog', 'demining_operator_log',
    'disability_ngo_casualty_note', 'donbas_ceasefire_violation_log', 'dpa_note', 'dsns',
    'dsns_region_post', 'dsns_telegram', 'dw_news', 'economist_espresso', 'efe_note',
    'energoatom_statement', 'energy_grid_attack_tracker', 'energy_infrastructure_register',
    'espreso_tv', 'eu_disinfo_lab_note', 'euromaidan_press', 'euronews', 'event_coder_qc_note',
    'fact_check', 'field_monitor', 'financial_times_brief', 'forensic_exhumation_report',
    'france24', 'gazeta_ru', 'gdelt_summary', 'general_staff_summary', 'genstaff',
    'geoconfirmed_entry', 'global_rights_compliance', 'governor', 'governor_belgorod',
    'governor_bryansk', 'governor_kursk', 'governor_post', 'governor_roundup_relayed',
    'governor_ru', 'governor_telegram', 'guardian_live_blog', 'guardian_summary', 'headline',
    'heritage_damage', 'hospital_incident_log', 'housing_damage_commission_act', 'hrmmu',
    'hrmmu_report', 'hromada_channel_post', 'hromada_head_post', 'hromadske',
    'hromadske_radio', 'hrw_report', 'humanitarian_access_report', 'iccl_case_summary',
    'icrc_note', 'incident_log', 'indictment', 'insecurity_insight', 'insurance_loss_adjuster',
    'interfax', 'interfax_ua', 'interfax_ukraine', 'interfax_ukraine_roundup', 'isw',
    'isw_update', 'izvestia', 'journalists_union_attack_record', 'kommersant',
    'kyiv_city_admin_post', 'kyiv_independent', 'kyiv_independent_newsletter_line',
    'kyiv_independent_oneliner', 'kyiv_post', 'kyodo_english_wire', 'kyodo_note',
    'legal_aid_clinic_intake', 'live_page_line', 'liveblog', 'liveuamap_entry',
    'local_monitoring_group_entry', 'local_news', 'local_tv_channel', 'lrt_english',
    'maritime_war_risk_bulletin', 'mayor_post', 'media_freedom_incident',
    'medical_ngo_patient_intake', 'meduza', 'meduza_english_brief',
    'military_administration_post', 'militaryland_note', 'mine_incident_note',
    'minoborony_svodka_line', 'missing_persons_registry_entry', 'mod_ru', 'moscow_times',
    'msf_field_report', 'municipal_damage_register', 'national_police_statement',
    'newsletter_line', 'newswire', 'ngo_case_file', 'ngo_protection_cluster',
    'ngo_security_incident_export', 'novaya_gazeta_europe', 'npr', 'nv_brief', 'nv_english',
    'nv_roundup', 'nyt_live_blog', 'oblast_council_post', 'oblast_police_comms',
    'occupation_official', 'ocha_flash', 'ocha_flash_update', 'ocha_sitrep', 'odesa_oma_post',
    'ohchr_periodic', 'okrug_prosecutor_post', 'osce_moscow_mechanism', 'osce_smm', 'osint',
    'osint_geolocation', 'osint_verification_log', 'ova_in_news', 'ova_roundup',
    'ova_telegram', 'pap_english_note', 'pap_note', 'pgo_notice', 'phr_health_record',
    'podcast_note', 'police', 'police_chief_post', 'police_post', 'police_statement',
    'police_telegram', 'politico_europe', 'pravda_en', 'prosecutor',
    'prosecutor_case_register_translation', 'prosecutor_statement', 'push_alert',
    'radio_bulletin', 'radio_liberty', 'radio_svoboda_regional', 'railway_incident_log',
    'rbc_ukraine', 'rbc_ukraine_brief', 'reckoning_project_testimony_summary',
    'regional_admin', 'regional_portal_uk', 'regional_tv_ticker',
    'religious_freedom_monitor_entry', 'research_assistant_coding_sheet', 'reuters',
    'reuters_alert', 'reuters_brief', 'reuters_wire_story', 'ria', 'ria_en', 'ria_roundup',
    'ria_sputnik', 'rights_ngo', 'roundup', 'rt_english', 'ru_border_evacuee_charity_note',
    'ru_installed_official', 'ru_mod', 'ru_oblast_head_channel', 'ru_regional_media_digest',
    'russian_mod_claim', 'school_damage_registry', 'security_incident', 'ses_post', 'sky_news',
    'slovo_i_dilo_record', 'sms_alert', 'suspilne', 'suspilne_english', 'suspilne_oneliner',
    'tass', 'tass_alert', 'tass_as_reported', 'tass_en', 'tass_roundup', 'telegram_governor',
    'telegram_hromada_head', 'telegram_mayor', 'telegram_regional_head',
    'telegram_ru_governor', 'texty_dataset_row', 'the_independent', 'the_insider',
    'think_tank_event_dataset_row', 'ticker_breaking', 'tribunal_hearing_digest',
    'ua_media_ru', 'ua_portal_in_russian', 'ucdp_candidate_note', 'uk_mod_update',
    'ukr_ombudsman_report', 'ukraine_air_force_post', 'ukraine_war_tracker_row',
    'ukrainska_pravda', 'ukrainska_pravda_brief', 'ukrainska_pravda_english', 'ukrinform',
    'ukrinform_oneliner', 'ukrinform_photo_caption', 'ukrinform_roundup',
    'ukrzaliznytsia_post', 'un_commission_of_inquiry', 'un_hrmmu',
    'un_security_cell_daily_log', 'uncovering_russia_note', 'unian', 'unian_evening_digest',
    'unicef_child_casualty_note', 'up_news', 'update', 'volunteer_evacuation_team_log',
    'war_crimes_database_row', 'war_crimes_ngo_case_summary', 'war_risk_insurance_feed',
    'washington_post_liveblog', 'who_ssa', 'wire_news', 'witness_statement', 'wsj_brief',
    'x_post_official', 'xinhua', 'xinhua_kiev_dispatch', 'xinhua_roundup', 'yonhap_note',
    'zaporizhzhia_oma_post',
])


def sentences(text):
    parts = re.split(r'(?<=[.!?])["\')]?\s+(?=[A-Z*"(])', text.strip())
    out = []
    for p in parts:
        if out and ABBR.search(out[-1]):
            out[-1] += ' ' + p
        else:
            out.append(p)
    return [p for p in out if p.strip()]


def decimals(x):
    s = repr(float(x))
    if 'e' in s:
        return 99
    return len(s.split('.')[1].rstrip('0')) if '.' in s else 0


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def find_zip(argv):
    if len(argv) > 2:
        p = argv[2]
        if not os.path.exists(p):
            sys.exit('ERROR: UA.zip not found: %s' % p)
        return p
    env = os.environ.get('GEONAMES_UA_ZIP')
    if env:
        if not os.path.exists(env):
            sys.exit('ERROR: $GEONAMES_UA_ZIP not found: %s' % env)
        return env
    d = os.path.dirname(os.path.abspath(__file__))
    while True:
        p = os.path.join(d, 'shared', 'data', 'geonames', 'UA.zip')
        if os.path.exists(p):
            return p
        nd = os.path.dirname(d)
        if nd == d:
            break
        d = nd
    p = '/work/shared/data/geonames/UA.zip'
    return p if os.path.exists(p) else None


def load_records(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open('UA.txt') as f:
            for line in io.TextIOWrapper(f, encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                try:
                    g = int(p[0])
                except ValueError:
                    continue
                if g in wanted:
                    names = {p[1], p[2]} | {a for a in p[3].split(',') if a}
                    recs[g] = (names, float(p[4]), float(p[5]), p[10])
    return recs


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, 'reports_english29.jsonl')
    zpath = find_zip(argv)
    errs = []
    E = errs.append
    items = []
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                E('line %d: bad JSON: %s' % (ln, e))
    if len(items) != N_ITEMS:
        E('expected %d items, got %d' % (N_ITEMS, len(items)))
    wanted = set()
    geo_checks = []
    n_inc = 0
    for idx, it in enumerate(items, 1):
        iid = it.get('id', '?#%d' % idx)
        if list(it.keys()) != ITEM_KEYS:
            E('%s: item keys/order %s' % (iid, list(it.keys())))
        if it.get('id') != '%s%03d' % (PREFIX, idx):
            E('%s: id out of sequence (expected %s%03d)' % (iid, PREFIX, idx))
        m = re.match(r'^%s(\d{3})$' % re.escape(PREFIX), str(it.get('id')))
        if m:
            want = 'holdout' if int(m.group(1)) % 2 else 'tune'
            if it.get('split') != want:
                E('%s: split %r, expected %r' % (iid, it.get('split'), want))
        if it.get('lang') != 'en':
            E('%s: lang %r' % (iid, it.get('lang')))
        st = it.get('style')
        if not isinstance(st, str) or not SNAKE.match(st):
            E('%s: style not snake_case: %r' % (iid, st))
        elif st in TAKEN_STYLES:
            E('%s: style %r already used by an earlier set' % (iid, st))
        text = it.get('text') if isinstance(it.get('text'), str) else ''
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            E('%s: %d words (want %d-%d)' % (iid, nw, MIN_WORDS, MAX_WORDS))
        ns = len(sentences(text))
        if not MIN_SENT <= ns <= MAX_SENT:
            E('%s: %d sentences (want %d-%d)' % (iid, ns, MIN_SENT, MAX_SENT))
        pub = None
        try:
            pub = date.fromisoformat(it.get('published'))
            if not re.match(r'^\d{4}-\d{2}-\d{2}$', it['published']):
                raise ValueError
            if not PUB_MIN <= pub <= PUB_MAX:
                E('%s: published %s out of range' % (iid, pub))
        except (TypeError, ValueError):
            E('%s: bad published %r' % (iid, it.get('published')))
            pub = None
        incs = it.get('incidents')
        if not isinstance(incs, list):
            E('%s: incidents not a list' % iid)
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            n_inc += 1
            tag = '%s#%d' % (iid, j)
            if not isinstance(inc, dict):
                E('%s: incident not an object' % tag)
                continue
            if list(inc.keys()) != INC_KEYS:
                E('%s: incident keys/order %s' % (tag, list(inc.keys())))
            place = inc.get('place')
            if not isinstance(place, str) or not place or place not in text:
                E('%s: place %r not in text' % (tag, place))
            et, sub = inc.get('event_type'), inc.get('sub_event_type')
            if et not in ACLED or sub not in ACLED.get(et, ()):
                E('%s: invalid type pair %r / %r' % (tag, et, sub))
            for k in ('killed', 'injured'):
                v = inc.get(k)
                if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
                    E('%s: %s must be a non-negative int or null, got %r' % (tag, k, v))
            ed = None
            try:
                ed = date.fromisoformat(inc.get('event_date'))
                if not re.match(r'^\d{4}-\d{2}-\d{2}$', inc['event_date']):
                    raise ValueError
            except (TypeError, ValueError):
                E('%s: bad event_date %r' % (tag, inc.get('event_date')))
            if ed and pub:
                if ed > pub:
                    E('%s: event_date %s after published %s' % (tag, ed, pub))
                elif ed < pub - timedelta(days=MAX_LAG_DAYS):
                    E('%s: event_date %s more than %d days before published' % (tag, ed, MAX_LAG_DAYS))
            key = (place, inc.get('event_date'), et, sub)
            if key in seen:
                E('%s: duplicate incident %r' % (tag, key))
            seen.add(key)
            lat, lon = inc.get('lat'), inc.get('lon')
            ok_ll = True
            for k, v in (('lat', lat), ('lon', lon)):
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    E('%s: %s not a number: %r' % (tag, k, v))
                    ok_ll = False
                elif decimals(v) > 5:
                    E('%s: %s has more than 5 decimals: %r' % (tag, k, v))
            c = inc.get('country')
            g = inc.get('geonameid')
            if c == 'UA':
                if inc.get('admin1') not in UA_ADMIN1.values():
                    E('%s: admin1 %r is not a Ukrainian oblast name' % (tag, inc.get('admin1')))
                if isinstance(g, bool) or not isinstance(g, int):
                    E('%s: UA incident needs an int geonameid, got %r' % (tag, g))
                else:
                    wanted.add(g)
                    if ok_ll:
                        geo_checks.append((tag, g, lat, lon, inc.get('admin1'), inc.get('location')))
            elif c == 'RU':
                if g is not None:
                    E('%s: RU incident must have geonameid null' % tag)
                if inc.get('admin1') not in RU_ADMIN1:
                    E('%s: RU admin1 %r not in %s' % (tag, inc.get('admin1'), sorted(RU_ADMIN1)))
                if ok_ll and not (RU_LAT[0] <= lat <= RU_LAT[1] and RU_LON[0] <= lon <= RU_LON[1]):
                    E('%s: RU lat/lon %s,%s outside border box' % (tag, lat, lon))
                if not isinstance(inc.get('location'), str) or not inc.get('location'):
                    E('%s: RU location missing' % tag)
            else:
                E('%s: country %r not UA/RU' % (tag, c))
    if zpath is None:
        print('NOTICE: UA.zip not found; geonameid checks skipped')
    else:
        recs = load_records(zpath, wanted)
        for tag, g, lat, lon, a1, loc in geo_checks:
            r = recs.get(g)
            if r is None:
                E('%s: geonameid %d not in UA.zip' % (tag, g))
                continue
            names, rlat, rlon, code = r
            d = km(lat, lon, rlat, rlon)
            if d > MAX_KM:
                E('%s: %.1f km from geonameid %d' % (tag, d, g))
            if UA_ADMIN1.get(code) != a1:
                E('%s: admin1 %r but geonameid %d is in %r' % (tag, a1, g, UA_ADMIN1.get(code)))
            if loc not in names:
                E('%s: location %r not a name of geonameid %d' % (tag, loc, g))
    if errs:
        for e in errs:
            print('FAIL:', e)
        print('%d problem(s)' % len(errs))
        return 1
    print('OK: %d items, %d incidents' % (len(items), n_inc))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
