"""A plan's mål (each with how it is followed up) and its åtgärder."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from generator.load.dates import PlanDate
from generator.problems import NOWHERE, Location
from generator.text import percent


class MeasureKind(StrEnum):
    PROMOTING = "främjande"
    PREVENTIVE = "förebyggande"


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
