"""TP103, TP123, TP124, TP129 and TP130: the rektor's decision of a plan (Skollagen 6 kap. 8 §),
dated so that the site never shows a plan as decided or in force before it was decided,
and written where the plan's status says it is decided."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.problems import today_said
from generator.rules.engine import Context, Finding, rule
from generator.text import is_placeholder

# A plan for a läsår is decided in the spring before it at the earliest (May or June for
# one from July): a decision further ahead of the plan's period is taken for another plan.
EARLIEST_DECISION = dt.timedelta(days=122)
ROLE_ONLY = frozenset({"rektor", "rektorn", "biträdande rektor", "skolledningen", "ledningen"})


@rule("TP103", reads=("trygghetsplan.status", "trygghetsplan.beslut", "trygghetsplan.giltighet"))
def decision(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if plan.decided_on is None:
            if not plan.draft:
                yield _undecided(ctx, plan.source)
            continue
        who = plan.decided_by.strip()
        if is_placeholder(who) or who.casefold() in ROLE_ONLY:
            message = f"beslut.rektor ska vara rektorns namn, inte '{who}'"
            yield ctx.at(plan.source, ("beslut", "rektor"), message)
        if plan.decided_on > plan.valid_to:
            message = f"beslutet ({plan.decided_on}) är daterat efter att planen slutade gälla"
            hint = (
                f"rätta beslut.datum, eller giltighet om planen ska gälla efter "
                f"{plan.valid_to}: beslutet tas innan planen slutar gälla"
            )
            yield ctx.at(plan.source, ("beslut", "datum"), message, hint)


def _undecided(ctx: Context, source: str) -> Finding:
    """A plan without beslut that is not an utkast: its status says beslutad, or (missing)
    means it."""
    document = ctx.document(source)
    data = document.data if document is not None else None
    hint = "skriv beslut: {datum: ÅÅÅÅ-MM-DD, rektor: Namn}, eller status: utkast"
    if isinstance(data, dict) and data.get("status") == "beslutad":
        message = "planen har inget beslut, men är markerad som beslutad"
        return ctx.at(source, ("status",), message, hint)
    message = "planen har inget beslut, men är inte markerad som utkast"
    return ctx.at(source, (), message, hint)


@rule("TP123", reads=("trygghetsplan.status", "trygghetsplan.beslut"))
def decision_not_yet_taken(ctx: Context) -> Iterator[Finding]:
    """Every decided plan the site shows (also a coming one and the earlier ones)."""
    for school in ctx.project.schools:
        for plan in school.plans:
            if plan.decided_on is not None and plan.decided_on > ctx.today:
                message = (
                    f"beslutet är daterat {plan.decided_on}, efter {today_said(ctx.today)}: "
                    "webbplatsen skulle visa planen som beslutad innan rektor har beslutat den"
                )
                yield ctx.at(plan.source, ("beslut", "datum"), message)


@rule("TP124", reads=("trygghetsplan.beslut", "trygghetsplan.giltighet"))
def decided_after_start(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        decided = plan.decided_on
        if decided is not None and plan.valid_from < decided <= ctx.today:
            message = (
                f"planen gäller från {plan.valid_from} men beslutades {decided}: "
                "den kan inte gälla innan den är beslutad"
            )
            hint = f"ändra giltighet.från till {decided}, dagen för beslutet"
            yield ctx.at(plan.source, ("giltighet", "från"), message, hint)


@rule("TP129", reads=("trygghetsplan.status", "trygghetsplan.beslut"))
def decided_draft(ctx: Context) -> Iterator[Finding]:
    """An utkast with a decision taken (dated today or before): the rektor wrote the beslut
    and the status was left. An utkast is among the plans only when the utkast are checked
    (`check.drafts`), so this is always a warning marked "(utkast)" in the utkast's file."""
    for school in ctx.project.schools:
        for plan in school.plans:
            if plan.draft and plan.decided_on is not None and plan.decided_on <= ctx.today:
                message = (
                    f"planen har beslut ({plan.decided_on}) men status: utkast, så den gäller "
                    "inte och publiceras inte"
                )
                hint = "skriv status: beslutad, eller ta bort beslut om planen inte är beslutad"
                yield ctx.at(plan.source, ("status",), message, hint)


@rule(
    "TP130",
    reads=("trygghetsplan.beslut", "trygghetsplan.giltighet", "trygghetsplan.kartläggning"),
)
def decided_before_the_plan(ctx: Context) -> Iterator[Finding]:
    """A decision taken before the survey the plan rests on, or long before it starts:
    last year's beslut copied along with the plan."""
    for _school, plan in ctx.current_plans():
        decided = plan.decided_on
        if decided is None:
            continue
        surveyed = [m.date for m in plan.survey.methods if m.date.first > decided]
        if surveyed:
            latest = max(surveyed, key=lambda date: date.first)
            message = (
                f"beslutet ({decided}) är daterat före kartläggningen ({latest.text}) "
                "som planen bygger på"
            )
        elif plan.period.start - decided > EARLIEST_DECISION:
            message = (
                f"beslutet ({decided}) är daterat mer än fyra månader före planens period, "
                f"som börjar {plan.period.start}"
            )
        else:
            continue
        hint = (
            "skriv dagen då rektor beslutade den här planen under beslut.datum; förra årets "
            "beslut följer ofta med när planen kopieras"
        )
        yield ctx.at(plan.source, ("beslut", "datum"), message, hint)
