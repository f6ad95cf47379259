"""Where things stand in a text, found once per text and then by bisection (`rules.pii`
and the staff signs it reads): the lines' breaks, and the starts of what a rule looks for
ahead of a name. Reading back or ahead from each name instead costs a long line's length
per name: a hostile page of one line with thousands of names ("Saga i 4B, Saga i 4B, …")
took minutes. The last few texts are remembered: one page's names are read one by one.
"""

from __future__ import annotations

import bisect
import functools
import re


@functools.lru_cache(maxsize=32)  # a few patterns for each of the last texts
def starts(pattern: re.Pattern[str], text: str) -> tuple[int, ...]:
    """Where `pattern` matches in `text`, in order (the pattern looks ahead: every start)."""
    return tuple(match.start() for match in pattern.finditer(text))


def next_start(pattern: re.Pattern[str], text: str, index: int) -> int:
    """Where `pattern` first matches at or after `index`; -1 where nowhere."""
    found = starts(pattern, text)
    after = bisect.bisect_left(found, index)
    return found[after] if after < len(found) else -1


BREAK = re.compile(r"(?=\n)")


def line_start(text: str, index: int) -> int:
    """Where the line of `index` starts: `text.rfind("\\n", 0, index) + 1`."""
    breaks = starts(BREAK, text)
    before = bisect.bisect_left(breaks, index)
    return breaks[before - 1] + 1 if before else 0


def line_end(text: str, index: int) -> int:
    """Where the line of `index` ends: the line break at or after it, or the text's end."""
    end = next_start(BREAK, text, index)
    return len(text) if end < 0 else end


# A colon that no genitive's "s" ends ("Mentor: Anna", "Mentor:Saga", not "4B:s"): no "s",
# or one that a word goes on after, which no group (`staff.GROUP`: "i 4B", "åk 4", "AB12")
# starts and so no label loses; then what is neither a blank nor a colon, nor "*" or "_"
# (which a label's end may have).
WORD_COLON = re.compile(r":(?:(?!s)|(?P<s>s)(?=\w)(?![\d_]|i|f|å|k|[a-z]{2}\d))", re.IGNORECASE)
GOES_ON = re.compile(r"[^\s:*_]")


@functools.lru_cache(maxsize=256)
def after_a_colon(text: str, line_start: int) -> int:
    """Where the line at `line_start` goes on after its first colon that no genitive's "s"
    ends: a label that reaches past it holds that colon inside a word, not at its end; the
    text's length where the line has none."""
    end = line_end(text, line_start)
    colon = WORD_COLON.search(text, line_start, end)
    if colon is not None and colon["s"]:
        return colon.end()  # the word's letter after "s"
    goes_on = GOES_ON.search(text, colon.end(), end) if colon else None
    return goes_on.start() if goes_on else len(text)
