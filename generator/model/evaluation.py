"""The account of last period's åtgärder (SL 6 kap. 8 §): the plan's utvärdering, or the
light `föregående_period` when last period's plan is not in trygg."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from generator.model.period import Period
from generator.problems import NOWHERE, Location


class Status(StrEnum):
    DONE = "genomförd"
    PARTLY = "delvis"
    NOT_DONE = "ej_genomförd"


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
