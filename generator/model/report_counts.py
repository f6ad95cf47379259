"""Categorised counts as they may be published, and their shares in whole per cent.

Disclosure: a count from 1 up to below the threshold (the huvudman's `min_antal_svar`,
as for the surveys) is withheld. Nothing is published that a withheld count could be
worked out from: the sums of a group and of the block are sums of the released counts
only, and every share is a share of such a sum. So the shown total is smaller than the
real one when a count is withheld, and the page says so. (Zero is published: that no
one said something is not about anyone.)

Shares use the largest-remainder method, so the shares shown side by side add up to
exactly 100: the groups' shares of the block, and each group's subgroups' shares of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model.report import CategoryCounts, CountCell, CountGroup
from generator.problems import Location

Counted = tuple[str, int, Location]  # a subgroup as written: its name, count and place


def apportion(weights: Sequence[int], seats: int = 100) -> tuple[int, ...]:
    """Whole numbers in proportion to `weights` that add up to exactly `seats` (all 0
    when the weights add up to 0): each gets the whole part of its quota, and the seats
    left go to the largest remainders; ties go to the larger weight, then the first."""
    total = sum(weights)
    if total <= 0:
        return tuple(0 for _ in weights)
    whole = [weight * seats // total for weight in weights]
    left = seats - sum(whole)
    order = sorted(
        range(len(weights)), key=lambda i: (-(weights[i] * seats % total), -weights[i], i)
    )
    for index in order[:left]:
        whole[index] += 1
    return tuple(whole)


def released(shown: int, threshold: int) -> bool:
    """Whether a count may be published."""
    return shown == 0 or shown >= threshold


def release_counts(
    title: str,
    unit: str,
    groups: Sequence[tuple[str, Sequence[Counted]]],
    threshold: int,
) -> CategoryCounts:
    """The block as it may be published, from its groups as written."""
    kept = [[n if released(n, threshold) else None for _, n, _ in cells] for _, cells in groups]
    sums = [sum(n for n in counts if n is not None) for counts in kept]
    group_shares = apportion(sums)
    made: list[CountGroup] = []
    for (label, cells), counts, count, share in zip(groups, kept, sums, group_shares, strict=True):
        shares = iter(apportion([n for n in counts if n is not None]))
        made.append(
            CountGroup(
                label,
                tuple(
                    CountCell(name, n, None if n is None else next(shares), where)
                    for (name, _, where), n in zip(cells, counts, strict=True)
                ),
                count,
                share,
            )
        )
    return CategoryCounts(title, unit, tuple(made), sum(sums), threshold)
