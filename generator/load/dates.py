"""Plan dates as plans write them: a day, a month, an ISO week or a term.

A plan often says "oktober 2025", "vecka 10" or "hösten 2026" rather than a day.
`PlanDate` keeps such a date as the interval it names, with the text as written:

- a day `2026-01-15`: that day;
- a month `2025-10`: 1 to 31 October 2025;
- an ISO week `2026-W10` (also `2026-W5` for week 5): Monday to Sunday of ISO week 10 of 2026;
- a term `ht 2026` (hösttermin): 1 July to 31 December 2026, and `vt 2027`
  (vårtermin): 1 January to 30 June 2027. `HT 2026` and `VT 2027` are accepted too.

A start compares by its first day (`first`), a deadline by its last (`last`).

Every date in the content, of any field and any schema, and every plan period is held to
`YEARS` (`outside_years`): a year far off (0001, 9999) is a slip, and the day before it, a
year on or a year back would be no date at all in the checks and builds that follow.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from generator.vocabulary import MONTHS

# The forms, as the schema's `tidpunkt` pattern also spells them (a test keeps them equal).
SHAPE = re.compile(
    r"^[0-9]{4}-(0[1-9]|1[0-2])(-[0-9]{2})?$|^[0-9]{4}-W[0-9]{1,2}$|^(ht|vt|HT|VT) [0-9]{4}$"
)
FORMS_IN_WORDS = (
    "en dag (2026-01-15), en månad (2025-10), en vecka (2026-W10) "
    "eller en termin (ht 2026 = 1 juli–31 december, vt 2027 = 1 januari–30 juni)"
)
# The words Swedish schools write for a term, by the form trygg reads ("vår 2027",
# "höstterminen 2026"): the hint of TP015 offers the form, running text's periods are
# read with them (`periodwords`). The first word is how `in_words` says the term.
TERM_NAMES: dict[str, tuple[str, ...]] = {
    "ht": ("hösten", "höstterminen", "hösttermin", "höst", "ht"),
    "vt": ("våren", "vårterminen", "vårtermin", "vår", "vt"),
}

# The years content may name: wide enough for any real plan, old or planned far ahead, and
# far enough from the ends of the calendar (1 and 9999) that no arithmetic on them overflows.
YEARS = range(1990, 2200)
YEARS_IN_WORDS = f"{YEARS[0]}–{YEARS[-1]}"
OUTSIDE_YEARS = f"ligger utanför åren {YEARS_IN_WORDS}"
YEARS_HINT = "skriv det år som menas, t.ex. 2026"


class DateForm(StrEnum):
    DAY = "dag"
    MONTH = "månad"
    WEEK = "vecka"
    TERM = "termin"


@dataclass(frozen=True, order=True)
class PlanDate:
    """A day, month, week or term: the days from `first` to `last`, both included.

    Ordered by first day, then last day, so a month sorts before the days after its first.
    """

    first: dt.date
    last: dt.date
    form: DateForm
    text: str  # as written, e.g. "2026-W10"

    @property
    def in_words(self) -> str:
        """ "15 januari 2026", "oktober 2025", "vecka 10, 2026", "hösten 2026"."""
        if self.form is DateForm.DAY:
            return day_in_words(self.first)
        if self.form is DateForm.MONTH:
            return f"{MONTHS[self.first.month - 1]} {self.first.year}"
        if self.form is DateForm.WEEK:
            year, week, _ = self.first.isocalendar()
            return f"vecka {week}, {year}"
        return f"{TERM_NAMES[self.text[:2].lower()][0]} {self.text[-4:]}"

    @property
    def month_in_words(self) -> str:
        """A day by its month ("november 2025"), any other form `in_words`: when a survey
        was made, as the trend charts and the granskning's nyckeltal both name it."""
        if self.form is DateForm.DAY:
            return f"{MONTHS[self.first.month - 1]} {self.first.year}"
        return self.in_words

    @property
    def month_in_a_range(self) -> str:
        """As `month_in_words`, but a week by its month too (the month of its Thursday, as
        ISO weeks are counted): one end of a range of surveys reads as the other does,
        "november 2024 – mars 2025", not "november 2024 – vecka 11, 2025"."""
        if self.form is DateForm.WEEK:
            thursday = self.first + dt.timedelta(days=3)
            return f"{MONTHS[thursday.month - 1]} {thursday.year}"
        return self.month_in_words


def day_in_words(day: dt.date) -> str:
    """A day as Swedish readers write it: "17 augusti 2026"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def exact(day: dt.date) -> PlanDate:
    """The one-day PlanDate of `day`."""
    return PlanDate(day, day, DateForm.DAY, day.isoformat())


def parse(text: str) -> PlanDate | None:
    """The PlanDate that `text` names, or None if it is no such date (see the module)."""
    if not SHAPE.match(text) or text.endswith("\n"):  # `$` also matches before a last "\n"
        return None
    if outside_years(text):  # before any arithmetic: a day after 9999-12-31 is none
        return None
    try:
        return _parse(text)
    except ValueError:  # 2026-02-30, week 00, week 53 in a year of 52 weeks
        return None


def _parse(text: str) -> PlanDate:
    year = written_year(text)
    if text[:2].lower() == "ht":
        return PlanDate(dt.date(year, 7, 1), dt.date(year, 12, 31), DateForm.TERM, text)
    if text[:2].lower() == "vt":
        return PlanDate(dt.date(year, 1, 1), dt.date(year, 6, 30), DateForm.TERM, text)
    if "W" in text:
        monday = dt.date.fromisocalendar(year, int(text[6:]), 1)
        return PlanDate(monday, monday + dt.timedelta(days=6), DateForm.WEEK, text)
    if len(text) == len("2025-10"):
        first = dt.date(year, int(text[5:]), 1)
        following = dt.date(year + first.month // 12, first.month % 12 + 1, 1)
        return PlanDate(first, following - dt.timedelta(days=1), DateForm.MONTH, text)
    day = dt.date.fromisoformat(text)
    return PlanDate(day, day, DateForm.DAY, text)


def written_year(text: str) -> int:
    """The year of a text of one of the forms (`SHAPE`): "2026" of "ht 2026" or "2026-W10"."""
    return int(text[-4:]) if text[:2].isalpha() else int(text[:4])


def outside_years(text: str) -> bool:
    """Whether `text`, of one of the forms, names a year outside `YEARS` (0001-01-01)."""
    return bool(SHAPE.match(text)) and written_year(text) not in YEARS


def checked(text: str) -> PlanDate:
    """The PlanDate of a value that passed its schema (whose format check rules out others)."""
    found = parse(text)
    if found is None:
        raise ValueError(f"not a plan date: {text!r}")
    return found


def impossible(text: str) -> str:
    """Why `text`, of a right form, names no date, and what to write instead (Swedish)."""
    if text.endswith("\n"):
        return "skriv datumet på en rad, utan radbrytning efter"
    if outside_years(text):
        return YEARS_HINT
    year = int(text[:4])
    if "W" in text:
        weeks = dt.date(year, 12, 28).isocalendar().week
        return f"{year} har veckorna 1–{weeks}; skriv en vecka som finns, t.ex. {year}-W10"
    month = int(text[5:7])
    days = calendar.monthrange(year, month)[1]
    return f"{MONTHS[month - 1]} {year} har {days} dagar; skriv en dag som finns"


def is_possible(text: str) -> bool:
    """False only for text of a right form that names no date (2026-02-30, 2026-W53) or
    one outside `YEARS`.

    Text of no form at all is left to the schema's pattern, so each value gets one error.
    """
    return not SHAPE.match(text) or parse(text) is not None
