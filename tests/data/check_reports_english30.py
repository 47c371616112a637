#!/usr/bin/env python3
"""Checker for tests/data/reports_english30.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english30.py [file.jsonl] [UA.zip]
UA.zip: argument (must exist if given), else $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip; if none is found the GeoNames checks are
skipped with a notice.
"""
import datetime as dt, io, json, math, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, 'reports_english30.jsonl')
N_ITEMS, N_INCIDENTS = 60, 68
PREFIX = 'en30-'
ITEM_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid', 'event_date',
            'event_type', 'sub_event_type', 'killed', 'injured']
TYPES = {
    'Explosions/Remote violence': {'Shelling/artillery/missile attack', 'Air/drone strike',
                                   'Remote explosive/landmine/IED'},
    'Battles': {'Armed clash'},
    'Violence against civilians': {'Attack'},
}
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}
# admin1 codes of UA.txt -> names used in the data (admin1CodesASCII.txt, Kharkiv shortened)
UA_ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk', '05': 'Donetsk',
    '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson', '09': 'Khmelnytskyi', '10': 'Kirovohrad',
    '11': 'Crimea', '12': 'Kyiv City', '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv',
    '17': 'Odessa', '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City', '21': 'Sumy',
    '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia', '26': 'Zaporizhzhia',
    '27': 'Zhytomyr'}
DATE_MIN, DATE_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
TAKEN_STYLES = set("""
academic_event_catalogue_record acled_abduction acled_arrest acled_clash acled_crimea
acled_debris acled_hromada acled_intercept acled_looting acled_mine acled_month_of
acled_no_event acled_note acled_note_multi acled_note_single acled_protest
acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac acled_vague_count
acled_week_of afp afp_alert afp_brief afp_kyiv_wire_copy afp_wire afp_wire_story
agricultural_damage_survey airwars al_jazeera_live aljazeera_live_blog
ambulance_dispatch_summary amnesty_investigation anadolu anadolu_english_brief anadolu_roundup
analyst_background_memo animal_rescue_ngo_note ansa_english_brief ansa_note ap ap_alert ap_brief
ap_the_latest_item ap_wire ap_wire_story architects_damage_survey archive_record
ato_press_centre_coded_digest bbc_live bbc_live_blog bbc_monitoring bbc_monitoring_digest
bloomberg_brief bloomberg_first_word_brief bne_intellinews border_governor_evening_post
border_guard_incident_summary border_hromada_shelling_tally border_village_note bta_note
bus_operator_incident_report cbc_news cbs_news child_rights_ngo_bulletin church_damage_report
cir_map_entry city_council_post civcas_assessment civharm civic_brief
civic_protest_monitor_record civilian_harm_dataset_reviewer_note civilian_harm_incident_card
cnn_live_blog coder_note coder_weekly_digest conflict_observatory court_judgment_summary
cpi_event_row crimea_detention_chronicle cultural_heritage_loss_register deepstate_changelog
demining_ngo_accident_report demining_operator_log disability_ngo_casualty_note
donbas_ceasefire_violation_log dpa_international_wire dpa_note dsns dsns_region_post
dsns_rescue_chronicle dsns_telegram dw_news economist_espresso efe_note energoatom_statement
energy_grid_attack_tracker energy_infrastructure_register espreso_tv eu_disinfo_lab_note
euromaidan_press euronews euronews_english_update event_coder_qc_note event_notes_column_cell
fact_check field_monitor financial_times_brief forensic_exhumation_report france24 gazeta_ru
gdelt_summary general_staff_summary genstaff geoconfirmed_entry global_rights_compliance
governor governor_belgorod governor_bryansk governor_kursk governor_post
governor_roundup_relayed governor_ru governor_telegram guardian_live_blog guardian_summary
headline heritage_damage hospital_incident_log housing_damage_commission_act hrmmu hrmmu_report
hromada_channel_post hromada_head_post hromadske hromadske_radio hrw_report
humanitarian_access_report iccl_case_summary icrc_note incident_log indictment
insecurity_insight insurance_loss_adjuster insurance_loss_register_entry interfax
interfax_ru_item interfax_ua interfax_ukraine interfax_ukraine_roundup isw isw_update izvestia
journalists_union_attack_record kommersant kyiv_city_admin_post kyiv_independent
kyiv_independent_newsletter_line kyiv_independent_oneliner kyiv_post kyodo_english_wire
kyodo_note legal_aid_clinic_intake legal_ngo_witness_statement_summary live_page_line liveblog
liveuamap_entry local_monitoring_group_entry local_news local_tv_channel lrt_english
maritime_war_risk_bulletin mayor_post media_freedom_incident media_monitoring_ngo_bulletin
medical_ngo_patient_intake meduza meduza_english_brief military_administration_post
militaryland_note mine_incident_note minoborony_svodka_line missing_persons_registry_entry
mod_ru moscow_times msf_field_report municipal_damage_register national_police_statement
newsletter_line newswire ngo_case_file ngo_protection_cluster ngo_security_incident_export
novaya_gazeta_europe npr npu_regional_channel nv_brief nv_english nv_english_wire_item
nv_roundup nyt_live_blog oblast_council_post oblast_police_comms occupation_admin_channel
occupation_official ocha_flash ocha_flash_update ocha_sitrep odesa_oma_post ohchr_periodic
okrug_prosecutor_post ombudsperson_report_paragraph osce_moscow_mechanism osce_smm osint
osint_geolocation osint_verification_log ova_in_news ova_roundup ova_telegram
ova_telegram_morning_summary pap_english_note pap_note pgo_notice phr_health_record podcast_note
police police_chief_post police_post police_statement police_telegram politico_europe pravda_en
prosecutor prosecutor_case_register_translation prosecutor_statement push_alert radio_bulletin
radio_liberty radio_svoboda_regional railway_incident_log rbc_ukraine rbc_ukraine_brief
reckoning_project_testimony_summary regional_admin regional_portal_uk regional_tv_ticker
religious_freedom_monitor_entry research_assistant_coding_sheet reuters reuters_alert
reuters_brief reuters_factbox_line reuters_wire_story rferl_ukraine_live_item ria ria_en
ria_novosti_flash ria_roundup ria_sputnik rights_ngo roundup rt_english
ru_border_evacuee_charity_note ru_independent_rights_group_note ru_installed_official ru_mod
ru_oblast_head_channel ru_regional_media_digest russian_mod_claim school_damage_registry
security_incident ses_post sky_news slovo_i_dilo_record sms_alert
source_attributed_event_summary suspilne suspilne_english suspilne_oneliner
suspilne_regional_bulletin tass tass_alert tass_as_reported tass_en tass_english_regional_wire
tass_regional_dispatch tass_roundup telegram_governor telegram_hromada_head telegram_mayor
telegram_regional_head telegram_ru_governor texty_dataset_row the_independent the_insider
think_tank_event_dataset_row ticker_breaking trauma_surgeon_case_series_note
tribunal_hearing_digest tsn_evening_story ua_media_ru ua_portal_in_russian ucdp_candidate_note
uk_mod_update ukr_ombudsman_report ukraine_air_force_post ukraine_war_tracker_row
ukrainska_pravda ukrainska_pravda_brief ukrainska_pravda_english ukrinform
ukrinform_english_regional_wire ukrinform_oneliner ukrinform_photo_caption
ukrinform_regional_dispatch ukrinform_roundup ukrpravda_feed_item ukrzaliznytsia_post
un_commission_of_inquiry un_hrmmu un_monitoring_mission_case_file un_security_cell_daily_log
uncovering_russia_note unian unian_evening_digest unicef_child_casualty_note up_news update
volunteer_evacuation_team_log war_crimes_database_row war_crimes_ngo_case_summary
war_risk_insurance_feed washington_post_liveblog water_utility_incident_report who_ssa wire_news
witness_statement wsj_brief x_post_official xinhua xinhua_kiev_dispatch xinhua_roundup
yonhap_note zaporizhzhia_oma_post
""".split())

errors = []


def fail(msg):
    errors.append(msg)


def ndec(x):
    s = repr(float(x))
    return 0 if '.' not in s or 'e' in s else len(s.split('.')[1].rstrip('0'))


def km(a, b, c, d):
    r = math.radians
    h = math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def is_count(v):
    return v is None or (type(v) is int and v >= 0)


def parse_date(s, where):
    try:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
            raise ValueError
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        fail('%s: bad date %r' % (where, s))
        return None


def load_geonames(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open('UA.txt') as f:
            for line in io.TextIOWrapper(f, encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                if int(p[0]) in wanted:
                    names = {p[1], p[2]} | set(a for a in p[3].split(',') if a)
                    out[int(p[0])] = (float(p[4]), float(p[5]), p[10], names)
    return out


def main():
    args = sys.argv[1:]
    path = args[0] if args else DEFAULT_FILE
    zpath = None
    if len(args) > 1:
        zpath = args[1]
        if not os.path.isfile(zpath):
            print('FAIL: UA.zip not found: %s' % zpath)
            return 1
    else:
        for cand in (os.environ.get('GEONAMES_UA_ZIP'), '/work/shared/data/geonames/UA.zip'):
            if cand and os.path.isfile(cand):
                zpath = cand
                break
    items = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail('line %d: empty line' % n)
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                fail('line %d: bad JSON: %s' % (n, e))
    if len(items) != N_ITEMS:
        fail('expected %d items, found %d' % (N_ITEMS, len(items)))
    n_inc = 0
    ua_refs = []
    for k, it in enumerate(items, 1):
        iid = it.get('id', '?')
        w = iid
        if list(it.keys()) != ITEM_KEYS:
            fail('%s: item keys/order %s' % (w, list(it.keys())))
        if iid != '%s%03d' % (PREFIX, k):
            fail('%s: id out of sequence (expected %s%03d)' % (w, PREFIX, k))
        m = re.fullmatch(PREFIX + r'(\d{3})', str(iid))
        if m and it.get('split') != ('holdout' if int(m.group(1)) % 2 else 'tune'):
            fail('%s: split %r breaks odd=holdout/even=tune' % (w, it.get('split')))
        if it.get('lang') != 'en':
            fail('%s: lang %r' % (w, it.get('lang')))
        st = it.get('style')
        if not isinstance(st, str) or not re.fullmatch(r'[a-z][a-z0-9]*(_[a-z0-9]+)*', st):
            fail('%s: style %r not snake_case' % (w, st))
        elif st in TAKEN_STYLES:
            fail('%s: style %r already taken' % (w, st))
        pub = parse_date(it.get('published'), w + ' published')
        if pub and not DATE_MIN <= pub <= DATE_MAX:
            fail('%s: published %s outside %s..%s' % (w, pub, DATE_MIN, DATE_MAX))
        text = it.get('text')
        if not isinstance(text, str):
            fail('%s: text missing' % w)
            text = ''
        nw = len(text.split())
        if not 15 <= nw <= 60:
            fail('%s: %d words (want 15-60)' % (w, nw))
        ns = len(re.findall(r'[.!?](?:\s|$)', text))
        if ns > 3:
            fail('%s: %d sentence ends (max 3)' % (w, ns))
        incs = it.get('incidents')
        if not isinstance(incs, list):
            fail('%s: incidents not a list' % w)
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            n_inc += 1
            v = '%s#%d' % (w, j)
            if list(inc.keys()) != INC_KEYS:
                fail('%s: incident keys/order %s' % (v, list(inc.keys())))
                continue
            if not isinstance(inc['place'], str) or inc['place'] not in text:
                fail('%s: place %r not in text' % (v, inc['place']))
            et, sub = inc['event_type'], inc['sub_event_type']
            if sub not in TYPES.get(et, ()):
                fail('%s: bad type pair %r / %r' % (v, et, sub))
            for c in ('killed', 'injured'):
                if not is_count(inc[c]):
                    fail('%s: %s %r not a non-negative int or null' % (v, c, inc[c]))
            if et == 'Battles' and (inc['killed'] is not None or inc['injured'] is not None):
                fail('%s: battles must be null/null' % v)
            ed = parse_date(inc['event_date'], v + ' event_date')
            if ed and pub and not pub - dt.timedelta(10) <= ed <= pub:
                fail('%s: event_date %s not within 10 days before published %s' % (v, ed, pub))
            key = (inc['place'], inc['event_date'], sub)
            if key in seen:
                fail('%s: duplicate place/date/sub-type %s' % (v, key))
            seen.add(key)
            lat, lon = inc['lat'], inc['lon']
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
                fail('%s: lat/lon not numbers' % v)
                continue
            if ndec(lat) > 5 or ndec(lon) > 5:
                fail('%s: lat/lon with more than 5 decimals' % v)
            if inc['country'] == 'RU':
                if inc['geonameid'] is not None:
                    fail('%s: RU incident must have geonameid null' % v)
                if inc['admin1'] not in RU_ADMIN1:
                    fail('%s: RU admin1 %r' % (v, inc['admin1']))
                if not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    fail('%s: RU lat/lon %s,%s out of the border box' % (v, lat, lon))
            elif inc['country'] == 'UA':
                if type(inc['geonameid']) is not int:
                    fail('%s: UA incident needs an int geonameid' % v)
                else:
                    ua_refs.append((v, inc))
            else:
                fail('%s: country %r' % (v, inc['country']))
    if n_inc != N_INCIDENTS:
        fail('expected %d incidents, found %d' % (N_INCIDENTS, n_inc))
    if zpath is None:
        print('NOTICE: UA.zip not found, GeoNames checks skipped')
    else:
        gn = load_geonames(zpath, {inc['geonameid'] for _, inc in ua_refs})
        for v, inc in ua_refs:
            r = gn.get(inc['geonameid'])
            if r is None:
                fail('%s: geonameid %s not in UA.zip' % (v, inc['geonameid']))
                continue
            la, lo, a1, names = r
            d = km(la, lo, inc['lat'], inc['lon'])
            if d > 1.0:
                fail('%s: %.1f km from GeoNames %s' % (v, d, inc['geonameid']))
            if UA_ADMIN1.get(a1) != inc['admin1']:
                fail('%s: admin1 %r, GeoNames says %r' % (v, inc['admin1'], UA_ADMIN1.get(a1, a1)))
            if inc['location'] not in names:
                fail('%s: location %r not among the names of %s' % (v, inc['location'], inc['geonameid']))
    if errors:
        for e in errors:
            print('FAIL:', e)
        print('%d problem(s)' % len(errors))
        return 1
    print('OK: %d items, %d incidents' % (len(items), n_inc))
    return 0


if __name__ == '__main__':
    sys.exit(main())
