"""The årshjul page (wheel, table by month, calendar link) and its .ics calendar."""

from __future__ import annotations

from generator.diagrams.ics import render_ics
from generator.diagrams.wheel import render_wheel
from generator.diagrams.wheellayout import ordered_activities
from generator.model import Activity, AnnualCycle, School
from generator.render import uris
from generator.render.markdown.blocks import figure, heading, link, page, rel, table
from generator.render.markdown.safety import cell, plain
from generator.text import capitalised
from generator.vocabulary import CYCLE_STEP_LABELS, NOT_GIVEN

URI = uris.CYCLE


def render_cycle(school: School) -> str:
    cycle = school.annual_cycle
    plan = school.current_plan
    title = f"Årshjul för {plan.period.label}" if plan else "Årshjul"
    blocks = [
        heading(1, plain(title)),
        "Årshjulet visar när vi gör det som står i trygghetsplanen: kartläggning, analys, "
        "åtgärder, uppföljning och förankring. Samma aktiviteter finns i tabellen under bilden.",
        figure(render_wheel(cycle, "arshjul", title)),
        heading(2, "Månad för månad", "manader"),
        _table(cycle),
    ]
    if plan is not None:
        calendar = link("Prenumerera på årshjulet i din kalender", rel(URI, uris.ICS))
        blocks += [
            heading(2, "Årshjulet i din kalender", "kalender"),
            f"{calendar} (en .ics-fil). Kopiera länken och lägg till den som kalender från "
            "internet i Outlook eller Google Kalender, så ser du aktiviteterna och när "
            "åtgärderna och planen ska följas upp bland dina egna och får ändringar "
            "automatiskt.",
        ]
    return page(*blocks)


def _table(cycle: AnnualCycle) -> str:
    """The activities in the wheel's order, each with its number in the wheel."""
    rows = [_row(n, a) for n, a in enumerate(ordered_activities(cycle), start=1)]
    headers = ["Månad", "Aktivitet", "Steg", "Ansvarig", "Målgrupp"]
    return table(headers, rows)


def _row(number: int, activity: Activity) -> list[str]:
    when = capitalised(activity.month)
    if activity.week is not None:
        when += f" (vecka {activity.week})"
    what = f"**{number}. {plain(activity.name)}**"
    if activity.description:
        what += f"<br>{cell(activity.description)}"
    step = CYCLE_STEP_LABELS.get(activity.step, plain(activity.step))
    who = [plain(activity.responsible), plain(activity.audience)]
    return [when, what, step, *(text or NOT_GIVEN for text in who)]


def calendar(school: School) -> str | None:
    """The årshjul as an iCalendar file for the current plan's period, if there is a plan."""
    plan = school.current_plan
    if plan is None:
        return None
    return render_ics(school.annual_cycle, plan.period, school.id, school.name, plan)
