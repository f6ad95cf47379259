"""A survey method followed over the school's published periods, as a chart and a table.

A method is the same method from year to year when it keeps its id (K1 in 2025-26 and
in 2026-27), or names last period's id in `fortsätter`. Each measure and group gets its
bars, one per period, from what the disclosure step released in that period's plan,
named by when the survey was made ("februari 2026": a plan's kartläggning is made
before the period it is for, so the period's name would date it a year late); a goal
that names the method and the measure (`mål.mätning`) is drawn as a dashed line at its
aim. Periods without a released value are named, never drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.colours import DEFAULT_BRAND
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import SAME_NUMBERS, chart_box
from generator.model import Measurement, Plan, SurveyMethod
from generator.render import words
from generator.render.markdown.blocks import figure, table
from generator.render.markdown.safety import plain
from generator.render.plan.view import PlanView
from generator.vocabulary import MONTHS

Series = tuple[str, str]  # (measure, group)


@dataclass(frozen=True)
class Point:
    period: str  # when: "februari 2026"; the plan's period where the method was not used
    value: float | None  # None: nothing released for the period
    missing: str = ""  # why there is no value


def trend(view: PlanView, method: SurveyMethod, index: int) -> str:
    """The method's results over the periods, or "" when fewer than two periods have one."""
    history = _history(view, method)
    series = _series(history)
    points = {s: [_point(plan, found, s) for plan, found in history] for s in series}
    if not any(sum(p.value is not None for p in found) >= 2 for found in points.values()):
        return ""
    table_id = f"trend-metod-{index}"
    aims = {s: _aim_text(_aims(view.plan, method, s[0])) for s in series}
    title = f"Resultat år för år: {method.method}"
    sections = [_section(view.plan, method, s, found) for s, found in points.items()]
    colour = view.school.brand_colour or DEFAULT_BRAND
    svg = render_bars(sections, f"trend-{index}", title, colour=colour, table_id=table_id)
    intro = (
        "Resultat år för år, från varje plan som finns publicerad här, efter när "
        "undersökningen gjordes:"
    )
    chart = figure(chart_box(svg, title), caption=SAME_NUMBERS)
    parts = [intro, chart, _missing(points), _table(table_id, history, points, aims)]
    return "\n\n".join(p for p in parts if p)


def _history(view: PlanView, method: SurveyMethod) -> list[tuple[Plan, SurveyMethod | None]]:
    """The same method in each of the school's plans up to this one, oldest first: by its
    id, or by the id it says it continues (`fortsätter`) in the period before."""
    plans = view.school.plans
    earlier = plans[: plans.index(view.plan)] if view.plan in plans else ()
    found: list[tuple[Plan, SurveyMethod | None]] = [(view.plan, method)]
    wanted = method.continues or method.id
    for plan in reversed(earlier):
        same = next((m for m in plan.survey.methods if m.id == wanted), None)
        found.append((plan, same))
        wanted = (same.continues or same.id) if same else wanted
    return found[::-1]


def _series(history: list[tuple[Plan, SurveyMethod | None]]) -> list[Series]:
    """Every (measure, group) released in some period, this period's first."""
    found: dict[Series, None] = {}
    for _plan, method in reversed(history):
        for group in method.released.groups if method else ():
            if not group.withheld and group.percent is not None:
                found.setdefault((group.measure, group.group), None)
    return list(found)


def _when(plan: Plan, method: SurveyMethod | None) -> str:
    """When the survey was made ("februari 2026", "hösten 2025"); the plan's period
    ("läsåret 2024/25") for a plan that did not use the method."""
    if method is None:
        return plan.period.label
    made = method.date
    if made.first == made.last:  # a day: its month is enough beside the others
        return f"{MONTHS[made.first.month - 1]} {made.first.year}"
    return words.date(made)


def _point(plan: Plan, method: SurveyMethod | None, series: Series) -> Point:
    label = _when(plan, method)
    if method is None:
        return Point(label, None, "metoden användes inte")
    for group in method.released.groups:
        if (group.measure, group.group) == series:
            if group.withheld or group.percent is None:
                return Point(label, None, "redovisas inte")
            return Point(label, group.percent)
    return Point(label, None, "ingen uppgift")


def _aims(plan: Plan, method: SurveyMethod, measure: str) -> list[Measurement]:
    """The goals' measurements that name this method and measure (`mål.mätning`)."""
    return [
        g.measurement
        for g in plan.goals
        if g.measurement
        and (g.measurement.method_id, g.measurement.measure) == (method.id, measure)
    ]


def _aim_text(goals: list[Measurement]) -> str:
    return ", ".join(m.aim for m in goals if m.aim)


def _section(plan: Plan, method: SurveyMethod, series: Series, points: list[Point]) -> BarSection:
    measure, group = series
    goals = _aims(plan, method, measure)
    aims = _aim_text(goals)
    title = f"{measure}, {group}" + (f" (mål: {aims})" if aims else "")
    targets = tuple(t for m in goals for t in (m.at_least, m.at_most) if t is not None)
    bars = tuple(
        Bar(p.period, p.value, words.percent(p.value)) for p in points if p.value is not None
    )
    return BarSection(title, bars, targets)


def _missing(points: dict[Series, list[Point]]) -> str:
    gaps = [
        f"{measure}, {group}, {p.period}: {p.missing}"
        for (measure, group), found in points.items()
        for p in found
        if p.value is None
    ]
    return ("Saknas i diagrammet: " + "; ".join(plain(g) for g in gaps) + ".") if gaps else ""


def _table(
    table_id: str,
    history: list[tuple[Plan, SurveyMethod | None]],
    points: dict[Series, list[Point]],
    aims: dict[Series, str],
) -> str:
    """The chart's figures as a table, with the goal's aim where there is one."""
    goal = ["Mål"] if any(aims.values()) else []
    headers = ["Mått", "Grupp", *(_when(plan, method) for plan, method in history), *goal]
    rows = [
        [
            plain(measure),
            plain(group),
            *(words.percent(p.value) if p.value is not None else "–" for p in found),
            *([plain(aims[(measure, group)])] if goal else []),
        ]
        for (measure, group), found in points.items()
    ]
    return f'<div class="trygg-table" id="{table_id}" markdown>\n\n{table(headers, rows)}\n\n</div>'
