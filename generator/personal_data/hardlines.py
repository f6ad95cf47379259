"""The lines that start a block only a reading of the whole text tells (`softwrap`): a
YAML key, and a row of a Markdown table.

A line shaped "words:" is a YAML key at the top, beside a key, or under a key with no
value ("skola:" and under it "namn: …"); in a scalar's text ("vision: >-" and under it
"som vi fick: …") or after a line of text at its column it is text, as in a Markdown
page's body, after its front matter, where no line is a key. Lines of pipes are a
table's rows only in a block whose second line is the table's separator row
("|---|---|"), as Python-Markdown's tables read them; elsewhere they are text, and a
table's every line is a row of it, also one with no pipe at its start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# A YAML line's key column (after its indentation and list dashes), then its key if it
# has one, with its value's first character if any.
KEY = re.compile(r"([ \t]*(?:-[ \t]+)*)(?:[\"']?[^\W\d][\w \"'-]*:(?:[ \t]+(\S?)|$))?")
# The end of a Markdown page's front matter: its body has no keys.
FRONT_MATTER_END = re.compile(r"^---[ \t]*$", re.MULTILINE)
# A table's separator row: cells of dashes with colons, with a pipe.
SEPARATOR_ROW = re.compile(
    r"[ \t]*(?=[^\n]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$"
)
# A line after which a new block starts: a blank line or a heading.
BLOCK_BEFORE = re.compile(r"[ \t]*(?:#|$)")


def hard_lines(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Where each line starts that is a YAML key or a table's row (not its header); and
    where each starts that is a folded YAML scalar's text (`>`, quoted or plain: YAML
    joins its lines before Markdown reads them, so no Markdown syntax at its start
    starts a block)."""
    keys, folded = _yaml_lines(text)
    rows = _table_rows(text) if "|" in text else ()
    return frozenset((*keys, *rows)), frozenset(folded)


def _lines(text: str, end: int) -> Iterator[tuple[int, str]]:
    """(start, line without its line break) of each line starting before `end`."""
    start = 0
    while start < end:
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        yield start, text[start:stop].rstrip("\r")
        start = stop + 1


class Line(NamedTuple):
    """A YAML line as read under the lines before it."""

    column: int  # of its key, or its text
    key: bool
    mapping: bool  # a key with no value: the lines under it are keys
    literal: bool  # a key whose value is a literal block scalar (`|`)
    folded: bool  # text of a scalar that YAML folds


TOP = Line(-1, key=True, mapping=True, literal=False, folded=False)


def _yaml_lines(text: str) -> tuple[list[int], list[int]]:
    """The starts of the lines that are keys, and of those that are folded text."""
    end = len(text)
    if text.startswith("---") and (closing := FRONT_MATTER_END.search(text, 3)) is not None:
        end = closing.start()
    keys: list[int] = []
    folded: list[int] = []
    stack: list[Line] = []
    for start, line in _lines(text, end):
        found = KEY.match(line)
        if line.strip() == "|":  # values apart (`VALUE_APART`): each read on its own
            stack.clear()
        if found is None or not line.strip() or line.strip() == "|":
            continue
        while stack and stack[-1].column > found.end(1):
            stack.pop()
        entry = _entry(found, stack[-1] if stack else TOP)
        if line.lstrip().startswith("#") and not entry.folded:
            continue  # a comment (in a block scalar's text, text)
        if stack and stack[-1].column == entry.column:
            stack.pop()
        stack.append(entry)
        (keys if entry.key else folded if entry.folded else []).append(start)
    return keys, folded


def _entry(found: re.Match[str], above: Line) -> Line:
    """A line as `KEY` `found` it, under the nearest line before it at its column or left
    of it (`above`): a key is key-shaped, and beside a key or under a key with no value;
    text under a key with a value, or beside such text, is its scalar's."""
    column, shaped = found.end(1), found.end() > found.end(1)
    key = shaped and above.key and (above.column == column or above.mapping)
    if key:
        return Line(column, True, not found[2], found[2] == "|", folded=False)
    if above.key and not above.mapping and above.column < column:
        return Line(column, False, False, False, folded=not above.literal)
    return Line(column, False, False, False, folded=above.folded and not above.key)


def _table_rows(text: str) -> Iterator[int]:
    """The lines of each table after its header: from a block's first line with a pipe
    whose next line is a separator row, to the next blank line."""
    lines = list(_lines(text, len(text)))
    in_table, new_block = False, True
    for (start, line), (_, after) in zip(lines, [*lines[1:], (0, "")], strict=True):
        if not line.strip():
            in_table = False
        elif in_table:
            yield start
        elif new_block and "|" in line and SEPARATOR_ROW.match(after):
            in_table = True
        new_block = BLOCK_BEFORE.match(line) is not None
