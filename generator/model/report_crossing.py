"""Disclosure control across reports published together: no withheld count follows from
a number that another report shows under the same group's name.

`model.report_protection` protects each report by itself. A reader has every report of a
site, though: "Åk 7: Flickor 18, Pojkar 9, Annan könstillhörighet färre än 5" in one
report and "Åk 7: 29" in another give 29 − 18 − 9 = 2. So the reports of one unit are
protected together (the huvudman's, `check.reports.modelled`; each school's own,
`model.build_school.reports`): a group's table with withheld counts is exposed when
another report shows its real total under the group's name (`grade_label`: "Åk 7",
"åk7" and "årskurs 7" are one), as a count in a row of that name, as the sum of a group
of that name whose counts are all released, as its total row, or as a total row less
the one withheld row of that name, and with that total
a withheld count has one value left (`pinned`), or the withheld counts add up to less
than the threshold. Then one more count is withheld: in the exposed table when its
report comes later (by id) than the other, else where the other report shows the total
(`Mark.hide`); each report is protected again with what it must withhold besides, until
no table is exposed. Every report can so be protected: no refusal is needed here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.load.reports import ReportSource
from generator.model.build_report import protection, report
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report import UnitReport
from generator.model.report_numbers import Cell, Key
from generator.model.report_protection import written_cells
from generator.model.suppression import label
from generator.problems import Location

GRADE = re.compile(r"^(?:åk|årskurs|år)\s*\.?\s*(\d{1,2})$")


def grade_label(name: str) -> str:
    """A group's name as reports are compared: "Åk 7", "åk7", "Årskurs 7" are "åk 7"."""
    text = label(name)
    found = GRADE.match(text)
    return f"åk {int(found.group(1))}" if found else text


@dataclass(frozen=True)
class Mark:
    """A number a report shows under a group's name, and the count that, withheld, takes
    it away."""

    report: str
    value: int
    hide: Key
    location: Location


@dataclass(frozen=True)
class Shown:
    """A report's counts as written and what is withheld of them."""

    id: str
    cells: tuple[Cell, ...]
    withheld: dict[Key, str]


def protect_together(
    sources: Sequence[ReportSource], threshold: int, school: str = ""
) -> list[UnitReport]:
    """The reports of one unit, each protected by itself and against the others."""
    forced: dict[str, dict[Key, str]] = {source.id: {} for source in sources}
    by_id = {source.id: source for source in sources}
    shown = {source.id: _shown(source, threshold, {}) for source in sources}
    while True:  # each round withholds more counts, so this ends
        more = further(sorted(shown.values(), key=lambda s: s.id), threshold)
        if not more:
            break
        for report_id, key in more:
            forced[report_id][key] = COMPLEMENT
            shown[report_id] = _shown(by_id[report_id], threshold, forced[report_id])
    return [report(source, threshold, school, forced[source.id] or None) for source in sources]


def _shown(source: ReportSource, threshold: int, forced: dict[Key, str]) -> Shown:
    raw, withheld, _ = protection(source, threshold, forced or None)
    return Shown(source.id, tuple(written_cells(raw)), withheld)


def further(reports: Sequence[Shown], threshold: int) -> list[tuple[str, Key]]:
    """The counts to withhold besides (report id, key): one for each exposed table."""
    marks = _marks(reports)
    found: list[tuple[str, Key]] = []
    for shown in reports:
        for name, table in _hidden_tables(shown):
            total = sum(c.value for c in table if not c.whole)
            match = next(
                (m for m in marks.get(name, ()) if m.report != shown.id and m.value == total),
                None,
            )
            if match is None or not exposed(table, shown.withheld, total, threshold):
                continue
            found.append(_remedy(shown, table, match))
    return list(dict.fromkeys(found))


def _remedy(shown: Shown, table: list[Cell], match: Mark) -> tuple[str, Key]:
    """The exposed table's smallest released count when its report is the later one (or
    the other report shows the total nowhere it can take away), else the other's mark."""
    free = [c for c in table if c.key not in shown.withheld and c.value and not c.whole]
    smallest = min(free, key=lambda c: (c.value, c.key), default=None)
    if smallest is not None and shown.id > match.report:
        return shown.id, smallest.key
    return match.report, match.hide


def exposed(table: Iterable[Cell], withheld: dict[Key, str], total: int, threshold: int) -> bool:
    """Whether, the table's real total known, a withheld count has one value left (a
    count withheld for being small is from 1 up to below the threshold, one withheld to
    protect another at least the threshold), or the withheld counts add up to less than
    the threshold."""
    rows = [c for c in table if not c.whole]
    hidden = [c for c in rows if c.key in withheld]
    rest = total - sum(c.value for c in rows if c.key not in withheld)
    if 0 < rest < threshold:
        return True
    bounds = [
        (1, threshold - 1) if withheld[c.key] == PRIMARY else (threshold, None) for c in hidden
    ]
    return any(pinned(bounds, i, rest) for i in range(len(bounds)))


def pinned(bounds: Sequence[tuple[int, int | None]], index: int, total: int) -> bool:
    """Whether the unknown `index` has one value left when the unknowns (each between its
    bounds, None: no upper one) add up to `total`."""
    low, high = bounds[index]
    others = [b for i, b in enumerate(bounds) if i != index]
    top = total - sum(lo for lo, _ in others)
    high = top if high is None else min(high, top)
    if all(hi is not None for _, hi in others):
        low = max(low, total - sum(hi for _, hi in others if hi is not None))
    return low == high


def _hidden_tables(shown: Shown) -> list[tuple[str, list[Cell]]]:
    """Each group with a withheld count, by its compared name."""
    groups: dict[tuple[int, int], list[Cell]] = defaultdict(list)
    for cell in shown.cells:
        groups[cell.key[:2]].append(cell)
    return [
        (grade_label(table[0].group), table)
        for table in groups.values()
        if any(c.key in shown.withheld and not c.whole for c in table)
    ]


def _marks(reports: Sequence[Shown]) -> dict[str, list[Mark]]:
    """The numbers each report shows under a name (indexed by it, in the reports' order)."""
    marks: dict[str, list[Mark]] = defaultdict(list)
    for shown in reports:
        for name, mark in _marks_of(shown):
            marks[name].append(mark)
    return marks


def _marks_of(shown: Shown) -> list[tuple[str, Mark]]:
    released = [c for c in shown.cells if c.key not in shown.withheld]
    found = [(grade_label(c.row), Mark(shown.id, c.value, c.key, c.location)) for c in released]
    groups: dict[tuple[int, int], list[Cell]] = defaultdict(list)
    for cell in shown.cells:
        groups[cell.key[:2]].append(cell)
    for table in groups.values():
        found += _group_marks(shown, table)
    return found


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
        found.append((name, Mark(shown.id, sum(c.value for c in rows), first.key, first.location)))
    for whole in wholes:
        found.append((name, Mark(shown.id, whole.value, whole.key, whole.location)))
        if len(hidden) == 1:
            rest = whole.value - sum(c.value for c in rows if c not in hidden)
            mark = Mark(shown.id, rest, whole.key, hidden[0].location)
            found.append((grade_label(hidden[0].row), mark))
    return found
