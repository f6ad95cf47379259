"""Deadlines in routines read for what they mean: "senast nästa arbetsdag" and "Inom en
arbetsdag." are one deadline, "samma dag" and "inom 24 timmar" two.

`same_deadline` compares two deadlines as a reader would: by their meaning when both
are worded in a way read here, else by their words (case, punctuation and spacing aside).
"""

from __future__ import annotations

import re

from generator.rules.pupilcounts import NUMBER_WORDS
from generator.text import normalised

# Words before a deadline that do not change it ("senast samma dag" is "samma dag").
_FILLER = re.compile(r"^(?:(?:allra|senast|inom|under|helst|redan)\s+)+")
# Deadlines said in words of their own, by their meaning: (amount, unit).
_PHRASES: dict[str, tuple[int, str]] = {
    **dict.fromkeys(("direkt", "genast", "omedelbart", "med en gång"), (0, "genast")),
    **dict.fromkeys(("utan dröjsmål", "på en gång"), (0, "genast")),
    **dict.fromkeys(("samma dag", "samma arbetsdag", "dagen"), (0, "d")),
    **dict.fromkeys(("nästa arbetsdag", "följande arbetsdag", "arbetsdagen efter"), (1, "ad")),
    **dict.fromkeys(("påföljande arbetsdag", "nästkommande arbetsdag"), (1, "ad")),
    **dict.fromkeys(("nästa dag", "följande dag", "dagen efter", "påföljande dag"), (1, "d")),
    "ett dygn": (24, "h"),
    "en vecka": (7, "d"),
}
# A unit after a number, by its meaning: (unit, how many of it the word is).
_UNITS: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("timme", "timmar", "tim", "h"), ("h", 1)),
    **dict.fromkeys(("dygn",), ("h", 24)),
    **dict.fromkeys(("dag", "dagar"), ("d", 1)),
    **dict.fromkeys(("arbetsdag", "arbetsdagar"), ("ad", 1)),
    **dict.fromkeys(("vecka", "veckor"), ("d", 7)),
}
_NUMBERS = {"en": 1, "ett": 1, **NUMBER_WORDS, "tio": 10, "fjorton": 14}
_COUNTED = re.compile(r"^(?P<number>\d{1,3}|[a-zåäö]+(?: par)?) (?P<unit>[a-zåäö]+)$")


def deadline_meaning(text: str) -> tuple[int, str] | None:
    """What a deadline means as (amount, unit), or None when it is not worded in a way
    read here ("samma dag, senast kl. 16")."""
    words = _FILLER.sub("", normalised(text))
    if words in _PHRASES:
        return _PHRASES[words]
    counted = _COUNTED.match(words)
    if counted is None or counted["unit"] not in _UNITS:
        return None
    number = counted["number"]
    amount = int(number) if number.isdigit() else _NUMBERS.get(number)
    if amount is None:
        return None
    unit, size = _UNITS[counted["unit"]]
    return amount * size, unit


def same_deadline(first: str, second: str) -> bool:
    """Whether two deadlines say the same: by meaning when both are read, else by words."""
    meanings = deadline_meaning(first), deadline_meaning(second)
    if None not in meanings:
        return meanings[0] == meanings[1]
    return normalised(first) == normalised(second)
