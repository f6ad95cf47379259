"""The weeks of the årshjul's activities: each must exist and fall in its month, in every
plan period (TP048)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from generator.load.document import Document
from generator.load.layout import period_bounds
from generator.problems import Problem
from generator.validate.located import Path_
from generator.validate.located import problem_at as _problem
from generator.vocabulary import MONTHS


def _week_month_problem(week: int, month: int, year: int) -> str:
    """Why ISO week `week` cannot be in `month` of `year` (as the årshjul shows it), or ""."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    exists = False
    for iso_year in (year - 1, year, year + 1):
        try:
            monday = dt.date.fromisocalendar(iso_year, week, 1)
        except ValueError:  # week 53 in a year that has 52
            continue
        exists = exists or iso_year == year
        if monday <= last and monday + dt.timedelta(days=6) >= first:
            return ""
    if not exists:
        return f"vecka {week} finns inte {year}, som bara har 52 veckor"
    return f"vecka {week} ligger inte i {MONTHS[month - 1]} {year}"


def week_problems(cycle: Document, period_ids: list[str]) -> Iterator[Problem]:
    """TP048: an activity's week must exist and fall in its month, in every plan period."""
    starts = [(period_id, period_bounds(period_id)[0]) for period_id in period_ids]
    for index, activity in enumerate(cycle.data["aktiviteter"]):
        week = activity.get("vecka")
        if week is None:
            continue
        month = MONTHS.index(activity["månad"]) + 1
        for period_id, start in starts:
            year = start.year if month >= start.month else start.year + 1
            if why := _week_month_problem(week, month, year):
                hint = f"välj en vecka i {activity['månad']} eller ta bort vecka"
                path: Path_ = ("aktiviteter", index, "vecka")
                yield _problem(cycle, path, "TP048", f"{why} (period {period_id})", hint)
                break
