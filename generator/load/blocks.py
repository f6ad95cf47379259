"""How many blocks a page has, and how deep its lists and quotes nest: a page of
thousands of blocks, or a text nested past what Python-Markdown can parse, is refused
before it is parsed."""

from __future__ import annotations

import re

from generator.load.yamlerrors import LoadError

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


# Python-Markdown parses a nested list or quote by recursion: some hundreds of levels end
# in Python's RecursionError. No page needs more than a few.
MAX_NESTING = 40
# A list marker is one only before a blank ("------" is a rule); a quote's > needs none.
MARKER = r"(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]*"
NESTING = re.compile(rf"[ \t]*(?:{MARKER})+")


def too_deep(body: str) -> int | None:
    """The 0-based line nested (lists, quotes, indentation) past MAX_NESTING, or None."""
    if len(body) <= MAX_NESTING:  # too short to hold that many markers
        return None
    for number, line in enumerate(body.split("\n")):
        lead = NESTING.match(line)
        if lead is None:
            continue
        text = lead.group().expandtabs(4)
        markers = len(re.findall(MARKER, text))
        if markers + (len(text) - len(text.lstrip())) // 4 > MAX_NESTING:
            return number
    return None


def nesting_error(line: int, column: int = 1) -> LoadError:
    """TP008 for a Markdown text (a page, a report's body, a YAML text) nested too deep."""
    message = f"en lista eller ett citat är nästlat i fler än {MAX_NESTING} nivåer"
    hint = "gör listan eller citatet plattare: några nivåer räcker för en läsare"
    return LoadError("TP008", message, hint, line, column)
