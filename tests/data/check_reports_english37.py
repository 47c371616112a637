#!/usr/bin/env python3
"""Checker for tests/data/reports_english37.jsonl (stdlib only, not a pytest module).

Usage: python3 tests/data/check_reports_english37.py [file] [UA.zip]
UA.zip: the argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints "OK: 60 items, N incidents" or one "FAIL ..." line per fault and exits 1.
"""
import datetime as dt
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'reports_english37.jsonl')
UAZIP = (sys.argv[2] if len(sys.argv) > 2 else
         os.environ.get('GEONAMES_UA_ZIP') or '/work/shared/data/geonames/UA.zip')

N_RECORDS = 60
PREFIX = 'en37-'
REC_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid', 'event_date',
            'event_type', 'sub_event_type', 'killed', 'injured']
PUB_MIN, PUB_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
EVENT_MIN = dt.date(2022, 2, 24)
MAX_AGE_DAYS = 1096
WORDS_MIN, WORDS_MAX = 50, 110
MAX_KM = 1.0

ACLED = {
    'Battles': {'Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Chemical weapon', 'Air/drone strike', 'Suicide bomb',
                                   'Shelling/artillery/missile attack',
                                   'Remote explosive/landmine/IED', 'Grenade'},
    'Violence against civilians': {'Sexual violence', 'Attack', 'Abduction/forced disappearance'},
    'Protests': {'Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity',
                               'Disrupted weapons use', 'Headquarters or base established',
                               'Looting/property destruction', 'Non-violent transfer of territory',
                               'Other'},
}

# GeoNames admin1 code -> admin1 ASCII name as used in these sets (Kharkiv oblast as "Kharkiv").
ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk', '05': 'Donetsk',
    '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson', '09': 'Khmelnytskyi',
    '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City', '13': 'Kiev', '14': 'Luhansk',
    '15': 'Lviv', '16': 'Mykolaiv', '17': 'Odessa', '18': 'Poltava', '19': 'Rivne',
    '20': 'Sevastopol City', '21': 'Sumy', '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn',
    '25': 'Zakarpattia', '26': 'Zaporizhzhia', '27': 'Zhytomyr',
}
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}

# Namesake hard cases: (record id, place) -> geonameid that must be chosen.
PINNED = {
    ('en37-003', 'Kamianske'): 709932,       # city, not the village in Nikopol raion (706966)
    ('en37-004', 'Husarivka'): 707853,       # Balakliia hromada, not 707855 south of Izium
    ('en37-006', 'Pivdenne'): 687997,        # ex-Yuzhne port town, not 687993
    ('en37-007', 'Mykolaivka'): 700119,      # town near Sloviansk, not 700131 (same raion)
    ('en37-009', 'Myropillia'): 701020,      # Sumy raion, not Kharkiv/Cherkasy namesakes
    ('en37-011', 'Stanislav'): 692944,       # Kherson village, not Ivano-Frankivsk (old name)
    ('en37-014', 'Horodnia'): 708320,        # Chernihiv raion town, not 708321 (Pryluky raion)
    ('en37-015', 'Zaporizhzhia'): 687700,    # city, not the villages 687684 / 707652
    ('en37-017', 'Pisochyn'): 697488,        # Kharkiv raion, not 8639756 (Bohodukhiv raion)
    ('en37-018', 'Kozatske'): 706566,        # right bank, not 7046810 (Henichesk raion)
    ('en37-025', 'Chornobaivka'): 710715,    # Kherson, not the Kharkiv-oblast namesake
    ('en37-030', 'Lyman'): 704204,           # town, not 703074 (Pokrovsk raion) or other oblasts
    ('en37-031', 'Zatoka'): 687557,          # Odesa resort, not Lviv/Kharkiv namesakes, not 687556
    ('en37-032', 'Andriivka'): 713419,       # Bucha raion, not Vyshhorod/Boryspil namesakes
    ('en37-038', 'Huliaipole'): 707898,      # Zaporizhzhia town, not Dnipropetrovsk village
    ('en37-039', 'Shevchenkove'): 694137,    # Kupiansk-raion hromada centre, one of ten
    ('en37-041', 'Semenivka'): 694590,       # Chernihiv oblast, not the Poltava-oblast site
    ('en37-042', 'Dobropillia'): 709900,     # town, not village 709901 (same raion)
    ('en37-045', 'Bilopillia'): 712559,      # Sumy town, not the Vinnytsia village
    ('en37-046', 'Darivka'): 710269,         # Khersonskyi raion, not 7021050 (Skadovsk raion)
    ('en37-049', 'Balakliia'): 712926,       # Kharkiv town, not the Poltava village
    ('en37-051', 'Oleksandrivka'): 698628,   # Stanislav hromada, one of five in Kherson oblast
    ('en37-054', 'Avdiivka'): 713122,        # Donetsk town, not the Chernihiv villages
    ('en37-056', 'Konotop'): 705135,         # Sumy city, not Chernihiv/Khmelnytskyi namesakes
}

TAKEN_STYLES = set("""
academic_event_catalogue_record acled_abduction acled_arrest acled_clash acled_crimea
acled_debris acled_hromada acled_intercept acled_looting acled_mine acled_month_of
acled_no_event acled_note acled_note_multi acled_note_single acled_protest
acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac acled_vague_count
acled_week_of afp afp_alert afp_brief afp_kyiv_wire_copy afp_wire afp_wire_story
agricultural_damage_survey airwars al_jazeera_key_events_line al_jazeera_live
aljazeera_live_blog ambulance_dispatch_summary amnesty_investigation anadolu
anadolu_english_brief anadolu_roundup analyst_background_memo animal_rescue_ngo_note
ansa_english_brief ansa_note ap ap_alert ap_brief ap_the_latest_item ap_wire ap_wire_story
apple_news_push_line architects_damage_survey archive_record ato_press_centre_coded_digest
bbc_live bbc_live_blog bbc_monitoring bbc_monitoring_digest bellingcat_quick_note
bloomberg_brief bloomberg_first_word_brief bne_intellinews border_governor_evening_post
border_guard_incident_summary border_hromada_shelling_tally border_village_note
broadcaster_scrolling_chyron bta_note bus_operator_incident_report cbc_news cbs_news
child_rights_ngo_bulletin church_damage_report cir_map_entry city_council_post civcas_assessment
civharm civic_brief civic_protest_monitor_record civilian_harm_dataset_reviewer_note
civilian_harm_incident_card civilian_harm_team_dataset_description cnn_live_blog coder_note
coder_weekly_digest conflict_observatory court_judgment_summary cpi_event_row
crimea_detention_chronicle cultural_heritage_loss_register deepstate_changelog
demining_ngo_accident_report demining_operator_log diaspora_media_summary
disability_ngo_casualty_note district_weekly_newsletter donbas_ceasefire_violation_log
dpa_international_wire dpa_note dsns dsns_region_post dsns_rescue_chronicle dsns_telegram
dw_news economist_espresso education_under_attack_monitor_entry efe_note
emergency_medical_centre_update energoatom_statement energy_grid_attack_tracker
energy_infrastructure_register english_city_portal_brief espreso_tv eu_disinfo_lab_note
euromaidan_press euronews euronews_english_update event_coder_qc_note event_notes_column_cell
fact_check fatalities_line_aggregate fatalities_line_legacy fatalities_line_month_name_date
fatalities_line_no_event fatalities_line_overnight fatalities_line_place_list
fatalities_line_revision fatalities_line_ru_reported fatalities_line_standard
fatalities_line_territory fatalities_line_unrest fatalities_line_vicinity_clash field_monitor
financial_times_brief foreign_ministry_tweet forensic_exhumation_report france24
gas_network_incident_note gazeta_ru gdelt_summary general_staff_summary genstaff
geoconfirmed_entry global_rights_compliance google_news_card_blurb governor governor_belgorod
governor_bryansk governor_kursk governor_post governor_roundup_relayed governor_ru
governor_telegram guardian_live_blog guardian_summary headline healthcare_attack_database_record
heritage_damage heritage_site_monitor_bulletin hospital_incident_log hospital_press_office_post
housing_damage_commission_act hrmmu hrmmu_report hromada_channel_post hromada_head_post
hromadske hromadske_radio hrw_report humanitarian_access_report humanitarian_cluster_one_liner
humanitarian_convoy_incident_note iccl_case_summary icrc_note incident_log indictment
insecurity_insight insurance_loss_adjuster insurance_loss_register_entry interfax
interfax_ru_item interfax_ua interfax_ukraine interfax_ukraine_roundup isw isw_update izvestia
journalist_investigation_appendix_entry journalist_x_post journalists_union_attack_record
kommersant kyiv_city_admin_post kyiv_independent kyiv_independent_newsletter_line
kyiv_independent_oneliner kyiv_post kyodo_english_wire kyodo_note legal_aid_clinic_intake
legal_ngo_witness_statement_summary live_page_line liveblog liveuamap_entry
local_government_sms_bulletin local_monitoring_group_entry local_news local_tv_channel
lrt_english maritime_war_risk_bulletin mayor_post media_freedom_incident
media_monitoring_ngo_bulletin medical_ngo_patient_intake meduza meduza_english_brief
milblogger_translated_summary military_administration_post militaryland_note mine_incident_note
minoborony_svodka_line missing_persons_registry_entry mod_ru morning_briefing_bullet_line
moscow_times msf_field_report municipal_damage_register national_police_statement
newsletter_line newswire ngo_case_file ngo_field_team_tweet ngo_protection_cluster
ngo_security_incident_export notes_column_coder_flag notes_column_cross_border_ru
notes_column_donbas_legacy notes_column_period_aggregate notes_column_sized_protest
notes_column_standard_event notes_column_strategic_development notes_column_territory_change
notes_column_terse_entry notes_column_with_source_line novaya_gazeta_europe npr
npu_regional_channel nv_brief nv_english nv_english_wire_item nv_roundup nyt_live_blog
oblast_council_post oblast_police_comms oblenergo_incident_note occupation_admin_channel
occupation_official ocha_flash ocha_flash_update ocha_sitrep odesa_oma_post ohchr_periodic
okrug_prosecutor_post ombudsperson_report_paragraph osce_moscow_mechanism osce_smm osint
osint_geolocation osint_verification_log ova_in_news ova_roundup ova_telegram
ova_telegram_morning_summary pap_english_note pap_note pgo_notice phr_health_record podcast_note
police police_chief_post police_post police_statement police_telegram politico_europe
power_grid_damage_log_entry pravda_en prosecutor prosecutor_case_register_translation
prosecutor_statement push_alert radio_bulletin radio_liberty radio_svoboda_regional
railway_incident_log rbc_ukraine rbc_ukraine_brief reckoning_project_testimony_summary
regional_admin regional_newspaper_web_teaser regional_portal_uk regional_rail_operator_notice
regional_tv_ticker religious_freedom_monitor_entry research_assistant_coding_sheet reuters
reuters_alert reuters_brief reuters_factbox_line reuters_wire_story rferl_ukraine_live_item ria
ria_en ria_novosti_flash ria_roundup ria_sputnik rights_ngo roundup rt_english
ru_border_evacuee_charity_note ru_independent_rights_group_note ru_installed_official ru_mod
ru_oblast_head_channel ru_regional_media_digest russian_mod_claim school_damage_registry
school_principal_statement security_incident ses_post sky_news slovo_i_dilo_record sms_alert
source_attributed_event_summary suspilne suspilne_english suspilne_oneliner
suspilne_regional_bulletin tass tass_alert tass_as_reported tass_en tass_english_regional_wire
tass_regional_dispatch tass_roundup telegram_channel_repost_translated telegram_governor
telegram_hromada_head telegram_mayor telegram_regional_head telegram_ru_governor
texty_dataset_row the_independent the_insider think_tank_event_dataset_row ticker_breaking
trauma_surgeon_case_series_note tribunal_hearing_digest tsn_evening_story tv_anchor_read_line
ua_media_ru ua_portal_in_russian ucdp_candidate_note uk_mod_update ukr_ombudsman_report
ukraine_air_force_post ukraine_war_tracker_row ukrainian_embassy_statement ukrainska_pravda
ukrainska_pravda_brief ukrainska_pravda_english ukrinform ukrinform_english_regional_wire
ukrinform_oneliner ukrinform_photo_caption ukrinform_regional_dispatch ukrinform_roundup
ukrpravda_feed_item ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu
un_monitoring_mission_case_file un_security_cell_daily_log uncovering_russia_note unian
unian_evening_digest unicef_child_casualty_note university_rector_statement up_news update
us_network_breaking_line volunteer_evacuation_team_log war_crimes_database_row
war_crimes_ngo_case_summary war_risk_insurance_feed washington_post_liveblog
water_utility_incident_report who_ssa wire_flash_urgent_line wire_news witness_statement
wsj_brief x_post_official xinhua xinhua_kiev_dispatch xinhua_roundup yonhap_note
zaporizhzhia_oma_post
""".split())

SNAKE = re.compile(r'^[a-z][a-z0-9]*(_[a-z0-9]+)*$')
ISO = re.compile(r'^\d{4}-\d{2}-\d{2}$')

fails = []


def fail(msg):
    fails.append('FAIL ' + msg)


def iso(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def decimals(x):
    s = repr(float(x))
    if 'e' in s or 'E' in s:
        return 99
    return len(s.split('.')[1]) if '.' in s else 0


def km(a, b, c, d):
    r = math.radians
    h = (math.sin(r(c - a) / 2) ** 2 +
         math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(h))


def load_geonames(path):
    gn = {}
    with zipfile.ZipFile(path) as z:
        with z.open('UA.txt') as fh:
            for line in io.TextIOWrapper(fh, encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                if len(p) < 11 or p[6] != 'P':
                    continue
                names = {p[1], p[2]} | {a for a in p[3].split(',') if a}
                gn[int(p[0])] = (names, float(p[4]), float(p[5]), p[10])
    return gn


def main():
    try:
        gn = load_geonames(UAZIP)
    except (OSError, KeyError, zipfile.BadZipFile) as e:
        print('FAIL cannot read GeoNames UA.zip %s: %s' % (UAZIP, e))
        return 1
    recs = []
    with open(PATH, encoding='utf-8') as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                fail('line %d: empty line' % n)
                continue
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail('line %d: bad JSON (%s)' % (n, e))
    if len(recs) != N_RECORDS:
        fail('expected %d records, found %d' % (N_RECORDS, len(recs)))
    n_inc = 0
    seen_text = {}
    for i, r in enumerate(recs, 1):
        if not isinstance(r, dict):
            fail('line %d: not an object' % i)
            continue
        rid = r.get('id')
        tag = rid if isinstance(rid, str) else 'line %d' % i
        if list(r.keys()) != REC_KEYS:
            fail('%s: record keys/order %s' % (tag, list(r.keys())))
        if rid != '%s%03d' % (PREFIX, i):
            fail('%s: id out of sequence (expected %s%03d)' % (tag, PREFIX, i))
        if r.get('lang') != 'en':
            fail('%s: lang %r' % (tag, r.get('lang')))
        want = 'holdout' if i % 2 else 'tune'
        if r.get('split') != want:
            fail('%s: split %r, expected %r' % (tag, r.get('split'), want))
        st = r.get('style')
        if not isinstance(st, str) or not SNAKE.match(st):
            fail('%s: style %r not snake_case' % (tag, st))
        elif st in TAKEN_STYLES or st.startswith('acled_'):
            fail('%s: style %r already taken by an earlier set' % (tag, st))
        pub = iso(r.get('published'))
        if pub is None:
            fail('%s: published %r not an ISO date' % (tag, r.get('published')))
        elif not PUB_MIN <= pub <= PUB_MAX:
            fail('%s: published %s outside %s..%s' % (tag, pub, PUB_MIN, PUB_MAX))
        text = r.get('text')
        if not isinstance(text, str):
            fail('%s: text is not a string' % tag)
            text = ''
        nw = len(text.split())
        if not WORDS_MIN <= nw <= WORDS_MAX:
            fail('%s: %d words, expected %d-%d' % (tag, nw, WORDS_MIN, WORDS_MAX))
        if text and text in seen_text:
            fail('%s: same text as %s' % (tag, seen_text[text]))
        seen_text.setdefault(text, tag)
        incs = r.get('incidents')
        if not isinstance(incs, list):
            fail('%s: incidents is not a list' % tag)
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            n_inc += 1
            it = '%s#%d' % (tag, j)
            if not isinstance(inc, dict):
                fail('%s: incident is not an object' % it)
                continue
            if list(inc.keys()) != INC_KEYS:
                fail('%s: incident keys/order %s' % (it, list(inc.keys())))
            place = inc.get('place')
            if not isinstance(place, str) or not place or place not in text:
                fail('%s: place %r not a substring of text' % (it, place))
            ed = iso(inc.get('event_date'))
            if ed is None:
                fail('%s: event_date %r not an ISO date' % (it, inc.get('event_date')))
            else:
                if ed < EVENT_MIN:
                    fail('%s: event_date %s before %s' % (it, ed, EVENT_MIN))
                if pub is not None:
                    if ed > pub:
                        fail('%s: event_date %s after published %s' % (it, ed, pub))
                    elif (pub - ed).days > MAX_AGE_DAYS:
                        fail('%s: event_date %s more than %d days before published'
                             % (it, ed, MAX_AGE_DAYS))
            et, sst = inc.get('event_type'), inc.get('sub_event_type')
            if et not in ACLED or sst not in ACLED[et]:
                fail('%s: invalid ACLED pair %r / %r' % (it, et, sst))
            for k in ('killed', 'injured'):
                v = inc.get(k, 'missing')
                if v is None:
                    continue
                if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                    fail('%s: %s %r is not a non-negative int or null' % (it, k, v))
            key = (inc.get('location'), inc.get('event_date'), sst)
            if key in seen:
                fail('%s: duplicate incident %r in record' % (it, key))
            seen.add(key)
            lat, lon = inc.get('lat'), inc.get('lon')
            okc = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon))
            if not okc:
                fail('%s: lat/lon not numbers (%r, %r)' % (it, lat, lon))
            else:
                for nm, x in (('lat', lat), ('lon', lon)):
                    if decimals(x) > 5:
                        fail('%s: %s %r has more than 5 decimals' % (it, nm, x))
            ctry, gid, a1, loc = (inc.get('country'), inc.get('geonameid'), inc.get('admin1'),
                                  inc.get('location'))
            if ctry == 'UA':
                if isinstance(gid, bool) or not isinstance(gid, int) or gid not in gn:
                    fail('%s: geonameid %r not a feature-class P record in UA.zip' % (it, gid))
                else:
                    names, glat, glon, a1code = gn[gid]
                    if okc and km(lat, lon, glat, glon) > MAX_KM:
                        fail('%s: point %.1f km from geonameid %d'
                             % (it, km(lat, lon, glat, glon), gid))
                    if ADMIN1.get(a1code) != a1:
                        fail('%s: admin1 %r, GeoNames says %r' % (it, a1, ADMIN1.get(a1code)))
                    if loc not in names:
                        fail('%s: location %r is not a GeoNames name of %d' % (it, loc, gid))
                pin = PINNED.get((rid, place))
                if pin is not None and gid != pin:
                    fail('%s: %s namesake: geonameid %r, expected %d' % (it, place, gid, pin))
            elif ctry == 'RU':
                if gid is not None:
                    fail('%s: RU row with geonameid %r' % (it, gid))
                if a1 not in RU_ADMIN1:
                    fail('%s: RU admin1 %r not Belgorod/Kursk/Bryansk Oblast' % (it, a1))
                if okc and not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    fail('%s: RU point %r, %r outside the border-oblast box' % (it, lat, lon))
                if not isinstance(loc, str) or not loc:
                    fail('%s: RU row without location' % it)
            else:
                fail('%s: country %r' % (it, ctry))
    if fails:
        for f in fails:
            print(f)
        return 1
    print('OK: %d items, %d incidents' % (len(recs), n_inc))
    return 0


if __name__ == '__main__':
    sys.exit(main())
