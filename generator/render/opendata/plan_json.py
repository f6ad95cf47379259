"""Each plan as open data: `plan/<period>.json`, a stable, versioned structure.

The keys are Swedish and mirror the content format (spec/content-format.md).
Dates are ISO 8601 (ÅÅÅÅ-MM-DD); a plan date (`tidpunkt`) is the text as written
(2026-01-15, 2025-10, 2026-W10, ht 2026), with its first and last day beside it
in `<key>_dagar`: {"första", "sista"}. A span of grades (`årskurser`) is written with
an en dash (4–6, `text.grade_span`), as on the site: with the content's hyphen a
spreadsheet reads 4-6 in the CSV files as 4 June. Optional values that are missing are
`null`, so every file has the same keys. Text marked (md) is Markdown exactly as the
school wrote it; render it with a Markdown renderer that escapes HTML.
Survey results for groups with fewer answers than the organiser's
`min_antal_svar` are left out, never published.

    {
      "version": 2,                        # raised when the structure changes
      "skola": {"id", "namn", "skolformer": [..], "årskurser", "huvudman"},
      "period": {"id": "2026-27", "typ": "läsår"|"kalenderår", "början", "slut"},
      "beslut": {"datum", "rektor"},
      "giltighet": {"från", "till"},
      "inledning": (md),
      "rättslig_grund": [{"författning", "bestämmelse", "innehåll" (md)}],
      "vision": (md), "vision_elevtext", "vision_barntext", "vision_ungdomstext",
      "ansvarsfördelning": {"huvudman" (md), "rektor" (md), "personal" (md), "elever" (md),
                            "vårdnadshavare" (md), "andra": [{"roll", "text" (md)}]},
      "mål": [{"id", "text", "indikator", "målnivå", "datum", "datum_dagar", "grunder": [..],
               "mätning": null | {"metod", "mått", "minst", "högst"}}],
      "utvärdering": {"sammanfattning" (md), "delaktiga" (md), "riktlinjer_och_rutiner" (md),
                      "åtgärder": [{"id", "status", "effekt" (md), "lärdom" (md)}]},
      "föregående_period": null | {"period", "åtgärder": [{"id", "titel", "önskad_effekt"}]},
      "kartläggning": {
        "metoder": [{"id", "fortsätter", "metod", "datum", "datum_dagar", "deltagare",
                     "antal_tillfrågade", "antal_svar", "resultat" (md),
                     "delresultat": [{"grupp", "mått", "antal_svar", "andel"}],
                     "utelämnade_delresultat": <number of groups left out>}],
        "fynd": [{"id", "text", "källor": [..], "taggar": [..], "områden": [..]}],
        "elevmedverkan" (md), "elevforum": [{"forum", "när", "när_dagar", "bidrag" (md)}],
        "täckning": {<grund eller område>: text},
        "resultat" (md)},                  # for all methods together, or null
      "analys": {"orsaker": [{"fynd": [..], "orsak" (md), "utan_åtgärd" (md)}],
                 "elevmedverkan" (md), "elevforum": [{"forum", "när", "när_dagar", "bidrag"}]},
      "åtgärder": [{"id", "titel", "typ", "beskrivning" (md), "adresserar": [..], "mål",
                    "ansvarig", "start", "start_dagar", "klart", "klart_dagar",
                    "uppföljning": {"när", "när_dagar", "hur"},
                    "kommunikation", "elevtext", "grunder": [..], "årskurser"}],
      "riktlinjer": (md),                 # the text; the structured parts beside it
      "riktlinjer_delar": null | {"accepteras_inte": [..], "vänd_dig_till": [..], "utreds_av"},
      "rutiner": {"upptäcka" (md), "elev_elev": <flöde>, "personal_elev": <flöde>,
                  "anmälan": {"personal_till_rektor", "rektor_till_huvudman", "hur" (md)},
                  "utredning" (md), "uppföljning" (md), "dokumentation" (md),
                  "kontaktpersoner": [..]},
      "samverkan": {<steg>: {"elever" (md), "personal" (md), "vårdnadshavare" (md)}},
      "förankring": [{"målgrupp", "hur", "när"}],
      "konsekvenstrappa": null | {"steg": [{"rubrik", "text" (md), "ansvarig", "lagrum"}],
                                  "ordningsregler"},
      "uppföljning_av_planen": null | {"senast", "senast_dagar", "hur" (md), "ansvarig"}
    }

    <flöde> = {"rubrik", "steg": [{"id", "text", "vem", "tid", "elevtext", "ungdomstext",
                                   "fråga", "ja", "nej"}]}   # "fråga" set for decisions
"""

from __future__ import annotations

import json
from typing import Any

from generator import model as m
from generator.render.opendata.parts import (
    analysis,
    evaluation,
    goal,
    measure,
    optional,
    period,
    school_data,
    survey,
    when,
)
from generator.render.opendata.routineparts import collaboration, ladder, routines
from generator.vocabulary import RESPONSIBILITY_ROLES

VERSION = 2  # raised only when a field is removed or changes meaning, not for new fields
Data = dict[str, Any]


def plan_json(project: m.Project, school: m.School, plan: m.Plan) -> str:
    """The plan as pretty-printed JSON (UTF-8 text, keys in content order)."""
    return json.dumps(plan_data(project, school, plan), ensure_ascii=False, indent=2) + "\n"


def plan_data(project: m.Project, school: m.School, plan: m.Plan) -> Data:
    return {
        "version": VERSION,
        "skola": school_data(project, school),
        "period": period(plan.period),
        "beslut": _decision(plan),
        "giltighet": {"från": plan.valid_from.isoformat(), "till": plan.valid_to.isoformat()},
        "inledning": optional(plan.introduction),
        "rättslig_grund": [_legal_basis(b) for b in plan.legal_basis],
        "vision": plan.vision.text,
        "vision_elevtext": optional(plan.vision.student_text),
        "vision_barntext": optional(plan.vision.child_text),
        "vision_ungdomstext": optional(plan.vision.youth_text),
        "ansvarsfördelning": _responsibilities(plan),
        "mål": [goal(g) for g in plan.goals],
        "utvärdering": evaluation(plan.evaluation),
        "föregående_period": _earlier_period(plan.earlier_period),
        "kartläggning": survey(plan.survey),
        "analys": analysis(plan.analysis),
        "åtgärder": [measure(x) for x in plan.measures],
        "riktlinjer": plan.guidelines.text,
        "riktlinjer_delar": _guideline_parts(plan.guidelines),
        "rutiner": routines(plan.routines),
        "samverkan": {k: collaboration(v) for k, v in plan.collaboration.items()},
        "förankring": [
            {"målgrupp": a.audience, "hur": a.how, "när": optional(a.when)} for a in plan.anchoring
        ],
        "konsekvenstrappa": ladder(plan.consequence_ladder),
        "uppföljning_av_planen": _follow_up(plan.follow_up),
    }


def _guideline_parts(found: m.Guidelines) -> Data | None:
    """The structured riktlinjer; null for riktlinjer written as one text."""
    if not found.structured:
        return None
    return {
        "accepteras_inte": list(found.not_accepted),
        "vänd_dig_till": list(found.turn_to),
        "utreds_av": optional(found.investigated_by),
    }


def _follow_up(follow_up: m.PlanFollowUp | None) -> Data | None:
    if follow_up is None:
        return None
    return {
        **when("senast", follow_up.by),
        "hur": follow_up.how,
        "ansvarig": follow_up.responsible,
    }


def _responsibilities(plan: m.Plan) -> Data:
    """Every role key, null when the plan does not describe it; other roles under "andra"."""
    found = dict(plan.responsibilities)
    data: Data = {role: found.get(role) for role in RESPONSIBILITY_ROLES}
    others = [{"roll": r, "text": t} for r, t in plan.responsibilities if r not in data]
    return {**data, "andra": others}


def _earlier_period(earlier: m.EarlierPeriod | None) -> Data | None:
    if earlier is None:
        return None
    measures = [
        {"id": e.id, "titel": e.title, "önskad_effekt": optional(e.aim)} for e in earlier.measures
    ]
    return {"period": earlier.period.id, "åtgärder": measures}


def _legal_basis(basis: m.LegalBasis) -> Data:
    return {
        "författning": basis.instrument,
        "bestämmelse": optional(basis.provision),
        "innehåll": optional(basis.text),
    }


def _decision(plan: m.Plan) -> Data | None:
    """The beslut; None only for an utkast, which only the preview renders."""
    if plan.decided_on is None:
        return None
    replaced = plan.replaced_from.isoformat() if plan.replaced_from else None
    return {
        "datum": plan.decided_on.isoformat(),
        "rektor": plan.decided_by,
        "version": plan.version,
        "ersatt_från": replaced,
    }
