"""The edits the benchmarks time: words put into a plan's vision (which the portal does
not show), in every form a plan writes its vision (`vision: text`, `vision: >-` and the
lines under it, or `vision:` with `text:` under it)."""

from __future__ import annotations

BLOCK = ("", ">-", ">", "|", "|-")


def with_vision_words(plan: str, words: str) -> str:
    """`plan` (YAML text) with `words` and a space put first in its vision's text."""
    lines = plan.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith("vision:"))
    key = "vision:"
    if lines[index + 1].strip().startswith("text:"):
        index, key = index + 1, "text:"
    line = lines[index]
    value = line.split(key, 1)[1].strip()
    if value not in BLOCK:
        lines[index] = line.replace(f"{key} ", f"{key} {words} ", 1)
    else:
        following = lines[index + 1]
        indent = len(following) - len(following.lstrip())
        lines[index + 1] = f"{following[:indent]}{words} {following[indent:]}"
    return "\n".join(lines)
