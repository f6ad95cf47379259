"""Which diskrimineringsgrunder a plan's kartläggning covers, and what works on each: the
granskning's table of grounds."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Plan
from generator.model.grounds import goals_on, measures_on
from generator.text import is_placeholder
from generator.vocabulary.terms import GROUNDS


@dataclass(frozen=True)
class GroundCoverage:
    ground: str
    findings: tuple[str, ...]  # ids of fynd tagged with the ground
    examined: bool  # described under kartläggning.täckning
    work: tuple[str, ...] = ()  # ids of the mål and åtgärder working on it (`model.grounds`)

    @property
    def covered(self) -> bool:
        return bool(self.findings) or self.examined


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
