"""Periods named in running text: "maj 2026", "våren 2027", "ht 2026", "år 2027", "under
2025", and a läsår "2026/27" or "2026-27" (its second year the next one: 2026-10 is a month).

`trygg ny-period` moves them in the texts it keeps (`cli.rolldates`); the check warns
when a text about the plan's own work names one before the period that precedes it
(`rules.staleness`).
"""

from __future__ import annotations

import datetime as dt
import re

from generator.load import schoolyears
from generator.load.dates import TERM_NAMES, YEARS
from generator.vocabulary import MONTHS

PREPOSITION = "under"  # "under 2025": the year, named by its number alone
# The months (first, last) of a named part of a year; "år", "vintern" and "under" (as in
# "berättade för oss under 2025") are the whole year.
# A term's words are the plan dates' (`load.dates.TERM_NAMES`), but for "vår", which in
# running text is as often "our" ("vår 2026 års kartläggning").
OTHER_WORDS = frozenset({"vår"})
TERM_MONTHS = {"vt": (1, 6), "ht": (7, 12)}
SEASONS = {
    **{
        word: TERM_MONTHS[form]
        for form, words in TERM_NAMES.items()
        for word in words
        if word not in OTHER_WORDS
    },
    "sommaren": (6, 8),
    "vintern": (1, 12),
    "år": (1, 12),
    PREPOSITION: (1, 12),
}
PERIOD_WORD = re.compile(
    rf"(?i:\b(?P<word>(?:{'|'.join(MONTHS)}|{'|'.join(SEASONS)}) )"
    r"(?P<year>[0-9]{4})\b(?![/-][0-9])"  # "under 2025/26" is the läsår, matched below
    r"|\b(?P<first>[0-9]{4})(?P<sep>[/-])(?P<second>[0-9]{2})\b(?!-))"
)


def is_school_year(found: re.Match[str]) -> bool:
    """Whether a match of two years ("2026/27") names a läsår, not a month (2026-10)."""
    return schoolyears.is_pair(int(found["first"]), int(found["second"]))


def days_named(found: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period a match of `PERIOD_WORD` names, or None for
    two years that name no läsår, and for a year outside `YEARS` ("år 1066", "hösten
    9999"): no period of a plan, and the day after it may be none."""
    if not found["word"]:
        first = int(found["first"])
        if not is_school_year(found) or first not in YEARS:
            return None
        return schoolyears.days(first)
    word, year = found["word"].strip().casefold(), int(found["year"])
    if year not in YEARS:
        return None
    first, last = (MONTHS.index(word) + 1,) * 2 if word in MONTHS else SEASONS[word]
    following = dt.date(year + last // 12, last % 12 + 1, 1)
    return dt.date(year, first, 1), following - dt.timedelta(days=1)


def period_named(found: re.Match[str]) -> str:
    """The period a match of `PERIOD_WORD` names, as written: "maj 2026", "2025" (of
    "under 2025")."""
    word = found["word"] or ""
    return found["year"] if word.strip().casefold() == PREPOSITION else found[0]
