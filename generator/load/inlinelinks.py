"""Inline link and image targets (`[a](sida.md "titel")`) as Python-Markdown reads them,
in linear time.

Python-Markdown 3.11 (`inlinepatterns.LinkInlineProcessor.getLink`) reads, after `(` and
any blanks, either `<target>` with an optional title and `)`, or runs on counting `(` and
`)` until they balance. A quote (" or ') there starts a title: from then on only a `)`
whose last non-blank character before it is a quote that closes the title ends the link,
and if none does, the link ends at the `)` that the parentheses counted to that point
would need (a backup). Backslash escapes are read first (`\\)` is no parenthesis; `\\"` is,
since " is no escapable character, a backslash and a quote), and all of it happens inside
one block: a blank line ends what is read.

Python-Markdown scans on from every `](`, which on a paragraph of `[a](` repeated is
quadratic. Here the parentheses are paired, and the quotes and the `)` after a quote
listed, once per text; each target is then found by a few lookups.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

# Python-Markdown's escapable characters with the site's extensions (`tables` adds |).
ESCAPABLE = r"\\`*_{}\[\]()>#+\-.!|"
EVENTS = re.compile(rf"\\[{ESCAPABLE}]|[()]|[\"']|\n[ \t]*\n")
UNESCAPE = re.compile(rf"\\([{ESCAPABLE}])")
# `(<target> "title")`, the target holding no unescaped < or >.
ANGLED = re.compile(
    rf"\(\s*(<(?:\\[{ESCAPABLE}]|\\(?![{ESCAPABLE}])|[^<>\\])*>)\s*(?:('[^']*'|\"[^\"]*\")\s*)?\)"
)
OPEN_BLANKS = re.compile(r"\(\s*")
# Characters of a target read: a longer one names no file, and its first characters
# decide its scheme (`load.safeurls`), so that nested links are read in linear time.
LONGEST = 1024


@dataclass(frozen=True)
class InlineLink:
    """The target the page links to (escapes and blanks taken off; its first `LONGEST`
    characters), as written, where it is written in the text, and where the link ends."""

    target: str
    written: str  # the target as written, its escapes kept (`\\\\server\\plan.docx`)
    start: int
    end: int


class InlineLinks:
    """The inline links of one text: `at(index)` reads the one whose `(` is at `index`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.block_ends: list[int] = []  # where each block ends (at a blank line)
        self.parens: list[int] = []  # every unescaped ( and ), in order
        self.depth: list[int] = [0]  # opened minus closed before each of `parens`
        self.quotes: dict[str, list[int]] = {'"': [], "'": []}
        self.closers: list[int] = []  # each ) whose last non-blank before it is a quote
        self.closing: dict[int, int] = {}  # ( -> the ) it pairs with, in its block
        self.stripped: dict[int, int] = {}  # a block's end -> without its blank last lines
        opened: list[int] = []
        for match in EVENTS.finditer(text):
            self._event(match.group(), match.start(), opened)
        self.block_ends.append(len(text))

    def _event(self, found: str, index: int, opened: list[int]) -> None:
        if found[0] == "\n":
            self.block_ends.append(index)
            opened.clear()
        elif found in "()":
            self.parens.append(index)
            self.depth.append(self.depth[-1] + (1 if found == "(" else -1))
            if found == "(":
                opened.append(index)
                return
            if opened:
                self.closing[opened.pop()] = index
            if self.text[self._last(index)] in self.quotes:
                self.closers.append(index)
        elif found in self.quotes:
            self.quotes[found].append(index)

    def _last(self, index: int) -> int:
        """Where the last character before `index` that is no space stands (-1: none)."""
        while index > 0 and self.text[index - 1] == " ":
            index -= 1
        return index - 1

    def at(self, paren: int) -> InlineLink | None:
        """The link whose target's `(` is at `paren`, as Python-Markdown reads it; None
        where it reads no link there."""
        block_end = self.block_ends[bisect_left(self.block_ends, paren)]
        angled = ANGLED.match(self.text, paren, block_end)
        if angled is not None:
            return self._link(angled.start(1) + 1, angled.end(1) - 1, angled.end())
        start = OPEN_BLANKS.match(self.text, paren, block_end).end()  # type: ignore[union-attr]
        quote = min(self._next(char, start) for char in self.quotes)
        close = self.closing.get(paren, block_end)
        if close < quote or quote >= block_end:
            return self._link(start, close, close + 1) if close < block_end else None
        return self._titled(start, quote, block_end)

    def _titled(self, start: int, quote: int, block_end: int) -> InlineLink | None:
        """The link whose title (or what Python-Markdown takes for one) opens at `quote`."""
        text, opener = self.text, self.text[quote]
        other = self._next("'" if opener == '"' else '"', quote + 1)
        # At most two `)` after a quote fail (the one right after `quote`, the one right
        # after `other`): the loop ends within three, and copies no list.
        for next_closer in range(bisect_right(self.closers, quote), len(self.closers)):
            closer = self.closers[next_closer]
            if closer >= block_end:
                break
            last = self._last(closer)
            if (text[last] == opener and last > quote) or (text[last] != opener and last > other):
                return self._link(start, quote if text[last] == opener else other, closer + 1)
        # No title closes: the ) the parentheses counted before the quote would need.
        before = bisect_left(self.parens, start)
        counted = 1 + self.depth[bisect_left(self.parens, quote)] - self.depth[before]
        backup = bisect_left(self.parens, quote) + counted - 1
        if backup >= len(self.parens) or self.parens[backup] >= block_end:
            return None
        end = self.parens[backup]
        if text[end] == ")":
            return self._link(start, end, end + 1)
        # Counted out at a `(`, Python-Markdown takes the block up to its last two
        # characters for the target (its `data[start:-2]`).
        return self._link(start, max(start, self._stripped(block_end) - 2), block_end)

    def _stripped(self, block_end: int) -> int:
        """Where the block ending at `block_end` ends, its blank last lines left out."""
        if block_end not in self.stripped:
            last = kept = block_end
            while last > 0 and self.text[last - 1] in " \t\n":
                last -= 1
                kept = last if self.text[last] == "\n" else kept
            self.stripped[block_end] = kept
        return self.stripped[block_end]

    def _next(self, char: str, start: int) -> int:
        """The first `char` (a quote) at or after `start`; the text's length if none."""
        found = self.quotes[char]
        first = bisect_left(found, start)
        return found[first] if first < len(found) else len(self.text)

    def _link(self, start: int, end: int, after: int) -> InlineLink:
        written = self.text[start : min(end, start + LONGEST)]
        blanks = len(written) - len(written.lstrip())
        target = UNESCAPE.sub(r"\1", written).strip()
        return InlineLink(target, written.strip(), start + blanks, after)
