"""Whether a school has a plan in force on a given day (`model.standing`), for a School."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.model import Plan, School
from generator.model.standing import PlanStatus, Standing, Validity, standing_of, status_of


def plan_status(school: School, today: dt.date) -> tuple[PlanStatus, Plan | None]:
    """The status of the school's planning on `today`, and the plan it refers to."""
    return status_of(school.plans, today)


def decided_plans(school: School) -> tuple[Plan, ...]:
    """The school's decided plans, also when its utkast are among its plans (the check of
    an utkast sees the school that way: `School.with_drafts`)."""
    return tuple(plan for plan in school.plans if not plan.draft)


def open_drafts(school: School, today: dt.date) -> tuple[Plan, ...]:
    """The school's utkast, oldest first, that can still come into force: those whose
    validity has not ended on `today` (an utkast for an ended period is no plan on its way,
    and deciding it would not give the school a plan)."""
    drafts = (*school.drafts, *(plan for plan in school.plans if plan.draft))
    return tuple(plan for plan in drafts if plan.valid_to >= today)


def drafts_until(school: School) -> dt.date | None:
    """The last day any of the school's utkast would be in force; None without one."""
    return max((plan.valid_to for plan in school.drafts), default=None)


def on_day(school: School, today: dt.date) -> School:
    """The school as its site shows it on `today`: its `current_plan` is the plan in force
    (or the expired or coming one), and later decided plans are `upcoming_plans`."""
    standing = standing_of(school.plans, today, drafts_until(school))
    return dataclasses.replace(school, standing=standing)


__all__ = [
    "PlanStatus",
    "Standing",
    "Validity",
    "decided_plans",
    "drafts_until",
    "on_day",
    "open_drafts",
    "plan_status",
    "status_of",
]
