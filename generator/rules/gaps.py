"""TP128 and TP131: days between one plan and the next when no plan is in force
(Skollagen 6 kap. 8 § asks for a plan every year): told before they come (TP128), and
once they are over (TP131). While they last, TP101 says so (no plan in force today).

A plan that starts later than the day after the plan before it ends leaves the school
without a plan in between: after `trygg check` moved a plan's start to its decision day,
say, and the next plan was made to start a year after that. TP128 is told at the later
plan's giltighet.från while the days can still be closed; the later plan may be an
utkast (`check.drafts` checks an utkast among the decided plans), so the gap is told as
soon as `trygg ny-period` has made it. Overlapping plans are TP032's.

Days that are over cannot be undone, but they are a breach the central unit reviews:
TP131 tells them (`past`), also when the later plan's file says it applied before its
decision (TP124), so that moving giltighet.från to the decision day changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from generator.load import schoolyears
from generator.load.dates import day_in_words
from generator.model import Plan, School
from generator.model.period import PeriodKind
from generator.model.status import decided_plans
from generator.rules.engine import Context, Finding, rule
from generator.vocabulary import MONTHS

DAY = dt.timedelta(days=1)
Start = Callable[[Plan], dt.date]


@rule("TP128", reads=("trygghetsplan.giltighet", "trygghetsplan.beslut"))
def days_without_plan(ctx: Context) -> Iterator[Finding]:
    for school in ctx.project.schools:
        for before, after in gaps(school.plans):
            if before.valid_to + DAY <= ctx.today:
                continue  # the days have begun: TP101, and TP131 once they are over
            message = (
                f"ingen plan gäller {days_said(before.valid_to + DAY, after.valid_from - DAY)}: "
                f"planen för {before.period.label} slutar {before.valid_to}, och den här "
                f"börjar gälla först {after.valid_from}"
            )
            yield ctx.at(after.source, ("giltighet", "från"), message, _hint(before, after))


@rule("TP131", reads=("trygghetsplan.giltighet", "trygghetsplan.beslut"))
def days_that_were_without_plan(ctx: Context) -> Iterator[Finding]:
    for school in ctx.project.schools:
        for before, after, last in past(school, ctx.today):
            first = before.valid_to + DAY
            count = (last - first).days + 1
            begun = "beslutades först" if last + DAY > after.valid_from else "började gälla"
            message = (
                f"{school.name} saknade gällande plan {days_said(first, last)} "
                f"({count} {'dag' if count == 1 else 'dagar'}): planen för "
                f"{before.period.label} slutade gälla {before.valid_to}, och planen för "
                f"{after.period.label} {begun} {last + DAY}"
            )
            yield ctx.at(after.source, ("giltighet", "från"), message, _past_hint(after))


def _past_hint(after: Plan) -> str:
    """What is left to do about days that are over: account for them (SL 6 kap. 8 §: the
    following year's plan tells how the period went) and keep the next start in time."""
    return (
        f"dagarna går inte att ta igen, men redogör för dem och vad de berodde på när "
        f"{after.period.label} utvärderas i nästa periods plan, och besluta varje ny plan i"
        " tid så att den gäller från dagen efter att planen före slutar (trygg ny-period"
        " sätter giltigheten så)"
    )


def past(school: School, today: dt.date) -> Iterator[tuple[Plan, Plan, dt.date]]:
    """Each gap between the school's decided plans that is over on `today` and still under
    review (`reviewed_from`): the plan before it, the plan after it and the gap's last day.
    A plan applies from its decision when that is later than its giltighet.från (TP124).
    No gap before the first plan is known: the plan before it may be outside trygg."""
    for before, after in gaps(decided_plans(school), start=_in_force_from):
        last = _in_force_from(after) - DAY
        if last < today and last >= reviewed_from(today, after.period.kind):
            yield before, after, last


def reviewed_from(today: dt.date, kind: PeriodKind) -> dt.date:
    """The first day of the period before the one `today` is in (the läsår from 1 July,
    `load.schoolyears`, or the kalenderår): the plan in force accounts for the period
    before it (SL 6 kap. 8 §, the redogörelse in the following year's plan), so the
    central unit still reviews it; a period further back was accounted for already."""
    if kind is PeriodKind.CALENDAR_YEAR:
        return dt.date(today.year - 1, 1, 1)
    return schoolyears.days(schoolyears.first_year(today) - 1)[0]


def _in_force_from(plan: Plan) -> dt.date:
    """The first day the plan applies: its giltighet.från, or its decision if later."""
    if plan.decided_on is not None and plan.decided_on > plan.valid_from:
        return plan.decided_on
    return plan.valid_from


def _valid_from(plan: Plan) -> dt.date:
    return plan.valid_from


def gaps(plans: Iterable[Plan], start: Start = _valid_from) -> Iterator[tuple[Plan, Plan]]:
    """Each plan that starts (by `start`) later than the day after every earlier-starting
    plan has ended, with the plan that ended last before it: a gap between them."""
    covering: Plan | None = None
    for plan in sorted(plans, key=lambda p: (start(p), p.valid_to)):
        if plan.valid_to < start(plan):
            continue  # dates in the wrong order (TP042, TP103): no days to cover
        if covering is not None and start(plan) > covering.valid_to + DAY:
            yield covering, plan
        if covering is None or plan.valid_to > covering.valid_to:
            covering = plan


def days_said(first: dt.date, last: dt.date) -> str:
    """Days in words, the year and month said once when they are shared: "16 augusti
    2027", "3–9 augusti 2026", "17 augusti–14 oktober 2026", "20 december 2026–6 januari
    2027"."""
    if first == last:
        return day_in_words(first)
    if first.year != last.year:
        return f"{day_in_words(first)}–{day_in_words(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTHS[first.month - 1]}–{day_in_words(last)}"
    return f"{first.day}–{day_in_words(last)}"


def _hint(before: Plan, after: Plan) -> str:
    """An earlier start for the later plan, when its decision allows one, or a longer
    plan before it."""
    start = before.valid_to + DAY
    longer = f"låt förra planen gälla till {after.valid_from - DAY}"
    if after.decided_on is not None and after.decided_on > start:
        return f"{longer}; den här planen kan inte gälla före sitt beslut ({after.decided_on})"
    return f"låt planen gälla från {start}, dagen efter att förra planen slutar, eller {longer}"
