"""Example dates in hints, moved to the year around today, so that no hint is stale.

The schemas' examples and trygg's own hints were written in one school year; a hint that
tells a rektor in 2027 to write "2025-08-18" looks like a date to copy. Each example is
moved by whole years to where it falls closest to today (`clock.reference_date`): a day,
month, week or term (each read by `load.dates`, its middle day the one compared) keeps its
place in the year; a läsår (2025-26) becomes the one a new plan is for today, as TP035
and TP101 name it (`load.schoolyears`).
"""

from __future__ import annotations

import datetime as dt
import re

from generator import clock
from generator.load import schoolyears
from generator.load.dates import parse

_SCHOOL_YEAR = re.compile(r"^(\d{4})-(\d{2})$")  # 2025-26, when no month reads it (2025-10)


def _anchor(example: str) -> dt.date | None:
    """The day `example` stands for: the middle of the days its date names (`load.dates`),
    or None when it is no date trygg moves."""
    found = parse(example)
    if found is None:
        return None
    return found.first + (found.last - found.first) / 2


def _school_year(example: str) -> bool:
    found = _SCHOOL_YEAR.match(example)
    return found is not None and schoolyears.is_pair(int(found[1]), int(found[2]))


def recent(example: str, today: dt.date | None = None) -> str:
    """`example` moved by whole years to where it is closest to `today` (2025-08-18 →
    2026-08-18 in December 2026), a läsår to today's (`load.schoolyears`); any other
    text as it is."""
    written = example.strip()
    anchor = _anchor(written)
    if anchor is None and not _school_year(written):
        return example
    today = today or clock.reference_date()
    if anchor is None:
        return example.replace(written, schoolyears.of_day(today))
    moved = schoolyears.shifted(example, round((today - anchor).days / 365.25))
    if parse(moved.strip()) is None:  # 29 February in a year without one
        moved = moved.replace("-02-29", "-02-28")
    return moved


# A date of the forms `load.dates` reads, as it stands in a hint's text.
DATE_IN_TEXT = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{4}-W\d{1,2}\b|\b(?:ht|vt) \d{4}\b")


def recent_in(text: str, today: dt.date | None = None) -> str:
    """`text` with each date of those forms (2026-08-17, ht 2026, 2026-W05) in it
    moved as `recent` moves it: for trygg's own hints, written with one example date."""
    return DATE_IN_TEXT.sub(lambda found: recent(found[0], today), text)
