"""Headings in author Markdown (`safety`): counted, and moved down under the page's
own headings or, where a field may have none, turned into bold text."""

from __future__ import annotations

import re

from generator.render.markdown.codefences import fence_segments, newlines

ATX_HEADING = re.compile(r"^(#{1,6})[ \t]*(.*?)[ \t#]*$")
SETEXT_RULE = re.compile(r"^(=+|-+)[ \t]*$")


def heading_levels(text: str) -> list[int]:
    """The levels of the ATX and setext headings outside code fences."""
    levels: list[int] = []
    for is_code, segment in fence_segments(newlines(text), diagrams=False):
        lines = [] if is_code else segment.split("\n")
        for index, line in enumerate(lines):
            if match := ATX_HEADING.match(line):
                levels.append(len(match.group(1)))
            elif index and lines[index - 1].strip() and SETEXT_RULE.match(line):
                levels.append(1 if line.strip()[0] == "=" else 2)
    return levels


def headings(text: str, shift: int | None) -> str:
    """Headings become bold text (`shift` None) or move `shift` levels down."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if match := ATX_HEADING.match(line):
            lines[index] = _heading(match.group(2), len(match.group(1)), shift)
        elif index and lines[index - 1].strip() and SETEXT_RULE.match(line):
            rule = line.strip()
            level = 1 if rule[0] == "=" else 2
            if shift is not None and not ATX_HEADING.match(lines[index - 1]):
                lines[index - 1] = _heading(lines[index - 1].strip(), level, shift)
                lines[index] = ""
            else:
                lines[index] = "\\" + rule if rule[0] == "-" else "&#61;" + rule[1:]
    return "\n".join(lines)


def _heading(title: str, level: int, shift: int | None) -> str:
    if shift is not None:
        return "#" * min(level + shift, 6) + " " + title
    return f"**{title}**" if title else ""
