"""Further YAML syntax errors in a file, after the first: each in a top-level section of its
own, so an author fixes them in one round instead of one run per error.

After a syntax error nothing in the file can be trusted up to where the parser stopped:
an unclosed quote or bracket may have swallowed any number of lines, and what follows
inside the same section may only look broken because of it. A section that starts at
a top-level key (`riktlinjer:` at the start of a line) after that point is read on its
own, though: a key at column 0 ends any block, list or block text (`|`) above it. So the
text from the next such key after the error is parsed again, and its first error (if
any) is reported too; and so on, from after that one. A line that may continue an open
[ ] or { } (the line above ends in `,`, `[` or `{`) is not taken for such a key.
"""

from __future__ import annotations

import re

import yaml

from generator.load.columns import ColumnLoader
from generator.load.yamlerrors import LoadError, syntax_error

MAX_FURTHER = 9  # with the first, ten syntax errors in a file are plenty to start with
TOP_KEY = re.compile(r"[^\s#'\"{}\[\],:&*!|>%@`-][^:#]*:(?:[ \t]|$)")
STILL_OPEN = (",", "[", "{")


def further_syntax_errors(
    text: str, error: yaml.MarkedYAMLError, line_offset: int
) -> tuple[LoadError, ...]:
    """The first syntax error of each top-level section after `error`'s, in `text`."""
    lines = text.splitlines(keepends=True)
    found: list[LoadError] = []
    after = _last_line(error)  # 0-based: the parser went at least this far
    while len(found) < MAX_FURTHER and (start := _next_section(lines, after)) is not None:
        rest = "".join(lines[start:])
        try:
            for _event in yaml.parse(rest, Loader=ColumnLoader):  # PyYAML's own messages
                pass
        except yaml.MarkedYAMLError as again:
            found.append(syntax_error(again, rest, line_offset + start))
            after = start + _last_line(again)
            continue
        break
    return tuple(found)


def _last_line(error: yaml.MarkedYAMLError) -> int:
    marks = [mark for mark in (error.context_mark, error.problem_mark) if mark is not None]
    return max((mark.line for mark in marks), default=0)


def _next_section(lines: list[str], after: int) -> int | None:
    """The 0-based line of the first top-level key after line `after`."""
    for index in range(after + 1, len(lines)):
        if TOP_KEY.match(lines[index]) and not _continues(lines, index):
            return index
    return None


def _continues(lines: list[str], index: int) -> bool:
    """Whether the line above (not counting blank and comment lines) leaves a [ ] or { }
    open, so that line `index` may be inside it."""
    for above in reversed(lines[:index]):
        written = above.split(" #", 1)[0].strip()
        if written and not written.startswith("#"):
            return written.endswith(STILL_OPEN)
    return False
