"""SOURCE_DATE_EPOCH checked before a command or a site build runs (`generator.clock`
reads it, and MkDocs reads it for the sitemap): a day far off, as 9999-12-31, would
overflow the dates reckoned from it and the build's file times, and a value that is no
whole number stopped MkDocs with a traceback in every site, so each is refused in one
Swedish line instead. Set but empty, it is read as not set, as `clock` reads it."""

from __future__ import annotations

import os

from generator.clock import reference_date
from generator.load.dates import OUTSIDE_YEARS, YEARS, day_in_words
from generator.problems import terminal_safe

VARIABLE = "SOURCE_DATE_EPOCH"


def forget_empty_epoch() -> None:
    """Remove SOURCE_DATE_EPOCH from the environment when it holds only blanks: a CI
    template's `SOURCE_DATE_EPOCH=` means "not set", and MkDocs stops on `int("")`."""
    if not os.environ.get(VARIABLE, "x").strip():
        del os.environ[VARIABLE]


def epoch_problem() -> str:
    """Why SOURCE_DATE_EPOCH names no day in the years content may name (`load.dates`),
    in Swedish with what to write; "" when it names one or is not set (or blank)."""
    epoch = terminal_safe(os.environ.get(VARIABLE, "").strip())  # as typed, steering nothing
    if not epoch:
        return ""
    if not (epoch.isascii() and epoch.isdigit()):
        said = f"{VARIABLE}={epoch[:30]} är inget antal sekunder"
    else:
        said = _day_problem(epoch)
        if not said:
            return ""
    return (
        f"{said}; ange dagen som sekunder sedan 1970-01-01 (UTC), t.ex. 1795608000 för "
        "25 november 2026, eller ta bort variabeln"
    )


def _day_problem(epoch: str) -> str:
    """Why the whole number `epoch` names no day in `YEARS`; "" when it names one."""
    try:
        day = reference_date()
    except (OverflowError, OSError, ValueError):
        return f"{VARIABLE}={epoch[:30]} är ingen tidpunkt som trygg kan räkna med"
    if day.year in YEARS:
        return ""
    return f"{VARIABLE}={epoch} är {day_in_words(day)}, som {OUTSIDE_YEARS}"
