"""Which withheld counts a reader can work out from sums the report publishes.

Each fact a reader has is a sum of withheld counts (a table's published total less its
released counts; a count that stands elsewhere is a sum of one). The facts come from
tables that nest (a group in its block) or do not meet, and single counts, so they nest
or are apart. Then a count follows exactly when its smallest fact holds no other count
outside the smaller facts inside it: that fact's sum less theirs is the count. (Any
other count of that fact moves against it without changing a sum, and the facts' sums
less those of the facts inside them are sums of counts no two share: nothing else
follows. `tests/test_determined.py` checks this against trying every value.)
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def determined(facts: Iterable[frozenset[K]]) -> set[K]:
    """The unknowns whose value follows from knowing the sum of each set in `facts`,
    which nest or are apart. ValueError when a fact holds a count whose smallest fact
    is not inside it (two facts overlap without nesting): the rule needs that."""
    every = sorted(set(facts), key=len, reverse=True)
    smallest: dict[K, frozenset[K]] = {}
    for fact in every:  # the smaller come last and win
        for name in fact:
            smallest[name] = fact
    if any(not smallest[name] <= fact for fact in every for name in fact):
        raise ValueError("the facts overlap without nesting")
    own: dict[frozenset[K], list[K]] = {}
    for name, fact in smallest.items():
        own.setdefault(fact, []).append(name)
    return {names[0] for names in own.values() if len(names) == 1}
