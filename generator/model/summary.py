"""What the portal and the granskning show of a school, derived from its model once.

A school's summary is small and plain, so a check keeps it with the school's result
and an incremental build makes the portal without loading every school's model.
Nothing in it depends on the date: the plan status is worked out from `plans` for
the day the portal is made (`model.status`). Its parts are worked out in
`model.keyreading` (the nyckeltal), `model.measurechanges` and `model.groundcoverage`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.load.dates import PlanDate
from generator.model import FreePage, KeyIndicator, Plan, School
from generator.model.groundcoverage import GroundCoverage, ground_coverage
from generator.model.keyreading import (
    KEY_MISSING,
    NO_METHOD,
    NOT_GIVEN,
    NOT_RELEASED,
    key_reading,
    key_value,
)
from generator.model.measurechanges import MeasureChanges, label_id, measure_changes
from generator.model.report import ReportFacts
from generator.model.status import drafts_until

# The parts of a summary that have modules of their own are still imported from here.
__all__ = [
    "KEY_MISSING",
    "NOT_GIVEN",
    "NOT_RELEASED",
    "NO_METHOD",
    "GroundCoverage",
    "MeasureChanges",
    "PageFacts",
    "PlanFacts",
    "SchoolSummary",
    "ground_coverage",
    "key_reading",
    "key_value",
    "label_id",
    "measure_changes",
    "page_facts",
    "plan_facts",
    "summarise",
]


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
    decided_by: str = ""  # the rektor who decided it


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
    # The last day an utkast of a plan would be in force (its content is never summarised);
    # None without one. On a later day the utkast is no plan on its way (`drafting_on`).
    drafts_until: dt.date | None = None
    # That utkast's period ("läsåret 2026/27") and file, "" without one: the granskning
    # names them for a unit with no decided plan.
    draft_period: str = ""
    draft_source: str = ""
    pages: tuple[PageFacts, ...] = ()  # the free pages, for the portal's feed
    reports: tuple[ReportFacts, ...] = ()  # the school's reports, for the portal's feed

    def drafting_on(self, today: dt.date) -> bool:
        """Whether an utkast of a plan is on its way on `today`: one not yet ended."""
        return self.drafts_until is not None and self.drafts_until >= today


def summarise(school: School, key: KeyIndicator | None = None) -> SchoolSummary:
    plan = school.current_plan
    previous = school.previous_plan(plan) if plan else None
    draft = max(school.drafts, key=lambda d: d.valid_to, default=None)  # as `drafts_until`
    return SchoolSummary(
        id=school.id,
        name=school.name,
        directory=school.directory,
        school_forms=school.school_forms,
        grades=school.grades,
        plans=tuple(plan_facts(p, key) for p in school.plans),
        grounds=ground_coverage(plan) if plan else (),
        changes=measure_changes(previous, plan),
        drafts_until=drafts_until(school),
        draft_period=draft.period.label if draft else "",
        draft_source=draft.source if draft else "",
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
        decided_by=plan.decided_by,
    )
