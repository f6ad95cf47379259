"""Whether a school has a plan in force on a given day (`model.standing`), for a School."""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.model import Plan, School
from generator.model.standing import PlanStatus, Standing, Validity, standing_of, status_of


def plan_status(school: School, today: dt.date) -> tuple[PlanStatus, Plan | None]:
    """The status of the school's planning on `today`, and the plan it refers to."""
    return status_of(school.plans, today)


def on_day(school: School, today: dt.date) -> School:
    """The school as its site shows it on `today`: its `current_plan` is the plan in force
    (or the expired or coming one), and later decided plans are `upcoming_plans`."""
    return dataclasses.replace(school, standing=standing_of(school.plans, today))


__all__ = ["PlanStatus", "Standing", "Validity", "on_day", "plan_status", "status_of"]
