"""Soft-wrapped source lines read as the reader sees them: as one line.

Markdown joins the lines of a paragraph with a space, and YAML folds a scalar's lines
(plain, quoted or `>`) the same way; a page shows "Elevens personnummer är" and
"1203 0412 39" on two source lines as one sentence. So the check reads such a line
break, with the blanks around it, as one space (`joined`). A break stays where the
reader sees one: before or after a blank line (a new paragraph), before a list item, a
heading, a quote, a table row, a fence, an HTML block or a YAML key, and after a
heading, a table row or a fence. Only the check reads text so (`personal_numbers` with
`worded`): the last look reads a published page's text, whose paragraphs a newline
also separates, as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.personal_data.runs import Runs, Through

# A line break and the blanks after it, before a line that continues the one before:
# not blank, and not the start of a block (a list item, a heading, a quote, a table row,
# a fence, an HTML block, a setext underline, a YAML key or document marker). (From the
# line break: the regex engine finds a literal first character quickly.)
SOFT_BREAK = re.compile(
    r"\n[ \t]*(?![\s]|[-*+][ \t]|[0-9]{1,9}[.)][ \t]|[#>|<`~=]|-{3}|\.{3}"
    r"|[\"']?[^\W\d][\w \"'-]*:(?:[ \t]|$))",
    re.MULTILINE,
)
# A line that ends a block where it ends: a heading, a table row, a fence, a setext
# underline, a blank line.
ENDS_BLOCK = re.compile(r"[ \t]*(?:#|\||```|~~~|[=-]+[ \t]*$|$)")


def joined(text: str, where: Sequence[int]) -> tuple[str, Sequence[int]]:
    """`text` with each soft line break (and the blanks around it) read as one space;
    with `where` (the index in the written text of each character of `text`) mapped
    through, so that a finding points at the line and column it is written on."""
    if "\n" not in text:
        return text, where
    breaks = [m for m in SOFT_BREAK.finditer(text) if not _ends_block(text, m.start())]
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


def _ends_block(text: str, at: int) -> bool:
    """Whether the line that ends at `at` (its line break) ends its block, so that the
    break after it stays: blank, a heading, a table row, a fence or an underline."""
    start = text.rfind("\n", 0, at) + 1
    return ENDS_BLOCK.match(text, start, at) is not None
