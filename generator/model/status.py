"""Whether a school has a plan in force on a given day."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from generator.model import Plan, School


class PlanStatus(StrEnum):
    CURRENT = "gällande"
    UPCOMING = "kommande"
    EXPIRED = "utgången"
    MISSING = "saknas"


def plan_in_force(school: School, today: dt.date) -> Plan | None:
    return next((p for p in school.plans if p.valid_from <= today <= p.valid_to), None)


def plan_status(school: School, today: dt.date) -> tuple[PlanStatus, Plan | None]:
    """The status of the school's planning on `today`, and the plan it refers to."""
    if not school.plans:
        return PlanStatus.MISSING, None
    if (plan := plan_in_force(school, today)) is not None:
        return PlanStatus.CURRENT, plan
    newest = school.plans[-1]
    if newest.valid_from > today:
        return PlanStatus.UPCOMING, newest
    return PlanStatus.EXPIRED, newest
