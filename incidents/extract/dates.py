"""Event dates from explicit and relative expressions, resolved against the publication date and
against the date the text is already talking about.

Returns (date, time_precision): 1 = day, 2 = week, 3 = month (ACLED's convention; a week or a month
is dated by its first day).

* "yesterday", "today", "overnight", "last week", "last month" speak from the writer's day: the
  publication date ("overnight" is the night that ends on that day; "last night", like "yesterday", is the
  day before, unless told after midnight: "last night at 02:10").
* A day and month without a year ("On 4 March") take the year of the date the text is already on
  (``anchor``: "On 3 March 2023, ... On 4 March" = 2023-03-04; "In March 2023, ..." gives the year),
  else the latest such day not after publication. "On the 4th" takes the anchor's month.
* Weekdays and "the day before", "the next day", "two days later" count from the anchor when there
  is one (the nearest such weekday, not after publication), else from the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from .gates import fold, folded, has_any
from .numbers import ORDINALS

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
# months left in Ukrainian by a writer in English ("Kharkiv, 14 kvitnia"): the genitive, as a date has it
UKRAINIAN_MONTHS = {m: i for i, pair in enumerate(
    [("sichnia", "sichnya"), ("liutoho", "lyutoho"), ("bereznia", "bereznya"), ("kvitnia", "kvitnya"),
     ("travnia", "travnya"), ("chervnia", "chervnya"), ("lypnia", "lypnya"), ("serpnia", "serpnya"),
     ("veresnia", "veresnya"), ("zhovtnia", "zhovtnya"), ("lystopada", "lystopada"), ("hrudnia", "hrudnya")], 1)
    for m in pair}
MONTHS.update(UKRAINIAN_MONTHS)
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                 "sun": 6})
# "Rylsk, Thu 26/12:", "Esman shelled Mon 08/06": a weekday (abbreviated) before a day and month with no year
# (day first, as in Ukraine; month first when the day could not be one, "Fri 9/15", or when only that reading falls on
# the weekday told, "Wed 6/11")
_WEEKDAY_NUMERIC = re.compile(r"\b(" + "|".join(sorted((d.capitalize() for d in WEEKDAYS if len(d) <= 5), key=len,
                                                         reverse=True))
                              + r")\.?\s+(\d{1,2})/(\d{1,2})\b(?![/.]\d)")
_M = (r"(january|february|march|april|may|june|july|august|september|october|november|december|"
      r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|" + "|".join(UKRAINIAN_MONTHS) + r")\.?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+(\d{4}))?\b", re.I)
# "on the fifth of December": a day of the month spelled out
_SPELLED_DAY_MONTH = re.compile(r"\bthe\s+(" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")\s+of\s+" + _M
                                + r"(?:,?\s+(\d{4}))?\b", re.I)
_MONTH_DAY = re.compile(r"\b" + _M + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
# a weekday's own date right after it: "on Friday 11 November", "on Saturday, 1 October", "on Tuesday, March 4"
_DATE_AFTER_WEEKDAY = re.compile(r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"|" + _M
                                 + r"\s+\d{1,2}\b)", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MON_YEAR = re.compile(r"\b(\d{1,2})-" + _M + r"-(\d{4})\b", re.I)  # "08-Nov-2025", a log's date
# "between 2 and 30 March 2022", "from 5 to 7 April": a span of days, dated by its first day
_DAY_SPAN = re.compile(r"\b(?:between|from)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|until|till)\s+(\d{1,2})"
                       r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+(\d{4}))?\b", re.I)
# "(26 February – 4 March)", "2–8 June 2023": a report's period, dated by its first day
_DASH_SPAN = re.compile(r"\b(\d{1,2})(?:\s+" + _M + r")?\s*[–—-]\s*(\d{1,2})\s+" + _M + r"(?:,?\s+(\d{4}))?\b",
                        re.I)
# "on the night of August 12 to 13": the night ends on the later day
_NIGHT_OF_MONTH_DAYS = re.compile(r"\bnight of " + _M + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|into|-|–)\s*"
                                  r"(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
# "24/12/2022", "24.12.2022": day first as in Ukraine and Europe (month first only when the day could not be one)
# (or a dash after it: "07.12 — Beryslav, Kherson obl: ...")
_LEADING_DAY_MONTH = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})(?=,\s|\s+[—–|]\s)")  # (not "09.05: ...", a time)
# "Kursk obl, 26.07: UA arty on Sudzha": a note's heading place, then its day and month
_HEADED_DAY_MONTH = re.compile(r"^\s*[A-Z][\w'’-]+(?:\s+[\w'’.-]+){0,2},\s+(\d{1,2})[./](\d{1,2})(?=[,:]\s)")
# "fighting continued on 19.10": a day and month
_ON_DAY_MONTH = re.compile(r"\bon\s+(\d{1,2})\.(\d{1,2})\b(?![./]\d)(?!\s*(?:km|m|%|hours?|miles|metres))")
# "hit Okhtyrka on 3/24": a day and month in figures with a slash, month first (American) or day first; the reading
# that is a date, the later one when both are
_ON_SLASHED = re.compile(r"\bon\s+(\d{1,2})/(\d{1,2})\b(?![/.]\d)")
_CLOCK_BEFORE = re.compile(r"\b(?:at|c\.|about|around|approx\.?|until|till|from|to|by)\s+$", re.I)
# "24.IV.2022": a day, the month in Roman figures, a year (or none after "on": "on 3.V")
_ROMAN_MONTHS = {r: i for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"),
                                            1)}
_ROMAN_DATE = re.compile(r"(?<![\w.])([0-3]?\d)\.\s?(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?:\.\s?(\d{4}))?"
                         r"(?![\w.]\w)")
_ON_BEFORE = re.compile(r"(?<!\w)on\s+$")
# "060230B NOV 22": a military date-time group (day, hour, minute, time-zone letter, month, two-digit year)
_DTG = re.compile(r"\b([0-3]\d)([0-2]\d)([0-5]\d)([A-IK-Z])\s?"
                  r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s?(\d\d)\b")
_NUMERIC = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d./]\d)")
# a full date written in figures ("2025-05-19", "19.05.2025", "19/05/25", "19.V.2025", "060230B NOV 22"), whose numbers
# a reader of counts must not take for people
FULL_DATE = re.compile("|".join((_ISO.pattern, r"(?<![\d./])[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d(?![\d./]\d)",
                                 _ROMAN_DATE.pattern, _DTG.pattern)))
# "[translated] 13.11 in evening ...", "In Sumy region 17.03 enemy attacked ...", "24.05 Sumy: a rocket hit ...": a
# translation's bare day and month before the words it dates (not a clock time: "at 16.05", "c. 23.10", nor a
# figure: "6.5 m"; kept only when it falls in the month before publication)
_BARE_DAY_MONTH = re.compile(r"(?<![\w./:,-])([0-3]?\d)\.([01]\d)(?=\s+(?:in\s+|[A-Za-z]))"
                             r"(?!\s+(?:m|km|cm|mm|ha|h|hrs|hours|million|billion|per|percent|%|local|utc|gmt|am|pm)\b)")
# ("Month of August 2016, Avdeyevka: ...": a register's month)
_MONTH_ONLY = re.compile(r"\b(?:(?:in|during|since|throughout)\s+(?:(?:early|mid|late|the (?:start|beginning|middle|"
                         r"end) of|the month of)[\s-]+)?|month of\s+)" + _M + r"(?:\s+(\d{4}))?\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on|last|this|late on|early on|late|early|overnight(?: on)?|over|during|throughout)\s+"
                      r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thur|thurs|fri|"
                      r"sat|sun)\b\.?|"
                      # "in Thursday's attack"
                      r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\b|"
                      # "a strike on Kharkiv Sunday evening"
                      r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening|"
                      r"afternoon)\b|"
                      # "on the night of Monday to Tuesday": the night ends on the later day
                      r"\bnight of (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:to|into) "
                      r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                      # "through the night to Saturday": the night that ends on that day
                      r"\bnight (?:to|into) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                      # "in the early hours of Tuesday"
                      r"\b(?:hours|morning|afternoon|evening|night) of (monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday)\b|"
                      # "Kharkiv region, Monday: bombs hit ...", "...; Sunday: a drone killed ...", "Kharkov, Thursday,
                      # shelling of ...", "where: X; when: Sunday; who: ...": a heading's or a field's day
                      # ("EWM-24-0207 | Selydove | Tuesday, about 16:30 | MLRS": a table row's day)
                      r"(?:(?<=, )|(?<=; )|(?<=: )|(?<=— )|(?<=\| )|^)(monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday)(?=[:;]|,\s|\s\|)|"
                      # "captioned 'Tuesday: mortar fire ...'", "'Wed, artillery, market, 1 killed'": a quoted
                      # caption opening on its day
                      r"(?<=['‘\"“])(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|"
                      r"thur|thurs|fri|sat|sun)(?=[:;]|,\s)|"
                      # "Thursday pairs: 6 tables; a missile hit ...", "Saturday teams: ...": an entry headed by its day
                      # and what met or ran that day
                      r"^\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\s+[a-z]+(?:\s+[a-z]+)?:\s)|"
                      # "Belgorod city (Tuesday) — drone hit a minibus": a fact box's day in brackets
                      r"(?<=\()(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\))|"
                      # "..., Monday at about 04:30": a day and its clock time
                      r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?=\s+at\s+(?:about\s+|around\s+|"
                      r"approximately\s+)?\d{1,2}[:.]\d\d\b)", re.I)
# days a text names by their feast: the latest such day not after publication
_HOLIDAY = re.compile(r"\b(?:(?P<eve_ny>new year['’]?s eve)|(?P<eve_x>christmas eve)|(?P<xmas>christmas(?: day)?)|"
                      r"new year['’]?s(?: day| night)?|(?:first|early) (?:hours|minutes) of (?:the )?new year)\b",
                      re.I)
# ("on Sunday the 31st": the day of the month decides, not the weekday before it)
_DAY_ONLY = re.compile(r"\b(?:on|by)(?P<weekday> (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))? "
                       r"the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+" + _M + ")", re.I)  # (its month: a date)
# a clerk's "the 17th inst" (this month, the writer's) and "the 28th ult" (the month before)
_INST_ULT = re.compile(r"\b(?:the\s+)?([0-3]?\d)(?:st|nd|rd|th)?\s+(inst|ult)\b\.?", re.I)
# a coder's "D-1", "D-2": days counted back from the report's own date told before it
_D_MINUS = re.compile(r"(?<![\w-])D\s?[-−–]\s?([1-7])\b")
_ANCHORED = re.compile(
    r"\b(?:(?:on |during )?the (?P<prev>day|night|evening|morning) before(?!\s+yesterday)|"
    r"the previous (?P<prev2>day|night|evening|morning)|a day (?P<earlier>earlier)|"
    r"(?:the |^|(?<=[.;:]\s))(?P<next>next|following) (?:day|morning|evening|night)|a day later|"
    r"(?:the )?same (?:day|night|evening|morning|afternoon)|"
    r"that (?:day|night|evening|morning|afternoon)|"
    # ("two days after the strike": the strike's day is told elsewhere; "two days later a drone hit the town")
    r"(?P<n>two|three|four|five|2|3|4|5) days (?P<dir>earlier|later|(?:before|after)(?!\s+(?:the|a|an)\b))|"
    r"(?P<ago>two|three|four|five|six|2|3|4|5|6) days ago|(?P<week_ago>a|one) week ago)\b",
    re.I)
_THAT_AFTER = re.compile(r"\s+(?:that|this|then|it)\b", re.I)  # "Two days before that, on Sunday": counted back
_N_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_RELATIVE: list[tuple[re.Pattern[str], int | str, int]] = [
    (re.compile(r"\bday before yesterday\b", re.I), 2, 1),
    # a daily report ("in the past 24 hours", "during the day") covers the day before publication
    (re.compile(r"\byesterday\b|\blast night\b|\b(?:over|in|during) (?:the )?(?:past|last) (?:day|24 hours)\b|"
                r"\b(?:in|over) a day\b|\bduring the day\b", re.I), 1, 1),
    # "overnight" is the night that ends on the writer's day ("last night" is the day before, above)
    # ("overnight on July 14" is dated by its date)
    (re.compile(r"\b(today|tonight|this morning|this afternoon|this evening|overnight(?!\s+(?:on|into|to)\s+(?:the\s+)?"
                r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|earlier today)\b", re.I), 0, 1),
    (re.compile(r"\b(last|past|previous) week\b", re.I), "week", 2),
    (re.compile(r"\b(earlier this week|this week|over the weekend|at the weekend|this weekend)\b", re.I),
     "this week", 2),
    (re.compile(r"\b(last|past|previous) month\b", re.I), "month", 3),
]


# the case-insensitive patterns above, to search the folded text (see gates.folded): the same matches
_LOW = {id(p): folded(p) for p in (_DAY_MONTH, _MONTH_DAY, _SPELLED_DAY_MONTH, _MONTH_ONLY, _WEEKDAY, _HOLIDAY,
                                   _DAY_ONLY, _ANCHORED, *(r[0] for r in _RELATIVE))}
_DIGIT = re.compile(r"\d")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "sichn", "liut",
                "lyut", "berez", "kvitn", "travn", "chervn", "lypn", "serpn", "veresn", "zhovtn", "lystop", "hrudn")
_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_AFTERMATH_STEMS = ("recovered", "found", "pulled", "retrieved", "identified", "died", "succumbed", "passed away",
                    "buried")
_ANCHORED_STEMS = ("day", "night", "evening", "morning", "week ago")
_ANCHORED_ORDER = ("before", "previous", "earlier", "next", "following", "later", "same ", "that ", "after",
                   "ago")
# (each the words one of which a match of its pattern contains)
_RELATIVE_STEMS = (("day before yesterday",),
                   ("yesterday", "past day", "last day", "past 24", "last 24", "a day", "the day", "last night"),
                   ("today", "tonight", "this morning", "this afternoon", "this evening", "overnight"),
                   ("last week", "past week", "previous week"),
                   ("this week", "the weekend"),
                   ("last month", "past month", "previous month"))
_ANY_RELATIVE = tuple(dict.fromkeys(w for stems in _RELATIVE_STEMS for w in stems))  # one gate before the six


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+$")  # a capitalised word right before: "Mykolaiv Today"


# the war's first year: a day before it is history ("liberated on 14 October 1943"), never an incident's
WAR_BEGAN = dt.date(2014, 1, 1)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def year_for(month: int, day: int, published: dt.date, anchor=None) -> int:
    """A day-month without a year: the year of the anchor (the nearest such date to it), else the
    latest such date not after publication."""
    if isinstance(anchor, int):
        return anchor
    if isinstance(anchor, dt.date):
        options = [d for d in (safe_date(anchor.year + k, month, day) for k in (-1, 0, 1))
                   if d is not None and d <= published + dt.timedelta(days=1)]
        if options:
            return min(options, key=lambda d: abs((d - anchor).days)).year
    candidate = safe_date(published.year, month, day)
    if candidate is not None and candidate > published + dt.timedelta(days=1):
        return published.year - 1
    return published.year


def zone_hours(letter: str) -> int:
    """The offset from UTC of a military time-zone letter: Z is UTC, A-M (no J) east, N-Y west."""
    if letter == "Z":
        return 0
    if letter <= "M":
        return ord(letter) - ord("A") + (letter < "J")
    return ord("N") - ord(letter) - 1


def kyiv_hours(day: dt.date) -> int:
    """Kyiv's offset from UTC on a day: +3 from the last Sunday of March to the last Sunday of October, else +2."""
    def last_sunday(month: int) -> dt.date:
        end = dt.date(day.year, month, 31)
        return end - dt.timedelta(days=(end.weekday() + 1) % 7)
    return 3 if last_sunday(3) <= day < last_sunday(10) else 2


def dtg_date(match: re.Match[str]) -> dt.date | None:
    """The Kyiv day of a date-time group: its day, moved over midnight when its zone is not Kyiv's."""
    d = safe_date(2000 + int(match.group(6)), MONTHS[match.group(5).lower()], int(match.group(1)))
    if d is None:
        return None
    local = int(match.group(2)) - zone_hours(match.group(4)) + kyiv_hours(d)
    return d + dt.timedelta(days=1 if local >= 24 else -1 if local < 0 else 0)


AHEAD_DAYS = 92  # how far after publication a day kept as an appointment or a deadline may be


def still_to_come(month: int, day: int, published: dt.date) -> bool:
    """Does the next such day and month after publication fall two to :data:`AHEAD_DAYS` days after it (a day a
    text may ask its reader to keep, which no attack can have had yet)?"""
    ahead = min((d for d in (safe_date(published.year + k, month, day) for k in (0, 1)) if d is not None
                 and d > published), default=None)
    return ahead is not None and 1 < (ahead - published).days <= AHEAD_DAYS


_LAST_WEEK = re.compile(r"\s+(?:of\s+)?(?:last|the\s+previous)\s+week\b")
_WEEK_THEN_DAY = re.compile(rf",?\s+(?:on\s+)?({'|'.join(list(WEEKDAYS)[:7])})\b")  # (the days' full names)


def weekday_date(target: int, published: dt.date, anchor: dt.date | None) -> dt.date:
    """The day a weekday names: the latest such day up to publication, or, after a day the text told more than
    a week before publication, the such day nearest to it. (A day told within the week of publication is no
    anchor: "Saturday's strike on Chernihiv, ... Wednesday's shelling of Semenivka" in a Friday's note are both
    of the week before it.)"""
    if anchor is None or dt.timedelta(0) <= published - anchor < dt.timedelta(days=7):
        return published - dt.timedelta(days=(published.weekday() - target) % 7)
    back = (anchor.weekday() - target) % 7
    before, after = anchor - dt.timedelta(days=back), anchor + dt.timedelta(days=(7 - back) % 7)
    if after > published or (anchor - before) <= (after - anchor):
        return before
    return after


# "the General Staff said on Friday": the day of the statement, not of the event, when the
# sentence also dates the event ("... over the past day")
POSTED_VERBS = ("posted", "shared", "uploaded", "published", "circulated")  # what a post or a clip did on its day
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told(?: \w+){0,2}|reported|announced|wrote|added|stated|confirmed|posted)"
                            r"(?: (?:late|early))?(?: on)?\s*$|"
                            # "a channel posted a clip on Sunday ..., but ... 23:14 on Saturday": the post's day
                            rf"\b(?:{'|'.join(POSTED_VERBS)})\b(?:\s+[\w'’-]+){{1,3}}?(?:\s+on)?\s*$|"
                            # "the governor's post of 22 April, about the early hours of Sunday: ..."
                            r"\b(?:post|report|statement|update|message|briefing|release|bulletin|filing)\s+(?:of|dated)\s*$|"
                            # "the scene from 4 August shows a hall hit by a guided bomb on 1 August": a picture's
                            r"\b(?:scenes?|images?|imagery|pictures?|photos?|photographs?|footage|stills?)\s+(?:from|of|dated|"
                            r"taken on)\s*$|"
                            # the report's own date: "Source article (2025-05-05):", "Update 07.08.2024:"
                            r"\b(?:source article|article|source|update|updated|as of)\s*\(?\s*$", re.I)


# "a man's body was recovered from the rubble on Sunday", "she died in hospital on Tuesday": the day of an
# attack's aftermath, which does not date the attack the text is already on
_AFTERMATH_BEFORE = re.compile(r"\b(?:recovered|found|pulled|retrieved|identified|died|succumbed|passed away|buried)"
                               r"\b[^.;,]{0,40}?(?:\s(?:on|late on|early on|by))?\s*$", re.I)


# what happened "after" an attack, told with its own day: "prices slipped on Friday even after drones struck ..."
_AFTER_ATTACK = re.compile(r"\bafter\s+(?:(?:a|an|the|russian|ukrainian|overnight)\s+)*(?:[\w-]+\s+){0,3}?"
                           r"(?:attacks?|strikes?|struck|hit|shelled|shelling|bombardment|raid)\b", re.I)
_AFTER_REACH = 80  # how far after the attack's verb its day may be told
_UNTIL_BEFORE = re.compile(r"\buntil\s+(?:(?:about\s+)?\d{1,2}[:.]\d\d\s*(?:utc|gmt|cet|kyiv time|local time)?"
                           r"\s*,?\s*)?(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$")
# "You are called to give evidence on 16 September at 14:00": a day the reader is asked to keep, which has not come
# when the text is written (no attack's day, nor the day a weekday after it is counted from)
_APPOINTMENT_BEFORE = re.compile(r"\b(?:(?:are|is|have\s+been|has\s+been)\s+(?:called|asked|summoned|invited|requested|"
                                 r"expected|due|scheduled)|scheduled|will\s+(?:be\s+)?(?:held|heard|take\s+place)|"
                                 r"hearing|appointment|deadline|reply\s+by|please)\b[^.;]*$|"
                                 # "eligible from 1 April", "eligibility ends on 1 April": a day a rule starts or ends
                                 r"\b(?:from|until|till|ends?\s+on|starts?\s+on|starting(?:\s+on)?|effective(?:\s+from)?|"
                                 r"as\s+of|valid\s+to)\s*$")
# ", a day after Russian shelling knocked out the station", ", the day before a drone killed two volunteers": a day told
# by an attack, the attack a clause of its own (its subject, then its verb)
_DAY_CONJ = re.compile(r",\s+(?:a|the|one)\s+day\s+(?P<dir>after|before)\s+(?:(?:a|an|the|russian|ukrainian)\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:shelling|shells?|strikes?|drones?|missiles?|rockets?|bombs?|attacks?|"
                       r"artillery|shahed\w*)\s+(?:[\w-]+\s+)?(?:knocked|hit|struck|killed|injured|wounded|destroyed|"
                       r"damaged|landed|fell|exploded|slammed|tore)\b", re.I)
# "died on Thursday of wounds received on Monday", "died in hospital after being wounded on Sunday": the day of the
# wounding is the attack's
_WOUNDED_ON = re.compile(r"\b(?:(?:wounds|injuries)\s+(?:(?:he|she|they)\s+(?:had\s+)?)?"
                         r"(?:received|sustained|suffered|got|inflicted)|wounded|injured|hurt)\s+"
                         r"(?:(?:on|late on|early on|in|during)\s+)?(?:the\s+)?$", re.I)
_WOUNDED_REACH = 40  # how far after "wounded" the day of the wounding may be told
_FUNERAL_STEMS = ("funeral", "burial", "buried", "mourn", "laid to rest", "farewell")
_KILLED_BEFORE = re.compile(r"\bkilled\b[^.;]*$", re.I)
_KILLED_REACH = 70  # how far after "killed" the day the mourned were killed may be told
_EVENT_WORD = re.compile(r"\b(?:shelling|shelled|shells?|strikes?|struck|hit|attack(?:ed|s)?|bomb(?:ed|ing|s)?|drones?|"
                         r"missiles?|rockets?|raids?|barrage|explosions?|blasts?|captured?|took|taken|seized|retook|"
                         r"retaken|liberated|fighting|fought|battl(?:ed|ing)|clash(?:ed|es)?|assaults?|artillery|mortars?|shahed\w*|"
                         r"kabs?)\b", re.I)
# what else tells an event: its harm ("A woman was wounded in X on Monday, and on Tuesday shells hit Y")
_HARM_WORD = re.compile(r"\b(?:kill\w*|wound\w*|injur\w*|hurt|dead|died|casualt\w*|explo\w*|landed|fell|fire[ds]?|"
                        r"damag\w*|destroy\w*|mines?|grenades?|shot|gunfire|shahed\w*)\b", re.I)
_EVENT_REACH = 60  # how far after an event's word the day told with it may stand
_STOP = re.compile(r"[;.]\s")
# "note to last Thursday's entry, the shells that hit the quay that day ...": the day of the entry a note refers to
_NOTE_TO_DAY = re.compile(r"\b(?:last\s+|the\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s+"
                          r"(?:entry|report|post|note|log|row|page|sheet|record|list)\b(?=[^.;]*\bthat\s+day\b)", re.I)
_POSSESSIVE_DAY = re.compile(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s", re.I)
_POSSESSIVE_REACH = 30
_BEFORE_REACH = 16
_PUNCT = re.compile(r"[,;:.]")
_CLAUSE_CUT = re.compile(r";|,\s+(?:and|while|whereas|but)\s|\s+while\s")


# a night told by both its days, then a clock time before midnight: the night's first day
_NIGHT_BEFORE_MIDNIGHT = re.compile(r"\bnight of\s+(?:\S+\s+){1,2}?(?:to|into|-|–)\s+[^.;:]{1,25}?,?\s+(?:at\s+)?"
                                    r"(?:about\s+|around\s+|approximately\s+|approx\.\s*|c\.\s*)?"
                                    r"(?:1[89]|2[0-3])[:.][0-5]\d\b", re.I)


# (not "Good Friday", "Black Friday", nor a deadline or a day ahead: "by Saturday", "until Monday", "next Sunday")
_BARE_WEEKDAY = re.compile(r"(?<=[a-z,] )(?<!ood )(?<!ody )(?<!lack )(?<!ber )(?<!\bby )(?<!until )(?<!till )"
                           r"(?<!next )(?<!every )(?<!each )(?<!before )(?<!after )(?<!from )"
                           r"(?<!last week )(?<!last week, )"  # (the day of last week: see _WEEK_THEN_DAY)
                           r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’])|"
                           # "Pokrovka: Saturday the enemy struck the farm": a clause opening on its day
                           r"(?:(?<=: )|(?<=; )|^)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           # ("Friday 05:40–06:50, 12 down: rockets hit ...": a log's entry, its day and hours)
                           r"(?=\s+\d{1,2}[:.]\d{2}\b|\s+(?i:the|a|an|two|three|enemy|russian|russians|drones?|shells?|"
                           r"missiles?|"
                           # "...; Sunday KAB strike on the village centre": a day before what it dates
                           r"kabs?|strikes?|shelling|attacks?|bombs?|artillery|fpv)\s)")
# an entry's hours over midnight ("Sunday 23:30–01:05"), and the clock time of what it tells ("at 00:20")
_HOURS_OVER_MIDNIGHT = re.compile(r"\s+([01]?\d|2[0-3])[:.]([0-5]\d)\s*[–—-]\s*([01]?\d)[:.]([0-5]\d)\b")
_AT_CLOCK = re.compile(r"\bat\s+([01]?\d)[:.][0-5]\d\b")
_BACKGROUND_MONTH = re.compile(r"\b(?:de-?occupied|liberated|retaken|recaptured|occupied|resettled)"
                               r"(?:\s+by\s+(?:[\w'’-]+\s+){1,3}?)?\s*$", re.I)  # ("retaken by Ukraine in September")
# "last night at 02:10", "last night, at about 00:40": after midnight, the publication day itself
_LAST_NIGHT_EARLY = re.compile(r"\blast night\b[^.;]{0,25}?\b(?:at|after|about|around|shortly after|just after|"
                               r"approximately|c\.)\s+(?:about\s+|around\s+)?0?[0-5][:.][0-5]\d\b", re.I)
_LOCAL_BEFORE = re.compile(r"\blocal(?:\s+time)?[\s,]*(?:on\s+)?$", re.I)  # "..., 00:40 local time on 9 May"


def _told_with_event(text: str, at: int, event_words: list[re.Match]) -> bool:
    """Is the day told at ``at`` told with one of the event's words: after it ("the shelling of the queue on
    Tuesday"), as a weekday's own ("Saturday's drone strike") or just before it ("late yesterday artillery on X")?"""
    possessive = _POSSESSIVE_DAY.match(text, at) is not None
    for m in event_words:
        if 0 <= at - m.end() <= _EVENT_REACH and not _STOP.search(text, m.end(), at):
            return True
        ahead = m.start() - at
        if 0 < ahead <= _POSSESSIVE_REACH and possessive:
            return True
        if 0 < ahead <= _BEFORE_REACH and not _PUNCT.search(text, at, m.start()):
            return True
    return False


_DAY_TO_WEEKDAY = re.compile(r"\b(?:24\s*h(?:ours|rs)?|(?:the\s+)?(?:past\s+)?day)\s+(?:to|until|ending)\s+"
                             r"(?:\d{1,2}(?::00)?\s*(?:a\.?m\.?|h)\s+(?:on\s+)?)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                             r"(?:\s+morning)?\b")


def days_told_after(found: list[tuple[int, dt.date, int]], text: str, pattern: re.Pattern[str], reach: int
                    ) -> list[tuple[int, dt.date, int]]:
    """The days of ``found`` (position, day, precision) that ``pattern`` ends right before, within ``reach``
    characters ("wounded on Monday", "killed ... on Friday"); all of them when there is none."""
    told = [f for f in found if pattern.search(text, max(0, f[0] - reach), f[0])]
    return told or found


# "Bakhmut, wk 43 Mon: fighting on the eastern edge": a day told by its ISO week and weekday
_ISO_WEEK_DAY = re.compile(r"\b(?:wk|week)\s*(?P<week>\d{1,2}),?\s+(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:[a-z]*)\b",
                           re.I)


def _iso_week_day(week: int, day: str, published: dt.date) -> dt.date | None:
    """The day of ISO week ``week`` named by ``day`` in the publication's year, or the year before when that day
    would come after publication; None for no such week."""
    for year in (published.year, published.year - 1):
        try:
            d = dt.date.fromisocalendar(year, week, WEEKDAYS[day[:3].lower()] + 1)
        except ValueError:
            continue
        if d <= published:
            return d
    return None


def find_date(text: str, published: dt.date, anchor: dt.date | int | None = None) -> tuple[dt.date, int] | None:
    """First date expression in ``text``, resolved; None when the text names no date. ``anchor`` is the
    date the text was already on (a date), or only a year it mentioned (an int)."""
    day_anchor = anchor if isinstance(anchor, dt.date) else None
    found: list[tuple[int, dt.date, int]] = []
    # cheap gates before the patterns: most sentences name no month, weekday or relative day
    low = text.lower()
    folded_text = fold(text)  # the patterns search it (see _LOW): the same offsets as in ``text``
    digits = _DIGIT.search(text) is not None
    months = has_any(low, _MONTH_STEMS)
    for m in (_ISO.finditer(text) if digits else ()):
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d, 1))
    for m in (_ISO_WEEK_DAY.finditer(text) if digits and ("wk" in low or "week" in low) else ()):
        d = _iso_week_day(int(m.group("week")), m.group("day"), published)
        if d:
            found.append((m.start(), d, 1))
    for m in (_DAY_MON_YEAR.finditer(text) if digits and "-" in text else ()):
        d = safe_date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        if d:
            found.append((m.start(), d, 1))
    spans: list[tuple[int, int]] = []  # "between 2 and 30 March": a span, whose last day is no event's own
    span_ends: dict[int, dt.date] = {}  # "(26 February – 4 March)": the last day of a period told by both ends
    since: set[int] = set()  # "occupied since March 2022": where a span starts, no event's day
    since_days: set[int] = set()  # "no convoy since 9 Nov; a strike on 21 Nov ...": a span's start, when a day follows
    for m in (_DAY_SPAN.finditer(text) if digits and months and ("between" in low or "from" in low) else ()):
        month, start, end = MONTHS[m.group(3).lower()], int(m.group(1)), int(m.group(2))
        year = int(m.group(4)) if m.group(4) else year_for(month, end, published, anchor)
        d = safe_date(year, month, start)
        if d and start < end:
            found.append((m.start(), d, 2 if end - start < 7 else 3))
            spans.append(m.span())
    for m in (_DASH_SPAN.finditer(text) if digits and months and ("–" in text or "—" in text or "-" in text) else ()):
        end_month = MONTHS[m.group(4).lower()]
        month = MONTHS[m.group(2).lower()] if m.group(2) else end_month
        year = int(m.group(5)) if m.group(5) else year_for(end_month, int(m.group(3)), published, anchor)
        d = safe_date(year - (month > end_month), month, int(m.group(1)))
        last = safe_date(year, end_month, int(m.group(3)))
        if d and last and 0 < (last - d).days <= 31 and not low.endswith(("night of ", "night "), 0, m.start()):
            found.append((m.start(), d, 2 if (last - d).days <= 7 else 3))
            spans.append(m.span())
            span_ends[m.start()] = last
    for m in (_NIGHT_OF_MONTH_DAYS.finditer(text) if digits and months and "night of" in low else ()):
        month, day = MONTHS[m.group(1).lower()], int(m.group(3))
        d = safe_date(int(m.group(4)) if m.group(4) else year_for(month, day, published, anchor), month, day)
        if d:
            found.append((m.start(), d, 1))
    for m in (_ROMAN_DATE.finditer(text) if digits and "." in text else ()):
        month, day = _ROMAN_MONTHS[m.group(2)], int(m.group(1))
        if not m.group(3) and not _ON_BEFORE.search(low, max(0, m.start() - 4), m.start()):
            continue  # ("section 3.V of the report": a heading's number)
        d = safe_date(int(m.group(3)) if m.group(3) else year_for(month, day, published, anchor), month, day)
        if d:
            found.append((m.start(), d, 1))
    stamps = []  # "060230B NOV 22": where a date-time group stands ("NOV 22" in it is no day)
    for m in (_DTG.finditer(text) if digits else ()):
        if (d := dtg_date(m)) is not None:
            found.append((m.start(), d, 1))
            stamps.append(m.span())
    for m in (_NUMERIC.finditer(text) if digits and ("/" in text or "." in text) else ()):
        day, month = int(m.group(1)), int(m.group(3))
        if month > 12 >= day:
            day, month = month, day
        d = safe_date(int(m.group(4)), month, day)
        if d:
            found.append((m.start(), d, 1))
    # a day and month with no year: a note opening on them ("30.06, Nikopol raion, artillery ..."), or after a weekday
    # ("Thu 26/12")
    for m in (_WEEKDAY_NUMERIC.finditer(text) if digits and "/" in text else ()):
        both = [d for day, month in ((int(m.group(2)), int(m.group(3))), (int(m.group(3)), int(m.group(2))))
                if 1 <= month <= 12 and (d := safe_date(year_for(month, day, published, anchor), month, day))]
        on_day = [d for d in both if d.weekday() == WEEKDAYS[m.group(1).lower()]]
        if (read := on_day or both[:1]):  # (the later, when both fall on it)
            found.append((m.start(), max(read), 1))
    for m in [*(_LEADING_DAY_MONTH.finditer(text) if digits and text.lstrip()[:1].isdigit() else ()),
              *(_ON_DAY_MONTH.finditer(text) if digits and "on " in low else ()),
              *(_HEADED_DAY_MONTH.finditer(text) if digits and "," in text[:40] else ())]:
        day, month = int(m.group(1)), int(m.group(2))
        d = safe_date(year_for(month, day, published, anchor), month, day) if month <= 12 else None
        if d:
            found.append((m.start(), d, 1))
    for m in (_ON_SLASHED.finditer(text) if digits and "/" in text and "on " in low else ()):
        readings = [safe_date(year_for(month, day, published, anchor), month, day)
                    for day, month in ((int(m.group(1)), int(m.group(2))), (int(m.group(2)), int(m.group(1))))
                    if 1 <= month <= 12]
        if (read := [d for d in readings if d is not None]) and all(f[0] != m.start() for f in found):
            found.append((m.start(), max(read), 1))
    for m in (_BARE_DAY_MONTH.finditer(text) if digits and "." in text else ()):
        month, day = int(m.group(2)), int(m.group(1))
        d = safe_date(year_for(month, day, published, anchor), month, day) if 1 <= month <= 12 else None
        if d and 0 <= (published - d).days <= 31 and all(f[0] != m.start() for f in found) \
                and not _CLOCK_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            found.append((m.start(), d, 1))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in (_LOW[id(pattern)].finditer(folded_text) if digits and months else ()):
            month, day = MONTHS[m.group(month_group).lower()], int(m.group(day_group))
            year = int(m.group(3)) if m.group(3) else year_for(month, day, published, anchor)
            d = safe_date(year, month, day)
            if d and "until" in low and _UNTIL_BEFORE.search(low, max(0, m.start() - 30), m.start()):
                continue  # "Embargoed until 06:00 UTC, 27 December": a deadline, no day of the event
            if not m.group(3) and still_to_come(month, day, published) \
                    and _APPOINTMENT_BEFORE.search(low, max(0, m.start() - 80), m.start()):
                continue  # "You are asked to come on 6 January at 11:00": a day still to come
            if d and not any(a <= m.start() < b for a, b in stamps):
                found.append((m.start(), d, 1))
                if low.endswith("since ", 0, m.start()):  # "no aid convoy since 9 Nov": where a span starts
                    since_days.add(m.start())
    for m in (_LOW[id(_SPELLED_DAY_MONTH)].finditer(folded_text) if months and " of " in low else ()):
        month, day = MONTHS[m.group(2).lower()], ORDINALS[m.group(1).lower()]
        d = safe_date(int(m.group(3)) if m.group(3) else year_for(month, day, published, anchor), month, day)
        if d:
            found.append((m.start(), d, 1))
    weekdays: dict[int, int] = {}  # where a weekday is told, and which
    told_ends: set[int] = set()
    for m in (_LOW[id(_WEEKDAY)].finditer(folded_text) if has_any(low, _WEEKDAY_STEMS) else ()):
        day = WEEKDAYS[next(g for g in m.groups() if g).lower()]
        end = m.end(next(i for i, g in enumerate(m.groups(), 1) if g))
        if digits and months and _DATE_AFTER_WEEKDAY.match(text, end):
            continue  # the date told after it dates the day ("on Friday 11 November", nine days before publication)
        if _LAST_WEEK.match(low, m.end()):  # "on Thursday last week": that day of the week before publication's
            monday = published - dt.timedelta(days=published.weekday())
            found.append((m.start(), monday - dt.timedelta(days=7 - day), 1))
        else:
            d = weekday_date(day, published, day_anchor)
            if d == published and low.startswith("last ", m.start()):
                d -= dt.timedelta(days=7)  # "last Thursday" written on a Thursday: the week before
            found.append((m.start(), d, 1))
            weekdays[m.start()] = day
        told_ends.add(end)
    for m in (_DAY_TO_WEEKDAY.finditer(low) if "day" in low and has_any(low, (" to ", " until ", " ending ")) else ()):
        # "police, 24h to Sunday morning: ...": a daily digest covers the day before the morning it runs to
        found.append((m.start(), weekday_date(WEEKDAYS[m.group(1)], published, day_anchor) - dt.timedelta(days=1), 1))
    if (not found or weekdays) and "day" in low:
        # "a bomb hit a kindergarten in Druzhkivka Tuesday": an American wire's weekday without "on"
        # ("officials said Monday" dates what they told, as "said on Monday" does); beside weekdays told
        # otherwise too ("hit X Thursday, ... and a drone hit Y Friday night")
        for m in _BARE_WEEKDAY.finditer(text):
            if m.end() in told_ends:
                continue
            d = weekday_date(WEEKDAYS[(m.group(1) or m.group(2)).lower()], published, day_anchor)
            if (hours := _HOURS_OVER_MIDNIGHT.match(text, m.end())) is not None \
                    and int(hours.group(3)) < int(hours.group(1)) \
                    and (at := _AT_CLOCK.search(text, hours.end())) is not None \
                    and int(at.group(1)) <= int(hours.group(3)) and d < published:
                # "Sunday 23:30–01:05, 10 down: at 00:20 a missile hit ...": a log's night entry, its event after
                # midnight, on the next day
                d += dt.timedelta(days=1)
            found.append((m.start(), d, 1))
    if digits and (day_anchor is not None or "the " in low):
        for m in _LOW[id(_DAY_ONLY)].finditer(folded_text):
            day = int(m.group(2))
            # the day of the month of the date told before ("On 5 March ... On the 7th ..."), unless that day
            # does not exist or is still to come ("last night ... On the 31st" in a 3 April item)
            d = safe_date(day_anchor.year, day_anchor.month, day) if day_anchor is not None else None
            if d is not None and day_anchor is not None and day < day_anchor.day:
                # "On the 29th ... On the 30th ... On the 1st": the next month's day, when it is nearer the day told
                # before than this month's and not after publication
                ahead = safe_date(day_anchor.year + day_anchor.month // 12, day_anchor.month % 12 + 1, day)
                if ahead is not None and ahead <= published and (ahead - day_anchor) < (day_anchor - d):
                    d = ahead
            if d is None or d > published:
                # "a missile struck Dnipro on the 11th", with no month told: the latest such day up to publication
                if day_anchor is None and not low.startswith("on", m.start()):
                    continue  # ("by the 20th": a deadline)
                back = published.replace(day=1) - dt.timedelta(days=1)
                d = safe_date(published.year, published.month, day) if day <= published.day else \
                    safe_date(back.year, back.month, day)
            if m.group("weekday"):  # "on Sunday the 31st": the latest such day that is that weekday
                wanted = WEEKDAYS[m.group("weekday").strip().lower()]
                if d is None or d.weekday() != wanted:
                    d = next((c for c in (published - dt.timedelta(days=back) for back in range(62))
                              if c.day == day and c.weekday() == wanted), None)
                if d is None:
                    continue  # the weekday alone dates it
                found = [f for f in found if f[0] != m.start()]
                weekdays.pop(m.start(), None)
            if d:
                found.append((m.start(), d, 1))
    for m in (_INST_ULT.finditer(text) if digits and (" inst" in low or " ult" in low) else ()):
        month_end = published.replace(day=1) - dt.timedelta(days=1) if m.group(2).lower() == "ult" else published
        d = safe_date(month_end.year, month_end.month, int(m.group(1)))
        if d is not None and d <= published:
            found = [f for f in found if f[0] != m.start() and not m.start() < f[0] < m.end()]
            found.append((m.start(), d, 1))
    counted_back: set[int] = set()
    for m in (_D_MINUS.finditer(text) if digits and "D" in text else ()):
        # ("oblast report of 16 October, D-1: rockets on ...": the day before the report's; the report's own day
        # dates no event)
        before = [f for f in found if f[0] < m.start() and f[2] == 1 and f[0] not in counted_back]
        base = max(before)[1] if before else day_anchor or published
        found = [f for f in found if not before or f != max(before)]
        found.append((m.start(), base - dt.timedelta(days=int(m.group(1))), 1))
        counted_back.add(m.start())
    for m in (_LOW[id(_HOLIDAY)].finditer(folded_text) if "new year" in low or "christmas" in low else ()):
        month, day = (12, 31) if m.group("eve_ny") else (12, 24) if m.group("eve_x") else \
            (12, 25) if m.group("xmas") else (1, 1)
        d = safe_date(year_for(month, day, published, anchor), month, day)
        if d:
            found.append((m.start(), d, 1))
    anchored = has_any(low, _ANCHORED_STEMS) and has_any(low, _ANCHORED_ORDER)
    told = list(found)  # the days the sentence names itself, before the ones told from another
    anchored_at: set[int] = set()
    for m in (_LOW[id(_ANCHORED)].finditer(folded_text) if anchored else ()):
        anchored_at.add(m.start())
        # ("the army said on Monday it had retaken X, while bloggers reported fighting at Y the same day": the day
        # the sentence told before it)
        earlier = [f for f in told if f[0] < m.start() and f[2] == 1]
        base = max(earlier)[1] if earlier else day_anchor or published
        if m.group("ago"):  # "two days ago": from the writer's day
            base, step = published, -_N_DAYS[m.group("ago").lower()]
        elif m.group("week_ago"):  # "a week ago": seven days before the writer's day
            base, step = published, -7
        elif m.group("n"):
            step = _N_DAYS[m.group("n").lower()] * (-1 if m.group("dir").lower() in ("earlier", "before") else 1)
            if not text[:m.start()].strip() and m.group("dir").lower() in ("after", "before") \
                    and not _THAT_AFTER.match(text, m.end()):
                step = -step  # a clause "two days after rockets hit Myrhorod" tells what came before the day told
        elif m.group("prev") or m.group("prev2") or m.group("earlier"):
            step = -1
        elif m.group("next") or "later" in m.group(0).lower():
            step = 1
        else:
            step = 0
        d = base + dt.timedelta(days=step)
        found.append((m.start(), min(d, published), 1))
    relative = _RELATIVE if has_any(low, _ANY_RELATIVE) else ()
    for (pattern, offset, precision), stems in zip(relative, _RELATIVE_STEMS[:len(relative)], strict=True):
        if not has_any(low, stems):
            continue
        for m in _LOW[id(pattern)].finditer(folded_text):
            if offset == "this week":
                monday = published - dt.timedelta(days=published.weekday())
                weekend = "weekend" in m.group(0).lower()
                found.append((m.start(), monday - dt.timedelta(days=2) if weekend and published.weekday() < 5
                              else monday + dt.timedelta(days=5) if weekend else monday, precision))
            elif offset == "week":
                monday = published - dt.timedelta(days=published.weekday())
                day_of = _WEEK_THEN_DAY.match(low, m.end())  # "last week Tuesday": that day of the week before
                found.append((m.start(), monday - dt.timedelta(days=7 - WEEKDAYS[day_of.group(1)]), 1) if day_of
                             else (m.start(), monday - dt.timedelta(days=7), precision))
            elif offset == "month":
                first = published.replace(day=1) - dt.timedelta(days=1)
                found.append((m.start(), first.replace(day=1), precision))
            elif isinstance(offset, int):
                if text[m.start()].isupper() and text[m.start() + 1].islower() \
                        and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "Mykolaiv Today", "Russia Today": an outlet's name
                found.append((m.start(), published - dt.timedelta(days=offset), precision))
    for m in (_LOW[id(_MONTH_ONLY)].finditer(folded_text) if months else ()):
        month = MONTHS[m.group(1).lower()]
        if m.group(0)[:5].lower() == "since" or _BACKGROUND_MONTH.search(text, max(0, m.start() - 30), m.start()):
            since.add(m.start())  # ("Posad-Pokrovske, de-occupied in November 2022, ...: on Sunday a mine ...")
        if m.group(2):
            year = int(m.group(2))
        elif isinstance(anchor, int):
            year = anchor
        elif day_anchor is not None:
            year = day_anchor.year
        else:
            year = published.year if month <= published.month else published.year - 1
        found.append((m.start(), dt.date(year, month, 1), 3))
    if found and day_anchor is not None and has_any(low, _AFTERMATH_STEMS):
        # (not a weekday's own attack: "a bag found at the bus stop after Thursday's shelling")
        found = [f for f in found if not _AFTERMATH_BEFORE.search(text, max(0, f[0] - 60), f[0])
                 or _POSSESSIVE_DAY.match(text, f[0])]
    if span_ends:  # "26 February – 4 March": its ends are no event's own days, only the period they bound
        found = [f for f in found if (f[0] in span_ends and f[2] != 1) or not any(
            a <= f[0] < b for a, b in spans if a in span_ends)]
    if found and min(f[1] for f in found) < WAR_BEGAN:  # "freed on 14 October 1943": history, no event's day
        found = [f for f in found if f[1] >= WAR_BEGAN]
    if not found:
        return None
    if len(found) > 1 and "that day" in low and (note := _NOTE_TO_DAY.search(text)) is not None \
            and (noted := next((f for f in found if note.start() <= f[0] < note.end()), None)) is not None:
        return noted[1], noted[2]  # "Wednesday: note to last Thursday's entry, the shells ... that day": that Thursday
    if since_days:
        since |= {at for at in since_days if any(g[0] > at and g[2] == 1 and g[0] not in since_days for g in found)}
    if len(found) > 1:
        events = [f for f in found if not _SPEECH_BEFORE.search(text, max(0, f[0] - 30), f[0]) and f[0] not in since]
        found = events or found
    if len(found) > 1 and " after " in low and (after := _AFTER_ATTACK.search(text)) is not None:
        # "loadings slowed on Monday after a drone attack on Saturday night": the attack's own day
        attack_days = [f for f in found if after.start() < f[0] <= after.end() + _AFTER_REACH]
        found = attack_days or found
    if len(found) > 1 and ("died" in low or "succumbed" in low) and has_any(low, ("wound", "injur", "hurt")):
        found = days_told_after(found, text, _WOUNDED_ON, _WOUNDED_REACH)
    if len(found) > 1 and "killed" in low and has_any(low, _FUNERAL_STEMS):
        # "attended on Monday the burial of two brothers, killed when shells hit their garden on Friday": the day
        # the mourned were killed
        found = days_told_after(found, text, _KILLED_BEFORE, _KILLED_REACH)
    found.sort(key=lambda f: f[0])
    if len(found) > 1 and "local" in low and ("utc" in low or "gmt" in low):
        # "at 21:40 UTC on 8 May, 00:40 local time on 9 May": the day where it happened
        local = [f for f in found if f[2] == 1 and _LOCAL_BEFORE.search(text, max(0, f[0] - 20), f[0])]
        if local:
            return local[0][1], 1
    if len(found) > 1 and len({f[1] for f in found if f[2] == 1}) > 1:
        # "neighbours who left on Thursday describe the shelling of the queue on Tuesday", "on Monday we went back to
        # the block a missile hit on the night of 24 to 25 July": the day told with the attack (a day the sentence
        # names itself, not one told from another: "shelling overnight into that day")
        # (within the clause of the first day: "claimed on Sunday to have captured X; street fighting in Y on
        # Monday" dates the first clause by Sunday, the second by its own day)
        # (a relative day counts when the sentence names no day of its own: "found this morning: late yesterday
        # artillery on Marhanets")
        relative_ok = not any(f[2] == 1 for f in told)
        named = {f[0] for f in told} | ({f[0] for f in found if f[0] not in anchored_at} if relative_ok else set())
        event_words = list(_EVENT_WORD.finditer(text))
        # (and not after the first day: "Orikhiv, 4 May: a guided bomb landed on the market on Monday" is a record
        # of 4 May, whose Monday cannot be the 5th)
        cut = _CLAUSE_CUT.search(text, found[0][0])
        cut_at = cut.start() if cut is not None else len(text)
        latest = found[0][1] if found[0][2] == 1 else dt.date.max
        # ("at the meeting on Friday the delegation raised a drone attack in Nikopol on Monday": a weekday told with
        # the attack after a later day is the one before that day)
        # (not after a record's own date: "Orikhiv, 4 May: a guided bomb landed on the market on Monday")
        as_told = found
        if found[0][0] in weekdays:
            found = [(f[0], weekday_date(weekdays[f[0]], latest, None), 1) if f[1] > latest and f[0] in weekdays
                     and f[0] > found[0][0] else f for f in found]
        own = [f for f in found if f[2] == 1 and f[0] in named and f[0] < cut_at and f[1] <= latest
               and _told_with_event(text, f[0], event_words)]
        if not own and not any(m.start() < cut_at for m in event_words) and not _HARM_WORD.search(text, 0, cut_at):
            # ("Friday: Kharkiv-Balakliia-Kharkiv, 168 km; remarks: a drone had hit the market in Balakliia on
            # Thursday": a first clause that tells no event does not date the one a later clause tells, told on a day
            # before the first as told, not a later one counted back: "Troops pushed towards X on Monday; on Tuesday
            # fighting moved to Y")
            # (its harm tells the event too: "asked for school records today; his brother was killed on Tuesday by a
            # mine")
            told_with = event_words + list(_HARM_WORD.finditer(text, cut_at))
            own = [f for f in as_told if f[2] == 1 and f[0] in named and f[1] < latest
                   and _told_with_event(text, f[0], told_with)]
        found = own if own and len(own) < len(found) else found
    if " day " in low and (conj := _DAY_CONJ.search(text)) is not None \
            and _EVENT_WORD.search(text, 0, conj.start()) is None:
        # "queue for water on Wednesday, a day after shelling knocked out the pumping station": the attack's day is
        # the day before (or after: "evacuated residents on Saturday, the day before a drone killed two volunteers"),
        # when what the day dates is no attack ("Shelling killed a couple this morning, the day after a drone hit
        # Pokrov": the morning's own)
        days = [f for f in found if f[2] == 1 and 0 < conj.start() - f[0] <= 30]
        if days:
            step = -1 if conj.group("dir").lower() == "after" else 1
            return min(days[-1][1] + dt.timedelta(days=step), published), 1
    first, precision = found[0][1], found[0][2]
    if precision == 1 and first == published - dt.timedelta(days=1) and "last night" in low \
            and _LAST_NIGHT_EARLY.search(text) is not None:
        return published, 1  # "last night at 02:10": after midnight, the publication day
    if precision == 1 and "night of" in low and (late := _NIGHT_BEFORE_MIDNIGHT.search(text)) is not None \
            and late.start() <= found[0][0] < late.end():
        return first - dt.timedelta(days=1), 1  # "on the night of 14 to 15 June, at about 23:50": still the 14th
    if precision in (2, 3):  # "last week ...: on Thursday": the day told inside the week or month it opened
        until = span_ends[found[0][0]] + dt.timedelta(days=1) if found[0][0] in span_ends else \
            first + dt.timedelta(days=7) if precision == 2 else (first + dt.timedelta(days=31)).replace(day=1)
        inside = next((d for at, d, p in found if p == 1 and first <= d < until
                       and not any(a <= at < b for a, b in spans)), None)
        if inside is not None:
            return inside, 1
    return first, precision
