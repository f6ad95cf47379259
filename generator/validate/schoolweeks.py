"""The weeks of the årshjul's activities (TP048): each must exist and fall in its month,
in the periods the årshjul is shown for.

An årshjul names months and weeks but no year. Its page and calendar show it for the
plan the site shows (`School.current_plan`: the plan in force on the day, else the
coming or the expired one), so a week that is wrong in that period is an error. A later
period that has a plan, kommande or an utkast (which the preview shows), will show the
same årshjul when it starts, so a week that is wrong there is a warning. Earlier periods
are archived: no page shows the årshjul for them, so they are not checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from generator.check.draftmarks import as_draft
from generator.load.document import Document
from generator.load.drafts import is_draft
from generator.load.layout import period_bounds, split_plan_key
from generator.model.standing import standing_of
from generator.problems import Problem, Severity
from generator.validate.located import Path_
from generator.validate.located import problem_at as _problem
from generator.vocabulary import MONTHS
from generator.weeks import week_exists, week_monday, year_of


@dataclass(frozen=True)
class PlanDays:
    """A plan file's period and the days it applies, as written (a `model.standing`
    Validity)."""

    period_id: str
    valid_from: dt.date
    valid_to: dt.date
    draft: bool


@dataclass(frozen=True)
class WheelPeriod:
    """A period the årshjul is shown for: `later` is "" for the one shown now, else
    "kommande" or "utkast"."""

    period_id: str
    later: str = ""


def wheel_periods(
    plans: Sequence[tuple[str, Document]], failed: Mapping[str, frozenset[str]], today: dt.date
) -> list[WheelPeriod]:
    """The period the site shows on `today`, then each later period with a plan; plan files
    whose `giltighet` did not pass the schema (`failed`) are left out."""
    days = [
        _days(key, document)
        for key, document in plans
        if "giltighet" not in failed.get(document.display, frozenset({"giltighet"}))
    ]
    decided = [plan for plan in days if not plan.draft]
    shown = standing_of(decided, today).shown
    found = [WheelPeriod(decided[shown].period_id)] if shown >= 0 else []
    after = period_bounds(found[0].period_id)[0] if found else dt.date.min
    for period_id, group in itertools.groupby(days, key=lambda plan: plan.period_id):
        if period_bounds(period_id)[0] > after:
            drafts = all(plan.draft for plan in group)
            found.append(WheelPeriod(period_id, "utkast" if drafts else "kommande"))
    return found


def _days(key: str, document: Document) -> PlanDays:
    valid = document.data["giltighet"]
    start, end = (dt.date.fromisoformat(str(valid[k])) for k in ("från", "till"))
    return PlanDays(split_plan_key(key)[0], start, end, is_draft(document.data))


def week_problems(cycle: Document, periods: Sequence[WheelPeriod]) -> Iterator[Problem]:
    """TP048: an activity's week must exist and fall in its month, in each period the
    årshjul is shown for (`wheel_periods`): told once per activity, for the first."""
    for index, activity in enumerate(cycle.data["aktiviteter"]):
        week = activity.get("vecka")
        if week is None:
            continue
        month = MONTHS.index(activity["månad"]) + 1
        for period in periods:
            year = year_of(month, period_bounds(period.period_id)[0])
            if why := _week_month_problem(week, month, year):
                yield _told(cycle, index, why, activity["månad"], period)
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
        message = f"{why} (årshjulet visas för period {period.period_id})"
        hint = f"välj en vecka i {month} eller ta bort vecka"
        return _problem(cycle, path, "TP048", message, hint)
    later = "utkastets" if period.later == "utkast" else "kommande"
    message = f"{why} ({later} period {period.period_id})"
    hint = (
        f"årshjulet visas för {period.period_id} när perioden börjar: välj då en vecka i "
        f"{month}, eller ta bort vecka"
    )
    problem = _problem(cycle, path, "TP048", message, hint)
    if period.later == "utkast":
        return as_draft(problem)
    return dataclasses.replace(problem, severity=Severity.WARNING)
