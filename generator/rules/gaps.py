"""TP128: days between one plan and the next when no plan is in force (Skollagen 6 kap.
8 § asks for a plan every year), told before they come.

A plan that starts later than the day after the plan before it ends leaves the school
without a plan in between: after `trygg check` moved a plan's start to its decision day,
say, and the next plan was made to start a year after that. Once the days have begun
TP101 says so (no plan in force today); until then this rule does, at the later plan's
giltighet.från. The later plan may be an utkast (`check.drafts` checks an utkast among
the decided plans), so the gap is told as soon as `trygg ny-period` has made it.
Overlapping plans are TP032's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from generator.load.dates import day_in_words
from generator.model import Plan
from generator.rules.engine import Context, Finding, rule

DAY = dt.timedelta(days=1)


@rule("TP128", reads=("trygghetsplan.giltighet", "trygghetsplan.beslut"))
def days_without_plan(ctx: Context) -> Iterator[Finding]:
    for school in ctx.project.schools:
        for before, after in gaps(school.plans):
            if before.valid_to + DAY <= ctx.today:
                continue  # the days have begun: TP101
            message = (
                f"ingen plan gäller {_days(before.valid_to + DAY, after.valid_from - DAY)}: "
                f"planen för {before.period.label} slutar {before.valid_to}, och den här "
                f"börjar gälla först {after.valid_from}"
            )
            yield ctx.at(after.source, ("giltighet", "från"), message, _hint(before, after))


def gaps(plans: Iterable[Plan]) -> Iterator[tuple[Plan, Plan]]:
    """Each plan that starts later than the day after every earlier-starting plan has
    ended, with the plan that ended last before it: a gap between them."""
    covering: Plan | None = None
    for plan in sorted(plans, key=lambda p: (p.valid_from, p.valid_to)):
        if plan.valid_to < plan.valid_from:
            continue  # dates in the wrong order: TP042, and no days to cover
        if covering is not None and plan.valid_from > covering.valid_to + DAY:
            yield covering, plan
        if covering is None or plan.valid_to > covering.valid_to:
            covering = plan


def _days(first: dt.date, last: dt.date) -> str:
    if first == last:
        return day_in_words(first)
    return f"{day_in_words(first)}–{day_in_words(last)}"


def _hint(before: Plan, after: Plan) -> str:
    """An earlier start for the later plan, when its decision allows one, or a longer
    plan before it."""
    start = before.valid_to + DAY
    longer = f"låt förra planen gälla till {after.valid_from - DAY}"
    if after.decided_on is not None and after.decided_on > start:
        return f"{longer}; den här planen kan inte gälla före sitt beslut ({after.decided_on})"
    return f"låt planen gälla från {start}, dagen efter att förra planen slutar, eller {longer}"
