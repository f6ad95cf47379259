"""SOURCE_DATE_EPOCH checked before a command runs (`generator.clock` reads it): a day
far off, as 9999-12-31, would overflow the dates reckoned from it and the build's file
times, so it is refused in one Swedish line instead."""

from __future__ import annotations

import os

from generator.clock import reference_date
from generator.load.dates import OUTSIDE_YEARS, YEARS, day_in_words


def epoch_problem() -> str:
    """Why SOURCE_DATE_EPOCH names no day in the years content may name (`load.dates`),
    in Swedish with what to write; "" when it names one or is not set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return ""
    try:
        day = reference_date()
    except (OverflowError, OSError, ValueError):
        said = f"SOURCE_DATE_EPOCH={epoch[:30]} är ingen tidpunkt som trygg kan räkna med"
    else:
        if day.year in YEARS:
            return ""
        said = f"SOURCE_DATE_EPOCH={epoch} är {day_in_words(day)}, som {OUTSIDE_YEARS}"
    return (
        f"{said}; ange dagen som sekunder sedan 1970-01-01 (UTC), t.ex. 1795608000 för "
        "25 november 2026, eller ta bort variabeln"
    )
