"""One trygghetsplan for one period: survey, analysis, measures, evaluation, routines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from generator.load.dates import PlanDate
from generator.load.layout import plan_key
from generator.model.anchoring import (
    Anchoring,
    Collaboration,
    ConsequenceLadder,
    PlanFollowUp,
)
from generator.model.common import Routines, Text
from generator.model.guidelines import Guidelines
from generator.model.survey import Analysis, Survey
from generator.problems import NOWHERE, Location
from generator.text import percent


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
class Measurement:
    """`mål.mätning`: the survey method and measure a goal is followed with, and its aim."""

    method_id: str
    measure: str  # as the method's group results name it
    at_least: float | None = None  # per cent
    at_most: float | None = None

    @property
    def aim(self) -> str:
        """ "minst 90 %", "högst 7 %", or both; "" when no value is set."""
        parts = [f"minst {percent(self.at_least)}" if self.at_least is not None else ""]
        parts.append(f"högst {percent(self.at_most)}" if self.at_most is not None else "")
        return " och ".join(p for p in parts if p)


@dataclass(frozen=True)
class Goal:
    id: str
    text: str
    indicator: str  # "" when not given
    target_level: str  # "" when not given
    due: PlanDate | None  # a deadline: compare by `.last`
    location: Location = NOWHERE
    grounds: tuple[str, ...] = ()  # diskrimineringsgrunder and kränkande_behandling
    measurement: Measurement | None = None  # `mätning`


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
    guidelines_and_routines: str = ""  # Markdown: their follow-up (DL 3 kap. 18 §)


@dataclass(frozen=True)
class EarlierMeasure:
    """One åtgärd of last period's plan, told in brief when that plan is not in trygg."""

    id: str
    title: str
    aim: str = ""  # önskad effekt, as text
    location: Location = NOWHERE


@dataclass(frozen=True)
class EarlierPeriod:
    """`föregående_period`: the light account of last period's åtgärder (SL 6 kap. 8 §)."""

    period: Period
    measures: tuple[EarlierMeasure, ...]
    location: Location = NOWHERE

    def measure(self, measure_id: str) -> EarlierMeasure | None:
        return next((m for m in self.measures if m.id == measure_id), None)


@dataclass(frozen=True)
class LegalBasis:
    """One entry of the plan's rättslig grund."""

    instrument: str  # "Skollagen (2010:800)"
    provision: str = ""  # "6 kap. 6–10 §§"
    text: str = ""  # Markdown


@dataclass(frozen=True)
class Measure:
    """An åtgärd."""

    id: str
    title: str
    kind: MeasureKind
    description: str  # Markdown
    addresses: tuple[str, ...]
    goal_id: str
    responsible: str  # "" when not given
    start: PlanDate  # compare by `.first`
    done_by: PlanDate | None  # a deadline: compare by `.last`; None: ongoing, no finish date
    follow_up_when: PlanDate | None  # a deadline: compare by `.last`
    follow_up_how: str  # "" when not given
    communication: str
    student_text: str
    location: Location = NOWHERE
    grounds: tuple[str, ...] = ()  # diskrimineringsgrunder and kränkande_behandling
    continues: str = ""  # `fortsätter`: the id of last period's measure it carries on
    grades: str = ""  # `årskurser` ("4-6") when it is not for the whole school


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
    decided_on: dt.date | None  # None only for an utkast without beslut
    decided_by: str  # "" only for an utkast without beslut
    valid_from: dt.date
    valid_to: dt.date
    vision: Text  # Markdown; its elevtext and barntext "" when one text is for everyone
    goals: tuple[Goal, ...]
    evaluation: Evaluation
    survey: Survey
    analysis: Analysis
    measures: tuple[Measure, ...]
    guidelines: Guidelines
    routines: Routines  # huvudman's defaults with the plan's overrides applied
    routines_overridden: tuple[str, ...]  # which rutiner keys the plan overrides
    collaboration: dict[str, Collaboration]  # step -> collaboration
    anchoring: tuple[Anchoring, ...]
    consequence_ladder: ConsequenceLadder | None
    follow_up: PlanFollowUp | None
    source: str  # display path of the plan file
    location: Location = NOWHERE
    introduction: str = ""  # Markdown
    legal_basis: tuple[LegalBasis, ...] = ()
    responsibilities: tuple[tuple[str, str], ...] = ()  # (role key or name, Markdown)
    earlier_period: EarlierPeriod | None = None
    draft: bool = False  # `status: utkast`: checked and previewed, never published
    version: int = 1  # 2 for `2026-27-v2.yml`: the period's plan decided anew
    # The day a later version of the period's plan starts to apply in this one's place
    # (set with the school's plans, `model.build_school.school`); None when none replaces it.
    replaced_from: dt.date | None = None

    @property
    def key(self) -> str:
        """The plan's id in file names and addresses: `2026-27`, `2026-27-v2`."""
        return plan_key(self.period.id, self.version)

    @property
    def in_force_until(self) -> dt.date:
        """The plan's last day: the day before a later version replaces it, else `valid_to`."""
        if self.replaced_from is None:
            return self.valid_to
        return min(self.valid_to, self.replaced_from - dt.timedelta(days=1))

    # The skolformer the plan says it covers (`skolformer`); () when it does not say, and
    # then it covers every skolform of the unit (skola.yml).
    school_forms: tuple[str, ...] = ()

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.measures if m.id == measure_id), None)
