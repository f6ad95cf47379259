"""Which läsår a plan's nyckeltal is counted in: the läsår its survey was made in, so that
the granskning's trend has one axis of läsår, whether a unit's plans run by läsår or by
kalenderår. A plan for år 2026 whose survey was made in March 2025 is counted beside the
plans for läsåret 2025/26 whose surveys were made that autumn and winter: both were
measured in läsåret 2024/25.

A läsår counts from 1 July to 30 June (`load.schoolyears`, the one definition every
text of trygg uses), so a survey dated in the summer break counts to the läsår that
ends in June when it is dated in June, and to the one about to start from 1 July. A
survey given as a term, month or week counts by its first day.

A plan without a survey of the nyckeltal's method has no date: it is counted where most
plans of its period are (the earliest läsår on a tie), and where no plan of its period
has a date, in the läsår before the one its period starts in (the survey before a plan
for läsåret 2026/27 is made in läsåret 2025/26).

A unit has one plan in a läsår: the one whose survey was made last, and of plans with
the same survey (a plan decided anew) the newest.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from generator.load import schoolyears
from generator.load.layout import period_bounds, split_plan_key, years_said
from generator.model.summary import PlanFacts, SchoolSummary

Placed = dict[int, dict[str, PlanFacts]]  # läsår (its first year) -> unit id -> its plan


def school_year_said(first: int) -> str:
    """ "läsåret 2025/26" for the läsår starting in `first`."""
    return years_said(first, first + 1, school_year=True)


def is_calendar_year(plan: PlanFacts) -> bool:
    """Whether the plan runs by kalenderår: its file names a year ("2026"), not a läsår."""
    period_id, _version = split_plan_key(plan.key)
    return len(period_id) == 4 and period_id.isdigit()


def period_start(plan: PlanFacts) -> dt.date:
    """The first day of the plan's period as its file names it; its giltighet's without
    a name."""
    period_id, _version = split_plan_key(plan.key)
    return period_bounds(period_id)[0] if period_id[:4].isdigit() else plan.valid_from


def placed(units: Iterable[SchoolSummary]) -> Placed:
    """Every unit's plan in each läsår that one of its plans is counted in."""
    found = [(u.id, i, p) for u in units for i, p in enumerate(u.plans)]
    peers = _peer_years(p for _u, _i, p in found)
    ranked: dict[int, dict[str, tuple[tuple[dt.date, int], PlanFacts]]] = {}
    for unit_id, index, plan in found:
        if plan.key_survey is not None:
            year = schoolyears.first_year(plan.key_survey.first)
        else:
            year = peers.get(plan.period, schoolyears.first_year(period_start(plan)) - 1)
        rank = (plan.key_survey.first if plan.key_survey else dt.date.min, index)
        in_year = ranked.setdefault(year, {})
        if unit_id not in in_year or in_year[unit_id][0] <= rank:
            in_year[unit_id] = (rank, plan)
    return {y: {u: plan for u, (_rank, plan) in chosen.items()} for y, chosen in ranked.items()}


def _peer_years(plans: Iterable[PlanFacts]) -> dict[str, int]:
    """Each period's läsår of most of its plans' surveys (the earliest on a tie)."""
    years: dict[str, Counter[int]] = {}
    for plan in plans:
        if plan.key_survey is not None:
            year = schoolyears.first_year(plan.key_survey.first)
            years.setdefault(plan.period, Counter())[year] += 1
    return {p: min(c, key=lambda y: (-c[y], y)) for p, c in years.items()}
