"""Soft-wrapped source lines read as the reader sees them: as one line.

Markdown joins the lines of a paragraph with a space, and YAML folds a scalar's lines
(plain, quoted or `>`) the same way; a page shows "Elevens personnummer är" and
"1203 0412 39" on two source lines as one sentence. So the check reads such a line
break, with the blanks around it, as one space (`joined`). A break stays only where
Python-Markdown (which MkDocs uses) starts a block: before or after a blank line (a new
paragraph), before a heading, a quote, a block-level HTML tag (<div>, <p>, <table>) or
comment, an admonition or a setext underline, after a heading or a fence, between two
list items, between a table's rows, and in YAML before a key (`hardlines`). A code
span, an inline tag, "~~", "=" or "words:" at a line's start, a list item or a line
of pipes right after a line of text continue its paragraph: "Elevens personnummer:"
and "- 1203 0412 39" are one line on the page, as are "…är" and "`1203 0412 39`", and
a line "som vi fick: …" in a YAML block scalar's text. Only the check
reads text so (`personal_numbers` with `worded`): the last look reads a published
page's text, whose paragraphs a newline also separates, as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.personal_data.hardlines import hard_lines
from generator.personal_data.runs import Runs, Through

# Python-Markdown's block-level tags: one at a line's start starts an HTML block.
BLOCK_TAGS = (
    "address|article|aside|blockquote|body|canvas|center|colgroup|dd|details|div|dl|dt|"
    "fieldset|figcaption|figure|footer|form|group|h[1-6]|header|hgroup|hr|html|iframe|legend|"
    "li|main|map|math|menu|nav|noscript|object|ol|option|output|p|pre|progress|script|"
    "section|style|summary|table|tbody|td|textarea|tfoot|th|thead|tr|ul|video"
)
# A line break and the blanks after it, before a line that is not blank; and what starts
# a block in Python-Markdown at that line's start (a heading, a quote, an HTML block or
# comment, an admonition, a setext underline; a YAML document marker). A code span, an
# inline tag, ~~ or = at a line's start continue the paragraph, as does a fence right
# after text.
SOFT_BREAK = re.compile(r"\n[ \t]*(?!\s)")
BLOCK_START = re.compile(
    r"[#>]|\|[ \t]*$|<!--|(?i:<(?:" + BLOCK_TAGS + r")(?=[\s/>]|$))"
    r"|(?:!!!|\?\?\?\+?)[ \t]|[=-]+[ \t]*$|\.{3}[ \t]*$",
    re.MULTILINE,
)
# A list item: apart from one before it in its paragraph, not from text.
ITEM = re.compile(r"[ \t]*(?:[-*+][ \t]|[0-9]{1,9}[.)][ \t])")
# A fence, with no more than its language after it: one only where a block may start
# (right after a line of text it is text: "är", "```" and "1203 0412 39" are one line).
FENCE = re.compile(r"[ \t]*(?:`{3,}|~{3,})[ \t]*(?:[\w.+#-]+|\{[^}\n]*\})?[ \t]*$")
# A line that ends a block where it ends: a heading, a fence, a setext underline, a
# blank line; and a lone "|", which separates values read as one text (`VALUE_APART`).
ENDS_BLOCK = re.compile(rf"[ \t]*(?:#|[=-]+[ \t]*$|\|[ \t]*$|$)|{FENCE.pattern}")


def joined(text: str, where: Sequence[int]) -> tuple[str, Sequence[int]]:
    """`text` with each soft line break (and the blanks around it) read as one space;
    with `where` (the index in the written text of each character of `text`) mapped
    through, so that a finding points at the line and column it is written on."""
    if "\n" not in text:
        return text, where
    hard, folded = hard_lines(text)
    breaks = [
        found
        for found in SOFT_BREAK.finditer(text)
        if found.start() + 1 in folded or _soft(text, found, hard)
    ]
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


def _soft(text: str, found: re.Match[str], hard: frozenset[int]) -> bool:
    """Whether the line break `found` is soft: the line after it starts no block and is no
    YAML key or table row (`hard`), the line before it does not end its block, and the
    line after it is no list item after another in the paragraph."""
    at = found.start()
    if at + 1 in hard or BLOCK_START.match(text, found.end()) is not None:
        return False
    start = text.rfind("\n", 0, at) + 1
    if ENDS_BLOCK.match(text, start, at) is not None and not _fence_in_text(text, start, at):
        return False
    return ITEM.match(text, at + 1) is None or not _item_before(text, start)


def _fence_in_text(text: str, start: int, end: int) -> bool:
    """Whether the line from `start` to `end` is a fence right after a line of text, which
    Python-Markdown keeps in that text's paragraph."""
    if start == 0 or FENCE.match(text, start, end) is None:
        return False
    before = text.rfind("\n", 0, start - 1) + 1
    return ENDS_BLOCK.match(text, before, start - 1) is None


def _item_before(text: str, line: int) -> bool:
    """Whether a list item starts the line at `line` or one before it in
    its paragraph. (Read back only as far as the nearest item, blank line or heading:
    each line of a text is read back over at most once.)"""
    while ITEM.match(text, line) is None:
        if line == 0:
            return False
        line = text.rfind("\n", 0, line - 1) + 1
        if ENDS_BLOCK.match(text, line, text.index("\n", line)) is not None:
            return False
    return True
