"""The årshjul as an iCalendar file (RFC 5545) that staff can subscribe to or import.

Each activity becomes one all-day event: the whole month, or the Monday-to-Monday
week when the activity names a week. The output depends on nothing but its input
(DTSTAMP comes from the period, not the clock), so builds stay byte-identical.
"""

from __future__ import annotations

import calendar
import datetime as dt

from generator.model import Activity, AnnualCycle, Period
from generator.vocabulary import CYCLE_STEP_LABELS

PRODID = "-//trygg//trygg//SV"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never splitting a UTF-8 character."""
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


def _year_of(month: int, period: Period) -> int:
    """The year in which the period passes through `month` (a läsår spans two years)."""
    return period.start.year if month >= period.start.month else period.start.year + 1


def _week_monday(year: int, month: int, week: int) -> dt.date | None:
    """The Monday of ISO week `week` nearest the middle of the month, if that week touches it.

    Week 1 can start in late December and week 52 or 53 can run into January,
    so the ISO year may differ from the calendar year. None when no such week
    overlaps the month (week 53 in a year of 52 weeks, or week 12 in september);
    `trygg check` reports those (TP048).
    """
    first = dt.date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    middle = dt.date(year, month, 15)
    mondays = []
    for iso_year in (year - 1, year, year + 1):
        try:
            monday = dt.date.fromisocalendar(iso_year, week, 1)
        except ValueError:  # week 53 in a year that has 52, or a week out of range
            continue
        if monday <= last and monday + dt.timedelta(days=6) >= first:
            mondays.append(monday)
    if not mondays:
        return None
    return min(mondays, key=lambda monday: abs((monday - middle).days))


def event_dates(activity: Activity, period: Period) -> tuple[dt.date, dt.date]:
    """Start and (exclusive) end of the activity's all-day event: its week, else its month."""
    month = activity.month_number
    year = _year_of(month, period)
    if activity.week and (monday := _week_monday(year, month, activity.week)) is not None:
        return monday, monday + dt.timedelta(days=7)
    start = dt.date(year, month, 1)
    end = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return start, end


def _event(activity: Activity, period: Period, school_id: str, stamp: str) -> list[str]:
    start, end = event_dates(activity, period)
    step = CYCLE_STEP_LABELS.get(activity.step, activity.step)
    who = (("Ansvarig", activity.responsible), ("Målgrupp", activity.audience))
    description = "".join(f"{label}: {text}\n" for label, text in who if text) + f"Steg: {step}"
    return [
        "BEGIN:VEVENT",
        f"UID:{activity.id}-{period.id}@{school_id}.trygg",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
        f"DTEND;VALUE=DATE:{end:%Y%m%d}",
        f"SUMMARY:{escape_text(activity.name)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"CATEGORIES:{escape_text(step)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def render_ics(cycle: AnnualCycle, period: Period, school_id: str, school_name: str) -> str:
    """The whole calendar: CRLF line endings, folded lines, one VEVENT per activity."""
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
    lines.append("END:VCALENDAR")
    return "".join(f"{fold(line)}\r\n" for line in lines)
