"""Which diskrimineringsgrunder a plan's kartläggning covers, and what works on each: the
granskning's table of grounds."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Plan
from generator.model.grounds import goals_on, measures_on
from generator.text import brief, is_placeholder
from generator.vocabulary.terms import GROUNDS


@dataclass(frozen=True)
class GroundCoverage:
    ground: str
    findings: tuple[str, ...]  # ids of fynd tagged with the ground
    examined: bool  # described under kartläggning.täckning
    work: tuple[str, ...] = ()  # ids of the mål and åtgärder working on it (`model.grounds`)
    # Each of those fynd, mål and åtgärder by id -> its text in brief, so that a reader of
    # the granskning sees what "F2" or "M3" is without opening the plan.
    titles: tuple[tuple[str, str], ...] = ()

    @property
    def covered(self) -> bool:
        return bool(self.findings) or self.examined

    def named(self, item_id: str) -> str:
        """ "F2 Hårda ord efter idrotten …": the id and its text in brief, or the id alone."""
        title = dict(self.titles).get(item_id, "")
        return f"{item_id} {title}" if title else item_id


def ground_coverage(plan: Plan) -> tuple[GroundCoverage, ...]:
    survey = plan.survey
    return tuple(
        GroundCoverage(
            ground,
            tuple(f.id for f in survey.findings if ground in f.tags),
            not is_placeholder(survey.coverage.get(ground, "")),
            _work(plan, ground),
            _titles(plan),
        )
        for ground in GROUNDS
    )


TITLE_LENGTH = 50  # characters of a text in brief, in a table's cell


def _titles(plan: Plan) -> tuple[tuple[str, str], ...]:
    texts = [(f.id, f.text) for f in plan.survey.findings]
    texts += [(g.id, g.text) for g in plan.goals] + [(m.id, m.title) for m in plan.measures]
    return tuple((item_id, brief(text, TITLE_LENGTH)) for item_id, text in texts)


def _work(plan: Plan, ground: str) -> tuple[str, ...]:
    goals = [goal.id for goal in goals_on(plan, ground)]
    return (*goals, *(measure.id for measure in measures_on(plan, ground)))
