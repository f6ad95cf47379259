"""A finding's short title: whole words that end where the author's sentence pauses, never
cut mid-clause with "…" (a heading, the table of contents and a table cell show it)."""

from __future__ import annotations

import re

# Where a sentence pauses: a comma, colon, semicolon or dash, then a space.
PAUSE = re.compile(r"[,:;]\s|\s[–—]\s")
LONGEST = 70  # characters: a heading on two lines of a phone at most
FEWEST_WORDS = 5  # "Några elever med anpassningar" alone says too little


def finding_title(text: str) -> str:
    """The finding's first clause when the sentence is long and its first clause says
    enough on its own; else the whole sentence. Without its full stop."""
    whole = " ".join(text.split()).rstrip(".")
    if len(whole) <= LONGEST:
        return whole
    pause = PAUSE.search(whole)
    if pause is None:
        return whole
    first = whole[: pause.start()].rstrip()
    if len(first) > LONGEST or len(first.split()) < FEWEST_WORDS:
        return whole
    return first
