"""An attacker's view of released survey tables: can a withheld count be worked out?

The attacker knows every published figure and how the tables hang together: a
measure's groups and the answers left over add up to the measure's total (the
method's number of answers, or its "whole school" row), the same group has the same
count under every measure of a population, and a remainder of zero is no secret.
Every count is an unknown; each fact is a linear equation. A withheld count is given
away exactly when its unit vector lies in the span of those equations (a rank test in
exact fractions). `sums_and_differences` is the brute-force check of the same for
small tables: every sum and difference of published counts, against every withheld one.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from fractions import Fraction

from generator.model.disclosure import Released
from generator.model.suppression import WHOLE, Figures

Equation = dict[str, int]  # variable -> coefficient, = 0


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _linked(methods: list[Figures]) -> list[set[str]]:
    """Which methods an attacker may take to share a population (as trygg links them)."""
    groups: list[set[str]] = []
    for method in methods:
        same = [
            g
            for g in groups
            if any(
                _key(o.participants) == _key(method.participants)
                or (o.responses is not None and o.responses == method.responses)
                for o in methods
                if o.key in g
            )
        ]
        merged = {method.key}.union(*same)
        groups = [g for g in groups if g not in same] + [merged]
    return groups


def equations(methods: list[Figures]) -> tuple[list[Equation], dict[str, int]]:
    """The attacker's equations and the true value of every variable."""
    truth: dict[str, int] = {}
    found: list[Equation] = []
    population = {key: index for index, keys in enumerate(_linked(methods)) for key in keys}
    for method in methods:
        tables: dict[str, list[tuple[str, int]]] = {}
        for group, measure, answers, _percent in method.groups:
            tables.setdefault(_key(measure), []).append((_key(group), answers))
        total = f"{method.key}/total"
        sums = [sum(n for g, n in rows if not WHOLE.match(g)) for rows in tables.values()]
        truth[total] = method.responses if method.responses is not None else max(sums, default=0)
        for measure, rows in tables.items():
            prefix = f"{method.key}/{measure}"
            found += list(_table(prefix, rows, total, f"p{population[method.key]}", truth))
    return found, truth


def _table(
    prefix: str, rows: list[tuple[str, int]], total: str, population: str, truth: dict[str, int]
) -> Iterator[Equation]:
    """A measure's groups and what is left over make up the total; a group is the same
    pupils under every measure; a whole-school row is the total."""
    equation: Equation = {total: -1}
    for group, answers in rows:
        cell, same_group = f"{prefix}/{group}", f"{population}/{group}"
        truth[cell] = answers
        if truth.setdefault(same_group, answers) == answers:
            yield {cell: 1, same_group: -1}
        if WHOLE.match(group):
            yield {cell: 1, total: -1}
        else:
            equation[cell] = 1
    left_over = f"{prefix}/rest"
    truth[left_over] = truth[total] - sum(truth[c] for c in equation if c != total)
    equation[left_over] = 1
    yield equation
    if truth[left_over] == 0:
        yield {left_over: 1}


def published(methods: list[Figures], released: dict[str, Released]) -> dict[str, int]:
    """Every count the release shows, by variable."""
    shown: dict[str, int] = {}
    for method in methods:
        out = released[method.key]
        if out.responses is not None:
            shown[f"{method.key}/total"] = out.responses
        for group in out.groups:
            if group.responses is not None:
                shown[f"{method.key}/{_key(group.measure)}/{_key(group.group)}"] = group.responses
    return shown


def withheld(methods: list[Figures], released: dict[str, Released], least: int) -> set[str]:
    """The variables that must stay unknown: hidden cells, and small remainders."""
    _, truth = equations(methods)
    shown = published(methods, released)
    hidden = {v for v in truth if "/" in v and not v.startswith("p") and v not in shown}
    cells = {v for v in hidden if not v.endswith(("/rest", "/total"))}
    rests = {v for v in hidden if v.endswith("/rest") and 0 < truth[v] < least}
    return cells | rests


def determined(methods: list[Figures], released: dict[str, Released], variable: str) -> bool:
    """Whether the equations and the published counts fix `variable`'s value."""
    found, truth = equations(methods)
    rows = found + [{v: 1} for v in published(methods, released)]
    names = sorted(truth)
    return _rank(rows, names) == _rank([*rows, {variable: 1}], names)


def _rank(rows: list[Equation], names: list[str]) -> int:
    matrix = [[Fraction(row.get(n, 0)) for n in names] for row in rows]
    rank, column = 0, 0
    while rank < len(matrix) and column < len(names):
        pivot = next((r for r in range(rank, len(matrix)) if matrix[r][column]), None)
        if pivot is None:
            column += 1
            continue
        matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
        for r in range(len(matrix)):
            if r != rank and matrix[r][column]:
                factor = matrix[r][column] / matrix[rank][column]
                matrix[r] = [a - factor * b for a, b in zip(matrix[r], matrix[rank], strict=True)]
        rank, column = rank + 1, column + 1
    return rank


def sums_and_differences(values: list[int], secret: int) -> set[tuple[int, ...]]:
    """Every sum and difference of published counts (as signs) that equals `secret`."""
    return {
        signs
        for signs in itertools.product((-1, 0, 1), repeat=len(values))
        if any(signs) and sum(s * v for s, v in zip(signs, values, strict=True)) == secret
    }
