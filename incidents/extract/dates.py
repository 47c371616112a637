"""Event dates from explicit and relative expressions, resolved against the publication date.

Returns (date, time_precision): 1 = day, 2 = week, 3 = month (ACLED's convention).
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}
_M = (r"(january|february|march|april|may|june|july|august|september|october|november|december|"
      r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _M + r"(?:,?\s+(\d{4}))?\b", re.I)
_MONTH_DAY = re.compile(r"\b" + _M + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_ONLY = re.compile(r"\b(?:in|during|since|throughout)\s+" + _M + r"(?:\s+(\d{4}))?\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on|last|this|late on|early on)\s+"
                      r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RELATIVE: list[tuple[re.Pattern[str], int | str, int]] = [
    (re.compile(r"\bday before yesterday\b", re.I), 2, 1),
    (re.compile(r"\byesterday\b|\blast night\b|\b(?:over|in|during) the (?:past|last) (?:day|24 hours)\b", re.I), 1, 1),
    (re.compile(r"\b(today|tonight|this morning|this afternoon|this evening|overnight|earlier today)\b", re.I), 0, 1),
    (re.compile(r"\b(last|past|previous) week\b", re.I), "week", 2),
    (re.compile(r"\b(last|past|previous) month\b", re.I), "month", 3),
]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date) -> int:
    """A day-month without a year is the latest such date not after publication."""
    candidate = _safe_date(published.year, month, day)
    if candidate is not None and candidate > published + dt.timedelta(days=1):
        return published.year - 1
    return published.year


def find_date(text: str, published: dt.date) -> tuple[dt.date, int] | None:
    """First date expression in ``text``, resolved; None when the text names no date."""
    found: list[tuple[int, dt.date, int]] = []
    for m in _ISO.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d, 1))
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for m in pattern.finditer(text):
            month, day = MONTHS[m.group(month_group).lower()], int(m.group(day_group))
            year = int(m.group(3)) if m.group(3) else _year_for(month, day, published)
            d = _safe_date(year, month, day)
            if d:
                found.append((m.start(), d, 1))
    for m in _WEEKDAY.finditer(text):
        target = WEEKDAYS[m.group(1).lower()]
        back = (published.weekday() - target) % 7
        found.append((m.start(), published - dt.timedelta(days=back), 1))
    for pattern, offset, precision in _RELATIVE:
        for m in pattern.finditer(text):
            if offset == "week":
                monday = published - dt.timedelta(days=published.weekday())
                found.append((m.start(), monday - dt.timedelta(days=7), precision))
            elif offset == "month":
                first = published.replace(day=1) - dt.timedelta(days=1)
                found.append((m.start(), first.replace(day=1), precision))
            elif isinstance(offset, int):
                found.append((m.start(), published - dt.timedelta(days=offset), precision))
    for m in _MONTH_ONLY.finditer(text):
        month = MONTHS[m.group(1).lower()]
        year = int(m.group(2)) if m.group(2) else (published.year if month <= published.month else published.year - 1)
        found.append((m.start(), dt.date(year, month, 1), 3))
    if not found:
        return None
    found.sort(key=lambda f: f[0])
    return found[0][1], found[0][2]
