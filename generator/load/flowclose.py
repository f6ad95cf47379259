"""A [ ] or { } on one line that YAML cannot close: `adresserar: [F1` without its `]`, or
`{roll: Kurator namn: Johan Ek}` without the comma between its pairs.

PyYAML says only that it expected a comma or the closing bracket; the author's line shows
which one is missing, and where.
"""

from __future__ import annotations

import re

import yaml

from generator.load.quoting import quoting_hint
from generator.load.told import Told
from generator.personal_data import has_personal_number

EXPECTED = "expected ',' or"
# The word before a colon, with a value (not a key, a comma or a bracket) before it:
# `Kurator namn` in `{roll: Kurator namn: Johan Ek}`.
KEY_AFTER_VALUE = re.compile(r"[^\s,{\[:]([ \t]+)(?P<key>[^\s,:{}\[\]]+)[ \t]*$")
COMMENT = re.compile(r"[ \t]+#.*$")
# The last pair before a colon, its value without quotes: `hur: Enkätfrågan` in
# `{när: 2027-02-26, hur: Enkätfrågan: elaka, samtal}`.
PAIR_BEFORE = re.compile(
    r"(?:^|[{,])[ \t]*(?P<key>[^\s,:{}\[\]'\"][^,:{}\[\]]*?):[ \t]+"
    r"(?P<value>[^\s,:{}\[\]'\"][^,:{}\[\]]*)$"
)
# Where a text with a colon in it ends: at the next `, key:` or at the closing `}`.
TEXT_END = re.compile(r",[ \t]*[^\s,:{}\[\]]+:[ \t]|\}[ \t]*(?:#.*)?$")


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
        return _colon_in_flow(written, stopped.line, stopped.column, kind)
    line = COMMENT.sub("", written).rstrip()
    if stopped.line > opening.line and not line.endswith(","):
        detail = f"{kind} stängs inte på raden"
        hint = f"avsluta med {closer} på samma rad: {line.strip()}{closer}"
        return Told(opening.line + 1, opening.column + 1, detail, hint)
    return None


def _colon_in_flow(written: str, line: int, column: int, kind: str) -> Told | None:
    """A colon in { } where a comma or a closing bracket should be (0-based `line` and
    `column`): a comma missing before a key after a one-word value (`{roll: Kurator namn:
    Johan Ek}`), else a text with `: ` in it, to be quoted (`{hur: Enkät: elaka, …}`)."""
    before = written[:column]
    key = KEY_AFTER_VALUE.search(before)
    pair = PAIR_BEFORE.search(before)
    if key is not None and (pair is None or len(pair["value"].split()) <= 2):
        fixed = f"{before[: key.start(1)]},{written[key.start(1) :]}".strip()
        detail = f"ett komma saknas före {key['key']}: i {kind}"
        return Told(line + 1, key.start("key") + 1, detail, _hint(fixed))
    if pair is None:
        return None
    rest = written[column:]
    end = TEXT_END.search(rest)
    text = (pair["value"] + rest[: end.start() if end else len(rest)]).strip()
    detail = (
        f"texten efter {pair['key'].strip()}: innehåller ': ' (kolon och mellanslag), som YAML "
        f"läser som början på en ny nyckel i {kind}"
    )
    hint = quoting_hint(pair["key"].strip(), text)
    if key is not None:  # or two pairs without their comma
        hint += f" (eller sätt ett komma före {key['key']}:, om det är en ny nyckel)"
    return Told(line + 1, column + 1, detail, hint)


def _hint(fixed: str) -> str:
    return f"sätt ett komma mellan paren, eller citattecken runt en text med kolon: {fixed}"
