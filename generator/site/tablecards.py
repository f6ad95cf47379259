"""Each cell of a page's tables labelled with its column's name, so that a narrow screen
shows every row as a card of "label: value" lines instead of a table to scroll sideways.

    <table>…<th>Telefon</th>…<td>08-465 004 11</td>
    -> <table data-trygg-cards>…<th>Telefon</th>…<td data-label="Telefon">08-465 004 11</td>

trygg.css stacks a marked table's rows below the tablet width and writes each label
before its value (`attr(data-label)`, which a screen reader reads as well); at wider
widths the table is a table as before. Only a table with one header row and no merged
cell is marked: any other keeps its box that scrolls sideways (`site.tablebox`), as does one
marked to keep it (`review.scrollbox.KEEPS_SCROLLING`: the grounds of hundreds of units). The
first cell of a sum row (`blocks.sum_label`: "Totalt") is the card's title, unlabelled:
"Grupp: Totalt" would call the sum a group.
"""

from __future__ import annotations

import html
import re

from generator.render.markdown.blocks import SUM_LABEL
from generator.review.scrollbox import KEEPS_SCROLLING

TABLE = re.compile(r"<table\b([^>]*)>(.*?)</table>", re.DOTALL)
HEAD = re.compile(r"<thead>(.*?)</thead>", re.DOTALL)
ROW = re.compile(r"<tr>.*?</tr>", re.DOTALL)
HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
BODY = re.compile(r"<tbody>(.*?)</tbody>", re.DOTALL)
CELL_START = re.compile(r"<(td|th)\b([^>]*)>")
TAG = re.compile(r"<[^>]+>")


def card_tables(page: str) -> str:
    """`page`'s HTML with each simple table's cells labelled with their column's name."""
    if "<table" not in page:
        return page
    return TABLE.sub(_labelled, page)


def _labelled(table: re.Match[str]) -> str:
    attributes, inside = table.group(1), table.group(2)
    found = _labels(inside)
    if found is None or "data-trygg-cards" in attributes or KEEPS_SCROLLING in attributes:
        return table.group()
    labels, body = found
    rows = ROW.sub(lambda row: _row(row.group(), labels), body.group(1))
    inside = inside[: body.start(1)] + rows + inside[body.end(1) :]
    return f"<table{attributes} data-trygg-cards>{inside}</table>"


def _labels(inside: str) -> tuple[list[str], re.Match[str]] | None:
    """The column names of a table with one header row, a body and no merged cell, and
    where its body is."""
    head = HEAD.search(inside)
    body = BODY.search(inside)
    if head is None or body is None or "colspan" in inside or "rowspan" in inside:
        return None
    if len(ROW.findall(head.group(1))) != 1 or "<table" in inside:
        return None
    labels = [
        " ".join(html.unescape(TAG.sub("", th)).split())
        for th in HEADER_CELL.findall(head.group(1))
    ]
    rows = ROW.findall(body.group(1))
    if not labels or any(len(CELL_START.findall(row)) != len(labels) for row in rows):
        return None
    return labels, body


def _row(row: str, labels: list[str]) -> str:
    """The row with each cell's `data-label` (none for a column without a name)."""
    column = iter(labels)

    def cell(start: re.Match[str]) -> str:
        label = next(column)
        if not label or "data-label" in start.group(2):
            return start.group()
        if row.startswith(SUM_LABEL, start.end()):
            return start.group()
        return f'<{start.group(1)}{start.group(2)} data-label="{html.escape(label, quote=True)}">'

    return CELL_START.sub(cell, row)
