"""TP102 and TP104–TP106: the yearly plan that Skollagen 6 kap. 8 § requires (its decision:
`rules.decisions`; a plan in force today: `rules.in_force`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.load.layout import plan_key
from generator.model import Plan, PlanDate
from generator.model.evaluation import Outcome, Status
from generator.rules.engine import Context, Finding, rule
from generator.rules.periodfit import misfit
from generator.text import is_placeholder, listing

LONGEST_VALIDITY = dt.timedelta(days=400)  # a läsår plus a few weeks of overlap


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
            if undescribed := _undescribed_effect(outcome):
                message, hint = undescribed
                path = ("utvärdering", "åtgärder", index, "effekt")
                yield ctx.at(plan.source, path, message, hint)
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


def _undescribed_effect(outcome: Outcome) -> tuple[str, str] | None:
    """Why an outcome's effekt does not account for the åtgärd, and how to write it; None
    when it does. An åtgärd not carried out is accounted for by its lärdom too: why it was
    not done and what that meant."""
    if not is_placeholder(outcome.effect):
        return None
    if outcome.status is Status.NOT_DONE and not is_placeholder(outcome.lesson):
        return None
    message = f"effekten av åtgärd {outcome.measure_id} är inte beskriven"
    written = " ".join(outcome.effect.split())
    if any(character.isalpha() for character in written):  # not for a lone '-'
        message += f": '{written}' räknas inte som en beskrivning"
    hint = "skriv under effekt vad åtgärden ledde till (eller inte ledde till) och hur ni vet det"
    if outcome.status is Status.NOT_DONE:
        hint += ", eller under lärdom varför den inte genomfördes och vad det betydde"
    return message, hint


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
