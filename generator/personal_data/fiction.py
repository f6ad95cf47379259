"""The phone numbers that PTS (Post- och telestyrelsen) keeps for fiction: films, books
and examples. No subscriber gets one, so trygg's example shows them where any other
made-up number might be a real person's; and a project of its own that publishes one has
kept a made-up number (TP316).

PTS's page "Telefonnummer för användning i böcker och filmer m.m." lists the series; each
pair below is its first and last number, in national form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

FICTION_SERIES = (
    ("0846500400", "0846500499"),  # Stockholm: 08-465 004 00 – 08-465 004 99
    ("0313900600", "0313900699"),  # Göteborg: 031-390 06 00 – 031-390 06 99
    ("0406280400", "0406280499"),  # Malmö: 040-628 04 00 – 040-628 04 99
    ("0980319200", "0980319299"),  # Kiruna: 0980-31 92 00 – 0980-31 92 99
    ("0701740605", "0701740699"),  # mobile: 070-174 06 05 – 070-174 06 99
)
# A phone number's start (0 or +46, not inside a longer number or a word), then its
# digits one group at a time: a space, a hyphen or nothing between groups.
_START = re.compile(r"(?<![\w+])(?:\+46[ -]?(?:\(0\))?[ -]?|0)(?=\d)")
_GROUP = re.compile(r"[ -]?\d+")


def national(number: str) -> str:
    """The digits of `number` as dialled within Sweden (+46 8-465 004 12 → 0846500412)."""
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+46"):
        digits = digits[2:]
        return digits if digits.startswith("0") else "0" + digits
    return digits


def in_fiction_series(number: str) -> bool:
    """Whether `number`, however it is written, is one PTS keeps for fiction."""
    digits = national(number)
    return any(
        len(digits) == len(first) and first <= digits <= last for first, last in FICTION_SERIES
    )


def fiction_numbers(text: str) -> Iterator[tuple[int, str]]:
    """(index, number as written) of each number in `text` from PTS's fiction series,
    read group by group so that two numbers side by side are two ("08-465 004 11
    08-465 004 12")."""
    for start in _START.finditer(text):
        end = start.end()
        while (group := _GROUP.match(text, end)) is not None:
            end = group.end()
            written = text[start.start() : end]
            if in_fiction_series(written) and not text[end : end + 1].isdigit():
                yield start.start(), written
                break
