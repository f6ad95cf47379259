"""The sentence a count of pupils stands in (TP406, `rules.counts`, `rules.shares`): it
ends at ".", "!", "?" or a line's end. Other rules read sentences their own way (a blank
line, a list's item, a reach), so each keeps its own.

Each count asks where its sentence starts and ends: the end marks of the last text
asked about are found once and looked up by bisection, so a long text with no end
mark and many counts is read once, not once a count.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# What ends a sentence (or a line, a list's item)
ENDS = ".!?\n"

# The last text each set of end marks was looked for in, and where they stand in it.
_MARKS: dict[str, tuple[str, list[int]]] = {}


def _marks(text: str, ends: str) -> list[int]:
    kept = _MARKS.get(ends)
    if kept is None or kept[0] is not text:
        found = re.finditer(f"[{re.escape(ends)}]", text)
        kept = (text, [mark.start() for mark in found])
        _MARKS[ends] = kept
    return kept[1]


def sentence_start(text: str, index: int, ends: str = ENDS) -> int:
    """Where the sentence that `index` is in starts: after the last of `ends` before it."""
    marks = _marks(text, ends)
    before = bisect_left(marks, index)
    return marks[before - 1] + 1 if before else 0


def sentence_end(text: str, index: int) -> int:
    """Where the sentence goes on to from `index` ends: its first end mark, or the text's."""
    marks = _marks(text, ENDS)
    after = bisect_left(marks, index)
    return marks[after] if after < len(marks) else len(text)
