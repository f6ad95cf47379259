"""Whether a school has a plan in force on a given day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol, TypeVar

from generator.model import Plan, School


class PlanStatus(StrEnum):
    CURRENT = "gällande"
    UPCOMING = "kommande"
    EXPIRED = "utgången"
    MISSING = "saknas"


class Validity(Protocol):
    """A plan, or what the portal keeps of one: the days it applies."""

    @property
    def valid_from(self) -> dt.date: ...

    @property
    def valid_to(self) -> dt.date: ...


P = TypeVar("P", bound=Validity)


def status_of(plans: Sequence[P], today: dt.date) -> tuple[PlanStatus, P | None]:
    """The status on `today` of a school's plans (oldest first), and the plan it refers to."""
    if not plans:
        return PlanStatus.MISSING, None
    if (plan := next((p for p in plans if p.valid_from <= today <= p.valid_to), None)) is not None:
        return PlanStatus.CURRENT, plan
    newest = plans[-1]
    if newest.valid_from > today:
        return PlanStatus.UPCOMING, newest
    return PlanStatus.EXPIRED, newest


def plan_status(school: School, today: dt.date) -> tuple[PlanStatus, Plan | None]:
    """The status of the school's planning on `today`, and the plan it refers to."""
    return status_of(school.plans, today)
