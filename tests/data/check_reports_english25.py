#!/usr/bin/env python3
"""Validate tests/data/reports_english25.jsonl (stdlib only).

Usage: python3 check_reports_english25.py [file.jsonl] [UA.zip]
UA.zip: argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
"""
import datetime, io, json, math, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "reports_english25.jsonl")
UAZIP = (sys.argv[2] if len(sys.argv) > 2 else
         os.environ.get("GEONAMES_UA_ZIP") or "/work/shared/data/geonames/UA.zip")
N = 60
PREFIX = "en25-"
REC_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
TYPES = {
    "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike",
                                   "Remote explosive/landmine/IED", "Grenade",
                                   "Suicide bomb", "Chemical weapon"},
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}
# styles used by earlier sets (must not be reused)
TAKEN = set("""acled_abduction acled_arrest acled_clash acled_crimea acled_debris acled_hromada acled_intercept acled_looting acled_mine acled_month_of acled_no_event acled_note acled_note_multi acled_note_single acled_protest acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac acled_vague_count acled_week_of afp afp_alert afp_brief afp_wire afp_wire_story airwars al_jazeera_live aljazeera_live_blog amnesty_investigation anadolu anadolu_roundup ansa_note ap ap_alert ap_brief ap_wire ap_wire_story archive_record bbc_live bbc_live_blog bbc_monitoring bloomberg_brief bne_intellinews border_guard_incident_summary border_village_note bta_note cbc_news cbs_news church_damage_report cir_map_entry city_council_post civcas_assessment civharm civic_brief cnn_live_blog coder_note coder_weekly_digest conflict_observatory court_judgment_summary cpi_event_row deepstate_changelog demining_operator_log dpa_note dsns dsns_telegram dw_news economist_espresso efe_note energoatom_statement energy_infrastructure_register espreso_tv eu_disinfo_lab_note euromaidan_press euronews event_coder_qc_note fact_check field_monitor financial_times_brief france24 gazeta_ru gdelt_summary general_staff_summary genstaff geoconfirmed_entry global_rights_compliance governor governor_belgorod governor_bryansk governor_kursk governor_post governor_ru governor_telegram guardian_live_blog guardian_summary headline heritage_damage hospital_incident_log hrmmu hrmmu_report hromada_head_post hromadske hromadske_radio hrw_report humanitarian_access_report iccl_case_summary icrc_note incident_log indictment insecurity_insight insurance_loss_adjuster interfax interfax_ua interfax_ukraine interfax_ukraine_roundup isw isw_update izvestia kommersant kyiv_city_admin_post kyiv_independent kyiv_independent_oneliner kyiv_post kyodo_note live_page_line liveblog liveuamap_entry local_news local_tv_channel lrt_english mayor_post media_freedom_incident meduza military_administration_post militaryland_note mine_incident_note mod_ru moscow_times msf_field_report municipal_damage_register national_police_statement newsletter_line newswire ngo_case_file ngo_protection_cluster novaya_gazeta_europe npr nv_brief nv_english nv_roundup nyt_live_blog oblast_council_post occupation_official ocha_flash ocha_flash_update ocha_sitrep odesa_oma_post ohchr_periodic osce_moscow_mechanism osce_smm osint osint_geolocation ova_in_news ova_roundup ova_telegram pap_note pgo_notice phr_health_record podcast_note police police_chief_post police_post police_statement police_telegram politico_europe pravda_en prosecutor prosecutor_statement push_alert radio_bulletin radio_liberty radio_svoboda_regional railway_incident_log rbc_ukraine rbc_ukraine_brief reckoning_project_testimony_summary regional_admin regional_tv_ticker reuters reuters_alert reuters_brief reuters_wire_story ria ria_en ria_roundup ria_sputnik rights_ngo roundup rt_english ru_installed_official ru_mod ru_regional_media_digest russian_mod_claim school_damage_registry security_incident ses_post sky_news slovo_i_dilo_record sms_alert suspilne suspilne_english suspilne_oneliner tass tass_alert tass_as_reported tass_en tass_roundup telegram_governor telegram_hromada_head telegram_mayor telegram_regional_head telegram_ru_governor texty_dataset_row the_independent the_insider ticker_breaking ua_media_ru ucdp_candidate_note uk_mod_update ukr_ombudsman_report ukraine_air_force_post ukraine_war_tracker_row ukrainska_pravda ukrainska_pravda_brief ukrinform ukrinform_oneliner ukrinform_photo_caption ukrinform_roundup ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu uncovering_russia_note unian unian_evening_digest unicef_child_casualty_note up_news update war_crimes_database_row washington_post_liveblog who_ssa wire_news witness_statement wsj_brief x_post_official xinhua xinhua_roundup yonhap_note zaporizhzhia_oma_post""".split())
# GeoNames admin1 code -> admin1 value used in this set (ASCII name; Kharkiv oblast as 'Kharkiv')
ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
          "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
          "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City", "13": "Kiev",
          "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa", "18": "Poltava",
          "19": "Rivne", "20": "Sevastopol City", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia",
          "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr"}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
PUB_MIN, PUB_MAX = datetime.date(2022, 3, 1), datetime.date(2026, 11, 30)
WAR_START = datetime.date(2022, 2, 24)

errors = []
def err(msg):
    errors.append(msg)

def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None

def decimals(x):
    s = repr(float(x))
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0

def km(lat1, lon1, lat2, lon2):
    r = math.radians
    a = (math.sin(r(lat2 - lat1) / 2) ** 2 +
         math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))

def load_geonames(ids):
    out = {}
    with zipfile.ZipFile(UAZIP) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if p[0] in ids:
                    out[p[0]] = p
    return out

records = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}: blank line")
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON: {e}")

if len(records) != N:
    err(f"expected {N} records, got {len(records)}")

want_ids = set()
for r in records:
    for inc in r.get("incidents", []) if isinstance(r.get("incidents"), list) else []:
        if isinstance(inc, dict) and inc.get("geonameid") is not None:
            want_ids.add(str(inc.get("geonameid")))
geo = load_geonames(want_ids)

n_inc = 0
for idx, r in enumerate(records, 1):
    rid = r.get("id", f"#{idx}")
    if list(r.keys()) != REC_KEYS:
        err(f"{rid}: record keys/order {list(r.keys())}")
    if r.get("id") != f"{PREFIX}{idx:03d}":
        err(f"{rid}: id out of sequence (expected {PREFIX}{idx:03d})")
    if r.get("lang") != "en":
        err(f"{rid}: lang must be 'en'")
    if r.get("split") != ("holdout" if idx % 2 else "tune"):
        err(f"{rid}: split {r.get('split')!r} wrong for parity")
    st = r.get("style")
    if not isinstance(st, str) or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", st):
        err(f"{rid}: style not snake_case: {st!r}")
    elif st in TAKEN or st.startswith("acled_"):
        err(f"{rid}: style {st!r} already taken by an earlier set")
    text = r.get("text")
    if not isinstance(text, str):
        err(f"{rid}: text not a string"); text = ""
    nw = len(text.split())
    if not 50 <= nw <= 110:
        err(f"{rid}: text has {nw} words (50-110)")
    pub = iso(r.get("published"))
    if pub is None:
        err(f"{rid}: published not ISO date: {r.get('published')!r}")
    elif not PUB_MIN <= pub <= PUB_MAX:
        err(f"{rid}: published {pub} outside {PUB_MIN}..{PUB_MAX}")
    incs = r.get("incidents")
    if not isinstance(incs, list):
        err(f"{rid}: incidents not a list"); continue
    seen = set()
    for j, inc in enumerate(incs, 1):
        tag = f"{rid}#{j}"
        n_inc += 1
        if not isinstance(inc, dict):
            err(f"{tag}: incident not an object"); continue
        if list(inc.keys()) != INC_KEYS:
            err(f"{tag}: incident keys/order {list(inc.keys())}")
        place = inc.get("place")
        if not isinstance(place, str) or not place or place not in text:
            err(f"{tag}: place {place!r} not a substring of text")
        ed = iso(inc.get("event_date"))
        if ed is None:
            err(f"{tag}: event_date not ISO: {inc.get('event_date')!r}")
        else:
            if ed < WAR_START:
                err(f"{tag}: event_date {ed} before 2022-02-24")
            if pub is not None:
                if ed > pub:
                    err(f"{tag}: event_date {ed} after published {pub}")
                elif (pub - ed).days > 1096:
                    err(f"{tag}: event_date {ed} more than 1096 days before published")
        et, se = inc.get("event_type"), inc.get("sub_event_type")
        if et not in TYPES or se not in TYPES.get(et, ()):
            err(f"{tag}: invalid type pair {et!r}/{se!r}")
        for k in ("killed", "injured"):
            v = inc.get(k)
            if v is not None and (type(v) is not int or v < 0):
                err(f"{tag}: {k} must be non-negative int or null, got {v!r}")
        key = (inc.get("location"), inc.get("event_date"), se)
        if key in seen:
            err(f"{tag}: duplicate location/date/sub-event type {key}")
        seen.add(key)
        lat, lon = inc.get("lat"), inc.get("lon")
        if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lat, lon)):
            err(f"{tag}: lat/lon not numbers"); continue
        if decimals(lat) > 5 or decimals(lon) > 5:
            err(f"{tag}: lat/lon with more than 5 decimals")
        country, gid, a1, loc = inc.get("country"), inc.get("geonameid"), inc.get("admin1"), inc.get("location")
        if country == "UA":
            if type(gid) is not int:
                err(f"{tag}: UA row needs integer geonameid"); continue
            p = geo.get(str(gid))
            if p is None:
                err(f"{tag}: geonameid {gid} not in UA.zip"); continue
            if p[6] != "P":
                err(f"{tag}: geonameid {gid} feature class {p[6]} not P")
            d = km(lat, lon, float(p[4]), float(p[5]))
            if d > 1.0:
                err(f"{tag}: point {d:.1f} km from geonameid {gid}")
            if ADMIN1.get(p[10]) != a1:
                err(f"{tag}: admin1 {a1!r} != {ADMIN1.get(p[10])!r} for {gid}")
            names = {p[1], p[2]} | {a for a in p[3].split(",") if a}
            if loc not in names:
                err(f"{tag}: location {loc!r} not a GeoNames name of {gid}")
        elif country == "RU":
            if gid is not None:
                err(f"{tag}: RU row must have geonameid null")
            if a1 not in RU_ADMIN1:
                err(f"{tag}: RU admin1 {a1!r} not in {sorted(RU_ADMIN1)}")
            if not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                err(f"{tag}: RU point outside box")
            if not isinstance(loc, str) or not loc:
                err(f"{tag}: RU location empty")
        else:
            err(f"{tag}: country {country!r} not UA/RU")

if errors:
    for e in errors:
        print("FAIL:", e)
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(records)} items, {n_inc} incidents")
