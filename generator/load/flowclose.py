"""A [ ] or { } on one line that YAML cannot close: `adresserar: [F1` without its `]`, or
`{roll: Kurator namn: Johan Ek}` without the comma between its pairs.

PyYAML says only that it expected a comma or the closing bracket; the author's line shows
which one is missing, and where.
"""

from __future__ import annotations

import re

import yaml

from generator.load.told import Told
from generator.personal_data import has_personal_number

EXPECTED = "expected ',' or"
# The word before a colon, with a value (not a key, a comma or a bracket) before it:
# `Kurator namn` in `{roll: Kurator namn: Johan Ek}`.
KEY_AFTER_VALUE = re.compile(r"[^\s,{\[:]([ \t]+)(?P<key>[^\s,:{}\[\]]+)[ \t]*$")
COMMENT = re.compile(r"[ \t]+#.*$")


def unclosed_flow(error: yaml.MarkedYAMLError, lines: list[str]) -> Told | None:
    """The comma or bracket missing on the line that opens the [ ] or { } of `error`."""
    opening, stopped, problem = error.context_mark, error.problem_mark, str(error.problem)
    if not problem.startswith(EXPECTED) or opening is None or stopped is None:
        return None
    closer = "]" if "']'" in problem else "}"
    kind = "listan inom [ ]" if closer == "]" else "mappningen inom { }"
    written = lines[opening.line] if opening.line < len(lines) else ""
    if has_personal_number(written):  # never in a message, which CI logs keep (TP401)
        return None
    if stopped.line == opening.line and problem.endswith("but got ':'"):
        before = written[: stopped.column]
        if (key := KEY_AFTER_VALUE.search(before)) is None:
            return None
        fixed = f"{before[: key.start(1)]},{written[key.start(1) :]}".strip()
        detail = f"ett komma saknas före {key['key']}: i {kind}"
        return Told(stopped.line + 1, key.start("key") + 1, detail, _hint(fixed))
    line = COMMENT.sub("", written).rstrip()
    if stopped.line > opening.line and not line.endswith(","):
        detail = f"{kind} stängs inte på raden"
        hint = f"avsluta med {closer} på samma rad: {line.strip()}{closer}"
        return Told(opening.line + 1, opening.column + 1, detail, hint)
    return None


def _hint(fixed: str) -> str:
    return f"sätt ett komma mellan paren, eller citattecken runt en text med kolon: {fixed}"
