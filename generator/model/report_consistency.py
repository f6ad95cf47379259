"""Totals a report writes that cannot be the totals they are read as (error TP074).

A row or a group named as a total ("Åk 7 totalt", "Samtliga", a group "Alla elever"
beside others: `model.suppression.is_whole`, `totals_others`) is read as the total of the
counts beside it, the same counts the protection reads it as the total of
(`model.report_numbers.totalled`): its group's other rows, the same row of the block's
other groups for a cell of a column of totals, the other groups' total rows for a column's
own total row; and a column of totals as the total of the block's other groups. Shares
are of it. A total smaller than one of those counts would show a share over 100 %
("Åk 8 30" of "Åk 7 totalt 29": 103 %): an error in the report, not something to guess
around; the report is not published until the author renames the row that is no total
or corrects the number. A total larger than its parts is a total (those who are in no
row beside it: "Totalt 33" beside "Flickor 12" and "Pojkar 10"), and one smaller than
their sum is one of a question with several answers ("Totalt 50" pupils beside places
marked 30, 25 and 25 times): each share is of it.

Nothing here withholds or shows anything: a refused report is not published at all, so the
protection (`model.report_protection`) reads every published total as it always did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from generator.model.report_numbers import Cell, figure, totalled
from generator.model.report_protection import Block, written_cells
from generator.problems import Location

ROW = "row"  # a group's total row, of its group's other rows
ACROSS = "across"  # a cell of a column of totals, of the same row of the other groups
TOTAL_ROWS = "total rows"  # a column's total row, of the other groups' total rows
GROUPS = "groups"  # a column of totals, of the other groups (their figures)


@dataclass(frozen=True)
class Inconsistent:
    """A total smaller than a count it totals (`part` names it)."""

    location: Location  # the total as written
    block: str  # the block's title
    group: str  # the total's group (a column of totals' name for ACROSS and GROUPS)
    row: str  # the total's row ("" for GROUPS)
    total: int
    kind: str  # ROW, ACROSS, TOTAL_ROWS or GROUPS
    parts: int  # how many counts it totals
    larger: int  # the count larger than it
    part: str  # where `larger` stands ("Åk 8", "Pojkar")


def inconsistent_totals(blocks: Sequence[tuple[str, Block]]) -> tuple[Inconsistent, ...]:
    """Every total of the report's blocks (as written) that is smaller than one of the
    counts it totals: one for each total, the first way it fails."""
    cells = written_cells(blocks)
    found: dict[tuple[int, int, int], Inconsistent] = {}
    for total, parts in totalled(cells):
        if total.key not in found and (wrong := _short(total, parts, blocks)) is not None:
            found[total.key] = wrong
    columns = {key[0] for key, wrong in found.items() if wrong.kind != ROW}
    for index, (title, groups) in enumerate(blocks):
        if index not in columns:  # a column's rows that fail say it already
            block = [c for c in cells if c.key[0] == index]
            found |= {(index, -1, n): w for n, w in enumerate(_columns(title, groups, block))}
    return tuple(found.values())


def _short(
    total: Cell, parts: list[Cell], blocks: Sequence[tuple[str, Block]]
) -> Inconsistent | None:
    """The total, when smaller than one of `parts` (the largest named)."""
    largest = max(parts, key=lambda p: p.value)
    if total.value >= largest.value:
        return None
    title, groups = blocks[total.key[0]]
    group, rows = groups[total.key[1]]
    kind = ROW if all(p.key[:2] == total.key[:2] for p in parts) else ACROSS
    kind = TOTAL_ROWS if kind == ACROSS and total.whole else kind
    # a row of its own group by its name, else the other group the count stands in
    part = rows[largest.key[2]][0] if kind == ROW else groups[largest.key[1]][0]
    row = rows[total.key[2]][0]
    return Inconsistent(total.location, title, group, row, total.value, kind, len(parts),
                        largest.value, part)  # fmt: skip


def _columns(title: str, groups: Block, cells: list[Cell]) -> list[Inconsistent]:
    """Each column of totals of the block smaller than one of the block's other groups, as
    the page counts each group (`figure`: its total row, else its rows' sum)."""
    by_group: dict[int, list[Cell]] = {}
    for cell in cells:
        by_group.setdefault(cell.key[1], []).append(cell)
    parts = {g: figure((c.whole, c.value) for c in rows) for g, rows in by_group.items()
             if not rows[0].column}  # fmt: skip
    found = []
    for g, rows in by_group.items():
        if not rows[0].column or not parts:
            continue
        total = figure((c.whole, c.value) for c in rows)
        largest = max(parts, key=lambda p: parts[p])
        if total >= parts[largest]:
            continue
        where = next((c for c in rows if c.whole), rows[0]).location
        found.append(Inconsistent(where, title, groups[g][0], "", total, GROUPS, len(parts),
                                  parts[largest], groups[largest][0]))  # fmt: skip
    return found
