"""Categorised counts as they may be published, and their shares in whole per cent.

Disclosure: a count from 1 up to below the threshold (the huvudman's `min_antal_svar`,
as for the surveys) is withheld, and so is a further count where another table of the
report would give a withheld one away (`model.report_protection`). Nothing is published
that a withheld count could be worked out from: the sums of a group and of the block are
sums of the released counts only, and every share is a share of such a sum. So the
shown total is smaller than the real one when a count is withheld, and the page says
so. (Zero is published: that no one said something is not about anyone.)

Shares use the largest-remainder method, so the shares shown side by side add up to
exactly 100: the groups' shares of the block, and each group's subgroups' shares of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.model.disclosure import PRIMARY
from generator.model.report import CategoryCounts, CountCell, CountGroup
from generator.model.report_protection import Counted


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


def release_counts(
    title: str,
    unit: str,
    groups: Sequence[tuple[str, Sequence[Counted]]],
    threshold: int,
    withheld: Mapping[tuple[int, int], str] | None = None,
) -> CategoryCounts:
    """The block as it may be published, from its groups as written; `withheld` says
    which subgroups (group, subgroup) are withheld and why, by default those with a
    count from 1 up to below the threshold."""
    if withheld is None:
        withheld = {
            (g, c): PRIMARY
            for g, (_, cells) in enumerate(groups)
            for c, (_, n, _) in enumerate(cells)
            if 0 < n < threshold
        }
    why = [
        [withheld.get((g, c), "") for c in range(len(cells))] for g, (_, cells) in enumerate(groups)
    ]
    kept = [
        [None if reason else n for (_, n, _), reason in zip(cells, reasons, strict=True)]
        for (_, cells), reasons in zip(groups, why, strict=True)
    ]
    sums = [sum(n for n in counts if n is not None) for counts in kept]
    group_shares = apportion(sums)
    made: list[CountGroup] = []
    for (label, cells), counts, reasons, count, share in zip(
        groups, kept, why, sums, group_shares, strict=True
    ):
        shares = iter(apportion([n for n in counts if n is not None]))
        made.append(
            CountGroup(
                label,
                tuple(
                    CountCell(name, n, None if n is None else next(shares), where, reason)
                    for (name, _, where), n, reason in zip(cells, counts, reasons, strict=True)
                ),
                count,
                share,
            )
        )
    return CategoryCounts(title, unit, tuple(made), sum(sums), threshold)
