"""What a reader has of reports published together, by the names of their groups: the
numbers each gives under a name ("Åk 7: 29"; `Mark`), as `model.report_crossing`
compares them with another report's tables."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.model.disclosure import PRIMARY
from generator.model.report_numbers import Cell, Key
from generator.model.report_protection import Block
from generator.model.suppression import label
from generator.problems import Location

# "Åk 7", "årskurs 07", "klass 7", "elever i åk 7", "7:or", "7:orna", "sjuorna" aside.
GRADE = re.compile(
    r"^(?:elever(?:na)?\s+i\s+)?(?:(?:åk|årskurs|år|klass)\s*\.?\s*(\d{1,2})"
    r"|(\d{1,2})\s*:\s*(?:or|orna))$"
)


def grade_label(name: str) -> str:
    """A group's name as reports are compared: "Åk 7", "åk7", "Årskurs 7" are "åk 7"."""
    text = label(name)
    found = GRADE.match(text)
    return f"åk {int(found.group(1) or found.group(2))}" if found else text


Bounds = tuple[int, int | None]  # what a reader knows of a number: from, to (None: no end)


@dataclass(frozen=True)
class Mark:
    """A number a report gives under a group's name (`value`, as written): its bounds as
    a reader knows them, and the count that, withheld, takes it away (None: withheld)."""

    report: str
    value: int
    bounds: Bounds
    hide: Key | None
    location: Location


@dataclass(frozen=True)
class Shown:
    """A report's counts as written (`blocks`, and as `model.report_protection` reads
    them) and what it withholds of them."""

    id: str
    cells: tuple[Cell, ...]
    withheld: dict[Key, str]
    blocks: tuple[tuple[str, Block], ...]  # as written


def bounds_of(why: str, threshold: int) -> Bounds:
    return (1, threshold - 1) if why == PRIMARY else (threshold, None)


def groups_of(cells: Iterable[Cell]) -> list[list[Cell]]:
    """A report's counts by group, in its order."""
    groups: dict[tuple[int, int], list[Cell]] = defaultdict(list)
    for cell in cells:
        groups[cell.key[:2]].append(cell)
    return list(groups.values())


def numbers_by_name(reports: Sequence[Shown], threshold: int) -> dict[str, list[Mark]]:
    """The numbers each report gives under a name (indexed by it, in the reports' order)."""
    marks: dict[str, list[Mark]] = defaultdict(list)
    for shown in reports:
        for name, mark in _marks_of(shown, threshold):
            marks[name].append(mark)
    return marks


def _marks_of(shown: Shown, threshold: int) -> list[tuple[str, Mark]]:
    found = [
        (grade_label(c.row), _mark(shown, c, threshold))
        for c in shown.cells
        if not c.whole or c.key not in shown.withheld
    ]
    for table in groups_of(shown.cells):
        found += _group_marks(shown, table)
    return found + _row_marks(shown)


def _row_marks(shown: Shown) -> list[tuple[str, Mark]]:
    """The sum of a row across a block's groups ("Åk 7" of "7A" and "7B"), a column of
    totals left out, when each of its counts is released."""
    rows: dict[tuple[int, str], list[Cell]] = defaultdict(list)
    for cell in shown.cells:
        if not (cell.whole or cell.column):
            rows[(cell.key[0], grade_label(cell.row))].append(cell)
    found: list[tuple[str, Mark]] = []
    for (_, name), row in rows.items():
        free = [c for c in row if c.value]
        if len(row) > 1 and free and not any(c.key in shown.withheld for c in row):
            first = min(free, key=lambda c: (c.value, c.key))
            found.append(
                (name, _exact(shown.id, sum(c.value for c in row), first.key, first.location))
            )
    return found


def _mark(shown: Shown, cell: Cell, threshold: int) -> Mark:
    """A count as a number given under its row's name: itself, or the bounds of why it
    is withheld."""
    if cell.key in shown.withheld:
        bounds = bounds_of(shown.withheld[cell.key], threshold)
        return Mark(shown.id, cell.value, bounds, None, cell.location)
    return _exact(shown.id, cell.value, cell.key, cell.location)


def _exact(report: str, value: int, hide: Key, location: Location) -> Mark:
    return Mark(report, value, (value, value), hide, location)


def _group_marks(shown: Shown, table: list[Cell]) -> list[tuple[str, Mark]]:
    """A group's sum when all its counts are released, its released total row, and that
    row less the others when one row is withheld (the withheld row's number)."""
    rows = [c for c in table if not c.whole]
    hidden = [c for c in rows if c.key in shown.withheld]
    wholes = [c for c in table if c.whole and c.key not in shown.withheld]
    name = grade_label(table[0].group)
    found: list[tuple[str, Mark]] = []
    free = [c for c in rows if c.key not in shown.withheld and c.value]
    if not hidden and free:
        first = min(free, key=lambda c: (c.value, c.key))
        total = sum(c.value for c in rows)
        found.append((name, _exact(shown.id, total, first.key, first.location)))
    for whole in wholes:
        found.append((name, _exact(shown.id, whole.value, whole.key, whole.location)))
        if len(hidden) == 1:
            rest = whole.value - sum(c.value for c in rows if c not in hidden)
            mark = _exact(shown.id, rest, whole.key, hidden[0].location)
            found.append((grade_label(hidden[0].row), mark))
    return found
