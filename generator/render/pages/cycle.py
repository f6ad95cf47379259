"""The årshjul page (wheel, table by month, calendar link) and its .ics calendar."""

from __future__ import annotations

import re

from generator.diagrams.activitydays import spanned_week, when
from generator.diagrams.ics import render_ics
from generator.diagrams.wheel import render_wheel
from generator.diagrams.wheellayout import ordered_activities
from generator.diagrams.wheellegend import wheel_key
from generator.model import Activity, AnnualCycle, Plan, School
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
        *_table(cycle, plan),
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


def _table(cycle: AnnualCycle, plan: Plan | None) -> list[str]:
    """The activities in the wheel's order, each with its number in the wheel; a note
    after it when a week runs into another month than its activity's."""
    activities = ordered_activities(cycle)
    period = plan.period if plan else None
    rows = [_row(n, a, plan) for n, a in enumerate(activities, start=1)]
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


def _row(number: int, activity: Activity, plan: Plan | None) -> list[str]:
    what = f"**{number}. {plain(activity.name)}**"
    if activity.description:
        what += f"<br>{_named(cell(activity.description), plan)}"
    step = CYCLE_STEP_LABELS.get(activity.step, plain(activity.step))
    who = [plain(activity.responsible), plain(activity.audience)]
    period = plan.period if plan else None
    return [when(activity, period), what, step, *(text or NOT_GIVEN for text in who)]


# "åtgärd A6", "mål M2" in an activity's text: the plan's ids, which the årshjul's reader
# does not know.
MENTION = re.compile(r"\b(åtgärd|mål) ((A|M)\d+)\b")


def _named(md: str, plan: Plan | None) -> str:
    """`md` with each "åtgärd A6" or "mål M2" the plan has as "åtgärden <its title>",
    linked to it in the plan, as the plan page names them (`render.plan.refs`)."""

    def named(match: re.Match[str]) -> str:
        kind, id_, letter = match.groups()
        if plan is None or (kind == "åtgärd") != (letter == "A"):
            return match.group(0)
        measure = plan.measure(id_) if letter == "A" else None
        goal = next((g for g in plan.goals if g.id == id_), None)
        title = measure.title if measure else goal.text.rstrip(".") if goal else ""
        if not title:
            return match.group(0)
        anchor = uris.measure_anchor(id_) if measure else uris.goal_anchor(id_)
        where = rel(URI, uris.PLAN) + "#" + anchor
        return f"{kind}{'en' if measure else 'et'} {link(plain(title), where)}"

    return MENTION.sub(named, md)


def calendar(school: School) -> str | None:
    """The årshjul as an iCalendar file for the current plan's period, if there is a plan."""
    plan = school.current_plan
    if plan is None:
        return None
    return render_ics(school.annual_cycle, plan.period, school.id, school.name, plan)
