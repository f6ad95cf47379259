"""What labels a line of Markdown, for the check's worded reading (`markdown_numbers`):
a number under a label is read after it, as a reader reads it.

A class list pasted as a table says "Personnummer" once, in its header; a page may say
it in a heading, a bold line or a list item, and write the number below. The words for
a personal number or a pupil (`worded`, `disguised`) then stand in another cell, block
or item than the number, which no sentence joins. So each of these labels is read
before what it labels (`labelled_readings`):

- a table's header cell, before each cell of its column;
- a heading (ATX or setext; a free page's title, its h1, before the body's first
  block), and a label line (its text ending with ":", or all bold),
  before each line of the block right after it (up to a blank line); a label line also
  before the lines after it in its own block;
- a list item, before the item right after it ("- personnummer" then "- 1203 0412 39").

Only a line with ten digits or more is read so (most lines have none), each label on
its own, so that what a word may excuse (a word for a phone, a sentence's end) still
does: "| Telefon |" over "| 0701740650 |" is a phone number, as "Telefon 0701740650" is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from generator.personal_data.pageview import BLOCK_MARKERS, HEADING, page_view

ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
PIPE = re.compile(r"(?<!\\)\|")
# A table's delimiter row: "|---|:--:|", "--- | ---".
DELIMITER = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)*[ \t]*:?-+:?[ \t]*\|?[ \t]*")
SETEXT = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*")
# A label line's text: ending with ":" (also inside its bold marks), or all bold.
LABEL = re.compile(r".*:[ \t]*(?:\*\*|__)?[ \t]*|(\*\*|__)[^*_]+\1[ \t]*")
# What no label line ends with: a sentence's end, a table's border.
UNLABELLED = re.compile(r"[.!?;|][ \t]*$")
KEPT_LABELS = 3  # the label lines of a block read before a line: the last ones
# Ten digits or more on a line (or in a cell): what may be a personal number.
TEN_DIGITS = re.compile(r"(?:[^\d\n]*\d){10}")
TEN_DIGIT_LINE = re.compile("^" + TEN_DIGITS.pattern, re.MULTILINE)


@dataclass(frozen=True)
class Reading:
    """A label's text, and a piece of the Markdown it labels, which starts at `start`."""

    label: str
    start: int
    text: str


@dataclass
class _Block:
    """What labels the lines of the block being read."""

    # (each label as its line is written: read as its page shows it only when it labels)
    before: tuple[str, ...] = ()  # a heading or label line right before the block
    within: tuple[str, ...] = ()  # the block's own label lines so far
    item: str | None = None  # the list item on the line before
    header: list[tuple[int, str]] | None = None  # a table's header cells
    last: str = ""  # the line before, as written
    lines: int = 0  # the block's lines so far


def labelled_readings(markdown: str, title: str = "") -> Iterator[Reading]:
    """Each line (or table cell) of `markdown` with ten digits or more, after each label
    of it (the module's docstring). A page's `title`, which its page shows as the h1
    right before the body, labels the body's first block as a heading there would."""
    if TEN_DIGIT_LINE.search(markdown) is None:  # most texts: read no further
        return
    heading = " ".join(title.split())
    block = _Block(before=(f"# {heading}",) if heading else ())
    start = 0
    for line in markdown.split("\n"):
        yield from _read(block, line, start)
        start += len(line) + 1


def _read(block: _Block, line: str, start: int) -> Iterator[Reading]:
    """The readings of `line` (at `start`), and what it makes of `block` for the next."""
    last, block.last = block.last, line
    lines, block.lines = block.lines, block.lines + 1
    first = line.lstrip()[:1]  # (most lines are text: no regex but the label's is tried)
    if not first:
        block.before = _as_label(last, block.before, alone=lines == 1)
        block.within, block.item, block.header, block.lines = (), None, None, 0
    elif first == "#" and HEADING.match(line):
        block.before, block.within, block.item, block.header = (line,), (), None, None
        block.lines = 0
    elif first in "|:-" and DELIMITER.fullmatch(line) and "|" in last + line and not block.header:
        block.header = _cells(last, start - len(last) - 1)
    elif first in "=-" and SETEXT.fullmatch(line) and last.strip() and block.header is None:
        block.before, block.within, block.item = (last,), (), None
    else:
        if "|" not in line:
            block.header = None  # a table ends at a line without a border
        yield from _line_readings(block, line, start)
        if _is_label(line):
            block.within = (*block.within, line)[-KEPT_LABELS:]
        block.item = line if ITEM.match(line) else None


def _line_readings(block: _Block, line: str, start: int) -> Iterator[Reading]:
    labels = [*block.before, *block.within]
    if block.item is not None and ITEM.match(line):
        labels.append(block.item)
    if TEN_DIGITS.match(line) is None:
        return
    skip = BLOCK_MARKERS.match(line).end()  # type: ignore[union-attr]
    yield from (Reading(_text(label), start + skip, line[skip:]) for label in labels)
    if block.header is not None and "|" in line:
        for (_, heading), (at, cell) in zip(block.header, _cells(line, start), strict=False):
            if TEN_DIGITS.match(cell) is not None:
                yield Reading(_text(heading), at, cell)


def _as_label(line: str, before: tuple[str, ...], *, alone: bool) -> tuple[str, ...]:
    """What labels the block after a blank line: the line before it when it is a label
    line, a heading, or a paragraph of its own with no sentence's end ("Personnummer"),
    else nothing."""
    if not line.strip() or HEADING.match(line) or SETEXT.fullmatch(line):
        return before  # (what the heading says, or several blank lines in a row)
    label = _is_label(line) or (alone and not ITEM.match(line) and not UNLABELLED.search(line))
    return (line,) if label else ()


def _is_label(line: str) -> bool:
    """Whether a line is a label line: its text ends with ":" or is all bold."""
    if not line.rstrip().endswith((":", "**", "__")):
        return False
    written = line[BLOCK_MARKERS.match(line).end() :].strip()  # type: ignore[union-attr]
    return LABEL.fullmatch(written) is not None


def _text(line: str) -> str:
    """A line's text as its page shows it: without its markers, emphasis and borders."""
    return page_view(line)[0].strip()


def _cells(line: str, start: int) -> list[tuple[int, str]]:
    """A table row's cells as written, each with where it starts (`line` at `start`)."""
    bounds = [-1, *(pipe.start() for pipe in PIPE.finditer(line)), len(line)]
    cells = [(start + a + 1, line[a + 1 : b]) for a, b in pairwise(bounds)]
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|") and cells:
        cells = cells[:-1]
    return cells
