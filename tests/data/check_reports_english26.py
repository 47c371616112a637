#!/usr/bin/env python3
"""Checker for tests/data/reports_english26.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english26.py [file.jsonl] [UA.zip]

UA.zip (GeoNames Ukraine dump) is taken from argv[2], else $GEONAMES_UA_ZIP, else
any shared/data/geonames/UA.zip in a directory above this script, else
/work/shared/data/geonames/UA.zip.  An explicit path that does not exist is an
error; if no dump is found at all the geonameid checks are skipped with a notice.
Prints "OK: 50 items, N incidents" or the list of problems (exit code 1).
"""
import datetime, io, json, math, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
N_ITEMS = 50
PREFIX = "en26-"
PUB_MIN, PUB_MAX = "2022-03-01", "2026-11-30"
WORDS = (60, 180)
SENTENCES = (3, 8)
MAX_LAG_DAYS = 10
ITEM_KEYS = ["id", "lang", "split", "style", "published", "text", "incidents"]
INC_KEYS = ["place", "location", "admin1", "country", "lat", "lon", "geonameid",
            "event_date", "event_type", "sub_event_type", "killed", "injured"]
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
# GeoNames admin1 code -> admin1 ASCII name as used in the gold (Kharkiv written "Kharkiv")
ADMIN1 = {"01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
          "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
          "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
          "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
          "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
          "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
          "26": "Zaporizhzhia", "27": "Zhytomyr"}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}
RU_BOX = ((49.5, 54.5), (30.5, 40.5))
TAKEN_STYLES = {
    "acled_abduction", "acled_arrest", "acled_clash", "acled_crimea", "acled_debris",
    "acled_hromada", "acled_intercept", "acled_looting", "acled_mine",
    "acled_month_of", "acled_no_event", "acled_note", "acled_note_multi",
    "acled_note_single", "acled_protest", "acled_regional_overview_line", "acled_riot",
    "acled_russia", "acled_territory", "acled_vac", "acled_vague_count",
    "acled_week_of", "afp", "afp_alert", "afp_brief", "afp_wire", "afp_wire_story",
    "airwars", "al_jazeera_live", "aljazeera_live_blog", "amnesty_investigation",
    "anadolu", "anadolu_roundup", "ansa_note", "ap", "ap_alert", "ap_brief", "ap_wire",
    "ap_wire_story", "archive_record", "bbc_live", "bbc_live_blog", "bbc_monitoring",
    "bloomberg_brief", "bne_intellinews", "border_guard_incident_summary",
    "border_village_note", "bta_note", "cbc_news", "cbs_news", "church_damage_report",
    "cir_map_entry", "city_council_post", "civcas_assessment", "civharm",
    "civic_brief", "cnn_live_blog", "coder_note", "coder_weekly_digest",
    "conflict_observatory", "court_judgment_summary", "cpi_event_row",
    "deepstate_changelog", "demining_operator_log", "dpa_note", "dsns",
    "dsns_telegram", "dw_news", "economist_espresso", "efe_note",
    "energoatom_statement", "energy_infrastructure_register", "espreso_tv",
    "eu_disinfo_lab_note", "euromaidan_press", "euronews", "event_coder_qc_note",
    "fact_check", "field_monitor", "financial_times_brief", "france24", "gazeta_ru",
    "gdelt_summary", "general_staff_summary", "genstaff", "geoconfirmed_entry",
    "global_rights_compliance", "governor", "governor_belgorod", "governor_bryansk",
    "governor_kursk", "governor_post", "governor_ru", "governor_telegram",
    "guardian_live_blog", "guardian_summary", "headline", "heritage_damage",
    "hospital_incident_log", "hrmmu", "hrmmu_report", "hromada_head_post", "hromadske",
    "hromadske_radio", "hrw_report", "humanitarian_access_report", "iccl_case_summary",
    "icrc_note", "incident_log", "indictment", "insecurity_insight",
    "insurance_loss_adjuster", "interfax", "interfax_ua", "interfax_ukraine",
    "interfax_ukraine_roundup", "isw", "isw_update", "izvestia", "kommersant",
    "kyiv_city_admin_post", "kyiv_independent", "kyiv_independent_oneliner",
    "kyiv_post", "kyodo_note", "live_page_line", "liveblog", "liveuamap_entry",
    "local_news", "local_tv_channel", "lrt_english", "mayor_post",
    "media_freedom_incident", "meduza", "military_administration_post",
    "militaryland_note", "mine_incident_note", "mod_ru", "moscow_times",
    "msf_field_report", "municipal_damage_register", "national_police_statement",
    "newsletter_line", "newswire", "ngo_case_file", "ngo_protection_cluster",
    "novaya_gazeta_europe", "npr", "nv_brief", "nv_english", "nv_roundup",
    "nyt_live_blog", "oblast_council_post", "occupation_official", "ocha_flash",
    "ocha_flash_update", "ocha_sitrep", "odesa_oma_post", "ohchr_periodic",
    "osce_moscow_mechanism", "osce_smm", "osint", "osint_geolocation", "ova_in_news",
    "ova_roundup", "ova_telegram", "pap_note", "pgo_notice", "phr_health_record",
    "podcast_note", "police", "police_chief_post", "police_post", "police_statement",
    "police_telegram", "politico_europe", "pravda_en", "prosecutor",
    "prosecutor_statement", "push_alert", "radio_bulletin", "radio_liberty",
    "radio_svoboda_regional", "railway_incident_log", "rbc_ukraine",
    "rbc_ukraine_brief", "reckoning_project_testimony_summary", "regional_admin",
    "regional_tv_ticker", "reuters", "reuters_alert", "reuters_brief",
    "reuters_wire_story", "ria", "ria_en", "ria_roundup", "ria_sputnik", "rights_ngo",
    "roundup", "rt_english", "ru_installed_official", "ru_mod",
    "ru_regional_media_digest", "russian_mod_claim", "school_damage_registry",
    "security_incident", "ses_post", "sky_news", "slovo_i_dilo_record", "sms_alert",
    "suspilne", "suspilne_english", "suspilne_oneliner", "tass", "tass_alert",
    "tass_as_reported", "tass_en", "tass_roundup", "telegram_governor",
    "telegram_hromada_head", "telegram_mayor", "telegram_regional_head",
    "telegram_ru_governor", "texty_dataset_row", "the_independent", "the_insider",
    "ticker_breaking", "ua_media_ru", "ucdp_candidate_note", "uk_mod_update",
    "ukr_ombudsman_report", "ukraine_air_force_post", "ukraine_war_tracker_row",
    "ukrainska_pravda", "ukrainska_pravda_brief", "ukrinform", "ukrinform_oneliner",
    "ukrinform_photo_caption", "ukrinform_roundup", "ukrzaliznytsia_post",
    "un_commission_of_inquiry", "un_hrmmu", "uncovering_russia_note", "unian",
    "unian_evening_digest", "unicef_child_casualty_note", "up_news", "update",
    "war_crimes_database_row", "washington_post_liveblog", "who_ssa", "wire_news",
    "witness_statement", "wsj_brief", "x_post_official", "xinhua", "xinhua_roundup",
    "yonhap_note", "zaporizhzhia_oma_post",
}


def find_zip(argv):
    if len(argv) > 2:
        if not os.path.isfile(argv[2]):
            sys.exit("ERROR: UA.zip not found: %s" % argv[2])
        return argv[2]
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env:
        if not os.path.isfile(env):
            sys.exit("ERROR: $GEONAMES_UA_ZIP not found: %s" % env)
        return env
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "data", "geonames", "UA.zip")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    cand = "/work/shared/data/geonames/UA.zip"
    return cand if os.path.isfile(cand) else None


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as fh:
            for line in io.TextIOWrapper(fh, encoding="utf-8"):
                f = line.rstrip("\n").split("\t")
                try:
                    gid = int(f[0])
                except ValueError:
                    continue
                if gid in wanted:
                    names = {f[1], f[2]} | {x for x in f[3].split(",") if x}
                    recs[gid] = (names, float(f[4]), float(f[5]), f[10])
    return recs


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def decimals(x):
    s = repr(float(x))
    if "e" in s or "E" in s:
        return 99
    return len(s.split(".")[1]) if "." in s else 0


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def iso(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def n_sentences(text):
    return len([s for s in re.split(r'(?<=[.!?"])\s+(?=[A-Z(])', text.strip()) if s])


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(HERE, "reports_english26.jsonl")
    errs = []
    items = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                errs.append("line %d: empty line" % ln)
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append("line %d: bad JSON: %s" % (ln, e))
    if len(items) != N_ITEMS:
        errs.append("expected %d items, found %d" % (N_ITEMS, len(items)))
    gids = set()
    for it in items:
        for inc in it.get("incidents") or []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                gids.add(inc["geonameid"])
    zpath = find_zip(argv)
    geo = None
    if zpath is None:
        print("NOTICE: UA.zip not found; geonameid checks skipped")
    else:
        geo = load_geonames(zpath, gids)
    n_inc = 0
    for k, it in enumerate(items, 1):
        tag = it.get("id", "item %d" % k)
        if list(it.keys()) != ITEM_KEYS:
            errs.append("%s: item keys/order %s" % (tag, list(it.keys())))
        if it.get("id") != "%s%03d" % (PREFIX, k):
            errs.append("%s: id out of sequence (expected %s%03d)" % (tag, PREFIX, k))
        exp_split = "holdout" if k % 2 else "tune"
        if it.get("split") != exp_split:
            errs.append("%s: split %r, expected %r" % (tag, it.get("split"), exp_split))
        if it.get("lang") != "en":
            errs.append("%s: lang must be 'en'" % tag)
        st = it.get("style")
        if not isinstance(st, str) or not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", st):
            errs.append("%s: style not snake_case: %r" % (tag, st))
        elif st in TAKEN_STYLES:
            errs.append("%s: style %r already used by an earlier set" % (tag, st))
        pub = iso(it.get("published"))
        if pub is None:
            errs.append("%s: published not an ISO date: %r" % (tag, it.get("published")))
        elif not (PUB_MIN <= it["published"] <= PUB_MAX):
            errs.append("%s: published %s outside %s..%s" % (tag, it["published"], PUB_MIN, PUB_MAX))
        text = it.get("text")
        if not isinstance(text, str) or not text.strip():
            errs.append("%s: empty text" % tag)
            text = ""
        nw, ns = len(text.split()), n_sentences(text)
        if not WORDS[0] <= nw <= WORDS[1]:
            errs.append("%s: %d words (allowed %d-%d)" % (tag, nw, WORDS[0], WORDS[1]))
        if not SENTENCES[0] <= ns <= SENTENCES[1]:
            errs.append("%s: %d sentences (allowed %d-%d)" % (tag, ns, SENTENCES[0], SENTENCES[1]))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            errs.append("%s: incidents must be a list" % tag)
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            n_inc += 1
            t = "%s#%d" % (tag, j)
            if not isinstance(inc, dict):
                errs.append("%s: incident not an object" % t)
                continue
            if list(inc.keys()) != INC_KEYS:
                errs.append("%s: incident keys/order %s" % (t, list(inc.keys())))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                errs.append("%s: place %r not found in text" % (t, place))
            if not isinstance(inc.get("location"), str) or not inc.get("location"):
                errs.append("%s: location missing" % t)
            et, se = inc.get("event_type"), inc.get("sub_event_type")
            if et not in ACLED or se not in ACLED.get(et, ()):
                errs.append("%s: invalid event_type/sub_event_type %r/%r" % (t, et, se))
            for c in ("killed", "injured"):
                if not is_count(inc.get(c)):
                    errs.append("%s: %s must be a non-negative int or null: %r" % (t, c, inc.get(c)))
            ed = iso(inc.get("event_date"))
            if ed is None:
                errs.append("%s: event_date not an ISO date: %r" % (t, inc.get("event_date")))
            elif pub is not None:
                if ed > pub:
                    errs.append("%s: event_date %s after published" % (t, ed))
                elif (pub - ed).days > MAX_LAG_DAYS:
                    errs.append("%s: event_date %s more than %d days before published" % (t, ed, MAX_LAG_DAYS))
            key = (place, inc.get("event_date"), et, se)
            if key in seen:
                errs.append("%s: duplicate place/date/type in item" % t)
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            ok_ll = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
            if not ok_ll:
                errs.append("%s: lat/lon must be numbers" % t)
            elif decimals(lat) > 5 or decimals(lon) > 5:
                errs.append("%s: lat/lon with more than 5 decimals" % t)
            country, a1, gid = inc.get("country"), inc.get("admin1"), inc.get("geonameid")
            if country == "UA":
                if a1 not in ADMIN1.values():
                    errs.append("%s: admin1 %r is not a Ukrainian oblast name" % (t, a1))
                if not isinstance(gid, int) or isinstance(gid, bool):
                    errs.append("%s: UA incident needs an int geonameid" % t)
                elif geo is not None:
                    rec = geo.get(gid)
                    if rec is None:
                        errs.append("%s: geonameid %s not in UA.zip" % (t, gid))
                    else:
                        names, glat, glon, gadm = rec
                        if ok_ll and km(lat, lon, glat, glon) > 1.0:
                            errs.append("%s: lat/lon %.1f km from geonameid %s" % (t, km(lat, lon, glat, glon), gid))
                        if ADMIN1.get(gadm) != a1:
                            errs.append("%s: admin1 %r does not match record (%r)" % (t, a1, ADMIN1.get(gadm)))
                        if inc.get("location") not in names:
                            errs.append("%s: location %r not among the record's names" % (t, inc.get("location")))
            elif country == "RU":
                if gid is not None:
                    errs.append("%s: RU incident must have geonameid null" % t)
                if a1 not in RU_ADMIN1:
                    errs.append("%s: RU admin1 %r not Belgorod/Kursk/Bryansk Oblast" % (t, a1))
                if ok_ll and not (RU_BOX[0][0] <= lat <= RU_BOX[0][1] and RU_BOX[1][0] <= lon <= RU_BOX[1][1]):
                    errs.append("%s: RU lat/lon outside the border-region box" % t)
            else:
                errs.append("%s: country must be UA or RU: %r" % (t, country))
    if errs:
        for e in errs:
            print(e)
        print("FAILED: %d problem(s)" % len(errs))
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
