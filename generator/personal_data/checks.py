"""The tests every personnummer passes: a real date (the day plus 60 for a
samordningsnummer) and the Luhn check digit; and, to be a pupil's, a date at least some
months before the build's day (`youngest_birth`)."""

from __future__ import annotations

import calendar
import datetime as dt

from generator.clock import reference_date


def luhn(digits: str) -> bool:
    """The Luhn check that the last digit of a personnummer satisfies."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return total % 10 == 0


def is_date(yymmdd: str, century: str | None) -> bool:
    year = int((century or "20") + yymmdd[:2])
    month, day = int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:  # samordningsnummer: the day plus 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def youngest_birth() -> dt.date:
    """The first day that is no pupil's birth date: the first of the month eleven months
    before the build's month (less than a year before its day; a child starts förskola at
    about one). Only the month is read, so that what a look remembers
    (`build.scan.passed_digest`, keyed by it) holds a month."""
    return months_before(11)


def months_before(count: int) -> dt.date:
    """The first of the month `count` months before the build's month."""
    today = reference_date()
    months = today.year * 12 + today.month - 1 - count
    return dt.date(months // 12, months % 12 + 1, 1)
