"""The order a report's categories are shown in, in its chart and its table alike: largest
share first, unless the categories have an order of their own, which is then kept.

A category list has an order of its own when every name carries a number ("Åk 4",
"10–12 år", "2024") or when every name is a step of an answer scale ("Stämmer helt",
"Ibland", "Aldrig"): sorted by share, "Åk 7" could stand before "Åk 4", and a reader
would misread the scale. Anything else (the topics of a dialogue's notes) is sorted, so
"9 %" never stands below "7 %". Ties keep the report's order, as do withheld categories,
which come last (they have no share to sort by).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

Item = TypeVar("Item")

# Words that make a name a step of an answer scale (frequency, agreement, amount).
SCALE_WORDS = frozenset(
    {
        "aldrig",
        "sällan",
        "ibland",
        "ofta",
        "alltid",
        "varje",
        "dag",
        "vecka",
        "månad",
        "stämmer",
        "instämmer",
        "helt",
        "ganska",
        "bra",
        "dåligt",
        "inte",
        "alls",
        "delvis",
        "mycket",
        "lite",
        "nästan",
        "vet",
        "ja",
        "nej",
        "nöjd",
        "missnöjd",
    }
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")


def has_own_order(names: Sequence[str]) -> bool:
    """Whether the categories `names` have an order of their own (see the module)."""
    if len(names) < 2:
        return True
    if all(_DIGIT.search(name) for name in names):
        return True
    return all(_is_scale_step(name) for name in names)


def _is_scale_step(name: str) -> bool:
    words = _WORD.findall(name.lower())
    return bool(words) and all(word in SCALE_WORDS for word in words)


def by_share(
    items: Sequence[Item], name: Callable[[Item], str], share: Callable[[Item], float | None]
) -> list[Item]:
    """`items` largest share first, unless their names have an order of their own; those
    without a share last, in the report's order."""
    if has_own_order([name(item) for item in items]):
        return list(items)
    known = [item for item in items if share(item) is not None]
    unknown = [item for item in items if share(item) is None]
    return sorted(known, key=lambda item: -(share(item) or 0.0)) + unknown
