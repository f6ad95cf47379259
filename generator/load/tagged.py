"""A text that starts with "! " (`effekt: ! Viktigt`): YAML reads the "!" as a tag that
says nothing and drops it, so the text would load without its first character and no
error. Told as the other texts that start with a character YAML reads as its own syntax
(`load.indicators`): to be quoted."""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.load.indicators import indicator_start
from generator.load.yamlerrors import LoadError

# A line whose value may start with "!": only such a file is walked.
MAYBE = re.compile(r"(?m)^[ \t]*(?:-[ \t]+)*(?:[^\s#'\"][^#\n]*?:[ \t]+)?![ \t]")


def tagged_text(root: Node, text: str) -> LoadError | None:
    """The first plain value written after a bare "!" in `text` as a TP003; else None."""
    lines = text.splitlines()
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            stack.extend(value for _key, value in reversed(node.value))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, ScalarNode) and _after_bang(node, lines):
            line = node.start_mark.line + 1
            told = indicator_start(lines, line)
            if told is not None:
                column, detail, hint = told
                return LoadError("TP003", detail, hint, line, column)
    return None


def _after_bang(node: ScalarNode, lines: list[str]) -> bool:
    mark = node.start_mark
    written = lines[mark.line] if mark.line < len(lines) else ""
    return written[mark.column : mark.column + 2] in ("! ", "!\t")
