"""The one fence grammar: where a fenced block in author Markdown starts and ends.

`generator.validate.fences` (which diagram fences `trygg check` validates) and
`generator.render.markdown.safety` (which fences may reach the Markdown parser)
both read fences with `fence_at`, so a page shows a diagram exactly when the
check has validated it.

The grammar follows `pymdownx.superfences` (the site's fence parser) but only
accepts what superfences certainly reads the same way: the opening line is a
prefix of spaces and `>` (no tabs), a run of three or more ` or ~ and the info
string; every non-blank line up to the closing one starts with the same prefix;
the closing line is the prefix, the same run and nothing but spaces or tabs.
Anything else is not a fence (`fence_at` gives None), and the safety layer then
shows the lines as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DIAGRAM_KINDS", "FENCE_LIKE", "FenceBlock", "diagram_kind", "fence_at"]

DIAGRAM_KINDS = ("arshjul", "flode")

# Any line superfences could take for a fence line (its prefix chars are ` `, `\t`, `>`).
FENCE_LIKE = re.compile(r"^[> \t]*(`{3,}|~{3,})")
_OPENING = re.compile(r"^(?P<prefix>[ >]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
# `flode`, `.flode` or `{ .flode }` name a diagram (superfences reads all three).
_INFO = re.compile(
    r"^[ \t]*(?:\.?(?P<lang>[\w#.+-]+)|\{[ \t]*\.(?P<braced>[\w#.+-]+)[ \t]*\})[ \t]*$"
)


@dataclass(frozen=True)
class FenceBlock:
    """A fenced block at lines[start:end + 1] (`end` is the closing line)."""

    start: int
    end: int | None  # None: no closing line (not a fence; Markdown shows it as text)
    prefix: str  # indentation and `>` before the fence on every line
    fence: str  # "```", "~~~~", ...
    info: str  # the rest of the opening line
    kind: str  # "arshjul" or "flode" for a diagram, else ""

    def body(self, lines: list[str]) -> list[str]:
        """The lines between opening and closing, with the prefix removed."""
        stop = len(lines) if self.end is None else self.end
        return [line[len(self.prefix) :] for line in lines[self.start + 1 : stop]]


def diagram_kind(info: str) -> str:
    """The diagram kind an info string names, or "" for any other block."""
    match = _INFO.match(info)
    if match is None:
        return ""
    lang = match.group("lang") or match.group("braced")
    return lang if lang in DIAGRAM_KINDS else ""


def fence_at(lines: list[str], start: int) -> FenceBlock | None:
    """The fenced block opened at lines[start], or None if that line opens none.

    `lines` must be split on `\\n` with every `\\r` already gone.
    """
    opening = _OPENING.match(lines[start])
    if opening is None:
        return None
    prefix, fence = opening.group("prefix"), opening.group("fence")
    if fence[0] == "`" and "`" in opening.group("info"):
        return None  # not a fence in CommonMark or superfences: an inline code span
    end = _closing(lines, start + 1, prefix, fence)
    return FenceBlock(
        start=start,
        end=end,
        prefix=prefix,
        fence=fence,
        info=opening.group("info"),
        kind=diagram_kind(opening.group("info")),
    )


def _closing(lines: list[str], first: int, prefix: str, fence: str) -> int | None:
    """Index of the closing line, or None when a line leaves the block first.

    A line that does not start with the prefix ends the attempt (superfences
    abandons the fence there) unless it is a blank line: a leading part of the
    prefix, like `` or `>` in a blockquote.
    """
    end = re.compile(re.escape(fence) + r"[ \t]*$")
    for index in range(first, len(lines)):
        line = lines[index]
        if line.startswith(prefix):
            if end.match(line[len(prefix) :]):
                return index
        elif not prefix.startswith(line):
            return None
    return None
