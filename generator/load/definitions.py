"""Reference definitions (`[label]: target "title"`) as Python-Markdown reads them.

The renderer rewrites their targets (`render.markdown.links`), `trygg check` tells them
(`validate.linktargets`) and reference images are resolved by their labels
(`load.brackets`): all three read definitions here, so that each target the page links
to is one the check tells, and the other way round.

Python-Markdown 3.11 (`blockprocessors.ReferenceProcessor`) reads a definition where a
line of a block starts with at most three blanks, then `[label]:`. The label holds no
bracket, may be empty (`[]: …` defines what a bare `[]` links to) and may span lines of
its paragraph (`[a` and `]: …` on the next line define "a"). The target is the next run
of non-blanks, on the same line or the next, `<…>` taken off. The line must end there,
or after a title in "", '' or () whose ends are the line's last characters ("a"b" is
one title), which may also stand on the next line. Else the target ends where such a
title starts inside it: `x"t" y"` is the target `x"t` with the title ` y`. Else the line
is text ("[Obs]: gäller alla", "[r]: <en sida.md>").

Where the line starts, this reads more than Python-Markdown: the markers a list, a quote
or a definition list put there (`- `, `> `, `: `) and any indentation, since a list
item's indented lines are its own. So a definition in indented code, or after a marker
that starts nothing (`-[r]: …`), is read too: its target is rewritten and told, never
left live.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# What may stand before a definition on its line: blanks and list, quote and definition
# (`: `) markers, which Python-Markdown has removed by the time it reads the line.
LINE_START = r"^[ \t>*+\-\d.):]*"
# The label: no brackets, lines of its paragraph (a blank line ends a block).
LABEL = r"\[((?:[^\[\]\n]|\n(?![ \t]*(?:\n|$)))*)\]:"
# The target: after blanks, or on the next line (after a quote's `>`), up to a blank.
TARGET = r"[ \t]*(?:\n[ \t>]*)?(\S+)"
HEAD = re.compile(LINE_START + LABEL + TARGET, re.MULTILINE)
CONTINUED = re.compile(r"\n[ \t>]*")  # a label's next line, its quote markers left out
BLANKS = " \t"
OPENER = {'"': '"', "'": "'", ")": "("}  # a title's last character -> its first


@dataclass(frozen=True)
class Definition:
    """A definition: its label (as Python-Markdown keys it, before case and blanks), the
    target the page links to (`<…>` taken off), and where the target is written."""

    label: str
    target: str
    start: int  # where the target (`target`) starts in the text
    written: tuple[int, int]  # (start, end) of the target as written, `<…>` included


def definitions(text: str) -> Iterator[Definition]:
    """Every reference definition in `text`, in order, as Python-Markdown reads them."""
    position = 0
    while (match := HEAD.search(text, position)) is not None:
        start = match.start(2)
        end = _target_end(text, start, match.end(2))
        if end is None:
            position = match.start() + 1  # the next line's start: `^` matches only there
            continue
        written = text[start:end]
        opened = len(written) - len(written.lstrip("<"))
        label = CONTINUED.sub("\n", match.group(1))
        yield Definition(label, written.lstrip("<").rstrip(">"), start + opened, (start, end))
        position = end


def _target_end(text: str, start: int, end: int) -> int | None:
    """Where the target written from `start` (its run of non-blanks ends at `end`) ends,
    as Python-Markdown reads it; None when its line does not end as a definition's must."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end].strip(BLANKS)
    if not rest or _is_title(rest):
        return end  # (a title on the next line may follow: the target is the same)
    # Else the longest target after which a title starts that ends the line, its closer
    # being the line's last character: `x"t" y"` is `x"t` with the title ` y`.
    opener = OPENER.get(rest[-1], "")
    inside = text.rfind(opener, start + 1, end) if opener else -1
    return inside if inside > start else None


def _is_title(text: str) -> bool:
    """Whether `text` (one line, no blank at its ends) is a title in "", '' or ()."""
    return len(text) >= 2 and OPENER.get(text[-1]) == text[0]
