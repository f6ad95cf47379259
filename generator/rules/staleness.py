"""Texts about the plan's own work that name an earlier year (TP308).

A plan's samverkan tells how pupils and staff took part in the work behind it, its
förankring and follow-up how it is to be made known and followed up, and a goal's level
the value it starts from. That work happens in the period before the plan's or in its
own: a month, term or läsår before that ("maj 2026" in the plan for läsåret 2027/28) is
most likely last plan's text, copied without being rewritten.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from generator.load.dates import day_in_words
from generator.model import Plan
from generator.periodwords import PERIOD_WORD, days_named
from generator.rules.engine import Context, DataPath, Finding, rule

HINT = "skriv om texten för planens period, eller ta bort tidsangivelsen om texten gäller varje år"


def _texts(plan: Plan) -> Iterator[tuple[DataPath, str]]:
    """The texts about the plan's own work, each with its path."""
    for step, part in plan.collaboration.items():
        roles = (("elever", part.pupils), ("personal", part.staff))
        for role, text in (*roles, ("vårdnadshavare", part.guardians)):
            yield ("samverkan", step, role), text
    for index, anchoring in enumerate(plan.anchoring):
        yield ("förankring", index, "hur"), anchoring.how
        yield ("förankring", index, "när"), anchoring.when
    if plan.follow_up is not None:
        yield ("uppföljning_av_planen", "hur"), plan.follow_up.how
    for index, goal in enumerate(plan.goals):
        yield ("mål", index, "målnivå"), goal.target_level


def _earlier(text: str, before: dt.date) -> list[str]:
    """The periods `text` names that end before `before`, as written."""
    named = ((found[0], days_named(found)) for found in PERIOD_WORD.finditer(text))
    return [words for words, days in named if days is not None and days[1] < before]


@rule(
    "TP308",
    reads=(
        "trygghetsplan.samverkan",
        "trygghetsplan.förankring",
        "trygghetsplan.mål",
        "trygghetsplan.uppföljning_av_planen",
    ),
)
def earlier_periods_named(ctx: Context) -> Iterator[Finding]:
    for _school, plan in ctx.current_plans():
        start = plan.period.start
        before = start.replace(year=start.year - 1)  # the period before the plan's starts
        for path, text in _texts(plan):
            if named := _earlier(text, before):
                message = (
                    f"texten nämner {', '.join(dict.fromkeys(named))}, före förra perioden "
                    f"(från {day_in_words(before)}), så den berättar troligen om ett "
                    f"tidigare år än {plan.period.label}"
                )
                yield ctx.at(plan.source, path, message, HINT)
