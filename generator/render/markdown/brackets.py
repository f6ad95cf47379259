"""Brackets in author Markdown: `tidy_brackets` shows as text the brackets that can start
no link (which closes which is `load.brackets.Pairs`'s to say)."""

from __future__ import annotations

from generator.load.brackets import BRACKETS, Pairs
from generator.load.markdowncode import without_code
from generator.text import is_escaped

MAX_BRACKET_DEPTH = 4


def tidy_brackets(text: str) -> str:
    """Brackets that can start no link shown as text: an unclosed `[`, a `]` that closes
    nothing, brackets nested deeper than `MAX_BRACKET_DEPTH`, and an unclosed `(` after `]`.

    Python-Markdown looks for the end of every `[` and `](` it meets; on a page of
    unclosed ones that is quadratic. Escaped, they are plain text and it is linear.
    Brackets in code spans are text already, and those around one (`[`kod`](sida.md)`)
    pair as outside it."""
    readable = without_code(text)
    pairs = Pairs(readable)
    closers = set(pairs.closing.values())
    out: list[str] = []
    position, depth = 0, 0
    for match in BRACKETS.finditer(readable):
        index, char = match.start(), match.group()
        if is_escaped(readable, index):
            continue
        if char == "[":
            depth += 1 if index in pairs.closing else 0
            keep = index in pairs.closing and depth <= MAX_BRACKET_DEPTH
        elif char == "]":
            keep = index in closers and depth <= MAX_BRACKET_DEPTH
            depth = max(0, depth - 1) if index in closers else depth
        else:
            keep = char == ")" or index in pairs.closing or readable[index - 1 : index] != "]"
        if not keep:
            out.append(text[position:index] + "\\" + char)
            position = index + 1
    out.append(text[position:])
    return "".join(out)


__all__ = ["tidy_brackets"]
