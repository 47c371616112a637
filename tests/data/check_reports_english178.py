#!/usr/bin/env python3
"""Checker for tests/data/reports_english178.jsonl (standard library only).
Adapted from check_reports_english175.py.

Usage: python3 tests/data/check_reports_english178.py [file] [UA.zip]

UA.zip is taken from the argument (must exist if given), else $GEONAMES_UA_ZIP (must exist
if set), else /work/shared/data/geonames/UA.zip; if none applies the GeoNames checks are
skipped with a notice. Prints "OK: 60 items, 202 incidents" and exits 0, or prints one FAIL
line per problem and a closing "N FAIL lines" and exits 1.

It keeps every english175 check that is not tied to that set's styles (schema, key order,
ids, split parity, styles, text length, sentence ends, dates, publication weekday not
written, "<Weekday> <day> <Month>" names the right weekday, "yesterday" and "the same day"
rows, ACLED pairs, counts, GeoNames records, Russian points and date windows, Russian
places that are UA names, mention-only places, stated counts per half, per sub-event type,
per year and per style, difflib similarity to the taken tags, place != location, count
patterns, totals and avoided windows, a date in each row's own sentence, null/null only in
listed items, the empty-note wording), with this set's numbers. english175's eight style
rules are replaced by one rule per style of this set.

Sentences are split after ". ", "! " or "? " (and at the end). A row's own sentence is the
first sentence that names its place.
- newsreader notes: at least two stress respellings "(syl-LA-ble)" (lower-case syllables and
  one upper-case stressed syllable, joined by hyphens), each right after a capitalised name;
  only newsreader notes write them;
- Quaker notes: rows dated by the plain day names "First Day" (Sunday) to "Seventh Day"
  (Saturday), 1-6 days before `published`; no weekday or month names; the plain name of the
  publication day is not written; only Quaker notes write "<ordinal> Day";
- toddler notes: at least one bracketed aside "(hh:mm ...; back at hh:mm)" whose second time
  is later than the first; only toddler notes write clock times "hh:mm";
- postscript notes: one sentence opening "PS:" and at most one opening "PPS:" after it, both
  after every other sentence; every row's own sentence comes before the "PS:"; only
  postscript notes open a sentence with "PS:" or "PPS:";
- capitals notes: at least two flip words in capitals (NOT, NO, NOBODY, ONE, TWO, ...) and no
  lower-case negative or number word right before killed/wounded/hurt/casualties; only
  capitals notes write the flip words in capitals;
- chained notes: the first row's own sentence writes its "<day> <Month>"; each later row's own
  sentence writes its "<day> <Month>" or a relative phrase ("The same day", "The next day",
  "The day after", "Two days later", "Three days later") that matches the gap to the row
  before it; every sentence with a relative phrase is a row's own sentence; only chained
  notes write the relative phrases;
- undersigned notes: at least one "undersigned" and no "I", "me", "my"; only undersigned
  notes write "undersigned";
- good-news notes: the first sentence opens "Good news first"; at most one sentence opens
  "Now the rest"; every row whose own sentence comes before it (all rows if there is none)
  has no killed and no injured; only good-news notes write either phrase;
- newsreader, postscript, chained and undersigned notes write no weekday and date rows
  "<day> <Month>"; toddler, capitals and good-news notes write no "<day> <Month>" and date
  each row to a weekday named in its own sentence, 1-6 days before `published`; no note
  writes "<day> <Month> <year>".
"""
import difflib
import datetime as dt
import io
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, 'reports_english178.jsonl')
DEFAULT_ZIP = '/work/shared/data/geonames/UA.zip'
N_ITEMS = 60
N_INCIDENTS = 202
N_STYLES = 8
ID_PREFIX = 'en178-'
MIN_WORDS, MAX_WORDS = 40, 120
MIN_SENTS, MAX_SENTS = 3, 8
PUB_MIN, PUB_MAX = dt.date(2022, 3, 1), dt.date(2026, 11, 30)
MAX_LAG_DAYS = 10
MIN_EMPTY, MAX_EMPTY = 6, 6
WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
PLAIN_DAYS = ['Second Day', 'Third Day', 'Fourth Day', 'Fifth Day', 'Sixth Day', 'Seventh Day', 'First Day']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']

ITEM_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
INC_KEYS = ['place', 'location', 'admin1', 'country', 'lat', 'lon', 'geonameid',
            'event_date', 'event_type', 'sub_event_type', 'killed', 'injured']

ACLED = {
    'Battles': {'Armed clash', 'Government regains territory',
                'Non-state actor overtakes territory'},
    'Explosions/Remote violence': {'Chemical weapon', 'Air/drone strike', 'Suicide bomb',
                                   'Shelling/artillery/missile attack',
                                   'Remote explosive/landmine/IED', 'Grenade'},
    'Violence against civilians': {'Sexual violence', 'Attack',
                                   'Abduction/forced disappearance'},
    'Protests': {'Peaceful protest', 'Protest with intervention',
                 'Excessive force against protesters'},
    'Riots': {'Violent demonstration', 'Mob violence'},
    'Strategic developments': {'Agreement', 'Arrests', 'Change to group/activity',
                               'Disrupted weapons use', 'Headquarters or base established',
                               'Looting/property destruction',
                               'Non-violent transfer of territory', 'Other'},
}

# GeoNames admin1 codes for UA (admin1CodesASCII.txt), with "Kharkiv" for code 07.
ADMIN1 = {
    '01': 'Cherkasy', '02': 'Chernihiv', '03': 'Chernivtsi', '04': 'Dnipropetrovsk',
    '05': 'Donetsk', '06': 'Ivano-Frankivsk', '07': 'Kharkiv', '08': 'Kherson',
    '09': 'Khmelnytskyi', '10': 'Kirovohrad', '11': 'Crimea', '12': 'Kyiv City',
    '13': 'Kiev', '14': 'Luhansk', '15': 'Lviv', '16': 'Mykolaiv', '17': 'Odessa',
    '18': 'Poltava', '19': 'Rivne', '20': 'Sevastopol City', '21': 'Sumy',
    '22': 'Ternopil', '23': 'Vinnytsia', '24': 'Volyn', '25': 'Zakarpattia',
    '26': 'Zaporizhzhia', '27': 'Zhytomyr',
}
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}
RU_LAT, RU_LON = (49.5, 54.5), (30.5, 40.5)

# The eight styles of this set (all new), each with the ids that carry it (README "Styles").
NEWS_STYLE = 'ex_newsreader_stress_respelling_foolscap'
QUAKER_STYLE = 'quaker_plain_numbered_days_foolscap'
TODDLER_STYLE = 'toddler_at_home_interrupted_foolscap'
PS_STYLE = 'letter_writers_ps_and_pps_foolscap'
CAPS_STYLE = 'capitalised_flip_words_foolscap'
CHAIN_STYLE = 'anchor_then_next_day_chained_foolscap'
UNDERSIGNED_STYLE = 'the_undersigned_third_person_foolscap'
GOODNEWS_STYLE = 'good_news_first_then_the_rest_foolscap'
STYLE_IDS = {
    NEWS_STYLE: [11, 17, 24, 29, 37, 41, 50, 56],
    QUAKER_STYLE: [5, 16, 21, 28, 35, 43, 54],
    TODDLER_STYLE: [3, 9, 22, 30, 33, 42, 53],
    PS_STYLE: [4, 7, 14, 26, 39, 45, 58],
    CAPS_STYLE: [2, 12, 23, 31, 40, 48, 51, 57],
    CHAIN_STYLE: [6, 10, 19, 25, 36, 47, 49],
    UNDERSIGNED_STYLE: [8, 13, 20, 27, 34, 46, 55, 60],
    GOODNEWS_STYLE: [1, 15, 18, 32, 38, 44, 52, 59],
}
EXPECTED_STYLES = set(STYLE_IDS)
MAX_STYLE_SIMILARITY = 0.6
DAY_MONTH_STYLES = {NEWS_STYLE, PS_STYLE, CHAIN_STYLE, UNDERSIGNED_STYLE}
WEEKDAY_STYLES = {TODDLER_STYLE, CAPS_STYLE, GOODNEWS_STYLE}
# Date and wording patterns (README "Styles").
DAY_MONTH_RE = re.compile(r'\b(\d{1,2}) (' + '|'.join(MONTHS) + r')\b(?! \d{4})')
DAY_MONTH_YEAR_RE = re.compile(r'\b(\d{1,2}) (' + '|'.join(MONTHS) + r') (\d{4})\b')
WEEKDAY_RE = re.compile(r'\b(' + '|'.join(WEEKDAYS) + r')\b')
MONTH_RE = re.compile(r'\b(' + '|'.join(MONTHS) + r')\b')
RESPELL_RE = re.compile(r'\(((?:[a-z]+-)*[A-Z]{2,}(?:-[a-z]+)*)\)')
PLAIN_RE = re.compile(r'\b(First|Second|Third|Fourth|Fifth|Sixth|Seventh) Day\b')
CLOCK_RE = re.compile(r'\b\d{2}:\d{2}\b')
ASIDE_RE = re.compile(r'\((\d{2}):(\d{2}) [^()]*?\bback at (\d{2}):(\d{2})\.?\)')
FLIP_WORDS = ['NOT', 'NO', 'NONE', 'NOBODY', 'NOTHING', 'NEITHER', 'NOR', 'ONE', 'TWO', 'THREE',
              'FOUR', 'FIVE', 'BOTH', 'ONLY']
FLIP_RE = re.compile(r'\b(?:' + '|'.join(FLIP_WORDS) + r')\b')
LOWER_TOLL_RE = re.compile(r'\b(?:no|nobody|none|one|two|three|four|five)(?: else)? (?:killed|wounded|hurt|casualties)\b')
REL_PHRASES = {'the same day': 0, 'the next day': 1, 'the day after': 1, 'two days later': 2,
               'three days later': 3}
REL_RE = re.compile(r'\b(' + '|'.join(REL_PHRASES) + r')\b', re.I)
FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|I'm|I've|I'd)\b")
GOOD_RE = re.compile(r'\bGood news first\b')
REST_RE = re.compile(r'\bNow the rest\b')
EMPTY_RE = re.compile(r'\b(?:no rows|nothing for the sheet|nothing to code|nothing coded|records no event)\b', re.I)
# Non-battle rows left null/null because the note gives no word on casualties.
NULL_NULL_IDS = {43, 55}
# Places that a note names only as an oblast, a raion, a city district, an official's title,
# a river, a namesake it is told apart from, a claim, a report without a day or figure, or a
# background mention (accident, debris, another coder's event): never coded there.
MENTION_ONLY = {
    2: {'Luhansk', 'Sievierodonetsk'},
    3: {'Kreminna', 'Luhansk'},
    4: {'Velyka Pysarivka'},
    5: {'Bakhmut', 'Luhansk'},
    6: {'Kyivskyi', 'Sievierodonetsk'},
    7: {'Toretsk'},
    8: {'Kherson'},
    9: {'Izium'},
    10: {'Bilozerka'},
    11: {'Dniprovskyi'},
    12: {'Belgorod', 'Soledar'},
    13: {'Dniprovskyi', 'Lviv'},
    14: {'Bakhmut', 'Soledar'},
    15: {'Dnipropetrovsk', 'Poltava', 'Vuhledar'},
    16: {'Synelnykove'},
    17: {'Bryansk', 'Dniprovskyi'},
    19: {'Bakhmut', 'Belgorod', 'Dniprovskyi', 'Nikopol'},
    20: {'Kropyvnytskyi', 'Kupiansk', 'Rivne', 'Robotyne'},
    21: {'Bakhmut'},
    22: {'Dniprovskyi', 'Kupiansk'},
    24: {'Marinka'},
    25: {'Belgorod', 'Dniprovskyi', 'Pokrovsk'},
    26: {'Belgorod'},
    27: {'Belgorod'},
    28: {'Dniprovskyi'},
    30: {'Chernivtsi', 'Kharkiv', 'Ocheretyne', 'Vinnytsia'},
    31: {'Belgorod', 'Dniprovskyi', 'Kharkiv'},
    32: {'Kyivskyi'},
    33: {'Kursk', 'Sumy'},
    34: {'Kursk', 'Novohrodivka'},
    35: {'Kurakhove', 'Lviv', 'Poltava'},
    37: {'Izium'},
    38: {'Dniprovskyi', 'Kyivskyi'},
    39: {'Sudzha'},
    40: {'Kostiantynivka', 'Kursk'},
    41: {'Dniprovskyi', 'Kharkiv', 'Lviv'},
    42: {'Dnipro', 'Kursk'},
    43: {'Kostiantynivka', 'Pokrovsk'},
    44: {'Dniprovskyi'},
    45: {'Kupiansk'},
    46: {'Belgorod', 'Dnipro', 'Pokrovsk', 'Stepnohirsk', 'Vasylivka'},
    47: {'Kupiansk'},
    48: {'Dniprovskyi', 'Kupiansk'},
    50: {'Vinnytsia', 'Zaporizhzhia', 'Zhytomyr'},
    51: {'Dnipropetrovsk', 'Kremenchuk', 'Lutsk'},
    54: {'Kyivskyi'},
    55: {'Dniprovskyi', 'Kharkiv'},
    56: {'Belgorod'},
    57: {'Chuhuiv', 'Kherson'},
    58: {'Cherkasy', 'Kharkiv', 'Rivne'},
    59: {'Dniprovskyi'},
    60: {'Kherson', 'Sumy'},
}

# Counts stated in the README section.
HALF_COUNTS = {  # items, incidents, UA incidents, RU incidents, items by number of incidents
    'holdout': (30, 104, 94, 10, {0: 3, 1: 1, 2: 2, 3: 4, 4: 13, 5: 7}),
    'tune': (30, 98, 92, 6, {0: 3, 1: 3, 2: 4, 3: 2, 4: 9, 5: 9}),
}
HALF_SUBTYPES = {
    'holdout': {'Air/drone strike': 41, 'Armed clash': 18, 'Government regains territory': 1, 'Remote explosive/landmine/IED': 2, 'Shelling/artillery/missile attack': 42},
    'tune': {'Air/drone strike': 33, 'Armed clash': 20, 'Government regains territory': 1, 'Shelling/artillery/missile attack': 44},
}
SUBTYPE_COUNTS = {'Air/drone strike': 74, 'Armed clash': 38, 'Government regains territory': 2, 'Remote explosive/landmine/IED': 2, 'Shelling/artillery/missile attack': 86}
PER_YEAR = {2022: 12, 2023: 12, 2024: 12, 2025: 12, 2026: 12}

# Russian points of this set (no geonameid): admin1, lat, lon (the seven english175 points).
RU_POINTS = {
    'Shebekino': ('Belgorod Oblast', 50.4, 36.9),
    'Belgorod': ('Belgorod Oblast', 50.5954, 36.5873),
    'Graivoron': ('Belgorod Oblast', 50.4786, 35.6774),
    'Kursk': ('Kursk Oblast', 51.737, 36.187),
    'Sudzha': ('Kursk Oblast', 51.1917, 35.2708),
    'Rylsk': ('Kursk Oblast', 51.5681, 34.6797),
    'Bryansk': ('Bryansk Oblast', 53.2434, 34.3634),
}
# Border-oblast windows the set avoids (README "Russian territory"): (oblast, first day, last day).
RU_AVOID = [
    ('Bryansk Oblast', dt.date(2023, 3, 1), dt.date(2023, 3, 31)),
    ('Belgorod Oblast', dt.date(2023, 5, 1), dt.date(2023, 6, 30)),
    ('Belgorod Oblast', dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
    ('Belgorod Oblast', dt.date(2025, 3, 1), dt.date(2025, 3, 31)),
    ('Kursk Oblast', dt.date(2024, 8, 1), dt.date(2025, 4, 30)),
]
# Place-level windows around well-known mass-casualty strikes the writer avoided
# (README "Dates and places near real events"): geonameid or RU place, first day, last day.
PLACE_AVOID = [
    ('Belgorod', dt.date(2023, 12, 29), dt.date(2024, 1, 2)),
    ('Belgorod', dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
    (704508, dt.date(2022, 4, 7), dt.date(2022, 4, 9)),      # Kramatorsk station
    (704508, dt.date(2023, 6, 26), dt.date(2023, 6, 28)),    # Kramatorsk restaurant
    (710915, dt.date(2022, 7, 8), dt.date(2022, 7, 10)),     # Chasiv Yar block
    (705104, dt.date(2023, 9, 5), dt.date(2023, 9, 7)),      # Kostiantynivka market
    (687700, dt.date(2022, 9, 29), dt.date(2022, 10, 1)),    # Zaporizhzhia convoy
    (687700, dt.date(2022, 10, 5), dt.date(2022, 10, 10)),   # Zaporizhzhia blocks
    (687700, dt.date(2025, 1, 7), dt.date(2025, 1, 9)),      # Zaporizhzhia glide bombs
    (709930, dt.date(2023, 1, 13), dt.date(2023, 1, 15)),    # Dnipro block
    (709930, dt.date(2025, 6, 23), dt.date(2025, 6, 25)),    # Dnipro daytime missile strike
    (706483, dt.date(2022, 8, 17), dt.date(2022, 8, 18)),    # Kharkiv dormitory
    (706483, dt.date(2024, 5, 22), dt.date(2024, 5, 26)),    # Kharkiv printing house, hypermarket
    (706483, dt.date(2025, 8, 17), dt.date(2025, 8, 18)),    # Kharkiv block, drones
    (710798, dt.date(2024, 5, 18), dt.date(2024, 5, 20)),    # Cherkaska Lozova recreation site
    (692194, dt.date(2024, 11, 16), dt.date(2024, 11, 19)),  # Sumy block
    (692194, dt.date(2025, 4, 12), dt.date(2025, 4, 14)),    # Sumy Palm Sunday
    (706448, dt.date(2022, 12, 23), dt.date(2022, 12, 25)),  # Kherson market
    (706448, dt.date(2023, 5, 2), dt.date(2023, 5, 4)),      # Kherson supermarket
    (701855, dt.date(2022, 8, 9), dt.date(2022, 8, 11)),     # Marhanets
    (693468, dt.date(2023, 4, 13), dt.date(2023, 4, 15)),    # Sloviansk block
    (704147, dt.date(2022, 6, 26), dt.date(2022, 6, 28)),    # Kremenchuk shopping centre
    (704422, dt.date(2023, 8, 6), dt.date(2023, 8, 8)),      # Pokrovsk double strike
    (709900, dt.date(2025, 3, 6), dt.date(2025, 3, 8)),      # Dobropillia
    (688417, dt.date(2025, 9, 8), dt.date(2025, 9, 10)),     # Yarova pension queue
    (693942, dt.date(2025, 10, 3), dt.date(2025, 10, 5)),    # Shostka station
    (710735, dt.date(2023, 8, 18), dt.date(2023, 8, 20)),    # Chernihiv theatre square
    (710735, dt.date(2024, 4, 16), dt.date(2024, 4, 18)),    # Chernihiv centre
    (703845, dt.date(2023, 6, 12), dt.date(2023, 6, 14)),    # Kryvyi Rih block
    (703845, dt.date(2025, 4, 3), dt.date(2025, 4, 5)),      # Kryvyi Rih playground
    (698740, dt.date(2024, 3, 1), dt.date(2024, 3, 3)),      # Odesa block
    (698740, dt.date(2024, 3, 14), dt.date(2024, 3, 16)),    # Odesa double strike
    (689558, dt.date(2022, 7, 13), dt.date(2022, 7, 15)),    # Vinnytsia centre
    (690688, dt.date(2023, 4, 27), dt.date(2023, 4, 29)),    # Uman block
    (812476, dt.date(2023, 10, 4), dt.date(2023, 10, 6)),    # Hroza cafe
    (710932, dt.date(2022, 8, 23), dt.date(2022, 8, 25)),    # Chaplyne station
    (697576, dt.date(2023, 7, 1), dt.date(2023, 7, 3)),      # Pervomaiskyi (Zlatopil)
    (691650, dt.date(2025, 11, 18), dt.date(2025, 11, 20)),  # Ternopil blocks
    (696643, dt.date(2024, 9, 2), dt.date(2024, 9, 4)),      # Poltava institute
    (712588, dt.date(2022, 5, 7), dt.date(2022, 5, 8)),      # Bilohorivka school
    (694467, dt.date(2022, 6, 30), dt.date(2022, 7, 2)),     # Serhiivka
    (703448, dt.date(2024, 7, 7), dt.date(2024, 7, 9)),      # Kyiv children's hospital
    (703448, dt.date(2025, 4, 23), dt.date(2025, 4, 25)),    # Kyiv night strike
    (703448, dt.date(2025, 6, 16), dt.date(2025, 6, 18)),    # Kyiv block
    (703448, dt.date(2025, 7, 30), dt.date(2025, 8, 1)),     # Kyiv block
    (703448, dt.date(2025, 8, 27), dt.date(2025, 8, 29)),    # Kyiv blocks
    # added for english142
    (700569, dt.date(2022, 3, 17), dt.date(2022, 3, 19)),    # Mykolaiv barracks
    (700569, dt.date(2022, 3, 28), dt.date(2022, 3, 30)),    # Mykolaiv administration building
    (706483, dt.date(2022, 2, 28), dt.date(2022, 3, 2)),     # Kharkiv Freedom Square
    (706483, dt.date(2024, 2, 9), dt.date(2024, 2, 11)),     # Kharkiv fuel depot fire, family killed
    (706483, dt.date(2025, 10, 21), dt.date(2025, 10, 23)),  # Kharkiv kindergarten
    (710735, dt.date(2022, 3, 15), dt.date(2022, 3, 17)),    # Chernihiv bread queue
    (698740, dt.date(2024, 4, 28), dt.date(2024, 4, 30)),    # Odesa seafront strike
    (696643, dt.date(2025, 1, 31), dt.date(2025, 2, 2)),     # Poltava block
    (689584, dt.date(2024, 6, 28), dt.date(2024, 6, 30)),    # Vilniansk
    # added for english145
    (706483, dt.date(2023, 12, 29), dt.date(2024, 1, 2)),    # Kharkiv centre and hotel strikes
    (706483, dt.date(2024, 1, 23), dt.date(2024, 1, 24)),    # Kharkiv blocks, missiles
    (706483, dt.date(2024, 8, 30), dt.date(2024, 8, 31)),    # Kharkiv block, guided bomb
    (706483, dt.date(2025, 6, 6), dt.date(2025, 6, 8)),      # Kharkiv night strikes
    (706448, dt.date(2022, 11, 24), dt.date(2022, 11, 25)),  # Kherson centre shelling
    (712559, dt.date(2025, 5, 16), dt.date(2025, 5, 18)),    # bus on the Bilopillia road
    (704508, dt.date(2023, 2, 1), dt.date(2023, 2, 2)),      # Kramatorsk block
    (687700, dt.date(2023, 3, 1), dt.date(2023, 3, 3)),      # Zaporizhzhia block
    (692194, dt.date(2024, 3, 12), dt.date(2024, 3, 14)),    # Sumy block
    (698740, dt.date(2023, 7, 22), dt.date(2023, 7, 24)),    # Odesa cathedral and centre
    (709930, dt.date(2024, 4, 18), dt.date(2024, 4, 20)),    # Dnipro station area
    (698740, dt.date(2024, 11, 17), dt.date(2024, 11, 19)),  # Odesa centre
    # added for english148
    (702550, dt.date(2024, 9, 3), dt.date(2024, 9, 5)),      # Lviv centre
    (701822, dt.date(2022, 3, 15), dt.date(2022, 3, 17)),    # Mariupol theatre
    (687700, dt.date(2024, 12, 5), dt.date(2024, 12, 7)),    # Zaporizhzhia car repair shop
    (706483, dt.date(2024, 5, 31), dt.date(2024, 6, 1)),     # Kharkiv block
    (707292, dt.date(2023, 1, 31), dt.date(2023, 2, 2)),     # Izium centre
    # added for english151
    (698740, dt.date(2022, 4, 22), dt.date(2022, 4, 24)),    # Odesa block, Easter eve
    (710071, dt.date(2022, 5, 16), dt.date(2022, 5, 18)),    # Desna training centre
    (701347, dt.date(2022, 3, 16), dt.date(2022, 3, 18)),    # Merefa school and culture house
    (712160, dt.date(2022, 6, 30), dt.date(2022, 7, 2)),     # Bilhorod-Dnistrovskyi district, Serhiivka
    (709930, dt.date(2025, 4, 17), dt.date(2025, 4, 19)),    # Dnipro centre, missiles
    (706483, dt.date(2025, 4, 2), dt.date(2025, 4, 4)),      # Kharkiv night drones
    (692194, dt.date(2025, 5, 1), dt.date(2025, 5, 3)),      # Sumy, drones
    # added for english154
    (687700, dt.date(2023, 8, 9), dt.date(2023, 8, 11)),     # Zaporizhzhia hotel and centre
    (687700, dt.date(2024, 3, 21), dt.date(2024, 3, 23)),    # Zaporizhzhia, Dnipro dam strike
    (812802, dt.date(2022, 9, 10), dt.date(2022, 9, 12)),    # Podvirky heat plant blackout strike
    (812802, dt.date(2024, 3, 21), dt.date(2024, 3, 23)),    # Podvirky heat plant
    (705183, dt.date(2024, 3, 21), dt.date(2024, 3, 23)),    # Slobozhanske (Zmiiv) power plant
    (705183, dt.date(2024, 4, 10), dt.date(2024, 4, 12)),    # Slobozhanske (Zmiiv) power plant
    (690773, dt.date(2024, 4, 10), dt.date(2024, 4, 12)),    # Ukrainka (Trypillia) power plant
    # added for english157
    ('Belgorod', dt.date(2023, 4, 20), dt.date(2023, 4, 21)),  # Belgorod, bomb dropped by a Russian aircraft
    (706483, dt.date(2024, 1, 16), dt.date(2024, 1, 17)),    # Kharkiv centre, evening missiles
    # added for english160
    (687700, dt.date(2023, 3, 21), dt.date(2023, 3, 23)),    # Zaporizhzhia block, missiles
    (709930, dt.date(2023, 4, 27), dt.date(2023, 4, 29)),    # Dnipro house, missile
    (697889, dt.date(2023, 4, 30), dt.date(2023, 5, 2)),     # Pavlohrad, missiles
    (703845, dt.date(2023, 7, 30), dt.date(2023, 8, 1)),     # Kryvyi Rih blocks
    (707292, dt.date(2025, 2, 3), dt.date(2025, 2, 5)),      # Izium centre, missile
    (700569, dt.date(2022, 7, 30), dt.date(2022, 8, 1)),     # Mykolaiv, night strike on homes
    ('Belgorod', dt.date(2022, 7, 2), dt.date(2022, 7, 4)),  # Belgorod, houses hit
    # added for english163
    (692194, dt.date(2022, 3, 7), dt.date(2022, 3, 8)),      # Sumy, night air strike on houses
    (706483, dt.date(2022, 5, 26), dt.date(2022, 5, 27)),    # Kharkiv, shelling of the districts
    (709354, dt.date(2022, 8, 3), dt.date(2022, 8, 5)),      # Toretsk, bus stop
    (706483, dt.date(2023, 10, 5), dt.date(2023, 10, 6)),    # Kharkiv, missile on a house
    (706483, dt.date(2024, 1, 10), dt.date(2024, 1, 11)),    # Kharkiv, hotel
    (704422, dt.date(2024, 1, 6), dt.date(2024, 1, 7)),      # Pokrovsk and Rivne, missiles
    (698740, dt.date(2024, 10, 9), dt.date(2024, 10, 10)),   # Odesa port, ship hit
    # added for english166
    (706483, dt.date(2024, 4, 4), dt.date(2024, 4, 6)),      # Kharkiv, night drones on blocks
    (687700, dt.date(2024, 4, 5), dt.date(2024, 4, 6)),      # Zaporizhzhia, missiles on the city
    (702550, dt.date(2023, 7, 5), dt.date(2023, 7, 7)),      # Lviv, missile on a block
    (700569, dt.date(2022, 11, 10), dt.date(2022, 11, 12)),  # Mykolaiv, missile on a block
    (706483, dt.date(2025, 6, 10), dt.date(2025, 6, 12)),    # Kharkiv, night drones
    (709930, dt.date(2024, 7, 7), dt.date(2024, 7, 9)),      # Dnipro, missiles of 8 July
    (703845, dt.date(2024, 7, 7), dt.date(2024, 7, 9)),      # Kryvyi Rih, missiles of 8 July
    (704422, dt.date(2024, 7, 7), dt.date(2024, 7, 9)),      # Pokrovsk, missiles of 8 July
    (703845, dt.date(2022, 9, 14), dt.date(2022, 9, 16)),    # Kryvyi Rih, dam strike
    # added for english169
    (700569, dt.date(2022, 6, 28), dt.date(2022, 6, 30)),    # Mykolaiv, missile on a block
    (703448, dt.date(2022, 10, 9), dt.date(2022, 10, 11)),   # Kyiv, missiles of 10 October
    (703448, dt.date(2022, 10, 16), dt.date(2022, 10, 18)),  # Kyiv, drones on a block
    (703845, dt.date(2022, 12, 15), dt.date(2022, 12, 17)),  # Kryvyi Rih, missile on a block
    (706448, dt.date(2023, 2, 20), dt.date(2023, 2, 22)),    # Kherson, shelling of the centre
    (687700, dt.date(2024, 11, 6), dt.date(2024, 11, 8)),    # Zaporizhzhia, guided bombs
    (698740, dt.date(2025, 3, 10), dt.date(2025, 3, 12)),    # Odesa port, ship hit
    (703448, dt.date(2025, 7, 3), dt.date(2025, 7, 5)),      # Kyiv, night attack
    (703448, dt.date(2025, 11, 13), dt.date(2025, 11, 15)),  # Kyiv, night attack on blocks
    (693468, dt.date(2022, 7, 4), dt.date(2022, 7, 6)),      # Sloviansk, market area
    # added for english172
    (710735, dt.date(2022, 3, 2), dt.date(2022, 3, 4)),      # Chernihiv, air strike on blocks of 3 March
    (702550, dt.date(2022, 4, 17), dt.date(2022, 4, 19)),    # Lviv, missiles of 18 April
    (703656, dt.date(2023, 4, 23), dt.date(2023, 4, 25)),    # Kupiansk, missile on the museum
    (709930, dt.date(2023, 5, 25), dt.date(2023, 5, 27)),    # Dnipro, clinic
    (704508, dt.date(2024, 8, 23), dt.date(2024, 8, 25)),    # Kramatorsk, hotel
    # added for english175
    (698740, dt.date(2023, 7, 18), dt.date(2023, 7, 20)),    # Odesa, port and centre after the grain deal ended
    (692194, dt.date(2023, 7, 2), dt.date(2023, 7, 4)),      # Sumy, building in the centre
    (707308, dt.date(2023, 8, 1), dt.date(2023, 8, 3)),      # Izmail, port
    # added for english178
    (698740, dt.date(2022, 5, 9), dt.date(2022, 5, 10)),     # Odesa, missiles on a shopping centre
    (709930, dt.date(2022, 7, 15), dt.date(2022, 7, 15)),    # Dnipro, missiles on the city
    (703448, dt.date(2022, 6, 26), dt.date(2022, 6, 26)),    # Kyiv, missile on a block
    (703448, dt.date(2022, 12, 31), dt.date(2023, 1, 1)),    # Kyiv, new year's eve strikes
    (706483, dt.date(2023, 10, 21), dt.date(2023, 10, 22)),  # Kharkiv, postal terminal outside the city
]

# Counts stated in the README section (non-battle rows by their killed/injured pattern,
# stated totals, and UA rows whose `place` is a spelling other than the record's `location`).
N_PLACE_NE_LOCATION = 50
COUNT_PATTERNS = {'0/0': 50, 'killed, injured null': 11, 'killed, injured 0': 2, 'killed 0, injured null': 0, 'killed 0, injured > 0': 70, 'killed > 0, injured > 0': 27, 'null/null': 2}
TOTAL_KILLED, TOTAL_INJURED = 44, 183
# Russian points whose name is also a name in UA.txt (none in this set).
RU_NAMES_IN_UA = set()

STYLE_RE = re.compile(r'^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$')

# The 1934 style tags used by earlier sets (taken_styles.txt); this set's styles must be new.
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

fails = []
RU_FOUND = set()


def fail(msg):
    fails.append('FAIL: ' + msg)


def is_count(v):
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def max5(v):
    return round(float(v), 5) == float(v)


def parse_date(s):
    if not isinstance(s, str) or not re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        return None


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def resolve_zip(argv):
    if len(argv) > 2:
        if not os.path.isfile(argv[2]):
            fail(f'UA.zip given as argument not found: {argv[2]}')
            return None
        return argv[2]
    env = os.environ.get('GEONAMES_UA_ZIP')
    if env is not None:
        if not os.path.isfile(env):
            fail(f'$GEONAMES_UA_ZIP not found: {env}')
            return None
        return env
    if os.path.isfile(DEFAULT_ZIP):
        return DEFAULT_ZIP
    print(f'NOTICE: no UA.zip found ({DEFAULT_ZIP}); GeoNames checks skipped')
    return None


def load_geonames(path, wanted, ru_names=()):
    """Records of the wanted geonameids; also notes which RU place names are P names in UA.txt."""
    recs = {}
    RU_FOUND.clear()
    ru_names = set(ru_names)
    with zipfile.ZipFile(path) as z:
        name = next((n for n in z.namelist() if n.endswith('UA.txt')), None)
        if name is None:
            fail(f'no UA.txt inside {path}')
            return None
        with z.open(name) as fh:
            for line in io.TextIOWrapper(fh, encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                if len(p) < 11 or not p[0].isdigit():
                    continue
                gid = int(p[0])
                if ru_names and p[6] == 'P':
                    for n in {p[1], p[2], *p[3].split(',')} & ru_names:
                        RU_FOUND.add(n)
                if gid not in wanted:
                    continue
                recs[gid] = {'name': p[1], 'names': {p[1], p[2], *[a for a in p[3].split(',') if a]},
                             'lat': float(p[4]), 'lon': float(p[5]), 'fclass': p[6], 'a1': p[10]}
    return recs


def resolve(day, month_index, pub):
    """The latest <day>/<month> (month 1-12) on or before `published` (this year or the year before)."""
    for year in (pub.year, pub.year - 1):
        try:
            c = dt.date(year, month_index, int(day))
        except ValueError:
            continue
        if c <= pub:
            return c
    return None


def split_sentences(text):
    """Sentences of a text: after '. ', '! ', '? ' (and the final one)."""
    return [p for p in re.split(r'(?<=[.!?])\s+', text.strip()) if p]


def names(sentence, place):
    return bool(place) and re.search(r'\b' + re.escape(place) + r'\b', sentence) is not None



def own_sentence(sents, place, lo=0, hi=None):
    """Index of the row's own sentence: the first sentence in sents[lo:hi] that names the place."""
    hi = len(sents) if hi is None else hi
    for i in range(lo, hi):
        if names(sents[i], place):
            return i
    return None


def check_style_rules(items):
    """Per-style wording rules (module docstring) and each row's date in its own sentence."""
    for idx, o in enumerate(items, 1):
        text = o.get('text') if isinstance(o.get('text'), str) else ''
        rows = [x for x in (o.get('incidents') or []) if isinstance(x, dict)]
        iid = o.get('id')
        style = o.get('style')
        pub = parse_date(o.get('published'))
        sents = split_sentences(text)
        has_weekday = WEEKDAY_RE.search(text)
        # only the notes of a style write its own marks
        if style != NEWS_STYLE and RESPELL_RE.search(text) and '-' in RESPELL_RE.search(text).group(1):
            fail(f'{iid}: only newsreader notes write stress respellings ("{RESPELL_RE.search(text).group(0)}")')
        if style != QUAKER_STYLE and PLAIN_RE.search(text):
            fail(f'{iid}: only Quaker notes write plain day names ("{PLAIN_RE.search(text).group(0)}")')
        if style != TODDLER_STYLE and CLOCK_RE.search(text):
            fail(f'{iid}: only toddler notes write clock times ("{CLOCK_RE.search(text).group(0)}")')
        if style != PS_STYLE and any(z.startswith(('PS:', 'PPS:')) for z in sents):
            fail(f'{iid}: only postscript notes open a sentence with "PS:" or "PPS:"')
        if style != CAPS_STYLE and FLIP_RE.search(text):
            fail(f'{iid}: only capitals notes write flip words in capitals ("{FLIP_RE.search(text).group(0)}")')
        if style != CHAIN_STYLE and REL_RE.search(text):
            fail(f'{iid}: only chained notes write relative day phrases ("{REL_RE.search(text).group(0)}")')
        if style != UNDERSIGNED_STYLE and re.search(r'\bundersigned\b', text, re.I):
            fail(f'{iid}: only undersigned notes write "undersigned"')
        if style != GOODNEWS_STYLE and (GOOD_RE.search(text) or REST_RE.search(text)):
            fail(f'{iid}: only good-news notes write "Good news first" or "Now the rest"')
        if DAY_MONTH_YEAR_RE.search(text):
            fail(f'{iid}: writes a date with a year ("{DAY_MONTH_YEAR_RE.search(text).group(0)}")')
        if style in DAY_MONTH_STYLES and has_weekday:
            fail(f'{iid}: day-month note writes a weekday name ({has_weekday.group(1)})')
        if style in WEEKDAY_STYLES and DAY_MONTH_RE.search(text):
            fail(f'{iid}: weekday note writes a calendar date ("{DAY_MONTH_RE.search(text).group(0)}")')
        # per-style rules for the whole note
        if style == NEWS_STYLE:
            good = 0
            for m in RESPELL_RE.finditer(text):
                if '-' not in m.group(1):
                    continue
                before = text[:m.start()]
                if not re.search(r"\b[A-Z][A-Za-z'\-]+ $", before):
                    fail(f'{iid}: respelling "{m.group(0)}" does not follow a capitalised name')
                else:
                    good += 1
            if good < 2:
                fail(f'{iid}: newsreader note writes {good} stress respellings, expected at least two')
        if style == QUAKER_STYLE:
            if has_weekday:
                fail(f'{iid}: Quaker note writes a weekday name ({has_weekday.group(1)})')
            if MONTH_RE.search(text):
                fail(f'{iid}: Quaker note writes a month name ({MONTH_RE.search(text).group(1)})')
            if not PLAIN_RE.search(text):
                fail(f'{iid}: Quaker note writes no plain day name')
            if pub is not None and re.search(r'\b' + PLAIN_DAYS[pub.weekday()] + r'\b', text):
                fail(f'{iid}: Quaker note writes the plain name of its publication day ({PLAIN_DAYS[pub.weekday()]})')
        if style == TODDLER_STYLE:
            asides = list(ASIDE_RE.finditer(text))
            if not asides:
                fail(f'{iid}: toddler note writes no "(hh:mm ...; back at hh:mm)" aside')
            for m in asides:
                a = int(m.group(1)) * 60 + int(m.group(2))
                b = int(m.group(3)) * 60 + int(m.group(4))
                if not a < b:
                    fail(f'{iid}: aside "{m.group(0)}" comes back before it left')
                for x in rows:
                    if names(m.group(0), x.get('place') or ''):
                        fail(f'{iid}: aside "{m.group(0)}" names the row place {x.get("place")!r}')
        if style == PS_STYLE:
            ps = [i for i, z in enumerate(sents) if z.startswith('PS:')]
            pps = [i for i, z in enumerate(sents) if z.startswith('PPS:')]
            if len(ps) != 1 or len(pps) > 1:
                fail(f'{iid}: postscript note has {len(ps)} "PS:" and {len(pps)} "PPS:" sentences, expected 1 and 0-1')
            else:
                if pps and pps[0] < ps[0]:
                    fail(f'{iid}: "PPS:" before "PS:"')
                tail = sorted(ps + pps)
                if tail != list(range(len(sents) - len(tail), len(sents))):
                    fail(f'{iid}: "PS:"/"PPS:" sentences are not the last ones')
                for x in rows:
                    i = own_sentence(sents, x.get('place') or '')
                    if i is not None and i >= ps[0]:
                        fail(f'{iid}: row at {x.get("place")!r} is first named in the postscript')
        if style == CAPS_STYLE:
            n = len(FLIP_RE.findall(text))
            if n < 2:
                fail(f'{iid}: capitals note writes {n} flip words in capitals, expected at least two')
            if LOWER_TOLL_RE.search(text):
                fail(f'{iid}: capitals note writes "{LOWER_TOLL_RE.search(text).group(0)}" in lower case')
        if style == UNDERSIGNED_STYLE:
            if not re.search(r'\bundersigned\b', text, re.I):
                fail(f'{iid}: undersigned note never writes "undersigned"')
            if FIRST_PERSON_RE.search(text):
                fail(f'{iid}: undersigned note writes the first person ("{FIRST_PERSON_RE.search(text).group(0)}")')
        if style == GOODNEWS_STYLE:
            if not sents or not sents[0].startswith('Good news first'):
                fail(f'{iid}: good-news note does not open with "Good news first"')
            rest = [i for i, z in enumerate(sents) if z.startswith('Now the rest')]
            if len(rest) > 1 or len(REST_RE.findall(text)) != len(rest):
                fail(f'{iid}: "Now the rest" written {len(REST_RE.findall(text))} times, expected at most once, opening a sentence')
            cut = rest[0] if rest else len(sents)
            for x in rows:
                i = own_sentence(sents, x.get('place') or '')
                if i is not None and i < cut and ((x.get('killed') or 0) > 0 or (x.get('injured') or 0) > 0):
                    fail(f'{iid}: row at {x.get("place")!r} with casualties is told as good news')
        # each row's date is written in the row's own sentence
        if pub is None:
            continue
        if style == CHAIN_STYLE:
            order = sorted(((own_sentence(sents, x.get('place') or ''), x) for x in rows),
                           key=lambda t: -1 if t[0] is None else t[0])
            own_idx = {i for i, _ in order}
            for i, z in enumerate(sents):
                if REL_RE.search(z) and i not in own_idx:
                    fail(f'{iid}: relative phrase "{REL_RE.search(z).group(0)}" outside a row\'s own sentence')
            prev = None
            for k, (i, x) in enumerate(order):
                ed = parse_date(x.get('event_date'))
                if i is None or ed is None:
                    continue
                z = sents[i]
                form = f'{ed.day} {MONTHS[ed.month - 1]}'
                if re.search(r'\b' + form + r'\b', z):
                    prev = ed
                    continue
                m = REL_RE.search(z)
                if k == 0 or m is None or prev is None:
                    fail(f'{iid}: row at {x.get("place")!r} dated {ed}, but its own sentence writes neither "{form}" nor a relative phrase after an earlier row')
                elif (ed - prev).days != REL_PHRASES[m.group(1).lower()]:
                    fail(f'{iid}: row at {x.get("place")!r} dated {ed}: "{m.group(1)}" after {prev} is {REL_PHRASES[m.group(1).lower()]} days, not {(ed - prev).days}')
                prev = ed
        for x in rows:
            ed = parse_date(x.get('event_date'))
            pl = x.get('place') or ''
            i = own_sentence(sents, pl)
            if i is None or ed is None or style == CHAIN_STYLE:
                continue
            sent = sents[i]
            if style in WEEKDAY_STYLES or style == QUAKER_STYLE:
                form = WEEKDAYS[ed.weekday()] if style in WEEKDAY_STYLES else PLAIN_DAYS[ed.weekday()]
                ok = re.search(r'\b' + form + r'\b', sent)
                if not 1 <= (pub - ed).days <= 6:
                    fail(f'{iid}: row at {pl!r} dated {ed}, not the latest {form} before {pub}')
            else:
                form = f'{ed.day} {MONTHS[ed.month - 1]}'
                ok = re.search(r'\b' + form + r'\b(?! \d{4})', sent)
            if not ok:
                fail(f'{iid}: row at {pl!r} dated {ed}, but its own sentence does not write "{form}"')
        for dd, mon in DAY_MONTH_RE.findall(text):
            got = resolve(dd, MONTHS.index(mon) + 1, pub)
            if got is None or (pub - got).days > 62:
                fail(f'{iid}: "{dd} {mon}" is not a date in the two months before published {pub}')
        if re.search(r'\bthe same day\b', text, re.I):
            ds = [x.get('event_date') for x in rows]
            if len(ds) == len(set(ds)):
                fail(f'{iid}: text says "the same day" but no two rows share a date')

def check_stated_counts(items):
    """Counts and style placement stated in the README section."""
    by_style = {}
    seq = []
    for idx, o in enumerate(items, 1):
        s = o.get('style')
        seq.append(s)
        by_style.setdefault(s, []).append(idx)
    for s, ids in STYLE_IDS.items():
        got = by_style.get(s, [])
        if got != ids:
            fail(f'style {s!r} on ids {got}, expected {ids}')
        if not 7 <= len(got) <= 8:
            fail(f'style {s!r} on {len(got)} items, expected 7 or 8')
        for t in sorted(TAKEN_STYLES):
            r = difflib.SequenceMatcher(None, s, t).ratio()
            if r >= MAX_STYLE_SIMILARITY:
                fail(f'style {s!r} is a near-variant of taken {t!r} (similarity {r:.3f})')
    for idx, o in enumerate(items, 1):
        iid = o.get('id')
        n = int(iid[-3:]) if isinstance(iid, str) and iid[-3:].isdigit() else idx
        for x in o.get('incidents') or []:
            if isinstance(x, dict) and x.get('event_type') != 'Battles' and x.get('killed') is None \
                    and x.get('injured') is None and n not in NULL_NULL_IDS:
                fail(f'{iid}: non-battle row at {x.get("place")!r} has no counts and is not a listed no-information row')
    for i in range(max(0, len(seq) - 7)):
        win = seq[i:i + 8]
        for s in set(win):
            if win.count(s) > 2:
                fail(f'style {s!r} {win.count(s)} times in ids {i + 1}-{i + 8} (max 2 in any 8)')
    for half, (n_it, n_inc, n_ua, n_ru, dist) in HALF_COUNTS.items():
        its = [o for o in items if o.get('split') == half]
        incs = [inc for o in its for inc in (o.get('incidents') or []) if isinstance(inc, dict)]
        got = (len(its), len(incs), sum(1 for x in incs if x.get('country') == 'UA'),
               sum(1 for x in incs if x.get('country') == 'RU'))
        if got != (n_it, n_inc, n_ua, n_ru):
            fail(f'{half}: {got[0]} items, {got[1]} incidents ({got[2]} UA, {got[3]} RU), '
                 f'expected {n_it}, {n_inc} ({n_ua} UA, {n_ru} RU)')
        gd = {}
        for o in its:
            k = len(o.get('incidents') or [])
            gd[k] = gd.get(k, 0) + 1
        if gd != dist:
            fail(f'{half}: items by incident count {dict(sorted(gd.items()))}, expected {dist}')
        hs = {}
        for x in incs:
            hs[x.get('sub_event_type')] = hs.get(x.get('sub_event_type'), 0) + 1
        if hs != HALF_SUBTYPES[half]:
            fail(f'{half}: sub-event types {hs}, expected {HALF_SUBTYPES[half]}')
    st = {}
    for o in items:
        for inc in o.get('incidents') or []:
            if isinstance(inc, dict):
                k = inc.get('sub_event_type')
                st[k] = st.get(k, 0) + 1
    if st != SUBTYPE_COUNTS:
        fail(f'sub-event types {st}, expected {SUBTYPE_COUNTS}')
    py = {}
    for o in items:
        d = parse_date(o.get('published'))
        if d:
            py[d.year] = py.get(d.year, 0) + 1
    if py != PER_YEAR:
        fail(f'published per year {dict(sorted(py.items()))}, expected {PER_YEAR}')
    incs = [inc for o in items for inc in (o.get('incidents') or []) if isinstance(inc, dict)]
    ne = sum(1 for x in incs if x.get('country') == 'UA' and x.get('place') != x.get('location'))
    if ne != N_PLACE_NE_LOCATION:
        fail(f'{ne} UA incidents with place != location, expected {N_PLACE_NE_LOCATION}')
    pat = {k: 0 for k in COUNT_PATTERNS}
    tk = tj = 0
    for x in incs:
        if x.get('event_type') == 'Battles':
            continue
        k, j = x.get('killed'), x.get('injured')
        if not (is_count(k) and is_count(j)):
            continue
        tk += k or 0
        tj += j or 0
        if k is None and j is None:
            pat['null/null'] += 1
        elif k == 0 and j == 0:
            pat['0/0'] += 1
        elif k is not None and k > 0 and j is None:
            pat['killed, injured null'] += 1
        elif k is not None and k > 0 and j == 0:
            pat['killed, injured 0'] += 1
        elif k == 0 and j is None:
            pat['killed 0, injured null'] += 1
        elif k == 0 and j is not None and j > 0:
            pat['killed 0, injured > 0'] += 1
        elif k is not None and k > 0 and j is not None and j > 0:
            pat['killed > 0, injured > 0'] += 1
    if pat != COUNT_PATTERNS:
        fail(f'count patterns {pat}, expected {COUNT_PATTERNS}')
    if (tk, tj) != (TOTAL_KILLED, TOTAL_INJURED):
        fail(f'stated totals {tk} killed, {tj} injured, expected {TOTAL_KILLED}, {TOTAL_INJURED}')
    for o in items:
        for x in o.get('incidents') or []:
            if not isinstance(x, dict):
                continue
            ed = parse_date(x.get('event_date'))
            key = x.get('geonameid') if x.get('country') == 'UA' else x.get('place')
            for ref, d0, d1 in PLACE_AVOID:
                if ed is not None and key == ref and d0 <= ed <= d1:
                    fail(f'{o.get("id")}: {x.get("place")} on {ed} inside the avoided window {d0}..{d1}')


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT_FILE
    zpath = resolve_zip(argv)
    items = []
    try:
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    fail(f'line {ln}: empty line')
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    fail(f'line {ln}: invalid JSON ({e.msg})')
                    continue
                if not isinstance(obj, dict):
                    fail(f'line {ln}: not a JSON object')
                    continue
                items.append(obj)
    except OSError as e:
        fail(f'cannot read {path}: {e}')
    n_inc = sum(len(o.get('incidents') or []) for o in items if isinstance(o.get('incidents'), list))
    if len(items) != N_ITEMS:
        fail(f'{len(items)} items, expected {N_ITEMS}')
    if n_inc != N_INCIDENTS:
        fail(f'{n_inc} incidents, expected {N_INCIDENTS}')

    wanted = set()
    for o in items:
        for inc in o.get('incidents') or []:
            if isinstance(inc, dict) and isinstance(inc.get('geonameid'), int):
                wanted.add(inc['geonameid'])
    ru_names = {inc.get('place') for o in items for inc in (o.get('incidents') or [])
                if isinstance(inc, dict) and inc.get('country') == 'RU' and isinstance(inc.get('place'), str)}
    geo = load_geonames(zpath, wanted, ru_names) if zpath else None

    styles_odd, styles_even = set(), set()
    prev_pub = None
    prev_style = None
    n_empty = 0
    seen_ids = set()
    for idx, o in enumerate(items, 1):
        iid = o.get('id', f'#{idx}')
        tag = str(iid)
        if list(o.keys()) != ITEM_KEYS:
            fail(f'{tag}: item keys {list(o.keys())}, expected {ITEM_KEYS}')
        exp_id = f'{ID_PREFIX}{idx:03d}'
        if iid != exp_id:
            fail(f'{tag}: id out of sequence, expected {exp_id}')
        if iid in seen_ids:
            fail(f'{tag}: duplicate id')
        seen_ids.add(iid)
        if o.get('lang') != 'en':
            fail(f'{tag}: lang {o.get("lang")!r}, expected "en"')
        exp_split = 'holdout' if idx % 2 else 'tune'
        if o.get('split') != exp_split:
            fail(f'{tag}: split {o.get("split")!r}, expected {exp_split!r} for this id parity')
        style = o.get('style')
        if not isinstance(style, str) or not STYLE_RE.match(style):
            fail(f'{tag}: style {style!r} is not snake_case')
        elif style in TAKEN_STYLES:
            fail(f'{tag}: style {style!r} is already taken')
        elif style not in EXPECTED_STYLES:
            fail(f'{tag}: style {style!r} is not one of the eight styles of this set')
        else:
            (styles_odd if idx % 2 else styles_even).add(style)
        text = o.get('text')
        if not isinstance(text, str):
            fail(f'{tag}: text is not a string')
            text = ''
        words = [t for t in text.split() if re.search(r'[A-Za-z0-9]', t)]
        if not MIN_WORDS <= len(words) <= MAX_WORDS:
            fail(f'{tag}: {len(words)} words, expected {MIN_WORDS}-{MAX_WORDS}')
        sents = len(re.findall(r'[.!?](?=\s|$)', text))
        if not MIN_SENTS <= sents <= MAX_SENTS:
            fail(f'{tag}: {sents} sentence ends, expected {MIN_SENTS}-{MAX_SENTS}')
        says_empty = EMPTY_RE.search(text) is not None
        if isinstance(o.get('incidents'), list) and not o['incidents'] and not says_empty:
            fail(f'{tag}: item with no incident does not say so ("no rows", "nothing coded", ...)')
        if isinstance(o.get('incidents'), list) and o['incidents'] and says_empty:
            fail(f'{tag}: item says "{EMPTY_RE.search(text).group(0)}" but has incidents')
        pub = parse_date(o.get('published'))
        if pub is None:
            fail(f'{tag}: published {o.get("published")!r} is not an ISO date')
        else:
            if not PUB_MIN <= pub <= PUB_MAX:
                fail(f'{tag}: published {pub} outside {PUB_MIN}..{PUB_MAX}')
            if prev_pub and pub < prev_pub:
                fail(f'{tag}: published {pub} before the previous item ({prev_pub})')
            prev_pub = pub
            if re.search(r'\b' + WEEKDAYS[pub.weekday()] + r'\b', text):
                fail(f'{tag}: publication weekday {WEEKDAYS[pub.weekday()]} written in the text')
            # "<Weekday> <day> <Month>": the latest such day on or before `published`.
            for m in re.finditer(r'\b(' + '|'.join(WEEKDAYS) + r') (\d{1,2}) (' + '|'.join(MONTHS) + r')\b', text):
                wd = resolve(m.group(2), MONTHS.index(m.group(3)) + 1, pub)
                if wd is None:
                    fail(f'{tag}: "{m.group(0)}" is not a valid day before published')
                elif WEEKDAYS[wd.weekday()] != m.group(1):
                    fail(f'{tag}: "{m.group(0)}" but {wd} is a {WEEKDAYS[wd.weekday()]}')
            if re.search(r'\byesterday\b', text, re.I) and isinstance(o.get('incidents'), list):
                yd = (pub - dt.timedelta(days=1)).isoformat()
                if not any(isinstance(x, dict) and x.get('event_date') == yd for x in o['incidents']):
                    fail(f'{tag}: text says "yesterday" but no incident is dated {yd}')
        if style is not None and style == prev_style:
            fail(f'{tag}: same style {style!r} as the previous item (styles must be interleaved)')
        prev_style = style
        if isinstance(o.get('incidents'), list) and not o['incidents']:
            n_empty += 1
        incs = o.get('incidents')
        if not isinstance(incs, list):
            fail(f'{tag}: incidents is not a list')
            continue
        seen = set()
        for j, inc in enumerate(incs, 1):
            it = f'{tag} incident {j}'
            if not isinstance(inc, dict):
                fail(f'{it}: not an object')
                continue
            if list(inc.keys()) != INC_KEYS:
                fail(f'{it}: incident keys {list(inc.keys())}, expected {INC_KEYS}')
            place = inc.get('place')
            if not isinstance(place, str) or not place or place not in text:
                fail(f'{it}: place {place!r} not in text')
            if place in MENTION_ONLY.get(idx, ()):
                fail(f'{it}: {place!r} is only mentioned in this note (oblast, raion, district, official, river, namesake, claim, liberation date or background) and is not coded')
            ed = parse_date(inc.get('event_date'))
            if ed is None:
                fail(f'{it}: event_date {inc.get("event_date")!r} is not an ISO date')
            elif pub is not None:
                if ed > pub:
                    fail(f'{it}: event_date {ed} after published {pub}')
                elif (pub - ed).days > MAX_LAG_DAYS:
                    fail(f'{it}: event_date {ed} is {(pub - ed).days} days before published (max {MAX_LAG_DAYS})')
            et, st = inc.get('event_type'), inc.get('sub_event_type')
            if et not in ACLED or st not in ACLED[et]:
                fail(f'{it}: bad type pair {et!r} / {st!r}')
            for k in ('killed', 'injured'):
                if not is_count(inc.get(k)):
                    fail(f'{it}: {k} {inc.get(k)!r} is not a non-negative int or null')
            if et == 'Battles' and (inc.get('killed') is not None or inc.get('injured') is not None):
                fail(f'{it}: battle with counts {inc.get("killed")!r}/{inc.get("injured")!r}')
            sig = (place, inc.get('event_date'), st)
            if sig in seen:
                fail(f'{it}: duplicate place/date/sub-type {sig}')
            seen.add(sig)
            lat, lon = inc.get('lat'), inc.get('lon')
            ok_ll = True
            for k, v in (('lat', lat), ('lon', lon)):
                if not is_num(v):
                    fail(f'{it}: {k} {v!r} is not a number')
                    ok_ll = False
                elif not max5(v):
                    fail(f'{it}: {k} {v!r} has more than 5 decimals')
            country = inc.get('country')
            gid = inc.get('geonameid')
            if country == 'UA':
                if not isinstance(gid, int) or isinstance(gid, bool):
                    fail(f'{it}: UA geonameid {gid!r} is not an integer')
                    continue
                a1 = inc.get('admin1')
                if a1 not in ADMIN1.values():
                    fail(f'{it}: admin1 {a1!r} is not a known UA admin1 name')
                if geo is None:
                    continue
                r = geo.get(gid)
                if r is None:
                    fail(f'{it}: geonameid {gid} not in UA.zip')
                    continue
                if r['fclass'] != 'P':
                    fail(f'{it}: geonameid {gid} has feature class {r["fclass"]}, expected P')
                if ok_ll:
                    d = km(lat, lon, r['lat'], r['lon'])
                    if d > 1.0:
                        fail(f'{it}: lat/lon {d:.1f} km from geonameid {gid}')
                if a1 in ADMIN1.values() and ADMIN1.get(r['a1']) != a1:
                    fail(f'{it}: admin1 {a1!r} does not match the record ({ADMIN1.get(r["a1"], r["a1"])!r})')
                if inc.get('location') != r['name']:
                    fail(f'{it}: location {inc.get("location")!r} is not the record name {r["name"]!r}')
                if place not in r['names']:
                    fail(f'{it}: place {place!r} is not a name of geonameid {gid}')
            elif country == 'RU':
                if gid is not None:
                    fail(f'{it}: RU geonameid {gid!r}, expected null')
                if inc.get('location') != place:
                    fail(f'{it}: RU location {inc.get("location")!r} differs from place {place!r}')
                if inc.get('admin1') not in RU_ADMIN1:
                    fail(f'{it}: RU admin1 {inc.get("admin1")!r} not one of {sorted(RU_ADMIN1)}')
                if ok_ll and not (RU_LAT[0] <= lat <= RU_LAT[1] and RU_LON[0] <= lon <= RU_LON[1]):
                    fail(f'{it}: RU lat/lon {lat}, {lon} outside {RU_LAT} / {RU_LON}')
                if ed is not None:
                    for ob, d0, d1 in RU_AVOID:
                        if inc.get('admin1') == ob and d0 <= ed <= d1:
                            fail(f'{it}: {ob} event on {ed} inside the avoided window {d0}..{d1}')
                if geo is not None and place in RU_FOUND and place not in RU_NAMES_IN_UA:
                    fail(f'{it}: RU place {place!r} is also a place name in UA.txt; not one of the allowed names')
                ref = RU_POINTS.get(place)
                if ref is None:
                    fail(f'{it}: RU place {place!r} is not one of this set\'s Russian points')
                else:
                    if inc.get('admin1') != ref[0]:
                        fail(f'{it}: RU admin1 {inc.get("admin1")!r}, expected {ref[0]!r} for {place}')
                    if ok_ll and km(lat, lon, ref[1], ref[2]) > 2.0:
                        fail(f'{it}: RU lat/lon {km(lat, lon, ref[1], ref[2]):.1f} km from the {place} point')
            else:
                fail(f'{it}: country {country!r}, expected UA or RU')

    if not MIN_EMPTY <= n_empty <= MAX_EMPTY:
        fail(f'{n_empty} items with no incident, expected {MIN_EMPTY}-{MAX_EMPTY}')
    all_styles = styles_odd | styles_even
    for s in sorted(all_styles):
        if s not in styles_odd:
            fail(f'style {s!r} only in tune (even) ids')
        if s not in styles_even:
            fail(f'style {s!r} only in holdout (odd) ids')
    if len(all_styles) != N_STYLES:
        fail(f'{len(all_styles)} valid styles, expected {N_STYLES}')
    check_style_rules(items)
    check_stated_counts(items)

    if fails:
        for f in fails:
            print(f)
        print(f'{len(fails)} FAIL lines')
        return 1
    print(f'OK: {len(items)} items, {n_inc} incidents')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
