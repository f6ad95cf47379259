"""Which of a plan's mål and åtgärder work on a diskrimineringsgrund (or on kränkande
behandling): the one answer that the plan page's view per grund and the granskning's
table of grounds share.

An åtgärd works on a grund when it is tagged with it (`grunder`), or when it builds on a
fynd tagged with it (`adresserar`): a plan that links each fynd to its åtgärder need not
tag them again. A mål works on a grund when it is tagged with it, or when an åtgärd that
works on the grund leads to it (`mål`): the mål is what that work aims at.
"""

from __future__ import annotations

from generator.model.measures import Goal, Measure
from generator.model.plan import Plan


def goals_on(plan: Plan, ground: str) -> tuple[Goal, ...]:
    reached = {measure.goal_id for measure in measures_on(plan, ground)}
    return tuple(goal for goal in plan.goals if ground in goal.grounds or goal.id in reached)


def measures_on(plan: Plan, ground: str) -> tuple[Measure, ...]:
    findings = {finding.id for finding in plan.survey.findings if ground in finding.tags}
    return tuple(
        measure
        for measure in plan.measures
        if ground in measure.grounds or findings.intersection(measure.addresses)
    )


def worked_on(plan: Plan, ground: str) -> bool:
    return bool(goals_on(plan, ground) or measures_on(plan, ground))
