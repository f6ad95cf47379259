"""Disclosure control across reports published together: no withheld count follows from
a number that another report shows under the same group's name.

`model.report_protection` protects each report by itself. A reader has every report of a
site, though: "Åk 7: Flickor 18, Pojkar 9, Annan könstillhörighet färre än 5" in one
report and "Åk 7: 29" in another give 29 − 18 − 9 = 2. So the reports of one unit are
protected together (the huvudman's, `check.reports.modelled`; each school's own,
`model.build_school.reports`): a table with withheld counts (a group's subgroups, or a
row across a block's groups: "Åk 7" of "Flickor" and "Pojkar") is exposed when
another report gives its real total under the group's or row's name (`grade_label`: "Åk 7",
"åk7" and "årskurs 7" are one): as a count in a row of that name, as the sum of a group
of that name whose counts are all released, as its total row, or as a total row less
the one withheld row of that name; or says only that the total is small, or at least
the threshold, by withholding a row of that name. With that, a withheld count of the
table may have one value left (`pinned`: each is from 1 up to below the threshold, or
at least the threshold when withheld to protect another, as the page says), or the
withheld counts, their sum known, add up to less than the threshold. Then one more count
is withheld: in the exposed table when its report comes later (by id) than the other,
or the other withholds its total already, else where the other report shows the total
(`Mark.hide`); each report is protected again with what it must withhold besides, until
no table is exposed. A table with nothing left to withhold whose total the other report
withholds too ("Åk 7: färre än 3" beside "Flickor 1, Pojkar 1", both "färre än 3") is
refused (`Unprotected.other`, error TP071): the author merges groups, or shows the grade
in one report only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from generator.load.reports import ReportSource
from generator.model.build_report import Protection, protected, protection, report
from generator.model.disclosure import COMPLEMENT
from generator.model.report import UnitReport, Unprotected
from generator.model.report_marks import (
    Bounds,
    Mark,
    Shown,
    bounds_of,
    grade_label,
    groups_of,
    numbers_by_name,
)
from generator.model.report_numbers import Cell, Key
from generator.model.report_protection import written_cells


def protect_together(
    sources: Sequence[ReportSource], threshold: int, school: str = ""
) -> list[UnitReport]:
    """The reports of one unit, each protected by itself and against the others."""
    if len(sources) < 2:  # most units have one report or none: nothing to cross
        return [report(source, threshold, school) for source in sources]
    forced: dict[str, dict[Key, str]] = {source.id: {} for source in sources}
    by_id = {source.id: source for source in sources}
    done = {source.id: protection(source, threshold) for source in sources}
    while True:  # each round withholds more counts, so this ends
        shown = sorted((_shown(key, done[key]) for key in done), key=lambda s: s.id)
        more, refused = further(shown, threshold)
        if not more:
            break
        for report_id, key in more:
            forced[report_id][key] = COMPLEMENT
        for report_id in dict.fromkeys(report_id for report_id, _ in more):
            done[report_id] = protection(by_id[report_id], threshold, forced[report_id])
    made = [protected(source, threshold, school, done[source.id]) for source in sources]
    return [
        replace(one, unprotected=(*one.unprotected, *refused[one.id])) if refused[one.id] else one
        for one in made
    ]


def _shown(report_id: str, protecting: Protection) -> Shown:
    raw, withheld, _ = protecting
    return Shown(report_id, tuple(written_cells(raw)), withheld, tuple(raw))


def further(
    reports: Sequence[Shown], threshold: int
) -> tuple[list[tuple[str, Key]], dict[str, list[Unprotected]]]:
    """The counts to withhold besides (report id, key), one for each exposed table, and
    the exposed tables that nothing more can protect (by report id)."""
    marks = numbers_by_name(reports, threshold)
    found: list[tuple[str, Key]] = []
    refused: dict[str, list[Unprotected]] = defaultdict(list)
    for shown in reports:
        for name, written, table in _hidden_tables(shown):
            total = sum(c.value for c in table if not c.whole)
            match = next(
                (
                    m
                    for m in marks.get(name, ())
                    if m.report != shown.id
                    and m.value == total
                    and exposed(table, shown.withheld, m.bounds, threshold)
                ),
                None,
            )
            if match is None:
                continue
            remedy = _remedy(shown, table, match)
            if remedy is not None:
                found.append(remedy)
            else:
                refused[shown.id].append(_refusal(shown, written, table, match))
    return list(dict.fromkeys(found)), refused


def _remedy(shown: Shown, table: list[Cell], match: Mark) -> tuple[str, Key] | None:
    """The exposed table's smallest released count when its report is the later one (or
    the other withholds the total), else the other's mark; None when neither is left."""
    free = [c for c in table if c.key not in shown.withheld and c.value and not c.whole]
    smallest = min(free, key=lambda c: (c.value, c.key), default=None)
    if smallest is not None and (shown.id > match.report or match.hide is None):
        return shown.id, smallest.key
    return None if match.hide is None else (match.report, match.hide)


def _refusal(shown: Shown, written: str, table: list[Cell], match: Mark) -> Unprotected:
    first = next(c for c in table if c.key in shown.withheld and not c.whole)
    title = shown.blocks[first.key[0]][0]
    return Unprotected(first.location, written, title, other=str(match.location))


def exposed(table: Iterable[Cell], withheld: dict[Key, str], total: Bounds, threshold: int) -> bool:
    """Whether, with what a reader knows of the table's real total, a withheld count has
    one value left (a count withheld for being small is from 1 up to below the
    threshold, one withheld to protect another at least the threshold), or the withheld
    counts add up to a known number under the threshold."""
    rows = [c for c in table if not c.whole]
    hidden = [c for c in rows if c.key in withheld]
    released = sum(c.value for c in rows if c.key not in withheld)
    low, high = total[0] - released, None if total[1] is None else total[1] - released
    if low == high and 0 < low < threshold:
        return True
    bounds = [bounds_of(withheld[c.key], threshold) for c in hidden]
    return any(pinned(bounds, i, (low, high)) for i in range(len(bounds)))


def pinned(bounds: Sequence[Bounds], index: int, total: Bounds) -> bool:
    """Whether the unknown `index` has one value left when the unknowns (each within its
    bounds) add up to a number within `total`."""
    low, high = bounds[index]
    others = [b for i, b in enumerate(bounds) if i != index]
    if total[1] is not None:
        top = total[1] - sum(lo for lo, _ in others)
        high = top if high is None else min(high, top)
    if all(hi is not None for _, hi in others):
        low = max(low, total[0] - sum(hi for _, hi in others if hi is not None))
    return low == high


def _hidden_tables(shown: Shown) -> list[tuple[str, str, list[Cell]]]:
    """Each table with a withheld count, by its compared name and as written: a group's
    subgroups, and a row across a block's groups ("Åk 7" of "Flickor" and "Pojkar"),
    a column of totals left out."""
    rows: dict[tuple[int, str], list[Cell]] = defaultdict(list)
    for cell in shown.cells:
        if not (cell.whole or cell.column):
            rows[(cell.key[0], grade_label(cell.row))].append(cell)
    found = [(grade_label(t[0].group), _written(shown, t[0], 0), t) for t in groups_of(shown.cells)]
    found += [(name, _written(shown, t[0], 1), t) for (_, name), t in rows.items()]
    tables = {tuple(c.key for c in t): (name, written, t) for name, written, t in found}
    return [
        (name, written, table)
        for name, written, table in tables.values()
        if any(c.key in shown.withheld and not c.whole for c in table)
    ]


def _written(shown: Shown, cell: Cell, row: int) -> str:
    """The name of the cell's group (`row` 0) or row (1) as written."""
    group, counted = shown.blocks[cell.key[0]][1][cell.key[1]]
    return counted[cell.key[2]][0] if row else group
