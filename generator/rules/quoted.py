"""Where each character of a double-quoted YAML value was written.

YAML decodes a double-quoted value before anything reads it: escapes become characters
("\\x31" is "1") and a line break with the indentation after it becomes one space. A
rule that finds something in the decoded value must still name the line and column
where the author wrote it, so the value is decoded here as PyYAML's scanner decodes it
(`scan_flow_scalar`), keeping for each decoded character the index of the raw text it
came from. The caller compares the result with the loader's value and uses it only when
the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BREAKS = "\r\n\x85\u2028\u2029"
BLANKS = " \t"
# What an escape stands for (YAML 1.1 as PyYAML reads it); \x, \u and \U give a code.
REPLACED = {
    "0": "\0", "a": "\x07", "b": "\x08", "t": "\t", "\t": "\t", "n": "\n", "v": "\x0b",
    "f": "\x0c", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
CODE_LENGTHS = {"x": 2, "u": 4, "U": 8}


@dataclass
class _Reader:
    raw: str
    at: int = 1  # past the opening quote
    text: list[str] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)

    def put(self, characters: str, origin: int) -> None:
        self.text.append(characters)
        self.origins.extend([origin] * len(characters))

    def peek(self, ahead: int = 0) -> str:
        index = self.at + ahead
        return self.raw[index] if index < len(self.raw) else ""


def decode_double_quoted(raw: str) -> tuple[str, tuple[int, ...]] | None:
    """The value of `raw` (a double-quoted scalar as written, quotes included) and, for
    each of its characters, the index in `raw` it was written at; None for text this
    reader does not follow (the loader has refused it, or it is not double-quoted)."""
    if len(raw) < 2 or raw[0] != '"' or raw[-1] != '"':
        return None
    reader = _Reader(raw)
    try:
        while reader.at < len(raw) - 1:
            _read_part(reader)
    except (ValueError, IndexError):
        return None
    if reader.at != len(raw) - 1:
        return None
    return "".join(reader.text), tuple(reader.origins)


def _read_part(reader: _Reader) -> None:
    """One character, escape or run of blanks and line breaks."""
    character = reader.peek()
    if character == "\\":
        _read_escape(reader)
    elif character in BLANKS or character in BREAKS:
        _read_spaces(reader)
    else:
        reader.put(character, reader.at)
        reader.at += 1


def _read_escape(reader: _Reader) -> None:
    start, kind = reader.at, reader.peek(1)
    reader.at += 2
    if kind in REPLACED:
        reader.put(REPLACED[kind], start)
    elif kind in CODE_LENGTHS:
        digits = reader.raw[reader.at : reader.at + CODE_LENGTHS[kind]]
        if len(digits) != CODE_LENGTHS[kind]:
            raise ValueError(digits)
        reader.put(chr(int(digits, 16)), start)
        reader.at += len(digits)
    elif kind and kind in BREAKS:
        reader.at -= 1
        _line_break(reader)  # an escaped break joins the lines without a space
        for origin, empty in _following_breaks(reader):
            reader.put(empty, origin)
    else:
        raise ValueError(kind)


def _read_spaces(reader: _Reader) -> None:
    start = reader.at
    while reader.peek() and reader.peek() in BLANKS:
        reader.at += 1
    if not reader.peek() or reader.peek() not in BREAKS:
        for origin in range(start, reader.at):  # blanks inside a line are kept
            reader.put(reader.raw[origin], origin)
        return
    at_break = reader.at
    kind = _line_break(reader)
    breaks = _following_breaks(reader)
    if kind != "\n":
        reader.put(kind, at_break)
    elif not breaks:
        reader.put(" ", at_break)  # a line break between words reads as one space
    for origin, empty in breaks:
        reader.put(empty, origin)


def _line_break(reader: _Reader) -> str:
    character = reader.peek()
    if character == "\r" and reader.peek(1) == "\n":
        reader.at += 2
        return "\n"
    reader.at += 1
    return "\n" if character in "\r\n\x85" else character


def _following_breaks(reader: _Reader) -> list[tuple[int, str]]:
    """The empty lines after a line break, each kept as a break; the next line's
    indentation is skipped."""
    found: list[tuple[int, str]] = []
    while True:
        while reader.peek() and reader.peek() in BLANKS:
            reader.at += 1
        if not reader.peek() or reader.peek() not in BREAKS:
            return found
        origin = reader.at
        found.append((origin, _line_break(reader)))
