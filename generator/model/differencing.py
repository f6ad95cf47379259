"""The numeric check after the structural one: can published counts be subtracted to a
small count?

`model.disclosure` withholds by the tables' structure as trygg understands it. Content
can hold structure it does not understand: groups inside groups (Åk 4 and 4A, 4B), a
total row with another name ("Totalt åk 4–6"), the same pupils under another method.
So every published count is tried against the sums of one to three published counts
of a measure: when the difference is a withheld count, or a group smaller than the
threshold that a total leaves over, one of the counts involved is withheld as well.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class Count:
    """A published count: a group's answers (`index` ≥ 0) or a method's total (-1)."""

    method: str
    index: int
    value: int
    total: bool  # a method's total or a "whole school" row
    measure: str = ""


def exposing(published: list[Count], secrets: set[int], threshold: int) -> Count | None:
    """A published count to withhold because it takes part in a sum or difference that
    gives away a small count; None when no such sum or difference exists."""
    by_value: dict[int, list[Count]] = defaultdict(list)
    for count in published:
        by_value[count.value].append(count)
    values = sorted(by_value)
    for subset in _subsets(published):
        found = _target(subset, by_value, values, secrets, threshold)
        if found is not None:
            return min((found, *subset), key=lambda c: (c.value, c.total))
    return None


def _subsets(published: list[Count]) -> list[tuple[Count, ...]]:
    """One to three group counts of one measure: what a total could be made of."""
    tables: dict[tuple[str, str], list[Count]] = defaultdict(list)
    for count in published:
        if count.index >= 0:
            tables[(count.method, count.measure)].append(count)
    return [
        subset
        for cells in tables.values()
        for size in (1, 2, 3)
        for subset in combinations(cells, size)
    ]


def _target(
    subset: tuple[Count, ...],
    by_value: dict[int, list[Count]],
    values: list[int],
    secrets: set[int],
    threshold: int,
) -> Count | None:
    """A count that exceeds the subset's sum by a withheld count, or by a small leftover
    where it is a total (or the subset has two or more groups)."""
    added = sum(c.value for c in subset)
    start = bisect.bisect_right(values, added)
    end = bisect.bisect_left(values, added + threshold)
    for value in values[start:end]:
        for count in by_value[value]:
            if count in subset:
                continue
            leftover = value - added
            if leftover in secrets or count.total or len(subset) >= 2:
                return count
    return None
