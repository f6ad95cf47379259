"""TP035 at a plan whose giltighet is not in the period its file is named after: `2026.yml`
that is in force in year 1, or last year's `2025-26.yml` copied to `2026-27.yml` with its
dates unchanged. The name is the plan's period everywhere (its site, the evaluation of
the plan before it, `trygg ny-period`), so the two must agree.

A plan may start a little before its period (decided in June for the läsår from August),
but not by more than `EARLY`; it must be in force on some day of its period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator

from generator.load.dates import YEARS, day_in_words
from generator.load.document import Document
from generator.load.layout import period_bounds, plan_key, split_plan_key
from generator.problems import Problem
from generator.validate.located import problem_at

EARLY = dt.timedelta(days=92)  # three months: a plan decided and in force before summer
EARLY_IN_WORDS = "tre månader"


def period_fit_problems(
    key: str, document: Document, taken: Collection[str] = ()
) -> Iterator[Problem]:
    """TP035 when the validity of the plan in the file `key` (its name without .yml) does
    not fit the period the name gives; the giltighet has passed its schema. The hint never
    names a file of the school's plans already `taken` (their names without .yml)."""
    validity = document.data["giltighet"]
    begins, ends = dt.date.fromisoformat(validity["från"]), dt.date.fromisoformat(validity["till"])
    if ends < begins:
        return  # TP042 says so: which of the two is wrong is not known
    period_id, version = split_plan_key(key)
    first, last = period_bounds(period_id)
    named = f"perioden {period_id} i filnamnet ({day_in_words(first)}–{day_in_words(last)})"
    if begins > last:
        why, field = f"giltigheten börjar {day_in_words(begins)}, efter {named}", "från"
    elif begins < first - EARLY:
        early = f"mer än {EARLY_IN_WORDS} före"
        why, field = f"giltigheten börjar {day_in_words(begins)}, {early} {named}", "från"
    elif ends < first:
        why, field = f"giltigheten slutar {day_in_words(ends)}, innan {named} börjar", "till"
    else:
        return
    hint = f"rätta giltigheten så att planen gäller under perioden {period_id}"
    fitting = _fitting(period_id, begins)
    if fitting != period_id and (name := plan_key(fitting, version)) not in taken:
        hint += f", eller döp filen till {name}.yml om den gäller {fitting}"
    yield problem_at(document, ("giltighet", field), "TP035", why, hint)


def _fitting(period_id: str, begins: dt.date) -> str:
    """The period of `period_id`'s kind that a plan starting `begins` fits: the one it
    starts in, or the next when that starts within `EARLY`; `period_id` when it is none
    trygg takes."""
    day = begins + EARLY
    if len(period_id) == 4:
        year, name = day.year, str(day.year)
    else:
        year = day.year if day.month >= period_bounds(period_id)[0].month else day.year - 1
        name = f"{year}-{(year + 1) % 100:02d}"
    return name if year in YEARS else period_id
