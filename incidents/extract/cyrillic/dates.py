"""Dates in Ukrainian and Russian sentences, relative to the publication date (or the date the text
is already on), as the English rules do: "3 березня" / "3 марта", "вчора" / "вчера", "позавчора" /
"позавчера", "у вівторок" / "во вторник", "сьогодні", "вночі" / "ночью" (the night before
publication counts as the publication day, as ACLED codes "overnight")."""

from __future__ import annotations

import datetime as dt
import re

from ..dates import days_told_after, safe_date, still_to_come, weekday_date, year_for

MONTHS = {
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "верес": 9, "жовт": 10,
    "листоп": 11, "груд": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
}
# the patterns are lower-case and read lower-cased text (``re.I`` matching is many times slower)
_MONTH_STEMS = sorted(MONTHS, key=len, reverse=True)
_MONTH = "|".join(_MONTH_STEMS)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:-?(?:го|е|я|ого))?\s+({_MONTH})[а-яіїє]*(?:\s+(\d{{4}}))?")
WEEKDAYS = {"понеділ": 0, "вівтор": 1, "серед": 2, "четвер": 3, "п'ятниц": 4, "суббот": 5, "субот": 5, "неділ": 6,
            "понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "воскресень": 6}
_WEEKDAY = re.compile(r"\b(?:у|в|во|минулого|минулої|минулий|прошлый|прошлую|в прошлое|в минулу|"
                      r"(?:в\s+)?минувш(?:ее|ую|ий|ей)|"
                      # "у ніч на вівторок", "всю ніч на вівторок", "всю ночь на субботу"
                      r"(?:(?:у|в|всю|цілу) ніч|(?:в|всю|целую) ночь) (?:на|проти))\s+"
                      r"(понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|понедельник|вторник|сред|четверг|пятниц|"
                      r"суббот|воскресень)[а-яіїє]*")
# a weekday's adjective before an attack ("після суботнього обстрілу", "недільна атака", "субботний обстрел",
# "после воскресного удара")
_WEEKDAY_ADJ_STEMS = {"понеділков": 0, "вівторков": 1, "середов": 2, "четвергов": 3, "п'ятнич": 4, "суботн": 5,
                      "недільн": 6, "понедельничн": 0, "вторничн": 1, "средов": 2, "пятничн": 4, "субботн": 5,
                      "воскресн": 6}
_WEEKDAY_ADJ = re.compile(rf"\b({'|'.join(_WEEKDAY_ADJ_STEMS)})[а-яіїє]*\s+(?:нічн\w*\s+|ночн\w*\s+|ракетн\w*\s+|"
                          r"масован\w*\s+|массированн\w*\s+)?(?:обстріл|обстрел|удар|атак|прил[ёе]т|бомбард|"
                          r"влучанн|попадан)")
# a digest's entry headed by its day, in the nominative: "• Середа. Під обстріл ...", "— Вівторок: удар КАБом ..."
_DAY_HEADING = re.compile(r"(?:^|[•▪▫◾·*—–-]\s*)(понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя|"
                          r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*[.:]")
_RELATIVE: list[tuple[re.Pattern[str], int | str | None]] = [
    (re.compile(r"\b(?:поза)?[ув]чор\w*|\b(?:поза)?вчер\w*|\bнапередодні|\bнакануне"), None),
    # a daily report ("минулої доби", "за сутки") and "last night" cover the day before publication
    (re.compile(r"\b(?:минулої|минулу|прошедшие|прошедших|минувшие|минувших|останню|последние)\s+(?:доби|добу|суток|сутки)\b|"
                r"\bза\s+(?:добу|сутки)\b|"
                r"\b(?:протягом|впродовж|упродовж|в течение)\s+(?:минулої\s+)?(?:доби|суток)\b|"
                # the day or evening before: "минулого дня", "минулого вечора", "минувшим вечером"
                r"\b(?:минулого|прошлого|минувшего)\s+(?:дня|вечора|вечера)\b|\b(?:минувшим|прошлым)\s+вечером\b"), 1),
    # "last night" is the night before publication: the publication day, as "overnight" in English
    # "сьогодні" / "сегодня" is the publication day, whatever day the text was on
    # (and so is a fight going on "зараз" / "сейчас": "а в Степногірську зараз бої")
    (re.compile(r"\b(?:сьогодні|сегодня)\b|\b(?:зараз|сейчас)\s+(?:\w+\s+)?(?:бо[їий]|бой|бои|йдуть\s+бої|идут\s+бои)\b"),
     "today"),
    (re.compile(r"\b(?:вночі|ночью|этой ночью|цієї ночі|зранку|вранці|утром|"
                r"(?:минулої|прошлой|минувшей)\s+ночі?\w*|"
                r"увечері|вечером|днем|днём|вдень)\b"), 0),
    # relative to the day the text is on: "наступного дня", "на следующий день", "того ж дня"
    (re.compile(r"\b(?:наступного|следующего)\s+дня\b|\bна\s+(?:наступний|следующий)\s+день\b"), "next"),
    (re.compile(r"\bтого ж\s+дня\b|\bв тот же день\b|\bтого же дня\b"), "same"),
    (re.compile(r"\b(?:минулого|прошлой)\s+(?:тижня|недели)\b|"
                r"\bна\s+(?:минулому|прошлой)\s+(?:тижні|неделе)\b"), "week"),
]
_MOURNING_STEMS = ("жалоб", "траур", "похорон", "поховал", "прощанн", "прощани", "хорони")
_DEATH_BEFORE = re.compile(r"(?:загин|загибл|погиб|удар|обстріл|обстрел|атак)\w*[^.;]*$")
_DEATH_REACH = 70  # how far after a death or an attack its day may be told
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b")
# a day and month with no year before a clock time or an entry's dash: "04.08 в 10:55 — обстрел окраины Климово"
_DAY_MONTH_ENTRY = re.compile(r"(?<![\d.:])(?<!в\s)(?<!о\s)(?<!у\s)(?<!около\s)(\d{1,2})\.(\d{1,2})(?![\d.])"
                              r"(?=\s+(?:в|о|у|около|близько|приблизно)\s+\d{1,2}[:.]\d{2}\b|\s*[—–-]\s)")


# "прийоми скасовано до 20 травня", "матч перенесли на 3 декабря", "збір відбудеться 14 червня", "букеты к 1
# сентября": a day still to come
# when the text is written (a deadline or an appointment), no attack's day
_AHEAD_BEFORE = re.compile(r"(?:\b(?:до|по|з|с|від|от|після|после|на|к|ко)\s+|\b(?:відбудеться|состоится|заплановано|"
                           r"запланирован\w*|перенес\w*|призначено|назначен\w*|буде|будет|будуть|будут|чекаємо|ждем|"
                           r"ждём|запрошуємо|приглашаем|розпочнеться|почнеться|начнется|начнётся|стартує|стартует|"
                           r"відкриється|откроется|триватиме|продлится)\b[^.;]{0,40})$")


def _ahead(low: str, at: int, month: int, day: int, published: dt.date) -> bool:
    """Is the day and month told at ``at`` one still to come, told as a deadline or an appointment?"""
    return still_to_come(month, day, published) and _AHEAD_BEFORE.search(low, max(0, at - 50), at) is not None


def find_date(text: str, published: dt.date, anchor: dt.date | None = None) -> tuple[dt.date, int] | None:
    """First date expression in a Ukrainian or Russian ``text``, resolved; None when it names none."""
    low = text.lower().replace("’", "'").replace("ʼ", "'")
    found: list[tuple[int, dt.date, int]] = []
    weak: list[tuple[int, dt.date, int]] = []
    # "сьогодні отримали фото: у неділю авіабомба зруйнувала ...": today is when the report came, another day told
    # beside it the attack's
    today: list[tuple[int, dt.date, int]] = []
    for m in _DAY_MONTH.finditer(low):
        stem = next(s for s in _MONTH_STEMS if m.group(2).startswith(s))
        if stem == "ма" and not re.match(r"ма[яйе]\b", low[m.start(2):m.start(2) + 4]):
            continue
        month, day = MONTHS[stem], int(m.group(1))
        if not m.group(3) and _ahead(low, m.start(), month, day, published):
            continue
        year = int(m.group(3)) if m.group(3) else year_for(month, day, published, anchor)
        d = safe_date(year, month, day)
        if d:
            found.append((m.start(), d, 1))
    for m in _WEEKDAY.finditer(low):
        stem = m.group(1)
        found.append((m.start(), weekday_date(WEEKDAYS[stem], published, anchor), 1))
    for m in _WEEKDAY_ADJ.finditer(low):  # "після суботнього обстрілу": the day's attack
        day = next(d for stem, d in _WEEKDAY_ADJ_STEMS.items() if m.group(1).startswith(stem))
        found.append((m.start(), weekday_date(day, published, anchor), 1))
    for m in _DAY_HEADING.finditer(low):  # the digest's week: the latest such day not after publication
        day = next(d for stem, d in WEEKDAYS.items() if m.group(1).startswith(stem))
        found.append((m.start(1), weekday_date(day, published, None), 1))
    for pattern, offset in _RELATIVE:
        for m in pattern.finditer(low):
            word = m.group()
            if offset is None:
                step = 2 if word.startswith("поза") else 1  # "учора" is "вчора" after a consonant
                base = (anchor or published) if word.startswith(("напередодні", "накануне")) else published
                found.append((m.start(), base - dt.timedelta(days=step), 1))
            elif offset in ("next", "same"):
                base = anchor or published
                found.append((m.start(), min(base + dt.timedelta(days=offset == "next"), published), 1))
            elif offset == "today":
                today.append((m.start(), published, 1))
            elif offset == "week":
                monday = published - dt.timedelta(days=published.weekday())
                found.append((m.start(), monday - dt.timedelta(days=7), 2))
            elif offset == 1:
                found.append((m.start(), published - dt.timedelta(days=1), 1))
            elif anchor is None:
                weak.append((m.start(), published, 1))
    for m in _NUMERIC.finditer(low):
        year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        d = safe_date(year, int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d, 1))
    for m in _DAY_MONTH_ENTRY.finditer(low) if "." in low else ():
        day, month = int(m.group(1)), int(m.group(2))
        d = safe_date(year_for(month, day, published, anchor), month, day) if 1 <= month <= 12 else None
        if d:
            found.append((m.start(), d, 1))
    # a time of day ("Днем 12 марта", "вранці у вівторок") is the publication day only when nothing else dates it
    found = found or today or weak
    if not found:
        return None
    if len(found) > 1 and any(stem in low for stem in _MOURNING_STEMS):
        # "Оголосити 23 серпня днем жалоби за загиблим унаслідок ракетного удару ... у неділю, 21 серпня": a day of
        # mourning or a funeral is no attack's day; the day told after the death or the attack is
        found = days_told_after(found, low, _DEATH_BEFORE, _DEATH_REACH)
    found.sort(key=lambda f: f[0])
    if len(found) > 1 and (cut := _CLAUSE_CUT.search(low, found[0][0])) is not None \
            and _EVENT_STEM.search(low, 0, cut.start()) is None:
        # "Знімали в суботу біля Круглого двору, а в ніч на понеділок по місту вдарили ракетою": a first clause that
        # tells no attack does not date the one the next clause tells
        told = [f for f in found if f[0] > cut.start() and f[2] == 1 and _EVENT_STEM.search(low, cut.end())]
        if told:
            return told[0][1], told[0][2]
    return found[0][1], found[0][2]


_CLAUSE_CUT = re.compile(r";|:\s|,\s+(?:а|але|однак|но|однако)\s")
_EVENT_STEM = re.compile(r"(?:удар|вдар|обстріл|обстрел|атак|влуч|прил[еіё]т|дрон|безпілот|беспилот|ракет|каб\b|бомб|"
                         r"шахед|геран|вибух|взрыв|загин|загибл|погиб|поранен|ранен|бо[їяюи]|бій|штурм|мін[аиоу]|"
                         r"мин[аыоу]|підірва|подорва|скину|сбрось|сбросил|артилер|артиллер|міномет|миномет|обстрі)")
