"""The validated content model: frozen dataclasses, built only after validation.

Identifiers are English; the Swedish content keys they come from are named in
`generator.model.build`. Text fields marked "Markdown" are raw Markdown from the
author and must go through `generator.render.markdown.safety` before they reach HTML.
Every object that a rule may point at carries a `Location` back into its file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from generator.codes import Code
from generator.model.vocabulary import MONTHS
from generator.problems import NOWHERE, Location, Severity


class Status(StrEnum):
    DONE = "genomförd"
    PARTLY = "delvis"
    NOT_DONE = "ej_genomförd"


class MeasureKind(StrEnum):
    PROMOTING = "främjande"
    PREVENTIVE = "förebyggande"


class PeriodKind(StrEnum):
    SCHOOL_YEAR = "läsår"
    CALENDAR_YEAR = "kalenderår"


@dataclass(frozen=True)
class Text:
    """A definition or explanation with its plain-language variant for pupils."""

    text: str  # Markdown
    student_text: str


@dataclass(frozen=True)
class FlowStep:
    """A step in an ärendegång: an action, or a yes/no decision when `question` is set."""

    id: str
    text: str
    actor: str = ""
    deadline: str = ""
    student_text: str = ""
    question: str = ""
    yes: str = ""  # target step id; "" means the next step
    no: str = ""
    location: Location = NOWHERE

    @property
    def is_decision(self) -> bool:
        return bool(self.question)


@dataclass(frozen=True)
class Flow:
    title: str
    steps: tuple[FlowStep, ...]
    location: Location = NOWHERE


@dataclass(frozen=True)
class ReportingChain:
    staff_to_principal: str
    principal_to_organiser: str
    how: str  # Markdown


@dataclass(frozen=True)
class Routines:
    pupil_pupil: Flow
    staff_pupil: Flow
    reporting: ReportingChain
    investigation: str  # Markdown
    follow_up: str  # Markdown
    documentation: str  # Markdown
    contact_roles: tuple[str, ...]
    location: Location = NOWHERE


OFF = "av"  # regelprofil.regler: the rule is switched off


@dataclass(frozen=True)
class RuleProfile:
    severities: dict[str, str] = field(default_factory=dict)  # code -> fel|varning|info|av
    min_responses: int = 5
    lix_limits: dict[str, int] = field(default_factory=dict)  # age band -> max LIX

    def severity(self, code: Code) -> Severity | None:
        """The code's severity after the profile; None when the profile switches it off."""
        chosen = self.severities.get(code.code)
        if chosen == OFF:
            return None
        return Severity(chosen) if chosen else code.severity


@dataclass(frozen=True)
class Shortcoming:
    description: str  # Markdown
    reason: str = ""


@dataclass(frozen=True)
class AccessibilityStatement:
    compliance: str  # helt_förenlig | delvis_förenlig | inte_förenlig
    shortcomings: tuple[Shortcoming, ...]
    assessed_on: dt.date
    method: str
    updated_on: dt.date
    contact_email: str
    contact_phone: str = ""


@dataclass(frozen=True)
class Organiser:
    """Huvudmannen, from content/huvudman.yml."""

    name: str
    board: str
    central_unit_name: str
    central_unit_email: str
    central_unit_phone: str
    email_domains: tuple[str, ...]
    website: str
    definitions: dict[str, Text]
    grounds: dict[str, Text]
    routines: Routines
    rule_profile: RuleProfile
    accessibility: AccessibilityStatement
    location: Location = NOWHERE


@dataclass(frozen=True)
class Contact:
    role: str
    name: str = ""
    email: str = ""
    phone: str = ""
    location: Location = NOWHERE
    photo: str = ""  # path from the school's folder; "" without a photo
    photo_text: str = ""  # the photo's alt text; "" means "role name"


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    town: str


@dataclass(frozen=True)
class Goal:
    id: str
    text: str
    indicator: str
    target_level: str
    due: dt.date
    location: Location = NOWHERE


@dataclass(frozen=True)
class Outcome:
    """The account of one of the previous period's åtgärder (SL 6 kap. 8 §)."""

    measure_id: str
    status: Status
    effect: str  # Markdown
    lesson: str = ""  # Markdown
    location: Location = NOWHERE


@dataclass(frozen=True)
class Evaluation:
    summary: str
    participants: str
    outcomes: tuple[Outcome, ...]


@dataclass(frozen=True)
class GroupResult:
    group: str
    measure: str
    responses: int
    percent: float
    location: Location = NOWHERE


@dataclass(frozen=True)
class SurveyMethod:
    id: str
    method: str
    date: dt.date
    participants: str
    invited: int | None
    responses: int | None
    results: str  # Markdown
    group_results: tuple[GroupResult, ...] = ()
    location: Location = NOWHERE

    @property
    def response_rate(self) -> float | None:
        if self.invited and self.responses is not None:
            return self.responses / self.invited
        return None


@dataclass(frozen=True)
class Finding:
    id: str
    text: str
    sources: tuple[str, ...]
    tags: tuple[str, ...]
    areas: tuple[str, ...]
    location: Location = NOWHERE


@dataclass(frozen=True)
class Survey:
    methods: tuple[SurveyMethod, ...]
    findings: tuple[Finding, ...]
    pupil_participation: str  # Markdown
    coverage: dict[str, str] = field(default_factory=dict)  # ground -> how it was examined
    location: Location = NOWHERE


@dataclass(frozen=True)
class Cause:
    finding_ids: tuple[str, ...]
    cause: str  # Markdown
    no_measure_reason: str = ""  # Markdown; set when the finding needs no åtgärd
    location: Location = NOWHERE


@dataclass(frozen=True)
class Analysis:
    causes: tuple[Cause, ...]
    pupil_participation: str  # Markdown
    location: Location = NOWHERE


@dataclass(frozen=True)
class Measure:
    """An åtgärd."""

    id: str
    title: str
    kind: MeasureKind
    description: str  # Markdown
    addresses: tuple[str, ...]
    goal_id: str
    responsible: str
    start: dt.date
    done_by: dt.date
    follow_up_when: dt.date
    follow_up_how: str
    communication: str
    student_text: str
    location: Location = NOWHERE


@dataclass(frozen=True)
class Collaboration:
    pupils: str  # Markdown
    staff: str  # Markdown
    guardians: str = ""  # Markdown
    location: Location = NOWHERE


@dataclass(frozen=True)
class Anchoring:
    audience: str  # elever | personal | vårdnadshavare | huvudman | webb
    how: str
    when: str = ""


@dataclass(frozen=True)
class ConsequenceStep:
    title: str
    text: str  # Markdown
    responsible: str = ""
    legal_basis: str = ""


@dataclass(frozen=True)
class ConsequenceLadder:
    steps: tuple[ConsequenceStep, ...]
    rules_link: str = ""


@dataclass(frozen=True)
class PlanFollowUp:
    by: dt.date
    how: str  # Markdown
    responsible: str


@dataclass(frozen=True)
class Period:
    """A plan period: a läsår such as 2025-26 or a kalenderår such as 2026."""

    id: str
    kind: PeriodKind
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.SCHOOL_YEAR:
            return f"läsåret {self.start.year}/{self.end.year % 100:02d}"
        return f"år {self.start.year}"


@dataclass(frozen=True)
class Plan:
    """One trygghetsplan for one period."""

    period: Period
    decided_on: dt.date
    decided_by: str
    valid_from: dt.date
    valid_to: dt.date
    vision: str  # Markdown
    goals: tuple[Goal, ...]
    evaluation: Evaluation
    survey: Survey
    analysis: Analysis
    measures: tuple[Measure, ...]
    guidelines: str  # Markdown
    routines: Routines  # huvudman's defaults with the plan's overrides applied
    routines_overridden: tuple[str, ...]  # which rutiner keys the plan overrides
    collaboration: dict[str, Collaboration]  # step -> collaboration
    anchoring: tuple[Anchoring, ...]
    consequence_ladder: ConsequenceLadder | None
    follow_up: PlanFollowUp
    source: str  # display path of the plan file
    location: Location = NOWHERE

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)


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
class FreePage:
    """A hand-written page from sidor/*.md."""

    slug: str
    title: str
    description: str
    order: int
    body: str  # Markdown, front matter removed
    source: str
    body_line: int  # 1-based line in the file where the body starts


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
    plans: tuple[Plan, ...]  # sorted oldest first
    annual_cycle: AnnualCycle
    pages: tuple[FreePage, ...]
    directory: str  # display path of the school folder
    location: Location = NOWHERE

    @property
    def current_plan(self) -> Plan | None:
        return self.plans[-1] if self.plans else None

    def previous_plan(self, plan: Plan) -> Plan | None:
        index = self.plans.index(plan)
        return self.plans[index - 1] if index > 0 else None


@dataclass(frozen=True)
class Project:
    """Everything under content/: the organiser and its schools, sorted by id."""

    organiser: Organiser
    schools: tuple[School, ...]
    root: str = ""

    def school(self, school_id: str) -> School | None:
        return next((s for s in self.schools if s.id == school_id), None)
