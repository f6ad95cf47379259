"""Which withheld counts a reader can work out from sums the report publishes.

Each fact a reader has is a sum of withheld counts (a table's published total less its
released counts; a count that stands elsewhere is a sum of one). A count follows from
the facts exactly when its unit vector lies in their span: in reduced row echelon form
(exact fractions), some row holds that count alone.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from fractions import Fraction
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def determined(facts: Iterable[frozenset[K]]) -> set[K]:
    """The unknowns whose value follows from knowing the sum of each set in `facts`."""
    rows = [fact for fact in facts if fact]
    names = list(dict.fromkeys(name for fact in rows for name in fact))
    matrix = [[Fraction(int(name in fact)) for name in names] for fact in rows]
    pivots: list[int] = []
    for column in range(len(names)):
        top = len(pivots)
        found = next((i for i in range(top, len(matrix)) if matrix[i][column]), None)
        if found is None:
            continue
        matrix[top], matrix[found] = matrix[found], matrix[top]
        lead = matrix[top][column]
        matrix[top] = [value / lead for value in matrix[top]]
        for i, row in enumerate(matrix):
            if i != top and row[column]:
                factor = row[column]
                matrix[i] = [a - factor * b for a, b in zip(row, matrix[top], strict=True)]
        pivots.append(column)
    return {
        names[column]
        for row, column in zip(matrix, pivots, strict=False)
        if sum(1 for value in row if value) == 1
    }
