"""The weeks of the årshjul's activities (TP048): each must exist and fall in its month,
in the periods the årshjul is shown for.

An årshjul names months and weeks but no year, so a week is right or wrong only in a
period. Which periods, and how serious a wrong week is in each, depends on the day
(`check.wheelweeks`); this says what is wrong, and words it for the period.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from generator.load.document import Document
from generator.load.layout import period_bounds, period_said
from generator.load.weeks import week_exists, week_monday, year_of
from generator.problems import Problem
from generator.validate.located import Path_
from generator.validate.located import problem_at as _problem
from generator.vocabulary import MONTHS


@dataclass(frozen=True)
class WheelPeriod:
    """A period the årshjul is shown for: `later` is "" for the one the site shows now,
    else "kommande" or "utkast" (a later period, which shows it when it starts)."""

    period_id: str
    later: str = ""


def week_problems(
    cycle: Document, periods: Sequence[WheelPeriod]
) -> Iterator[tuple[Problem, WheelPeriod]]:
    """TP048: an activity's week must exist and fall in its month, in each period the
    årshjul is shown for; told once per activity, for the first, with that period."""
    for index, activity in enumerate(cycle.data["aktiviteter"]):
        week = activity.get("vecka")
        if week is None:
            continue
        month = MONTHS.index(activity["månad"]) + 1
        for period in periods:
            year = year_of(month, period_bounds(period.period_id)[0])
            if why := _week_month_problem(week, month, year):
                yield _told(cycle, index, why, activity["månad"], period), period
                break


def _week_month_problem(week: int, month: int, year: int) -> str:
    """Why ISO week `week` cannot be in `month` of `year` (as the årshjul shows it), or ""."""
    if week_monday(year, month, week) is not None:
        return ""
    if not week_exists(year, week):
        return f"vecka {week} finns inte {year}, som bara har 52 veckor"
    return f"vecka {week} ligger inte i {MONTHS[month - 1]} {year}"


def _told(cycle: Document, index: int, why: str, month: str, period: WheelPeriod) -> Problem:
    path: Path_ = ("aktiviteter", index, "vecka")
    if not period.later:
        message = f"{why} (årshjulet visas för {period_said(period.period_id)})"
        hint = f"välj en vecka i {month} eller ta bort vecka"
        return _problem(cycle, path, "TP048", message, hint)
    # An utkast's problem is marked "(utkast)" in front already (`Problem.format`).
    message = f"{why}, i årshjulet för den kommande perioden {period_said(period.period_id)}"
    hint = (
        f"årshjulet visas för {period_said(period.period_id)} när perioden börjar: välj då "
        f"en vecka i {month}, eller ta bort vecka"
    )
    return _problem(cycle, path, "TP048", message, hint)
