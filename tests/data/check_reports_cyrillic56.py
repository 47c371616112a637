#!/usr/bin/env python3
"""Stdlib-only checker for reports_cyrillic56.jsonl.

Usage: python3 check_reports_cyrillic56.py [data.jsonl] [UA.zip]
The arguments may come in either order; the one ending in .zip is the GeoNames dump.
Defaults: the set next to this script, then $GEONAMES_UA_ZIP, else
/work/shared/data/geonames/UA.zip. admin1CodesASCII.txt is read from the dump's directory.
Prints one line per fault and exits 1, or prints an OK line and exits 0.
Split rule of this set: odd id numbers are holdout, even id numbers are tune.
Adapted from check_reports_cyrillic55.py (same checks: key orders, id pattern, counts, parity split,
new styles and near-variants, Cyrillic share, language letters, word and sentence limits, date order,
places as whole words, GeoNames class/point/admin1/name, RU town-centre points, event dates within
10 days of `published` and not before 2022-03-01, ACLED pairs, counts, duplicates, the per-split
counts, the items without incidents, the event-type counts, the per-language event-type counts, the
RU/UA split of the Russian texts' incidents, the number of reports with two incidents, the records
per style and split, no two neighbouring ids with one style, the incident ages, the mean words per
language, the shortest and longest text per language, that every incident of a Ukrainian text lies
in Ukraine, that every incident of a Russian text that lies in Ukraine is in one of the allowed
oblasts, that no incident lies in Kursk Oblast, the numbers of incidents coded 0/0 and null/null,
no incident on an oblast centre, the casualty caps, the avoided days, the number of incidents per
RU town, the sentences per text with the ids of the 7-sentence texts and the longest sentence of
the set, the number of incidents per language and admin1, the heading sentence ", <town>." and the
reports whose incident place is written in that heading, the heading town as a non-incident form
outside the heading reports, the 0/0 and null/null incidents per language, the injured-only,
killed-only and both-given counts, the ids of the reports with one and with three incidents, claims
of captured ground only in Russian texts and on places in Ukraine, recaptures only in Ukrainian
texts, every style of the README section used, the namesake pins, recaptures and claims coded
null/null, the toll pins, the weekday pins, the day pins, the date links, the explicit dates and
their day-and-month words in the text, exactly one date pin per incident, the non-incident place
forms, the publication weekday counts, the sub-event words (debris, recapture verbs, the claim's
source), and the Russian-language texts from the Ukrainian side: only they price in hryvnias, their
incidents lie in Ukraine in their allowed oblasts and they hold no claim of captured ground).
Changed for this set: all counts, ids, styles, pins and forms; the tag list is the one of this
set's brief (1934 tags); the eleven RU towns (Sevsk joins the model's ten); the avoided days (the
model's thirty-nine and four more: 2024-04-19, 2024-08-26, 2025-06-17, 2025-11-19); the Russian texts
from the Ukrainian side are six (two from Kharkiv, one from Zaporizhzhia, three from Dnipro).
Added for this set: the namesake pins also hold the places of the Ukrainian texts whose dump record
carries another, older name ("Великій Костромці" = Velyka Dolyna, "Дружбі" = Khutir-Mykhaylivskyi),
whatever the number of records with that dump name, so a same-oblast Druzhba swapped in is caught.
"""
import datetime
import decimal
import difflib
import io
import json
import math
import os
import re
import sys
import zipfile

PREFIX = {'uk': 'uk56', 'ru': 'ru56'}
N_ITEMS = {'uk': 36, 'ru': 24}
N_INCIDENTS = {'uk': 70, 'ru': 46}
PER_STYLE = {'uk': 9, 'ru': 6}
N_STYLES = 8
N_EMPTY = (4, 8)
# Counts stated in the README section (checked exactly).
SPLIT_ITEMS = {'holdout': 30, 'tune': 30}
SPLIT_INCIDENTS = {('ru', 'holdout'): 21, ('ru', 'tune'): 25, ('uk', 'holdout'): 33, ('uk', 'tune'): 37}
EMPTY_IDS = {'ru56-020', 'ru56-023', 'uk56-017', 'uk56-030'}
ONE_IDS = {'ru56-019', 'uk56-005', 'uk56-007'}  # reports with one incident
THREE_IDS = {'ru56-016', 'ru56-018', 'ru56-024', 'uk56-020', 'uk56-021', 'uk56-026', 'uk56-032'}  # three incidents
MAX_PER_REPORT = 3
TYPE_COUNTS = {'Air/drone strike': 34, 'Disrupted weapons use': 8, 'Government regains territory': 5, 'Non-state actor overtakes territory': 3, 'Shelling/artillery/missile attack': 66}
# Per language and sub-event type (README section, "Event types").
LANG_TYPE_COUNTS = {('ru', 'Air/drone strike'): 11, ('ru', 'Disrupted weapons use'): 4, ('ru', 'Non-state actor overtakes territory'): 3, ('ru', 'Shelling/artillery/missile attack'): 28, ('uk', 'Air/drone strike'): 23, ('uk', 'Disrupted weapons use'): 4, ('uk', 'Government regains territory'): 5, ('uk', 'Shelling/artillery/missile attack'): 38}
RU_TEXT_COUNTRIES = {'RU': 19, 'UA': 27}  # incidents of the Russian texts by country
N_TWO_INCIDENTS = 46  # reports with exactly two incidents
# Records per style and split, incident age in days, mean words (README section).
STYLE_SPLITS = {
    'ua_felted_wool_boots_and_bath_hats': (5, 4),
    'ua_microgreens_trays_for_cafes_and_shops': (4, 5),
    'ua_stained_glass_windows_and_tiffany_lamps': (6, 3),
    'ua_vermicompost_worm_farm_and_fishing_worms': (3, 6),
    'ru_award_cups_medals_and_engraved_plaques': (3, 3),
    'ru_loose_leaf_tea_shop_by_weight': (3, 3),
    'ru_medical_equipment_rental_wheelchairs_and_beds': (2, 4),
    'ru_plaster_stucco_cornices_and_ceiling_roses': (4, 2),
}  # (holdout, tune)
AGE_COUNTS = {0: 2, 1: 50, 2: 34, 3: 18, 4: 8, 5: 4}  # incidents by days from event_date to published
MEAN_WORDS = {'uk': 56.2, 'ru': 51.9}  # mean words per text, rounded to 0.1
WORD_SPAN = {'uk': (47, 70), 'ru': (43, 62)}  # shortest and longest text per language (README)
N_ZERO_ZERO = 8  # incidents coded killed 0, injured 0 (README section)
N_NULL_NULL = 40  # incidents coded killed null, injured null (README section)
ZERO_ZERO_LANG = {'uk': 3, 'ru': 5}  # the 0/0 incidents per language (README section)
NULL_NULL_LANG = {'uk': 23, 'ru': 17}  # the null/null incidents per language (README section)
N_INJURED_ONLY = 53  # killed null, injured given (README section, "Unknown tolls")
N_KILLED_ONLY = 12  # killed given, injured null (README section, "Unknown tolls")
N_BOTH_GIVEN = 3  # both counts given and not 0/0 (README section, "Unknown tolls")
# Texts with 5 and with 7 sentences (all others have 6; README section). This set has no 5-sentence text.
FIVE_SENTENCE_IDS = set()
SEVEN_SENTENCE_IDS = {'ru56-012', 'uk56-007', 'uk56-014', 'uk56-020', 'uk56-025', 'uk56-031'}
SENTENCE_SPAN = (6, 7)  # sentences per text in this set (README section)
LONGEST_SENTENCE = 22  # words in the longest sentence of the set (README section)
# Publication weekdays (README section, "Dates").
PUB_WEEKDAYS = {'Monday': 1, 'Tuesday': 5, 'Wednesday': 7, 'Thursday': 25, 'Friday': 12, 'Saturday': 10}
# Incidents per RU town (README section, "Places and gold points").
RU_TOWN_COUNTS = {'Borisovka': 2, 'Graivoron': 3, 'Klimovo': 2, 'Krasnaya Yaruga': 2, 'Pogar': 1, 'Sevsk': 1, 'Shebekino': 3, 'Suzemka': 2, 'Trubchevsk': 1, 'Urazovo': 1, 'Valuyki': 1}
# Incidents per language and admin1 (README section, "Places and gold points").
ADMIN1_COUNTS = {
    ('ru', 'Belgorod Oblast'): 12,
    ('ru', 'Bryansk Oblast'): 7,
    ('ru', 'Dnipropetrovsk'): 6,
    ('ru', 'Donetsk'): 9,
    ('ru', 'Kharkiv'): 4,
    ('ru', 'Luhansk'): 4,
    ('ru', 'Zaporizhzhia'): 4,
    ('uk', 'Chernihiv'): 6,
    ('uk', 'Dnipropetrovsk'): 9,
    ('uk', 'Donetsk'): 2,
    ('uk', 'Kharkiv'): 10,
    ('uk', 'Kherson'): 9,
    ('uk', 'Mykolaiv'): 5,
    ('uk', 'Poltava'): 2,
    ('uk', 'Sumy'): 17,
    ('uk', 'Zaporizhzhia'): 10,
}
# Reports whose attacked place is the first place of the business's own heading (README section).
HEADING_IDS = {'ru56-006', 'uk56-015'}
# Namesake pins (README section, "Spelling variants, renamed places and namesakes"): the record each
# of these incidents must carry (places in Ukraine whose name has more than one record, and every
# place in Ukraine named in a Russian text, whose form is a Russian or an old name).
NAMESAKE_PINS = {
    ('ru56-001', 'Пантелеймоновку'): 698006, ('ru56-001', 'Ясиноватой'): 688373,
    ('ru56-003', 'Великую Костромку'): 690250, ('ru56-003', 'Зеленодольск'): 687392,
    ('ru56-005', 'Волчанск'): 689304, ('ru56-005', 'Двуречную'): 709399,
    ('ru56-006', 'Енакиево'): 688148, ('ru56-006', 'Соледар'): 706757,
    ('ru56-007', 'Золочев'): 686895, ('ru56-007', 'Одноробовку'): 698726,
    ('ru56-009', 'Нижнюю Дуванку'): 699963, ('ru56-009', 'Новоайдаре'): 699677,
    ('ru56-011', 'Веселянку'): 689718, ('ru56-011', 'Комышевахе'): 706941,
    ('ru56-012', 'Пантелеймоновку'): 698006, ('ru56-012', 'Ясиноватую'): 688373,
    ('ru56-014', 'Докучаевск'): 709835, ('ru56-014', 'Очеретино'): 698759,
    ('ru56-015', 'Покрове'): 698436, ('ru56-015', 'Червоногригоровку'): 710552,
    ('ru56-017', 'Васильевке'): 686729, ('ru56-017', 'Днепрорудное'): 709960,
    ('ru56-019', 'Великая Новоселка'): 690237, ('ru56-021', 'Сватово'): 692118,
    ('ru56-021', 'Старобельске'): 692832, ('ru56-022', 'Межевую'): 701305,
    ('ru56-022', 'Покровское'): 696720, ('uk56-002', 'Ворожбі'): 688961,
    ('uk56-003', 'Шевченкове'): 694148, ('uk56-004', 'Великій Костромці'): 690250,
    ('uk56-004', 'Широке'): 694025, ('uk56-007', 'Снігурівку'): 693379,
    ('uk56-008', "Дар'ївці"): 710269, ('uk56-008', 'Чорнобаївку'): 710715,
    ('uk56-012', 'Комишуваху'): 706941, ('uk56-012', 'Новоданилівці'): 699640,
    ('uk56-013', "П'ятихатки"): 695966, ('uk56-013', 'Приморське'): 696278,
    ('uk56-015', "Грем'ячку"): 815612, ('uk56-016', 'Козацьке'): 706566,
    ('uk56-019', 'Золочів'): 686895, ('uk56-020', 'Мартового'): 701765,
    ('uk56-021', 'Покровського'): 696720, ('uk56-024', 'Краснопілля'): 704343,
    ('uk56-024', 'Рясне'): 695058, ('uk56-026', 'Кіндратівку'): 705166,
    ('uk56-026', 'Миропіллю'): 701020, ('uk56-026', 'Нової Січі'): 699795,
    ('uk56-027', 'Садове'): 694951, ('uk56-028', 'Дружбі'): 709584, ('uk56-031', 'Борову'): 711623,
    ('uk56-032', 'Зеленівці'): 687383, ('uk56-032', 'Понятівці'): 696571,
    ('uk56-032', 'Токарівку'): 691485, ('uk56-035', 'Чернеччини'): 710746,
}
# Toll pins (README section, "Revised tolls", "People who died later" and "Tolls spread over
# sentences"): killed / injured of the incidents whose toll is told over two sentences, corrected,
# changed by a later death, given by a denial or a named person, or left unsaid.
TOLL_PINS = {
    ('ru56-006', 'Енакиево'): (0, 0), ('ru56-008', 'Красной Яруге'): (None, 1),
    ('ru56-010', 'Севском'): (0, 0), ('ru56-011', 'Комышевахе'): (1, None),
    ('ru56-012', 'Ясиноватую'): (1, 1), ('ru56-016', 'Борисовке'): (None, 1),
    ('ru56-016', 'Шебекино'): (0, 0), ('ru56-018', 'Трубчевске'): (0, 0),
    ('ru56-024', 'Борисовке'): (0, 0), ('uk56-011', 'Сваркового'): (None, 1),
    ('uk56-015', 'Новгород-Сіверський'): (0, 0), ('uk56-018', 'Хоробичів'): (0, 0),
    ('uk56-021', 'Покровського'): (None, 1), ('uk56-022', 'Очакові'): (1, None),
    ('uk56-024', 'Краснопілля'): (None, 3), ('uk56-025', 'Степногірську'): (1, 1),
    ('uk56-026', 'Нової Січі'): (None, 1), ('uk56-028', 'Дружбі'): (None, 1),
    ('uk56-031', 'Борову'): (1, 1), ('uk56-031', 'Печеніг'): (None, 1),
    ('uk56-032', 'Понятівці'): (None, None), ('uk56-033', 'Мені'): (0, 0),
    ('uk56-034', 'Червоногригорівці'): (None, 1), ('uk56-035', 'Чернеччини'): (1, None),
}
# Weekday pins, day pins, date links and explicit dates (README section, "Dates"): weekday pins give
# the weekday (Monday = 0) of incidents dated by a weekday or by "у ніч на <weekday>"; day pins the days
# from event_date to published of incidents dated by "Учора" / "Вчера" (1), "Позавчора" / "Позавчера" (2),
# "Сьогодні вночі" / "Сегодня ночью" (0); date links the incident whose date a "Того ж дня" / "В тот же день" carries.
WEEKDAY_PINS = {
    ('ru56-001', 'Ясиноватой'): 1, ('ru56-002', 'Шебекино'): 0,
    ('ru56-003', 'Великую Костромку'): 1, ('ru56-004', 'Климово'): 0, ('ru56-005', 'Волчанск'): 1,
    ('ru56-006', 'Соледар'): 4, ('ru56-007', 'Золочев'): 1, ('ru56-008', 'Шебекино'): 1,
    ('ru56-009', 'Нижнюю Дуванку'): 0, ('ru56-010', 'Погар'): 0, ('ru56-011', 'Веселянку'): 1,
    ('ru56-012', 'Ясиноватую'): 1, ('ru56-013', 'Уразово'): 0, ('ru56-014', 'Очеретино'): 6,
    ('ru56-015', 'Червоногригоровку'): 1, ('ru56-016', 'Борисовке'): 0, ('ru56-018', 'Климово'): 0,
    ('ru56-021', 'Сватово'): 0, ('ru56-022', 'Покровское'): 0, ('ru56-024', 'Грайвороне'): 1,
    ('uk56-001', 'Малу Рогань'): 0, ('uk56-002', 'Середину-Буду'): 2, ('uk56-003', 'Шевченкове'): 2,
    ('uk56-004', 'Широке'): 0, ('uk56-005', 'Балаклію'): 3, ('uk56-006', 'Зеленодольськ'): 1,
    ('uk56-007', 'Снігурівку'): 3, ('uk56-008', 'Чорнобаївку'): 1, ('uk56-009', 'Грабовське'): 0,
    ('uk56-010', 'Малі Щербаки'): 6, ('uk56-011', 'Полошки'): 1, ('uk56-012', 'Комишуваху'): 2,
    ('uk56-015', "Грем'ячку"): 1, ('uk56-016', 'Козацьке'): 2, ('uk56-018', 'Тимоновичі'): 0,
    ('uk56-019', 'Золочів'): 2, ('uk56-020', 'Старий Салтів'): 1, ('uk56-021', 'Селидове'): 0,
    ('uk56-022', 'Куцуруб'): 5, ('uk56-023', 'Диканьці'): 1, ('uk56-024', 'Краснопілля'): 0,
    ('uk56-025', 'Степногірську'): 0, ('uk56-026', 'Нової Січі'): 1, ('uk56-027', 'Станіславі'): 6,
    ('uk56-028', 'Середину-Буду'): 0, ('uk56-029', 'Великомихайлівку'): 6,
    ('uk56-031', 'Печеніг'): 6, ('uk56-032', 'Зеленівці'): 0,
    ('uk56-033', 'Новгороді-Сіверському'): 5, ('uk56-034', 'Покров'): 1,
    ('uk56-036', 'Верхню Сироватку'): 2,
}
DAY_PINS = {
    ('ru56-001', 'Пантелеймоновку'): 1, ('ru56-002', 'Грайворон'): 1,
    ('ru56-003', 'Зеленодольск'): 1, ('ru56-004', 'Суземку'): 1, ('ru56-005', 'Двуречную'): 1,
    ('ru56-006', 'Енакиево'): 1, ('ru56-007', 'Одноробовку'): 1, ('ru56-008', 'Красной Яруге'): 1,
    ('ru56-009', 'Новоайдаре'): 1, ('ru56-010', 'Севском'): 1, ('ru56-011', 'Комышевахе'): 1,
    ('ru56-013', 'Валуйках'): 1, ('ru56-014', 'Докучаевск'): 1, ('ru56-015', 'Покрове'): 1,
    ('ru56-016', 'Шебекино'): 1, ('ru56-017', 'Васильевке'): 2, ('ru56-017', 'Днепрорудное'): 1,
    ('ru56-018', 'Трубчевске'): 1, ('ru56-021', 'Старобельске'): 1, ('ru56-022', 'Межевую'): 1,
    ('ru56-024', 'Борисовке'): 0, ('uk56-001', 'Дергачі'): 1, ('uk56-002', 'Ворожбі'): 1,
    ('uk56-003', 'Баштанці'): 1, ('uk56-004', 'Великій Костромці'): 1,
    ('uk56-006', 'Червоногригорівку'): 1, ('uk56-008', "Дар'ївці"): 1, ('uk56-009', 'Хотіні'): 1,
    ('uk56-010', 'Оріхів'): 1, ('uk56-011', 'Сваркового'): 1, ('uk56-012', 'Новоданилівці'): 1,
    ('uk56-013', 'Приморське'): 1, ('uk56-014', 'Роботине'): 1,
    ('uk56-015', 'Новгород-Сіверський'): 1, ('uk56-016', 'Бериславі'): 1,
    ('uk56-018', 'Хоробичів'): 1, ('uk56-019', 'Слатине'): 1, ('uk56-020', 'Циркуни'): 1,
    ('uk56-021', 'Покровського'): 1, ('uk56-022', 'Очакові'): 1, ('uk56-023', 'Миргороді'): 1,
    ('uk56-024', 'Рясне'): 1, ('uk56-026', 'Кіндратівку'): 1, ('uk56-027', 'Садове'): 1,
    ('uk56-028', 'Дружбі'): 1, ('uk56-029', 'Межову'): 1, ('uk56-031', 'Борову'): 1,
    ('uk56-032', 'Понятівці'): 0, ('uk56-033', 'Мені'): 1, ('uk56-034', 'Червоногригорівці'): 1,
    ('uk56-035', 'Боромлю'): 1, ('uk56-035', 'Чернеччини'): 2, ('uk56-036', 'Велику Писарівку'): 1,
}
DATE_LINKS = {
    ('ru56-012', 'Пантелеймоновку'): 'Ясиноватую', ('ru56-016', 'Грайворон'): 'Борисовке',
    ('ru56-018', 'Суземку'): 'Климово', ('ru56-024', 'Красную Яругу'): 'Грайвороне',
    ('uk56-014', 'Оріхів'): 'Роботине', ('uk56-020', 'Мартового'): 'Старий Салтів',
    ('uk56-021', 'Гродівку'): 'Селидове', ('uk56-025', "Лук'янівське"): 'Степногірську',
    ('uk56-026', 'Миропіллю'): 'Нової Січі', ('uk56-032', 'Токарівку'): 'Зеленівці',
}
EXPLICIT_DATES = {
    ('ru56-019', 'Великая Новоселка'): '2025-01-26', ('uk56-013', "П'ятихатки"): '2023-06-22',
}
# The day-and-month words of each explicit date must stand in its text.
EXPLICIT_DATE_FORMS = {
    ('ru56-019', 'Великая Новоселка'): '26 января', ('uk56-013', "П'ятихатки"): '22 червня',
}
# Place forms that name no incident (README section, "Places that are not incidents"): venues,
# routes, locators, regions, rumours, districts, streets, suppliers and a foreign country. Each must be in its text as a whole word and
# must not be the `place` of an incident of that report.
NOT_INCIDENT_FORMS = {
    'uk56-001': {'Мерефа'},
    'uk56-002': {'Путивль'},
    'uk56-003': {'Миколаєвом', 'Миколаїв'},
    'uk56-004': {'Криворіжжі', 'Петрове'},
    'uk56-005': {'Балаклії', 'Первомайський'},
    'uk56-006': {'Дніпро', 'Новомосковську'},
    'uk56-007': {'Вознесенськ'},
    'uk56-008': {'Херсон'},
    'uk56-009': {'Суми'},
    'uk56-010': {'Запоріжжя'},
    'uk56-011': {'Глухів'},
    'uk56-012': {'Вільнянськ'},
    'uk56-013': {'Дніпро', 'Запоріжжі', 'Степногірська'},
    'uk56-014': {'Запоріжжя'},
    'uk56-016': {'Снігурівка'},
    'uk56-017': {'Горішніх Плавнів', 'Києва', 'Кременчук'},
    'uk56-018': {'Сновськ'},
    'uk56-019': {'Салтівці', 'Харків'},
    'uk56-020': {'Красноград', 'Сахновщини'},
    'uk56-021': {'Межова', 'Синельниківського'},
    'uk56-022': {'Миколаїв'},
    'uk56-023': {'Подолі', 'Полтава'},
    'uk56-024': {'Недригайлів'},
    'uk56-025': {'Запоріжжя'},
    'uk56-026': {'Суми'},
    'uk56-027': {'Новий Буг', 'Херсоном'},
    'uk56-028': {'Ямпіль'},
    'uk56-029': {'Дніпро', 'Польщі'},
    'uk56-030': {'Городня', 'Тупичева'},
    'uk56-031': {'Балаклія'},
    'uk56-032': {'Херсон'},
    'uk56-033': {'Сосниця'},
    'uk56-034': {'Томаківка'},
    'uk56-035': {'Зіньків', 'Охтирщині'},
    'uk56-036': {'Суми'},
    'ru56-001': {'Донецк'},
    'ru56-002': {'Белгород'},
    'ru56-003': {'Днепр'},
    'ru56-004': {'Брянск'},
    'ru56-005': {'Харьков'},
    'ru56-007': {'Харьков'},
    'ru56-008': {'Белгород', 'Гражданском'},
    'ru56-009': {'Краснодонской', 'Луганск'},
    'ru56-010': {'Брянск'},
    'ru56-011': {'Запорожье'},
    'ru56-012': {'Донецк'},
    'ru56-013': {'Алексеевка'},
    'ru56-014': {'Донецк', 'Макеевку'},
    'ru56-015': {'Днепр'},
    'ru56-016': {'Короча'},
    'ru56-017': {'Мелитополь'},
    'ru56-018': {'Брянск'},
    'ru56-019': {'Мариуполь'},
    'ru56-020': {'Белгород', 'Борисовки'},
    'ru56-021': {'Луганск'},
    'ru56-022': {'Днепр', 'Синельниковского'},
    'ru56-023': {'Брянск', 'Новозыбкова'},
    'ru56-024': {'Белгород'},
}

# Oblasts of Ukraine where a Russian text may place an incident: the four occupied in part (for the
# texts from the occupied side) and the three of the Russian-language businesses on the Ukrainian side.
OCCUPIED_SIDE_ADMIN1 = {'Kherson', 'Zaporizhzhia', 'Luhansk', 'Donetsk'}
UA_SIDE_ADMIN1 = {'Kharkiv', 'Zaporizhzhia', 'Dnipropetrovsk'}
RU_TEXT_UA_ADMIN1 = OCCUPIED_SIDE_ADMIN1 | UA_SIDE_ADMIN1
# Russian-language texts written on the Ukrainian side of the line (Kharkiv, Zaporizhzhia, Dnipro): their
# incidents lie in Ukraine in UA_SIDE_ADMIN1, they price in hryvnias ("\u0433\u0440\u0438\u0432\u0435\u043d"), no other Russian
# text does, and they hold no claim of captured ground.
UA_SIDE_RU_IDS = {'ru56-003', 'ru56-005', 'ru56-007', 'ru56-011', 'ru56-015', 'ru56-022'}
MAX_KILLED, MAX_INJURED = 2, 3  # casualty figures kept small (README section)
# No incident of any kind on these days (README section): days of well-known mass-casualty strikes.
NO_EVENT_DATES = {'2022-04-08', '2022-06-27', '2022-07-14', '2023-01-14', '2023-10-05', '2024-05-25',
                  '2024-09-03', '2025-04-04', '2025-04-13',
                  '2022-03-14', '2022-03-16', '2022-07-01', '2022-08-24', '2022-09-30', '2022-10-10',
                  '2023-04-28', '2023-06-27', '2024-07-08', '2025-04-24', '2025-07-31', '2025-08-28',
                  '2025-09-09',
                  '2022-04-14', '2023-04-14', '2023-08-08', '2023-12-30', '2024-01-21', '2024-02-03',
                  '2024-04-17', '2024-05-12', '2025-02-01',
                  '2022-07-09', '2022-07-29', '2024-02-10', '2024-08-30',
                  '2022-03-09', '2022-05-07', '2024-03-15', '2025-03-07',
                  '2024-04-19', '2024-08-26', '2025-06-17', '2025-11-19'}
NEAR_STYLE = 0.6  # a new style must have difflib ratio below this with every taken tag
WORDS = (20, 99)
SENTENCES = (3, 15)  # sentences per text (split after . ! ? … and at line breaks)
MAX_SENTENCE_WORDS = 45
PUB_RANGE = (datetime.date(2022, 3, 1), datetime.date(2026, 11, 30))
EVENT_MIN = datetime.date(2022, 3, 1)
MAX_AGE_DAYS = 10
BOX = (44.0, 53.5, 22.0, 41.0)  # lat min, lat max, lon min, lon max
MAX_KM = 1.0
RU_ADMIN1 = {'Belgorod Oblast', 'Kursk Oblast', 'Bryansk Oblast'}
# Town-centre points used for places in Russia (geonameid null): the eleven towns of this set (the
# writer's own knowledge, to about 0.01 degree; ten are the model's values, Sevsk is new to this set).
RU_TOWNS = {
    'Shebekino': (50.4050, 36.8950, 'Belgorod Oblast'),
    'Graivoron': (50.4800, 35.6750, 'Belgorod Oblast'),
    'Valuyki': (50.2111, 38.1003, 'Belgorod Oblast'),
    'Urazovo': (50.0833, 38.0333, 'Belgorod Oblast'),
    'Krasnaya Yaruga': (50.7000, 35.6667, 'Belgorod Oblast'),
    'Borisovka': (50.6000, 36.0167, 'Belgorod Oblast'),
    'Klimovo': (52.3786, 32.1917, 'Bryansk Oblast'),
    'Suzemka': (52.3167, 34.0833, 'Bryansk Oblast'),
    'Pogar': (52.5500, 33.2667, 'Bryansk Oblast'),
    'Trubchevsk': (52.5833, 33.7667, 'Bryansk Oblast'),
    'Sevsk': (52.1500, 34.4833, 'Bryansk Oblast'),
}
UK_ONLY = set('іїєґ')
RU_ONLY = set('ыэъ')
TOP_KEYS = ['id', 'lang', 'split', 'style', 'published', 'text', 'incidents']
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
# Words that a report must hold when it has an incident of these sub-events
# (debris for disrupted weapons use; the verbs of a recapture; the Russian claim's source).
SUB_EVENT_WORDS = {
    'Disrupted weapons use': ('\u0443\u043b\u0430\u043c\u043a\u0438', '\u043e\u0431\u043b\u043e\u043c\u043a\u0438'),
    'Government regains territory': ('\u0437\u0432\u0456\u043b\u044c\u043d\u0438\u043b\u0438', '\u0437\u0430\u0439\u0448\u043b\u0438'),
    'Non-state actor overtakes territory': ('\u041c\u0438\u043d\u043e\u0431\u043e\u0440\u043e\u043d\u044b', '\u043f\u043e \u0442\u0435\u043b\u0435\u0432\u0438\u0437\u043e\u0440\u0443'),
}
SNAKE = re.compile(r'^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$')
TERRITORY = {'Government regains territory', 'Non-state actor overtakes territory'}
WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

# Style tags already in use before this set (1934 tags, from the brief's taken_styles.txt).
TAKEN_STYLES = frozenset('''
a_further_and_another_added_toll_daybook a_to_z_sorted_place_rows_blotter
academic_event_catalogue_record access_constraints_tracker_row according_to_source_lead_note
acled_abduction acled_arrest acled_clash acled_crimea acled_debris acled_hromada acled_intercept
acled_looting acled_mine acled_month_of acled_no_event acled_note acled_note_multi
acled_note_single acled_protest acled_regional_overview_line acled_riot acled_russia
acled_territory acled_vac acled_vague_count acled_week_of active_voice_full_date_note
actor_dyad_header_note acute_stress_cases_left_out_worksheet admin_path_prefixed_note
admiralty_graded_source_note aerial_bomb_frontline_town_note afp afp_alert afp_brief
afp_kyiv_wire_copy afp_wire afp_wire_story agadez_oasis_beacon_tuareg_silversmiths_item
agency_chronology_factbox_entry agency_digest_of_media_reports agency_evening_summary
agency_overnight_attacks_roundup agentless_passive_full_date_coder_note
agrarian_cooperative_newsletter_item agri_trade_weekly_farm_strike_brief agricultural_damage_survey
agricultural_site_impact_note aid_agency_staff_near_miss_report aid_convoy_vehicle_logbook_remarks
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
commercial_radio_hourly_news_read commodity_markets_wrap_aside
community_choir_rehearsal_notes_email compensation_claim_evidence_review_note
condolence_post_crosscheck_note conflict_observatory conflicting_sources_count_choice_note
contact_line_clash_and_claim_coder_note content_moderator_cw_flagged_rows_rowbook
contested_target_note contracts_lawyer_defined_terms_slate control_map_crosscheck_battle_coder_note
cook_islands_avarua_paper_ham_radio_club_item coordinates_appended_note correction_duplicate_note
corrections_and_clarifications_item correspondent_dispatch_opening correspondent_notebook_jotting
corsica_bastia_gazette_chestnut_millers_item costa_rican_english_weekly_abroad_section_item
cotswold_gliding_club_daily_flying_summary counter_battery_artillery_duel_analyst_memo
counterfactual_could_have_been_wording_daybook court_judgment_summary cpi_event_row
crater_trajectory_analysis_note crete_chania_bulletin_olive_pressers_item
crimea_detention_chronicle criminal_law_qualification_paragraph
croatian_news_portal_english_section_item crowded_site_shelling_casualty_reconciliation_note
crowdfunded_osint_team_backer_update crowdsourced_harm_submission_moderator_review
cruise_missile_flight_path_and_impact_analyst_note cryptic_crossword_solvers_daily_blog
cultural_heritage_loss_register current_events_portal_line cypriot_english_daily_world_news_item
czech_news_agency_english_service_item dacha_cooperative_chat_digest_ru damage_inventory_tail_note
danish_news_site_english_live_blog_entry dashcam_footage_review_note
data_journalist_spreadsheet_note dawn_and_first_light_precis death_certificate_review_note
dedup_and_correction_pass_coder_note deep_rear_western_oblast_strike_analyst_note
deepstate_changelog defence_trade_press_weapon_use_note defence_weekly_front_line_brief
deleted_post_archive_capture_note demining_ngo_accident_report demining_operator_log
deoccupied_village_return_note detention_and_abduction_case_note diaspora_media_summary
diaspora_parish_newsletter_note disability_ngo_casualty_note district_weekly_newsletter
ditto_carried_fields_scratchpad documentary_production_note documentation_training_worked_example
documenter_witness_interview_transcript_excerpt donbas_ceasefire_violation_log
donor_briefing_security_paragraph door_to_door_canvass_note dosimetrists_dose_rate_log
dotted_dmy_date_prefix_coder_note double_tap_sequence_analysis_note dpa_international_wire dpa_note
draft_case_peer_review_comment drone_chasing_cyclists_and_walkers_coder_memo
drone_dropped_grenade_and_irritant_gas_coder_note drone_footage_frame_review_note dsns
dsns_oblast_operational_report dsns_region_post dsns_rescue_chronicle dsns_telegram
dubai_kerala_samajam_members_circular dusk_and_pre_curfew_hours_precis
dutch_public_broadcaster_english_news_item dw_news easy_read_casualty_update_for_residents
echr_application_statement_of_facts_excerpt economist_espresso
ecuadorian_port_city_daily_world_item education_under_attack_monitor_entry efe_note
egyptian_english_daily_world_page_item email_morning_briefing_paragraph
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
governor_telegram gozo_victoria_weekly_bobbin_lace_makers_item
graded_reader_level_two_learner_story greek_national_daily_english_edition_item
green_space_tree_inventory greenhouse_and_polytunnel_precis
greenlandic_nuuk_paper_sled_dog_racing_item guardian_live_blog guardian_summary
gulf_english_daily_world_section_item guyanese_georgetown_daily_shipping_and_rice_trade_item
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
housing_damage_commission_act hrc_oral_update_speech_excerpt hrmmu hrmmu_report
hromada_channel_post hromada_head_facebook_post hromada_head_post
hromada_head_text_survey_replies_by_tracker hromada_raion_oblast_chain_note
hromada_source_cited_shelling_coder_note hromadske hromadske_radio hrw_report
human_rights_officer_radio_slot_crib_card humanitarian_access_incident_report_excerpt
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
humanitarian_security_staff_roll_call_after_attack_log
humanitarian_security_staff_sms_cascade_alert humanitarian_security_weekly_threat_trend_paragraph
humanitarian_situation_one_liner hungarian_news_site_english_section_item
hvar_jelsa_digest_lavender_harvesters_item hyphenated_double_barrelled_town_docket
icc_article_15_communication_annex_entry iccl_case_summary ice_arena_resurfacing_log
icelandic_english_news_site_item icon_conservators_treatment_diary icrc_note
ihl_clinic_student_casebook_entry ihl_distinction_assessment_note
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
local_monitoring_group_entry local_news local_online_media_news
local_radio_english_service_bulletin local_tv_channel local_weekly_paper_digest
lock_up_garage_rows_and_courtyard_car_parks_event_chit look_alike_place_names_event_synopsis
loreto_iquitos_planet_balsa_raft_lashers_item loss_adjuster_site_report lrt_english
luthier_workshop_repair_book luxembourg_english_news_site_item machine_translated_coder_note
magazine_feature_paragraph malawian_blantyre_daily_foreign_affairs_item
malaysian_english_daily_world_page_brief maldivian_online_newspaper_world_item
mali_djenne_oracle_mud_mosque_plasterers_item maltese_national_daily_world_brief
maluku_banda_neira_pennant_nutmeg_sorters_item management_consultant_parking_lot_jargon_rowbook
manaus_amazonas_courant_river_ferry_pilots_item manual_writer_imperative_keying_orders_rowbook
manx_broadcaster_douglas_newsroom_web_story map_desk_change_log_entry
maritime_trade_daily_port_strike_brief maritime_war_risk_bulletin
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
national_tv_channel_english_site_item nato_date_time_group_jotter
nature_reserve_wardens_patrol_book nauruan_yaren_bulletin_phosphate_loaders_item
nearest_strike_distance_table_per_office needs_assessment_key_informant_interview_summary
neighbouring_country_daily_english_brief nepali_english_daily_world_page_item
new_zealand_news_website_world_item news_aggregator_push_notification
news_aggregator_rewrite_with_source_credit news_fixer_client_message
news_site_developing_story_top_paragraph news_video_page_summary_blurb newsletter_line
newsletter_need_to_know_item newsletter_overnight_roundup
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
notes_column_terse_entry notes_column_with_source_line novaya_gazeta_europe npr
npu_regional_channel nuclear_plant_satellite_town_strike_analyst_note
number_word_then_bracketed_digit_worksheet numbered_overnight_hits_list
numbered_schools_clinics_routes_worksheet numbered_subevent_compound_note nv_brief nv_english
nv_english_wire_item nv_roundup nyt_live_blog nz_geocaching_group_weekly_log_email
obituary_death_notice oblast_admin_post_english_translation
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
osint_discord_volunteer_geolocation_post osint_freelancer_weekly_timesheet_entries
osint_geolocation osint_hackathon_challenge_brief osint_investigator_contributor_thank_you_post
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
print_queue_document_titles_at_prosecutors prosecutor
prosecutor_case_allocation_roster_by_unit_head prosecutor_case_file_exhibit_list_entry
prosecutor_case_register_translation prosecutor_duty_investigator_shift_handover_memo
prosecutor_field_investigator_out_of_office_autoreply
prosecutor_forensic_lab_sample_submission_remarks prosecutor_instructions_to_police_investigators
prosecutor_joinder_order_merging_strike_files prosecutor_joint_investigation_team_partner_briefing
prosecutor_letter_to_victims_family_on_case_progress prosecutor_motion_to_judge_for_footage_access
prosecutor_mutual_legal_assistance_request_excerpt
prosecutor_notice_of_suspicion_in_absentia_summary prosecutor_office_sourced_note
prosecutor_press_officer_media_line_approval_request prosecutor_regional_morning_call_agenda_items
prosecutor_scene_mapping_drone_flight_log prosecutor_statement prosecutor_unit_petty_cash_book
prosecutor_victim_status_recognition_decision_summary
prosecutor_voicemail_update_to_victims_lawyer_transcript
prosecutor_while_you_were_out_message_slips prosecutor_witness_summons_cover_note
protection_case_referral_form protection_monitoring_flash_note
protection_monitoring_household_interview_note protection_officer_field_visit_note
protection_officer_hromada_weekly_email provincial_broadcaster_english_service_story
prylit_and_bavovna_war_slang_kept_slate psychosocial_caseworker_referral_summary
pub_quiz_league_weekly_scores_sheet public_broadcaster_live_blog_entry
public_gathering_strike_witness_note public_holiday_dated_strike_analyst_note
public_radio_english_web_bulletin_item published_diary_entry publisher_app_breaking_card
puno_titicaca_enquirer_totora_boat_builders_item push_alert qa_explainer_answer
qa_ticket_queue_note qatari_english_daily_world_page_item quarry_brickworks_and_gravel_pit_docket
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
revision_log_coder_note rferl_ukraine_live_item ria ria_en ria_novosti_flash ria_roundup
ria_sputnik rights_field_team_shared_calendar_entries rights_group_casefile_occupation_coder_note
rights_group_letter_to_armed_forces_requesting_explanation rights_group_press_release_lede
rights_hotline_complaint_log_entry rights_mission_trip_report_day_entry
rights_monitor_embassy_briefing_talking_points
rights_monitor_field_trip_expense_claim_justification rights_monitor_funeral_attendance_note
rights_monitor_hospital_ward_visit_note rights_monitor_mobile_team_village_route_diary
rights_monitor_monthly_annex_entry rights_monitor_numbered_findings_paragraph
rights_monitor_side_event_moderator_script rights_monitor_single_house_case_paragraph
rights_monitor_team_whiteboard_photo_transcription
rights_monitor_village_council_secretary_interview_note rights_ngo
rights_team_dictaphone_track_list rising_toll_story_update river_crossing_and_coastal_note
river_gauge_observer_journal river_sharing_a_town_name_docket road_mender_and_verge_mower_precis
road_segment_between_villages_note road_vehicle_strike_verification_note
roadside_memorial_inventory_by_rights_monitor rolling_live_blog_toll_update
roman_numeral_month_jotter romanian_news_agency_english_service_item
rotary_club_fellowship_bulletin rotterdam_karate_dojo_members_newsletter roundup
row_amendment_bracketed_coder_note row_split_decision_note rowing_club_boathouse_log rt_english
ru_agency_translated_copy ru_agency_wire_item ru_aircon_split_system_fitting_crew
ru_amateur_hockey_league_fixture_change_notice ru_antique_and_coin_shop_news
ru_aquarium_fish_shop_stock_arrivals ru_army_newspaper_frontline_column ru_auto_parts_store_counter
ru_auto_tinting_and_headlight_film ru_avito_private_sale_listing ru_banquet_hall_events_vk_notice
ru_banya_bathhouse_vk_notice ru_bathtub_reenamelling_with_acrylic
ru_bookbinding_workshop_thesis_orders ru_bookkeeper_tax_returns_help
ru_border_district_village_note ru_border_evacuee_charity_note ru_border_governor_rendered_note
ru_border_municipal_okrug_coder_note ru_border_oblast_daily_recap_coder_note
ru_border_oblast_governor_sourced_coder_note ru_border_oblasts_evening_wrap
ru_border_region_desk_brief ru_border_town_schoolteacher_vk_page_entry
ru_bowling_and_billiards_club ru_business_daily_regional_bureau_item ru_butcher_counter_meat_orders
ru_car_hire_deposit_and_mileage ru_carnival_costume_hire_for_matinees
ru_cctv_camera_and_doorphone_mounting ru_certified_translations_from_ukrainian
ru_cinema_session_cancellation_notice ru_civil_registry_zags_office_notice
ru_climbing_gym_bouldering_passes ru_cossack_society_border_patrol_telegram_post
ru_curtains_blinds_and_rails_salon ru_dance_studio_class_timetable_update
ru_desk_border_oblast_translated_coder_note ru_diocese_news_item ru_district_admin_notice
ru_district_head_telegram_translated_coder_note ru_district_head_vk_post
ru_dog_grooming_salon_appointments_feed ru_dpr_jccc_representation_shelling_record
ru_draught_beer_and_kvass_shop ru_drive2_car_owner_logbook_entry
ru_dry_cleaners_order_pickup_notice ru_dzen_military_blog_digest
ru_embassy_telegram_post_condemning_strike_with_western_weapons
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
ru_husband_for_an_hour_handyman ru_ice_rink_skate_hire_and_sessions
ru_independent_rights_group_note ru_industrial_plant_press_service_vk_post ru_installed_official
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
ru_perfume_and_cosmetics_counter ru_picture_framing_and_baguette_orders
ru_pit_bike_and_moped_dealer ru_podslushano_town_vk_public_anonymous_submission
ru_powder_coating_of_wheels_and_metal ru_power_tool_rental_point
ru_president_meeting_with_governor_kremlin_transcript_excerpt ru_private_lab_blood_draw_hours
ru_propane_cylinder_exchange_point ru_pyrotechnics_shop_new_year_salutes ru_raion_newspaper_short
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
'''.split())


def parse_args(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    data = os.path.join(here, 'reports_cyrillic56.jsonl')
    dump = os.environ.get('GEONAMES_UA_ZIP') or '/work/shared/data/geonames/UA.zip'
    for a in argv:
        if a.lower().endswith('.zip'):
            dump = a
        else:
            data = a
    return data, dump


def load_dump(path, wanted):
    """Stream the dump and keep only the records whose id is wanted."""
    a1 = {}
    with open(os.path.join(os.path.dirname(os.path.abspath(path)), 'admin1CodesASCII.txt'),
              encoding='utf-8') as f:
        for line in f:
            p = line.rstrip('\n').split('\t')
            if p[0].startswith('UA.'):
                a1[p[0][3:]] = p[2]
    recs = {}
    with zipfile.ZipFile(path) as z:
        with z.open('UA.txt') as raw:
            for line in io.TextIOWrapper(raw, encoding='utf-8'):
                tab = line.find('\t')
                try:
                    gid = int(line[:tab])
                except ValueError:
                    continue
                if gid not in wanted:
                    continue
                p = line.rstrip('\n').split('\t')
                admin1 = a1.get(p[10], '')
                if admin1 == "Kharkivs'ka Oblast'":
                    admin1 = 'Kharkiv'
                recs[gid] = {'name': p[1], 'lat': float(p[4]), 'lon': float(p[5]),
                             'fclass': p[6], 'fcode': p[7], 'admin1': admin1}
    return recs


def km(lat1, lon1, lat2, lon2):
    r = math.radians
    dlat, dlon = r(lat2 - lat1), r(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def as_date(s):
    try:
        return datetime.date.fromisoformat(s) if isinstance(s, str) and len(s) == 10 else None
    except ValueError:
        return None


def is_num(v):
    return isinstance(v, (int, decimal.Decimal)) and not isinstance(v, bool)


def decimals(v):
    if isinstance(v, int):
        return 0
    e = v.as_tuple().exponent
    return -e if e < 0 else 0


def main(argv):
    data_path, dump_path = parse_args(argv)
    faults = []
    err = faults.append
    records = []
    with open(data_path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err('line %d: empty line' % n)
                continue
            try:
                rec = json.loads(line, parse_float=decimal.Decimal)
            except ValueError as e:
                err('line %d: does not parse: %s' % (n, e))
                continue
            if not isinstance(rec, dict):
                err('line %d: not an object' % n)
                continue
            records.append((n, rec))

    wanted = set()
    for _, rec in records:
        for inc in rec.get('incidents') or []:
            if isinstance(inc, dict) and isinstance(inc.get('geonameid'), int):
                wanted.add(inc['geonameid'])
    dump = load_dump(dump_path, wanted)

    seen = {}
    items = {'uk': 0, 'ru': 0}
    incs = {'uk': 0, 'ru': 0}
    split_n = {'holdout': 0, 'tune': 0}
    styles = {}
    last_pub = {}
    runs = {}
    empty = 0
    near_checked = set()
    empty_ids = set()
    split_incs = {}
    type_n = {}
    lang_type_n = {}
    ru_countries = {}
    n_two = 0
    n_zero = 0
    n_null = 0
    ru_towns = {}
    admin1_n = {}
    sent_counts = []
    longest = 0
    ages = {}
    words = {'uk': [], 'ru': []}
    heading_ids = set()
    one_ids = set()
    three_ids = set()
    n_both = 0
    pins_seen = set()
    forms_seen = set()
    tolls_seen = set()
    five_ids = set()
    seven_ids = set()
    weekdays_seen = set()
    days_seen = set()
    explicit_seen = set()
    date_of = {}
    zz_lang = {}
    nn_lang = {}
    n_inj_only = 0
    n_kil_only = 0
    pub_wd = {}
    for n, rec in records:
        rid = rec.get('id')
        tag = 'line %d (%s)' % (n, rid)
        if list(rec.keys()) != TOP_KEYS:
            err('%s: top-level keys %s, expected %s' % (tag, list(rec.keys()), TOP_KEYS))
        lang = rec.get('lang')
        if lang not in PREFIX:
            err('%s: lang %r not uk/ru' % (tag, lang))
            continue
        m = re.match(r'^(uk56|ru56)-(\d{3})$', rid or '') if isinstance(rid, str) else None
        if not m:
            err('%s: id does not match uk56-NNN/ru56-NNN' % tag)
            continue
        if m.group(1) != PREFIX[lang]:
            err('%s: id prefix does not match lang %s' % (tag, lang))
        if rid in seen:
            err('%s: duplicate id (first on line %d)' % (tag, seen[rid]))
        seen[rid] = n
        items[lang] += 1
        num = int(m.group(2))
        want_split = 'holdout' if num % 2 else 'tune'
        split = rec.get('split')
        if split != want_split:
            err('%s: split %r, parity rule gives %r' % (tag, split, want_split))
        if split in split_n:
            split_n[split] += 1
        style = rec.get('style')
        if not isinstance(style, str) or not SNAKE.match(style):
            err('%s: style %r is not snake_case' % (tag, style))
        elif style in TAKEN_STYLES:
            err('%s: style %r is already in use' % (tag, style))
        elif style not in near_checked:
            near_checked.add(style)
            ratio, near = max((difflib.SequenceMatcher(None, style, t).ratio(), t) for t in TAKEN_STYLES)
            if ratio >= NEAR_STYLE:
                err('%s: style %r is a near-variant of taken %r (ratio %.3f)' % (tag, style, near, ratio))
            styles.setdefault(style, []).append((lang, split))
        else:
            styles.setdefault(style, []).append((lang, split))
        text = rec.get('text')
        if not isinstance(text, str):
            err('%s: text is not a string' % tag)
            text = ''
        letters = [c for c in text if c.isalpha()]
        cyr = sum(1 for c in letters if '\u0400' <= c <= '\u04ff')
        if not letters or cyr / len(letters) < 0.8:
            err('%s: text is not mainly Cyrillic (%d of %d letters)' % (tag, cyr, len(letters)))
        if '\u2019' in text or '\u0451' in text or '\u0401' in text:
            err('%s: text has U+2019 or \u0451 (this set writes ASCII apostrophes and \u0435)' % tag)
        low = set(text.lower())
        if lang == 'uk' and (not low & UK_ONLY or low & RU_ONLY):
            err('%s: uk text lacks Ukrainian letters or has Russian-only letters' % tag)
        if lang == 'ru' and (low & UK_ONLY or not low & RU_ONLY):
            err('%s: ru text has Ukrainian-only letters or lacks Russian letters' % tag)
        wc = len(text.split())
        words[lang].append(wc)
        if lang == 'ru' and (rid in UA_SIDE_RU_IDS) != ('\u0433\u0440\u0438\u0432\u0435\u043d' in text):
            err('%s: only the Russian texts from the Ukrainian side %s price in hryvnias ("\u0433\u0440\u0438\u0432\u0435\u043d")'
                % (tag, sorted(UA_SIDE_RU_IDS)))
        sents = [s for s in re.split(r'(?<=[.!?\u2026])\s+|\n+', text.strip()) if s.strip()]
        if not SENTENCES[0] <= len(sents) <= SENTENCES[1]:
            err('%s: text has %d sentences, expected %d-%d' % (tag, len(sents), SENTENCES[0], SENTENCES[1]))
        sent_counts.append(len(sents))
        if len(sents) == 5:
            five_ids.add(rid)
        elif len(sents) == 7:
            seven_ids.add(rid)
        heading = sents[0] if sents else ''
        head_town = heading[heading.rfind(', ') + 2:-1] if heading.endswith('.') and ', ' in heading else ''
        if not re.match(r'^[^.!?]+, [^,.!?]+\.$', heading):
            err('%s: first sentence %r is not a heading ending in ", <town>."' % (tag, heading))
        longest = max([longest] + [len(s.split()) for s in sents])
        long_s = [s for s in sents if len(s.split()) > MAX_SENTENCE_WORDS]
        if long_s:
            err('%s: a sentence has %d words, more than %d' % (tag, len(long_s[0].split()), MAX_SENTENCE_WORDS))
        if not WORDS[0] <= wc <= WORDS[1]:
            err('%s: text has %d words, expected %d-%d' % (tag, wc, WORDS[0], WORDS[1]))
        pub = as_date(rec.get('published'))
        if pub is not None:
            last = last_pub.get(lang)
            if last is not None and pub < last[1]:
                err('%s: published %s is before %s of %s (ids must be in date order)' % (tag, pub, last[1], last[0]))
            last_pub[lang] = (rid, pub)
        if pub is not None:
            pub_wd[WEEKDAY_NAMES[pub.weekday()]] = pub_wd.get(WEEKDAY_NAMES[pub.weekday()], 0) + 1
        if pub is None:
            err('%s: published %r is not a date' % (tag, rec.get('published')))
        elif not PUB_RANGE[0] <= pub <= PUB_RANGE[1]:
            err('%s: published %s outside %s..%s' % (tag, pub, PUB_RANGE[0], PUB_RANGE[1]))
            pub = None
        inc_list = rec.get('incidents')
        if not isinstance(inc_list, list):
            err('%s: incidents is not a list' % tag)
            continue
        if not inc_list:
            empty += 1
            empty_ids.add(rid)
        runs.setdefault(lang, []).append((num, style))
        if len(inc_list) == 2:
            n_two += 1
        elif len(inc_list) == 1:
            one_ids.add(rid)
        elif len(inc_list) == 3:
            three_ids.add(rid)
        if len(inc_list) > MAX_PER_REPORT:
            err('%s: %d incidents, this set has at most %d per report' % (tag, len(inc_list), MAX_PER_REPORT))
        forms = NOT_INCIDENT_FORMS.get(rid, set())
        forms_seen.update((rid, f) for f in forms)
        for f in sorted(forms):
            if not re.search(r'(?<![\w\'-])' + re.escape(f) + r'(?![\w\'-])', text):
                err('%s: the non-incident form %r of the README section is not in the text' % (tag, f))
        inc_places = {i.get('place') for i in inc_list if isinstance(i, dict)}
        if rid in HEADING_IDS:
            if head_town not in inc_places:
                err('%s: the heading town %r is not the place of an incident (README section, heading reports)' % (tag, head_town))
        elif head_town not in forms:
            err('%s: the heading town %r is not one of the non-incident forms of this report (README section)' % (tag, head_town))
        keys_seen = set()
        for k, inc in enumerate(inc_list, 1):
            itag = '%s incident %d' % (tag, k)
            if not isinstance(inc, dict):
                err('%s: not an object' % itag)
                continue
            incs[lang] += 1
            split_incs[(lang, split)] = split_incs.get((lang, split), 0) + 1
            if list(inc.keys()) != INC_KEYS:
                err('%s: incident keys %s, expected %s' % (itag, list(inc.keys()), INC_KEYS))
            place = inc.get('place')
            if not isinstance(place, str) or not place or place not in text:
                err('%s: place %r is not in the text' % (itag, place))
            elif not re.search(r'(?<![\w\'-])' + re.escape(place) + r'(?![\w\'-])', text):
                err('%s: place %r occurs in the text only inside a longer word' % (itag, place))
            if isinstance(place, str) and place and re.search(r'(?<![\w\'-])' + re.escape(place) + r'(?![\w\'-])', heading):
                heading_ids.add(rid)
            if not isinstance(place, str):
                place = repr(place)
            lat, lon = inc.get('lat'), inc.get('lon')
            point_ok = False
            if not (is_num(lat) and is_num(lon)):
                err('%s: lat/lon are not numbers' % itag)
            else:
                if decimals(lat) > 5 or decimals(lon) > 5:
                    err('%s: lat/lon have more than 5 decimals (%s, %s)' % (itag, lat, lon))
                flat, flon = float(lat), float(lon)
                if not (BOX[0] <= flat <= BOX[1] and BOX[2] <= flon <= BOX[3]):
                    err('%s: point %s, %s outside the %s-%s N / %s-%s E box'
                        % (itag, lat, lon, BOX[0], BOX[1], BOX[2], BOX[3]))
                else:
                    point_ok = True
            country = inc.get('country')
            gid = inc.get('geonameid')
            if country == 'RU':
                if gid is not None:
                    err('%s: RU place has geonameid %r, expected null' % (itag, gid))
                if inc.get('admin1') not in RU_ADMIN1:
                    err('%s: RU admin1 %r not in %s' % (itag, inc.get('admin1'), sorted(RU_ADMIN1)))
                town = RU_TOWNS.get(inc.get('location'))
                if town is None:
                    err('%s: RU location %r is not one of %s' % (itag, inc.get('location'), sorted(RU_TOWNS)))
                else:
                    if inc.get('admin1') in RU_ADMIN1 and inc.get('admin1') != town[2]:
                        err('%s: RU admin1 %r, %s is in %s' % (itag, inc.get('admin1'), inc.get('location'), town[2]))
                    if point_ok and km(float(lat), float(lon), town[0], town[1]) > MAX_KM:
                        err('%s: point is %.1f km from the %s centre' % (itag, km(float(lat), float(lon), town[0], town[1]), inc.get('location')))
            elif country == 'UA':
                if not isinstance(gid, int) or isinstance(gid, bool):
                    err('%s: UA place has no integer geonameid' % itag)
                elif gid not in dump:
                    err('%s: geonameid %d not in the dump' % (itag, gid))
                else:
                    g = dump[gid]
                    if g['fclass'] != 'P':
                        err('%s: geonameid %d has feature class %s, not P' % (itag, gid, g['fclass']))
                    else:
                        if g['fcode'] in ('PPLA', 'PPLC'):
                            err('%s: geonameid %d is an oblast centre (%s); this set has no incident there'
                                % (itag, gid, g['fcode']))
                        if point_ok:
                            d = km(float(lat), float(lon), g['lat'], g['lon'])
                            if d > MAX_KM:
                                err('%s: point is %.1f km from geonameid %d' % (itag, d, gid))
                        if inc.get('admin1') != g['admin1']:
                            err('%s: admin1 %r, dump has %r' % (itag, inc.get('admin1'), g['admin1']))
                        if inc.get('location') != g['name']:
                            err('%s: location %r, dump name is %r' % (itag, inc.get('location'), g['name']))
            else:
                err('%s: country %r not UA/RU' % (itag, country))
            ed = as_date(inc.get('event_date'))
            if ed is None:
                err('%s: event_date %r is not a date' % (itag, inc.get('event_date')))
            elif ed < EVENT_MIN:
                err('%s: event_date %s is before %s' % (itag, ed, EVENT_MIN))
            elif pub is not None:
                if ed > pub:
                    err('%s: event_date %s is after published %s' % (itag, ed, pub))
                else:
                    ages[(pub - ed).days] = ages.get((pub - ed).days, 0) + 1
                if ed <= pub and (pub - ed).days > MAX_AGE_DAYS:
                    err('%s: event_date %s is %d days before published %s'
                        % (itag, ed, (pub - ed).days, pub))
            et, st = inc.get('event_type'), inc.get('sub_event_type')
            type_n[st] = type_n.get(st, 0) + 1
            lang_type_n[(lang, st)] = lang_type_n.get((lang, st), 0) + 1
            if lang == 'ru':
                ru_countries[country] = ru_countries.get(country, 0) + 1
                if country == 'UA' and inc.get('admin1') not in RU_TEXT_UA_ADMIN1:
                    err('%s: a Russian text has an incident in Ukraine outside %s (admin1 %r)'
                        % (itag, sorted(RU_TEXT_UA_ADMIN1), inc.get('admin1')))
                if rid in UA_SIDE_RU_IDS:
                    if country != 'UA' or inc.get('admin1') not in UA_SIDE_ADMIN1:
                        err('%s: a Russian text from the Ukrainian side has an incident outside %s (%r, %r)'
                            % (itag, sorted(UA_SIDE_ADMIN1), country, inc.get('admin1')))
                    if inc.get('sub_event_type') == 'Non-state actor overtakes territory':
                        err('%s: a Russian text from the Ukrainian side holds a claim of captured ground' % itag)
                elif country == 'UA' and inc.get('admin1') not in OCCUPIED_SIDE_ADMIN1:
                    err('%s: a Russian text from the occupied side has an incident in Ukraine outside %s (admin1 %r); only the texts %s may'
                        % (itag, sorted(OCCUPIED_SIDE_ADMIN1), inc.get('admin1'), sorted(UA_SIDE_RU_IDS)))
            elif country != 'UA':
                err('%s: a Ukrainian text has an incident in %r; all its incidents lie in UA' % (itag, country))
            if inc.get('admin1') == 'Kursk Oblast':
                err('%s: an incident in Kursk Oblast; this set has none' % itag)
            if st not in ACLED.get(et, ()):
                err('%s: invalid ACLED type pair %r / %r' % (itag, et, st))
            if st == 'Non-state actor overtakes territory' and (lang != 'ru' or country != 'UA'):
                err('%s: a claim of captured ground must be in a Russian text and on a place in Ukraine' % itag)
            if st == 'Government regains territory' and lang != 'uk':
                err('%s: a recapture by Ukrainian forces must be in a Ukrainian text' % itag)
            kv, iv = inc.get('killed'), inc.get('injured')
            if isinstance(kv, int) and not isinstance(kv, bool) and kv > MAX_KILLED:
                err('%s: %d killed, this set keeps at most %d' % (itag, kv, MAX_KILLED))
            if isinstance(iv, int) and not isinstance(iv, bool) and iv > MAX_INJURED:
                err('%s: %d injured, this set keeps at most %d' % (itag, iv, MAX_INJURED))
            if inc.get('event_date') in NO_EVENT_DATES:
                err('%s: an incident dated %s; this set has none on that day' % (itag, inc.get('event_date')))
            if country == 'RU':
                ru_towns[inc.get('location')] = ru_towns.get(inc.get('location'), 0) + 1
            admin1_n[(lang, inc.get('admin1'))] = admin1_n.get((lang, inc.get('admin1')), 0) + 1
            if kv == 0 and iv == 0 and not isinstance(kv, bool) and not isinstance(iv, bool):
                n_zero += 1
                zz_lang[lang] = zz_lang.get(lang, 0) + 1
            if kv is None and iv is None:
                n_null += 1
                nn_lang[lang] = nn_lang.get(lang, 0) + 1
            if kv is None and iv is not None:
                n_inj_only += 1
            if kv is not None and iv is None:
                n_kil_only += 1
            if kv is not None and iv is not None and not (kv == 0 and iv == 0):
                n_both += 1
            for f in ('killed', 'injured'):
                v = inc.get(f)
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    err('%s: %s is %r, expected null or a non-negative integer' % (itag, f, v))
            pin_key = (rid, place)
            if pin_key in NAMESAKE_PINS:
                pins_seen.add(pin_key)
                want_pin = NAMESAKE_PINS[pin_key]
                got_pin = gid if isinstance(want_pin, int) else (inc.get('location') if country == 'RU' else gid)
                if got_pin != want_pin:
                    err('%s: %r is pinned to %r (README section, namesakes), got %r'
                        % (itag, place, want_pin, got_pin))
            if (rid, place) in TOLL_PINS:
                tolls_seen.add((rid, place))
                if (kv, iv) != TOLL_PINS[(rid, place)]:
                    err('%s: %r is coded %r/%r, the README section gives %r/%r'
                        % ((itag, place, kv, iv) + TOLL_PINS[(rid, place)]))
            if (rid, place) in WEEKDAY_PINS:
                weekdays_seen.add((rid, place))
                if ed is not None and ed.weekday() != WEEKDAY_PINS[(rid, place)]:
                    err('%s: %r is dated %s, a %s; its text gives a %s (README section, weekday pins)'
                        % (itag, place, ed, WEEKDAY_NAMES[ed.weekday()], WEEKDAY_NAMES[WEEKDAY_PINS[(rid, place)]]))
            date_of[(rid, place)] = ed
            n_pins = sum(1 for d in (WEEKDAY_PINS, DAY_PINS, DATE_LINKS, EXPLICIT_DATES) if (rid, place) in d)
            if n_pins != 1:
                err('%s: %r has %d date pins, expected exactly one (README section, "Dates")' % (itag, place, n_pins))
            if (rid, place) in DAY_PINS:
                days_seen.add((rid, place))
                if ed is not None and pub is not None and (pub - ed).days != DAY_PINS[(rid, place)]:
                    err('%s: %r is %d days before published, its text gives %d (README section, day pins)'
                        % (itag, place, (pub - ed).days, DAY_PINS[(rid, place)]))
            if (rid, place) in EXPLICIT_DATE_FORMS and EXPLICIT_DATE_FORMS[(rid, place)] not in text:
                err('%s: %r has an explicit date, but %r is not in the text (README section, "Dates")'
                    % (itag, place, EXPLICIT_DATE_FORMS[(rid, place)]))
            if st in SUB_EVENT_WORDS and not any(w in text for w in SUB_EVENT_WORDS[st]):
                err('%s: a %r incident, but the text has none of %r (README section, "Event types")'
                    % (itag, st, SUB_EVENT_WORDS[st]))
            if (rid, place) in EXPLICIT_DATES:
                explicit_seen.add((rid, place))
                if inc.get('event_date') != EXPLICIT_DATES[(rid, place)]:
                    err('%s: %r is dated %r, its text gives %s' % (itag, place, inc.get('event_date'), EXPLICIT_DATES[(rid, place)]))
            if place in forms:
                err('%s: %r is a venue, route, locator, region, rumour or repeat (README section), not an incident place'
                    % (itag, place))
            if st in TERRITORY and (kv is not None or iv is not None):
                err('%s: a recapture or claim of captured ground is coded %r/%r, expected null/null' % (itag, kv, iv))
            key = (place, inc.get('event_date'), st)
            if key in keys_seen:
                err('%s: a second incident with place %r, date %s and sub-event %r'
                    % (itag, place, inc.get('event_date'), st))
            keys_seen.add(key)

    for lang in ('uk', 'ru'):
        if items[lang] != N_ITEMS[lang]:
            err('%d %s items, expected %d' % (items[lang], lang, N_ITEMS[lang]))
        if incs[lang] != N_INCIDENTS[lang]:
            err('%d %s incidents, expected %d' % (incs[lang], lang, N_INCIDENTS[lang]))
        for i in range(1, N_ITEMS[lang] + 1):
            rid = '%s-%03d' % (PREFIX[lang], i)
            if rid not in seen:
                err('id %s is missing' % rid)
    for lang, seq in runs.items():
        seq.sort()
        for i in range(1, len(seq)):
            if seq[i][1] == seq[i - 1][1]:
                err('%s-%03d: same style %s as the id before (no two neighbouring ids share a style)' % (PREFIX[lang], seq[i][0], seq[i][1]))
    if not N_EMPTY[0] <= empty <= N_EMPTY[1]:
        err('%d items without incidents, expected %d-%d' % (empty, N_EMPTY[0], N_EMPTY[1]))
    for sp, want in SPLIT_ITEMS.items():
        if split_n.get(sp) != want:
            err('%d %s items, expected %d' % (split_n.get(sp, 0), sp, want))
    for key, want in sorted(SPLIT_INCIDENTS.items()):
        if split_incs.get(key, 0) != want:
            err('%d %s %s incidents, expected %d' % (split_incs.get(key, 0), key[0], key[1], want))
    if empty_ids != EMPTY_IDS:
        err('items without incidents %s, expected %s' % (sorted(empty_ids), sorted(EMPTY_IDS)))
    for st, want in sorted(TYPE_COUNTS.items()):
        if type_n.get(st, 0) != want:
            err('%d %r incidents, expected %d' % (type_n.get(st, 0), st, want))
    for key in sorted(set(LANG_TYPE_COUNTS) | set(lang_type_n), key=str):
        if lang_type_n.get(key, 0) != LANG_TYPE_COUNTS.get(key, 0):
            err('%d %s %r incidents, expected %d' % (lang_type_n.get(key, 0), key[0], key[1], LANG_TYPE_COUNTS.get(key, 0)))
    for c in sorted(set(RU_TEXT_COUNTRIES) | set(ru_countries), key=str):
        if ru_countries.get(c, 0) != RU_TEXT_COUNTRIES.get(c, 0):
            err('%d incidents in %r in the Russian texts, expected %d' % (ru_countries.get(c, 0), c, RU_TEXT_COUNTRIES.get(c, 0)))
    if n_two != N_TWO_INCIDENTS:
        err('%d reports with two incidents, expected %d' % (n_two, N_TWO_INCIDENTS))
    for st in sorted(set(type_n) - set(TYPE_COUNTS), key=str):
        err('%d incidents of unexpected sub-event %r' % (type_n[st], st))
    if len(styles) != N_STYLES:
        err('%d new styles, expected %d' % (len(styles), N_STYLES))
    for style, uses in sorted(styles.items()):
        langs = {l for l, _ in uses}
        if len(langs) != 1:
            err('style %s is used in more than one language' % style)
            continue
        lang = langs.pop()
        if len(uses) != PER_STYLE[lang]:
            err('style %s has %d records, expected %d' % (style, len(uses), PER_STYLE[lang]))
        if {s for _, s in uses} != {'holdout', 'tune'}:
            err('style %s is not in both splits' % style)

    for style, uses in sorted(styles.items()):
        want = STYLE_SPLITS.get(style)
        got = (sum(1 for _, s in uses if s == 'holdout'), sum(1 for _, s in uses if s == 'tune'))
        if want is None:
            err('style %s is not one of the eight styles of the README section' % style)
        elif got != want:
            err('style %s has %d holdout / %d tune records, expected %d / %d' % (style, got[0], got[1], want[0], want[1]))
    for d in sorted(set(ages) | set(AGE_COUNTS)):
        if ages.get(d, 0) != AGE_COUNTS.get(d, 0):
            err('%d incidents are %d days old, expected %d' % (ages.get(d, 0), d, AGE_COUNTS.get(d, 0)))
    for lang in ('uk', 'ru'):
        if words[lang]:
            mean = round(sum(words[lang]) / len(words[lang]), 1)
            if abs(mean - MEAN_WORDS[lang]) > 0.05:
                err('mean words of %s texts %.1f, expected %.1f' % (lang, mean, MEAN_WORDS[lang]))
            span = (min(words[lang]), max(words[lang]))
            if span != WORD_SPAN[lang]:
                err('%s texts run from %d to %d words, expected %d-%d' % (lang, span[0], span[1], WORD_SPAN[lang][0], WORD_SPAN[lang][1]))
    if n_zero != N_ZERO_ZERO:
        err('%d incidents coded 0/0, expected %d' % (n_zero, N_ZERO_ZERO))
    if n_null != N_NULL_NULL:
        err('%d incidents coded null/null, expected %d' % (n_null, N_NULL_NULL))
    for t in sorted(set(ru_towns) | set(RU_TOWN_COUNTS), key=str):
        if ru_towns.get(t, 0) != RU_TOWN_COUNTS.get(t, 0):
            err('%d incidents in the RU town %r, expected %d' % (ru_towns.get(t, 0), t, RU_TOWN_COUNTS.get(t, 0)))
    for key in sorted(set(admin1_n) | set(ADMIN1_COUNTS), key=str):
        if admin1_n.get(key, 0) != ADMIN1_COUNTS.get(key, 0):
            err('%d %s incidents in admin1 %r, expected %d' % (admin1_n.get(key, 0), key[0], key[1], ADMIN1_COUNTS.get(key, 0)))
    if sent_counts and (min(sent_counts), max(sent_counts)) != SENTENCE_SPAN:
        bad_s = (min(sent_counts), max(sent_counts))
        err('texts have %d to %d sentences, expected %d-%d' % (bad_s[0], bad_s[1], SENTENCE_SPAN[0], SENTENCE_SPAN[1]))
    if sent_counts and longest != LONGEST_SENTENCE:
        err('the longest sentence has %d words, expected %d' % (longest, LONGEST_SENTENCE))
    for lang in ('uk', 'ru'):
        if zz_lang.get(lang, 0) != ZERO_ZERO_LANG[lang]:
            err('%d %s incidents coded 0/0, expected %d' % (zz_lang.get(lang, 0), lang, ZERO_ZERO_LANG[lang]))
        if nn_lang.get(lang, 0) != NULL_NULL_LANG[lang]:
            err('%d %s incidents coded null/null, expected %d' % (nn_lang.get(lang, 0), lang, NULL_NULL_LANG[lang]))
    if n_inj_only != N_INJURED_ONLY:
        err('%d incidents with killed null and injured given, expected %d' % (n_inj_only, N_INJURED_ONLY))
    if n_kil_only != N_KILLED_ONLY:
        err('%d incidents with killed given and injured null, expected %d' % (n_kil_only, N_KILLED_ONLY))
    if five_ids != FIVE_SENTENCE_IDS:
        err('texts with 5 sentences %s, expected %s' % (sorted(five_ids), sorted(FIVE_SENTENCE_IDS)))
    if seven_ids != SEVEN_SENTENCE_IDS:
        err('texts with 7 sentences %s, expected %s' % (sorted(seven_ids), sorted(SEVEN_SENTENCE_IDS)))
    if one_ids != ONE_IDS:
        err('reports with one incident %s, expected %s' % (sorted(one_ids), sorted(ONE_IDS)))
    if three_ids != THREE_IDS:
        err('reports with three incidents %s, expected %s' % (sorted(three_ids), sorted(THREE_IDS)))
    if n_both != N_BOTH_GIVEN:
        err('%d incidents give both counts and are not 0/0, expected %d' % (n_both, N_BOTH_GIVEN))
    for style in sorted(set(STYLE_SPLITS) - set(styles)):
        err('style %s of the README section has no record' % style)
    for pin_key in sorted(set(NAMESAKE_PINS) - pins_seen):
        err('%s: no incident with place %r (a namesake pin of the README section)' % pin_key)
    for pin_key in sorted(set(TOLL_PINS) - tolls_seen):
        err('%s: no incident with place %r (a toll pin of the README section)' % pin_key)
    for pin_key in sorted(set(WEEKDAY_PINS) - weekdays_seen):
        err('%s: no incident with place %r (a weekday pin of the README section)' % pin_key)
    for pin_key in sorted(set(DAY_PINS) - days_seen):
        err('%s: no incident with place %r (a day pin of the README section)' % pin_key)
    for pin_key in sorted(set(EXPLICIT_DATE_FORMS) - set(EXPLICIT_DATES)):
        err('%s: %r has an explicit date form but no explicit date (README section)' % pin_key)
    for pin_key in sorted(set(EXPLICIT_DATES) - explicit_seen):
        err('%s: no incident with place %r (an explicit date of the README section)' % pin_key)
    for (rid_l, place_l), other in sorted(DATE_LINKS.items()):
        if (rid_l, place_l) not in date_of or (rid_l, other) not in date_of:
            err('%s: no incidents %r and %r (a date link of the README section)' % (rid_l, place_l, other))
        elif date_of[(rid_l, place_l)] != date_of[(rid_l, other)]:
            err('%s: %r is dated %s, but its text puts it on the day of %r (%s)'
                % (rid_l, place_l, date_of[(rid_l, place_l)], other, date_of[(rid_l, other)]))
    for rid_u in sorted(UA_SIDE_RU_IDS - set(seen)):
        err('%s: no record with this id (a Russian text from the Ukrainian side, README section)' % rid_u)
    for rid_f in sorted(set(NOT_INCIDENT_FORMS) - {r for r, _ in forms_seen}):
        err('%s: no record with this id for its non-incident forms (README section)' % rid_f)
    for wd in sorted(set(pub_wd) | set(PUB_WEEKDAYS)):
        if pub_wd.get(wd, 0) != PUB_WEEKDAYS.get(wd, 0):
            err('%d items published on a %s, expected %d (README section, "Dates")' % (pub_wd.get(wd, 0), wd, PUB_WEEKDAYS.get(wd, 0)))
    if heading_ids != HEADING_IDS:
        err('reports with an incident place in the heading %s, expected %s' % (sorted(heading_ids), sorted(HEADING_IDS)))
    if faults:
        for line in faults:
            print(line)
        print('FAILED: %d fault(s)' % len(faults))
        return 1
    print('OK: %d items (%d uk, %d ru), %d incidents (%d uk, %d ru), split %d holdout / %d tune, %d styles'
          % (items['uk'] + items['ru'], items['uk'], items['ru'], incs['uk'] + incs['ru'],
             incs['uk'], incs['ru'], split_n['holdout'], split_n['tune'], len(styles)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
