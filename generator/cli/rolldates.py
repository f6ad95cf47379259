"""Dates and period words moved to the next period's plan (`trygg ny-period`).

A planned day moves 52 weeks, so it keeps its weekday (a follow-up on a Friday stays on
a Friday); a day that 52 weeks would put outside the new plan's validity, when a year
would not, moves a year instead, to the nearest weekday. Months, weeks and terms move
whole years and keep their form. The plan's own validity starts the day after the
old plan's (`cli.newplan`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from generator.load.dates import YEARS, DateForm, checked
from generator.periodwords import PERIOD_WORD, is_school_year

PLAN_DATE = (
    r"(?P<date>[0-9]{4}-W[0-9]{1,2}|[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?|(?:ht|vt|HT|VT) [0-9]{4})"
)
DATED = re.compile(
    r"(?P<lead>\b(?:datum|start|klart|när|senast):[ \t]*)(?P<q>[\"']?)"
    + PLAN_DATE
    + r"(?P=q)(?=[ \t]*(?:[,}\]#]|$))",
    re.MULTILINE,
)
WEEKEND = {5: -1, 6: 1}  # Saturday to Friday, Sunday to Monday
RULE = (
    "Planerade dagar är flyttade 52 veckor, så att de hamnar på samma veckodag (en dag som "
    "då skulle hamna utanför giltigheten är flyttad ett år, till närmaste vardag); månader, "
    "veckor och terminer är flyttade ett år."
)


class UnreadableDate(ValueError):
    """A date in the old plan that is no date (2027-02-30, 2027-W54): the new plan cannot
    move it. `text` is the date as written."""

    def __init__(self, text: object) -> None:
        super().__init__(text)
        self.text = text if isinstance(text, str) else ""  # a list or a mapping: no date


def iso_day(text: str) -> dt.date:
    """A day written ÅÅÅÅ-MM-DD in the years content may name, or `UnreadableDate`."""
    try:
        day = dt.date.fromisoformat(text)
    except (ValueError, TypeError):
        raise UnreadableDate(text) from None
    if day.year not in YEARS:  # the day after 9999-12-31, or a year on, is no date
        raise UnreadableDate(text)
    return day


@dataclass
class Rollover:
    """Dates moved `years` on, and notes on those that had to change more than that.
    `within` is the new plan's validity, which a moved day should stay inside."""

    years: int
    within: tuple[dt.date, dt.date] | None = None
    notes: list[str] = field(default_factory=list)

    def date(self, text: str) -> str:
        """The plan date `text` moved, in the same form (`UnreadableDate` when it is none)."""
        try:
            found = checked(text)
        except (ValueError, TypeError):
            raise UnreadableDate(text) from None
        if found.form is DateForm.TERM:
            return f"{text[:2]} {int(text[-4:]) + self.years}"
        year = int(text[:4]) + self.years
        if found.form is DateForm.WEEK:
            week, weeks = int(text[6:]), dt.date(year, 12, 28).isocalendar().week
            new = f"{year}-W{min(week, weeks):0{len(text) - 6}d}"
            return self._note(text, new) if week > weeks else new
        if found.form is DateForm.MONTH:
            return f"{year}{text[4:]}"
        return self._day(found.first).isoformat()

    def year_on(self, text: str) -> dt.date:
        """The day `text` moved whole years: the same day of the month (28 February for
        29 February in a year without it)."""
        old = iso_day(text)
        year = old.year + self.years
        day = min(old.day, calendar.monthrange(year, old.month)[1])
        new = dt.date(year, old.month, day)
        if day != old.day:
            self._note(text, new.isoformat())
        return new

    def _day(self, old: dt.date) -> dt.date:
        weeks_on = old + dt.timedelta(weeks=52 * self.years)
        if self.within is None or self._inside(weeks_on):
            return weeks_on
        year_on = self.year_on(old.isoformat())
        if not self._inside(year_on):
            return weeks_on  # outside either way: a kartläggning before the plan starts
        weekday = year_on + dt.timedelta(days=WEEKEND.get(year_on.weekday(), 0))
        if not self._inside(weekday):  # the weekend day is the plan's first or last
            weekday = year_on - dt.timedelta(days=WEEKEND[year_on.weekday()] * 2)
        return weekday if self._inside(weekday) else year_on

    def _inside(self, day: dt.date) -> bool:
        return self.within is None or self.within[0] <= day <= self.within[1]

    def _note(self, old: str, new: str) -> str:
        self.notes.append(f"{old} finns inte {new[:4]}; skrev {new} – se över datumet")
        return new

    def dates_in(self, text: str) -> str:
        """`text` with its planned dates (datum, start, klart, när, senast) moved."""
        return DATED.sub(lambda m: m["lead"] + m["q"] + self.date(m["date"]) + m["q"], text)

    def periods_in(self, text: str) -> str:
        """`text` with its planned dates and the periods named in its words moved: for a
        text about what is to come ("skrivs in i planen för läsåret 2027/28")."""
        both = re.compile(f"{DATED.pattern}|{PERIOD_WORD.pattern}", re.MULTILINE)
        return both.sub(self._moved, text)

    def _moved(self, found: re.Match[str]) -> str:
        if found["date"]:
            return found["lead"] + found["q"] + self.date(found["date"]) + found["q"]
        if found["word"]:
            return f"{found['word']}{int(found['year']) + self.years}"
        if not is_school_year(found):
            return found[0]  # a month: 2026-10
        later = int(found["first"]) + self.years
        return f"{later}{found['sep']}{(later + 1) % 100:02d}"
