"""Checker for tests/data/reports_english179.jsonl (stdlib only).

Usage: python3 check_reports_english179.py [file] [UA.zip]

file defaults to reports_english179.jsonl beside this script. The GeoNames
UA.zip is taken from the second argument (which must exist if given), else
from $GEONAMES_UA_ZIP (which must exist if set), else from
/work/shared/data/geonames/UA.zip; if none is found the GeoNames checks are
skipped with a notice. Prints "OK: 60 items, N incidents" or one FAIL line per
problem and exits 1. Adapted from check_reports_english176.py: same limits (50-110 words,
2-7 sentence ends, event dates at most 31 days before publication), the same checks with
this set's counts (items, incidents and empty items per half, Russian incidents, battles,
12 published dates per year, the eight styles and their counts and exact ids, difflib
similarity of each style below 0.6 to each of the 1934 taken tags, totals of killed and
injured, incidents per sub-event type, 0/0 incidents, items with 0-3 incidents, incidents
coded killed > 0 with injured null, killed > 0 with injured 0, killed 0 with injured null and
killed null with injured null outside battles, a cap of one killed and two injured per
incident, the incidents dated on the publication day, the exact ids of the items with no
incident, the GeoNames record of each place with namesakes, the admin1 and coordinates of
each Russian incident, incidents per lag, the killed and injured totals of each item, the
sub-event types of each item in order and ITEM_ROWS), the text checks of the 176 checker
with this set's phrases (publication weekday ending the first sentence; a date cue for each
incident; `place` as a whole word; the no-harm cue of a 0/0 incident; the open-toll cue of a
non-battle null/null incident; a fighting or territory cue for a battle; a mine for a mine
incident; NAMESAKE_CUES; LATER_TOLL_CUES; STYLE_OPENERS; INVESTIGATOR_CUE; EMPTY_CUE;
RU_PAGE_CUE; the line of each incident) and, new for this set: every sentence after the
header is a line of the register (it opens with a weekday, "Today" or "Note, today"); the
weekday lines run in calendar order through the six days before the copy, none repeated and
none the publication weekday, with any "Today" or "Note, today" line after them; and the
header names the keeper of its style's register (STYLE_KEEPERS).
"""

import datetime
import difflib
import io
import json
import math
import os
import re
import sys
import zipfile
from decimal import Decimal

N_ITEMS = 60
N_INCIDENTS = 122
N_STYLES = 8
PREFIX = "en179-"
MIN_WORDS, MAX_WORDS = 50, 110
MIN_SENTS, MAX_SENTS = 2, 7
DATE_MIN, DATE_MAX = "2022-03-01", "2026-11-30"
MAX_LAG_DAYS = 31
MIN_EMPTY, MAX_EMPTY = 7, 7  # items with no incident
# Counts stated in the README section: per half (items, incidents, items with no incident).
HALVES = {'holdout': (30, 65, 3), 'tune': (30, 57, 4)}
N_RU = 6
N_BATTLES = 13
PER_YEAR = 12  # published dates per year 2022-2026
MAX_STYLE_SIMILARITY = 0.6
TOTAL_KILLED, TOTAL_INJURED = 17, 60  # nulls count as 0
N_ZERO_ZERO = 37  # incidents coded killed 0, injured 0
SUBTYPE_COUNTS = {'Air/drone strike': 44,
 'Armed clash': 7,
 'Government regains territory': 3,
 'Non-state actor overtakes territory': 3,
 'Remote explosive/landmine/IED': 3,
 'Shelling/artillery/missile attack': 62}
# Items by number of incidents, and incidents with killed > 0 and injured null.
PER_ITEM_COUNTS = {0: 7, 2: 37, 3: 16}
N_KILLED_INJURED_NULL = 14
# Killed > 0 with injured 0, killed 0 with injured null, null/null outside battles,
# max killed and max injured in one incident.
N_KILLED_INJURED_ZERO = 1
N_ZERO_INJURED_NULL = 0
N_NULL_NULL_NOT_BATTLE = 10
MAX_KILLED = 1
MAX_INJURED = 2
# The ids of each style (rotation: style (j + 5k) mod 8 for item 8k + j + 1) and the number
# of incidents whose event_date is the published date.
STYLE_IDS = {'chocolate_moulding_line_log': [6, 9, 20, 31, 34, 45, 56, 59],
 'paperboard_mill_machine_reel_log': [5, 16, 19, 30, 33, 44, 55, 58],
 'porcelain_works_decorating_shop_book': [3, 14, 17, 28, 39, 42, 53],
 'sanatorium_mud_bath_procedure_book': [4, 15, 18, 29, 40, 43, 54, 57],
 'stadium_groundsmans_pitch_book': [7, 10, 21, 32, 35, 46, 49, 60],
 'tannery_liming_drum_log': [2, 13, 24, 27, 38, 41, 52],
 'tram_depot_dispatchers_car_out_book': [1, 12, 23, 26, 37, 48, 51],
 'trout_farm_raceway_feeding_book': [8, 11, 22, 25, 36, 47, 50]}
STYLE_COUNTS = {k: len(v) for k, v in STYLE_IDS.items()}
N_SAME_DAY = 2
# The ids of the items with no incident, and the GeoNames record of each place with
# namesakes in UA.txt (feature class P), by item number and place.
EMPTY_IDS = [8, 27, 34, 47, 53, 54, 58]
NAMESAKE_PINS = {(1, 'Mykolaiv'): 700569,
 (6, 'Mykolaiv'): 700569,
 (9, 'Nikopol'): 700051,
 (10, 'Mykolaiv'): 700569,
 (12, 'Bakhmut'): 713174,
 (13, 'Bakhmut'): 713174,
 (13, 'Kostiantynivka'): 705104,
 (16, 'Kyiv'): 703448,
 (16, 'Ukrainka'): 690773,
 (17, 'Kyiv'): 703448,
 (17, 'Nikopol'): 700051,
 (19, 'Nikopol'): 700051,
 (21, 'Bilopillia'): 712559,
 (21, 'Verbivka'): 689969,
 (22, 'Avdiivka'): 713122,
 (23, 'Nikopol'): 700051,
 (25, 'Nikopol'): 700051,
 (25, 'Zaporizhzhia'): 687700,
 (29, 'Krasnopillia'): 704343,
 (31, 'Kremenchuk'): 704147,
 (36, 'Kryvyi Rih'): 703845,
 (39, 'Nikopol'): 700051,
 (41, 'Zaporizhzhia'): 687700,
 (41, 'Zolochiv'): 686895,
 (42, 'Shevchenkove'): 694137,
 (43, 'Nikopol'): 700051,
 (51, 'Zaporizhzhia'): 687700,
 (52, 'Nikopol'): 700051,
 (56, 'Kyiv'): 703448,
 (57, 'Kremenchuk'): 704147,
 (59, 'Lviv'): 702550,
 (60, 'Semenivka'): 694590}
# Admin1 and coordinates (to RU_TOLERANCE degree) of each Russian incident, by item and place.
RU_PINS = {(26, 'Kursk'): ('Kursk Oblast', 51.73, 36.19),
 (26, 'Sudzha'): ('Kursk Oblast', 51.19, 35.27),
 (45, 'Belgorod'): ('Belgorod Oblast', 50.6, 36.59),
 (45, 'Shebekino'): ('Belgorod Oblast', 50.41, 36.89),
 (49, 'Bryansk'): ('Bryansk Oblast', 53.25, 34.37),
 (49, 'Klintsy'): ('Bryansk Oblast', 52.76, 32.24)}
RU_TOLERANCE = 0.02
LAG_COUNTS = {0: 2, 1: 6, 2: 26, 3: 27, 4: 22, 5: 31, 6: 6, 7: 2}
# Killed and injured totals (nulls as 0) of each item with incidents.
ITEM_TOLLS = {1: (0, 1),
 2: (1, 0),
 3: (0, 2),
 4: (1, 0),
 5: (0, 1),
 6: (0, 0),
 7: (0, 3),
 9: (1, 0),
 10: (0, 1),
 11: (1, 0),
 12: (1, 0),
 13: (0, 2),
 14: (1, 0),
 15: (1, 0),
 16: (0, 1),
 17: (0, 1),
 18: (0, 3),
 19: (0, 2),
 20: (0, 2),
 21: (0, 2),
 22: (1, 0),
 23: (0, 1),
 24: (1, 0),
 25: (0, 3),
 26: (0, 1),
 28: (0, 1),
 29: (1, 1),
 30: (0, 1),
 31: (0, 1),
 32: (0, 2),
 33: (1, 0),
 35: (0, 1),
 36: (0, 1),
 37: (0, 2),
 38: (0, 1),
 39: (1, 1),
 40: (0, 0),
 41: (1, 1),
 42: (1, 2),
 43: (0, 1),
 44: (0, 1),
 45: (0, 1),
 46: (0, 3),
 48: (0, 2),
 49: (0, 0),
 50: (0, 2),
 51: (0, 2),
 52: (1, 2),
 55: (0, 1),
 56: (1, 1),
 57: (1, 1),
 59: (0, 1),
 60: (0, 1)}
# Sub-event types of each item with incidents, in order, one letter each (SUBTYPE_LETTERS).
ITEM_SUBTYPES = {1: 'GSS',
 2: 'SS',
 3: 'SS',
 4: 'SG',
 5: 'SCS',
 6: 'NS',
 7: 'SS',
 9: 'SS',
 10: 'SSS',
 11: 'SS',
 12: 'CS',
 13: 'SSC',
 14: 'SS',
 15: 'SS',
 16: 'ASA',
 17: 'AS',
 18: 'SS',
 19: 'GS',
 20: 'SA',
 21: 'SSM',
 22: 'CS',
 23: 'SSA',
 24: 'CS',
 25: 'SAA',
 26: 'AS',
 28: 'SS',
 29: 'SS',
 30: 'AS',
 31: 'ASA',
 32: 'CA',
 33: 'SA',
 35: 'SC',
 36: 'SA',
 37: 'SNA',
 38: 'AA',
 39: 'SA',
 40: 'NA',
 41: 'ASS',
 42: 'MA',
 43: 'AS',
 44: 'AS',
 45: 'AS',
 46: 'MA',
 48: 'AAA',
 49: 'AA',
 50: 'AS',
 51: 'AS',
 52: 'ASS',
 55: 'AAA',
 56: 'AA',
 57: 'ASA',
 59: 'AA',
 60: 'ASA'}
SUBTYPE_LETTERS = {'S': 'Shelling/artillery/missile attack', 'A': 'Air/drone strike', 'M': 'Remote explosive/landmine/IED', 'C': 'Armed clash', 'G': 'Government regains territory', 'N': 'Non-state actor overtakes territory'}
# Every incident of every item, in order: (place, sub-event letter, lag in days, killed, injured).
ITEM_ROWS = {1: [('Irpin', 'G', 6, None, None), ('Kharkiv', 'S', 4, 0, 1), ('Mykolaiv', 'S', 2, 0, 0)],
 2: [('Lysychansk', 'S', 4, 1, None), ('Kharkiv', 'S', 2, None, None)],
 3: [('Kharkiv', 'S', 4, 0, 2), ('Dnipro', 'S', 2, None, None)],
 4: [('Sievierodonetsk', 'S', 4, 1, None), ('Staryi Saltiv', 'G', 2, None, None)],
 5: [('Lysychansk', 'S', 6, 0, 1),
     ('Sievierodonetsk', 'C', 4, None, None),
     ('Kharkiv', 'S', 2, 0, 0)],
 6: [('Sievierodonetsk', 'N', 5, None, None), ('Mykolaiv', 'S', 3, 0, 0)],
 7: [('Kharkiv', 'S', 5, 0, 2), ('Kramatorsk', 'S', 2, 0, 1)],
 9: [('Nikopol', 'S', 5, 1, None), ('Kharkiv', 'S', 2, None, None)],
 10: [('Zhytomyr', 'S', 5, 0, 0), ('Mykolaiv', 'S', 3, 0, 1), ('Lutsk', 'S', 1, None, None)],
 11: [('Kherson', 'S', 4, 1, 0), ('Kupiansk', 'S', 2, 0, 0)],
 12: [('Bakhmut', 'C', 4, None, None), ('Kherson', 'S', 3, 1, None)],
 13: [('Kherson', 'S', 5, 0, 2),
      ('Kostiantynivka', 'S', 4, None, None),
      ('Bakhmut', 'C', 3, None, None)],
 14: [('Kupiansk', 'S', 5, 1, None), ('Kharkiv', 'S', 2, 0, 0)],
 15: [('Orikhiv', 'S', 4, 1, None), ('Velyka Pysarivka', 'S', 2, 0, 0)],
 16: [('Kyiv', 'A', 5, 0, 0), ('Kherson', 'S', 3, 0, 1), ('Ukrainka', 'A', 1, 0, 0)],
 17: [('Kyiv', 'A', 5, 0, 1), ('Nikopol', 'S', 3, 0, 0)],
 18: [('Dnipro', 'S', 6, 0, 1), ('Kherson', 'S', 2, 0, 2)],
 19: [('Lobkove', 'G', 6, None, None), ('Nikopol', 'S', 3, 0, 2)],
 20: [('Kherson', 'S', 5, 0, 1), ('Izmail', 'A', 3, 0, 1)],
 21: [('Kherson', 'S', 6, 0, 1), ('Bilopillia', 'S', 4, 0, 0), ('Verbivka', 'M', 2, 0, 1)],
 22: [('Avdiivka', 'C', 5, None, None), ('Kherson', 'S', 3, 1, None)],
 23: [('Nikopol', 'S', 5, 0, 1), ('Kherson', 'S', 3, 0, 0), ('Dnipro', 'A', 2, None, None)],
 24: [('Krynky', 'C', 4, None, None), ('Kupiansk', 'S', 2, 1, None)],
 25: [('Nikopol', 'S', 5, 0, 1), ('Zaporizhzhia', 'A', 3, 0, 0), ('Odesa', 'A', 1, 0, 2)],
 26: [('Kursk', 'A', 5, 0, 0), ('Sudzha', 'S', 3, 0, 1)],
 28: [('Kupiansk', 'S', 5, 0, 1), ('Vovchansk', 'S', 3, 0, 0)],
 29: [('Kherson', 'S', 4, 1, 1), ('Krasnopillia', 'S', 2, 0, 0)],
 30: [('Izmail', 'A', 4, 0, 0), ('Odesa', 'S', 2, 0, 1)],
 31: [('Sumy', 'A', 6, 0, 1), ('Kherson', 'S', 2, 0, 0), ('Kremenchuk', 'A', 0, 0, 0)],
 32: [('Vovchansk', 'C', 5, None, None), ('Kharkiv', 'A', 2, 0, 2)],
 33: [('Sumy', 'S', 5, 0, 0), ('Pokrovsk', 'A', 4, 1, None)],
 35: [('Kherson', 'S', 5, 0, 1), ('Kurakhove', 'C', 3, None, None)],
 36: [('Kherson', 'S', 4, 0, 1), ('Kryvyi Rih', 'A', 2, 0, 0)],
 37: [('Kherson', 'S', 4, 0, 2), ('Kurakhove', 'N', 2, None, None), ('Ochakiv', 'A', 1, 0, 0)],
 38: [('Sumy', 'A', 4, 0, 0), ('Shostka', 'A', 2, 0, 1)],
 39: [('Nikopol', 'S', 4, 0, 1), ('Kherson', 'A', 2, 1, None)],
 40: [('Toretsk', 'N', 5, None, None), ('Kharkiv', 'A', 3, 0, 0)],
 41: [('Zaporizhzhia', 'A', 5, 0, 1), ('Kherson', 'S', 3, 1, None), ('Zolochiv', 'S', 2, 0, 0)],
 42: [('Shevchenkove', 'M', 5, 1, None), ('Kharkiv', 'A', 4, 0, 2)],
 43: [('Sumy', 'A', 5, 0, 1), ('Nikopol', 'S', 3, 0, 0)],
 44: [('Chernihiv', 'A', 4, None, None), ('Kherson', 'S', 3, 0, 1)],
 45: [('Belgorod', 'A', 5, 0, 1), ('Shebekino', 'S', 3, 0, 0)],
 46: [('Kapytolivka', 'M', 4, 0, 1), ('Kharkiv', 'A', 2, 0, 2)],
 48: [('Kharkiv', 'A', 5, 0, 2), ('Chuhuiv', 'A', 3, 0, 0), ('Kharkiv', 'A', 0, 0, 0)],
 49: [('Bryansk', 'A', 5, None, None), ('Klintsy', 'A', 3, 0, 0)],
 50: [('Kherson', 'A', 5, 0, 2), ('Ochakiv', 'S', 3, 0, 0)],
 51: [('Zaporizhzhia', 'A', 5, 0, 2), ('Dnipro', 'S', 2, 0, 0)],
 52: [('Kharkiv', 'A', 5, 0, 1), ('Kherson', 'S', 3, 1, None), ('Nikopol', 'S', 7, 0, 1)],
 55: [('Izmail', 'A', 5, 0, 0), ('Odesa', 'A', 3, 0, 1), ('Reni', 'A', 1, None, None)],
 56: [('Kyiv', 'A', 5, 1, 1), ('Sumy', 'A', 3, 0, 0)],
 57: [('Kremenchuk', 'A', 4, None, None), ('Kharkiv', 'S', 2, 0, 1), ('Sumy', 'A', 7, 1, None)],
 59: [('Lviv', 'A', 5, 0, 0), ('Chernihiv', 'A', 3, 0, 1)],
 60: [('Chernihiv', 'A', 5, 0, 0), ('Semenivka', 'S', 3, 0, 1), ('Snovsk', 'A', 1, 0, 0)]}
# The locator that tells each namesake apart in the text, and the later line that sets a toll.
NAMESAKE_CUES = {(13, 'Kostiantynivka'): 'in Donetsk oblast',
 (16, 'Ukrainka'): 'down the road from us',
 (21, 'Bilopillia'): 'by the border',
 (21, 'Verbivka'): 'just north of Balakliia',
 (29, 'Krasnopillia'): 'in Sumy oblast',
 (41, 'Zolochiv'): 'in Kharkiv oblast',
 (42, 'Shevchenkove'): 'in the Kupiansk raion',
 (60, 'Semenivka'): 'by the Bryansk border'}
LATER_TOLL_CUES = {11: 'died in hospital',
 13: 'not one',
 20: 'after all',
 29: 'one of the two',
 50: 'not one',
 51: 'not one',
 52: 'we learn now',
 56: 'one of the two',
 57: 'we learn now'}
# Cues the text must carry for 0/0 and for non-battle null/null incidents, for battle
# incidents and for mine incidents.
ZERO_CUE = re.compile(r"\b(nobody (was )?hurt|no one (was )?hurt|no casualties|nobody near)\b", re.I)
NULL_CUE = re.compile(r"\b(no word|nothing yet)\b", re.I)
BATTLE_CUE = re.compile(r"\b(fighting|claim(s|ed)?|taken|took|retook|entered|back in|are in|have left)\b", re.I)
MINE_CUE = re.compile(r"\bmines?\b", re.I)
# The opening words of each style's register, and who copied it.
STYLE_OPENERS = {'chocolate_moulding_line_log': 'Moulding line log of a chocolate factory ',
 'paperboard_mill_machine_reel_log': 'Reel log of board machine ',
 'porcelain_works_decorating_shop_book': 'Piece book of the decorating shop at a porcelain works ',
 'sanatorium_mud_bath_procedure_book': 'Procedure book of the mud-bath room at a sanatorium ',
 'stadium_groundsmans_pitch_book': 'Pitch book of the stadium ',
 'tannery_liming_drum_log': 'Drum log of the beamhouse at a tannery ',
 'tram_depot_dispatchers_car_out_book': 'Car-out book of the tram depot ',
 'trout_farm_raceway_feeding_book': 'Feeding book of a trout farm '}
INVESTIGATOR_CUE = re.compile(r"copied by (rights monitor|harm tracker|OSINT investigator|casualty recorder|prosecutor's investigator) [A-Z][a-z]+")
# New for this set: the keeper of each style's register, named in the header.
STYLE_KEEPERS = {'chocolate_moulding_line_log': 'kept by its line master',
 'paperboard_mill_machine_reel_log': 'kept by its machine tender',
 'porcelain_works_decorating_shop_book': 'kept by its forewoman',
 'sanatorium_mud_bath_procedure_book': 'kept by its head nurse',
 'stadium_groundsmans_pitch_book': 'kept by its head groundsman',
 'tannery_liming_drum_log': 'kept by its beamhouse foreman',
 'tram_depot_dispatchers_car_out_book': 'kept by its dispatcher',
 'trout_farm_raceway_feeding_book': 'kept by its fish farmer'}
# The line of an item with no incident, and the header of a Russian item (both kept from the 176 checker).
EMPTY_CUE = re.compile(r"\bnothing fell\b")
RU_PAGE_CUE = re.compile(r"from its public page, copied by OSINT investigator [A-Z][a-z]+, who follows the Russian border districts")
# Kept from the 176 checker: an incident dated by a weekday (lag 1-6) sits in the entry that weekday heads
# ("<Weekday>:" or "<Weekday>, "), unless it is a lag-1 "yesterday" in a "Note, today:" line; an
# incident of the publication day sits in a "Today, <hh:mm>:" line; a week-back incident in a
# "note to last <Weekday>'s" line.
HEAD = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Note, today)\b[^.]*?: ")

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SAME_DAY_CUE = re.compile(r"\b(today|this morning|overnight|tonight)\b", re.I)
DEFAULT_UA_ZIP = "/work/shared/data/geonames/UA.zip"

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

# GeoNames admin1 code -> admin1 name as written in the gold (Kharkiv oblast as "Kharkiv").
UA_ADMIN1 = {
    "01": "Cherkasy", "02": "Chernihiv", "03": "Chernivtsi", "04": "Dnipropetrovsk",
    "05": "Donetsk", "06": "Ivano-Frankivsk", "07": "Kharkiv", "08": "Kherson",
    "09": "Khmelnytskyi", "10": "Kirovohrad", "11": "Crimea", "12": "Kyiv City",
    "13": "Kiev", "14": "Luhansk", "15": "Lviv", "16": "Mykolaiv", "17": "Odessa",
    "18": "Poltava", "19": "Rivne", "20": "Sevastopol City", "21": "Sumy",
    "22": "Ternopil", "23": "Vinnytsia", "24": "Volyn", "25": "Zakarpattia",
    "26": "Zaporizhzhia", "27": "Zhytomyr",
}
RU_ADMIN1 = {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}


# Style tags used by earlier sets (1934 tags, from taken_styles.txt); this set's styles must not
# be among them and must stay below MAX_STYLE_SIMILARITY (difflib ratio) to every one of them.
TAKEN_STYLES = set("""
a_further_and_another_added_toll_daybook a_to_z_sorted_place_rows_blotter
academic_event_catalogue_record access_constraints_tracker_row according_to_source_lead_note
acled_abduction acled_arrest acled_clash acled_crimea acled_debris acled_hromada acled_intercept
acled_looting acled_mine acled_month_of acled_no_event acled_note acled_note_multi acled_note_single
acled_protest acled_regional_overview_line acled_riot acled_russia acled_territory acled_vac
acled_vague_count acled_week_of active_voice_full_date_note actor_dyad_header_note
acute_stress_cases_left_out_worksheet admin_path_prefixed_note admiralty_graded_source_note
aerial_bomb_frontline_town_note afp afp_alert afp_brief afp_kyiv_wire_copy afp_wire afp_wire_story
agadez_oasis_beacon_tuareg_silversmiths_item agency_chronology_factbox_entry
agency_digest_of_media_reports agency_evening_summary agency_overnight_attacks_roundup
agentless_passive_full_date_coder_note agrarian_cooperative_newsletter_item
agri_trade_weekly_farm_strike_brief agricultural_damage_survey agricultural_site_impact_note
aid_agency_staff_near_miss_report aid_convoy_vehicle_logbook_remarks
aid_point_and_queue_strike_coder_note aid_security_officer_insurer_risk_rating_memo
aid_warehouse_stock_write_off_list aid_worker_incident_debrief_note air_defence_outcome_note
air_force_tally_shootdown_coder_note air_raid_alert_log_correlation_note
airline_ops_pax_headcount_logsheet airline_passenger_service_notice airwars
al_jazeera_key_events_line al_jazeera_live alandic_mariehamn_weekly_schooner_riggers_item
alarm_company_activation_log albanian_english_news_portal_live_updates_entry
albuquerque_balloonists_crew_chief_letter aljazeera_live_blog alt_spelling_bracket_note
amateur_astronomer_moon_phase_rowbook amateur_astronomy_society_observing_bulletin
ambulance_dispatch_summary amended_story_editors_note amnesty_investigation anadolu
anadolu_english_brief anadolu_roundup analyst_background_memo analyst_source_triangulation_note
andorran_la_vella_daily_ski_instructors_item angler_and_fishing_boat_strike_coder_note
anguillan_the_valley_radio_boat_racing_item animal_rescue_ngo_note animal_shelter_intake_ledger
annotated_sha256sums_file annotated_survivor_testimony_excerpt ansa_english_brief ansa_note
anti_drone_nets_over_roads_event_synopsis anti_tank_guided_missile_strike_coder_note
antiguan_st_johns_paper_cricket_notes_item ap ap_alert ap_brief ap_the_latest_item ap_wire
ap_wire_story apostrophe_spelt_place_name_daybook apple_news_push_line
archaeological_dig_field_diary architects_damage_survey archive_record
argentine_english_news_site_world_item armenian_news_agency_english_feed_item
armour_loss_counted_assault_analyst_note arrow_from_strike_to_outcome_logsheet
article_fact_box_entry asia_pacific_broadcaster_overnight_world_brief
assam_majuli_tattler_satra_mask_makers_item at_least_and_about_toll_wording_precis
ato_press_centre_coded_digest attribution_confidence_assessment_note auction_room_clerks_lot_book
audio_signature_analysis_note australian_esperanto_society_monthly_bulteno
australian_public_broadcaster_world_brief australian_regional_daily_world_brief
australian_wire_service_world_copy austrian_news_agency_english_service_item
azerbaijani_news_agency_english_feed_item azorean_ponta_delgada_weekly_whale_spotters_item
backlog_late_report_entry_note bahamian_nassau_daily_cruise_port_community_item
balcony_and_loggia_capsule bali_ubud_gleaner_temple_kite_makers_item
balkas_gullies_and_river_valleys_event_abstract ballistic_missile_short_warning_strike_analyst_note
ballistics_fragment_recovery_note baltic_news_agency_english_feed_item
bangladeshi_english_daily_international_page_item bank_branch_and_cashpoint_coding_slip
bank_loan_holiday_applications barbadian_bridgetown_evening_paper_deminer_diary_item
barns_sheds_and_summer_kitchens_event_synopsis basement_and_shelter_hit_coder_note
basotho_maseru_weekly_mohair_exporters_item bbc_live bbc_live_blog bbc_monitoring
bbc_monitoring_digest bearing_distance_located_note before_after_photo_comparison_note
belarusian_state_agency_russian_language_ukraine_item belgian_english_news_site_world_item
belizean_weekly_ship_registry_and_world_column bellingcat_quick_note
bermudian_hamilton_daily_overseas_volunteers_item
betsileo_ambositra_townsman_marquetry_inlayers_item bhutanese_state_newspaper_international_column
bird_ringing_station_daybook birdwatchers_club_newsletter_sightings_aside
blast_wave_and_flying_glass_event_abstract blood_donor_centre_appeal bloomberg_brief
bloomberg_first_word_brief bne_intellinews boiler_houses_and_heating_mains_event_synopsis
bolivian_daily_exterior_section_english_item bonaire_kralendijk_paper_flamingo_wardens_item
bookkeeper_nil_and_brought_forward_logsheet border_governor_evening_post
border_guard_incident_summary border_guard_service_sourced_coder_note border_hromada_shelling_tally
border_region_russian_outlet_translated_brief border_strip_harm_monitor_note
border_town_governor_claim_review_note border_village_note
bornholm_ronne_daily_herring_smokehouse_item bosnian_news_agency_english_service_item
both_bulletins_cited_frontline_coder_note botswana_daily_world_briefs_item
bracket_numbered_source_ref_coder_note brazilian_english_news_site_world_item
breakfast_tv_web_recap_line brewery_brewhouse_gyle_book bridge_club_directors_session_book
brigade_and_group_press_service_claim_coder_note brigade_press_service_post
british_day_month_year_lead_coder_note british_regional_daily_world_news_column
broadcaster_scrolling_chyron broadcaster_web_news_short broadsheet_news_in_brief_column
bruneian_state_information_department_english_world_page_item bta_note
building_sites_and_tower_cranes_event_chit bulgarian_english_news_site_world_item
bulgarian_national_radio_english_service_item bulletin_slug_urgent_lead bureau_multi_oblast_roundup
bus_operator_incident_report business_daily_infrastructure_damage_brief
business_news_site_company_statement_rewrite business_wire_industrial_item cable_news_ticker_crawl
cabo_verdean_mindelo_paper_morna_singers_item calibre_and_designation_numerals_blotter
calque_translated_partner_coder_note cambodian_english_daily_world_page_item
cameroonian_buea_anglophone_daily_footballers_abroad_item canadian_national_daily_world_short
canadian_prairie_daily_world_brief canadian_public_broadcaster_live_updates_entry
canadian_wire_service_world_copy capture_claim_weighing_coder_note
car_bomb_and_targeted_killing_ied_coder_note car_hire_desk_return_sheet
car_pool_booking_sheet_at_prosecutors casualty_figure_reconciliation_memo
casualty_recording_ngo_incident_description casualty_total_then_killed_wounded_split_logsheet
casualty_verb_and_euphemism_capsule cattle_herders_and_grazing_herds_coder_memo
caymanian_george_town_reinsurance_weekly_risk_desk_item cbc_news cbs_news cctv_footage_review_note
cemetery_register_crosscheck_note cemetery_visitors_and_gravediggers_event_chit
change_ringers_branch_quarter_peal_newsletter chaplaincy_sunday_intercessions_sheet
charity_appeal_text checkpoint_shooting_allegation_review_note
child_friendly_space_facilitator_incident_report child_rights_ngo_bulletin
childrens_service_guardianship_register chilean_expat_english_news_site_item
chiloe_castro_harbinger_alerce_shingle_splitters_item chinese_state_agency_english_world_item
chronolocation_shadow_analysis_note church_damage_report cir_map_entry city_council_post
city_council_session_minutes city_council_viber_channel_post city_district_impact_site_coder_note
city_news_portal_english_translation_item civcas_assessment civharm civic_brief
civic_protest_monitor_record civilian_harm_dataset_reviewer_note civilian_harm_incident_card
civilian_harm_team_dataset_description civilian_military_split_note
civilian_shooting_witness_interview_summary civilian_targeting_flagged_note
civilian_vehicle_strike_dossier_entry civilian_vehicle_strike_log_entry
claim_counterclaim_battle_note clock_time_lead_note cluster_meeting_minutes_item
cluster_munition_scatter_across_streets_coder_note cnn_live_blog
coal_mine_and_miners_settlement_strike_analyst_note codebook_clause_numbers_cited_worksheet
coder_blackout_and_alert_asides_logsheet coder_initials_signed_note coder_note
coder_query_flagged_note coder_weekly_digest coffee_roastery_roast_log
cold_store_chamber_temperature_log collective_centre_group_discussion_note
colliery_lamp_room_issue_book combined_strike_night_breakdown_note commercial_laundry_weigh_book
commercial_radio_hourly_news_read commodity_markets_wrap_aside community_choir_rehearsal_notes_email
compensation_claim_evidence_review_note condolence_post_crosscheck_note conflict_observatory
conflicting_sources_count_choice_note contact_line_clash_and_claim_coder_note
content_moderator_cw_flagged_rows_rowbook contested_target_note contracts_lawyer_defined_terms_slate
control_map_crosscheck_battle_coder_note cook_islands_avarua_paper_ham_radio_club_item
coordinates_appended_note correction_duplicate_note corrections_and_clarifications_item
correspondent_dispatch_opening correspondent_notebook_jotting
corsica_bastia_gazette_chestnut_millers_item costa_rican_english_weekly_abroad_section_item
cotswold_gliding_club_daily_flying_summary counter_battery_artillery_duel_analyst_memo
counterfactual_could_have_been_wording_daybook court_judgment_summary cpi_event_row
crater_trajectory_analysis_note crete_chania_bulletin_olive_pressers_item crimea_detention_chronicle
criminal_law_qualification_paragraph croatian_news_portal_english_section_item
crowded_site_shelling_casualty_reconciliation_note crowdfunded_osint_team_backer_update
crowdsourced_harm_submission_moderator_review cruise_missile_flight_path_and_impact_analyst_note
cryptic_crossword_solvers_daily_blog cultural_heritage_loss_register current_events_portal_line
cypriot_english_daily_world_news_item czech_news_agency_english_service_item
dacha_cooperative_chat_digest_ru damage_inventory_tail_note danish_news_site_english_live_blog_entry
dashcam_footage_review_note data_journalist_spreadsheet_note dawn_and_first_light_precis
death_certificate_review_note dedup_and_correction_pass_coder_note
deep_rear_western_oblast_strike_analyst_note deepstate_changelog defence_trade_press_weapon_use_note
defence_weekly_front_line_brief deleted_post_archive_capture_note demining_ngo_accident_report
demining_operator_log deoccupied_village_return_note detention_and_abduction_case_note
diaspora_media_summary diaspora_parish_newsletter_note disability_ngo_casualty_note
district_weekly_newsletter ditto_carried_fields_scratchpad documentary_production_note
documentation_training_worked_example documenter_witness_interview_transcript_excerpt
donbas_ceasefire_violation_log donor_briefing_security_paragraph door_to_door_canvass_note
dosimetrists_dose_rate_log dotted_dmy_date_prefix_coder_note double_tap_sequence_analysis_note
dpa_international_wire dpa_note draft_case_peer_review_comment
drone_chasing_cyclists_and_walkers_coder_memo drone_dropped_grenade_and_irritant_gas_coder_note
drone_footage_frame_review_note dsns dsns_oblast_operational_report dsns_region_post
dsns_rescue_chronicle dsns_telegram dubai_kerala_samajam_members_circular
dusk_and_pre_curfew_hours_precis dutch_public_broadcaster_english_news_item dw_news
easy_read_casualty_update_for_residents echr_application_statement_of_facts_excerpt
economist_espresso ecuadorian_port_city_daily_world_item education_under_attack_monitor_entry
efe_note egyptian_english_daily_world_page_item email_morning_briefing_paragraph
embassy_cable_comment_end_comment_rowbook emergency_call_log_reconstruction_note
emergency_cash_eligibility_harm_verification_note emergency_medical_centre_update
emigre_ru_media_news_item emoji_bullet_newsletter energoatom_statement energy_grid_attack_tracker
energy_infrastructure_register energy_trade_press_grid_attack_brief english_city_portal_brief
errata_reissue_coder_note espreso_tv estonian_public_broadcaster_english_news_item
eswatini_mbabane_paper_sugar_cane_growers_item ethiopian_english_daily_world_page_item
eu_disinfo_lab_note euromaidan_press euronews euronews_english_update
evacuation_order_zone_event_abstract evacuation_route_incident_note
evacuee_intake_incident_account_note evening_paper_late_edition_war_brief
evening_tv_news_summary_line event_coder_qc_note event_id_cross_referenced_note
event_notes_column_cell event_type_rationale_note event_vs_report_date_note
evidence_box_shelf_labels_in_prosecutors_archive evidence_referral_cover_memo_to_prosecutor
ex_nurse_soap_charted_slate excluded_items_first_blotter
exiled_council_sourced_occupation_coder_note explosion_count_hromada_tally_note
explosions_heard_versus_hits_jotter explosive_remnant_incident_coder_note
explosive_weapons_harm_monitor_entry explosives_expert_opinion_question_and_answer fact_check
fact_checker_verdict_line faith_news_service_world_brief
falkland_islands_stanley_weekly_philately_corner_item family_of_n_and_crew_of_n_daybook
fan_run_scifi_con_progress_report farm_agronomists_field_scouting_log
farmland_mine_accident_interview_note faroese_torshavn_fisheries_paper_export_markets_item
fatalities_line_aggregate fatalities_line_legacy fatalities_line_month_name_date
fatalities_line_no_event fatalities_line_overnight fatalities_line_place_list
fatalities_line_revision fatalities_line_ru_reported fatalities_line_standard
fatalities_line_territory fatalities_line_unrest fatalities_line_vicinity_clash
fibre_optic_fpv_drone_event_abstract field_documenter_dictated_site_memo
field_mine_accident_followup_note field_monitor field_researcher_phone_relay_coder_note
field_team_whatsapp_checkin fijian_daily_world_brief filipino_fanfic_authors_chapter_notes
financial_times_brief finnish_broadsheet_english_edition_item
finnish_public_broadcaster_english_live_blog_entry firewood_and_timber_cutters_coder_memo
first_responder_casualty_note first_strike_after_long_lull_event_abstract
first_upload_provenance_trace_note flour_mill_milling_shift_log
fog_sleet_and_rain_assaults_coding_slip follow_up_visit_status_update_note football_club_statement
football_referees_match_notebook footer_row_totals_blotter foreign_broadsheet_world_news_in_brief
foreign_citizen_victims_precis foreign_ministry_tweet foreign_travel_advisory_update
forenoon_errand_hours_docket forensic_exhumation_report
forensic_pathologist_autopsy_findings_summary forensic_wound_pattern_note
former_bus_driver_route_memory_asides_rowbook fortification_building_crew_strike_coder_note
fpv_drone_vehicle_strike_osint_reconstruction france24 free_commuter_paper_world_in_brief
french_international_broadcaster_english_website_item frontline_capture_claim_note
frontline_distance_range_assessment_note frontline_territory_claims_brief
frontline_village_residents_harm_note frontline_village_sweep_coder_note
fsb_and_rosgvardia_release_coder_note galapagos_puerto_ayora_sentinel_tortoise_rangers_item
gambian_banjul_daily_students_abroad_desk_item garment_factory_cutting_room_book
gas_meter_readers_missed_readings gas_network_incident_note gazeta_ru gdelt_summary
genealogist_dagger_for_the_dead_logsheet genealogy_society_old_town_names_newsletter
general_news_wire_short_story general_staff_summary genstaff geo_precision_remark_note
geoconfirmed_entry geolocated_footage_territory_coder_note geolocation_task_ticket_comment
geopolitics_magazine_front_line_paragraph georgian_news_agency_english_service_item
german_international_broadcaster_english_website_item german_weekly_english_edition_note
ghanaian_daily_world_news_item gibraltar_daily_online_shipping_and_world_item
glazier_order_book_transcribed_by_monitor global_rights_compliance google_news_card_blurb
gotland_visby_radio_sheep_shearers_item governor governor_belgorod governor_bryansk governor_kursk
governor_post governor_post_outlet_translation governor_roundup_relayed governor_ru
governor_telegram gozo_victoria_weekly_bobbin_lace_makers_item graded_reader_level_two_learner_story
greek_national_daily_english_edition_item green_space_tree_inventory
greenhouse_and_polytunnel_precis greenlandic_nuuk_paper_sled_dog_racing_item guardian_live_blog
guardian_summary gulf_english_daily_world_section_item
guyanese_georgetown_daily_shipping_and_rice_trade_item
hackerspace_members_mailing_list_weekly_digest haida_gwaii_skidegate_signal_argillite_carvers_item
ham_radio_qso_logbook_copied_by_tracker harar_jugol_lantern_hyena_feeders_item
harm_tracker_board_meeting_director_update harm_tracker_bulletin_translator_glossary_brief
harm_tracker_daily_standup_chat_update harm_tracker_data_request_letter_to_ministry
harm_tracker_exhibition_wall_labels harm_tracker_family_callback_verification_note
harm_tracker_messenger_bot_canned_replies harm_tracker_public_dataset_faq_answer
harm_tracker_reply_to_journalist_enquiry_email harm_tracker_secondary_school_lesson_plan
harm_tracker_victim_name_publication_consent_log
harm_tracker_volunteer_verification_checklist_return hashtag_social_post
haulage_firm_dispatchers_load_sheet hawaii_hilo_telegraph_orchid_growers_item
headcount_on_site_beside_toll_blotter headline headline_with_standfirst
health_facility_attack_verification_note healthcare_attack_database_record
hearing_aid_centre_fitting_book heaviest_toll_leads_row_order_worksheet hedged_reportedly_note
heirloom_seed_company_grower_news_email helicopter_and_ground_attack_aircraft_rocket_run_coder_note
heligoland_harbour_observer_lobster_potters_item herbarium_specimen_accession_book heritage_damage
heritage_site_monitor_bulletin hill_and_height_marker_battle_analyst_memo
history_teacher_liberation_date_asides_slate hong_kong_english_daily_world_brief
hospital_admission_register_crosscheck_note hospital_incident_log hospital_press_office_post
hotel_guest_notice house_chat_screenshot_review_note household_book_of_village_council
household_visit_damage_and_harm_note housing_cooperative_residents_notice
housing_damage_commission_act hrc_oral_update_speech_excerpt hrmmu hrmmu_report hromada_channel_post
hromada_head_facebook_post hromada_head_post hromada_head_text_survey_replies_by_tracker
hromada_raion_oblast_chain_note hromada_source_cited_shelling_coder_note hromadske hromadske_radio
hrw_report human_rights_officer_radio_slot_crib_card humanitarian_access_incident_report_excerpt
humanitarian_access_report humanitarian_bilateral_confidential_representation_note
humanitarian_cluster_one_liner humanitarian_convoy_incident_note
humanitarian_deconfliction_notification_followup humanitarian_ngo_weekly_update
humanitarian_report_case_vignette humanitarian_security_after_action_review_extract
humanitarian_security_driver_predeparture_briefing_card
humanitarian_security_new_arrival_induction_briefing
humanitarian_security_officer_hibernation_trigger_review
humanitarian_security_officer_movement_clearance_decision
humanitarian_security_staff_guesthouse_safety_review
humanitarian_security_staff_off_limits_venue_list
humanitarian_security_staff_roll_call_after_attack_log humanitarian_security_staff_sms_cascade_alert
humanitarian_security_weekly_threat_trend_paragraph humanitarian_situation_one_liner
hungarian_news_site_english_section_item hvar_jelsa_digest_lavender_harvesters_item
hyphenated_double_barrelled_town_docket icc_article_15_communication_annex_entry iccl_case_summary
ice_arena_resurfacing_log icelandic_english_news_site_item icon_conservators_treatment_diary
icrc_note ihl_clinic_student_casebook_entry ihl_distinction_assessment_note
ilocos_vigan_patriot_burnay_kiln_firers_item impact_timeline_semicolon_note
incendiary_and_thermite_munition_fire_coder_note incident_dataset_github_issue_comment incident_log
including_and_of_whom_subset_docket indian_daily_world_page_brief
indian_wire_agency_moscow_bureau_item indictment indie_game_studio_steam_devlog
indirect_harm_during_raids_precis indonesian_news_agency_english_world_item
industrial_site_workforce_toll_coder_note infiltration_into_towns_coding_slip
inheritance_cases_opened_at_notary_office initials_anonymised_victim_case_note
injury_surveillance_fatal_nonfatal_cases_logsheet inline_bracketed_toll_per_place_coder_note
insecurity_insight instant_and_ultimo_dated_scratchpad insurance_loss_adjuster
insurance_loss_register_entry interaction_code_annotated_note intercept_fallout_site_note
intercoder_disagreement_resolved_note interfax interfax_ru_item interfax_ua interfax_ukraine
interfax_ukraine_roundup international_law_blog_post_case_paragraph
international_wire_followup_toll_story international_wire_plain_copy
interpreter_booking_requests_by_rights_monitor interpreter_post_interview_debrief_note
investigation_methods_footnote iowa_square_dancers_tip_and_caller_sheet
irish_broadsheet_world_news_paragraph irish_gaa_club_notes_with_lotto_results
irish_provincial_weekly_world_paragraph irish_public_broadcaster_website_world_item
iso_date_prefix_note israeli_english_daily_world_news_item isw isw_update
italian_news_agency_english_service_item izvestia jamaican_daily_overseas_news_item
japanese_broadcaster_english_service_item japanese_national_daily_english_edition_item
jersey_st_helier_evening_paper_host_families_item jordanian_english_daily_world_page_item
journalist_investigation_appendix_entry journalist_x_post journalists_union_attack_record
kanazawa_ishikawa_almanac_gold_leaf_gilders_item kansas_bbq_cookoff_team_pitmasters_log
karas_luderitz_sentry_oyster_shuckers_item karnataka_hampi_torch_coracle_paddlers_item
kazakh_news_agency_english_service_item kenyan_daily_international_page_brief keyword_tag_tail_note
khiva_khorezm_spectator_suzani_embroiderers_item kids_weekly_explainer_magazine_piece
killed_wounded_slash_tally_note kimberley_broome_globe_pearl_divers_item
kiribati_south_tarawa_weekly_seafarers_remittance_item
kitchen_garden_and_allotment_strike_coder_note kodiak_island_ledger_brown_bear_trackers_item
kommersant kosovar_private_television_english_desk_item krakow_english_book_club_reading_notes
kursk_belgorod_bryansk_coder_note kuwaiti_english_daily_world_page_item kyiv_city_admin_post
kyiv_independent kyiv_independent_newsletter_line kyiv_independent_oneliner kyiv_post
kyodo_english_wire kyodo_note kyrgyz_news_agency_english_feed_item
ladakh_leh_argus_thangka_painters_item lagos_scrabble_players_bingo_bulletin
lancet_loitering_munition_hits_coder_memo landmine_and_ordnance_accident_incident_sheet
lanzarote_arrecife_courier_cochineal_farmers_item laos_luang_prabang_tidings_elephant_mahouts_item
lapland_inari_mercury_aurora_photographers_item last_residents_of_emptied_villages_coding_slip
later_death_toll_update_note latvian_public_broadcaster_english_news_item
launch_area_attributed_note leaflets_dropped_before_shelling_event_chit
lebanese_english_daily_world_page_brief legacy_gazetteer_old_toponym_coder_note
legal_aid_clinic_intake legal_latin_tags_in_asides_logsheet legal_ngo_witness_statement_summary
liberian_daily_world_news_item liechtenstein_vaduz_daily_foundation_grants_item
lift_mechanics_stoppage_log lighthouse_keepers_watch_log listed_company_exchange_disclosure
lithuanian_public_broadcaster_english_news_item litigation_fact_pattern_paragraph
live_blog_key_points_summary_box live_blog_multi_region_roundup_entry live_blog_timestamped_entry
live_page_line liveblog liveblog_reader_qa_answer livestock_and_pet_losses_left_out_daybook
liveuamap_entry local_english_outlet_brief local_government_sms_bulletin
local_monitoring_group_entry local_news local_online_media_news local_radio_english_service_bulletin
local_tv_channel local_weekly_paper_digest lock_up_garage_rows_and_courtyard_car_parks_event_chit
look_alike_place_names_event_synopsis loreto_iquitos_planet_balsa_raft_lashers_item
loss_adjuster_site_report lrt_english luthier_workshop_repair_book luxembourg_english_news_site_item
machine_translated_coder_note magazine_feature_paragraph
malawian_blantyre_daily_foreign_affairs_item malaysian_english_daily_world_page_brief
maldivian_online_newspaper_world_item mali_djenne_oracle_mud_mosque_plasterers_item
maltese_national_daily_world_brief maluku_banda_neira_pennant_nutmeg_sorters_item
management_consultant_parking_lot_jargon_rowbook manaus_amazonas_courant_river_ferry_pilots_item
manual_writer_imperative_keying_orders_rowbook manx_broadcaster_douglas_newsroom_web_story
map_desk_change_log_entry maritime_trade_daily_port_strike_brief maritime_war_risk_bulletin
market_strike_stallholder_testimony_note marquesas_taiohae_packet_tapa_beaters_item
married_couples_among_victims_event_synopsis marshallese_majuro_paper_outrigger_canoe_club_item
maternity_ward_birth_book mauritian_bilingual_daily_english_page_item
mauritius_curepipe_review_model_ship_builders_item mayor_post mayor_telegram_news_site_translation
media_freedom_incident media_monitoring_ngo_bulletin medical_ngo_patient_intake
medical_record_extract_review_note medical_trade_press_hospital_attack_brief
medieval_reenactors_shire_chronicler_newsletter meduza meduza_english_brief
metadata_timestamp_check_note metal_detecting_club_sunday_dig_finds_report
mexican_english_news_site_world_item mid_afternoon_hours_capsule
midday_and_lunch_hour_event_synopsis milblogger_claim_vetting_coder_note
milblogger_translated_summary military_administration_post
military_airfield_and_ammunition_depot_strike_analyst_note
military_training_ground_and_unit_formation_strike_analyst_note military_unit_named_note
militaryland_note minas_ouro_preto_vindicator_soapstone_sculptors_item
mine_action_liaison_coder_note mine_action_non_technical_survey_note mine_incident_note
mine_looting_arrest_note mine_risk_education_facilitator_session_report
mine_victim_surveillance_record minoborony_svodka_line mirrored_border_pair_day_coder_note
missing_persons_registry_entry mobile_mast_and_tv_tower_strike_coder_note mod_ru
model_railway_club_running_night_notes moldovan_news_agency_english_feed_item
mompox_magdalena_crier_rocking_chair_carpenters_item mongolia_olgii_examiner_eagle_falconers_item
mongolian_english_news_site_world_item monitor_public_report_redaction_log
monitor_wellbeing_check_in_form_answers montenegrin_daily_online_world_item
month_end_rowcount_check_note month_left_in_ukrainian_blotter
montserrat_brades_radio_volcano_observatory_bulletin_item monument_and_statue_damage_capsule
morgue_intake_record_review_note morning_briefing_bullet_line moroccan_english_news_site_world_item
morris_side_bagmans_dancing_out_diary mortar_and_tank_direct_fire_coder_note
moscow_claim_kyiv_rebuttal moscow_times motorcycle_and_buggy_assault_group_analyst_note
mrm_grave_violation_incident_sheet msf_field_report multi_storey_block_entrance_collapse_coder_note
multi_village_raion_note multiple_rocket_launcher_salvo_coder_note municipal_damage_commission_act
municipal_damage_register munition_remnant_identification_note munition_type_lead_note
music_school_instrument_loan_book muskoka_snowmobile_club_trail_conditions_report
nairobi_hash_house_harriers_on_on_circular name_withheld_hromada_village_jotter
namesake_village_resolution_coder_note namibian_daily_international_brief
narrowboat_liveaboard_couples_cruising_blog national_daily_english_website_short
national_daily_print_edition_war_column national_daily_web_short national_police_statement
national_tv_channel_english_site_item nato_date_time_group_jotter nature_reserve_wardens_patrol_book
nauruan_yaren_bulletin_phosphate_loaders_item nearest_strike_distance_table_per_office
needs_assessment_key_informant_interview_summary neighbouring_country_daily_english_brief
nepali_english_daily_world_page_item new_zealand_news_website_world_item
news_aggregator_push_notification news_aggregator_rewrite_with_source_credit
news_fixer_client_message news_site_developing_story_top_paragraph news_video_page_summary_blurb
newsletter_line newsletter_need_to_know_item newsletter_overnight_roundup
newspaper_cuttings_scrapbook_kept_by_harm_tracker newspaper_picture_caption
newsroom_recap_of_ru_milblogger_claims newsroom_standards_editor_sign_off_note
newsroom_timestamped_timeline newswire next_of_kin_interview_summary ngo_case_file
ngo_field_team_tweet ngo_protection_cluster ngo_security_incident_export ngo_staff_security_sitrep
nigerian_daily_foreign_desk_brief night_desk_handover_note night_shift_overnight_strikes_coder_note
night_watchman_and_site_guard_coding_slip niuean_alofi_gazette_vanilla_growers_item
no_deaths_versus_nobody_hurt_docket non_native_english_coder_note nordic_agency_english_paragraph
nordic_public_broadcaster_english_news_item norfolk_island_burnt_pine_newsletter_pine_nursery_item
north_american_local_daily_world_digest north_macedonian_news_agency_english_service_item
norwegian_english_news_site_item notes_column_coder_flag notes_column_cross_border_ru
notes_column_donbas_legacy notes_column_period_aggregate notes_column_sized_protest
notes_column_standard_event notes_column_strategic_development notes_column_territory_change
notes_column_terse_entry notes_column_with_source_line novaya_gazeta_europe npr npu_regional_channel
nuclear_plant_satellite_town_strike_analyst_note number_word_then_bracketed_digit_worksheet
numbered_overnight_hits_list numbered_schools_clinics_routes_worksheet
numbered_subevent_compound_note nv_brief nv_english nv_english_wire_item nv_roundup nyt_live_blog
nz_geocaching_group_weekly_log_email obituary_death_notice oblast_admin_post_english_translation
oblast_border_junction_villages_event_chit oblast_council_news_item oblast_council_post
oblast_health_department_update oblast_newspaper_english_web_digest
oblast_or_city_same_name_scratchpad oblast_police_comms oblast_police_press_release
oblast_prosecutor_office_post oblenergo_incident_note occupation_admin_channel
occupation_authority_post occupation_detention_looting_coder_note
occupation_installed_official_claim_coder_note occupation_looting_and_roundup_note
occupation_official occupied_area_both_sides_cited_note
occupied_area_looting_and_detention_coder_note occupied_area_phone_testimony_note
occupied_territory_monitor_coder_note occupied_town_checkpoint_coder_note ocha_flash
ocha_flash_update ocha_pcode_tagged_note ocha_sitrep odesa_oma_post
office_blocks_and_business_centres_event_chit ogasawara_chichijima_lodestar_sea_turtle_taggers_item
ohchr_periodic ohio_homebrewers_monthly_meeting_recap okavango_maun_lookout_mokoro_polers_item
okinawa_naha_tribune_awamori_distillers_item okrug_prosecutor_post
old_calendar_julian_double_dated_slate oman_nizwa_express_falaj_channel_diggers_item
ombudsperson_report_paragraph on_date_codebook_template_coder_note
open_mic_poetry_night_hosts_blog_writeup open_source_investigation_tldr_key_findings
open_source_investigation_writeup open_source_team_sprint_retrospective_notes
operational_direction_header_note operator_video_review_note opinion_pollsters_contact_sheet
ordinal_day_without_month_daybook ordnance_accident_bedside_interview_note
ordnance_and_shootdown_outcome_coder_note ordnance_clearance_casualty_note
orthopaedic_workshop_referral_book_copied_by_tracker osce_moscow_mechanism osce_smm osint
osint_bookmarks_export_with_annotations osint_collective_livestream_run_sheet
osint_commercial_imagery_order_justification osint_compilation_video_edit_decision_list
osint_discord_volunteer_geolocation_post osint_freelancer_weekly_timesheet_entries osint_geolocation
osint_hackathon_challenge_brief osint_investigator_contributor_thank_you_post
osint_investigator_embargoed_findings_note_to_journalists osint_investigator_evidence_folder_readme
osint_investigator_funder_progress_report_paragraph osint_investigator_geolocation_quiz_answer_key
osint_investigator_map_image_alt_text_description
osint_investigator_open_call_for_witness_footage_post
osint_investigator_reply_to_methodology_critic_thread osint_investigator_witness_video_call_log
osint_platform_takedown_restoration_appeal osint_researcher_conference_slide_speaker_notes
osint_search_operator_query_history osint_strike_reconstruction_note
osint_team_weekly_infographic_panel_copy osint_thread_newsroom_summary osint_verification_log
outback_coober_pedy_compass_opal_noodlers_item outgoing_letters_book_of_regional_prosecutor
ova_in_news ova_past_day_summary_relay_coder_note ova_roundup ova_telegram
ova_telegram_morning_summary overdue_library_loans_noted_by_rights_monitor
overnight_live_blog_recap_entry pair_dozen_and_number_word_capsule
pakistani_english_daily_world_page_brief palauan_koror_weekly_dive_operators_item pap_english_note
pap_note papua_new_guinean_national_daily_global_desk_item parcel_courier_customer_update
parenthetical_admin_qualifier_coder_note parenthetical_admin_qualifier_note
parish_commemoration_lists parish_priest_facebook_post
park_beach_and_cafe_leisure_site_strike_coder_note
parliamentary_committee_written_evidence_paragraph parliamentary_written_answer
partisan_sabotage_claim_note partner_ngo_sheet_import_note passive_voice_yearless_note
penal_colony_and_prison_strike_coder_note pending_allegation_status_note
petra_wadi_musa_bugle_sand_bottle_artists_item petrol_station_forecourt_coding_slip pgo_notice
pharma_plant_tableting_batch_record phenology_volunteer_bloom_and_harvest_slate
philharmonic_stage_managers_concert_report philippine_broadsheet_world_section_brief
phone_interview_summary_note photo_gallery_caption_line photojournalist_contact_sheet_frame_notes
phr_health_record pin_legend_of_security_desk_wall_map pincer_and_flank_villages_event_chit
pipe_delimited_field_note pitcairn_adamstown_semaphore_honey_apiarists_item podcast_episode_blurb
podcast_note podcast_show_notes_segment police police_and_courts_column police_chief_post
police_digest_victim_list_coder_note police_post police_scene_inspection_protocol_excerpt
police_statement police_telegram polish_news_portal_english_edition_item
polish_public_broadcaster_english_live_blog_entry politico_europe
portobello_wild_swimmers_dook_report portuguese_news_agency_english_feed_item
post_office_returned_mail_list_copied_by_monitor postal_and_logistics_terminal_strike_coder_note
power_grid_damage_log_entry power_outage_timestamp_correlation_note
prairie_curling_club_rock_talk_email pravda_en precautions_warning_assessment_note
premises_generator_run_hours_log present_tense_translated_ukrainian_coder_note
press_agency_photo_caption press_freedom_ngo_journalist_harm_alert
prewar_population_beside_toponym_scratchpad principe_santo_antonio_echo_cocoa_fermenters_item
print_queue_document_titles_at_prosecutors prosecutor prosecutor_case_allocation_roster_by_unit_head
prosecutor_case_file_exhibit_list_entry prosecutor_case_register_translation
prosecutor_duty_investigator_shift_handover_memo
prosecutor_field_investigator_out_of_office_autoreply
prosecutor_forensic_lab_sample_submission_remarks prosecutor_instructions_to_police_investigators
prosecutor_joinder_order_merging_strike_files prosecutor_joint_investigation_team_partner_briefing
prosecutor_letter_to_victims_family_on_case_progress prosecutor_motion_to_judge_for_footage_access
prosecutor_mutual_legal_assistance_request_excerpt
prosecutor_notice_of_suspicion_in_absentia_summary prosecutor_office_sourced_note
prosecutor_press_officer_media_line_approval_request prosecutor_regional_morning_call_agenda_items
prosecutor_scene_mapping_drone_flight_log prosecutor_statement prosecutor_unit_petty_cash_book
prosecutor_victim_status_recognition_decision_summary
prosecutor_voicemail_update_to_victims_lawyer_transcript prosecutor_while_you_were_out_message_slips
prosecutor_witness_summons_cover_note protection_case_referral_form protection_monitoring_flash_note
protection_monitoring_household_interview_note protection_officer_field_visit_note
protection_officer_hromada_weekly_email provincial_broadcaster_english_service_story
prylit_and_bavovna_war_slang_kept_slate psychosocial_caseworker_referral_summary
pub_quiz_league_weekly_scores_sheet public_broadcaster_live_blog_entry
public_gathering_strike_witness_note public_holiday_dated_strike_analyst_note
public_radio_english_web_bulletin_item published_diary_entry publisher_app_breaking_card
puno_titicaca_enquirer_totora_boat_builders_item push_alert qa_explainer_answer qa_ticket_queue_note
qatari_english_daily_world_page_item quarry_brickworks_and_gravel_pit_docket
queensland_mens_shed_smoko_newsletter quilt_guild_monthly_show_and_tell_letter
quoted_source_excerpt_note racehorse_owners_syndicate_managers_update radio_bulletin
radio_bulletin_script radio_liberty radio_phone_in_show_recap radio_svoboda_regional
rail_and_bridge_target_note rail_trade_press_network_disruption_brief railway_incident_log
raion_reform_old_new_note rapa_nui_hanga_roa_monitor_moai_restorers_item rbc_ukraine
rbc_ukraine_brief read_for_erratum_coder_note reader_letter_to_editor
reckoning_project_testimony_summary recode_and_merge_audit_note recording_studio_track_sheet
recruitment_office_unrest_coder_note recurring_strike_same_town_week_count_coder_note
red_top_tabloid_print_war_short refuse_lorry_and_street_sweeper_coding_slip regional_admin
regional_broadcaster_english_page_item regional_bureau_datelined_copy
regional_daily_english_edition_roundup regional_newspaper_web_teaser
regional_paper_syndicated_wire_pickup regional_paper_web_short
regional_police_bulletin_sourced_coder_note regional_portal_english_edition_item regional_portal_uk
regional_rail_operator_notice regional_site_live_page_entry regional_tv_ticker
regional_week_in_review_digest religious_freedom_monitor_entry renamed_town_former_name_capsule
repeat_harm_household_tracker_note repelled_assault_tally_note report_day_minus_n_offset_scratchpad
rescue_dog_handler_search_log rescuer_interview_quote rescuers_and_fire_engines_deployed_jotter
research_assistant_coding_sheet reservoir_dam_and_sluice_strike_analyst_note
respectively_and_apiece_toll_docket reuters reuters_alert reuters_brief reuters_factbox_line
reuters_wire_story reverse_chronology_latest_first_coder_note reviewer_comment_thread_coder_note
revision_log_coder_note rferl_ukraine_live_item ria ria_en ria_novosti_flash ria_roundup ria_sputnik
rights_field_team_shared_calendar_entries rights_group_casefile_occupation_coder_note
rights_group_letter_to_armed_forces_requesting_explanation rights_group_press_release_lede
rights_hotline_complaint_log_entry rights_mission_trip_report_day_entry
rights_monitor_embassy_briefing_talking_points rights_monitor_field_trip_expense_claim_justification
rights_monitor_funeral_attendance_note rights_monitor_hospital_ward_visit_note
rights_monitor_mobile_team_village_route_diary rights_monitor_monthly_annex_entry
rights_monitor_numbered_findings_paragraph rights_monitor_side_event_moderator_script
rights_monitor_single_house_case_paragraph rights_monitor_team_whiteboard_photo_transcription
rights_monitor_village_council_secretary_interview_note rights_ngo rights_team_dictaphone_track_list
rising_toll_story_update river_crossing_and_coastal_note river_gauge_observer_journal
river_sharing_a_town_name_docket road_mender_and_verge_mower_precis
road_segment_between_villages_note road_vehicle_strike_verification_note
roadside_memorial_inventory_by_rights_monitor rolling_live_blog_toll_update
roman_numeral_month_jotter romanian_news_agency_english_service_item rotary_club_fellowship_bulletin
rotterdam_karate_dojo_members_newsletter roundup row_amendment_bracketed_coder_note
row_split_decision_note rowing_club_boathouse_log rt_english ru_agency_translated_copy
ru_agency_wire_item ru_aircon_split_system_fitting_crew
ru_amateur_hockey_league_fixture_change_notice ru_antique_and_coin_shop_news
ru_aquarium_fish_shop_stock_arrivals ru_army_newspaper_frontline_column ru_auto_parts_store_counter
ru_auto_tinting_and_headlight_film ru_avito_private_sale_listing ru_banquet_hall_events_vk_notice
ru_banya_bathhouse_vk_notice ru_bathtub_reenamelling_with_acrylic
ru_bookbinding_workshop_thesis_orders ru_bookkeeper_tax_returns_help ru_border_district_village_note
ru_border_evacuee_charity_note ru_border_governor_rendered_note ru_border_municipal_okrug_coder_note
ru_border_oblast_daily_recap_coder_note ru_border_oblast_governor_sourced_coder_note
ru_border_oblasts_evening_wrap ru_border_region_desk_brief
ru_border_town_schoolteacher_vk_page_entry ru_bowling_and_billiards_club
ru_business_daily_regional_bureau_item ru_butcher_counter_meat_orders
ru_car_hire_deposit_and_mileage ru_carnival_costume_hire_for_matinees
ru_cctv_camera_and_doorphone_mounting ru_certified_translations_from_ukrainian
ru_cinema_session_cancellation_notice ru_civil_registry_zags_office_notice
ru_climbing_gym_bouldering_passes ru_cossack_society_border_patrol_telegram_post
ru_curtains_blinds_and_rails_salon ru_dance_studio_class_timetable_update
ru_desk_border_oblast_translated_coder_note ru_diocese_news_item ru_district_admin_notice
ru_district_head_telegram_translated_coder_note ru_district_head_vk_post
ru_dog_grooming_salon_appointments_feed ru_dpr_jccc_representation_shelling_record
ru_draught_beer_and_kvass_shop ru_drive2_car_owner_logbook_entry ru_dry_cleaners_order_pickup_notice
ru_dzen_military_blog_digest ru_embassy_telegram_post_condemning_strike_with_western_weapons
ru_emergencies_ministry_sourced_border_coder_note ru_escape_room_quest_bookings
ru_esports_gaming_club_hourly_packages ru_exam_tutoring_centre_lesson_changes
ru_federal_daily_border_town_reportage_excerpt
ru_federal_news_site_eyewitness_first_person_monologue_item
ru_federal_news_site_item_citing_ukrainian_public_channels
ru_federal_news_site_item_on_explosions_in_ukrainian_city
ru_federal_news_site_military_expert_comment_item ru_federal_radio_hourly_news_read
ru_federal_tabloid_regional_edition_web_story ru_federal_tabloid_telegram_insider_source_post
ru_federal_tv_sunday_news_magazine_week_recap_read
ru_federation_council_senator_telegram_post_after_border_trip ru_fishing_tackle_and_bait_shop
ru_flower_shop_bouquet_orders_post
ru_foreign_ministry_ambassador_at_large_weekly_kyiv_crimes_tally_post
ru_foreign_ministry_spokeswoman_briefing_excerpt ru_fsb_border_directorate_press_release
ru_fuel_depot_and_substation_drone_strike_coder_note ru_garden_centre_seedling_sale_announcement
ru_go_kart_track_race_days ru_governor_telegram_update ru_governor_village_list_post
ru_governor_weekly_live_stream_qa_rewrite ru_grid_company_branch_consumer_notice
ru_gtrk_regional_vesti_web_story ru_handmade_soap_and_candle_maker
ru_helium_balloon_arches_and_numbers ru_home_confectioner_cake_orders
ru_home_recipe_blog_post_preamble ru_homemade_frozen_pelmeni_orders
ru_hookah_lounge_table_reservations ru_horse_riding_stable_vk_post
ru_housing_management_company_residents_notice ru_hunting_society_members_notice
ru_husband_for_an_hour_handyman ru_ice_rink_skate_hire_and_sessions ru_independent_rights_group_note
ru_industrial_plant_press_service_vk_post ru_installed_official
ru_installed_znpp_management_telegram_post ru_investigative_committee_regional_press_release
ru_karaoke_bar_song_nights ru_kennel_club_dog_show_notice
ru_kremlin_press_secretary_daily_call_excerpt ru_laptop_and_phone_repair_desk
ru_logoped_speech_lessons_for_children ru_lpr_people_militia_spokesman_briefing_summary
ru_made_to_measure_kitchen_furniture_workshop ru_manicure_master_vk_clients_post
ru_marketplace_pickup_point_chat_notice ru_mattress_and_pillow_showroom
ru_mchs_regional_press_release ru_metal_entrance_doors_installer ru_milblogger_channel_post ru_mod
ru_mod_battlegroup_press_centre_head_statement ru_mod_bulletin_paraphrase_note
ru_mod_daily_briefing_transcript ru_mod_heroes_feat_story_post
ru_mod_telegram_video_description_post ru_mod_tv_channel_website_frontline_news_item
ru_municipal_edds_duty_dispatch_daily_report ru_municipal_emergency_regime_decree_notice
ru_news_site_daily_front_map_article ru_news_site_online_broadcast_entry
ru_nursing_home_director_statement_to_relatives ru_oblast_head_channel
ru_oblast_operational_hq_coder_note ru_oblast_weekly_newspaper_week_chronicle_column
ru_occupied_city_head_telegram_shelling_post ru_occupied_donbas_news_portal_item
ru_occupied_okrug_daily_shelling_register_numbered ru_occupied_region_tv_news_bulletin_script
ru_okrug_head_telegram_address_damage_rundown ru_okrug_qualified_border_note
ru_otzovik_consumer_review ru_passport_photo_studio_prices ru_pawnshop_gold_buying_notice
ru_perfume_and_cosmetics_counter ru_picture_framing_and_baguette_orders ru_pit_bike_and_moped_dealer
ru_podslushano_town_vk_public_anonymous_submission ru_powder_coating_of_wheels_and_metal
ru_power_tool_rental_point ru_president_meeting_with_governor_kremlin_transcript_excerpt
ru_private_lab_blood_draw_hours ru_propane_cylinder_exchange_point
ru_pyrotechnics_shop_new_year_salutes ru_raion_newspaper_short
ru_regional_construction_ministry_restoration_progress_post ru_regional_duma_deputy_telegram_post
ru_regional_duma_plenary_session_transcript_excerpt
ru_regional_education_ministry_distance_learning_notice
ru_regional_government_anti_fake_fake_and_truth_card
ru_regional_government_compensation_payment_notice
ru_regional_government_operational_meeting_readout
ru_regional_government_press_service_governor_site_visit_release
ru_regional_health_ministry_casualty_update ru_regional_human_rights_commissioner_telegram_post
ru_regional_management_centre_reply_to_resident ru_regional_media_digest
ru_regional_news_portal_item ru_regional_newspaper_reader_question_official_answer_column
ru_regional_operational_headquarters_post ru_regional_portal_newsfeed_timestamped_headlines
ru_regional_portal_week_top_five_numbered_list ru_regional_portal_what_is_known_so_far_card
ru_regional_press_sourced_border_coder_note ru_regional_psychological_support_centre_telegram_post
ru_regional_road_agency_traffic_notice
ru_regional_social_protection_ministry_temporary_accommodation_post
ru_regional_tv_channel_telegram_quote_card_post ru_regional_tv_morning_show_news_headlines_read
ru_regional_tv_newscast_running_order_with_lead_ins ru_robotics_club_for_kids
ru_rosgvardia_regional_directorate_press_release ru_rosgvardia_regional_press_release
ru_self_service_car_wash_owner_update ru_settlement_administration_ok_post
ru_shoe_repair_and_key_cutting_kiosk_sign ru_sports_nutrition_protein_and_vitamins
ru_state_agency_dateline_item_citing_emergency_services_source
ru_state_agency_interview_with_border_okrug_head_qa_excerpt ru_state_tv_talk_show_transcript
ru_sushi_rolls_delivery_zones ru_swimming_pool_vk_visitors_notice
ru_tabloid_war_correspondent_frontline_dispatch_excerpt ru_takeaway_coffee_kiosk
ru_talk_radio_retired_colonel_studio_interview_excerpt ru_tattoo_studio_session_bookings
ru_telegram_news_aggregator_overnight_strikes_on_ukraine_digest
ru_telegram_news_channel_subscriber_footage_post
ru_territorial_election_commission_polling_station_notice ru_tourist_hiking_club_trip_report
ru_toy_and_board_games_shop ru_traffic_police_road_incident_report ru_trampoline_park_jump_sessions
ru_tv_war_correspondent_report ru_tyre_fitting_bay_seasonal_queue
ru_un_envoy_security_council_speech_excerpt ru_vk_local_community_public_post
ru_volunteer_battalion_telegram_post ru_war_correspondent_commander_interview_excerpt
ru_war_correspondent_evening_direction_svodka ru_war_correspondent_footage_caption_post
ru_war_correspondent_map_update_caption_post ru_war_correspondent_subscriber_qa_post
ru_war_correspondent_telegram_correction_to_earlier_post
ru_war_correspondent_telegram_fundraising_post_with_front_update
ru_war_correspondent_telegram_repost_of_enemy_source_with_comment
ru_war_correspondent_telegram_weekly_review ru_watch_repair_and_battery_replacement
ru_wedding_dress_salon_fittings_schedule ru_window_glazing_firm_vk_advert_post
ru_yarn_and_knitting_supplies_shop ru_youth_volunteer_movement_regional_hq_telegram_post
running_total_since_month_start_jotter rural_mine_strike_coder_note
rush_hour_commuters_event_abstract russian_border_towns_wire_rewrite russian_claims_watch_desk_item
russian_coder_translated_note russian_language_partner_coder_translated_note russian_mod_claim
russian_transliteration_retained_note rust_belt_roller_derby_league_bout_recap
rwanda_musanze_informer_gorilla_trek_porters_item rwandan_daily_global_news_item
s300_surface_to_air_missile_ground_strike_analyst_note
saaremaa_kuressaare_herald_windmill_keepers_item sabotage_group_border_incursion_clash_analyst_note
safety_officer_letter_to_national_staff_families saint_helena_jamestown_weekly_coffee_estate_item
saint_lucian_castries_daily_bakers_flour_prices_item saint_pierre_miquelon_journal_cod_salters_item
same_victims_named_twice_daybook samoan_apia_newspaper_pacific_and_world_item
san_marino_borgo_maggiore_paper_crossbow_guild_item sanatorium_and_holiday_camp_strike_analyst_note
saskatchewan_antique_tractor_club_newsletter satellite_imagery_damage_assessment_note
scales_and_gauges_calibration_register scene_walkthrough_note school_class_register_absence_column
school_damage_registry school_director_message_to_parents school_or_hospital_strike_site_assessment
school_principal_statement school_site_strike_check_note
scilly_hugh_town_courier_daffodil_pickers_item scottish_broadsheet_foreign_news_paragraph
scrap_metal_collectors_and_scrap_yards_event_chit security_adviser_danger_pay_eligibility_review
security_analysis_newsletter_front_line_item security_consultancy_client_alert security_incident
security_officer_window_film_priority_list security_risk_level_change_notice
security_tabletop_exercise_inject_cards seismic_station_analysts_event_list
self_storage_unit_rental_ledger semicolon_village_list_note
senegalese_dakar_daily_abroad_news_english_item serbian_news_agency_english_service_item ses_post
ses_rescuer_report_translated_coder_note settlement_type_prefixed_note
seychellois_weekly_world_affairs_column shahed_one_way_attack_drone_wave_coder_note
sheffield_bouldering_gym_setters_reset_notes shelter_cluster_damage_assessor_remarks_field
shelter_headcount_per_air_raid_alert shetland_lerwick_gazette_fiddle_players_item
ship_repair_yard_docking_register shipping_agent_port_circular shootdown_and_debris_note
sierra_leonean_freetown_daily_ukraine_alumni_item sim_card_replacement_book_at_phone_shop
singapore_daily_world_briefs_column sister_city_twinning_update
site_named_for_a_different_town_daybook sixth_form_pupil_column_school_paper
size_and_fatality_flag_note sky_news slovak_news_agency_english_service_item
slovenian_press_agency_english_service_item slovo_i_dilo_record small_drone_targeting_review_note
smart_speaker_flash_briefing smoke_hazard_air_quality_warning sms_alert
sniper_and_small_arms_fire_on_civilians_coder_note social_worker_home_visit_note
socotra_hadibu_chronicle_dragon_blood_resin_tappers_item
solomon_islands_honiara_weekly_chess_club_column_item source_attributed_event_summary
source_bracketed_note source_scale_tagged_note south_african_daily_foreign_page_brief
south_african_public_broadcaster_website_world_item south_korean_news_agency_english_item
spanish_daily_english_edition_live_blog_entry special_rapporteur_end_of_mission_statement_paragraph
spelled_out_ordinal_date_blotter spillover_into_neighbour_states_scratchpad
sports_culture_desk_report sports_ground_and_stadium_strike_analyst_note
spotter_drone_then_shells_coding_slip square_bracket_field_tag_coder_note
sri_lanka_galle_pioneer_stilt_fishermen_item sri_lankan_english_daily_world_news_item
staff_shuttle_timetable_amendment_notice starosta_facebook_post starosta_interview_summary_note
starosta_relayed_village_list_coder_note state_archive_reading_room_requests
state_media_claims_rewrite_with_kyiv_response station_lost_property_ledger
status_tag_prefixed_coder_note steelworks_melt_shop_heat_log stevedoring_foremans_hatch_tally
still_missing_under_rubble_jotter stocktakers_night_count_sheet story_correction_appendix
street_and_house_number_scratchpad strike_site_sketch_legend_note
structural_engineer_building_inspection_note sub_event_code_prefixed_note
suburb_settlement_not_the_city_jotter supermarket_chain_store_notice superseded_row_pointer_note
supervisor_review_correction_coder_note suspilne suspilne_english suspilne_oneliner
suspilne_regional_bulletin suspilne_regional_tv_short
svalbard_longyearbyen_bulletin_seed_vault_staff_item svaneti_mestia_recorder_tower_stonemasons_item
swedish_english_news_site_world_item swiss_public_broadcaster_english_service_item
tabletop_rpg_dungeon_masters_session_recap tabloid_website_breaking_short
taiwanese_news_agency_english_item tanzanian_english_daily_world_news_item
target_category_tagged_note tasmania_hobart_journal_apple_orchardists_item tass tass_alert
tass_as_reported tass_en tass_english_regional_wire tass_regional_dispatch tass_roundup
taxi_dispatch_cancelled_orders_kept_by_tracker telegram_channel_repost_translated
telegram_channel_watchlist_by_osint_investigator telegram_governor telegram_hromada_head
telegram_mayor telegram_regional_head telegram_ru_governor teletext_news_page_item
telex_operator_stop_and_repeated_figures_rowbook tennis_club_court_booking_sheet
terse_shorthand_abbrev_note texas_high_school_band_boosters_weekly_email texty_dataset_row
thai_english_daily_world_section_item the_independent the_insider thematic_report_incident_footnote
thermal_anomaly_crosscheck_note think_tank_daily_map_note think_tank_event_dataset_row
thinking_aloud_dash_no_self_correcting_slate threat_intel_tlp_marked_rowbook
three_d_model_reconstruction_figure_caption ticker_breaking tidy_towns_litter_pick_committee_post
time_precision_coded_note tip_inbox_subject_lines_triaged_by_tracker
toastmasters_lunch_club_table_topics_email toll_as_of_timestamp_note toll_provenance_split_note
tongan_nukualofa_weekly_church_and_kingdom_page_item top_storey_and_attic_docket
tos1a_thermobaric_salvo_analyst_memo touring_circus_route_book
town_hall_and_police_station_strike_coder_note town_named_streets_and_highways_capsule
tracker_desk_sticky_note_reminders trade_union_statement trailing_source_citation_note
trainee_coder_model_answer_note translator_gloss_bracket_note
trauma_kit_usage_register_by_security_officer trauma_surgeon_case_series_note
travel_service_route_advisory treaty_body_shadow_report_case_box
tree_line_and_forest_belt_infantry_assault_coder_note tribunal_hearing_digest
trinidad_daily_foreign_news_item tristan_edinburgh_meridian_longboat_sailors_item tsn_evening_story
tunisian_press_agency_english_bulletin_item turkish_english_daily_world_page_item
turkish_state_agency_english_wire_item tuvaluan_funafuti_newsletter_tide_gauge_keepers_item
tv_anchor_read_line tv_anchor_script_with_cues tv_marathon_onscreen_summary
twitch_streamers_discord_going_live_ping two_witness_discrepancy_note
ua_administrative_services_centre_notice ua_agency_translated_bulletin
ua_agro_enterprise_facebook_post ua_anglers_club_facebook_post
ua_anonymous_telegram_news_channel_flash_post ua_arborist_tree_felling_and_stump_grinding
ua_barbershop_bookings_stories_text ua_beekeepers_society_facebook_post
ua_bicycle_repair_workshop_queue_post ua_blacksmith_forge_gates_and_fences_orders
ua_bookstore_shelf_arrivals ua_bottled_drinking_water_delivery
ua_cabinet_of_ministers_portal_government_news_item ua_camouflage_net_weaving_group_telegram_post
ua_car_liability_policy_agent_reminders ua_car_service_station_viber_message
ua_carp_pond_live_fish_sales ua_chess_club_rounds_and_pairings_update
ua_city_electric_transport_passenger_notice ua_city_executive_committee_victim_aid_decision_excerpt
ua_city_forum_thread_post_ru ua_city_military_administration_telegram_post
ua_city_telegram_channel_ru ua_city_youtube_news_video_description_ru
ua_combat_medic_personal_telegram_notes ua_commander_in_chief_telegram_front_trip_post
ua_cooper_oak_barrels_and_tubs ua_craft_cheese_dairy_orders
ua_defence_intelligence_telegram_operation_claim_post
ua_defence_ministry_news_agency_unit_combat_story ua_dental_clinic_patient_notice
ua_district_court_hearings_postponement_notice ua_drama_theatre_audience_notice
ua_driving_school_students_telegram_notice ua_elderly_parent_family_viber_group_message
ua_excavator_and_backhoe_hire ua_family_bakery_instagram_post ua_farm_machinery_repair_yard_jobs
ua_filling_station_chain_customer_notice ua_fire_extinguisher_recharging_service
ua_fitness_club_members_viber_notice ua_foreign_ministry_spokesperson_comment_on_strike
ua_garden_ploughing_minitractor_jobs ua_general_staff_report_battle_coder_note
ua_generator_repair_and_hire_service ua_grain_elevator_farmers_intake_notice
ua_guitar_and_vocal_teacher_lessons ua_hardware_store_building_materials
ua_hay_and_straw_bales_seller ua_health_ministry_telegram_post_on_strike_on_medical_facility
ua_helix_snail_farm_for_restaurants ua_housing_developer_buyers_update
ua_hromada_head_day_of_mourning_order_excerpt ua_hromada_invincibility_point_status_post
ua_hromada_military_administration_shelling_time_log
ua_infrastructure_ministry_transport_and_port_attack_post
ua_interior_ministry_telegram_incident_post ua_internet_provider_subscriber_notice
ua_it_company_staff_safety_digest_ru ua_jeweller_ring_resizing_and_engraving
ua_kids_english_language_courses ua_kids_party_animator_bookings
ua_kindergarten_head_parents_chat_message ua_klining_firm_post_blast_cleanup
ua_knife_scissors_and_chain_sharpening ua_land_surveyor_cadastral_measurements
ua_leather_belts_and_wallets_workshop ua_linoleum_and_laminate_flooring
ua_local_history_museum_facebook_post ua_local_poet_verse_with_prose_preface_post
ua_lost_pet_search_facebook_group_post ua_market_traders_chat_digest_ru
ua_massage_therapist_sessions ua_media_centre_press_briefing_transcript_excerpt ua_media_ru
ua_military_administration_curfew_change_announcement
ua_military_administration_head_order_preamble_excerpt ua_milk_collection_point_suppliers_notice
ua_ministry_of_energy_daily_grid_situation_update
ua_mobile_operator_regional_network_restoration_update ua_mod_daily_frontline_update
ua_moving_van_service_viber_post ua_mp_constituency_facebook_post
ua_mushroom_pickers_forest_warning_group_post ua_national_english_site_short
ua_national_news_site_item_with_read_also_insert
ua_national_radio_morning_show_correspondent_phone_in_transcript
ua_national_radio_regional_press_review_segment
ua_national_site_item_on_strikes_in_russian_border_oblast
ua_national_site_newsfeed_item_with_telegram_attribution
ua_national_site_oblast_by_oblast_correspondents_roundup ua_navy_press_service_telegram_post
ua_news_agency_english_feed_item ua_news_agency_item_quoting_hromada_head_comment_to_agency
ua_news_agency_phone_interview_with_brigade_press_officer_qa
ua_news_site_explosions_item_citing_air_force_warning
ua_news_site_item_describing_social_media_footage ua_news_site_item_retelling_isw_assessment
ua_news_site_military_observer_weekly_front_column
ua_news_site_telethon_spokesperson_comment_rewrite ua_news_site_war_day_number_chronicle_entry
ua_nmt_regional_testing_centre_participants_notice ua_notary_office_appointment_hours
ua_oblast_head_evening_video_address_transcript
ua_oblast_military_administration_website_press_release ua_oblast_police_war_crime_proceedings_post
ua_oil_mill_sunflower_seed_exchange_terms ua_operational_command_south_daily_summary
ua_operational_tactical_group_telegram_daily_update ua_optics_salon_customer_notice
ua_ova_evening_post_by_raion_headings ua_ova_head_press_briefing_readout
ua_ova_telegram_air_raid_alert_to_all_clear_sequence ua_oyster_mushroom_grow_house_harvests
ua_partner_coder_translated_row_note ua_paving_block_vibropress_yard
ua_pest_control_disinfestation_crew ua_pharmacy_chain_branch_notice ua_piano_tuner_visits_schedule
ua_pigeon_fanciers_club_viber_post ua_plast_scout_troop_leader_telegram_post
ua_plumber_and_heating_fitter_call_outs ua_portal_in_russian ua_pottery_studio_clay_classes
ua_poultry_hatchery_chick_delivery_rounds ua_president_evening_video_address_excerpt
ua_presidential_office_deputy_head_regions_morning_roundup ua_print_shop_banners_and_business_cards
ua_prozorro_repair_procurement_announcement ua_public_library_facebook_post
ua_quail_farm_eggs_by_the_tray ua_rabbit_farm_meat_and_young_stock
ua_raion_military_administration_daily_summary ua_real_estate_agency_tenants_chat_ru
ua_red_cross_branch_rapid_response_team_post ua_regional_employment_centre_jobseekers_notice
ua_regional_media_instagram_carousel_slide_text ua_regional_news_site_day_results_digest
ua_regional_news_site_seo_dated_question_headline_item
ua_regional_news_site_telegram_post_with_subscribe_footer
ua_regional_news_site_yevidnovlennia_compensation_service_item ua_regional_radio_hourly_news_read
ua_regional_radio_stream_auto_speech_to_text_transcript ua_regional_site_day_in_numbers_card
ua_regional_site_funeral_farewell_news_item ua_regional_site_hromada_head_interview_qa
ua_regional_site_morning_brief_with_weather_and_night_news
ua_regional_site_morning_overnight_rundown_numbered
ua_regional_site_news_item_with_reminder_paragraph ua_regional_site_reader_tip_verification_item
ua_regional_site_rss_feed_entry_title_and_summary ua_regional_site_story_with_timestamped_updates
ua_regional_site_strike_aftermath_scene_report ua_regional_site_tag_page_headline_list
ua_regional_site_weekly_hromada_shelling_review ua_regional_telegram_channel_translated_coder_note
ua_regional_tv_channel_telegram_evening_newscast_teaser ua_regional_tv_evening_news_story_script
ua_relocated_occupied_city_newsroom_item ua_rewinding_of_burnt_out_motors
ua_roof_tarping_crew_daily_report ua_rope_access_facade_climbers
ua_sawmill_boards_and_beams_price_list ua_sbu_press_centre_release_on_detained_strike_spotter
ua_seamstress_atelier_alterations_queue ua_secondhand_clothing_new_delivery
ua_septic_tank_pumping_truck ua_sofa_and_chair_upholstery_workshop
ua_solar_panels_and_inverters_installation_crew ua_solid_fuel_depot_coal_and_briquettes
ua_state_forestry_branch_forest_fire_after_shelling_post ua_stationery_shop_school_supplies
ua_stove_and_chimney_mason_orders_page ua_strawberry_farm_berry_preorders
ua_stretch_ceiling_installers ua_student_dormitory_commandant_residents_notice
ua_tactical_gear_shop_new_stock ua_taxi_drivers_chat_digest_ru
ua_taxidermist_trophy_mounts_and_birds ua_telethon_correspondent_live_hit_transcript
ua_terrestrial_and_satellite_antenna_installer ua_territorial_defence_forces_command_telegram_post
ua_tile_layer_bathroom_renovation_jobs ua_tow_truck_roadside_recovery
ua_tv_news_video_srt_subtitle_excerpt ua_unmanned_systems_forces_telegram_strike_claim_post
ua_used_car_import_from_europe_broker ua_veterinary_clinic_facebook_post
ua_village_culture_house_page_post ua_village_family_doctor_ambulatory_facebook_post
ua_vyshyvanka_embroidered_shirt_shop ua_war_correspondent_telegram_frontline_note
ua_washing_machine_and_fridge_repair ua_wedding_photographer_instagram_post
ua_well_digger_and_pump_installer_orders ua_youth_sports_school_coach_post ucdp_candidate_note
ugandan_daily_international_page_item uk_mod_update uk_national_news_agency_world_feed_item
ukr_ombudsman_report ukraine_air_force_post ukraine_war_tracker_row ukrainian_coder_translated_note
ukrainian_diaspora_weekly_news_digest ukrainian_embassy_statement ukrainska_pravda
ukrainska_pravda_brief ukrainska_pravda_english ukrinform ukrinform_english_regional_wire
ukrinform_oneliner ukrinform_photo_caption ukrinform_regional_dispatch ukrinform_roundup
ukrpravda_feed_item ukrzaliznytsia_post un_commission_of_inquiry un_hrmmu
un_monitor_verification_status_note un_monitoring_mission_case_file
un_rights_monitoring_case_summary un_security_cell_daily_log un_security_sms_broadcast
un_special_procedures_allegation_letter_excerpt unclaimed_belongings_notice_from_prosecutor
uncovering_russia_note underwater_works_dive_log unian unian_evening_digest
unicef_child_casualty_note university_monitor_imitator_terse_row university_news_page_item
university_rector_statement unknown_count_placeholder_coder_note up_news update
update_n_toll_correction_rewrite urban_district_street_fighting_analyst_note
uruguayan_montevideo_daily_english_exterior_item us_cable_news_site_ukraine_update_item
us_college_alumni_quarterly_class_notes_entry us_college_town_daily_world_brief
us_local_tv_station_website_world_item us_metro_daily_foreign_desk_brief
us_month_day_date_coder_note us_network_breaking_line us_newsmagazine_website_world_brief
us_public_radio_station_web_world_short us_regional_daily_ap_pickup_column
us_running_club_monday_results_email us_state_capital_daily_world_brief
ushuaia_beagle_channel_clarion_penguin_colony_guides_item utc_local_time_converted_note
utility_repair_crew_harm_note uxo_looting_detention_note uzbek_news_agency_english_feed_item
vanuatu_port_vila_daily_copra_and_coconut_oil_market_item vehicle_and_rooftop_jammer_precis
vehicle_wreck_inspection_note vending_machine_route_sheet verification_desk_claim_verdict_note
verification_desk_footage_match_note verification_desk_incident_check verification_desk_note
verification_desk_slack_handoff_message version_history_diff_coder_note veterans_association_post
vicinity_nearest_settlement_note victim_age_and_sex_event_abstract
victim_assistance_case_intake_summary victim_demographics_breakdown_note victim_first_passive_note
victim_home_town_versus_impact_place_event_synopsis victim_identity_confirmation_note
victim_questioning_plan_prepared_by_prosecutor victims_memorial_profile_entry
video_evidence_chain_of_custody_log_entry vietnamese_english_news_site_world_item
village_inseminators_cow_service_book village_recapture_flag_raising_analyst_note
village_shop_and_bread_van_coder_memo vineyard_and_orchard_rows_capsule viral_claim_triage_note
visibility_identifiability_assessment_note visual_forensics_minute_by_minute_timeline
voice_message_transcript_review_note volunteer_evacuation_team_log volunteer_fund_telegram_post
volunteer_weather_observers_network_bulletin war_crimes_database_row
war_crimes_documentation_project_entry war_crimes_ngo_case_summary war_risk_insurance_feed
war_this_week_newsletter_column warehouse_toolbox_talk_by_safety_officer washington_post_liveblog
water_utility_incident_report weapon_unstated_subtype_choice_scratchpad
weather_archive_check_of_strike_clips week_number_and_weekday_dated_worksheet
weekend_paper_war_week_roundup_paragraph weekly_backfill_batch_note
weekly_report_table_of_contents_by_rights_team wells_springs_and_water_points_event_abstract
welsh_national_news_website_world_item west_to_east_longitude_order_worksheet
westland_hokitika_plaindealer_whitebait_netters_item who_ssa who_what_where_slot_note
wikipedian_inline_maintenance_tags_slate wind_farm_turbine_availability_log
wine_merchant_members_tasting_notes_mailer winery_cellar_masters_tank_book wire_brief_line
wire_dateline_attributed_lead wire_flash_urgent_line wire_frontline_claims_item wire_news
wire_roundup_bullet_list wire_service_plain_casualty_story wire_what_we_know_box
wire_writethru_second_lead wisconsin_fantasy_football_commish_tuesday_email witness_statement
witness_waiting_room_sign_in_sheet works_canteen_portion_book world_service_radio_web_summary
wound_severity_and_condition_event_synopsis wsj_brief x_post_official xinhua xinhua_kiev_dispatch
xinhua_roundup yacht_club_commodores_log year_ago_same_date_recall_blotter
year_and_day_number_dated_worksheet yellowknife_great_slave_intelligencer_ice_road_truckers_item
yonhap_note yucatan_merida_advertiser_hammock_weavers_item zambian_daily_world_news_item
zanzibar_stone_town_post_clove_dryers_item zaporizhzhia_oma_post zimbabwean_daily_world_news_item
zoo_keepers_day_report
""".split())

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SENT_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*(?=\s|$)")


def fail(msgs, msg):
    msgs.append(msg)


def parse_date(s):
    if not isinstance(s, str) or not ISO.match(s):
        return None
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def decimals(x):
    t = x.as_tuple()
    return max(0, -t.exponent) if isinstance(t.exponent, int) else 99


def is_num(x):
    return isinstance(x, (int, Decimal)) and not isinstance(x, bool)


def is_count(x):
    return x is None or (isinstance(x, int) and not isinstance(x, bool) and x >= 0)


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def find_zip(argv, msgs):
    if len(argv) > 2:
        if not os.path.isfile(argv[2]):
            fail(msgs, "UA.zip given as argument does not exist: %s" % argv[2])
            return None
        return argv[2]
    env = os.environ.get("GEONAMES_UA_ZIP")
    if env is not None:
        if not os.path.isfile(env):
            fail(msgs, "$GEONAMES_UA_ZIP does not exist: %s" % env)
            return None
        return env
    if os.path.isfile(DEFAULT_UA_ZIP):
        return DEFAULT_UA_ZIP
    print("notice: no GeoNames UA.zip found; GeoNames checks skipped")
    return None


def load_geonames(path, wanted):
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open("UA.txt") as f:
            for line in io.TextIOWrapper(f, encoding="utf-8"):
                p = line.rstrip("\n").split("\t")
                if len(p) < 15:
                    continue
                try:
                    gid = int(p[0])
                except ValueError:
                    continue
                if gid in wanted:
                    names = {p[1].lower(), p[2].lower()}
                    names.update(a.lower() for a in p[3].split(",") if a)
                    recs[gid] = {"name": p[1], "names": names, "lat": float(p[4]),
                                 "lon": float(p[5]), "fclass": p[6], "admin1": p[10]}
    return recs


def entry_lines(text):
    """Split a register copy into its lines: (heading, line) for each sentence that opens with a
    weekday, 'Today' or 'Note, today'; other sentences belong to the line before them."""
    out = []
    for sent in re.split(r"(?<=\.) (?=[A-Z])", text)[1:]:
        m = HEAD.match(sent)
        if m:
            out.append([m.group(1), sent])
        elif out:
            out[-1][1] += " " + sent
    return [tuple(x) for x in out]


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) > 1 else os.path.join(here, "reports_english179.jsonl")
    msgs = []
    zpath = find_zip(argv, msgs)
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail(msgs, "line %d: empty line" % n)
                continue
            try:
                items.append(json.loads(line, parse_float=Decimal))
            except ValueError as e:
                fail(msgs, "line %d: bad JSON: %s" % (n, e))
    if len(items) != N_ITEMS:
        fail(msgs, "expected %d items, found %d" % (N_ITEMS, len(items)))

    wanted = set()
    for it in items:
        for inc in it.get("incidents") or []:
            if isinstance(inc, dict) and isinstance(inc.get("geonameid"), int):
                wanted.add(inc["geonameid"])
    geo = load_geonames(zpath, wanted) if zpath else None

    n_inc = 0
    n_ru = 0
    n_battles = 0
    n_killed = 0
    n_injured = 0
    n_zero = 0
    n_kill_null = 0
    n_kill_zero = 0
    n_zero_null = 0
    n_null_null = 0
    n_same_day = 0
    pins_seen = set()
    ru_seen = set()
    lag_seen = {}
    per_item = {}
    subtypes = {}
    halves = {k: [0, 0, 0] for k in HALVES}
    years = {}
    prev_pub = None
    style_ids = {}
    prev_style = None
    for idx, it in enumerate(items, 1):
        want_id = "%s%03d" % (PREFIX, idx)
        iid = it.get("id", "?") if isinstance(it, dict) else "?"
        tag = "%s" % iid
        if not isinstance(it, dict):
            fail(msgs, "item %d: not an object" % idx)
            continue
        if list(it.keys()) != ITEM_KEYS:
            fail(msgs, "%s: item keys %s, expected %s" % (tag, list(it.keys()), ITEM_KEYS))
        if iid != want_id:
            fail(msgs, "%s: id out of sequence, expected %s" % (tag, want_id))
        want_split = "holdout" if idx % 2 else "tune"
        if it.get("split") != want_split:
            fail(msgs, "%s: split %r, expected %r (odd ids holdout, even ids tune)"
                 % (tag, it.get("split"), want_split))
        if it.get("lang") != "en":
            fail(msgs, "%s: lang %r, expected 'en'" % (tag, it.get("lang")))
        style = it.get("style")
        if not isinstance(style, str) or not SNAKE.match(style):
            fail(msgs, "%s: style %r is not snake_case" % (tag, style))
        elif style in TAKEN_STYLES:
            fail(msgs, "%s: style %r is already taken by an earlier set" % (tag, style))
        else:
            style_ids.setdefault(style, []).append(idx)
        if style is not None and style == prev_style:
            fail(msgs, "%s: same style %r as the previous item" % (tag, style))
        prev_style = style
        text = it.get("text")
        if not isinstance(text, str):
            fail(msgs, "%s: text is not a string" % tag)
            text = ""
        words = [t for t in text.split() if re.search(r"[A-Za-z0-9]", t)]
        if not MIN_WORDS <= len(words) <= MAX_WORDS:
            fail(msgs, "%s: %d words, expected %d-%d" % (tag, len(words), MIN_WORDS, MAX_WORDS))
        sents = len(SENT_END.findall(text))
        if not MIN_SENTS <= sents <= MAX_SENTS:
            fail(msgs, "%s: %d sentence ends, expected %d-%d" % (tag, sents, MIN_SENTS, MAX_SENTS))
        pub = parse_date(it.get("published"))
        if pub is None:
            fail(msgs, "%s: published %r is not an ISO date" % (tag, it.get("published")))
        else:
            if not DATE_MIN <= pub.isoformat() <= DATE_MAX:
                fail(msgs, "%s: published %s outside %s..%s" % (tag, pub, DATE_MIN, DATE_MAX))
            if prev_pub is not None and pub < prev_pub:
                fail(msgs, "%s: published %s before the previous item's %s" % (tag, pub, prev_pub))
            prev_pub = pub
        if pub is not None:
            years[pub.year] = years.get(pub.year, 0) + 1
        if pub is not None:
            first = text.split(". ")[0].rstrip(".")
            if not first.endswith(", " + WEEKDAYS[pub.weekday()]):
                fail(msgs, "%s: first sentence does not end with the publication weekday %s"
                     % (tag, WEEKDAYS[pub.weekday()]))
        incs = it.get("incidents")
        if not isinstance(incs, list):
            fail(msgs, "%s: incidents is not a list" % tag)
            continue
        per_item[len(incs)] = per_item.get(len(incs), 0) + 1
        if it.get("split") in halves:
            h = halves[it.get("split")]
            h[0] += 1
            h[1] += len(incs)
            h[2] += 0 if incs else 1
        seen = set()
        for k, inc in enumerate(incs, 1):
            n_inc += 1
            itag = "%s incident %d" % (tag, k)
            if not isinstance(inc, dict):
                fail(msgs, "%s: not an object" % itag)
                continue
            if list(inc.keys()) != INC_KEYS:
                fail(msgs, "%s: incident keys %s, expected %s" % (itag, list(inc.keys()), INC_KEYS))
            place = inc.get("place")
            if not isinstance(place, str) or not place or place not in text:
                fail(msgs, "%s: place %r not in text" % (itag, place))
            elif not re.search(r"(?<![\w-])" + re.escape(place) + r"(?![\w-])", text):
                fail(msgs, "%s: place %r occurs in text only inside a longer word" % (itag, place))
            et, st = inc.get("event_type"), inc.get("sub_event_type")
            if et == "Battles":
                n_battles += 1
            subtypes[st] = subtypes.get(st, 0) + 1
            if et not in ACLED or st not in ACLED[et]:
                fail(msgs, "%s: bad ACLED type pair %r / %r" % (itag, et, st))
            kd, inj = inc.get("killed"), inc.get("injured")
            for name, v in (("killed", kd), ("injured", inj)):
                if not is_count(v):
                    fail(msgs, "%s: %s %r is not a non-negative int or null" % (itag, name, v))
            if is_count(kd) and kd is not None:
                n_killed += kd
            if is_count(inj) and inj is not None:
                n_injured += inj
            if kd == 0 and inj == 0:
                n_zero += 1
                if not ZERO_CUE.search(text):
                    fail(msgs, "%s: coded 0/0 but the text has no no-harm cue" % itag)
            if is_count(kd) and kd is not None and kd > 0 and inj is None:
                n_kill_null += 1
            if is_count(kd) and kd is not None and kd > 0 and inj == 0:
                n_kill_zero += 1
            if kd == 0 and inj is None:
                n_zero_null += 1
            if et != "Battles" and kd is None and inj is None:
                n_null_null += 1
                if not NULL_CUE.search(text):
                    fail(msgs, "%s: coded null/null but the text has no open-toll cue" % itag)
            if et == "Battles" and not BATTLE_CUE.search(text):
                fail(msgs, "%s: battle incident but the text has no fighting or territory cue" % itag)
            if st == "Remote explosive/landmine/IED" and not MINE_CUE.search(text):
                fail(msgs, "%s: mine incident but the text names no mine" % itag)
            if is_count(inj) and inj is not None and inj > MAX_INJURED:
                fail(msgs, "%s: %d injured, more than the cap of %d" % (itag, inj, MAX_INJURED))
            if is_count(kd) and kd is not None and kd > MAX_KILLED:
                fail(msgs, "%s: %d killed, more than the cap of %d" % (itag, kd, MAX_KILLED))
            if et == "Battles" and (kd is not None or inj is not None):
                fail(msgs, "%s: battle with counts %r/%r, expected null/null" % (itag, kd, inj))
            ed = parse_date(inc.get("event_date"))
            if ed is not None and pub is not None and 0 <= (pub - ed).days <= 7:
                lagd = (pub - ed).days
                wd = WEEKDAYS[ed.weekday()]
                if lagd == 0:
                    ok = bool(SAME_DAY_CUE.search(text))
                    want = "today/this morning/overnight/tonight"
                elif lagd == 7:
                    ok = ("last " + wd) in text
                    want = "last " + wd
                elif lagd == 1:
                    ok = "yesterday" in text.lower() or wd in text
                    want = "yesterday or " + wd
                else:
                    ok = wd in text
                    want = wd
                if not ok:
                    fail(msgs, "%s: event_date %s (lag %d) has no date cue in the text (%s)"
                         % (itag, ed, lagd, want))
            if ed is None:
                fail(msgs, "%s: event_date %r is not an ISO date" % (itag, inc.get("event_date")))
            else:
                if not DATE_MIN <= ed.isoformat() <= DATE_MAX:
                    fail(msgs, "%s: event_date %s outside %s..%s" % (itag, ed, DATE_MIN, DATE_MAX))
                if pub is not None:
                    if ed == pub:
                        n_same_day += 1
                    lag_seen[(pub - ed).days] = lag_seen.get((pub - ed).days, 0) + 1
                    if ed > pub:
                        fail(msgs, "%s: event_date %s after published %s" % (itag, ed, pub))
                    elif (pub - ed).days > MAX_LAG_DAYS:
                        fail(msgs, "%s: event_date %s is %d days before published (max %d)"
                             % (itag, ed, (pub - ed).days, MAX_LAG_DAYS))
            pin = NAMESAKE_PINS.get((idx, place))
            if pin is not None and inc.get("geonameid") != pin:
                fail(msgs, "%s: %r has geonameid %r, expected the namesake %d"
                     % (itag, place, inc.get("geonameid"), pin))
            if pin is not None:
                pins_seen.add((idx, place))
            key = (place, inc.get("event_date"), st)
            if key in seen:
                fail(msgs, "%s: duplicate place/date/sub-type %r" % (itag, key))
            seen.add(key)
            lat, lon = inc.get("lat"), inc.get("lon")
            coords_ok = True
            for name, v in (("lat", lat), ("lon", lon)):
                if not is_num(v):
                    fail(msgs, "%s: %s %r is not a number" % (itag, name, v))
                    coords_ok = False
                elif isinstance(v, Decimal) and decimals(v) > 5:
                    fail(msgs, "%s: %s %s has more than 5 decimals" % (itag, name, v))
            country = inc.get("country")
            gid = inc.get("geonameid")
            loc = inc.get("location")
            a1 = inc.get("admin1")
            if country == "UA":
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fail(msgs, "%s: UA incident with geonameid %r, expected an integer" % (itag, gid))
                elif geo is not None:
                    rec = geo.get(gid)
                    if rec is None:
                        fail(msgs, "%s: geonameid %d not in UA.zip" % (itag, gid))
                    else:
                        if rec["fclass"] != "P":
                            fail(msgs, "%s: geonameid %d is feature class %s, not P"
                                 % (itag, gid, rec["fclass"]))
                        if coords_ok:
                            d = km(float(lat), float(lon), rec["lat"], rec["lon"])
                            if d > 1.0:
                                fail(msgs, "%s: lat/lon %.1f km from record %d" % (itag, d, gid))
                        want_a1 = UA_ADMIN1.get(rec["admin1"])
                        if a1 != want_a1:
                            fail(msgs, "%s: admin1 %r, record %d is in %r" % (itag, a1, gid, want_a1))
                        if not isinstance(loc, str) or loc.lower() not in rec["names"]:
                            fail(msgs, "%s: location %r is not a name of record %d" % (itag, loc, gid))
                        if isinstance(place, str) and place.lower() not in rec["names"]:
                            fail(msgs, "%s: place %r is not a name of record %d" % (itag, place, gid))
                if a1 not in UA_ADMIN1.values():
                    fail(msgs, "%s: admin1 %r is not a Ukrainian admin1 name" % (itag, a1))
            elif country == "RU":
                n_ru += 1
                if gid is not None:
                    fail(msgs, "%s: RU incident with geonameid %r, expected null" % (itag, gid))
                if a1 not in RU_ADMIN1:
                    fail(msgs, "%s: RU admin1 %r not one of %s" % (itag, a1, sorted(RU_ADMIN1)))
                if coords_ok and not (49.5 <= float(lat) <= 54.5 and 30.5 <= float(lon) <= 40.5):
                    fail(msgs, "%s: RU lat/lon %s,%s outside the border oblasts box" % (itag, lat, lon))
                if not isinstance(loc, str) or not loc.strip():
                    fail(msgs, "%s: RU incident with empty location" % itag)
                want = RU_PINS.get((idx, place))
                if want is None:
                    fail(msgs, "%s: Russian incident at %r is not one of this set's" % (itag, place))
                else:
                    ru_seen.add((idx, place))
                    if a1 != want[0]:
                        fail(msgs, "%s: RU admin1 %r, expected %r for %r" % (itag, a1, want[0], place))
                    if coords_ok and (abs(float(lat) - want[1]) > RU_TOLERANCE
                                      or abs(float(lon) - want[2]) > RU_TOLERANCE):
                        fail(msgs, "%s: RU lat/lon %s,%s, expected %s,%s for %r"
                             % (itag, lat, lon, want[1], want[2], place))
            else:
                fail(msgs, "%s: country %r, expected UA or RU" % (itag, country))

    for idx, it in enumerate(items, 1):
        if not isinstance(it, dict) or not isinstance(it.get("incidents"), list):
            continue
        incs = [x for x in it["incidents"] if isinstance(x, dict)]
        if not incs:
            continue
        kd = sum(x.get("killed") for x in incs if is_count(x.get("killed")) and x.get("killed") is not None)
        inj = sum(x.get("injured") for x in incs if is_count(x.get("injured")) and x.get("injured") is not None)
        want = ITEM_TOLLS.get(idx)
        if want is None:
            fail(msgs, "item %d: has incidents, but this set lists none for it" % idx)
        elif (kd, inj) != want:
            fail(msgs, "item %d: tolls %d killed, %d injured; expected %d, %d" % (idx, kd, inj, want[0], want[1]))
        letters = {v: k for k, v in SUBTYPE_LETTERS.items()}
        sig = "".join(letters.get(x.get("sub_event_type"), "?") for x in incs)
        if idx in ITEM_SUBTYPES and sig != ITEM_SUBTYPES[idx]:
            fail(msgs, "item %d: sub-event types %s in order, expected %s" % (idx, sig, ITEM_SUBTYPES[idx]))
        got_rows = [(x.get("place"), letters.get(x.get("sub_event_type"), "?"),
                     (parse_date(it.get("published")) - parse_date(x.get("event_date"))).days
                     if parse_date(it.get("published")) and parse_date(x.get("event_date")) else None,
                     x.get("killed"), x.get("injured")) for x in incs]
        want_rows = ITEM_ROWS.get(idx)
        if want_rows is not None:
            if len(got_rows) != len(want_rows):
                fail(msgs, "item %d: %d incidents, expected %d" % (idx, len(got_rows), len(want_rows)))
            for k, (g, w) in enumerate(zip(got_rows, want_rows), 1):
                if tuple(g) != tuple(w):
                    fail(msgs, "item %d incident %d: (place, type, lag, killed, injured) %r, expected %r"
                         % (idx, k, tuple(g), tuple(w)))
    # New for this set: namesake locators and later-toll lines must stay in the text.
    for (idx, place), cue in sorted(NAMESAKE_CUES.items()):
        it = items[idx - 1] if idx <= len(items) else None
        text = it.get("text") if isinstance(it, dict) else None
        if not isinstance(text, str) or cue not in text:
            fail(msgs, "item %d: namesake %r has lost its locator %r" % (idx, place, cue))
    for idx, cue in sorted(LATER_TOLL_CUES.items()):
        it = items[idx - 1] if idx <= len(items) else None
        text = it.get("text") if isinstance(it, dict) else None
        if not isinstance(text, str) or cue not in text:
            fail(msgs, "item %d: the later line %r that sets its toll is missing" % (idx, cue))
    # New for this set: each text opens with its style's register, copied by an investigator.
    for idx, it in enumerate(items, 1):
        if not isinstance(it, dict) or not isinstance(it.get("text"), str):
            continue
        opener = STYLE_OPENERS.get(it.get("style"))
        if opener is not None and not it["text"].startswith(opener):
            fail(msgs, "item %d: text does not open with %r, the register of its style %r"
                 % (idx, opener, it.get("style")))
        if not INVESTIGATOR_CUE.search(it["text"].split(". ")[0]):
            fail(msgs, "item %d: first sentence does not say which investigator copied it" % idx)
    # New for this set: items with no incident say why, and Russian items say whose page it is.
    for idx, it in enumerate(items, 1):
        if not isinstance(it, dict) or not isinstance(it.get("text"), str):
            continue
        if it.get("incidents") == [] and not EMPTY_CUE.search(it["text"]):
            fail(msgs, "item %d: no incident, but the text has no 'nothing fell' line" % idx)
        incs = it.get("incidents") if isinstance(it.get("incidents"), list) else []
        if any(isinstance(x, dict) and x.get("country") == "RU" for x in incs):
            if not RU_PAGE_CUE.search(it["text"].split(". ")[0]):
                fail(msgs, "item %d: Russian incident, but the header does not say it was copied from a public page" % idx)
    # New for this set: each incident sits in the line its date rule names, and that line names
    # the place unless the place is the register's own town, named in the first sentence.
    for idx, it in enumerate(items, 1):
        if not isinstance(it, dict) or not isinstance(it.get("text"), str):
            continue
        pub = parse_date(it.get("published"))
        text = it["text"]
        first = text.split(". ")[0]
        lines_ = entry_lines(text)
        incs = it.get("incidents") if isinstance(it.get("incidents"), list) else []
        for k, inc in enumerate(incs, 1):
            if not isinstance(inc, dict):
                continue
            ed = parse_date(inc.get("event_date"))
            place = inc.get("place")
            if pub is None or ed is None or not isinstance(place, str) or not 0 <= (pub - ed).days <= 7:
                continue
            lagd, wd = (pub - ed).days, WEEKDAYS[ed.weekday()]
            if lagd == 0:
                cands, want = [l for h, l in lines_ if h == "Today"], "a 'Today, <hh:mm>:' line"
            elif lagd == 7:
                cands = [l for h, l in lines_ if ("note to last %s's" % wd.lower()) in l.lower()]
                want = "a 'note to last %s's' line" % wd
            else:
                cands = [l for h, l in lines_ if h == wd]
                want = "an entry headed '%s'" % wd
                if lagd == 1:
                    cands += [l for h, l in lines_ if h == "Note, today" and "yesterday" in l]
                    want += " or 'yesterday' in a 'Note, today:' line"
            if not cands:
                fail(msgs, "item %d incident %d: event_date %s (lag %d) needs %s" % (idx, k, ed, lagd, want))
                continue
            pat = r"(?<![\w-])" + re.escape(place) + r"(?![\w-])"
            if not any(re.search(pat, l) for l in cands) and not re.search(r" in " + re.escape(place) + r"\b", first):
                fail(msgs, "item %d incident %d: %r is named neither in its %s nor as the register's town"
                     % (idx, k, place, want[2:] if want.startswith("a ") else want[3:]))
    # New for this set: every sentence after the header is a line of the register; the weekday
    # lines run in calendar order through the six days before the copy (none repeated, none the
    # publication weekday) and any "Today" or "Note, today" line comes after them; the header
    # names the keeper of the style's register.
    for idx, it in enumerate(items, 1):
        if not isinstance(it, dict) or not isinstance(it.get("text"), str):
            continue
        text = it["text"]
        pub = parse_date(it.get("published"))
        keeper = STYLE_KEEPERS.get(it.get("style"))
        if keeper is not None and keeper not in text.split(". ")[0]:
            fail(msgs, "item %d: header does not say the register is %r" % (idx, keeper))
        sents = re.split(r"(?<=\.) (?=[A-Z])", text)[1:]
        for s in sents:
            if not HEAD.match(s):
                fail(msgs, "item %d: sentence %r is not headed by a weekday, 'Today' or 'Note, today'"
                     % (idx, s[:40]))
        if pub is None:
            continue
        heads = [h for h, _ in entry_lines(text)]
        lags = []
        seen_special = False
        for h in heads:
            if h in WEEKDAYS:
                if seen_special:
                    fail(msgs, "item %d: weekday line %r after a 'Today' or 'Note, today' line" % (idx, h))
                lag = (pub.weekday() - WEEKDAYS.index(h)) % 7
                if lag == 0:
                    fail(msgs, "item %d: a line is headed by the publication weekday %s" % (idx, h))
                lags.append(lag)
            else:
                seen_special = True
        if any(b >= a for a, b in zip(lags, lags[1:])):
            fail(msgs, "item %d: weekday lines out of calendar order or repeated: %s"
                 % (idx, [h for h in heads if h in WEEKDAYS]))
    n_empty = sum(1 for it in items if isinstance(it, dict) and it.get("incidents") == [])
    empty_ids = [n for n, it in enumerate(items, 1)
                 if isinstance(it, dict) and it.get("incidents") == []]
    if empty_ids != EMPTY_IDS:
        fail(msgs, "items with no incident are %s, expected %s" % (empty_ids, EMPTY_IDS))
    for key in sorted(set(NAMESAKE_PINS) - pins_seen):
        fail(msgs, "item %d: no incident at %r (a namesake place of this set)" % key)
    if not MIN_EMPTY <= n_empty <= MAX_EMPTY:
        fail(msgs, "%d items with no incident, expected %d-%d" % (n_empty, MIN_EMPTY, MAX_EMPTY))
    if n_inc != N_INCIDENTS:
        fail(msgs, "expected %d incidents, found %d" % (N_INCIDENTS, n_inc))
    for style, ids in sorted(style_ids.items()):
        if all(i % 2 == 0 for i in ids):
            fail(msgs, "style %r only in tune (even) ids" % style)
        elif all(i % 2 == 1 for i in ids):
            fail(msgs, "style %r only in holdout (odd) ids" % style)
    if len(style_ids) != N_STYLES:
        fail(msgs, "%d valid styles, expected %d" % (len(style_ids), N_STYLES))
    for style, ids in sorted(style_ids.items()):
        if style not in STYLE_COUNTS:
            fail(msgs, "style %r is not one of the %d styles of this set" % (style, len(STYLE_COUNTS)))
        elif len(ids) != STYLE_COUNTS[style]:
            fail(msgs, "style %r on %d items, expected %d" % (style, len(ids), STYLE_COUNTS[style]))
        best, near = max((difflib.SequenceMatcher(None, style, t).ratio(), t) for t in TAKEN_STYLES)
        if best >= MAX_STYLE_SIMILARITY:
            fail(msgs, "style %r too close to taken %r (similarity %.3f, max %.1f)"
                 % (style, near, best, MAX_STYLE_SIMILARITY))
    for style in sorted(STYLE_COUNTS):
        if style not in style_ids:
            fail(msgs, "style %r of this set is missing" % style)
        elif style_ids[style] != STYLE_IDS[style]:
            fail(msgs, "style %r on ids %s, expected %s"
                 % (style, style_ids[style], STYLE_IDS[style]))
    for key in sorted(set(RU_PINS) - ru_seen):
        fail(msgs, "item %d: no Russian incident at %r" % key)
    if lag_seen != LAG_COUNTS:
        fail(msgs, "incidents by lag in days %s, expected %s"
             % (sorted(lag_seen.items()), sorted(LAG_COUNTS.items())))
    if n_same_day != N_SAME_DAY:
        fail(msgs, "%d incidents dated on the publication day, expected %d"
             % (n_same_day, N_SAME_DAY))
    for split, (want_items, want_inc, want_empty) in sorted(HALVES.items()):
        got = halves[split]
        if got != [want_items, want_inc, want_empty]:
            fail(msgs, "%s half: %d items, %d incidents, %d with no incident; expected %d, %d, %d"
                 % (split, got[0], got[1], got[2], want_items, want_inc, want_empty))
    if n_ru != N_RU:
        fail(msgs, "%d Russian incidents, expected %d" % (n_ru, N_RU))
    if n_battles != N_BATTLES:
        fail(msgs, "%d battle incidents, expected %d" % (n_battles, N_BATTLES))
    if (n_killed, n_injured) != (TOTAL_KILLED, TOTAL_INJURED):
        fail(msgs, "totals %d killed, %d injured; expected %d, %d"
             % (n_killed, n_injured, TOTAL_KILLED, TOTAL_INJURED))
    if n_zero != N_ZERO_ZERO:
        fail(msgs, "%d incidents coded 0/0, expected %d" % (n_zero, N_ZERO_ZERO))
    if n_kill_null != N_KILLED_INJURED_NULL:
        fail(msgs, "%d incidents with killed > 0 and injured null, expected %d"
             % (n_kill_null, N_KILLED_INJURED_NULL))
    if n_kill_zero != N_KILLED_INJURED_ZERO:
        fail(msgs, "%d incidents with killed > 0 and injured 0, expected %d"
             % (n_kill_zero, N_KILLED_INJURED_ZERO))
    if n_null_null != N_NULL_NULL_NOT_BATTLE:
        fail(msgs, "%d non-battle incidents with killed and injured null, expected %d"
             % (n_null_null, N_NULL_NULL_NOT_BATTLE))
    if n_zero_null != N_ZERO_INJURED_NULL:
        fail(msgs, "%d incidents with killed 0 and injured null, expected %d"
             % (n_zero_null, N_ZERO_INJURED_NULL))
    if per_item != {k: v for k, v in PER_ITEM_COUNTS.items() if v}:
        fail(msgs, "items by incident count %s, expected %s"
             % (sorted(per_item.items()), sorted(PER_ITEM_COUNTS.items())))
    for st in sorted(set(subtypes) | set(SUBTYPE_COUNTS)):
        if subtypes.get(st, 0) != SUBTYPE_COUNTS.get(st, 0):
            fail(msgs, "%d incidents of sub-event type %r, expected %d"
                 % (subtypes.get(st, 0), st, SUBTYPE_COUNTS.get(st, 0)))
    for year in range(2022, 2027):
        if years.get(year, 0) != PER_YEAR:
            fail(msgs, "%d items published in %d, expected %d" % (years.get(year, 0), year, PER_YEAR))

    if msgs:
        for m in msgs:
            print("FAIL: " + m)
        return 1
    print("OK: %d items, %d incidents" % (len(items), n_inc))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
