"""How many blocks a page has: a page of thousands is refused before it is parsed."""

from __future__ import annotations

import re

# Python-Markdown spends about 50 µs on each block of a page, a little more than
# linearly; real pages have hundreds. Thousands of one-word headings or empty fences
# would make one page cost seconds to build.
MAX_PAGE_BLOCKS = 2000
BLOCK_START = re.compile(r"^(?:#{1,6}(?:\s|$)|\s{0,3}(?:`{3,}|~{3,}))")


def too_many_blocks(body: str) -> int | None:
    """The 0-based line where a page passes MAX_PAGE_BLOCKS blocks, or None."""
    blocks, after_blank = 0, True
    for number, line in enumerate(body.split("\n")):
        blank = not line.strip()
        if not blank and (after_blank or BLOCK_START.match(line)):
            blocks += 1
            if blocks > MAX_PAGE_BLOCKS:
                return number
        after_blank = blank
    return None
