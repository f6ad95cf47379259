"""Code in an author's Markdown: fenced blocks and code spans, whose text is shown as
written. What the checks look for in Markdown (links, HTML) is not looked for there; the
sanitizer (`render.markdown.safety`) reads the spans with the same expression."""

from __future__ import annotations

import re

from generator.load.fencegrammar import fence_at

# A run of backticks and the next run of the same length, within one paragraph.
CODE_SPAN = re.compile(r"(?<![\\`])(`+)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL)


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
    return CODE_SPAN.sub(lambda span: re.sub(r"[^\n]", " ", span.group()), blanked)
