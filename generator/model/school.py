"""A school (content/skolor/<id>/): its facts, plans, årshjul and own pages; and the project."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model.common import Address, Contact, Flow
from generator.model.organiser import Organiser
from generator.model.plan import Plan
from generator.model.report import UnitReport
from generator.model.standing import PlanStatus, Standing
from generator.problems import NOWHERE, Location
from generator.vocabulary import MONTHS


@dataclass(frozen=True)
class Activity:
    """An activity in the årshjul."""

    id: str
    name: str
    month: str  # Swedish month name
    week: int | None
    step: str  # one of vocabulary.PLAN_STEPS
    responsible: str
    audience: str
    description: str = ""  # Markdown
    location: Location = NOWHERE

    @property
    def month_number(self) -> int:
        return MONTHS.index(self.month) + 1


@dataclass(frozen=True)
class AnnualCycle:
    start_month: str
    activities: tuple[Activity, ...]
    source: str = ""

    @property
    def months_in_order(self) -> tuple[str, ...]:
        first = MONTHS.index(self.start_month)
        return MONTHS[first:] + MONTHS[:first]


@dataclass(frozen=True)
class PageDiagram:
    """A diagram fence in a free page (```arshjul or ```flode), read and modelled once."""

    kind: str  # "arshjul" or "flode"
    key: str  # the fence's YAML without indentation (`load.fences.fence_key`)
    cycle: AnnualCycle | None = None
    flow: Flow | None = None


@dataclass(frozen=True)
class FreePage:
    """A hand-written page from sidor/*.md."""

    slug: str
    title: str
    description: str
    order: int
    body: str  # Markdown, front matter removed
    source: str
    body_line: int  # 1-based line in the file where the body starts
    diagrams: tuple[PageDiagram, ...] = ()  # its diagram fences, in order
    date: dt.date | None = None  # `datum`: when it was written or last changed; its feed date


def previous_period_plan(plans: Sequence[Plan], plan: Plan) -> Plan | None:
    """The plan of the period before `plan`'s among `plans` (oldest first): that period's
    last version, if it was decided anew. Versions of one period are one period."""
    earlier = [p for p in plans if p.period.start < plan.period.start]
    return earlier[-1] if earlier else None


@dataclass(frozen=True)
class PupilChannel:
    """`säg_till`: the school's own way for pupils to tell it something has happened,
    besides talking to an adult (a button in the school app, a box, a form)."""

    text: str  # plain text, written to the pupil
    link: str = ""  # https address of the form or page, "" for none


@dataclass(frozen=True)
class School:
    id: str
    name: str
    school_forms: tuple[str, ...]
    grades: str  # e.g. "F-6"; "" for a förskola
    description: str  # Markdown
    address: Address
    contacts: tuple[Contact, ...]
    safety_team: tuple[Contact, ...]
    brand_colour: str
    logo: str  # path relative to the school folder, "" for none
    rules_link: str
    plans: tuple[Plan, ...]  # the decided plans, sorted oldest first: what is published
    annual_cycle: AnnualCycle
    pages: tuple[FreePage, ...]
    directory: str  # display path of the school folder
    location: Location = NOWHERE
    pupil_domain: str = ""  # elevdomän: the pupils' e-mail domain, never published
    drafts: tuple[Plan, ...] = ()  # plans with `status: utkast`, oldest first: never published
    # The plans' standing on the day the site is built (`model.status.on_day`); without
    # one (checks, and a school just loaded) the newest plan counts as the current one.
    standing: Standing | None = None
    reports: tuple[UnitReport, ...] = ()  # rapporter/*.yml, newest first
    pupil_channel: PupilChannel | None = None  # säg_till, shown on the student pages
    # The key of the plan in force on the build's day, kept when the utkast are shown
    # first (`with_drafts`, which drops the standing): that plan's page says it is in force.
    in_force: str = ""

    @property
    def is_preschool(self) -> bool:
        """True for a förskola, where the children are "barn", not "elever"."""
        return set(self.school_forms) == {"förskola"}

    def with_drafts(self) -> School:
        """The school as the preview and the utkast checks see it: its utkast plans among
        the decided ones, by period, so the newest utkast is the plan shown first."""
        if not self.drafts:
            return self
        plans = sorted(
            (*self.plans, *self.drafts), key=lambda p: (p.period.start, p.version, p.draft)
        )
        standing, in_force = self.standing, ""
        if standing is not None and standing.status is PlanStatus.CURRENT:
            in_force = self.plans[standing.shown].key
        return dataclasses.replace(
            self, plans=tuple(plans), drafts=(), standing=None, in_force=in_force
        )

    @property
    def current_plan(self) -> Plan | None:
        """The plan the site shows as the school's plan: the one in force on the build's
        day, else the expired or coming one (`standing`); the newest without a standing."""
        if self.standing is not None:
            return self.plans[self.standing.shown] if self.standing.shown >= 0 else None
        return self.plans[-1] if self.plans else None

    @property
    def upcoming_plans(self) -> tuple[Plan, ...]:
        """Decided plans that start after the plan in force: published as "kommande"."""
        standing = self.standing
        if standing is None or standing.status is not PlanStatus.CURRENT:
            return ()
        return self.plans[standing.shown + 1 :]

    def forms_of(self, plan: Plan) -> tuple[str, ...]:
        """The skolformer `plan` covers: those it names, or else all of the unit's."""
        return plan.school_forms or self.school_forms

    def previous_plan(self, plan: Plan) -> Plan | None:
        return previous_period_plan(self.plans, plan)

    def earlier_version(self, plan: Plan) -> Plan | None:
        """The version of `plan`'s period that it replaces, if it is a later version."""
        index = self.plans.index(plan)
        before = self.plans[index - 1] if index > 0 else None
        return before if before is not None and before.period == plan.period else None


@dataclass(frozen=True)
class Project:
    """Everything under content/: the organiser and its schools, sorted by id."""

    organiser: Organiser
    schools: tuple[School, ...]
    root: str = ""

    def school(self, school_id: str) -> School | None:
        return next((s for s in self.schools if s.id == school_id), None)
