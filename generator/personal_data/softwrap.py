"""Soft-wrapped source lines read as the reader sees them: as one line.

Markdown joins the lines of a paragraph with a space, and YAML folds a scalar's lines
(plain, quoted or `>`) the same way; a page shows "Elevens personnummer är" and
"1203 0412 39" on two source lines as one sentence. So the check reads such a line
break, with the blanks around it, as one space (`joined`). A break stays where the
reader sees one: before or after a blank line (a new paragraph), before a heading, a
quote, a fence, an HTML block or a YAML key, after a heading, a table row or a fence,
and between two list items or table rows. A list item or a table row right after a
line of text continues its paragraph, as Python-Markdown (which MkDocs uses) shows it:
"Elevens personnummer:" and "- 1203 0412 39" are one line on the page. Only the check
reads text so (`personal_numbers` with `worded`): the last look reads a published
page's text, whose paragraphs a newline also separates, as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.personal_data.runs import Runs, Through

# A line break and the blanks after it, before a line that may continue the one before:
# not blank, and not the start of a block (a heading, a quote, a fence, an HTML block, a
# setext underline, a YAML key or document marker). (From the line break: the regex
# engine finds a literal first character quickly.)
SOFT_BREAK = re.compile(
    r"\n[ \t]*(?![\s]|[#>`~<=]|-{3}|\.{3}|[\"']?[^\W\d][\w \"'-]*:(?:[ \t]|$))",
    re.MULTILINE,
)
# A list item or a table row: apart from one before it in its paragraph, not from text.
ITEM = re.compile(r"[ \t]*(?:[-*+][ \t]|[0-9]{1,9}[.)][ \t]|\|)")
# A line that ends a block where it ends: a heading, a table row, a fence, a setext
# underline, a blank line.
ENDS_BLOCK = re.compile(r"[ \t]*(?:#|\||```|~~~|[=-]+[ \t]*$|$)")


def joined(text: str, where: Sequence[int]) -> tuple[str, Sequence[int]]:
    """`text` with each soft line break (and the blanks around it) read as one space;
    with `where` (the index in the written text of each character of `text`) mapped
    through, so that a finding points at the line and column it is written on."""
    if "\n" not in text:
        return text, where
    breaks = [m for m in SOFT_BREAK.finditer(text) if _soft(text, m.start())]
    if not breaks:
        return text, where
    pieces: list[str] = []
    kept = Runs()
    done = 0
    for found in breaks:
        start = len(text[done : found.start()].rstrip(" \t")) + done  # its line's end
        pieces += [text[done:start], " "]
        kept.run(done, start - done)
        kept.run(found.start(), 1)
        done = found.end()
    pieces.append(text[done:])
    kept.run(done, len(text) - done)
    return "".join(pieces), Through(kept, where)


def _soft(text: str, at: int) -> bool:
    """Whether the line break at `at` is soft: the line before it does not end its block,
    and the line after it is no list item or table row after another in the paragraph."""
    start = text.rfind("\n", 0, at) + 1
    if ENDS_BLOCK.match(text, start, at) is not None:
        return False
    return ITEM.match(text, at + 1) is None or not _item_before(text, start)


def _item_before(text: str, line: int) -> bool:
    """Whether a list item or a table row starts the line at `line` or one before it in
    its paragraph. (Read back only as far as the nearest item, blank line or heading:
    each line of a text is read back over at most once.)"""
    while ITEM.match(text, line) is None:
        if line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        if ENDS_BLOCK.match(text, line, text.index("\n", line)) is not None:
            return False
    return True
