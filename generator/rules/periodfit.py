"""Whether a plan's giltighet fits the period its file is named after (TP102): `2026.yml`
in force from 2030, or last year's `2025-26.yml` copied to `2026-27.yml` with its dates
unchanged. The name is the plan's period everywhere (its site, the evaluation of the plan
before it, `trygg ny-period`), so the two should agree.

A plan may start a little before its period (decided in June for the läsår from August),
but not by more than `EARLY`, and it must be in force on some day of its period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import NamedTuple

from generator.load import schoolyears
from generator.load.dates import YEARS, day_in_words
from generator.load.layout import plan_key
from generator.model import Period, Plan
from generator.model.build_plan import period

EARLY = dt.timedelta(days=92)  # three months: a plan decided and in force before summer


class Misfit(NamedTuple):
    field: str  # the key under giltighet that is out of place
    message: str
    hint: str


def misfit(plan: Plan, taken: Collection[str] = ()) -> Misfit | None:
    """Why `plan`'s giltighet does not fit its period, or None when it does. The hint never
    names a file among the school's plans already `taken` (names without .yml)."""
    begins, ends, named = plan.valid_from, plan.valid_to, plan.period
    said = f"{named.label}, som filnamnet anger ({_days(named)})"
    if ends < begins:
        return None  # TP042 says so: which of the two is wrong is not known
    if begins > named.end:
        field, message = "från", f"giltigheten börjar {day_in_words(begins)}, efter {said}"
    elif begins < named.start - EARLY:
        early = f"mer än tre månader före {said}"
        field, message = "från", f"giltigheten börjar {day_in_words(begins)}, {early}"
    elif ends < named.start:
        field, message = "till", f"giltigheten slutar {day_in_words(ends)}, före {said}"
    else:
        return None
    hint = f"rätta giltigheten så att planen gäller under {named.label}"
    fitting = _fitting(named.id, begins)
    if fitting is not None and (name := plan_key(fitting.id, plan.version)) not in taken:
        hint += f", eller döp filen till {name}.yml om planen gäller {fitting.label}"
    return Misfit(field, message, hint)


def _days(named: Period) -> str:
    return f"{day_in_words(named.start)}–{day_in_words(named.end)}"


def _fitting(period_id: str, begins: dt.date) -> Period | None:
    """The period of `period_id`'s kind that a plan starting `begins` fits: the one it
    starts in, or the next when that starts within `EARLY`; None outside `YEARS`."""
    day = begins + EARLY
    year = day.year
    if len(period_id) > len("2026"):
        year -= day.month < period(period_id).start.month
        name = schoolyears.name(year)
    else:
        name = str(year)
    return period(name) if year in YEARS and year + 1 in YEARS else None
