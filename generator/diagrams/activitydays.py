"""When an årshjul activity happens in a period: the days of its calendar event, and the
words the årshjul's page and its calendar say them in, so that both tell the same.

An activity in a week is in the calendar the whole week, Monday to Sunday, as "vecka 36"
means to a reader. A week can start or end in another month than the activity's own
(week 36 of 2026 starts on 31 August, for an activity in september): the page then gives
the week's days beside it, and the calendar's event says which month the årshjul lists
it under, so a reader who sees it start in August knows why.
"""

from __future__ import annotations

import datetime as dt

from generator.load.weeks import week_monday, week_span, year_of
from generator.model import Activity, Period
from generator.text import capitalised


def _monday(activity: Activity, period: Period) -> dt.date | None:
    """The Monday of the activity's week in the period, if it names one that touches its
    month (`trygg check` tells of one that does not: TP048)."""
    if activity.week is None:
        return None
    month = activity.month_number
    return week_monday(year_of(month, period.start), month, activity.week)


def event_dates(activity: Activity, period: Period) -> tuple[dt.date, dt.date]:
    """Start and (exclusive) end of the activity's all-day event: its week, else its month."""
    if (monday := _monday(activity, period)) is not None:
        return monday, monday + dt.timedelta(days=7)
    year = year_of(activity.month_number, period.start)
    start = dt.date(year, activity.month_number, 1)
    end = dt.date(year + 1, 1, 1) if start.month == 12 else dt.date(year, start.month + 1, 1)
    return start, end


def spanned_week(activity: Activity, period: Period) -> str:
    """ "vecka 36: 31 augusti–6 september" when the activity's week has days in another
    month than its own; "" when it has not, or names no week."""
    monday = _monday(activity, period)
    if monday is None:
        return ""
    sunday = monday + dt.timedelta(days=6)
    if monday.month == sunday.month == activity.month_number:
        return ""
    return f"vecka {activity.week}: {week_span(monday)}"


def when(activity: Activity, period: Period | None) -> str:
    """The activity's month (and week) as the page's table says it: "September",
    "September (vecka 37)", or with the week's days when it spans two months:
    "September (vecka 36: 31 augusti–6 september)"."""
    month = capitalised(activity.month)
    if activity.week is None:
        return month
    spanned = spanned_week(activity, period) if period is not None else ""
    return f"{month} ({spanned or f'vecka {activity.week}'})"
