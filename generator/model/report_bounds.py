"""Which withheld counts a reader pins down by their ranges as well as by sums
(`model.report_reading` asks, beside `model.determined`'s linear algebra).

A reader of a report knows more than sums: the page says why each count is withheld, so
a count withheld for being small is from 1 up to below the threshold, and one withheld
to protect another is at least the threshold (only counts other than 0 are so
withheld). Two small counts that add up to 8 where the threshold is 5 are 4 and 4; a
count whose table's total less the others' least is its own least is pinned. Each fact
(a sum of withheld counts, a count once for each time it stands in the sum) bounds each
of its counts by what the others can be; the bounds are narrowed until nothing changes,
and a count whose bounds meet is known. The facts nested in each other are subtracted
first, so a table's total less its group's gives a fact of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from functools import lru_cache
from typing import TypeVar

from generator.model.determined import connected

K = TypeVar("K", bound=Hashable)
SEARCH = 2000  # narrowings tried for each count before it counts as pinned
SEARCHED = 12  # counts in a part of the facts searched value by value; more are narrowed
Fact = tuple[Counter[K], int]  # each count's coefficient (a total less its rows: -1) and the sum


def ranges_of(small: Mapping[K, bool], threshold: int, most: int) -> dict[K, tuple[int, int]]:
    """What a reader knows of each withheld count before any sum: small (True) or not,
    and (a bound for the search, above any count a reader could believe) `most`."""
    return {k: (1, threshold - 1) if s else (threshold, most) for k, s in small.items()}


def pinned(
    facts: Sequence[Fact[K]], ranges: Mapping[K, tuple[int, int]], values: Mapping[K, int]
) -> set[K]:
    """The counts whose value follows from the facts and the ranges (`values`: their real
    values, which always fit): a count is pinned when no other value of it fits with
    some values of the others, tried value by value after the ranges are narrowed, in
    its part of the facts (those that share counts with it). A search that runs too long
    counts the count as pinned: withheld more rather than less. A part of more than
    `SEARCHED` counts (a report of large tables that cross) is only narrowed: the
    search would take too long, and `model.determined` still solves its sums."""
    found: set[K] = set()
    for part in _parts(facts):
        names = {k for fact, _ in part for k in fact}
        known = frozenset((k, ranges[k], values[k]) for k in names)
        found |= _pinned(frozenset((frozenset(f.items()), t) for f, t in part), known)
    return found


@lru_cache(maxsize=4096)  # a report's parts are judged again each round, mostly unchanged
def _pinned(
    part: frozenset[tuple[frozenset[tuple[K, int]], int]],
    known: frozenset[tuple[K, tuple[int, int], int]],
) -> frozenset[K]:
    facts = [(Counter(dict(fact)), total) for fact, total in part]
    every = [*facts, *_nested(facts)]
    values = {k: value for k, _, value in known}
    start = _narrowed(every, {k: bounds for k, bounds, _ in known})
    assert start is not None  # the real values fit
    found: set[K] = {k for k, (low, high) in start.items() if low == high}
    if len(start) > SEARCHED:
        return frozenset(found)  # narrowed only
    for k, (low, high) in start.items():
        others = sorted(range(low, high + 1), key=lambda v: abs(v - values[k]))[1:]
        budget = [SEARCH]
        if not any(_feasible(every, {**start, k: (v, v)}, values, budget) for v in others):
            found.add(k)
    return frozenset(found)


def _parts(facts: Sequence[Fact[K]]) -> list[list[Fact[K]]]:
    """The facts in sets that share no count with each other."""
    return connected(facts, _counts)


def _counts(fact: Fact[K]) -> Counter[K]:
    return fact[0]


def _narrowed(
    facts: Sequence[Fact[K]], ranges: dict[K, tuple[int, int]]
) -> dict[K, tuple[int, int]] | None:
    """The ranges narrowed by each fact until nothing changes; None when one is empty."""
    low = {k: r[0] for k, r in ranges.items()}
    high = {k: r[1] for k, r in ranges.items()}
    for _ in range(100):  # narrowing ends long before in any real report
        changes = [_narrow(fact, total, low, high) for fact, total in facts]  # each fact
        if not any(changes):
            break
        if any(low[k] > high[k] for k in low):
            return None
    return {k: (low[k], high[k]) for k in low}


def _feasible(
    facts: Sequence[Fact[K]], ranges: dict[K, tuple[int, int]], values: Mapping[K, int],
    budget: list[int],
) -> bool:  # fmt: skip
    """Whether whole values in the ranges fit every fact: narrowed, then the count with
    the fewest values tried value by value, the nearest its real value first."""
    budget[0] -= 1
    found = _narrowed(facts, ranges)
    if found is None or budget[0] < 0:
        return False
    open_ = [k for k, (low, high) in found.items() if low < high]
    if not open_:
        return True
    k = min(open_, key=lambda k: found[k][1] - found[k][0])
    tried = sorted(range(found[k][0], found[k][1] + 1), key=lambda v: abs(v - values[k]))
    return any(_feasible(facts, {**found, k: (v, v)}, values, budget) for v in tried)


def _narrow(fact: Counter[K], total: int, low: dict[K, int], high: dict[K, int]) -> bool:
    ends = {k: sorted((n * low[k], n * high[k])) for k, n in fact.items() if n}
    least = sum(end[0] for end in ends.values())
    most = sum(end[1] for end in ends.values())
    changed = False
    for k, (own_least, own_most) in ends.items():
        n = fact[k]  # n * value lies between total less the others' most and least
        first, last = total - (most - own_most), total - (least - own_least)
        bottom, top = (-(-first // n), last // n) if n > 0 else (-(-last // n), first // n)
        if top < high[k] or bottom > low[k]:
            high[k], low[k] = min(high[k], top), max(low[k], bottom)
            changed = True
    return changed


def _nested(facts: Sequence[Fact[K]]) -> list[Fact[K]]:
    """The differences of two facts one of which holds the other: what is left over."""
    found: list[Fact[K]] = []
    plain = [(fact, total) for fact, total in facts if min(fact.values(), default=0) > 0]
    for big, big_total in plain:
        for small, small_total in plain:
            rest = big - small
            if small and rest and small <= big and sum(rest.values()) < sum(big.values()):
                found.append((rest, big_total - small_total))
    return found
