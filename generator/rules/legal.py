"""TP101–TP106: the yearly plan that Skollagen 6 kap. 8 § requires."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.model.status import PlanStatus, plan_status
from generator.model.types import Plan
from generator.problems import Severity
from generator.rules import citations as cite
from generator.rules.engine import Category, Context, Finding, rule
from generator.rules.text import is_placeholder, join_sv

ERROR, WARNING = Severity.ERROR, Severity.WARNING
LONGEST_VALIDITY = dt.timedelta(days=400)  # a läsår plus a few weeks of overlap
ROLE_ONLY = frozenset({"rektor", "rektorn", "biträdande rektor", "skolledningen", "ledningen"})


def period_for(today: dt.date) -> str:
    """The läsår that `today` falls in, as a plan file name: 2026-27."""
    first = today.year if today.month >= 8 else today.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


@rule(
    "TP101", ERROR, Category.LEGAL, "Ingen plan gäller i dag",
    source=cite.SL_6_8,
    checks="Att enheten har en trygghetsplan som gäller i dag: en plan finns, den har "
    "börjat gälla och den har inte gått ut.",
    fix="lägg till en plan för innevarande period i mappen trygghetsplan/",
)  # fmt: skip
def plan_in_force(ctx: Context) -> Iterator[Finding]:
    for school in ctx.project.schools:
        status, plan = plan_status(school, ctx.today)
        new_file = f"{school.directory}/trygghetsplan/{period_for(ctx.today)}.yml"
        if plan is None:
            message = f"{school.name} har ingen trygghetsplan"
            yield Finding(school.location, message, f"skapa {new_file}")
        elif status is PlanStatus.EXPIRED:
            message = f"planen gick ut {plan.valid_to}, och ingen nyare plan finns"
            yield ctx.at(plan.source, ("giltighet", "till"), message, f"skapa {new_file}")
        elif status is PlanStatus.UPCOMING:
            message = f"ingen plan gäller i dag ({ctx.today}); nästa börjar gälla {plan.valid_from}"
            hint = "låt planen gälla från beslutsdagen, eller förläng den förra planen"
            yield ctx.at(plan.source, ("giltighet", "från"), message, hint)


@rule(
    "TP102", WARNING, Category.LEGAL, "Giltigheten är inte ett år",
    source=cite.SL_6_8,
    checks="Att planen gäller i högst ungefär ett år (en ny plan ska upprättas varje år) "
    "och att giltigheten ligger inom perioden som filnamnet anger.",
    fix="låt giltighet.från och giltighet.till omfatta perioden, högst ett år",
)  # fmt: skip
def validity_is_a_year(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if plan.valid_to - plan.valid_from > LONGEST_VALIDITY:
            months = (plan.valid_to - plan.valid_from).days * 12 // 365
            message = f"planen gäller i {months} månader; en ny plan ska upprättas varje år"
            yield ctx.at(plan.source, ("giltighet", "till"), message)
        period = plan.period
        if plan.valid_to < period.start or plan.valid_from > period.end:
            message = f"giltigheten ligger utanför {period.label}, som filnamnet anger"
            yield ctx.at(plan.source, ("giltighet", "från"), message)


@rule(
    "TP103", ERROR, Category.LEGAL, "Beslutet saknar datum eller rektor",
    source=cite.SL_6_8,
    checks="Att planen är beslutad: beslut.rektor är namnet på rektorn som beslutade, och "
    "beslut.datum har passerat men ligger inte efter att planen slutat gälla.",
    fix="skriv rektorns namn under beslut.rektor och dagen för beslutet under beslut.datum",
)  # fmt: skip
def decision(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        who = plan.decided_by.strip()
        if is_placeholder(who) or who.casefold() in ROLE_ONLY:
            message = f"beslut.rektor ska vara rektorns namn, inte '{who}'"
            yield ctx.at(plan.source, ("beslut", "rektor"), message)
        if plan.decided_on > ctx.today:
            message = f"planen är inte beslutad ännu (beslutsdatum {plan.decided_on})"
            hint = "publicera planen först när rektor har beslutat den"
            yield ctx.at(plan.source, ("beslut", "datum"), message, hint)
        elif plan.decided_on > plan.valid_to:
            message = f"beslutet ({plan.decided_on}) är daterat efter att planen slutade gälla"
            yield ctx.at(plan.source, ("beslut", "datum"), message)


@rule(
    "TP104", ERROR, Category.LEGAL, "Förebyggande åtgärder saknas",
    source=cite.SL_6_8,
    checks="Att planen ger en översikt över åtgärder som förebygger och förhindrar "
    "kränkande behandling: minst en åtgärd har typ förebyggande.",
    fix="lägg till minst en åtgärd med typ: förebyggande som bygger på kartläggningen",
)  # fmt: skip
def preventive_measures(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if not any(m.kind == "förebyggande" for m in plan.measures):
            message = "planen har bara främjande åtgärder och ingen förebyggande"
            yield ctx.at(plan.source, ("åtgärder",), message)


def _in_period(plan: Plan, start: dt.date, end: dt.date) -> bool:
    return start <= plan.valid_to and end >= plan.valid_from


@rule(
    "TP105", ERROR, Category.LEGAL, "Ingen åtgärd påbörjas under perioden",
    source=cite.SL_6_8,
    checks="Att planen redogör för vilka åtgärder som påbörjas eller genomförs under "
    "perioden: minst en åtgärd har start och klart inom planens giltighet.",
    fix="ange start och klart för åtgärderna inom planens giltighet",
)  # fmt: skip
def measures_this_period(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if not any(_in_period(plan, m.start, m.done_by) for m in plan.measures):
            message = (
                f"ingen åtgärd påbörjas eller genomförs mellan {plan.valid_from} "
                f"och {plan.valid_to}"
            )
            yield ctx.at(plan.source, ("åtgärder",), message)


@rule(
    "TP106", ERROR, Category.LEGAL, "Förra periodens åtgärder är inte utvärderade",
    source=cite.SL_6_8,
    checks="Att varje åtgärd i förra periodens plan har en redogörelse i den här planen "
    "under utvärdering.åtgärder, med status och en beskriven effekt.",
    fix="lägg till en punkt per åtgärd från förra planen under utvärdering.åtgärder, "
    "med id, status och effekt",
)  # fmt: skip
def previous_measures_evaluated(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        for index, outcome in enumerate(plan.evaluation.outcomes):
            if is_placeholder(outcome.effect):
                message = f"effekten av åtgärd {outcome.measure_id} är inte beskriven"
                path = ("utvärdering", "åtgärder", index, "effekt")
                yield ctx.at(plan.source, path, message)
        previous = school.previous_plan(plan)
        if previous is None:
            continue
        done = {o.measure_id for o in plan.evaluation.outcomes}
        missing = [m for m in previous.measures if m.id not in done]
        if missing:
            names = join_sv(f"{m.id} ({m.title})" for m in missing)
            message = f"redogörelse saknas för förra periodens åtgärder {names}"
            hint = f"lägg till {join_sv(m.id for m in missing)} under utvärdering.åtgärder "
            hint += f"med status och effekt (åtgärderna finns i {previous.source})"
            yield ctx.at(plan.source, ("utvärdering", "åtgärder"), message, hint)
