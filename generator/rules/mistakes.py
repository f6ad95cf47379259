"""TP2xx: the six common mistakes that Örebro's central unit (ESKA) finds in plans."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from generator.model import MeasureKind, Plan
from generator.rules.engine import Context, Finding, rule
from generator.rules.prose import repeats_exactly
from generator.text import is_placeholder, listing

SURVEY_AGE = dt.timedelta(days=365)  # a kartläggning older than this before the plan is stale
PUPILS = re.compile(r"\b(?:elev|barn)", re.IGNORECASE)
SURVEY = re.compile(r"enkät", re.IGNORECASE)


@rule("TP201", reads=("trygghetsplan.kartläggning", "trygghetsplan.giltighet"))
def survey_missing(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        methods = plan.survey.methods
        earliest = plan.valid_from - SURVEY_AGE
        # A month or week of surveying counts if any of its days is in the window.
        if not any(m.date.last >= earliest and m.date.first <= plan.valid_to for m in methods):
            latest = max(m.date for m in methods).text
            message = f"ingen kartläggning är gjord för perioden; den senaste är från {latest}"
            yield ctx.at(plan.source, ("kartläggning", "metoder"), message)
        shared = not is_placeholder(plan.survey.results)
        for index, method in enumerate(methods):
            if not shared and is_placeholder(method.results):
                message = f"resultatet av {method.method} ({method.id}) är inte beskrivet"
                path = ("kartläggning", "metoder", index, "resultat")
                hint = "beskriv vad metoden visade, eller skriv ett gemensamt kartläggning.resultat"
                yield ctx.at(plan.source, path, message, hint)


@rule("TP202", reads=("trygghetsplan.kartläggning", "trygghetsplan.analys"))
def analysis_missing(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        analysed = {fid for cause in plan.analysis.causes for fid in cause.finding_ids}
        texts = [f.text for f in plan.survey.findings]
        for index, finding in enumerate(plan.survey.findings):
            if finding.id not in analysed:
                message = f"fyndet {finding.id} är inte analyserat"
                hint = f"lägg till en orsak under analys.orsaker med fynd: [{finding.id}]"
                yield ctx.at(plan.source, ("kartläggning", "fynd", index), message, hint)
        for index, cause in enumerate(plan.analysis.causes):
            if repeats_exactly(cause.cause, texts):
                message = "orsaken är inte beskriven; den upprepar bara fyndet eller är tom"
                hint = "beskriv varför det blir så: platser, tider, grupper, vuxnas närvaro"
                yield ctx.at(plan.source, ("analys", "orsaker", index, "orsak"), message, hint)


def _simplified(plan: Plan, index: int, *, preschool: bool) -> list[tuple[str, str]]:
    method = plan.survey.methods[index]
    if not (PUPILS.search(method.participants) and SURVEY.search(method.method)):
        return []
    found: list[tuple[str, str]] = []
    if method.invited is None or method.responses is None:
        found.append(("svarsfrekvens saknas", "ange antal_tillfrågade och antal_svar"))
    if not method.group_results:
        groups = "avdelning eller åldersgrupp" if preschool else "årskurs eller grupp"
        hint = f"lägg till delresultat per {groups}"
        found.append(("resultatet är inte uppdelat på grupper", hint))
    return found


@rule("TP203", reads=("trygghetsplan.kartläggning",))
def pupils_simplified(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        methods = plan.survey.methods
        if not any(PUPILS.search(m.participants) for m in methods):
            who, ways = (
                ("barnen", "samtal eller bilder")
                if school.is_preschool
                else ("eleverna", "enkät eller samtal")
            )
            message = f"ingen metod i kartläggningen frågar {who} själva"
            hint = f"lägg till en metod där {who} deltar: trygghetsvandring, {ways}"
            yield ctx.at(plan.source, ("kartläggning", "metoder"), message, hint)
        for index, method in enumerate(methods):
            for what, hint in _simplified(plan, index, preschool=school.is_preschool):
                message = f"{method.method}: {what}"  # the field names its id
                yield ctx.at(plan.source, ("kartläggning", "metoder", index), message, hint)


@rule(
    "TP205",
    reads=("trygghetsplan.åtgärder", "trygghetsplan.kartläggning", "trygghetsplan.analys"),
)
def measures_linked(ctx: Context) -> Iterator[Finding]:
    # A finding no measure takes on is told once, at the finding, with the measures that
    # say nothing of what they take on (perhaps meant for it: one mistake, one problem).
    # Such a measure is told at its own place only where every finding is taken on.
    for _school, plan in ctx.current_plans():
        handled = _handled(plan)
        unlinked = [
            (index, measure.id)
            for index, measure in enumerate(plan.measures)
            if measure.kind is MeasureKind.PREVENTIVE and not measure.addresses
        ]
        untaken = [(i, f.id) for i, f in enumerate(plan.survey.findings) if f.id not in handled]
        for index, finding_id in untaken:
            message = (
                f"ingen åtgärd tar sig an fyndet {finding_id}, och analysen förklarar inte varför"
            )
            hint = _finding_hint(finding_id, [measure_id for _i, measure_id in unlinked])
            yield ctx.at(plan.source, ("kartläggning", "fynd", index), message, hint)
        for index, measure_id in [] if untaken else unlinked:
            message = f"den förebyggande åtgärden {measure_id} säger inte vilka fynd den gäller"
            path = ("åtgärder", index, "adresserar")
            yield ctx.at(plan.source, path, message, UNADDRESSED_HINT)


def _handled(plan: Plan) -> set[str]:
    """The findings a measure takes on, or that the analysis says need none (utan_åtgärd)."""
    handled = {fid for m in plan.measures for fid in m.addresses}
    return handled | {
        fid
        for cause in plan.analysis.causes
        if cause.no_measure_reason and not is_placeholder(cause.no_measure_reason)
        for fid in cause.finding_ids
    }


UNADDRESSED_HINT = "skriv under adresserar id:n på de fynd i kartläggningen som åtgärden gäller"


def _finding_hint(finding_id: str, unlinked: list[str]) -> str:
    """Where to link a finding: on a measure, perhaps one of those that name no finding."""
    if not unlinked:
        where = "på en åtgärd"
    else:
        them = "den" if len(unlinked) == 1 else "de"
        where = (
            f"på den åtgärd som gäller fyndet ({listing(unlinked)} säger inte vilka fynd "
            f"{them} gäller)"
        )
    return f"lägg till adresserar: [{finding_id}] {where}, eller utan_åtgärd: med skälet i analysen"
