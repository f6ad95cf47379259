"""A school's model (`model.School`) from its validated files: its facts and contacts, its
plans (linked to last period's and to the versions that replace them), pages and reports."""

from __future__ import annotations

import dataclasses

from generator import model as m
from generator.load.document import Document
from generator.load.sources import SchoolSources
from generator.model.build_common import Data
from generator.model.build_common import at as _at
from generator.model.build_pages import annual_cycle, page
from generator.model.build_plan import min_responses, plan
from generator.model.report_crossing import protect_together
from generator.model.school import previous_period_plan
from generator.text import grades_as_read
from generator.validate.identity import MeasureRef, evaluated_id


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
        grades=grades_as_read(data.get("årskurser", "")),
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
        pages=tuple(sorted((page(p) for p in sources.pages), key=lambda p: (p.order, p.title))),
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
    made = protect_together(sources.reports, threshold, sources.id)
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
