"""TP101, TP102 and TP104–TP106: the yearly plan that Skollagen 6 kap. 8 § requires (its
decision: `rules.decisions`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.load.layout import plan_key
from generator.model import Plan, PlanDate, School
from generator.model.status import PlanStatus, plan_status
from generator.problems import today_said
from generator.rules.engine import Context, Finding, rule
from generator.rules.periodfit import misfit
from generator.text import is_placeholder, listing

LONGEST_VALIDITY = dt.timedelta(days=400)  # a läsår plus a few weeks of overlap


def period_for(today: dt.date) -> str:
    """The läsår that `today` falls in, as a plan file name: 2026-27."""
    first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


@rule("TP101", reads=("trygghetsplan.giltighet", "trygghetsplan.beslut", "skola.namn"))
def plan_in_force(ctx: Context) -> Iterator[Finding]:
    for school in ctx.project.schools:
        status, plan = plan_status(school, ctx.today)
        if plan is None:
            message = f"{school.name} har ingen trygghetsplan"
            yield Finding(school.location, message, _first_plan_hint(school, ctx.today))
        elif status is PlanStatus.UPCOMING:
            today = today_said(ctx.today)
            message = f"ingen plan gäller {today}; nästa börjar gälla {plan.valid_from}"
            yield ctx.at(
                plan.source, ("giltighet", "från"), message, _not_started_hint(school, plan)
            )


def _first_plan_hint(school: School, today: dt.date) -> str:
    """How a school without a decided plan gets one: its utkast decided, or one made."""
    if school.drafts:
        draft = school.drafts[-1].source
        return f"besluta utkastet {draft} (status: beslutad och beslut med datum och rektor)"
    new_file = f"{school.directory}/trygghetsplan/{period_for(today)}.yml"
    return f"skapa {new_file}; trygg ny-period {school.id} gör ett utkast att utgå från"


def _not_started_hint(school: School, plan: Plan) -> str:
    """What closes the days without a plan: an earlier start, or a longer earlier plan."""
    steps = []
    if plan.decided_on is not None and plan.decided_on < plan.valid_from:
        steps.append(f"låt planen gälla från beslutsdagen ({plan.decided_on})")
    if school.previous_plan(plan) is not None:
        steps.append("låt den förra planen gälla tills den här börjar")
    if not steps:
        return "sidorna säger att ingen plan gäller ännu; planen gäller från giltighet.från"
    return " eller ".join(steps)


EXPIRY_NOTICE = dt.timedelta(days=30)  # how long before a plan's end TP114 warns


@rule("TP114", reads=("trygghetsplan.giltighet", "trygghetsplan.beslut"))
def plan_expiry(ctx: Context) -> Iterator[Finding]:
    """An expired plan stays published (with a notice), so expiry warns, from 30 days
    before, and is an error only under --strict."""
    for school in ctx.project.schools:
        status, plan = plan_status(school, ctx.today)
        if plan is None or status not in (PlanStatus.EXPIRED, PlanStatus.CURRENT):
            continue
        if status is PlanStatus.EXPIRED:
            message = f"planen gick ut {plan.valid_to}, och ingen nyare plan finns"
        elif plan is school.plans[-1] and plan.valid_to - ctx.today <= EXPIRY_NOTICE:
            message = f"planen går ut {plan.valid_to}, och ingen nyare plan är beslutad"
        else:
            continue
        hint = f"börja nästa plan med trygg ny-period {school.id} och besluta den i tid"
        if school.drafts:  # the next plan is under way: it needs deciding, not starting
            hint = "besluta utkastet till nästa plan i tid (status: beslutad och beslut)"
        yield ctx.at(plan.source, ("giltighet", "till"), message, hint)


@rule("TP102", reads=("trygghetsplan.giltighet",))
def validity_is_a_year(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if plan.valid_to - plan.valid_from > LONGEST_VALIDITY:
            months = (plan.valid_to - plan.valid_from).days * 12 // 365
            message = f"planen gäller i {months} månader; en ny plan ska upprättas varje år"
            yield ctx.at(plan.source, ("giltighet", "till"), message)
    for school in ctx.project.schools:  # every plan: one for a later period is named too
        taken = {plan_key(plan.period.id, plan.version) for plan in school.plans}
        for plan in school.plans:
            if (found := misfit(plan, taken)) is not None:
                yield ctx.at(plan.source, ("giltighet", found.field), found.message, found.hint)


@rule("TP104", reads=("trygghetsplan.åtgärder",))
def preventive_measures(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if not any(m.kind == "förebyggande" for m in plan.measures):
            message = "planen har bara främjande åtgärder och ingen förebyggande"
            yield ctx.at(plan.source, ("åtgärder",), message)


def _in_period(plan: Plan, start: PlanDate, end: PlanDate) -> bool:
    """True if the days from `start` to `end` (a start's first day, a deadline's last)
    meet the plan's validity."""
    return start.first <= plan.valid_to and end.last >= plan.valid_from


@rule("TP105", reads=("trygghetsplan.åtgärder", "trygghetsplan.giltighet"))
def measures_this_period(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        # An åtgärd without klart is ongoing: it counts from its start.
        if not any(_in_period(plan, m.start, m.done_by or m.start) for m in plan.measures):
            message = (
                f"ingen åtgärd påbörjas eller genomförs mellan {plan.valid_from} "
                f"och {plan.valid_to}"
            )
            yield ctx.at(plan.source, ("åtgärder",), message)


@rule(
    "TP106",
    reads=(
        "trygghetsplan.utvärdering",
        "trygghetsplan.åtgärder",
        "trygghetsplan.föregående_period",
    ),
)
def previous_measures_evaluated(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        for index, outcome in enumerate(plan.evaluation.outcomes):
            if is_placeholder(outcome.effect):
                message = f"effekten av åtgärd {outcome.measure_id} är inte beskriven"
                path = ("utvärdering", "åtgärder", index, "effekt")
                yield ctx.at(plan.source, path, message)
        earlier = _earlier_measures(school.previous_plan(plan), plan)
        if earlier is None:
            continue
        measures, where = earlier
        done = {o.measure_id for o in plan.evaluation.outcomes}
        missing = [(id_, title) for id_, title in measures if id_ not in done]
        if missing:
            names = listing(f"{id_} ({title})" for id_, title in missing)
            message = f"redogörelse saknas för förra periodens åtgärder {names}"
            hint = f"lägg till {listing(id_ for id_, _ in missing)} under utvärdering.åtgärder "
            hint += f"med status och effekt (åtgärderna finns i {where})"
            yield ctx.at(plan.source, ("utvärdering", "åtgärder"), message, hint)


def _earlier_measures(
    previous: Plan | None, plan: Plan
) -> tuple[list[tuple[str, str]], str] | None:
    """Last period's åtgärder as (id, titel) and where they are written: the earlier plan
    when it is in the content, otherwise the plan's own `föregående_period`."""
    if previous is not None:
        return [(m.id, m.title) for m in previous.measures], previous.source
    if plan.earlier_period is not None:
        where = f"föregående_period i {plan.source}"
        return [(m.id, m.title) for m in plan.earlier_period.measures], where
    return None
