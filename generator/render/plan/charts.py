"""The survey results of a plan as bar charts, beside the tables they summarise.

A chart shows only the groups whose figures the disclosure step releases
(`model.disclosure`): a withheld group is no bar, no label and no word of its
text alternative, which counts the groups left out. Under the chart a note names them
("Det här saknas i diagrammet", as under the chart year by year), as the table does, so
that a chart of Åk 7 and Åk 9 is not read as if only they answered; no figure of theirs
is said, nor why each is withheld. The table stays the accessible alternative, and the
chart names it by id (`aria-describedby`). A goal that names the method and a measure
(`mål.mätning`) is drawn across that measure's bars at its aim, as in the chart year by
year (`plan.aims`).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.colours import DEFAULT_BRAND
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import SAME_NUMBERS, chart_box
from generator.model import SurveyMethod
from generator.model.disclosure import ReleasedGroup
from generator.render.markdown.blocks import figure
from generator.render.markdown.safety import plain
from generator.render.plan import aims, takeaways
from generator.render.plan.trend_gaps import PROTECTED, said_missing
from generator.render.plan.view import PlanView
from generator.shares import one_precision
from generator.text import listing


def table_id(index: int) -> str:
    """The id of the table of the plan's `index`th method (ids of the content may hold
    letters an XML id cannot)."""
    return f"resultat-metod-{index}"


def survey_chart(view: PlanView, method: SurveyMethod, index: int) -> str:
    """The chart of the method's released group results, or "" when none is released."""
    sections = tuple(
        BarSection(aims.titled(s.title, goals), s.bars, aims.targets(goals))
        for s in chart_sections(method.released.groups)
        for goals in [aims.measurements(view.plan, method, s.title)]
    )
    if not sections:
        return ""
    colour = view.school.brand_colour or DEFAULT_BRAND
    title = f"Resultat per grupp: {method.method}"
    left_out = withheld(method.released.groups)
    svg = render_bars(
        sections,
        f"diagram-metod-{index}",
        title,
        colour=colour,
        table_id=table_id(index),
        summary=takeaways.by_group(sections, len(left_out)),
    )
    chart = figure(chart_box(svg), caption=SAME_NUMBERS)
    named = listing(plain(name) for name in left_out)
    missing = said_missing([f"Visas inte, {PROTECTED}: {named}."] if left_out else [])
    return "\n\n".join(part for part in (chart, missing) if part)


def withheld(groups: Sequence[ReleasedGroup]) -> list[str]:
    """The groups the chart leaves out (the table's "Visas inte"), in the table's order:
    a group shown under another measure named with the measures it is left out of."""
    hidden: dict[str, list[str]] = {}
    shown = set()
    for group in groups:
        if _drawn(group):
            shown.add(group.group)
        else:
            hidden.setdefault(group.group, []).append(group.measure)
    return [
        f"{group} ({listing(measures)})" if group in shown else group
        for group, measures in hidden.items()
    ]


def _drawn(group: ReleasedGroup) -> bool:
    """Whether the chart draws the group's bar: released, with its count of answers."""
    return not group.withheld and group.percent is not None and group.responses is not None


def chart_sections(groups: Sequence[ReleasedGroup]) -> tuple[BarSection, ...]:
    """One section per measure, in the order written, of the groups that are released."""
    by_measure: dict[str, list[Bar]] = {}
    percent = one_precision(group_shares(groups))  # as the table writes them
    for group in groups:
        if not _drawn(group) or group.percent is None:
            continue
        bar = Bar(group.group, group.percent, percent(group.percent))
        by_measure.setdefault(group.measure, []).append(bar)
    return tuple(BarSection(measure, tuple(bars)) for measure, bars in by_measure.items())


def group_shares(groups: Sequence[ReleasedGroup]) -> list[float]:
    """The shares of the groups shown (released, with their count of answers): those the
    chart and the table write at one precision."""
    return [g.percent for g in groups if _drawn(g) and g.percent is not None]
