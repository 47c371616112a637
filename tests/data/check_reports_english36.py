#!/usr/bin/env python3
"""Checker for tests/data/reports_english36.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english36.py [file] [UA.zip]

UA.zip is taken from the second argument (which must exist if given), else from
$GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip; if none is found, the
GeoNames checks are skipped with a notice and everything else is still checked.
Prints "OK: 60 items, N incidents" or one FAIL line per fault and exits 1.
"""
import datetime
import io
import json
import math
import os
import re
import sys
import zipfile

EXPECTED_ITEMS = 60
EXPECTED_INCIDENTS = 73
PREFIX = "en36-"
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
DATE_MIN = datetime.date(2022, 3, 1)
DATE_MAX = datetime.date(2026, 11, 30)
MAX_LAG_DAYS = 10
MIN_WORDS, MAX_WORDS, MAX_SENTENCES = 15, 50, 3
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
    "Strategic developments": {"Agreement", "Arrest", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}

# GeoNames admin1 codes of Ukraine -> ASCII names as used in the gold (Kharkiv for UA.07).
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}

TAKEN_STYLES = set("""
academic_event_catalogue_record acled_abduction acled_arrest acled_clash acled_crimea
acled_debris acled_hromada acled_intercept acled_looting acled_mine acled_month_of
acled_no_event acled_note acled_note_multi acled_note_single acled_protest
acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac
acled_vague_count acled_week_of afp afp_alert afp_brief afp_kyiv_wire_copy afp_wire
afp_wire_story agricultural_damage_survey airwars al_jazeera_key_events_line
al_jazeera_live aljazeera_live_blog ambulance_dispatch_summary amnesty_investigation
anadolu anadolu_english_brief anadolu_roundup analyst_background_memo
animal_rescue_ngo_note ansa_english_brief ansa_note ap ap_alert ap_brief
ap_the_latest_item ap_wire ap_wire_story apple_news_push_line architects_damage_survey
archive_record ato_press_centre_coded_digest bbc_live bbc_live_blog bbc_monitoring
bbc_monitoring_digest bellingcat_quick_note bloomberg_brief bloomberg_first_word_brief
bne_intellinews border_governor_evening_post border_guard_incident_summary
border_hromada_shelling_tally border_village_note broadcaster_scrolling_chyron bta_note
bus_operator_incident_report cbc_news cbs_news child_rights_ngo_bulletin
church_damage_report cir_map_entry city_council_post civcas_assessment civharm
civic_brief civic_protest_monitor_record civilian_harm_dataset_reviewer_note
civilian_harm_incident_card civilian_harm_team_dataset_description cnn_live_blog
coder_note coder_weekly_digest conflict_observatory court_judgment_summary cpi_event_row
crimea_detention_chronicle cultural_heritage_loss_register deepstate_changelog
demining_ngo_accident_report demining_operator_log diaspora_media_summary
disability_ngo_casualty_note district_weekly_newsletter donbas_ceasefire_violation_log
dpa_international_wire dpa_note dsns dsns_region_post dsns_rescue_chronicle
dsns_telegram dw_news economist_espresso education_under_attack_monitor_entry efe_note
emergency_medical_centre_update energoatom_statement energy_grid_attack_tracker
energy_infrastructure_register english_city_portal_brief espreso_tv eu_disinfo_lab_note
euromaidan_press euronews euronews_english_update event_coder_qc_note
event_notes_column_cell fact_check fatalities_line_aggregate fatalities_line_legacy
fatalities_line_month_name_date fatalities_line_no_event fatalities_line_overnight
fatalities_line_place_list fatalities_line_revision fatalities_line_ru_reported
fatalities_line_standard fatalities_line_territory fatalities_line_unrest
fatalities_line_vicinity_clash field_monitor financial_times_brief
foreign_ministry_tweet forensic_exhumation_report france24 gas_network_incident_note
gazeta_ru gdelt_summary general_staff_summary genstaff geoconfirmed_entry
global_rights_compliance google_news_card_blurb governor governor_belgorod
governor_bryansk governor_kursk governor_post governor_roundup_relayed governor_ru
governor_telegram guardian_live_blog guardian_summary headline
healthcare_attack_database_record heritage_damage heritage_site_monitor_bulletin
hospital_incident_log hospital_press_office_post housing_damage_commission_act hrmmu
hrmmu_report hromada_channel_post hromada_head_post hromadske hromadske_radio hrw_report
humanitarian_access_report humanitarian_cluster_one_liner
humanitarian_convoy_incident_note iccl_case_summary icrc_note incident_log indictment
insecurity_insight insurance_loss_adjuster insurance_loss_register_entry interfax
interfax_ru_item interfax_ua interfax_ukraine interfax_ukraine_roundup isw isw_update
izvestia journalist_investigation_appendix_entry journalist_x_post
journalists_union_attack_record kommersant kyiv_city_admin_post kyiv_independent
kyiv_independent_newsletter_line kyiv_independent_oneliner kyiv_post kyodo_english_wire
kyodo_note legal_aid_clinic_intake legal_ngo_witness_statement_summary live_page_line
liveblog liveuamap_entry local_government_sms_bulletin local_monitoring_group_entry
local_news local_tv_channel lrt_english maritime_war_risk_bulletin mayor_post
media_freedom_incident media_monitoring_ngo_bulletin medical_ngo_patient_intake meduza
meduza_english_brief milblogger_translated_summary military_administration_post
militaryland_note mine_incident_note minoborony_svodka_line
missing_persons_registry_entry mod_ru morning_briefing_bullet_line moscow_times
msf_field_report municipal_damage_register national_police_statement newsletter_line
newswire ngo_case_file ngo_field_team_tweet ngo_protection_cluster
ngo_security_incident_export notes_column_coder_flag notes_column_cross_border_ru
notes_column_donbas_legacy notes_column_period_aggregate notes_column_sized_protest
notes_column_standard_event notes_column_strategic_development
notes_column_territory_change notes_column_terse_entry notes_column_with_source_line
novaya_gazeta_europe npr npu_regional_channel nv_brief nv_english nv_english_wire_item
nv_roundup nyt_live_blog oblast_council_post oblast_police_comms oblenergo_incident_note
occupation_admin_channel occupation_official ocha_flash ocha_flash_update ocha_sitrep
odesa_oma_post ohchr_periodic okrug_prosecutor_post ombudsperson_report_paragraph
osce_moscow_mechanism osce_smm osint osint_geolocation osint_verification_log
ova_in_news ova_roundup ova_telegram ova_telegram_morning_summary pap_english_note
pap_note pgo_notice phr_health_record podcast_note police police_chief_post police_post
police_statement police_telegram politico_europe power_grid_damage_log_entry pravda_en
prosecutor prosecutor_case_register_translation prosecutor_statement push_alert
radio_bulletin radio_liberty radio_svoboda_regional railway_incident_log rbc_ukraine
rbc_ukraine_brief reckoning_project_testimony_summary regional_admin
regional_newspaper_web_teaser regional_portal_uk regional_rail_operator_notice
regional_tv_ticker religious_freedom_monitor_entry research_assistant_coding_sheet
reuters reuters_alert reuters_brief reuters_factbox_line reuters_wire_story
rferl_ukraine_live_item ria ria_en ria_novosti_flash ria_roundup ria_sputnik rights_ngo
roundup rt_english ru_border_evacuee_charity_note ru_independent_rights_group_note
ru_installed_official ru_mod ru_oblast_head_channel ru_regional_media_digest
russian_mod_claim school_damage_registry school_principal_statement security_incident
ses_post sky_news slovo_i_dilo_record sms_alert source_attributed_event_summary suspilne
suspilne_english suspilne_oneliner suspilne_regional_bulletin tass tass_alert
tass_as_reported tass_en tass_english_regional_wire tass_regional_dispatch tass_roundup
telegram_channel_repost_translated telegram_governor telegram_hromada_head
telegram_mayor telegram_regional_head telegram_ru_governor texty_dataset_row
the_independent the_insider think_tank_event_dataset_row ticker_breaking
trauma_surgeon_case_series_note tribunal_hearing_digest tsn_evening_story
tv_anchor_read_line ua_media_ru ua_portal_in_russian ucdp_candidate_note uk_mod_update
ukr_ombudsman_report ukraine_air_force_post ukraine_war_tracker_row
ukrainian_embassy_statement ukrainska_pravda ukrainska_pravda_brief
ukrainska_pravda_english ukrinform ukrinform_english_regional_wire ukrinform_oneliner
ukrinform_photo_caption ukrinform_regional_dispatch ukrinform_roundup
ukrpravda_feed_item ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu
un_monitoring_mission_case_file un_security_cell_daily_log uncovering_russia_note unian
unian_evening_digest unicef_child_casualty_note university_rector_statement up_news
update us_network_breaking_line volunteer_evacuation_team_log war_crimes_database_row
war_crimes_ngo_case_summary war_risk_insurance_feed washington_post_liveblog
water_utility_incident_report who_ssa wire_flash_urgent_line wire_news witness_statement
wsj_brief x_post_official xinhua xinhua_kiev_dispatch xinhua_roundup yonhap_note
zaporizhzhia_oma_post
""".split())

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SENT_END = re.compile(r"[.!?]+(?=\s|$)")


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
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


def load_geonames(path, wanted):
    """Return {geonameid: (name, asciiname, altnames, lat, lon, fclass, admin1)}."""
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as raw:
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                f = line.rstrip("\n").split("\t")
                if len(f) < 11:
                    continue
                try:
                    gid = int(f[0])
                except ValueError:
                    continue
                if gid in wanted:
                    out[gid] = (f[1], f[2], [a for a in f[3].split(",") if a],
                                float(f[4]), float(f[5]), f[6], f[10])
    return out


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "reports_english36.jsonl")
    fails = []

    def fail(msg):
        fails.append("FAIL: " + msg)

    zpath = None
    if len(argv) > 2:
        if os.path.isfile(argv[2]):
            zpath = argv[2]
        else:
            fail("UA.zip not found: %s" % argv[2])
    else:
        for cand in (os.environ.get("GEONAMES_UA_ZIP"), "/work/shared/data/geonames/UA.zip"):
            if cand and os.path.isfile(cand):
                zpath = cand
                break
        if zpath is None:
            print("NOTICE: UA.zip not found, GeoNames checks skipped")

    try:
        with open(path, encoding="utf-8") as fh:
            lines = [l for l in fh.read().split("\n") if l.strip()]
    except OSError as e:
        print("FAIL: cannot read %s: %s" % (path, e))
        return 1

    items = []
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            fail("line %d: invalid JSON (%s)" % (n, e))
            continue
        if not isinstance(obj, dict):
            fail("line %d: not a JSON object" % n)
            continue
        items.append(obj)

    if len(items) != EXPECTED_ITEMS:
        fail("expected %d items, found %d" % (EXPECTED_ITEMS, len(items)))

    wanted = set()
    for it in items:
        for inc in it.get("incidents") or []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                wanted.add(inc["geonameid"])
    gn = None
    if zpath:
        try:
            gn = load_geonames(zpath, wanted)
        except (OSError, zipfile.BadZipFile, KeyError) as e:
            fail("cannot read UA.zip %s: %s" % (zpath, e))

    total = 0
    for idx, it in enumerate(items, 1):
        iid = it.get("id", "?")
        tag = "%s" % iid
        if list(it.keys()) != ITEM_KEYS:
            fail("%s: item keys/order %s" % (tag, list(it.keys())))
        if iid != "%s%03d" % (PREFIX, idx):
            fail("%s: id out of sequence (expected %s%03d)" % (tag, PREFIX, idx))
        if it.get("lang") != "en":
            fail("%s: lang %r" % (tag, it.get("lang")))
        m = re.fullmatch(re.escape(PREFIX) + r"(\d{3})", str(iid))
        if m:
            want = "holdout" if int(m.group(1)) % 2 else "tune"
            if it.get("split") != want:
                fail("%s: split %r, expected %r" % (tag, it.get("split"), want))
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            fail("%s: style %r not snake_case" % (tag, style))
        elif style in TAKEN_STYLES:
            fail("%s: style %r already taken" % (tag, style))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            fail("%s: empty text" % tag)
            text = ""
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            fail("%s: %d words (allowed %d-%d)" % (tag, words, MIN_WORDS, MAX_WORDS))
        ends = len(SENT_END.findall(text))
        if ends > MAX_SENTENCES:
            fail("%s: %d sentence ends (max %d)" % (tag, ends, MAX_SENTENCES))
        pub = parse_date(it.get("published"))
        if pub is None:
            fail("%s: published %r not an ISO date" % (tag, it.get("published")))
        elif not DATE_MIN <= pub <= DATE_MAX:
            fail("%s: published %s out of range" % (tag, pub))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fail("%s: incidents not a list" % tag)
            continue
        seen = set()
        for k, inc in enumerate(incs, 1):
            total += 1
            itag = "%s#%d" % (tag, k)
            if not isinstance(inc, dict):
                fail("%s: incident not an object" % itag)
                continue
            if list(inc.keys()) != INC_KEYS:
                fail("%s: incident keys/order %s" % (itag, list(inc.keys())))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail("%s: place %r not in text" % (itag, place))
            ed = parse_date(inc.get("event_date"))
            if ed is None:
                fail("%s: event_date %r not an ISO date" % (itag, inc.get("event_date")))
            else:
                if not DATE_MIN <= ed <= DATE_MAX:
                    fail("%s: event_date %s out of range" % (itag, ed))
                if pub is not None:
                    if ed > pub:
                        fail("%s: event_date %s after published %s" % (itag, ed, pub))
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        fail("%s: event_date %s more than %d days before published %s"
                             % (itag, ed, MAX_LAG_DAYS, pub))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or st not in ACLED[et]:
                fail("%s: bad ACLED pair %r / %r" % (itag, et, st))
            for c in ("killed", "injured"):
                if not is_count(inc.get(c)):
                    fail("%s: %s %r not a non-negative int or null" % (itag, c, inc.get(c)))
            if et == "Battles" and (inc.get("killed") is not None or inc.get("injured") is not None):
                fail("%s: battle with counts %r/%r (must be null/null)"
                     % (itag, inc.get("killed"), inc.get("injured")))
            key = (place, inc.get("event_date"), st)
            if key in seen:
                fail("%s: duplicate incident %r" % (itag, key))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            ok_ll = True
            for nm, v in (("lat", lat), ("lon", lon)):
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    fail("%s: %s %r not a number" % (itag, nm, v))
                    ok_ll = False
                elif decimals(v) > 5:
                    fail("%s: %s %r has more than 5 decimals" % (itag, nm, v))
            country, gid, a1, loc = inc.get("country"), inc.get("geonameid"), inc.get("admin1"), inc.get("location")
            if country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fail("%s: UA incident needs an integer geonameid, got %r" % (itag, gid))
                elif gn is not None:
                    rec = gn.get(gid)
                    if rec is None:
                        fail("%s: geonameid %d not in UA.zip" % (itag, gid))
                    else:
                        name, asci, alts, glat, glon, fcl, gadm = rec
                        if fcl != "P":
                            fail("%s: geonameid %d has feature class %s, not P" % (itag, gid, fcl))
                        if ok_ll:
                            d = haversine_km(lat, lon, glat, glon)
                            if d > 1.0:
                                fail("%s: lat/lon %.1f km from geonameid %d" % (itag, d, gid))
                        if UA_ADMIN1.get(gadm) != a1:
                            fail("%s: admin1 %r, GeoNames says %r" % (itag, a1, UA_ADMIN1.get(gadm, gadm)))
                        if loc not in [name, asci] + alts:
                            fail("%s: location %r not a name of geonameid %d" % (itag, loc, gid))
            elif country == "RU":
                if gid is not None:
                    fail("%s: RU incident with geonameid %r (must be null)" % (itag, gid))
                if a1 not in RU_ADMIN1:
                    fail("%s: RU admin1 %r not in %s" % (itag, a1, sorted(RU_ADMIN1)))
                if ok_ll and not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    fail("%s: RU lat/lon %r/%r outside 49.5-54.5 / 30.5-40.5" % (itag, lat, lon))
                if not isinstance(loc, str) or not loc:
                    fail("%s: RU incident without location" % itag)
            else:
                fail("%s: country %r (must be UA or RU)" % (itag, country))

    if total != EXPECTED_INCIDENTS:
        fail("expected %d incidents, found %d" % (EXPECTED_INCIDENTS, total))
    if fails:
        print("\n".join(fails))
        return 1
    print("OK: %d items, %d incidents" % (len(items), total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
