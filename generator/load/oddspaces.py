"""A space that is not a plain one where YAML needs a plain one, told as what it is.

Word keeps words together with a non-breaking space (U+00A0), and a text pasted from it
brings them along: they look like any space, but YAML neither indents with them nor takes
one after a key's colon or a list's dash. PyYAML then says that a colon stands where it
may not, or that a line has none, often at the line after; this names the space, at its
own line and column (`invisible.space_named`).
"""

from __future__ import annotations

import re
import unicodedata

import yaml

from generator.invisible import named, space_named
from generator.load.told import Told

# The spaces of Unicode (category Zs) but the plain one, and the invisible characters a
# copy from Word or a web page leaves (a soft hyphen, a zero-width space or joiner).
ODD = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u200b-\u200d\u2060"
INDENT = re.compile(rf"^ *(?P<odd>[{ODD}])[ {ODD}]*\S")
AFTER_DASH = re.compile(rf"^ *-(?P<odd>[{ODD}])")
AFTER_COLON = re.compile(rf"^ *(?:- +)?(?P<key>[^\s#'\"{{}}\[\],:{ODD}-][^:#]*?):(?P<odd>[{ODD}])")
NEAR = 2  # lines above the one PyYAML stopped at where the space may be


def odd_space(error: yaml.MarkedYAMLError, lines: list[str]) -> Told | None:
    """The first space that is not a plain one where YAML needs one, on the line where
    `error` started, where it stopped or the two lines above that; None if there is none."""
    marks = [mark.line for mark in (error.context_mark, error.problem_mark) if mark is not None]
    if not marks:
        return None
    last = max(marks)  # and where it started: a key whose colon YAML did not see, far above
    for index in sorted({*marks, *range(max(last - NEAR, 0), last)}):
        if index < len(lines) and (told := _on_line(lines[index], index + 1)) is not None:
            return told
    return None


def _on_line(text: str, line: int) -> Told | None:
    if found := INDENT.match(text):
        name = odd_named(found["odd"])
        detail = f"raden är indragen med {name}, som YAML inte räknar som indrag"
        hint = "radera indraget och skriv det med vanliga mellanslag"
    elif found := AFTER_DASH.match(text):
        name = odd_named(found["odd"])
        detail = f"efter - står {name}, så YAML läser inte raden som en punkt i en lista"
        hint = _fix(found["odd"], "-")
    elif found := AFTER_COLON.match(text):
        key, name = found["key"].strip(), odd_named(found["odd"])
        detail = f"efter {key}: står {name}, så YAML ser inget kolon som skiljer nyckel och värde"
        hint = _fix(found["odd"], f"{key}:")
    else:
        return None
    return Told(line, found.start("odd") + 1, detail, hint)


def odd_named(char: str) -> str:
    """`ett hårt mellanslag (U+00A0), ofta från Word`, `ett osynligt tecken, U+00AD …`."""
    if unicodedata.category(char) == "Zs":
        return space_named(char)
    return f"ett osynligt tecken, {named(char)}"


def _fix(char: str, after: str) -> str:
    """How to write a plain space after `after` (a dash, or a key and its colon)."""
    if unicodedata.category(char) == "Zs":
        return f"skriv ett vanligt mellanslag efter {after} i stället"
    return (
        f"ta bort tecknet: radera det som står efter {after} fram till texten och skriv ett "
        "vanligt mellanslag"
    )
