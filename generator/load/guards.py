"""What no content file may hold, found before anything parses it: control characters,
and nesting so deep that a parser would run out of stack.

Both are reported in Swedish at their line and column (`LoadError`), never as a
traceback, and the offending character is named by its code point, never echoed.
"""

from __future__ import annotations

import re
import unicodedata

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.load import blocks
from generator.load.yamlerrors import LoadError
from generator.text import line_and_column

MAX_DEPTH = 64  # the schemas nest less than ten levels; a page of lists a little more
# C0 controls but tab, line feed and carriage return; DEL; C1 controls (ANSI escapes
# start with ESC, U+001B, or the C1 CSI, U+009B); and the invisible controls that override
# the text's direction, which make a text read otherwise than it is written. (Those that
# embed or isolate it, which mail and chat programs put around a pasted phone number,
# are refused only in names and titles, by their schemas.)
BIDI = "\u202d\u202e"
CONTROL = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI}]")
# What a double-quoted YAML scalar can also write as an escape (\x08, \e, \uD800): the
# controls, lone surrogates (no UTF-8 file holds one; the site cannot be written) and
# the noncharacters U+FFFE and U+FFFF (XML, so the Atom feed, has no room for them).
ESCAPED = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{BIDI}\ud800-\udfff\ufffe\uffff]")


def control_character(text: str, line_offset: int = 0) -> LoadError | None:
    """The first control character in `text`, as a problem at its position."""
    found = CONTROL.search(text)
    if found is None:
        return None
    line, column = line_and_column(text, found.start())
    return _forbidden(found.group(), line + line_offset, column)


def escaped_character(root: Node) -> LoadError | None:
    """The first quoted scalar whose escapes spell a character no file may hold, as a
    problem at the scalar's position."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode) and node.style == '"':
            if (found := ESCAPED.search(node.value)) is not None:
                mark = node.start_mark
                return _forbidden(found.group(), mark.line + 1, mark.column + 1)
        elif isinstance(node, MappingNode):
            stack.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
    return None


def _forbidden(char: str, line: int, column: int) -> LoadError:
    kind = "kontrolltecken" if unicodedata.category(char) == "Cc" else "ogiltigt tecken"
    bidi = re.fullmatch(f"[{BIDI}]", char) is not None
    name = "osynligt styrtecken för textens riktning" if bidi else unicodedata.name(char, kind)
    message = f"tecknet U+{ord(char):04X} ({name.lower()}) får inte stå i innehållet"
    hint = "ta bort tecknet: det syns inte, men kan ändra hur texten visas eller skrivs ut"
    return LoadError("TP009", message, hint, line, column)


def too_deep(root: Node, text: str) -> LoadError | None:
    """A node nested deeper than `MAX_DEPTH`, or a text whose Markdown lists or quotes
    nest past `blocks.MAX_NESTING` (it is rendered as a page is), as a problem at its
    position; one walk, as every file is read."""
    stack: list[tuple[Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return nesting_error(node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, ScalarNode):
            number = blocks.too_deep(node.value)  # None at once for a short value
            if number is not None:
                return _deep_text(node, number, text)
        elif isinstance(node, MappingNode):
            stack.extend((value, depth + 1) for _key, value in node.value)
        elif isinstance(node, SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
    return None


def _deep_text(node: ScalarNode, number: int, text: str) -> LoadError:
    """TP008 at the line of a text nested too deep where it is a literal block (|), whose
    lines are the file's; else at the text."""
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    lines = text.split("\n")
    if node.style == "|" and line + number < len(lines):
        written = lines[line + number]
        line, column = line + number + 1, len(written) - len(written.lstrip()) + 1
    return blocks.nesting_error(line, column)


def nesting_error(line: int, column: int) -> LoadError:
    message = f"innehållet är nästlat i fler än {MAX_DEPTH} nivåer"
    hint = "skriv listorna och mappningarna plattare; ingen mall behöver så många nivåer"
    return LoadError("TP008", message, hint, line, column)


def flow_depth_position(text: str) -> tuple[int, int]:
    """Where `[` and `{` first nest deeper than `MAX_DEPTH` (for a parser that gave up)."""
    depth, line, column = 0, 1, 0
    for char in text:
        column += 1
        if char == "\n":
            line, column = line + 1, 0
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return line, column
        elif char in "]}":
            depth = max(0, depth - 1)
    return 1, 1
