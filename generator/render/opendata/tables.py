"""Open data as CSV: a table with its columns described once, for the file, its
description in datapackage.json (`opendata.package`) and the open data page.

A file is UTF-8 with a header row, the columns in the order they are declared and the
rows in the content's order, so the same content gives the same bytes. A text cell
that a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a
carriage return: OWASP, CSV injection; also after spaces, which some spreadsheets trim,
and as the full-width ＝ ＋ － ＠) gets an apostrophe in front, which spreadsheets
show as text. A plan's tables are in `opendata.plan_tables`; a report's data block
becomes a CSV file as one more `Table`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from generator.render.files import GeneratedFile

Cell = str | int | float | None
# What the open data pages say of it, in one place.
FORMULA_NOTE = (
    "En text som börjar med =, +, -, @ (också efter mellanslag eller skrivna med breda "
    "tecken som ＝), tabb eller vagnretur har en apostrof först, så att inget "
    "kalkylprogram tar den för en formel."
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
LIST_SEPARATOR = "; "  # between the values of a list in one cell
# The Frictionless types the columns use, as the open data page names them.
TYPE_WORDS = {"string": "text", "integer": "heltal", "number": "tal", "date": "datum"}


@dataclass(frozen=True)
class Column:
    """One column: its name in the header row, its Frictionless type ("string",
    "integer", "number"), what it holds, in Swedish, and the pattern every value that is
    there matches (a Frictionless constraint), if there is one."""

    name: str
    type: str
    description: str
    pattern: str = ""


@dataclass(frozen=True)
class Table:
    """One CSV file: where it is in the site, its title, columns and rows."""

    uri: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


def safe_text(text: str) -> str:
    """A text cell no spreadsheet runs as a formula."""
    runs = text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS)
    return f"'{text}" if runs else text


def listed(values: Sequence[str]) -> str:
    return LIST_SEPARATOR.join(values)


def _cell(value: Cell) -> str:
    if value is None:
        return ""  # a missing value
    if isinstance(value, str):
        return safe_text(value)
    return str(value)


def csv_text(table: Table) -> str:
    """The table as CSV text (RFC 4180: CRLF between records, quotes where needed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in table.columns])
    for row in table.rows:
        assert len(row) == len(table.columns), table.uri
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def table_files(tables: Sequence[Table]) -> list[GeneratedFile]:
    """Each table as its CSV file."""
    return [GeneratedFile(t.uri, csv_text(t)) for t in tables]
