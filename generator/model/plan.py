"""One trygghetsplan for one period: survey, analysis, measures, evaluation, routines.

Its parts are in `model.period`, `model.measures`, `model.evaluation`, `model.survey`,
`model.anchoring` and `model.guidelines`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.load.layout import plan_key
from generator.model.anchoring import (
    Anchoring,
    Collaboration,
    ConsequenceLadder,
    PlanFollowUp,
)
from generator.model.common import Routines, Text
from generator.model.evaluation import EarlierPeriod, Evaluation
from generator.model.guidelines import Guidelines
from generator.model.measures import Goal, Measure
from generator.model.period import Period
from generator.model.survey import Analysis, Survey
from generator.problems import NOWHERE, Location


@dataclass(frozen=True)
class LegalBasis:
    """One entry of the plan's rättslig grund."""

    instrument: str  # "Skollagen (2010:800)"
    provision: str = ""  # "6 kap. 6–10 §§"
    text: str = ""  # Markdown


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
