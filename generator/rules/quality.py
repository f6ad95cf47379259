"""TP3xx: quality of goals, measures and references, and the rule profile itself."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.codes import REGISTRY
from generator.model import Measure, Plan
from generator.rules.engine import RULES, Context, DataPath, Finding, rule
from generator.rules.ownpages import is_page_note, page_files
from generator.rules.repealed import repealed_findings
from generator.rules.template import marks, template_files
from generator.text import is_placeholder

OWN_CODES = re.compile(r"^TP[1-4]\d\d$")  # the series these rules own
MEASURABLE = re.compile(
    r"\d|%|\b(?:alla|samtliga|ingen|inga|inget|varje|hälften|halva|majoritet\w*|minst|högst)\b",
    re.IGNORECASE,
)


@rule("TP300")
def unknown_profile_codes(ctx: Context) -> Iterator[Finding]:
    if not ctx.organiser:
        return
    display = ctx.project.organiser.location.file
    for code in sorted(ctx.project.organiser.rule_profile.severities):
        if (OWN_CODES.match(code) and code not in RULES) or code not in REGISTRY:
            message = f"regeln {code} finns inte, så inställningen gör ingenting"
            yield ctx.at(display, ("regelprofil", "regler", code), message)


@rule("TP301", reads=("trygghetsplan.mål", "trygghetsplan.giltighet"))
def goals_are_toft(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        for index, goal in enumerate(plan.goals):
            path = ("mål", index)
            if is_placeholder(goal.indicator):
                message = f"målet {goal.id} har ingen indikator"
                hint = "beskriv vad ni mäter, t.ex. andelen som svarar att de känner sig trygga"
                yield ctx.at(plan.source, (*path, "indikator"), message, hint)
            if not goal.target_level:
                message = f"målet {goal.id} har ingen målnivå"
                hint = "ange en mätbar målnivå under målnivå, t.ex. Minst 90 %"
                yield ctx.at(plan.source, path, message, hint)
            elif not MEASURABLE.search(goal.target_level):
                message = f"målnivån '{goal.target_level}' för {goal.id} går inte att mäta"
                hint = "ange en mätbar målnivå, t.ex. Minst 90 %"
                yield ctx.at(plan.source, (*path, "målnivå"), message, hint)
            if goal.due is None:
                message = f"målet {goal.id} har inget datum då det ska vara nått"
                hint = (
                    "ange under datum när målet ska vara nått – en dag, månad, vecka eller "
                    f"termin mellan {plan.valid_from} och {plan.valid_to}"
                )
                yield ctx.at(plan.source, path, message, hint)
            elif not plan.valid_from <= goal.due.last <= plan.valid_to:  # a deadline: last day
                message = f"målet {goal.id} ska nås {goal.due.text}, utanför planens giltighet"
                hint = f"välj ett datum mellan {plan.valid_from} och {plan.valid_to}"
                yield ctx.at(plan.source, (*path, "datum"), message, hint)


@rule("TP302", reads=("trygghetsplan.åtgärder", "trygghetsplan.giltighet"))
def measures_complete(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        inside = [
            m.start.first <= plan.valid_to and (m.done_by or m.start).last >= plan.valid_from
            for m in plan.measures
        ]
        for index, measure in enumerate(plan.measures):
            path = ("åtgärder", index)
            if is_placeholder(measure.responsible):
                message = f"åtgärden {measure.id} har ingen ansvarig"
                hint = "skriv den roll som ansvarar för åtgärden, t.ex. ansvarig: Kurator"
                yield ctx.at(plan.source, (*path, "ansvarig"), message, hint)
            if any(inside) and not inside[index]:
                message = f"åtgärden {measure.id} ligger helt utanför planens giltighet"
                valid = f"{plan.valid_from.isoformat()}–{plan.valid_to.isoformat()}"
                hint = f"flytta start och klart in i planens giltighet, {valid}"
                yield ctx.at(plan.source, (*path, "start"), message, hint)
            yield from _follow_up(ctx, plan, measure, path)


def _follow_up(ctx: Context, plan: Plan, measure: Measure, path: DataPath) -> Iterator[Finding]:
    """A follow-up before the start, or one that does not say how it is made; none when the
    åtgärd is followed up with the plan (`uppföljning_av_planen`)."""
    if measure.follow_up_when is None:
        return
    # The follow-up's last day against the start's first: "2026-W10" may follow "2026-03".
    if measure.follow_up_when.last < measure.start.first:
        message = (
            f"åtgärden {measure.id} följs upp ({measure.follow_up_when.text}) "
            f"innan den startar ({measure.start.text})"
        )
        hint = f"sätt uppföljning.när till en tid efter starten, {measure.start.text}"
        yield ctx.at(plan.source, (*path, "uppföljning", "när"), message, hint)
    if is_placeholder(measure.follow_up_how):
        message = f"det står inte hur åtgärden {measure.id} ska följas upp"
        hint = "skriv hur ni ser om åtgärden gav effekt, t.ex. hur: Ny enkät i åk 4–6"
        yield ctx.at(plan.source, (*path, "uppföljning", "hur"), message, hint)


@rule("TP305", reads=("trygghetsplan.mål",))
def has_goals(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if not plan.goals:
            yield ctx.at(plan.source, (), "planen har inga mål")


@rule("TP303", reads=("trygghetsplan.giltighet",))
def repealed_references(ctx: Context) -> Iterator[Finding]:
    yield from repealed_findings(ctx)


@rule("TP304")
def not_filled_in(ctx: Context) -> Iterator[Finding]:
    # Each mark is listed, also where TP311, TP313 or TP127 makes the file an error, so
    # that the file's every mark is found; only skola.yml's first line is TP311's alone,
    # and an own page's first line (trygg's example) TP313's.
    told, pages = template_files(ctx), page_files(ctx)
    for span in ctx.files:
        for mark in marks(span):
            if span.display in told and mark.location.line == 1:
                continue
            if span.display not in pages or not is_page_note(span, mark):
                yield Finding(mark.location, mark.said)
