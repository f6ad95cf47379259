"""A line where YAML expects a key and finds no colon, told at that line.

PyYAML notices a missing colon only at the line after (`could not find expected ':'`),
so the author was sent to a line with nothing wrong with it. The commonest cause is the
text of a block (`beskrivning: >-`) that is not indented under its key: the block ends
empty at once, and the text reads as a key of its own.
"""

from __future__ import annotations

import re

import yaml

from generator.load.told import Told, spaces_changed

# A key whose value is a block of text that starts on the next line: `beskrivning: >-`,
# `- text: |`, with an optional comment.
BLOCK_KEY = re.compile(
    r"^(?P<indent> *(?:- +)?)(?P<key>[^\s#:'\"-][^#:]*):"
    r"[ \t]+(?P<block>[|>][-+0-9]*)[ \t]*(?:#.*)?$"
)
NO_COLON = "could not find expected ':'"


def keyless_line(error: yaml.MarkedYAMLError, lines: list[str]) -> Told | None:
    """The line that `error` (a colon not found) is about, or None for another error."""
    mark = error.context_mark
    if str(error.problem) != NO_COLON or mark is None or mark.line >= len(lines):
        return None
    above = next((line for line in reversed(lines[: mark.line]) if line.strip()), "")
    block = BLOCK_KEY.match(above)
    if block is not None and mark.column <= len(block["indent"]):
        key, needed = block["key"].strip(), len(block["indent"]) + 2
        return Told(
            mark.line + 1,
            mark.column + 1,
            f"texten under {key}: {block['block']} är inte indragen under nyckeln, så YAML "
            "läser den som en ny nyckel utan kolon",
            f"dra in textens rader längre än {key}:, så att de börjar med minst {needed} "
            f"mellanslag – {spaces_changed(mark.column, needed)}",
        )
    return Told(
        mark.line + 1,
        mark.column + 1,
        "raden har inget kolon, så YAML kan inte läsa den som nyckel: värde",
        "skriv nyckel: värde, eller dra in raden om den hör till texten ovanför",
    )
