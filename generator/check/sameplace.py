"""One problem at a place where a FYLL I mark would be told twice.

A FYLL I mark (TP304) is listed wherever it is, so that a file's every mark is found.
Where another problem already stands at the very same place it says no more: TP127 at
a decided plan's first mark ("planen är beslutad men har kvar …"), or TP013 at
`status: FYLL I` ("inte ifyllt ännu – skriv ett av värdena …"). There the mark is left
out, and the one problem tells it.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.problems import Problem

MARK = "TP304"


def one_per_place(problems: Iterable[Problem]) -> list[Problem]:
    """`problems` without the FYLL I marks that stand where another problem stands."""
    found = list(problems)
    taken = {_place(p) for p in found if p.code != MARK}
    return [p for p in found if p.code != MARK or _place(p) not in taken]


def _place(problem: Problem) -> tuple[str, int, int]:
    where = problem.location
    return where.file, where.line, where.column
