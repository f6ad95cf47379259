"""The sentence a count of pupils stands in (TP406, `rules.counts`, `rules.shares`): it
ends at ".", "!", "?" or a line's end. Other rules read sentences their own way (a blank
line, a list's item, a reach), so each keeps its own."""

from __future__ import annotations

# What ends a sentence (or a line, a list's item)
ENDS = ".!?\n"


def sentence_start(text: str, index: int, ends: str = ENDS) -> int:
    """Where the sentence that `index` is in starts: after the last of `ends` before it."""
    return max(text.rfind(mark, 0, index) for mark in ends) + 1


def sentence_end(text: str, index: int) -> int:
    """Where the sentence goes on to from `index` ends: its first end mark, or the text's."""
    stops = [i for i in (text.find(mark, index) for mark in ENDS) if i >= 0]
    return min(stops, default=len(text))
