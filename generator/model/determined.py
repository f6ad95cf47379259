"""Which withheld counts a reader can work out from sums the report publishes.

Each fact a reader has is a sum of withheld counts (a table's published total less its
released counts; a count that stands elsewhere is a sum of one). A count follows from
the facts exactly when its unit vector lies in their span: in reduced row echelon form,
some row holds that count alone. The facts are 0/1 rows of tables that nest or do not
meet, whose minors are 0 or ±1, so elimination modulo a large prime gives the rank over
the rationals, fast.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
PRIME = (1 << 61) - 1


def determined(facts: Iterable[frozenset[K]]) -> set[K]:
    """The unknowns whose value follows from knowing the sum of each set in `facts`,
    solved apart for each set of facts that share unknowns."""
    found: set[K] = set()
    for part in _connected([fact for fact in facts if fact]):
        found |= _solved(part)
    return found


def _connected(facts: list[frozenset[K]]) -> list[list[frozenset[K]]]:
    """The facts in groups that share no unknown with each other (union-find)."""
    parent: dict[K, K] = {}

    def root(name: K) -> K:
        while parent.setdefault(name, name) != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for fact in facts:
        first, *rest = fact
        for name in rest:
            parent[root(name)] = root(first)
    parts: dict[K, list[frozenset[K]]] = {}
    for fact in facts:
        parts.setdefault(root(next(iter(fact))), []).append(fact)
    return list(parts.values())


def _solved(rows: list[frozenset[K]]) -> set[K]:
    names = list(dict.fromkeys(name for fact in rows for name in fact))
    matrix = [[int(name in fact) for name in names] for fact in rows]
    pivots: list[int] = []
    for column in range(len(names)):
        top = len(pivots)
        found = next((i for i in range(top, len(matrix)) if matrix[i][column]), None)
        if found is None:
            continue
        matrix[top], matrix[found] = matrix[found], matrix[top]
        inverse = pow(matrix[top][column], PRIME - 2, PRIME)
        matrix[top] = [value * inverse % PRIME for value in matrix[top]]
        for i, row in enumerate(matrix):
            if i != top and row[column]:
                factor = row[column]
                matrix[i] = [
                    (a - factor * b) % PRIME for a, b in zip(row, matrix[top], strict=True)
                ]
        pivots.append(column)
    return {
        names[column]
        for row, column in zip(matrix, pivots, strict=False)
        if sum(1 for value in row if value) == 1
    }
