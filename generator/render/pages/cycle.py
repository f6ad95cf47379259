"""The årshjul page (wheel, table by month, calendar link) and its .ics calendar."""

from __future__ import annotations

from generator.diagrams.activitydays import spanned_week, when
from generator.diagrams.ics import render_ics
from generator.diagrams.wheel import render_wheel
from generator.diagrams.wheellayout import ordered_activities
from generator.diagrams.wheellegend import wheel_key
from generator.model import Activity, AnnualCycle, Period, School
from generator.render import uris, words
from generator.render.markdown.blocks import figure, heading, link, page, rel, table
from generator.render.markdown.safety import cell, plain
from generator.vocabulary import CYCLE_STEP_LABELS, NOT_GIVEN

URI = uris.CYCLE


def render_cycle(school: School) -> str:
    cycle = school.annual_cycle
    plan = school.current_plan
    title = f"Årshjul för {plan.period.label}" if plan else "Årshjul"
    blocks = [
        heading(1, plain(title)),
        "Årshjulet visar när vi gör det som står i trygghetsplanen: kartläggning, analys, "
        "åtgärder, uppföljning och förankring. Förankring betyder att personalen, "
        f"{words.pupils(school)} och vårdnadshavarna får veta vad planen säger och får vara "
        "med och tycka till. Samma aktiviteter finns i tabellen under bilden.",
        figure(render_wheel(cycle, "arshjul", title), wheel_key(cycle)),
        heading(2, "Månad för månad", "manader"),
        *_table(cycle, plan.period if plan else None),
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


def _table(cycle: AnnualCycle, period: Period | None) -> list[str]:
    """The activities in the wheel's order, each with its number in the wheel; a note
    after it when a week runs into another month than its activity's."""
    activities = ordered_activities(cycle)
    rows = [_row(n, a, period) for n, a in enumerate(activities, start=1)]
    headers = ["Månad", "Aktivitet", "Steg", "Ansvarig", "Målgrupp"]
    blocks = [table(headers, rows)]
    if period is not None and any(spanned_week(a, period) for a in activities):
        blocks.append(SPANNED_NOTE)
    return blocks


# Why an activity listed under september can start on 31 August (`diagrams.activitydays`).
SPANNED_NOTE = (
    "En vecka som börjar eller slutar i en annan månad står med sina datum. Aktiviteten "
    "står under den månad som skolan har valt, och i kalendern ligger den hela veckan, "
    "från måndag till söndag."
)


def _row(number: int, activity: Activity, period: Period | None) -> list[str]:
    what = f"**{number}. {plain(activity.name)}**"
    if activity.description:
        what += f"<br>{cell(activity.description)}"
    step = CYCLE_STEP_LABELS.get(activity.step, plain(activity.step))
    who = [plain(activity.responsible), plain(activity.audience)]
    return [when(activity, period), what, step, *(text or NOT_GIVEN for text in who)]


def calendar(school: School) -> str | None:
    """The årshjul as an iCalendar file for the current plan's period, if there is a plan."""
    plan = school.current_plan
    if plan is None:
        return None
    return render_ics(school.annual_cycle, plan.period, school.id, school.name, plan)
