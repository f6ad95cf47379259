"""Categorised counts as bar charts and tables: one for the groups, one per group.

Only what `model.report_counts` released is here: a withheld count is no bar, no word
of a chart's text alternative and no figure in a table, and every sum and share is of
the released counts. Each chart names its table (`aria-describedby`), which stays the
accessible alternative; the shares in each table add up to exactly 100.
"""

from __future__ import annotations

from generator.colours import DEFAULT_BRAND
from generator.diagrams.bars import Bar, BarSection, render_bars
from generator.diagrams.svg import SAME_NUMBERS, chart_box
from generator.model.report import CategoryCounts, CountCell, CountGroup, shown_share
from generator.render import words
from generator.render.disclosure import counts_note, withheld_count, withheld_group_count
from generator.render.markdown.blocks import figure, heading, page, sum_label, table
from generator.render.markdown.safety import plain
from generator.render.reports.order import by_share


def render_counts(block: CategoryCounts, number: int, colour: str = "") -> str:
    """The block: a note on its shares, the groups' chart and table, then each group's.
    A total the report writes (a row "Totalt", a group "Alla elever") is the table's sum
    row, and is in no bar and no sum of the page's own."""
    unit = plain(block.unit)
    column = block.column
    parts = by_share(
        [g for g in block.groups if g is not column], lambda g: g.label, _group_share
    )  # the chart's order, the table's and the groups' sections' alike (`order`)
    exact = _exact(block)  # the shares are of the real total, not of what is shown
    rows = [_group_row(group, exact) for group in parts]
    if column is not None:
        label = plain(column.label) if column.known else _total_label(False)
    else:
        label = _total_label(exact)
    rows.append([sum_label(label), f"**{_at_least(block.total, exact)}**",
                 _all(block.total) if exact else "–"])  # fmt: skip
    shown = [g for g in parts if exact and block.total and _group_share(g) is not None]
    bars = tuple(
        Bar(g.label, g.share, _at_least(words.percent(g.share), g.known))
        for g in shown
        if g.share is not None
    )  # a group with counts withheld: at least its share (of the real total)
    title = f"{block.title}: andel av alla {block.unit}"
    parts_text = [
        heading(3, plain(block.title)),
        counts_note(block.withheld, block.threshold, unit, _own(block)),
        _chart(BarSection("Alla grupper", bars), title, f"rapport-{number}", colour)
        if len(bars) > 1
        else "",  # one bar of 100 % says nothing
        _table(f"rapport-{number}-tabell", ["Grupp", f"Antal {unit}", "Andel"], rows),
    ]
    index = {id(g): i for i, g in enumerate(block.groups, start=1)}  # ids kept as written
    columns = [column] if column is not None else []  # first or last, as the report has it
    first = bool(columns) and block.groups[0] is column
    written = [g for g in block.groups if g is not column]  # the author's order
    for group in [*columns, *written] if first else [*written, *columns]:
        parts_text.append(_group(block, group, f"rapport-{number}-{index[id(group)]}", colour))
    return page(*parts_text)


def _group(block: CategoryCounts, group: CountGroup, prefix: str, colour: str) -> str:
    declared = _declared(group)
    ordered = by_share(group.cells, lambda c: c.label, lambda c: None if c.whole else c.share)
    known = group.known  # else its shares would be of what is shown, not of the group
    rows = [_cell_row(cell, group, block.threshold) for cell in ordered if cell is not declared]
    total = group.figure if group.figure or known else None
    if declared is not None:
        rows.append([sum_label(plain(declared.label)), f"**{total}**", _all(group.figure)])
    elif total is not None:
        shown = f"**{_at_least(total, known)}**"
        rows.append([sum_label(_total_label(known)), shown, _all(total) if known else "–"])
    cells = [c for c in ordered if group.published_share(c) is not None]
    bars = tuple(
        Bar(c.label, float(c.share or 0), words.percent(c.share or 0)) for c in cells if not c.whole
    )
    title = f"{group.label}: andel av gruppens {block.unit}"
    headers = ["Undergrupp", f"Antal {plain(block.unit)}", "Andel av gruppen"]
    return page(
        heading(4, plain(group.label)),
        _chart(BarSection(group.label, bars), title, prefix, colour) if len(bars) > 1 else "",
        _table(f"{prefix}-tabell", headers, rows),
    )


def _group_share(group: CountGroup) -> float | None:
    """The group's share as its table row shows it; None where the row withholds it."""
    shown = shown_share(group.share) and (group.figure or group.known)
    return float(group.share or 0) if shown else None


def _percent(share: int | None, known: bool = True) -> str:
    """A share as a table cell: "–" where there is none to show."""
    return (
        _at_least(words.percent(share), known) if share is not None and shown_share(share) else "–"
    )


def _declared(group: CountGroup) -> CountCell | None:
    """The group's own total row that its shares are of, when it is released."""
    return next((c for c in group.cells if c.whole and c.count is not None), None)


def _own(block: CategoryCounts) -> bool:
    """Whether some table's shares are of a total the report shows: a total row, or the
    column of totals."""
    return block.column is not None or any(g.total is not None for g in block.groups)


def _chart(section: BarSection, title: str, prefix: str, colour: str) -> str:
    if not section.bars:
        return ""
    svg = render_bars(
        (section,), f"{prefix}-diagram", title, colour=colour or DEFAULT_BRAND,
        table_id=f"{prefix}-tabell",
    )  # fmt: skip
    return figure(chart_box(svg), caption=SAME_NUMBERS)


def _table(table_id: str, headers: list[str], rows: list[list[str]]) -> str:
    return f'<div class="trygg-table" id="{table_id}" markdown>\n\n{table(headers, rows)}\n\n</div>'


def _group_row(group: CountGroup, exact: bool) -> list[str]:
    if not group.figure and not group.known:
        return [plain(group.label), withheld_group_count(), "–"]
    share = _percent(group.share, group.known) if exact else "–"
    return [plain(group.label), _at_least(group.figure, group.known), share]


def _cell_row(cell: CountCell, group: CountGroup, least: int) -> list[str]:
    if cell.count is None:
        return [plain(cell.label), withheld_count(least), "–"]
    return [plain(cell.label), str(cell.count), _percent(group.published_share(cell))]


def _exact(block: CategoryCounts) -> bool:
    """Whether the block's total is its real one: a column of totals, or every group
    known: else the groups' shares would be of what is shown."""
    column = block.column
    if column is not None:
        return column.known
    return all(g.known for g in block.groups)


def _at_least(shown: object, known: bool) -> str:
    """A number as a reader may take it: "minst 37" where counts of it are withheld."""
    return str(shown) if known else f"minst {shown}"


def _all(total: int) -> str:
    """The share of a sum row: all of it, when there is anything."""
    return "**100 %**" if total else "–"


def _total_label(complete: bool) -> str:
    """The page's own sum row: the whole when nothing of it is withheld."""
    return "Totalt" if complete else "Summa av det som visas"
