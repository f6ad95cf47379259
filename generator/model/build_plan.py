"""Build a Plan from its file and the huvudman's (its routines, its rule profile); the
kartläggning and analys are built in `model.build_survey`, its mål and åtgärder in
`model.build_measures`."""

from __future__ import annotations

import datetime as dt

from generator import model as m
from generator.load.dates import checked as plan_date
from generator.load.document import Document
from generator.load.drafts import is_draft
from generator.load.layout import period_bounds, split_plan_key
from generator.model.build_common import Data, at, date
from generator.model.build_measures import goal, measure
from generator.model.build_routines import routines
from generator.model.build_survey import analysis, pupils_in, survey
from generator.vocabulary import RESPONSIBILITY_ROLES


def min_responses(profile: Data) -> int:
    """regelprofil.min_antal_svar, which can only raise the floor (the schema says so too)."""
    chosen: int = profile.get("min_antal_svar", 0)
    return max(m.MIN_RESPONSES_FLOOR, chosen)


def period(period_id: str) -> m.Period:
    kind = m.PeriodKind.CALENDAR_YEAR if len(period_id) == 4 else m.PeriodKind.SCHOOL_YEAR
    return m.Period(period_id, kind, *period_bounds(period_id))


def _evaluation(data: Data, document: Document) -> m.Evaluation:
    outcomes = tuple(
        m.Outcome(
            o["id"],
            m.Status(o["status"]),
            o.get("effekt", ""),
            o.get("lärdom", ""),
            at(document, "utvärdering", "åtgärder", i),
        )
        for i, o in enumerate(data["åtgärder"])
    )
    return m.Evaluation(
        data.get("sammanfattning", ""),
        data.get("delaktiga", ""),
        outcomes,
        data.get("riktlinjer_och_rutiner", ""),
    )


def _earlier_period(data: Data | None, document: Document) -> m.EarlierPeriod | None:
    if data is None:
        return None
    path = ("föregående_period", "åtgärder")
    measures = tuple(
        m.EarlierMeasure(e["id"], e["titel"], e.get("önskad_effekt", ""), at(document, *path, i))
        for i, e in enumerate(data["åtgärder"])
    )
    return m.EarlierPeriod(period(data["period"]), measures, at(document, "föregående_period"))


def _legal_basis(data: list[Data]) -> tuple[m.LegalBasis, ...]:
    return tuple(
        m.LegalBasis(b["författning"], b.get("bestämmelse", ""), b.get("innehåll", ""))
        for b in data
    )


def _responsibilities(data: Data) -> tuple[tuple[str, str], ...]:
    """(role, text) in the fixed order of roles; the other roles last, as written."""
    named = [(role, data[role]) for role in RESPONSIBILITY_ROLES if role in data]
    return (*named, *((o["roll"], o["text"]) for o in data.get("andra", [])))


def _collaboration(data: Data, document: Document) -> dict[str, m.Collaboration]:
    return {
        step: m.Collaboration(
            c.get("elever", ""),
            c.get("personal", ""),
            c.get("vårdnadshavare", ""),
            at(document, "samverkan", step),
        )
        for step, c in data.items()
    }


def _ladder(data: Data | None) -> m.ConsequenceLadder | None:
    if data is None:
        return None
    steps = tuple(
        m.ConsequenceStep(
            s.get("rubrik", ""), s.get("text", ""), s.get("ansvarig", ""), s.get("lagrum", "")
        )
        for s in data["steg"]
    )
    return m.ConsequenceLadder(steps, data.get("ordningsregler", ""))


def _plan_follow_up(data: Data | None) -> m.PlanFollowUp | None:
    if data is None:
        return None
    return m.PlanFollowUp(plan_date(data["senast"]), data["hur"], data["ansvarig"])


def _vision(value: str | Data) -> m.Text:
    """The vision: one text for everyone, or a text with an elevtext (and a barntext and
    an ungdomstext)."""
    if isinstance(value, str):
        return m.Text(value, "", "")
    texts = (value.get("barntext", ""), value.get("ungdomstext", ""))
    return m.Text(value["text"], value["elevtext"], *texts)


def _decision(data: Data | None) -> tuple[dt.date | None, str]:
    """When the plan was decided, and by which rektor (None and "" for a plan not yet
    decided)."""
    if not data:
        return None, ""
    return date(data["datum"]), data["rektor"]


def _anchoring(data: list[Data]) -> tuple[m.Anchoring, ...]:
    return tuple(m.Anchoring(a["målgrupp"], a["hur"], a.get("när", "")) for a in data)


def plan(key: str, document: Document, organiser_doc: Document) -> m.Plan:
    """Build one plan, named by its file (`layout.plan_key`); its rutiner are the
    organiser's defaults with the plan's overrides."""
    period_id, version = split_plan_key(key)
    data = document.data
    overrides = data.get("rutiner", {})
    threshold = min_responses(organiser_doc.data.get("regelprofil", {}))
    decided_on, decided_by = _decision(data.get("beslut"))
    return m.Plan(
        period=period(period_id),
        decided_on=decided_on,
        decided_by=decided_by,
        valid_from=date(data["giltighet"]["från"]),
        valid_to=date(data["giltighet"]["till"]),
        vision=_vision(data.get("vision", "")),
        goals=tuple(goal(g, document, i) for i, g in enumerate(data.get("mål", []))),
        evaluation=_evaluation(data.get("utvärdering", {"åtgärder": []}), document),
        survey=survey(data["kartläggning"], document, threshold, pupils_in(data, document, 0)),
        analysis=analysis(data["analys"], document, pupils_in(data, document, 1)),
        measures=tuple(measure(d, document, i) for i, d in enumerate(data["åtgärder"])),
        guidelines=_guidelines(data.get("riktlinjer", "")),
        routines=routines(organiser_doc.data["rutiner"], overrides, organiser_doc, document),
        routines_overridden=tuple(sorted(overrides)),
        collaboration=_collaboration(data.get("samverkan", {}), document),
        anchoring=_anchoring(data.get("förankring", [])),
        consequence_ladder=_ladder(data.get("konsekvenstrappa")),
        follow_up=_plan_follow_up(data.get("uppföljning_av_planen")),
        source=document.display,
        location=at(document),
        introduction=data.get("inledning", ""),
        legal_basis=_legal_basis(data.get("rättslig_grund", [])),
        responsibilities=_responsibilities(data.get("ansvarsfördelning", {})),
        earlier_period=_earlier_period(data.get("föregående_period"), document),
        draft=is_draft(data),
        version=version,
        school_forms=tuple(data.get("skolformer", ())),
    )


def _guidelines(value: str | Data) -> m.Guidelines:
    """riktlinjer: the structured form, or the older plain Markdown text."""
    if isinstance(value, str):
        return m.Guidelines(text=value)
    return m.Guidelines(
        text=value.get("text", ""),
        not_accepted=tuple(value.get("accepteras_inte", [])),
        turn_to=tuple(value.get("vänd_dig_till", [])),
        investigated_by=value.get("utreds_av", ""),
        structured=True,
    )
