#!/usr/bin/env python3
"""Checker for reports_english23.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english23.py [file] [UA.zip]
UA.zip: argument (must exist if given), else $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip; if none exists the geonameid checks are skipped.
"""
import datetime, io, json, math, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
N_ITEMS = 40
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
        "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"},
}
# GeoNames admin1 code -> admin1 name as written in the gold (Kharkiv oblast written "Kharkiv")
ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City", "13": "Kiev",
    "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa", "18": "Poltava",
    "19": "Rivne", "20": "Sevastopol City", "21": "Sumy", "22": "Ternopil", "23": "Vinnytsia",
    "24": "Volyn", "25": "Zakarpattia", "26": "Zaporizhzhia", "27": "Zhytomyr"}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
TAKEN_STYLES = set("""
    acled_abduction acled_arrest acled_clash acled_crimea acled_debris acled_hromada
    acled_intercept acled_looting acled_mine acled_month_of acled_no_event acled_note
    acled_note_multi acled_note_single acled_protest acled_regional_overview_line acled_riot acled_russia
    acled_territory acled_vac acled_vague_count acled_week_of afp afp_alert
    afp_brief afp_wire afp_wire_story airwars al_jazeera_live aljazeera_live_blog
    amnesty_investigation anadolu anadolu_roundup ansa_note ap ap_alert
    ap_brief ap_wire ap_wire_story archive_record bbc_live bbc_live_blog
    bbc_monitoring bloomberg_brief bne_intellinews border_guard_incident_summary border_village_note bta_note
    cbc_news cbs_news church_damage_report cir_map_entry civcas_assessment civharm
    civic_brief cnn_live_blog coder_note coder_weekly_digest conflict_observatory court_judgment_summary
    cpi_event_row deepstate_changelog demining_operator_log dpa_note dsns dsns_telegram
    dw_news economist_espresso efe_note energoatom_statement energy_infrastructure_register espreso_tv
    eu_disinfo_lab_note euromaidan_press euronews event_coder_qc_note fact_check field_monitor
    financial_times_brief france24 gazeta_ru gdelt_summary general_staff_summary genstaff
    geoconfirmed_entry global_rights_compliance governor governor_belgorod governor_bryansk governor_kursk
    governor_post governor_ru governor_telegram guardian_live_blog guardian_summary headline
    heritage_damage hospital_incident_log hrmmu hrmmu_report hromadske hromadske_radio
    hrw_report humanitarian_access_report iccl_case_summary icrc_note incident_log indictment
    insecurity_insight insurance_loss_adjuster interfax interfax_ua interfax_ukraine interfax_ukraine_roundup
    isw isw_update izvestia kommersant kyiv_city_admin_post kyiv_independent
    kyiv_independent_oneliner kyiv_post kyodo_note live_page_line liveblog liveuamap_entry
    local_news local_tv_channel lrt_english mayor_post media_freedom_incident meduza
    military_administration_post militaryland_note mine_incident_note mod_ru moscow_times msf_field_report
    municipal_damage_register national_police_statement newswire ngo_case_file ngo_protection_cluster novaya_gazeta_europe
    npr nv_brief nv_english nv_roundup nyt_live_blog occupation_official
    ocha_flash ocha_flash_update ocha_sitrep odesa_oma_post ohchr_periodic osce_moscow_mechanism
    osce_smm osint osint_geolocation ova_in_news ova_roundup ova_telegram
    pap_note pgo_notice phr_health_record police police_post police_statement
    police_telegram politico_europe pravda_en prosecutor prosecutor_statement push_alert
    radio_liberty radio_svoboda_regional railway_incident_log rbc_ukraine rbc_ukraine_brief reckoning_project_testimony_summary
    regional_admin reuters reuters_alert reuters_brief reuters_wire_story ria
    ria_en ria_roundup ria_sputnik rights_ngo roundup rt_english
    ru_installed_official ru_mod ru_regional_media_digest russian_mod_claim school_damage_registry security_incident
    ses_post sky_news slovo_i_dilo_record suspilne suspilne_english suspilne_oneliner
    tass tass_alert tass_as_reported tass_en tass_roundup telegram_governor
    telegram_hromada_head telegram_mayor telegram_regional_head telegram_ru_governor texty_dataset_row the_independent
    the_insider ticker_breaking ua_media_ru ucdp_candidate_note uk_mod_update ukr_ombudsman_report
    ukraine_air_force_post ukraine_war_tracker_row ukrainska_pravda ukrainska_pravda_brief ukrinform ukrinform_oneliner
    ukrinform_photo_caption ukrinform_roundup ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu uncovering_russia_note
    unian unian_evening_digest unicef_child_casualty_note up_news update war_crimes_database_row
    washington_post_liveblog who_ssa wire_news witness_statement wsj_brief x_post_official
    xinhua xinhua_roundup yonhap_note zaporizhzhia_oma_post
""".split())


def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None

def decimals_ok(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and round(x, 5) == x

def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))

def load_geonames(path):
    rows = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                r = line.rstrip("\n").split("\t")
                if len(r) > 10:
                    rows[int(r[0])] = r
    return rows

def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(HERE, "reports_english23.jsonl")
    errs = []
    if len(argv) > 2:
        zpath = argv[2]
        if not os.path.exists(zpath):
            print("FAIL: UA.zip not found: %s" % zpath)
            return 1
    else:
        zpath = os.environ.get("GEONAMES_UA_ZIP") or "/work/shared/data/geonames/UA.zip"
        if not os.path.exists(zpath):
            zpath = None
            print("notice: no UA.zip found, geonameid checks skipped")
    gn = load_geonames(zpath) if zpath else None
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errs.append("line %d: blank line" % ln); continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                errs.append("line %d: bad JSON: %s" % (ln, e))
    if len(items) != N_ITEMS:
        errs.append("expected %d items, found %d" % (N_ITEMS, len(items)))
    n_inc = 0
    lo, hi = datetime.date(2022, 3, 1), datetime.date(2026, 11, 30)
    for i, it in enumerate(items, 1):
        tag = "item %d" % i
        if not isinstance(it, dict) or list(it.keys()) != ITEM_KEYS:
            errs.append("%s: keys/order %s" % (tag, list(it) if isinstance(it, dict) else it)); continue
        tag = it["id"] if isinstance(it["id"], str) else tag
        if it["id"] != "en23-%03d" % i:
            errs.append("%s: id out of sequence (expected en23-%03d)" % (tag, i))
        if it["lang"] != "en":
            errs.append("%s: lang" % tag)
        if it["split"] != ("holdout" if i % 2 else "tune"):
            errs.append("%s: split parity" % tag)
        st = it["style"]
        if not (isinstance(st, str) and re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", st)):
            errs.append("%s: style not snake_case" % tag)
        elif st in TAKEN_STYLES:
            errs.append("%s: style %r already taken" % (tag, st))
        pub = iso(it["published"])
        if pub is None or not (lo <= pub <= hi):
            errs.append("%s: published bad or out of range" % tag)
        text = it["text"]
        if not isinstance(text, str):
            errs.append("%s: text not a string" % tag); continue
        nw = len(text.split())
        if not 15 <= nw <= 50:
            errs.append("%s: %d words (15-50)" % (tag, nw))
        ends = len(re.findall(r"[.!?](?=\s+[A-Z0-9]|\s*$)", text.replace("a.m.", "am").replace("p.m.", "pm")))
        if ends > 4:
            errs.append("%s: %d sentence ends (max 4)" % (tag, ends))
        incs = it["incidents"]
        if not isinstance(incs, list):
            errs.append("%s: incidents not a list" % tag); continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            t = "%s inc %d" % (tag, j)
            n_inc += 1
            if not isinstance(inc, dict) or list(inc.keys()) != INC_KEYS:
                errs.append("%s: keys/order" % t); continue
            if not (isinstance(inc["place"], str) and inc["place"] and inc["place"] in text):
                errs.append("%s: place %r not in text" % (t, inc["place"]))
            et, se = inc["event_type"], inc["sub_event_type"]
            if se not in ACLED.get(et, ()):
                errs.append("%s: bad ACLED pair %r/%r" % (t, et, se))
            for k in ("killed", "injured"):
                v = inc[k]
                if not (v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)):
                    errs.append("%s: %s must be int >= 0 or null" % (t, k))
            if et == "Battles" and (inc["killed"] is not None or inc["injured"] is not None):
                errs.append("%s: battles coded null/null" % t)
            ed = iso(inc["event_date"])
            if ed is None:
                errs.append("%s: event_date not ISO" % t)
            elif pub is not None and not (0 <= (pub - ed).days <= 10):
                errs.append("%s: event_date after published or more than 10 days before" % t)
            key = (inc["place"], inc["event_date"], se)
            if key in seen:
                errs.append("%s: duplicate place/date/sub-type" % t)
            seen.add(key)
            lat, lon = inc["lat"], inc["lon"]
            if not (decimals_ok(lat) and decimals_ok(lon)):
                errs.append("%s: lat/lon not numbers with <= 5 decimals" % t); continue
            if inc["country"] == "UA":
                g = inc["geonameid"]
                if not (isinstance(g, int) and not isinstance(g, bool)):
                    errs.append("%s: UA geonameid missing" % t); continue
                if gn is not None:
                    r = gn.get(g)
                    if r is None:
                        errs.append("%s: geonameid %s not in UA.zip" % (t, g)); continue
                    if km(lat, lon, float(r[4]), float(r[5])) > 1.0:
                        errs.append("%s: coordinates more than 1 km from geonameid %s" % (t, g))
                    if ADMIN1.get(r[10]) != inc["admin1"]:
                        errs.append("%s: admin1 %r != %r" % (t, inc["admin1"], ADMIN1.get(r[10])))
                    names = {r[1], r[2]} | set(r[3].split(","))
                    if inc["location"] not in names:
                        errs.append("%s: location %r not a name of %s" % (t, inc["location"], g))
            elif inc["country"] == "RU":
                if inc["geonameid"] is not None:
                    errs.append("%s: RU geonameid must be null" % t)
                if inc["admin1"] not in RU_ADMIN1:
                    errs.append("%s: RU admin1 %r" % (t, inc["admin1"]))
                if not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    errs.append("%s: RU coordinates outside box" % t)
            else:
                errs.append("%s: country must be UA or RU" % t)
    if errs:
        for e in errs:
            print("FAIL:", e)
        print("%d fault(s)" % len(errs))
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
