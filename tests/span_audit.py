"""An independent check of what follows from sums: exact elimination in fractions."""

from __future__ import annotations

from collections.abc import Hashable
from fractions import Fraction
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def spanned(facts: list[frozenset[K]]) -> set[K]:
    """What follows from knowing the sum of each fact: a count follows exactly when it is
    a rational combination of the facts (any facts, nested or not)."""
    names = list(dict.fromkeys(name for fact in facts for name in fact))
    rows = [[Fraction(int(name in fact)) for name in names] for fact in facts]
    pivots: list[int] = []
    for column in range(len(names)):
        top = len(pivots)
        found = next((i for i in range(top, len(rows)) if rows[i][column]), None)
        if found is None:
            continue
        rows[top], rows[found] = rows[found], rows[top]
        rows[top] = [value / rows[top][column] for value in rows[top]]
        for i, row in enumerate(rows):
            if i != top and row[column]:
                rows[i] = [a - row[column] * b for a, b in zip(row, rows[top], strict=True)]
        pivots.append(column)
    return {names[c] for row, c in zip(rows, pivots, strict=False) if sum(map(bool, row)) == 1}
