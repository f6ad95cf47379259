"""The sections of a plan's open data (its structure: `generator.render.opendata.plan_json`)."""

from __future__ import annotations

from typing import Any

from generator import model as m
from generator.text import grade_span

Data = dict[str, Any]


def optional(value: str) -> str | None:
    """Missing optional text is null in the data, so every file has the same keys."""
    return value or None


def school_data(project: m.Project, school: m.School) -> Data:
    return {
        "id": school.id,
        "namn": school.name,
        "skolformer": list(school.school_forms),
        "årskurser": optional(grade_span(school.grades)),
        "huvudman": project.organiser.name,
    }


def period(plan_period: m.Period) -> Data:
    return {
        "id": plan_period.id,
        "typ": plan_period.kind.value,
        "början": plan_period.start.isoformat(),
        "slut": plan_period.end.isoformat(),
    }


def when(key: str, value: m.PlanDate | None) -> Data:
    """A plan date as written (`2025-10`), and its first and last day under `<key>_dagar`;
    both null when the plan leaves the date out."""
    if value is None:
        return {key: None, f"{key}_dagar": None}
    days = {"första": value.first.isoformat(), "sista": value.last.isoformat()}
    return {key: value.text, f"{key}_dagar": days}


def goal(goal: m.Goal) -> Data:
    return {
        "id": goal.id,
        "text": goal.text,
        "indikator": optional(goal.indicator),
        "målnivå": optional(goal.target_level),
        **when("datum", goal.due),
        "grunder": list(goal.grounds),
        "mätning": _measurement(goal.measurement),
    }


def _measurement(measured: m.Measurement | None) -> Data | None:
    if measured is None:
        return None
    return {
        "metod": measured.method_id,
        "mått": measured.measure,
        "minst": measured.at_least,
        "högst": measured.at_most,
    }


def evaluation(evaluation: m.Evaluation) -> Data:
    outcomes = [
        {
            "id": o.measure_id,
            "status": o.status.value,
            "effekt": o.effect,
            "lärdom": optional(o.lesson),
        }
        for o in evaluation.outcomes
    ]
    return {
        "sammanfattning": optional(evaluation.summary),
        "delaktiga": optional(evaluation.participants),
        "riktlinjer_och_rutiner": optional(evaluation.guidelines_and_routines),
        "åtgärder": outcomes,
    }


def _method(method: m.SurveyMethod) -> Data:
    released = method.released
    shown = [g for g in released.groups if not g.withheld]
    return {
        "id": method.id,
        "fortsätter": method.continues or None,
        "metod": method.method,
        **when("datum", method.date),
        "deltagare": method.participants,
        "antal_tillfrågade": released.invited,
        "antal_svar": released.responses,
        "resultat": optional(method.results),
        "delresultat": [
            {"grupp": g.group, "mått": g.measure, "antal_svar": g.responses, "andel": g.percent}
            for g in shown
        ],
        "utelämnade_delresultat": len(released.groups) - len(shown),
    }


def survey(survey: m.Survey) -> Data:
    findings = [
        {
            "id": f.id,
            "text": f.text,
            "källor": list(f.sources),
            "taggar": list(f.tags),
            "områden": list(f.areas),
        }
        for f in survey.findings
    ]
    return {
        "metoder": [_method(x) for x in survey.methods],
        "fynd": findings,
        **pupils(survey.pupil_participation, survey.pupil_forums),
        "täckning": dict(survey.coverage),
        "resultat": optional(survey.results),
    }


def analysis(analysis: m.Analysis) -> Data:
    causes = [
        {
            "fynd": list(c.finding_ids),
            "orsak": c.cause,
            "utan_åtgärd": optional(c.no_measure_reason),
        }
        for c in analysis.causes
    ]
    return {"orsaker": causes, **pupils(analysis.pupil_participation, analysis.pupil_forums)}


def pupils(text: str, forums: tuple[m.PupilForum, ...]) -> Data:
    """elevmedverkan as text (the fora as a Markdown list when the plan gives fora) and
    `elevforum`, the fora themselves ([] when the plan gives a text)."""
    listed = "\n".join(f"- {f.forum}: {' '.join(f.contribution.split())}" for f in forums)
    fora = [{"forum": f.forum, **when("när", f.when), "bidrag": f.contribution} for f in forums]
    return {"elevmedverkan": text or listed, "elevforum": fora}


def measure(measure: m.Measure) -> Data:
    return {
        "id": measure.id,
        "titel": measure.title,
        "typ": measure.kind.value,
        "beskrivning": measure.description,
        "adresserar": list(measure.addresses),
        "mål": optional(measure.goal_id),
        "ansvarig": optional(measure.responsible),
        **when("start", measure.start),
        **when("klart", measure.done_by),
        "uppföljning": {
            **when("när", measure.follow_up_when),
            "hur": optional(measure.follow_up_how),
        },
        "kommunikation": optional(measure.communication),
        "elevtext": optional(measure.student_text),
        "grunder": list(measure.grounds),
        "årskurser": optional(grade_span(measure.grades)),
    }
