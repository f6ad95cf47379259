"""The phone numbers that PTS (Post- och telestyrelsen) keeps for fiction: films, books
and examples. No subscriber gets one, so trygg's example can show them where any other
made-up number might be a real person's.

PTS's page "Telefonnummer för användning i böcker och filmer m.m." lists the series; each
pair below is its first and last number, in national form.
"""

from __future__ import annotations

import re

FICTION_SERIES = (
    ("0846500400", "0846500499"),  # Stockholm: 08-465 004 00 – 08-465 004 99
    ("0313900600", "0313900699"),  # Göteborg: 031-390 06 00 – 031-390 06 99
    ("0406280400", "0406280499"),  # Malmö: 040-628 04 00 – 040-628 04 99
    ("0980319200", "0980319299"),  # Kiruna: 0980-31 92 00 – 0980-31 92 99
    ("0701740605", "0701740699"),  # mobile: 070-174 06 05 – 070-174 06 99
)


def national(number: str) -> str:
    """The digits of `number` as dialled within Sweden (+46 8-465 004 12 → 0846500412)."""
    digits = re.sub(r"\D", "", number)
    if number.strip().startswith("+46"):
        return "0" + digits[2:]
    return digits


def in_fiction_series(number: str) -> bool:
    """Whether `number`, however it is written, is one PTS keeps for fiction."""
    digits = national(number)
    return any(
        len(digits) == len(first) and first <= digits <= last for first, last in FICTION_SERIES
    )


def every_fiction_number() -> list[str]:
    """Every number of every series, in national form."""
    return [
        str(n).zfill(len(first))
        for first, last in FICTION_SERIES
        for n in range(int(first), int(last) + 1)
    ]
