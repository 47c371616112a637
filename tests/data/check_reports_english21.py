#!/usr/bin/env python3
"""Checker for tests/data/reports_english21.jsonl (stdlib only).

Usage: python3 tests/data/check_reports_english21.py [file.jsonl] [UA.zip]
UA.zip: 2nd argument, else $GEONAMES_UA_ZIP, else /work/shared/data/geonames/UA.zip.
Prints "OK: 60 items, N incidents" or one line per fault and exits 1.
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
DEFAULT_FILE = os.path.join(HERE, "reports_english21.jsonl")
DEFAULT_ZIP = "/work/shared/data/geonames/UA.zip"

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
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory"},
}  # "Other" deliberately rejected
RU_OBLASTS = {  # rough boxes: lat_min, lat_max, lon_min, lon_max
    "Belgorod Oblast": (49.8, 51.5, 35.2, 39.3),
    "Kursk Oblast": (50.8, 52.5, 34.0, 38.6),
    "Bryansk Oblast": (52.1, 54.1, 31.2, 35.5),
}
UA_ADMIN1 = {  # GeoNames admin1 code -> ASCII name used in the set (Kharkiv shortened)
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}
DATE_MIN, DATE_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 45  # month-of notes are published up to ~6 weeks after the 1st
TAKEN_STYLES = set("""
acled_abduction acled_arrest acled_clash acled_crimea acled_debris acled_hromada
acled_intercept acled_looting acled_mine acled_month_of acled_no_event acled_note
acled_note_multi acled_note_single acled_protest acled_riot acled_russia acled_territory
acled_vac acled_vague_count acled_week_of afp afp_alert afp_brief afp_wire airwars
al_jazeera_live aljazeera_live_blog amnesty_investigation anadolu ap ap_alert ap_brief
ap_wire archive_record bbc_live bbc_live_blog bbc_monitoring bloomberg_brief
bne_intellinews border_guard_incident_summary border_village_note cbc_news cbs_news
church_damage_report cir_map_entry civcas_assessment civharm civic_brief cnn_live_blog
coder_note conflict_observatory court_judgment_summary demining_operator_log dsns
dsns_telegram dw_news economist_espresso energoatom_statement
energy_infrastructure_register eu_disinfo_lab_note euromaidan_press euronews fact_check
field_monitor financial_times_brief france24 gazeta_ru general_staff_summary genstaff
global_rights_compliance governor governor_belgorod governor_bryansk governor_kursk
governor_post governor_ru governor_telegram guardian_live_blog guardian_summary headline
heritage_damage hospital_incident_log hrmmu hrmmu_report hromadske hrw_report
humanitarian_access_report iccl_case_summary icrc_note incident_log indictment
insecurity_insight insurance_loss_adjuster interfax interfax_ua interfax_ukraine isw
isw_update izvestia kommersant kyiv_city_admin_post kyiv_independent
kyiv_independent_oneliner kyiv_post live_page_line liveblog local_news local_tv_channel
mayor_post media_freedom_incident meduza military_administration_post mine_incident_note
mod_ru moscow_times msf_field_report municipal_damage_register national_police_statement
newswire ngo_case_file ngo_protection_cluster novaya_gazeta_europe npr nv_brief
nv_english nyt_live_blog occupation_official ocha_flash ocha_flash_update ocha_sitrep
odesa_oma_post ohchr_periodic osce_moscow_mechanism osce_smm osint osint_geolocation
ova_in_news ova_roundup ova_telegram pgo_notice phr_health_record police police_post
police_statement police_telegram politico_europe pravda_en prosecutor
prosecutor_statement push_alert radio_liberty radio_svoboda_regional
railway_incident_log rbc_ukraine rbc_ukraine_brief reckoning_project_testimony_summary
regional_admin reuters reuters_alert reuters_brief ria ria_en ria_sputnik rights_ngo
roundup rt_english ru_installed_official ru_mod ru_regional_media_digest
russian_mod_claim school_damage_registry security_incident ses_post sky_news
slovo_i_dilo_record suspilne suspilne_english suspilne_oneliner tass tass_alert
tass_as_reported tass_en telegram_governor telegram_hromada_head telegram_mayor
telegram_regional_head telegram_ru_governor texty_dataset_row the_independent
the_insider ticker_breaking ua_media_ru uk_mod_update ukr_ombudsman_report
ukraine_air_force_post ukrainska_pravda ukrainska_pravda_brief ukrinform
ukrinform_oneliner ukrinform_photo_caption ukrzaliznytsia_post un_commission_of_inquiry
un_hrmmu unian unicef_child_casualty_note up_news update war_crimes_database_row
washington_post_liveblog who_ssa wire_news witness_statement wsj_brief x_post_official
xinhua zaporizhzhia_oma_post
""".split())

faults = []


def fault(where, msg):
    faults.append(f"{where}: {msg}")


def iso(s):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def decimals(x):
    s = repr(x)
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0


def sentences(text):
    # a sentence ends at . ! ? (or at a closing coder bracket "]") followed by a
    # space and a capital, digit or opening bracket/quote
    parts = re.split(r"(?<=[.!?\]])\s+(?=[A-Z0-9\[(\"'])", text.strip())
    return [p for p in parts if p.strip()]


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p)
         * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def load_geonames(path, wanted):
    out = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                gid = int(p[0])
                if gid in wanted:
                    names = {p[1], p[2]} | {n for n in p[3].split(",") if n}
                    out[gid] = dict(names=names, lat=float(p[4]), lon=float(p[5]),
                                    admin1=UA_ADMIN1.get(p[10], p[10]))
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FILE
    zpath = (sys.argv[2] if len(sys.argv) > 2
             else os.environ.get("GEONAMES_UA_ZIP") or DEFAULT_ZIP)
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != 60:
        fault("file", f"{len(lines)} lines, expected 60")
    items = []
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            fault(f"line {n}", f"invalid JSON ({e})")
            items.append(None)
    ua_rows = []
    n_inc = 0
    per_split = {"holdout": 0, "tune": 0}
    n_ru = 0
    ids = set()
    for n, it in enumerate(items, 1):
        if it is None:
            continue
        w = it.get("id", f"line {n}")
        if list(it.keys()) != ITEM_KEYS:
            fault(w, f"item keys/order {list(it.keys())}")
            continue
        if it["id"] != f"en21-{n:03d}":
            fault(w, f"id should be en21-{n:03d}")
        if it["id"] in ids:
            fault(w, "duplicate id")
        ids.add(it["id"])
        if it["lang"] != "en":
            fault(w, "lang must be 'en'")
        want = "holdout" if n % 2 else "tune"
        if it["split"] != want:
            fault(w, f"split {it['split']!r}, expected {want!r} (odd=holdout, even=tune)")
        st = it["style"]
        if not isinstance(st, str) or not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", st):
            fault(w, f"bad style tag {st!r}")
        elif st in TAKEN_STYLES:
            fault(w, f"style {st!r} already used by an earlier set")
        pub = iso(it["published"])
        if pub is None:
            fault(w, f"published not ISO: {it['published']!r}")
        elif not DATE_MIN <= pub <= DATE_MAX:
            fault(w, f"published {pub} outside {DATE_MIN}..{DATE_MAX}")
        text = it["text"]
        if not isinstance(text, str) or not text.strip():
            fault(w, "empty text")
            continue
        nw = len(text.split())
        if not 25 <= nw <= 90:
            fault(w, f"{nw} words (25-90)")
        ns = len(sentences(text))
        if not 1 <= ns <= 4:
            fault(w, f"{ns} sentences (1-4)")
        incs = it["incidents"]
        if not isinstance(incs, list):
            fault(w, "incidents must be a list")
            continue
        if len(incs) > 2:
            fault(w, f"{len(incs)} incidents (0-2 expected)")
        low = text.lower()
        week_of = "week of" in low
        month_of = "month of" in low
        seen = set()
        for k, inc in enumerate(incs, 1):
            wi = f"{w}#{k}"
            if not isinstance(inc, dict) or list(inc.keys()) != INC_KEYS:
                fault(wi, f"incident keys/order {list(inc.keys()) if isinstance(inc, dict) else inc}")
                continue
            n_inc += 1
            if it["split"] in per_split:
                per_split[it["split"]] += 1
            pl = inc["place"]
            if not isinstance(pl, str) or not pl or pl not in text:
                fault(wi, f"place {pl!r} not in text")
            for key in ("location", "admin1"):
                if not isinstance(inc[key], str) or not inc[key]:
                    fault(wi, f"{key} must be a non-empty string")
            ed = iso(inc["event_date"])
            if ed is None:
                fault(wi, f"event_date not ISO: {inc['event_date']!r}")
            else:
                if not DATE_MIN <= ed <= DATE_MAX:
                    fault(wi, f"event_date {ed} outside range")
                if pub and ed > pub:
                    fault(wi, f"event_date {ed} after published {pub}")
                if pub and (pub - ed).days > MAX_LAG_DAYS:
                    fault(wi, f"event_date {ed} more than {MAX_LAG_DAYS} days before published")
                if week_of and ed.weekday() != 0:
                    fault(wi, f"week-of note but event_date {ed} is not a Monday")
                if month_of and ed.day != 1:
                    fault(wi, f"month-of note but event_date {ed} is not the 1st")
            et, se = inc["event_type"], inc["sub_event_type"]
            if et not in ACLED or se not in ACLED[et]:
                fault(wi, f"bad ACLED pair {et!r}/{se!r}")
            for key in ("killed", "injured"):
                v = inc[key]
                if v is not None and (type(v) is not int or v < 0):
                    fault(wi, f"{key} must be int >= 0 or null, got {v!r}")
            lat, lon = inc["lat"], inc["lon"]
            if type(lat) is not float or type(lon) is not float:
                fault(wi, "lat/lon must be floats")
                continue
            if decimals(lat) > 5 or decimals(lon) > 5:
                fault(wi, f"lat/lon with more than 5 decimals ({lat}, {lon})")
            key = (pl, inc["event_date"], et, se)
            if key in seen:
                fault(wi, "duplicate place/date/type in item")
            seen.add(key)
            c = inc["country"]
            if c == "UA":
                if type(inc["geonameid"]) is not int:
                    fault(wi, "UA incident needs an integer geonameid")
                else:
                    ua_rows.append((wi, inc))
            elif c == "RU":
                n_ru += 1
                if inc["geonameid"] is not None:
                    fault(wi, "RU incident must have geonameid null")
                if inc["location"] != pl:
                    fault(wi, "RU incident: location must equal place")
                box = RU_OBLASTS.get(inc["admin1"])
                if box is None:
                    fault(wi, f"RU admin1 {inc['admin1']!r} not Belgorod/Kursk/Bryansk Oblast")
                if not (49.5 <= lat <= 54.5 and 30.5 <= lon <= 40.5):
                    fault(wi, f"RU point ({lat}, {lon}) outside 49.5-54.5 N / 30.5-40.5 E")
                elif box and not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                    fault(wi, f"RU point ({lat}, {lon}) outside the {inc['admin1']} box")
            else:
                fault(wi, f"country {c!r} must be UA or RU")
    if ua_rows:
        try:
            geo = load_geonames(zpath, {inc["geonameid"] for _, inc in ua_rows})
        except (OSError, zipfile.BadZipFile, KeyError) as e:
            fault("geonames", f"cannot read {zpath}: {e}")
            geo = None
        if geo is not None:
            for wi, inc in ua_rows:
                r = geo.get(inc["geonameid"])
                if r is None:
                    fault(wi, f"geonameid {inc['geonameid']} not in UA.zip")
                    continue
                d = km(inc["lat"], inc["lon"], r["lat"], r["lon"])
                if d > 1.0:
                    fault(wi, f"{d:.1f} km from GeoNames {inc['geonameid']}")
                if inc["admin1"] != r["admin1"]:
                    fault(wi, f"admin1 {inc['admin1']!r} != GeoNames {r['admin1']!r}")
                if inc["location"] not in r["names"]:
                    fault(wi, f"location {inc['location']!r} not a name of {inc['geonameid']}")
    if faults:
        for f_ in faults:
            print(f_)
        print(f"FAIL: {len(faults)} faults")
        return 1
    print(f"OK: {len(items)} items, {n_inc} incidents")
    print(f"   holdout {per_split['holdout']}, tune {per_split['tune']}, RU {n_ru}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
