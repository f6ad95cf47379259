"""TP306–TP307: accounts of what happened and causes that fill the field but say nothing.

The classes of empty text are found by `generator.rules.prose`; these rules say where,
in words for the field. A field another rule already reports is left to it: an empty
effekt is TP106, an empty or copied orsak TP202, a FYLL I marking TP304.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import Plan, School
from generator.rules.engine import Context, DataPath, Finding, rule
from generator.rules.prose import Empty, empty_account, empty_cause, repeats_exactly
from generator.rules.template import NOT_FILLED_IN
from generator.text import listing

SAYS = {
    Empty.PLACEHOLDER: "är inte ifylld",
    Empty.FUTURE: "säger bara vad som ska göras, inte vad som hände",
    Empty.REFERENCE: "hänvisar bara till en annan text",
    Empty.DONE: "säger bara att det är gjort, inte vad det gav",
    Empty.COPY: "upprepar bara åtgärdens egen text",
}
ACCOUNT_HINTS = {
    Empty.FUTURE: (
        "skriv vad som hände under förra perioden och vad ni såg, till exempel hur "
        "enkätsvaren ändrades; det som ska göras framåt skrivs som lärdom eller ny åtgärd"
    ),
    Empty.REFERENCE: (
        "skriv redogörelsen här, med det viktigaste ur texten ni hänvisar till: "
        "planen ska kunna läsas för sig"
    ),
    Empty.COPY: "beskriv vad som hände när åtgärden genomfördes och vilken effekt den fick",
}
CAUSE_SAYS = {
    Empty.COPY: "upprepar fyndet i stället för att förklara det",
    Empty.STATISTIC: "återger bara fyndets siffror i stället för att förklara dem",
    Empty.REFERENCE: "hänvisar bara till en annan text",
    Empty.FUTURE: "säger bara att orsaken ska utredas, inte vad den är",
}


@rule("TP306", reads=("trygghetsplan.utvärdering", "trygghetsplan.föregående_period"))
def evaluation_tells_what_happened(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        evaluation = plan.evaluation
        fields = (
            ("sammanfattningen av utvärderingen", ("sammanfattning",), evaluation.summary, ()),
            (
                "uppföljningen av riktlinjer och rutiner",
                ("riktlinjer_och_rutiner",),
                evaluation.guidelines_and_routines,
                (),
            ),
        )
        for subject, path, text, measure in (*fields, *_effects(school, plan)):
            found = empty_account(text, measure) if text else None
            if found is None or NOT_FILLED_IN.search(text):
                continue  # FYLL I is TP304's
            if found is Empty.PLACEHOLDER and path[-1] == "effekt":
                continue  # TP106's
            message = f"{subject} {SAYS[found]}"
            hint = ACCOUNT_HINTS.get(found, "")
            yield ctx.at(plan.source, ("utvärdering", *path), message, hint)


def _effects(school: School, plan: Plan) -> Iterator[tuple[str, DataPath, str, tuple[str, ...]]]:
    """Each effekt with the text of the measure it tells about, where that is known."""
    previous = school.previous_plan(plan)
    for index, outcome in enumerate(plan.evaluation.outcomes):
        measure: tuple[str, ...] = ()
        if previous is not None and (earlier := previous.measure(outcome.measure_id)):
            measure = (earlier.title, earlier.description)
        elif plan.earlier_period and (told := plan.earlier_period.measure(outcome.measure_id)):
            measure = (told.title, told.aim)
        subject = f"effekten av åtgärd {outcome.measure_id}"
        yield subject, ("åtgärder", index, "effekt"), outcome.effect, measure


@rule("TP307", reads=("trygghetsplan.kartläggning", "trygghetsplan.analys"))
def causes_explain(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        findings = {f.id: f.text for f in plan.survey.findings}
        figures = [f"{r.group} {r.measure}" for m in plan.survey.methods for r in m.group_results]
        for index, cause in enumerate(plan.analysis.causes):
            explained = [findings[i] for i in cause.finding_ids if i in findings]
            if repeats_exactly(cause.cause, findings.values()):
                continue  # TP202's
            found = empty_cause(cause.cause, explained, figures)
            if found is None or found not in CAUSE_SAYS or NOT_FILLED_IN.search(cause.cause):
                continue
            message = f"orsaken till {listing(cause.finding_ids)} {CAUSE_SAYS[found]}"
            yield ctx.at(plan.source, ("analys", "orsaker", index, "orsak"), message)
