"""Turn validated documents into the frozen model.

Only called when validation found no errors, so the data has the shape the
schemas promise. This is the one place where Swedish content keys meet the
English model, and where date strings become dates.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator import model as m
from generator import vocabulary
from generator.load.document import Document
from generator.load.fences import Fence
from generator.load.reader import PageSource
from generator.load.sources import SchoolSources, Sources
from generator.model.build_common import at as _at
from generator.model.build_common import date as _date
from generator.model.build_plan import min_responses, plan
from generator.model.build_report import report
from generator.model.build_routines import flow_from_data, routines
from generator.model.school import previous_period_plan
from generator.validate.identity import MeasureRef, evaluated_id

Data = dict[str, Any]


def _text(data: Data) -> m.Text:
    return m.Text(data["text"], data["elevtext"], data.get("barntext", ""))


def organiser(document: Document) -> m.Organiser:
    data = document.data
    unit = data["central_enhet"]
    return m.Organiser(
        name=data["namn"],
        board=data.get("nämnd", ""),
        central_unit_name=unit["namn"],
        central_unit_email=unit["epost"],
        central_unit_phone=unit.get("telefon", ""),
        email_domains=tuple(data["tillåtna_epostdomäner"]),
        website=data.get("webbplats", ""),
        definitions={k: _text(v) for k, v in data["definitioner"].items()},
        grounds={k: _text(data["diskrimineringsgrunder"][k]) for k in vocabulary.GROUNDS},
        routines=routines(data["rutiner"], {}, document, None),
        rule_profile=_rule_profile(data.get("regelprofil", {})),
        accessibility=_accessibility(data["tillgänglighet"]),
        location=_at(document),
        key_indicator=_key_indicator(data.get("nyckeltal")),
        representatives=tuple(data.get("företrädare", [])),
        open_data_licence=data.get("öppna_data", {}).get("licens", vocabulary.DEFAULT_LICENCE),
        complaints=_complaints(data.get("klagomål")),
    )


def _complaints(data: Data | None) -> m.ComplaintRoute | None:
    return (
        m.ComplaintRoute(data["text"], data.get("länk", ""), data.get("epost", ""))
        if data
        else None
    )


def _key_indicator(data: Data | None) -> m.KeyIndicator | None:
    return m.KeyIndicator(data["namn"], data["metod"], data["mått"]) if data else None


def _rule_profile(profile: Data) -> m.RuleProfile:
    return m.RuleProfile(
        severities=dict(profile.get("regler", {})),
        min_responses=min_responses(profile),
        lix_limits=dict(profile.get("lix", {})),
    )


def _accessibility(access: Data) -> m.AccessibilityStatement:
    return m.AccessibilityStatement(
        compliance=access["förenlighet"],
        shortcomings=tuple(
            m.Shortcoming(b["beskrivning"], b.get("orsak", "")) for b in access.get("brister", [])
        ),
        assessed_on=_date(access["bedömning"]["datum"]),
        method=access["bedömning"]["metod"],
        updated_on=_date(access["senast_uppdaterad"]),
        contact_email=access["kontakt"]["epost"],
        contact_phone=access["kontakt"].get("telefon", ""),
    )


def _contact(data: Data, document: Document, path: tuple[str | int, ...]) -> m.Contact:
    location = _at(document, *path)
    return m.Contact(
        role=data["roll"],
        name=data.get("namn", ""),
        email=data.get("epost", ""),
        phone=data.get("telefon", ""),
        location=location,
        photo=data.get("foto", ""),
        photo_text=data.get("foto_text", ""),
    )


def _page(source: PageSource) -> m.FreePage:
    front = source.front.data
    return m.FreePage(
        slug=source.slug,
        title=front["titel"],
        description=front.get("beskrivning", ""),
        order=front.get("ordning", 100),
        date=_date(front["datum"]) if "datum" in front else None,
        body=source.body,
        source=source.front.display,
        body_line=source.body_line,
        diagrams=tuple(page_diagram(fence) for fence in source.fences),
    )


def page_diagram(fence: Fence) -> m.PageDiagram:
    """A validated fence's diagram (the model is built only when validation found nothing)."""
    assert fence.document is not None
    if fence.kind == "arshjul":
        return m.PageDiagram(fence.kind, fence.key, cycle=annual_cycle(fence.document))
    document = fence.document
    return m.PageDiagram(fence.kind, fence.key, flow=flow_from_data(document.data, document))


def annual_cycle(document: Document) -> m.AnnualCycle:
    data = document.data
    activities = tuple(
        m.Activity(
            id=a["id"],
            name=a["namn"],
            month=a["månad"],
            week=a.get("vecka"),
            step=a["steg"],
            responsible=a.get("ansvarig", ""),
            audience=a.get("målgrupp", ""),
            description=a.get("beskrivning", ""),
            location=_at(document, "aktiviteter", i),
        )
        for i, a in enumerate(data["aktiviteter"])
    )
    return m.AnnualCycle(data.get("start_månad", "augusti"), activities, document.display)


def school(sources: SchoolSources, organiser_doc: Document) -> m.School:
    assert sources.school is not None and sources.annual_cycle is not None
    document = sources.school
    data = document.data
    address = data["adress"]
    every = _linked(tuple(plan(key, doc, organiser_doc) for key, doc in sources.plans))
    plans = replaced(tuple(p for p in every if not p.draft))
    return m.School(
        id=sources.id,
        name=data["namn"],
        school_forms=tuple(data["skolformer"]),
        grades=data.get("årskurser", ""),
        description=data["beskrivning"],
        address=m.Address(address["gata"], address["postnummer"], address["ort"]),
        contacts=tuple(
            _contact(c, document, ("kontakter", i)) for i, c in enumerate(data["kontakter"])
        ),
        safety_team=tuple(
            _contact(c, document, ("trygghetsteam", i)) for i, c in enumerate(data["trygghetsteam"])
        ),
        brand_colour=data.get("färg", ""),
        logo=data.get("logotyp", ""),
        rules_link=data.get("ordningsregler", ""),
        plans=plans,
        annual_cycle=annual_cycle(sources.annual_cycle),
        pages=tuple(sorted((_page(p) for p in sources.pages), key=lambda p: (p.order, p.title))),
        directory=sources.display,
        location=_at(document),
        pupil_domain=data.get("elevdomän", ""),
        drafts=tuple(p for p in every if p.draft),
        reports=reports(sources, organiser_doc),
        pupil_channel=_pupil_channel(data.get("säg_till")),
    )


def _pupil_channel(data: dict[str, str] | None) -> m.PupilChannel | None:
    if data is None:
        return None
    return m.PupilChannel(data["text"], data.get("länk", ""))


def reports(sources: SchoolSources, organiser_doc: Document) -> tuple[m.UnitReport, ...]:
    """The school's reports, newest first."""
    threshold = min_responses(organiser_doc.data.get("regelprofil", {}))
    made = (report(r, threshold, sources.id) for r in sources.reports)
    return tuple(sorted(made, key=lambda r: (r.date, r.id), reverse=True))


def replaced(plans: tuple[m.Plan, ...]) -> tuple[m.Plan, ...]:
    """Decided plans (oldest first), each earlier version of a period with the day the
    next version replaces it (`Plan.replaced_from`)."""
    following = (*plans[1:], None) if plans else ()
    return tuple(
        dataclasses.replace(plan, replaced_from=later.valid_from)
        if later is not None and later.period == plan.period
        else plan
        for plan, later in zip(plans, following, strict=True)
    )


def _linked(plans: tuple[m.Plan, ...]) -> tuple[m.Plan, ...]:
    """The plans with each evaluated åtgärd named by its id in last period's plan: an
    evaluation may name instead a measure of its own plan that continues it (`fortsätter`)."""
    linked = []
    for each in plans:
        before = previous_period_plan(plans, each)
        known = {x.id for x in before.measures} if before else set()
        if before is None and each.earlier_period is not None:
            known = {x.id for x in each.earlier_period.measures}
        refs = [MeasureRef(x.id, x.title, continues=x.continues) for x in each.measures]
        outcomes = tuple(
            dataclasses.replace(
                o, measure_id=evaluated_id(o.measure_id, refs, known) or o.measure_id
            )
            for o in each.evaluation.outcomes
        )
        evaluation = dataclasses.replace(each.evaluation, outcomes=outcomes)
        linked.append(dataclasses.replace(each, evaluation=evaluation))
    return tuple(linked)


def project(sources: Sources) -> m.Project:
    assert sources.organiser is not None
    schools = tuple(school(s, sources.organiser) for s in sources.schools)
    return m.Project(organiser(sources.organiser), schools, str(sources.root))
