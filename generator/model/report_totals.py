"""Totals a report writes without naming them: a row that is the sum of its group's
other rows, a group whose every count is the sum of the same rows of the block's other
groups ("Strandviks kommun 105" beside its schools). A reader adds up as well as reads
names ("Totalt", "Hela kommunen": `model.suppression.is_whole`), so such a total is the
published total of the counts it adds up. trygg cannot know that it is one and not a
count that happens to be equal, so it is read both ways: the counts it adds up are one
more table (`model.report_protection` protects each), and it stays a count of its own."""

from __future__ import annotations

from collections import defaultdict

from generator.model.report_numbers import Cell


def summed_tables(cells: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
    """The counts that an unnamed total adds up, as tables: in each group without a total
    row, the other rows of a row that is their sum (two or more, not 0); in each block
    without a column of totals, each row of the other groups beside a group that is
    their sum in every row (two or more groups in some row). Each with its total."""
    groups: dict[tuple[int, int], list[Cell]] = defaultdict(list)
    for cell in cells:
        groups[cell.key[:2]].append(cell)
    found: list[tuple[Cell, list[Cell]]] = []
    for rows in groups.values():
        if len(rows) > 2 and not any(c.whole for c in rows):
            every = sum(c.value for c in rows)
            found += [
                (c, [o for o in rows if o is not c])
                for c in rows
                if c.value and 2 * c.value == every
            ]
    blocks: dict[int, list[list[Cell]]] = defaultdict(list)
    for key, rows in groups.items():
        blocks[key[0]].append(rows)
    for block in blocks.values():
        if len(block) > 2 and not any(c.column for rows in block for c in rows):
            found += [table for rows in block for table in _beside(block, rows)]
    return found


def _beside(block: list[list[Cell]], column: list[Cell]) -> list[tuple[Cell, list[Cell]]]:
    """The rows of the other groups that `column` is the sum of, when it is of all."""
    others = [c for rows in block if rows is not column for c in rows]
    totals = list(column)  # its total row too: the others' total rows add up to it
    parts = [[o for o in others if (o.row, o.whole) == (c.row, c.whole)] for c in totals]
    if not any(c.value for c in totals):
        return []
    fits = all(p and sum(o.value for o in p) == c.value for p, c in zip(parts, totals, strict=True))
    if not (fits and any(len(p) > 1 for p in parts)):
        return []
    return list(zip(totals, parts, strict=True))


def rows_across(cells: list[Cell]) -> list[list[Cell]]:
    """Each row across a block's groups (two or more), a column of totals and total rows
    left out: its sum is a table's total a text may give ("varav 23 gällde flickor")
    though the page writes none."""
    rows: dict[tuple[int, str], list[Cell]] = defaultdict(list)
    for cell in cells:
        if not (cell.whole or cell.column):
            rows[(cell.key[0], cell.row)].append(cell)
    return [parts for parts in rows.values() if len({c.key[1] for c in parts}) > 1]
