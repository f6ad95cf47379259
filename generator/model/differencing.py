"""The numeric check after the structural one: can published counts be subtracted to a
small count?

`model.disclosure` withholds by the tables' structure as trygg understands it. Content
can hold structure it does not understand: groups inside groups (Åk 4 and 4A, 4B), a
total row with another name ("Totalt åk 4–6"), the same pupils under another method.
So every published count, and the sum of each measure's published counts (a measure
over all pupils gives the total), is tried against the sums of a measure's published
counts (every subset: one by one for measures of up to 12 groups, by the sums its
groups can reach for larger ones): when the difference is a withheld count, or a group
smaller than the threshold that a total leaves over, one of the counts involved is
withheld as well.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

SUM = -2  # the index of a measure's sum, which is no count of its own
ALL_SUBSETS_UP_TO = 12  # larger measures are tried by the sums they can reach


@dataclass(frozen=True)
class Count:
    """A published count: a group's answers (`index` ≥ 0), a method's total (-1), or the
    sum of a measure's published counts (SUM)."""

    method: str
    index: int
    value: int
    total: bool  # a method's total or a "whole school" row
    measure: str = ""
    group: str = ""  # the group's label; for a sum, the labels it adds, comma-separated


def exposing(published: list[Count], secrets: set[int], threshold: int) -> Count | None:
    """A published count to withhold because it takes part in a sum or difference that
    gives away a small count; None when no such sum or difference exists."""
    measures = _measures(published)
    targets = [*published, *(_sum(cells) for cells in measures.values() if len(cells) > 1)]
    by_value: dict[int, list[Count]] = defaultdict(list)
    for count in targets:
        by_value[count.value].append(count)
    values = sorted(by_value)
    for subset in _subsets(measures):
        found = _target(subset, by_value, values, secrets, threshold)
        if found is not None:
            return _smallest(found, measures, subset)
    for cells in (c for c in measures.values() if len(c) > ALL_SUBSETS_UP_TO):
        for target in targets:
            if _reached(target, cells, secrets, threshold):
                return _smallest(target, measures, ())
    return None


def _smallest(
    found: Count, measures: dict[tuple[str, str], list[Count]], subset: tuple[Count, ...]
) -> Count:
    """The count to withhold: the smallest of those involved (a sum stands for its cells)."""
    involved = measures[(found.method, found.measure)] if found.index == SUM else [found]
    return min((*involved, *subset), key=lambda c: (c.value, c.total))


def _reached(target: Count, cells: list[Count], secrets: set[int], threshold: int) -> bool:
    """`_target`'s question for every subset of a large measure's cells at once: whether
    some subset falls short of `target` by a withheld count, or by a small leftover where
    `target` is a total or, with two groups or more, a row of the same measure. The sums
    the subsets reach are kept as bits of an integer (any number of groups; two or more)."""
    same = (target.method, target.measure) == (cells[0].method, cells[0].measure)
    pool = [
        c for c in cells if c is not target and (target.index != SUM or _other_split(target, (c,)))
    ]
    reach, reach_two = 0, 0
    for cell in pool:
        reach_two |= (reach_two | reach) << cell.value
        reach |= (reach << cell.value) | (1 << cell.value)
    for leftover in range(1, threshold):
        added = target.value - leftover
        if added < 0:
            break
        if reach >> added & 1 and (leftover in secrets or target.total):
            return True
        if same and reach_two >> added & 1:
            return True
    return False


def _measures(published: list[Count]) -> dict[tuple[str, str], list[Count]]:
    found: dict[tuple[str, str], list[Count]] = defaultdict(list)
    for count in published:
        if count.index >= 0:
            found[(count.method, count.measure)].append(count)
    return found


def _sum(cells: list[Count]) -> Count:
    first, labels = cells[0], ",".join(c.group for c in cells)
    return Count(first.method, SUM, sum(c.value for c in cells), True, first.measure, labels)


def _subsets(measures: dict[tuple[str, str], list[Count]]) -> list[tuple[Count, ...]]:
    """Groups of one measure: what a total could be made of."""
    found: list[tuple[Count, ...]] = []
    for cells in measures.values():
        largest = len(cells) if len(cells) <= ALL_SUBSETS_UP_TO else 3
        for size in range(1, largest + 1):
            found.extend(combinations(cells, size))
    return found


def _other_split(total: Count, subset: tuple[Count, ...]) -> bool:
    """Whether a measure's sum can stand for the total of the subset's groups: it adds
    other groups (girls and boys against grades), not the same ones again."""
    return not set(total.group.split(",")) & {c.group for c in subset}


def _target(
    subset: tuple[Count, ...],
    by_value: dict[int, list[Count]],
    values: list[int],
    secrets: set[int],
    threshold: int,
) -> Count | None:
    """A count that exceeds the subset's sum by a withheld count, or by a small leftover
    where it is a total, or a row of the same measure as big as several of its groups."""
    added = sum(c.value for c in subset)
    start = bisect.bisect_right(values, added)
    end = bisect.bisect_left(values, added + threshold)
    here = (subset[0].method, subset[0].measure)
    for value in values[start:end]:
        for count in by_value[value]:
            same = (count.method, count.measure) == here
            if count in subset or (count.index == SUM and not _other_split(count, subset)):
                continue
            leftover = value - added
            if leftover in secrets or count.total or (len(subset) >= 2 and same):
                return count
    return None
