"""Whether a school has a plan in force, and the reference date checks and builds use.

Builds must be reproducible, so "today" comes from SOURCE_DATE_EPOCH when it is
set (the convention of reproducible-builds.org, which MkDocs also honours for
the sitemap), and otherwise from the clock in Sweden, where the schools are.
"""

from __future__ import annotations

import datetime as dt
import os
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from generator.model.types import Plan, School


class PlanStatus(StrEnum):
    CURRENT = "gällande"
    UPCOMING = "kommande"
    EXPIRED = "utgången"
    MISSING = "saknas"


def reference_date() -> dt.date:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    try:
        return dt.datetime.now(ZoneInfo("Europe/Stockholm")).date()
    except ZoneInfoNotFoundError:  # a system without time zone data
        return dt.datetime.now(dt.UTC).date()


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
