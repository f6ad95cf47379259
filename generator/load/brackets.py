"""Brackets in author Markdown as Python-Markdown pairs them: which `[` and `(` closes
which (`Pairs`, found in one pass), whether a `[…]` is an image, which text it sits in,
and which reference definition a reference image (`![x][1]`, `![x][]`, `![x]`) uses.

The renderer (`render.markdown.links`) rewrites by these and `trygg check`
(`validate.links`) tells by them, so both read the same images and links.
"""

from __future__ import annotations

import re

from generator.load.definitions import definitions
from generator.text import is_escaped

BRACKETS = re.compile(r"[\[\]()]")


class Pairs:
    """Which bracket closes which, found in one pass: every lookup is then O(1), so the
    sanitizer stays linear even on a page of nothing but `![` or `](`."""

    def __init__(self, text: str) -> None:
        self.closing: dict[int, int] = {}
        self.opening: dict[int, int] = {}
        open_square: list[int] = []
        open_round: list[int] = []
        for match in BRACKETS.finditer(text):
            index, char = match.start(), match.group()
            if is_escaped(text, index):
                continue
            stack = open_square if char in "[]" else open_round
            if char in "[(":
                stack.append(index)
            elif stack:
                start = stack.pop()
                self.closing[start] = index
                self.opening[index] = start
        self.text = text
        self._in_link: set[int] | None = None

    def bracket(self, start: int) -> int:
        """Index of the `]` matching the `[` at `start`, or -1."""
        return self.closing.get(start, -1)

    def target_end(self, start: int) -> int:
        """End (exclusive) of the target that starts at `start`, after `(`."""
        return self.closing.get(start - 1, len(self.text))

    def reference(self, close: int) -> tuple[str, int, int] | None:
        """(label, its start, the reference's end) of the reference that follows the `]` at
        `close` (`[1]`, `[]` or nothing, the text itself being the label); None after `(`."""
        text, after = self.text, close + 1
        if text[after : after + 1] == "(":
            return None
        spaced = after + 1 if text[after : after + 1] in (" ", "\n") else after
        label_end = self.bracket(spaced) if text[spaced : spaced + 1] == "[" else -1
        opening = self.opening.get(close, close)
        if label_end < 0:
            return text[opening + 1 : close], opening + 1, after  # shortcut: ![x]
        if label_end == spaced + 1:
            return text[opening + 1 : close], opening + 1, label_end + 1  # collapsed: ![x][]
        return text[spaced + 1 : label_end], spaced + 1, label_end + 1

    def is_image(self, close: int) -> bool:
        """Whether the `[` that the `]` at `close` closes follows an unescaped `!`."""
        start = self.opening.get(close, -1)
        return start > 0 and self.text[start - 1] == "!" and not is_escaped(self.text, start - 1)

    def in_link_text(self, start: int) -> bool:
        """Whether the `[` at `start` stands in a link's text or an image's alt text, where
        Python-Markdown makes no link: `[![x](a.png)](b.md)`."""
        if self._in_link is None:
            self._in_link = self._nested()
        return start in self._in_link

    def _nested(self) -> set[int]:
        text, inside = self.text, set()
        stack: list[tuple[int, bool]] = []  # (close, this or an enclosing one is a link)
        for start in sorted(i for i in self.closing if text[i] == "["):
            while stack and stack[-1][0] < start:
                stack.pop()
            enclosed = bool(stack) and stack[-1][1]
            if enclosed:
                inside.add(start)
            close = self.closing[start]
            linking = text[close + 1 : close + 2] in ("(", "[") or self.is_image(close)
            stack.append((close, enclosed or linking))
        return inside


def label_key(label: str) -> str:
    """A reference label as compared, more loosely than Python-Markdown does (case and
    every blank ignored), so that no reference it resolves is missed."""
    return "".join(label.split()).casefold()


def defined_labels(text: str) -> set[str]:
    """The keys (`label_key`) of every reference definition in `text`."""
    return {label_key(definition.label) for definition in definitions(text)}
