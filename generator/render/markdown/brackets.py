"""Brackets in author Markdown: which closes which (`Pairs`, found in one pass), and
`tidy_brackets`, which shows as text the brackets that can start no link."""

from __future__ import annotations

import re

from generator.text import is_escaped

MAX_BRACKET_DEPTH = 4


def tidy_brackets(text: str) -> str:
    """Brackets that can start no link shown as text: an unclosed `[`, a `]` that closes
    nothing, brackets nested deeper than `MAX_BRACKET_DEPTH`, and an unclosed `(` after `]`.

    Python-Markdown looks for the end of every `[` and `](` it meets; on a page of
    unclosed ones that is quadratic. Escaped, they are plain text and it is linear."""
    pairs = Pairs(text)
    closers = set(pairs.closing.values())
    out: list[str] = []
    position, depth = 0, 0
    for match in BRACKETS.finditer(text):
        index, char = match.start(), match.group()
        if is_escaped(text, index):
            continue
        if char == "[":
            depth += 1 if index in pairs.closing else 0
            keep = index in pairs.closing and depth <= MAX_BRACKET_DEPTH
        elif char == "]":
            keep = index in closers and depth <= MAX_BRACKET_DEPTH
            depth = max(0, depth - 1) if index in closers else depth
        else:
            keep = char == ")" or index in pairs.closing or text[index - 1 : index] != "]"
        if not keep:
            out.append(text[position:index] + "\\" + char)
            position = index + 1
    out.append(text[position:])
    return "".join(out)


BRACKETS = re.compile(r"[\[\]()]")


class Pairs:
    """Which bracket closes which, found in one pass: every lookup is then O(1), so the
    sanitizer stays linear even on a page of nothing but `![` or `](`."""

    def __init__(self, text: str) -> None:
        self.closing: dict[int, int] = {}
        open_square: list[int] = []
        open_round: list[int] = []
        for match in BRACKETS.finditer(text):
            index, char = match.start(), match.group()
            if is_escaped(text, index):
                continue
            stack = open_square if char in "[]" else open_round
            if char in "[(":
                stack.append(index)
            elif stack:
                self.closing[stack.pop()] = index

    def bracket(self, start: int) -> int:
        """Index of the `]` matching the `[` at `start`, or -1."""
        return self.closing.get(start, -1)

    def target_end(self, text: str, start: int) -> int:
        """End (exclusive) of the target that starts at `start`, after `(`."""
        return self.closing.get(start - 1, len(text))
