"""ISO weeks in the months of an årshjul, which names a month and a week but no year.

One place says in which year a period passes through a month, and which Monday a week
in that month begins on: the årshjul's page and calendar (`diagrams.ics`) show it, and
`trygg check` (`validate.schoolweeks`) tells when there is no such week.
"""

from __future__ import annotations

import calendar
import datetime as dt

from generator.vocabulary import MONTHS


def year_of(month: int, period_start: dt.date) -> int:
    """The year in which the period starting `period_start` passes through `month` (a
    läsår spans two years)."""
    return period_start.year if month >= period_start.month else period_start.year + 1


def week_exists(year: int, week: int) -> bool:
    """Whether ISO year `year` has week `week` (week 53 only some years)."""
    return 1 <= week <= dt.date(year, 12, 28).isocalendar().week


def week_monday(year: int, month: int, week: int) -> dt.date | None:
    """The Monday of ISO week `week` nearest the middle of the month, if that week touches it.

    Week 1 can start in late December and week 52 or 53 can run into January, so the ISO
    year may differ from the calendar year. None when no such week overlaps the month
    (week 53 in a year of 52 weeks, or week 12 in september).
    """
    first = dt.date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    middle = dt.date(year, month, 15)
    mondays = [
        monday
        for iso_year in (year - 1, year, year + 1)
        if week_exists(iso_year, week)
        and first - dt.timedelta(days=6) <= (monday := dt.date.fromisocalendar(iso_year, week, 1))
        and monday <= last
    ]
    return min(mondays, key=lambda monday: abs((monday - middle).days), default=None)


def week_span(monday: dt.date) -> str:
    """The days of the week starting `monday`, as a reader says them: "7–13 september",
    or "31 augusti–6 september" for a week that spans two months."""
    sunday = monday + dt.timedelta(days=6)
    last = f"{sunday.day} {MONTHS[sunday.month - 1]}"
    if monday.month == sunday.month:
        return f"{monday.day}–{last}"
    return f"{monday.day} {MONTHS[monday.month - 1]}–{last}"
