"""Example dates in hints, moved to the year around today, so that no hint is stale.

The schemas' examples and trygg's own hints were written in one school year; a hint that
tells a rektor in 2027 to write "2025-08-18" looks like a date to copy. Each example is
moved by whole years to where it falls closest to today (`clock.reference_date`): a day,
month or week keeps its place in the year, a school year (2025-26) becomes today's.
"""

from __future__ import annotations

import datetime as dt
import re

from generator import clock

# The forms an example can have, each with the day it stands for.
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_TERM = re.compile(r"^(ht|vt) (\d{4})$")
_SCHOOL_YEAR = re.compile(r"^(\d{4})-(\d{2})$")  # 2025-26: tried after _MONTH fails
_YEAR = re.compile(r"\b(20\d\d)\b")


def _anchor(example: str) -> dt.date | None:
    """The day `example` stands for, or None when it is no date trygg moves."""
    if (day := _DAY.match(example)) and (day_of := _valid(*map(int, day.groups()))):
        return day_of
    if (month := _MONTH.match(example)) and 1 <= int(month[2]) <= 12:
        return dt.date(int(month[1]), int(month[2]), 15)
    if (school := _SCHOOL_YEAR.match(example)) and int(school[2]) == (int(school[1]) + 1) % 100:
        return dt.date(int(school[1]) + 1, 2, 1)  # the middle of the school year
    if week := _WEEK.match(example):
        return dt.date(int(week[1]), 1, 1) + dt.timedelta(weeks=int(week[2]) - 1)
    if term := _TERM.match(example):
        return dt.date(int(term[2]), 10 if term[1] == "ht" else 3, 15)
    return None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def recent(example: str, today: dt.date | None = None) -> str:
    """`example` moved by whole years to where it is closest to `today` (2025-08-18 →
    2026-08-18 in December 2026); any other text as it is."""
    anchor = _anchor(example.strip())
    if anchor is None:
        return example
    today = today or clock.reference_date()
    years = round((today - anchor).days / 365.25)
    if not years:
        return example
    moved = _YEAR.sub(lambda year: str(int(year[1]) + years), example)
    school = _SCHOOL_YEAR.match(moved.strip())
    if school and int(example.strip()[5:]) > 12:  # a school year, not a month
        moved = f"{school[1]}-{(int(school[1]) + 1) % 100:02d}"
    if _DAY.match(moved.strip()) and _valid(*map(int, moved.strip().split("-"))) is None:
        moved = moved.replace("-02-29", "-02-28")  # a leap day in a year without one
    return moved


# A date of the forms above as it stands in a hint's text.
DATE_IN_TEXT = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{4}-W\d{1,2}\b|\b(?:ht|vt) \d{4}\b")


def recent_in(text: str, today: dt.date | None = None) -> str:
    """`text` with each date of the forms above (2026-08-17, ht 2026, 2026-W05) in it
    moved as `recent` moves it: for trygg's own hints, written with one example date."""
    return DATE_IN_TEXT.sub(lambda found: recent(found[0], today), text)
