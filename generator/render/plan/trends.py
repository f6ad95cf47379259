"""A survey method followed over the school's published periods, as a chart and a table.

A method is the same method from year to year when it keeps its id (K1 in 2025-26 and
in 2026-27), or names last period's id in `fortsätter`. Each measure and group gets its
bars, one per period, from what the disclosure step released in that period's plan,
named by when the survey was made ("februari 2026": a plan's kartläggning is made
before the period it is for, so the period's name would date it a year late); a goal
that names the method and the measure (`mål.mätning`) is drawn as a mark across the bars
at its aim ("mål 90 %"). The section is there whenever an earlier plan used the method,
even with a single value to draw; periods and groups without a released value are named
once under the chart (`trend_gaps`), never drawn.
"""

from __future__ import annotations

import re

from generator.colours import DEFAULT_BRAND
from generator.diagrams.barprint import render_print_parts
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import SAME_NUMBERS, chart_box, printed_boxes
from generator.model import Plan, SurveyMethod
from generator.render.markdown.blocks import figure, table
from generator.render.markdown.safety import plain
from generator.render.plan import aims, takeaways
from generator.render.plan.captions import captioned
from generator.render.plan.trend_gaps import (
    ABSENT,
    GAP_SAID,
    NOT_USED,
    TEXT_ONLY,
    WITHHELD,
    History,
    Point,
    Series,
    gaps,
    when,
)
from generator.render.plan.view import PlanView
from generator.shares import Percent, one_precision

INTRO = "Så har resultaten ändrats från år till år, i de planer som finns publicerade här"


def trend(view: PlanView, method: SurveyMethod, index: int) -> str:
    """The method's results over the periods it was followed in, drawn as far as they
    exist (one value is still a point, beside its aim), or "" when no earlier plan has it."""
    history = _history(view, method)
    if len(history) < 2:
        return ""
    drawn, emptied = _series(history)
    points = {s: [_point(plan, found, s) for plan, found in history] for s in drawn}
    missing = gaps(view, history, points, emptied)
    if not drawn:
        return "\n\n".join([f"{INTRO}. Inget av dem kan visas i ett diagram.", missing])
    table_id = f"trend-metod-{index}"
    goals = {s: aims.aim_text(aims.measurements(view.plan, method, s[0])) for s in drawn}
    title = f"Resultat år för år: {method.method}"
    # one precision in the chart and its table: "87,0 %" beside "87,5 %", never "87 %"
    percent = one_precision(
        p.value for found in points.values() for p in found if p.value is not None
    )
    sections = [_section(view.plan, method, s, found, percent) for s, found in points.items()]
    colour = view.school.brand_colour or DEFAULT_BRAND
    svg = render_bars(
        sections,
        f"trend-{index}",
        title,
        colour=colour,
        table_id=table_id,
        summary=takeaways.over_time(sections, _followed(history, points, goals)),
    )
    printed = render_print_parts(
        sections,
        f"trend-{index}",
        title,
        colour=colour,
        table_id=table_id,
        summary=takeaways.over_time,
    )
    chart = figure(chart_box(svg) + printed_boxes(printed), caption=SAME_NUMBERS)
    table_ = captioned(title, _table(history, points, goals, percent), table_id)
    parts = [f"{INTRO}:", chart, missing, table_]
    return "\n\n".join(p for p in parts if p)


def _followed(history: History, points: dict[Series, list[Point]], goals: dict[Series, str]) -> str:
    """What the chart follows, for its text alternative: its series, their aims and its
    periods, as its table names them."""
    aimed = {measure: aim for (measure, _group), aim in goals.items() if aim}
    return takeaways.followed(list(points), aimed, [when(p, m) for p, m in history])


def _history(view: PlanView, method: SurveyMethod) -> History:
    """The same method in each of the school's plans up to this one, oldest first, from
    the first that used it: by its id, or by the id it says it continues (`fortsätter`)
    in the period before."""
    plans = view.school.plans
    earlier = plans[: plans.index(view.plan)] if view.plan in plans else ()
    found: list[tuple[Plan, SurveyMethod | None]] = [(view.plan, method)]
    wanted = method.continues or method.id
    for plan in reversed(earlier):
        same = next((m for m in plan.survey.methods if m.id == wanted), None)
        found.append((plan, same))
        wanted = (same.continues or same.id) if same else wanted
    while found[-1][1] is None:  # the plans before the method was first used
        found.pop()
    return found[::-1]


def _series(history: History) -> tuple[list[Series], list[Series]]:
    """Every (measure, group) released in some period, this period's first; and those
    the disclosure step withheld in every period they were given."""
    drawn: dict[Series, None] = {}
    given: dict[Series, None] = {}
    for _plan, method in reversed(history):
        for group in method.released.groups if method else ():
            given.setdefault((group.measure, group.group), None)
            if not group.withheld and group.percent is not None:
                drawn.setdefault((group.measure, group.group), None)
    return in_order(list(drawn)), [s for s in given if s not in drawn]


GRADE = re.compile(r"(?:åk|årskurs)\s*(\d+)\b", re.IGNORECASE)


def in_order(series: list[Series]) -> list[Series]:
    """Each measure's series together, in the order the measures first come; within one,
    the grades in their natural order (förskoleklass, Åk 1 … Åk 9), then the other groups
    as written: a group withheld this year came last, after "Flickor"."""
    measures = list(dict.fromkeys(measure for measure, _group in series))

    def key(item: tuple[int, Series]) -> tuple[int, int, int]:
        at, (measure, group) = item
        grade = GRADE.match(group.strip())
        if group.strip().casefold() in ("f", "förskoleklass", "fsk"):
            return (measures.index(measure), 0, -1)
        if grade is not None:
            return (measures.index(measure), 0, int(grade.group(1)))
        return (measures.index(measure), 1, at)

    return [s for _at, s in sorted(enumerate(series), key=key)]


def _point(plan: Plan, method: SurveyMethod | None, series: Series) -> Point:
    label = when(plan, method)
    if method is None:
        return Point(label, None, NOT_USED)
    for group in method.released.groups:
        if (group.measure, group.group) == series:
            if group.withheld:
                return Point(label, None, WITHHELD)
            if group.percent is not None:
                return Point(label, group.percent)
    return Point(label, None, ABSENT if method.released.groups else TEXT_ONLY)


def _section(
    plan: Plan, method: SurveyMethod, series: Series, points: list[Point], percent: Percent
) -> BarSection:
    measure, group = series
    goals = aims.measurements(plan, method, measure)
    # a period without a value keeps its row, saying why; not a withheld one, which no
    # chart draws in any way (the list under it names it, as the group's chart does)
    bars = tuple(
        Bar(p.period, p.value, percent(p.value))
        if p.value is not None
        else Bar(p.period, 0.0, GAP_SAID.get(p.missing, p.missing), missing=True)
        for p in points
        if p.missing != WITHHELD
    )
    return BarSection(aims.titled(f"{measure}, {group}", goals), bars, aims.targets(goals))


def _table(
    history: History,
    points: dict[Series, list[Point]],
    aims: dict[Series, str],
    percent: Percent,
) -> str:
    """The chart's figures as a table, with the goal's aim where there is one."""
    goal = ["Mål"] if any(aims.values()) else []
    headers = ["Mått", "Grupp", *(when(plan, method) for plan, method in history), *goal]
    rows = [
        [
            plain(measure),
            plain(group),
            *(percent(p.value) if p.value is not None else p.missing for p in found),
            *([plain(aims[(measure, group)])] if goal else []),
        ]
        for (measure, group), found in points.items()
    ]
    return table(headers, rows)
