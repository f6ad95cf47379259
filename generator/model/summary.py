"""What the portal and the granskning show of a school, derived from its model once.

A school's summary is small and plain, so a check keeps it with the school's result
and an incremental build makes the portal without loading every school's model.
Nothing in it depends on the date: the plan status is worked out from `plans` for
the day the portal is made (`model.status`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.load.dates import PlanDate
from generator.model import FreePage, KeyIndicator, Plan, School
from generator.model.grounds import goals_on, measures_on
from generator.model.report import ReportFacts
from generator.text import is_placeholder, normalised
from generator.validate.identity import MeasureRef, predecessor
from generator.vocabulary import GROUNDS


@dataclass(frozen=True)
class PlanFacts:
    """One plan as the portal lists it."""

    period: str  # "läsåret 2026/27"
    valid_from: dt.date
    valid_to: dt.date
    source: str  # the plan file, as shown in messages
    key_value: float | None = None  # the huvudman's nyckeltal in this plan, in per cent
    key_survey: PlanDate | None = None  # when the nyckeltal's survey was made
    key_missing: str = ""  # why the plan has no key_value: one of KEY_MISSING
    key: str = ""  # `Plan.key`: 2026-27, or 2026-27-v2 when decided anew
    version: int = 1
    decided_on: dt.date | None = None


@dataclass(frozen=True)
class GroundCoverage:
    ground: str
    findings: tuple[str, ...]  # ids of fynd tagged with the ground
    examined: bool  # described under kartläggning.täckning
    work: tuple[str, ...] = ()  # ids of the mål and åtgärder working on it (`model.grounds`)

    @property
    def covered(self) -> bool:
        return bool(self.findings) or self.examined


@dataclass(frozen=True)
class MeasureChanges:
    has_previous: bool
    added: tuple[str, ...] = ()  # "A5 Samtal om chattar": nya
    removed: tuple[str, ...] = ()  # avslutade
    carried_over: tuple[str, ...] = ()  # "A7 Ord som sårar (förra perioden: A5 Kränkande ord)"
    # the plan's utvärdering of last period's åtgärder: ("A5 Kränkande ord", "delvis")
    evaluated: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class PageFacts:
    """A free page as the feeds list it."""

    slug: str
    title: str
    description: str
    date: dt.date | None  # `datum`; a page without it is in no feed


@dataclass(frozen=True)
class SchoolSummary:
    id: str
    name: str
    directory: str  # the school's folder, as shown in messages
    school_forms: tuple[str, ...]
    grades: str
    plans: tuple[PlanFacts, ...]  # oldest first
    grounds: tuple[GroundCoverage, ...]  # of the newest plan; empty without a plan
    changes: MeasureChanges  # the newest plan's åtgärder against the one before
    drafting: bool = False  # an utkast of a plan exists (its content is never summarised)
    pages: tuple[PageFacts, ...] = ()  # the free pages, for the portal's feed
    reports: tuple[ReportFacts, ...] = ()  # the school's reports, for the portal's feed


def summarise(school: School, key: KeyIndicator | None = None) -> SchoolSummary:
    plan = school.current_plan
    previous = school.previous_plan(plan) if plan else None
    return SchoolSummary(
        id=school.id,
        name=school.name,
        directory=school.directory,
        school_forms=school.school_forms,
        grades=school.grades,
        plans=tuple(plan_facts(p, key) for p in school.plans),
        grounds=ground_coverage(plan) if plan else (),
        changes=measure_changes(previous, plan),
        drafting=bool(school.drafts),
        pages=tuple(page_facts(p) for p in school.pages),
        reports=tuple(map(ReportFacts.of, school.reports)),
    )


def page_facts(page: FreePage) -> PageFacts:
    return PageFacts(page.slug, page.title, page.description, page.date)


def plan_facts(plan: Plan, key: KeyIndicator | None = None) -> PlanFacts:
    value, made, missing = key_reading(plan, key) if key else (None, None, "")
    return PlanFacts(
        plan.period.label,
        plan.valid_from,
        plan.valid_to,
        plan.source,
        value,
        made,
        missing,
        key=plan.key,
        version=plan.version,
        decided_on=plan.decided_on,
    )


# Why a plan has no nyckeltal value: it has no survey of the key's method (a förskola's plan,
# say); the method gives no group result for the measure (only text, or other measures);
# or the disclosure step withholds every group result it gives.
NO_METHOD, NOT_GIVEN, NOT_RELEASED = "ingen-metod", "inget-delresultat", "inte-publicerat"
KEY_MISSING = (NO_METHOD, NOT_GIVEN, NOT_RELEASED)


def key_value(plan: Plan, key: KeyIndicator | None) -> float | None:
    """The nyckeltal in the plan: the mean of its released group shares for the measure,
    weighted by their answers. Only released figures count, so no withheld group can be
    worked out from it; None when the plan has none."""
    return key_reading(plan, key)[0] if key else None


def key_reading(plan: Plan, key: KeyIndicator) -> tuple[float | None, PlanDate | None, str]:
    """The plan's nyckeltal (`key_value`), when its survey was made, and why there is no
    value when there is none (one of `KEY_MISSING`, else "")."""
    methods = [m for m in plan.survey.methods if normalised(m.method) == normalised(key.method)]
    if not methods:
        return None, None, NO_METHOD
    made = min(m.date for m in methods)
    groups = [
        g
        for method in methods
        for g in method.released.groups
        if g.measure.casefold() == key.measure.casefold()
    ]
    counted = [
        (g.responses, g.percent)
        for g in groups
        if not g.withheld and g.responses and g.percent is not None
    ]
    answers = sum(n for n, _ in counted)
    if answers:
        return round(sum(n * p for n, p in counted) / answers, 1), made, ""
    return None, made, NOT_RELEASED if groups else NOT_GIVEN


def _label(code: str, title: str) -> str:
    return f"{code} {title}"


def label_id(label: str) -> str:
    """The id an åtgärd's label (`_label`, or `_carried`) starts with: ids have no spaces
    (the schema's `id`), so what follows the first is the plan's own words."""
    return label.split(" ", 1)[0]


def _carried(measure: MeasureRef, earlier: MeasureRef) -> str:
    """This period's title, with last period's after it when it was another."""
    label = _label(measure.id, measure.title)
    if earlier.id != measure.id:
        return f"{label} (förra perioden: {_label(earlier.id, earlier.title)})"
    if normalised(earlier.title) != normalised(measure.title):
        return f"{label} (förra perioden: {earlier.title})"
    return label


def _refs(plan: Plan) -> list[MeasureRef]:
    goals = {g.id: g.text for g in plan.goals}
    return [
        MeasureRef(m.id, m.title, goals.get(m.goal_id, ""), m.description, m.continues)
        for m in plan.measures
    ]


def _earlier_refs(previous: Plan | None, current: Plan) -> list[MeasureRef] | None:
    """Last period's åtgärder: its plan's, or else the plan's `föregående_period`."""
    if previous is not None:
        return _refs(previous)
    if current.earlier_period is not None:
        return [MeasureRef(e.id, e.title, e.aim) for e in current.earlier_period.measures]
    return None


def measure_changes(previous: Plan | None, current: Plan | None) -> MeasureChanges:
    """Nya, avslutade and continuing åtgärder: a measure continues the one it names in
    `fortsätter`, or the one with its id when they mean the same (`validate.identity`)."""
    earlier = _earlier_refs(previous, current) if current is not None else None
    if earlier is None or current is None:
        return MeasureChanges(has_previous=False)
    added: list[str] = []
    carried: list[str] = []
    matched: set[str] = set()
    for measure in _refs(current):
        found = predecessor(measure, earlier)
        if found is None:
            added.append(_label(measure.id, measure.title))
        else:
            carried.append(_carried(measure, found))
            matched.add(found.id)
    removed = [_label(m.id, m.title) for m in earlier if m.id not in matched]
    titles = {m.id: _label(m.id, m.title) for m in earlier}
    evaluated = tuple(
        (titles.get(o.measure_id, o.measure_id), o.status.value)
        for o in current.evaluation.outcomes
    )
    return MeasureChanges(True, tuple(added), tuple(removed), tuple(carried), evaluated)


def ground_coverage(plan: Plan) -> tuple[GroundCoverage, ...]:
    survey = plan.survey
    return tuple(
        GroundCoverage(
            ground,
            tuple(f.id for f in survey.findings if ground in f.tags),
            not is_placeholder(survey.coverage.get(ground, "")),
            _work(plan, ground),
        )
        for ground in GROUNDS
    )


def _work(plan: Plan, ground: str) -> tuple[str, ...]:
    goals = [goal.id for goal in goals_on(plan, ground)]
    return (*goals, *(measure.id for measure in measures_on(plan, ground)))
