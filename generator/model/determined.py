"""Which withheld counts a reader can work out from sums the report publishes.

Each fact a reader has is a sum of withheld counts (a table's published total less its
released counts; a count that stands elsewhere is a sum of one). Facts from a report's
groups and blocks nest (a group in its block) or are apart, and single counts nest with
anything. Then a count follows exactly when its smallest fact holds no other count
outside the smaller facts inside it: that fact's sum less theirs is the count. (Any
other count of that fact moves against it without changing a sum, and the facts' sums
less those of the facts inside them are sums of counts no two share: nothing else
follows.) Facts that cross (a row of a table whose column of totals is published
crosses its groups) are solved exactly: a count follows when it is a rational
combination of the facts, by elimination over each set of facts that share counts.
`tests/test_determined.py` checks both against trying every value.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


def determined(facts: Iterable[frozenset[K]]) -> set[K]:
    """The unknowns whose value follows from knowing the sum of each set in `facts`."""
    every = sorted(set(facts), key=len, reverse=True)
    smallest: dict[K, frozenset[K]] = {}
    for fact in every:  # the smaller come last and win
        for name in fact:
            smallest[name] = fact
    if any(not smallest[name] <= fact for fact in every for name in fact):
        return {name for part in _connected(every) for name in _spanned(part)}
    own: dict[frozenset[K], list[K]] = {}
    for name, fact in smallest.items():
        own.setdefault(fact, []).append(name)
    return {names[0] for names in own.values() if len(names) == 1}


def connected(items: Sequence[T], counts: Callable[[T], Collection[K]]) -> list[list[T]]:
    """The items (facts) in sets that share no count with each other (joined through the
    counts they share, so each item is looked at once), in their order; an item with no
    counts belongs to no set."""
    parent: dict[K, K] = {}

    def root(name: K) -> K:
        while parent.setdefault(name, name) != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for item in items:
        roots = [root(name) for name in counts(item)]
        for other in roots[1:]:
            parent[root(other)] = root(roots[0])
    parts: dict[K, list[T]] = {}
    for item in items:
        if names := counts(item):
            parts.setdefault(root(next(iter(names))), []).append(item)
    return list(parts.values())


def _spanned(facts: list[frozenset[K]]) -> set[K]:
    """The counts that are rational combinations of the facts: Gauss–Jordan elimination
    in whole numbers (each row kept divided by its greatest common divisor), where a count
    follows when a row of the reduced facts holds it alone."""
    names = list(dict.fromkeys(name for fact in facts for name in fact))
    rows = [[int(name in fact) for name in names] for fact in facts]
    top = 0
    for column in range(len(names)):
        found = next((i for i in range(top, len(rows)) if rows[i][column]), None)
        if found is None:
            continue
        rows[top], rows[found] = rows[found], rows[top]
        pivot = rows[top]
        for i, row in enumerate(rows):
            if i != top and row[column]:
                mixed = [
                    a * pivot[column] - row[column] * b for a, b in zip(row, pivot, strict=True)
                ]
                divisor = math.gcd(*mixed) or 1
                rows[i] = [value // divisor for value in mixed]
        top += 1
    return {
        name
        for row in rows[:top]
        if sum(map(bool, row)) == 1
        for name, v in zip(names, row, strict=True)
        if v
    }


def _connected(facts: list[frozenset[K]]) -> list[list[frozenset[K]]]:
    """The facts in sets that share no count with each other."""
    return connected(facts, _itself)


def _itself(fact: frozenset[K]) -> frozenset[K]:
    return fact
