"""The survey results of a plan as bar charts, beside the tables they summarise.

A chart shows only the groups whose figures the disclosure step releases
(`model.disclosure`): a withheld group is no bar, no label and no word of its
text alternative. The table stays the accessible alternative, and the chart names
it by id (`aria-describedby`). A goal that names the method and a measure (`mål.mätning`) is
drawn across that measure's bars at its aim, as in the chart year by year (`plan.aims`).
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.colours import DEFAULT_BRAND
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import SAME_NUMBERS, chart_box
from generator.model import SurveyMethod
from generator.model.disclosure import ReleasedGroup
from generator.render.markdown.blocks import figure
from generator.render.plan import aims, takeaways
from generator.render.plan.view import PlanView
from generator.shares import one_precision


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
    svg = render_bars(
        sections,
        f"diagram-metod-{index}",
        title,
        colour=colour,
        table_id=table_id(index),
        summary=takeaways.by_group(sections),
    )
    return figure(chart_box(svg), caption=SAME_NUMBERS)


def chart_sections(groups: Sequence[ReleasedGroup]) -> tuple[BarSection, ...]:
    """One section per measure, in the order written, of the groups that are released."""
    by_measure: dict[str, list[Bar]] = {}
    percent = one_precision(group_shares(groups))  # as the table writes them
    for group in groups:
        if group.withheld or group.percent is None or group.responses is None:
            continue
        bar = Bar(group.group, group.percent, percent(group.percent))
        by_measure.setdefault(group.measure, []).append(bar)
    return tuple(BarSection(measure, tuple(bars)) for measure, bars in by_measure.items())


def group_shares(groups: Sequence[ReleasedGroup]) -> list[float]:
    """The shares of the groups shown (released, with their count of answers): those the
    chart and the table write at one precision."""
    return [
        g.percent
        for g in groups
        if not g.withheld and g.percent is not None and g.responses is not None
    ]
