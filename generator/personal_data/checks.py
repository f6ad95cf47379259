"""The two tests every personnummer passes: a real date (the day plus 60 for a
samordningsnummer) and the Luhn check digit."""

from __future__ import annotations

import calendar


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
