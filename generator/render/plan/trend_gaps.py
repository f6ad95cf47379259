"""What a trend chart cannot draw, said once in plain Swedish under the chart.

A period can lack a structured value in four ways, and each is told its own way: the
plan did not use the method; the plan gave its result only as text (the reader is sent
to that plan for the figure); a group has no figure that year; or the disclosure step
withheld it. A withheld value is named as withheld, never given, and a series the
disclosure step emptied is named without a number.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from generator.model import Plan, SurveyMethod
from generator.render import uris
from generator.render.markdown.blocks import link
from generator.render.markdown.safety import plain
from generator.render.plan.view import PlanView
from generator.text import capitalised, listing

Series = tuple[str, str]  # (measure, group)
History = Sequence[tuple[Plan, SurveyMethod | None]]

# Why a period has no value, as the trend's table says it in the period's cell
NOT_USED = "användes inte"
TEXT_ONLY = "bara som text"
ABSENT = "–"
WITHHELD = "visas inte"
PROTECTED = "så att ingen kan kännas igen"
# Why, in the chart where the bar would be: a period's row is kept, so that a gap shows
GAP_SAID = {ABSENT: "ingen siffra"}  # the others as the table says them


@dataclass(frozen=True)
class Point:
    period: str  # when: "februari 2026"; the plan's period where the method was not used
    value: float | None  # None: nothing released for the period
    missing: str = ""  # why there is no value: NOT_USED, TEXT_ONLY, ABSENT or WITHHELD


def gaps(
    view: PlanView, history: History, points: dict[Series, list[Point]], emptied: list[Series]
) -> str:
    """The periods and groups the chart lacks, one sentence per kind, as a list."""
    notes = [
        *_text_only(view, history),
        *(
            f"{capitalised(plan.period.label)} användes inte metoden."
            for plan, m in history
            if not m
        ),
        *_by_series("Det finns ingen siffra för", points, ABSENT),
        *_by_series(f"Visas inte, {PROTECTED}:", points, WITHHELD),
    ]
    if emptied:
        named = "; ".join(_name(s) for s in emptied)
        notes.append(f"Visas inte för något år, {PROTECTED}: {named}.")
    return said_missing(notes)


def said_missing(notes: Sequence[str]) -> str:
    """What a chart leaves out, one note a line, under the words every chart says it with
    (the groups' chart and the one year by year alike); "" when nothing is left out."""
    if not notes:
        return ""
    return "Det här saknas i diagrammet:\n\n" + "\n".join(f"- {note}" for note in notes)


def when(plan: Plan, method: SurveyMethod | None) -> str:
    """When the survey was made ("februari 2026", "hösten 2025"); the plan's period
    ("läsåret 2024/25") for a plan that did not use the method."""
    if method is None:
        return plan.period.label
    return method.date.month_in_words  # a day: its month is enough beside the others


def _text_only(view: PlanView, history: History) -> Iterator[str]:
    """The periods whose plan used the method but gave its result only as text (no
    `delresultat`), and where the reader finds it."""
    for plan, method in history:
        if method is None or method.released.groups:
            continue
        period, made = plain(plan.period.label), when(plan, method)
        target = view.to(uris.plan_page(view.school, plan)) + f"#metod-{method.id}"
        there = link(f"Läs resultatet från {made} i planen för {period}", target)
        yield (
            f"För {period} finns resultatet bara som text i den planen, så {made} saknas i "
            f"diagrammet. {there}."
        )


def _by_series(lead: str, points: dict[Series, list[Point]], why: str) -> Iterator[str]:
    """One sentence naming every series with a gap of this kind, and its periods."""
    named = [
        f"{_name(series)} ({listing(p.period for p in found if p.missing == why)})"
        for series, found in points.items()
        if any(p.missing == why for p in found)
    ]
    if named:
        yield f"{lead} {'; '.join(named)}."


def _name(series: Series) -> str:
    measure, group = series
    return plain(f"{measure}, {group}")
