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
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.report import CategoryCounts, CountCell, CountGroup
from generator.render import words
from generator.render.disclosure import counts_note, withheld_count, withheld_group_count
from generator.render.markdown.blocks import figure, heading, page, sum_label, table
from generator.render.markdown.safety import plain


def render_counts(block: CategoryCounts, number: int, colour: str = "") -> str:
    """The block: a note on its shares, the groups' chart and table, then each group's."""
    unit = plain(block.unit)
    rows = [_group_row(group, block.threshold) for group in block.groups]
    rows.append([sum_label(_total_label(block)), f"**{block.total}**", _all(block.total)])
    shown = [g for g in block.groups if block.total and (g.count or g.complete)]
    bars = tuple(Bar(g.label, g.share, words.percent(g.share)) for g in shown)
    title = f"{block.title}: andel av alla {block.unit}"
    parts = [
        heading(3, plain(block.title)),
        counts_note(block.withheld, block.threshold, unit, block.protecting),
        _chart(BarSection("Alla grupper", bars), title, f"rapport-{number}", colour),
        _table(f"rapport-{number}-tabell", ["Grupp", f"Antal {unit}", "Andel"], rows),
    ]
    for index, group in enumerate(block.groups, start=1):
        parts.append(_group(block, group, f"rapport-{number}-{index}", colour))
    return page(*parts)


def _group(block: CategoryCounts, group: CountGroup, prefix: str, colour: str) -> str:
    rows = [_cell_row(cell, block.threshold) for cell in group.cells]
    total = group.count if group.count or group.complete else None
    if total is not None:
        rows.append([sum_label(_total_label(block, group)), f"**{total}**", _all(total)])
    cells = [c for c in group.cells if c.count is not None and c.share is not None]
    bars = tuple(Bar(c.label, float(c.share or 0), words.percent(c.share or 0)) for c in cells)
    title = f"{group.label}: andel av gruppens {block.unit}"
    headers = ["Undergrupp", f"Antal {plain(block.unit)}", "Andel av gruppen"]
    return page(
        heading(4, plain(group.label)),
        _chart(BarSection(group.label, bars), title, prefix, colour) if total else "",
        _table(f"{prefix}-tabell", headers, rows),
    )


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


def _group_row(group: CountGroup, least: int) -> list[str]:
    if not group.count and not group.complete:
        protecting = any(c.count is None and c.withheld == COMPLEMENT for c in group.cells)
        return [plain(group.label), withheld_group_count(least, protecting), "–"]
    return [plain(group.label), str(group.count), words.percent(group.share)]


def _cell_row(cell: CountCell, least: int) -> list[str]:
    if cell.count is None or cell.share is None:
        return [plain(cell.label), withheld_count(least, cell.withheld or PRIMARY), "–"]
    return [plain(cell.label), str(cell.count), words.percent(cell.share)]


def _all(total: int) -> str:
    """The share of a sum row: all of it, when there is anything."""
    return "**100 %**" if total else "–"


def _total_label(block: CategoryCounts, group: CountGroup | None = None) -> str:
    complete = group.complete if group is not None else not block.withheld
    return "Totalt" if complete else "Summa av det som visas"
