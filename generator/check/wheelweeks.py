"""The årshjul's weeks (TP048, `validate.schoolweeks`) in the periods it is shown for on
the day checked.

The årshjul's page and calendar show it for the plan the site shows (`School.
current_plan`: the plan in force on the day, else the coming or the expired one), so a
week that is wrong in that period is an error. A later period that has a plan, kommande
or an utkast (which the preview shows), will show the same årshjul when it starts, so a
week that is wrong there is a warning, marked "(utkast)" for an utkast's period: it
never holds the school back. Earlier periods are archived: no page shows the årshjul
for them, so they are not checked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.check.draftmarks import as_draft
from generator.load.document import Document
from generator.load.drafts import is_draft
from generator.load.layout import period_bounds, split_plan_key
from generator.load.sources import SchoolSources
from generator.model.standing import standing_of
from generator.problems import Problem, Severity
from generator.validate.schoolweeks import WheelPeriod, week_problems
from generator.validate.sectionkeys import failed_keys


@dataclass(frozen=True)
class PlanDays:
    """A plan file's period and the days it applies, as written (a `model.standing`
    Validity)."""

    period_id: str
    valid_from: dt.date
    valid_to: dt.date
    draft: bool


def week_findings(
    school: SchoolSources, schema: Sequence[Problem], today: dt.date
) -> list[Problem]:
    """TP048 in the school's årshjul, for the periods it is shown for on `today`; nothing
    when its activities did not pass their schema (`validate.sectionkeys`)."""
    cycle = school.annual_cycle
    documents = [document for _key, document in school.plans]
    documents += [cycle] if cycle is not None else []
    failed = {d.display: keys for d in documents if (keys := failed_keys(d, schema)) is not None}
    if cycle is None or "aktiviteter" in failed.get(cycle.display, frozenset({"aktiviteter"})):
        return []
    periods = wheel_periods(school.plans, failed, today)
    return [_weighed(problem, period) for problem, period in week_problems(cycle, periods)]


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


def _weighed(problem: Problem, period: WheelPeriod) -> Problem:
    """An error for the period shown now; a warning for a later one."""
    if period.later == "utkast":
        return as_draft(problem)
    if period.later:
        return dataclasses.replace(problem, severity=Severity.WARNING)
    return problem
