"""The årshjul as an iCalendar file (RFC 5545) that staff can subscribe to or import.

Each activity becomes one all-day event: the whole month, or the Monday-to-Monday
week when the activity names a week (`diagrams.activitydays`; a week that runs into
another month says which month the årshjul lists it under). With the plan, each
åtgärd's follow-up and the plan's own follow-up become all-day events too, over the
days their date names (one day, or the whole month, week or term). The output depends
on nothing but its input (DTSTAMP comes from the period, not the clock), so builds stay
byte-identical.
"""

from __future__ import annotations

import datetime as dt

from generator.diagrams.activitydays import event_dates, spanned_week
from generator.model import Activity, AnnualCycle, Period, Plan, PlanDate
from generator.vocabulary import CYCLE_STEP_LABELS

PRODID = "-//trygg//trygg//SV"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never splitting a UTF-8 character."""
    if len(line) * 4 <= MAX_OCTETS or len(line.encode("utf-8")) <= MAX_OCTETS:
        return line  # most lines fit: no need to weigh each character
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        # Continuation lines start with a space, which counts towards their 75 octets.
        if size + octets > MAX_OCTETS:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += octets
    return "\r\n".join([*pieces, current])


def span(when: PlanDate) -> tuple[dt.date, dt.date]:
    """Start and (exclusive) end of a plan date's all-day event: its first to its last day."""
    return when.first, when.last + dt.timedelta(days=1)


def _vevent(uid: str, stamp: str, days: tuple[dt.date, dt.date], texts: list[str]) -> list[str]:
    summary, description, category = texts
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{days[0]:%Y%m%d}",
        f"DTEND;VALUE=DATE:{days[1]:%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(category)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def _described(pairs: tuple[tuple[str, str], ...]) -> str:
    """ "Label: text" lines for the texts that are given."""
    return "\n".join(f"{label}: {text}" for label, text in pairs if text)


def _event(activity: Activity, period: Period, school_id: str, stamp: str) -> list[str]:
    step = CYCLE_STEP_LABELS.get(activity.step, activity.step)
    spanned = spanned_week(activity, period)
    listed = f"{activity.month}, {spanned}" if spanned else ""
    who = (
        ("I årshjulet", listed),
        ("Ansvarig", activity.responsible),
        ("Målgrupp", activity.audience),
        ("Steg", step),
    )
    uid = f"{activity.id}-{period.id}@{school_id}.trygg"
    texts = [activity.name, _described(who), step]
    return _vevent(uid, stamp, event_dates(activity, period), texts)


def _follow_ups(plan: Plan, school_id: str, stamp: str) -> list[str]:
    """The åtgärder's follow-ups and the plan's, each over the days its date names (those
    without a date have no event).

    The UIDs hold a "+", which an activity's id cannot, so they never meet an activity's.
    """
    step, period = CYCLE_STEP_LABELS["uppföljning"], plan.period.id
    lines: list[str] = []
    for measure in plan.measures:
        if measure.follow_up_when is None:
            continue
        uid = f"uppfoljning+{measure.id}-{period}@{school_id}.trygg"
        # a calendar's reader knows the åtgärd by its title; the id only says the plan's row
        summary = f"Uppföljning: {measure.title}" if measure.title else f"Uppföljning: {measure.id}"
        description = _described(
            (("Ansvarig", measure.responsible), ("Hur", measure.follow_up_how))
        )
        lines += _vevent(uid, stamp, span(measure.follow_up_when), [summary, description, step])
    follow_up = plan.follow_up
    if follow_up is None:
        return lines
    uid = f"uppfoljning+planen-{period}@{school_id}.trygg"
    texts = ["Uppföljning av trygghetsplanen", f"Ansvarig: {follow_up.responsible}", step]
    return lines + _vevent(uid, stamp, span(follow_up.by), texts)


def render_ics(
    cycle: AnnualCycle, period: Period, school_id: str, school_name: str, plan: Plan | None = None
) -> str:
    """The whole calendar: CRLF line endings, folded lines, one VEVENT per activity (and per
    follow-up in `plan`)."""
    stamp = f"{period.start:%Y%m%d}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(f'Årshjul {period.label} – {school_name}')}",
    ]
    for activity in cycle.activities:
        lines += _event(activity, period, school_id, stamp)
    if plan is not None:
        lines += _follow_ups(plan, school_id, stamp)
    lines.append("END:VCALENDAR")
    return "".join(f"{fold(line)}\r\n" for line in lines)
