"""Code in an author's Markdown: fenced blocks and code spans, whose text is shown as
written. What the checks look for in Markdown (links, HTML) is not looked for there; the
sanitizer (`render.markdown.safety`) reads the spans here too (`code_spans`)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from generator.load.fencegrammar import fence_at

# A run of backticks and the next run of the same length, within one paragraph.
CODE_SPAN = re.compile(r"(?<![\\`])(`+)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)
BACKTICKS = re.compile(r"`+")
BLANK_LINE = re.compile(r"\n(?=[ \t]*\n)")  # where a blank line starts


def without_code(text: str) -> str:
    """`text` with its fenced blocks and code spans as blanks (their indices kept)."""
    if "`" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        block = fence_at(lines, index)
        if block is None or block.end is None:
            index += 1
            continue
        for inside in range(index, block.end + 1):
            lines[inside] = " " * len(lines[inside])
        index = block.end + 1
    blanked = "\n".join(lines)
    out: list[str] = []
    position = 0
    for start, end, _body in code_spans(blanked):
        out += [blanked[position:start], re.sub(r"[^\n]", " ", blanked[start:end])]
        position = end
    out.append(blanked[position:])
    return "".join(out)


def code_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text inside) of each code span, in order: each match of `CODE_SPAN`,
    found in linear time. The expression tries every shorter opener and every later run
    for each run of backticks (minutes on a page of them); here, the runs of each length
    are listed once, and each opener, from the longest, takes the next run as long."""
    runs = [(run.start(), run.end()) for run in BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for start, end in runs:
        by_length.setdefault(end - start, []).append(start)
    blanks = [blank.start() for blank in BLANK_LINE.finditer(text)]
    position = 0
    for start, end in runs:
        if start < position or (start > 0 and text[start - 1] == "\\"):
            continue
        for length in range(end - start, 0, -1):
            close = _next_run(by_length.get(length, []), start + length + 1, blanks)
            if close is not None:
                position = close + length
                yield start, position, text[start + length : close]
                break


def _next_run(starts: list[int], after: int, blanks: list[int]) -> int | None:
    """The first of `starts` at or after `after` with no blank line before it since
    `after` (a code span stays in its paragraph)."""
    found = bisect_left(starts, after)
    if found == len(starts):
        return None
    blank = bisect_left(blanks, after - 1)
    if blank < len(blanks) and blanks[blank] < starts[found]:
        return None
    return starts[found]
