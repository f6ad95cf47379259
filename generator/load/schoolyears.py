"""Läsår: which one a day is in, how a plan file names it, and years moved in a text.

One definition of "the current läsår", for every hint, suggested file name and new plan
(TP035, TP101, `trygg ny-period`, the example dates in hints):

A läsår counts from 1 July to 30 June. That is the läsår of Skolverket's statistics and
of the terms plans write (`load.dates`: ht 2026 is 1 juli–31 december), and it fits the
school's year: teaching ends in June (skolförordningen 3 kap. 3 §), and the plan for the
coming läsår is drafted and decided in June–August. So from 1 July a new plan is for
the läsår about to start, not for the one whose last weeks are a summer break.

Only names use it. Whether a plan is in force is its giltighet's question alone
(`model.status`): no plan is in force or out of force by the läsår of today. The days a
plan file's period covers (`layout.period_bounds`: 1 August–31 July, so that a plan
decided in August runs until the next one is) are another meaning, kept where it is.
"""

from __future__ import annotations

import datetime as dt
import re

START_MONTH = 7  # 1 July: the first day of a läsår (see above)


def first_year(day: dt.date) -> int:
    """The year the läsår that `day` is in starts: 2026 for any day 1 July 2026–30 June 2027."""
    return day.year if day.month >= START_MONTH else day.year - 1


def name(first: int) -> str:
    """A läsår as a plan file names it: "2026-27" for the one starting in 2026."""
    return f"{first}-{(first + 1) % 100:02d}"


def of_day(day: dt.date) -> str:
    """The name of the läsår `day` is in: "2026-27" for 1 July 2026 to 30 June 2027."""
    return name(first_year(day))


def days(first: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the läsår starting in `first`."""
    return dt.date(first, START_MONTH, 1), dt.date(first + 1, START_MONTH, 1) - dt.timedelta(1)


def is_pair(first: int, second: int) -> bool:
    """Whether two years, the second written with two digits ("2026-27"), name a läsår
    (not a month such as 2026-10)."""
    return second == (first + 1) % 100


# A year, with the end of a period such as 2026-27 or 2026/27 (not a date's month).
YEAR = re.compile(r"(?<!\d)(20[2-3]\d)(?:([-/–])(\d\d)(?![\d-]))?(?!\d)")


def shifted(text: str, years: int) -> str:
    """Every year in `text` `years` later: of dates, weeks, terms and läsår (2026-27 →
    2027-28); a month (2026-10) keeps its month."""

    def later(match: re.Match[str]) -> str:
        start = str(int(match[1]) + years)
        if not match[2]:
            return start
        if not is_pair(int(match[1]), int(match[3])):  # a month such as 2025-10
            return start + match[2] + match[3]
        return f"{start}{match[2]}{(int(match[3]) + years) % 100:02}"

    return YEAR.sub(later, text) if years else text
