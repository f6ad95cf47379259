"""What a day written the Word way (or the way Excel and Outlook show it) should be written
as in trygg: `2027-8-31`, `2027.08.31`, `16/8 2027`, `16/8-27`, `11 juni 2028`, `10 feb.
2027` are all `2027-08-31`-shaped days, read only where they name one day for certain.

Swedish writes the day before the month (16/8 is 16 August), so `8/16` names no day and
gets no suggestion; a day without a year gets no year either: trygg never guesses one,
nor a day for a month without one (`aug 2027`): the hint says which parts are missing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from generator.validate.exampledates import recent
from generator.vocabulary import MONTHS

_ISO = re.compile(r"^(?P<year>\d{4})(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})$")
_NUMBERS = re.compile(
    r"^(?P<day>\d{1,2})\s*[/.]\s*(?P<month>\d{1,2})(?:(?:\s+|\s*[-/.]\s*)(?P<year>\d{4}|\d{2}))?$"
)
_WORDS = re.compile(
    r"^(?:den\s+)?(?P<day>\d{1,2})(?::[ae])?\.?\s+(?P<month>[a-zåäö]{3,})\.?"
    r"(?:[\s,]+(?P<year>\d{4}))?$"
)
_YEAR_FIRST = re.compile(r"^(?P<year>\d{4})[-./](?P<month>\d{1,2})(?:[-./](?P<day>\d{1,2}))?$")
_MONTH_ONLY = re.compile(r"^(?P<month>[a-zåäö]{3,})\.?(?:[\s,]+(?P<year>\d{4}))?$")
_LEAD = re.compile(r"^(?:från|fr\.?\s*o\.?\s*m\.?|senast|till|t\.?\s*o\.?\s*m\.?|efter)\s+")


def suggested_day(written: str) -> str:
    """ "skriv 2027-08-16" for "16/8 2027", or "" when `written` names no one day."""
    text = _LEAD.sub("", " ".join(written.casefold().split()))
    if found := _ISO.match(text):
        day = _day(found["year"], int(found["month"]), int(found["day"]))
        if day == text:
            return ""  # the form itself: whatever is wrong, it is not the form
        if day and found["sep"] == "-":
            return f"skriv månad och dag med två siffror: {day}"
        return f"skriv {day}" if day else ""
    found = _NUMBERS.match(text) or _WORDS.match(text)
    month = month_number(found["month"]) if found else 0
    if not found or not month:
        return ""
    if found["year"] is None:
        return _without_year(int(found["day"]), month)
    day = _day(found["year"], month, int(found["day"]))
    return f"skriv {day}" if day else ""


def no_such_month(text: str) -> str:
    """For a date or month written year first whose month is none (2026-13-01, 2026-00):
    that the month does not exist, and the day meant where day and month are swapped
    (2026-13-01 is 13 January as written the other way round), asked as a question;
    "" for any other text."""
    found = _YEAR_FIRST.match(text)
    if found is None or 1 <= int(found["month"]) <= 12:
        return ""
    said = f"månad {found['month']} finns inte, månaderna är 01–12"
    swapped = _day(found["year"], int(found["day"] or 0), int(found["month"]))
    if found["day"] and swapped:  # a question: the swap is a guess the author must check
        day, month = int(found["month"]), int(found["day"])
        meant = f"{day} {MONTHS[month - 1]} {found['year']}"
        return f"{said}; menade du {meant}? Skriv det i så fall som {swapped}"
    form = "ÅÅÅÅ-MM-DD" if found["day"] else "ÅÅÅÅ-MM"
    return f"{said}: skriv {form}, t.ex. {found['year']}-12" + ("-01" if found["day"] else "")


def missing_day(written: str) -> str:
    """For a month without its day where a day is asked ("aug 2027", "sept."): which parts
    are missing, in trygg's form; "" when `written` is no month."""
    found = _MONTH_ONLY.match(_LEAD.sub("", " ".join(written.casefold().split())))
    month = lone_month(found["month"]) if found else 0
    if not found or not month:
        return ""
    name = MONTHS[month - 1]
    if found["year"] is None:
        return (
            f"dag och år saknas: skriv en dag i {name} med året, som ÅÅÅÅ-{month:02d}-DD "
            f"(t.ex. {recent(f'2026-{month:02d}-15')})"
        )
    year = found["year"]
    days = calendar.monthrange(int(year), month)[1]
    return f"dagen saknas: skriv en dag i {name} {year} som {year}-{month:02d}-DD (01–{days})"


def lone_month(written: str) -> int:
    """`month_number` of a month named without a day: "jul" alone is Christmas, not July."""
    return 0 if written == "jul" else month_number(written)


def month_number(written: str) -> int:
    """1–12 for "8", "aug", "augusti" or "sept"; 0 for anything else."""
    if written.isdigit():
        return int(written) if 1 <= int(written) <= 12 else 0
    named = [number for number, name in enumerate(MONTHS, 1) if name.startswith(written)]
    return named[0] if len(named) == 1 else 0


def _day(year: str, month: int, day: int) -> str:
    """ "2027-08-16", or "" for a day that does not exist (31/9, 30/2)."""
    full = int(year) if len(year) == 4 else 2000 + int(year)
    try:
        return dt.date(full, month, day).isoformat()
    except ValueError:
        return ""


def _without_year(day: int, month: int) -> str:
    if not 1 <= day <= calendar.monthrange(2028, month)[1]:  # a leap year: 29/2 is a day
        return ""
    form = f"-{month:02d}-{day:02d}"
    example = 2028 if (month, day) == (2, 29) else 2026
    return (
        f"året saknas: skriv {day} {MONTHS[month - 1]} med året, som ÅÅÅÅ{form} "
        f"(t.ex. {example}{form})"
    )
