"""A plan's goals that name a survey method and measure (`mål.mätning`), as the charts of
that method draw them: a mark across the bars at each aim ("mål 90 %") and the aim in the
section's title ("Känner sig trygg i skolan (mål: Minst 90 %)"), in the chart of the
period's results as in the chart year by year."""

from __future__ import annotations

from generator.diagrams.bargoals import Target
from generator.model import Measurement, Plan, SurveyMethod
from generator.render import words


def measurements(plan: Plan, method: SurveyMethod, measure: str) -> list[Measurement]:
    """The goals' measurements that name this method and measure (`mål.mätning`)."""
    return [
        g.measurement
        for g in plan.goals
        if g.measurement
        and (g.measurement.method_id, g.measurement.measure) == (method.id, measure)
    ]


def aim_text(goals: list[Measurement]) -> str:
    """The aims as written ("Minst 90 %"), joined by commas."""
    return ", ".join(m.aim for m in goals if m.aim)


def titled(title: str, goals: list[Measurement]) -> str:
    """A chart section's title with its aims after it."""
    aims = aim_text(goals)
    return title + (f" (mål: {aims})" if aims else "")


def targets(goals: list[Measurement]) -> tuple[Target, ...]:
    """A mark for each bound the goals set (at least, at most)."""
    aimed = (t for m in goals for t in (m.at_least, m.at_most) if t is not None)
    return tuple(Target(t, words.percent(t)) for t in aimed)
