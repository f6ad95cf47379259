"""TP118–TP122: what the plan covers and documents.

One plan for each verksamhet with its skolformer (Skollagen 6 kap. 6 and 8 §§), the
areas of Diskrimineringslagen 3 kap. that apply to them, the four steps documented with
content, and the follow-up of riktlinjer and rutiner (3 kap. 18 §).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.model import Plan
from generator.rules.engine import Context, DataPath, Finding, rule
from generator.rules.freetext import value_spans
from generator.text import is_placeholder, listing, normalised
from generator.vocabulary import AREAS, SCHOOL_FORMS

# How running text names a skolform: "fritids", "åk F", "F–3", "årskurs 4".
FORM_WORDS: dict[str, re.Pattern[str]] = {
    form: re.compile(pattern, re.IGNORECASE)
    for form, pattern in {
        "förskola": r"förskol(?!eklass)",
        "förskoleklass": r"förskoleklass|\bf-klass|\b(?:åk|årskurs)\s*f\b|\bf\s*[–-]\s*\d",
        "grundskola": r"grundskol|\b(?:åk|årskurs\w*|klass\w*)\b",
        "anpassad_grundskola": r"anpassad\w*\s+grundskol|grundsärskol",
        "fritidshem": r"fritids",
        "gymnasieskola": r"gymnasi|\bprogram\w*\b",
    }.items()
}
# The areas of DL 3 kap. that a school's aktiva åtgärder cover, in the law's order, and
# which of them apply to each skolform (antagning and föräldraskap: gymnasieskolan).
DL_AREAS = ("studiemiljö", "undervisning", "bedömning", "antagning", "studier_och_föräldraskap")
SCHOOL = ("studiemiljö", "undervisning", "bedömning")
AREAS_FOR_FORM: dict[str, tuple[str, ...]] = {
    "förskola": ("studiemiljö", "undervisning"),
    "förskoleklass": SCHOOL,
    "grundskola": SCHOOL,
    "anpassad_grundskola": SCHOOL,
    "fritidshem": ("studiemiljö", "undervisning"),
    "gymnasieskola": DL_AREAS,
}
# The places a finding can name, as parts of the law's areas.
PART_OF: dict[str, str] = {
    "raster": "studiemiljö",
    "matsal": "studiemiljö",
    "skolväg": "studiemiljö",
    "digitala_miljöer": "studiemiljö",
    "fritidshem": "studiemiljö",
    "idrott": "undervisning",
}


@rule("TP118", reads=("trygghetsplan.skolformer", "skola.skolformer"))
def plan_covers_unit(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        if not plan.school_forms:
            continue  # the plan covers the unit's skolformer
        extra = [f for f in plan.school_forms if f not in school.school_forms]
        missing = [f for f in school.school_forms if f not in plan.school_forms]
        if extra:
            names = listing(SCHOOL_FORMS[f] for f in extra)
            message = f"planen gäller {names}, som {school.name} inte har enligt skola.yml"
            hint = "ta bort skolformen ur planens skolformer, eller lägg till den i skola.yml"
            yield ctx.at(plan.source, ("skolformer",), message, hint)
        if missing:
            names = listing(SCHOOL_FORMS[f] for f in missing)
            message = f"planen gäller inte {names}, fast {school.name} har det; varje "
            message += "verksamhet ska ha en plan"
            hint = (
                f"lägg till {listing(missing)} under skolformer, så att planen gäller hela enheten"
            )
            yield ctx.at(plan.source, ("skolformer",), message, hint)


@rule("TP119", reads=("trygghetsplan.skolformer", "skola.skolformer"))
def forms_mentioned(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        forms = school.forms_of(plan)
        document = ctx.document(plan.source)
        if len(forms) < 2 or document is None:
            continue  # a unit with one skolform: the whole plan is about it
        text = "\n".join(span.text for span in value_spans(document))
        # where the hint asks for it: how the skolform took part in the kartläggning
        path: DataPath = ("kartläggning",)
        for form in forms:
            if not FORM_WORDS[form].search(text):
                name = SCHOOL_FORMS[form]
                message = f"skolformen {name} nämns inte i planen, fast planen gäller för den"
                hint = (
                    f"beskriv hur {name} ingick i kartläggningen och vilka åtgärder som gäller där"
                )
                if form in AREAS:
                    hint += f", eller tagga ett fynd med områden: [{form}]"
                yield ctx.at(plan.source, path, message, hint)


@rule("TP120", reads=("trygghetsplan.kartläggning", "trygghetsplan.skolformer", "skola.skolformer"))
def areas_covered(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        survey = plan.survey
        tagged = {area for f in survey.findings for area in f.areas}
        covered = {PART_OF.get(area, area) for area in tagged}
        covered |= {key for key, how in survey.coverage.items() if not is_placeholder(how)}
        relevant = {a for form in school.forms_of(plan) for a in AREAS_FOR_FORM[form]}
        missing = [a for a in DL_AREAS if a in relevant and a not in covered]
        if missing:
            message = f"kartläggningen tar inte upp {listing(AREAS[a] for a in missing)}, "
            message += "som diskrimineringslagen räknar till arbetet med aktiva åtgärder"
            where = f"täckning.{missing[0]}" if len(missing) == 1 else "täckning"
            hint = f"tagga {listing(missing)} under områden i ett fynd, eller skriv under "
            hint += f"kartläggning.{where} hur {'det' if len(missing) == 1 else 'de'} undersöktes"
            path = ("kartläggning", "täckning") if survey.coverage else ("kartläggning",)
            yield ctx.at(plan.source, path, message, hint)


def _said(*texts: str) -> bool:
    return any(not is_placeholder(text) for text in texts)


# What to write when one of the four steps says nothing (TP121).
STEP_HINTS: dict[str, str] = {
    "kartläggning": "beskriv under kartläggning.fynd vad kartläggningen visade",
    "analys": (
        "skriv under analys.orsaker varför det blir så: platser, tider, grupper, vuxnas närvaro"
    ),
    "åtgärder": "beskriv under åtgärder[].beskrivning vad som ska göras och hur",
    "uppföljning och utvärdering": (
        "skriv under uppföljning_av_planen.hur hur arbetet följs upp, och under "
        "utvärdering hur förra periodens arbete gick"
    ),
}


def _hollow_steps(plan: Plan) -> Iterator[tuple[str, DataPath, str]]:
    """The four steps that a plan names without saying anything in them."""
    survey = plan.survey
    findings = [f.text for f in survey.findings]
    if not _said(survey.results, *(m.results for m in survey.methods), *findings):
        yield "kartläggning", ("kartläggning",), "den redovisar varken resultat eller fynd"
    found = {normalised(text) for text in findings}
    causes = [c.cause for c in plan.analysis.causes if normalised(c.cause) not in found]
    if not _said(*causes):
        yield "analys", ("analys",), "den anger ingen orsak, bara tomma rader eller fynden igen"
    if not _said(*(m.description for m in plan.measures)):
        yield "åtgärder", ("åtgärder",), "ingen åtgärd beskriver vad som ska göras"
    evaluation = plan.evaluation
    follow_up = plan.follow_up.how if plan.follow_up else ""
    if not _said(
        follow_up,
        evaluation.summary,
        *(m.follow_up_how for m in plan.measures),
        *(o.effect for o in evaluation.outcomes),
    ):
        path = ("uppföljning_av_planen",)
        yield (
            "uppföljning och utvärdering",
            path,
            "det står varken hur arbetet följs upp eller hur det gick",
        )


@rule(
    "TP121",
    reads=(
        "trygghetsplan.status",
        "trygghetsplan.kartläggning",
        "trygghetsplan.analys",
        "trygghetsplan.åtgärder",
        "trygghetsplan.utvärdering",
        "trygghetsplan.uppföljning_av_planen",
    ),
)
def four_steps_documented(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        if plan.draft:
            continue  # an utkast is still being written
        for step, path, what in _hollow_steps(plan):
            message = f"planen dokumenterar inte steget {step}: {what}"
            yield ctx.at(plan.source, path, message, STEP_HINTS[step])


@rule(
    "TP122",
    reads=("trygghetsplan.status", "trygghetsplan.utvärdering", "trygghetsplan.föregående_period"),
)
def guidelines_followed_up(ctx: Context) -> Iterator[Finding]:
    for school, plan in ctx.current_plans():
        earlier = school.previous_plan(plan) is not None or plan.earlier_period is not None
        if plan.draft or not earlier or _said(plan.evaluation.guidelines_and_routines):
            continue
        message = "planen säger inte hur riktlinjerna och rutinerna mot trakasserier följdes upp"
        yield ctx.at(plan.source, ("utvärdering",), message)
