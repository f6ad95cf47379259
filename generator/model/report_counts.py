"""Categorised counts as they may be published, and their shares in whole per cent.

Disclosure: a count from 1 up to below the threshold (the huvudman's `min_antal_svar`,
as for the surveys) is withheld, and so is a further count where another table of the
report would give a withheld one away (`model.report_protection`). Nothing is published
that a withheld count could be worked out from: the sums of a group and of the block are
sums of the released counts only, and every share is a share of such a sum or of a total
the report itself shows. So the shown sum is smaller than the real one when a count is
withheld, and the page says so. (Zero is published: that no one said something is not
about anyone.)

A total the report writes (a group's row "Totalt", a group "Alla elever" beside the
others: `model.suppression.is_whole`, `totals_others`) is never added in again: a group's
sum leaves its total rows out, the block's sum its column of totals. Where such a total
is released it is what the shares are of (Flickor 12 and Pojkar 10 of Totalt 33: 36 %
and 30 %) and the block's groups are counted by it (`model.report_numbers.figure`);
where it is withheld the shares are of the released rows, as without it, so that no
share gives it away.

Shares use the largest-remainder method, so the shares shown side by side add up to
exactly 100: the groups' shares of the block, and each group's subgroups' shares of it.
Shares of a total that has more than the rows beside it (the 11 of 33 who are neither)
cannot add up to 100, and are each rounded. No share is over 100 %: a total smaller than
the rows beside it is no total of them (error TP074 refuses such a report,
`model.report_consistency`), and should one come this far, its table shows no shares.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from generator.model.disclosure import PRIMARY
from generator.model.report import CategoryCounts, CountCell, CountGroup, total_column
from generator.model.report_protection import Counted
from generator.model.suppression import is_whole, totals_others


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


def shares_of(counts: Sequence[int], total: int | None = None) -> tuple[int, ...]:
    """Whole per cent of `total` (a total row or column the report shows) when given,
    else of the counts' sum: by the largest remainder when they are all of it (they add
    up to exactly 100), else each rounded half up (12 of 33: 36 %), as a reader checks.
    A total of 0 beside counts that are not is none: the shares are of their sum."""
    if not total or total == sum(counts):
        return apportion(counts)
    return tuple((200 * n + total) // (2 * total) for n in counts)


def held(shares: Sequence[int], total: int | None, beside: int = 0) -> tuple[int | None, ...]:
    """The shares of `total` that may be shown: none of a total smaller than the largest
    count shown beside it (`beside`: it is no total of them; error TP074,
    `model.report_consistency`, refuses such a report), and none over 100 %. A total
    smaller than their sum is one of a question with several answers: each share is of
    it, and together they are more than 100 %."""
    if total is not None and total < beside:
        return tuple(None for _ in shares)
    return tuple(share if share <= 100 else None for share in shares)


def release_counts(
    title: str,
    unit: str,
    groups: Sequence[tuple[str, Sequence[Counted]]],
    threshold: int,
    withheld: Mapping[tuple[int, int], str] | None = None,
) -> CategoryCounts:
    """The block as it may be published, from its groups as written; `withheld` says
    which subgroups (group, subgroup) are withheld and why, by default those with a
    count from 1 up to below the threshold. A total row (`is_whole`) or a column of
    totals (`totals_others`) is not added in: it is the denominator of the shares when
    it is released, and the rows beside it are summed without it."""
    if withheld is None:
        withheld = {
            (g, c): PRIMARY
            for g, (_, cells) in enumerate(groups)
            for c, (_, n, _) in enumerate(cells)
            if 0 < n < threshold
        }
    names = [name for name, _ in groups]
    made = [
        _group(name, cells, {c: why for (h, c), why in withheld.items() if h == g},
               totals_others(name, names))
        for g, (name, cells) in enumerate(groups)
    ]  # fmt: skip
    column = total_column(made)
    parts = [g for g in made if not g.column]
    total = None if column is None else column.figure
    figures = [g.figure for g in parts]
    shares = iter(held(shares_of(figures, total), total, max(figures, default=0)))
    made = [
        replace(g, share=held(shares_of([g.figure], total), total)[0] if g.column else next(shares))
        for g in made
    ]
    block = total if total is not None else sum(g.figure for g in parts)
    return CategoryCounts(title, unit, tuple(made), block, threshold)


def _group(
    label: str, cells: Sequence[Counted], withheld: Mapping[int, str], column: bool
) -> CountGroup:
    """A group as released: its rows' shares of its released total row, else of the sum
    of its other released rows; a released total row is 100 % of itself."""
    rows = [
        (is_whole(name), None if withheld.get(c) else n) for c, (name, n, _) in enumerate(cells)
    ]
    shown = [(whole, n) for whole, n in rows if n is not None]
    declared = next((n for whole, n in shown if whole), None)
    parts = [n for whole, n in shown if not whole]
    shares = iter(held(shares_of(parts, declared), declared, max(parts, default=0)))
    made = tuple(
        CountCell(
            name, n,
            None if n is None else held(shares_of([n], declared), declared)[0] if whole
            else next(shares),
            where, withheld.get(c, ""), whole,
        )
        for c, ((name, _, where), (whole, n)) in enumerate(zip(cells, rows, strict=True))
    )  # fmt: skip
    return CountGroup(label, made, sum(parts), 0, column)
