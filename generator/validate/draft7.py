"""Draft 07 as trygg's schemas mean it, shared by jsonschema and the compiled check
(`validate.schemafast`): the JSON types, the formats with `tidpunkt`, `minLength`
counted without the blanks at a text's ends, and `pattern` read as ECMA-262 reads it.
"""

from __future__ import annotations

import functools
import numbers
import re
from collections.abc import Callable, Iterator
from typing import Any

from jsonschema import Draft7Validator, FormatChecker, ValidationError

from generator.load import dates, safeurls

Check = Callable[[Any], bool]


def _formats() -> FormatChecker:
    """jsonschema's draft-07 formats, with `date` held to the years content may name, and
    `tidpunkt`: a plan date that exists (`load.dates`)."""
    checker = FormatChecker(())
    checker.checkers = dict(Draft7Validator.FORMAT_CHECKER.checkers)
    checker.checks("date")(_is_day)
    checker.checks("tidpunkt")(lambda value: not isinstance(value, str) or dates.is_possible(value))
    # jsonschema checks `uri` only with a package trygg does not need; the schemas' patterns
    # ask for http(s)://, and this that the address can be read (MkDocs reads every link).
    checker.checks("uri")(lambda value: not isinstance(value, str) or safeurls.readable(value))
    return checker


def _is_day(value: Any) -> bool:
    """A day of the calendar (draft-07's `date`) in `dates.YEARS`."""
    if not isinstance(value, str):
        return True
    return Draft7Validator.FORMAT_CHECKER.conforms(value, "date") and not dates.outside_years(value)


FORMATS = _formats()


def is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


TYPES: dict[str, Check] = {
    "array": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "integer": _is_integer,
    "null": lambda v: v is None,
    "number": is_number,
    "object": lambda v: isinstance(v, dict),
    "string": lambda v: isinstance(v, str),
}


def written_length(text: str) -> int:
    """A text's length for `minLength`: blanks alone are no text ("   " is empty, as a
    title in the menu or a cell in a table shows it), so they are not counted at its ends."""
    return len(text.strip())


def written_min_length(
    validator: Any, minimum: int, instance: Any, _schema: Any
) -> Iterator[ValidationError]:
    """jsonschema's `minLength`, counted as `written_length`."""
    if isinstance(instance, str) and written_length(instance) < minimum:
        yield ValidationError(f"{instance!r} is too short")


@functools.cache
def pattern_search(pattern: str) -> Callable[[str], re.Match[str] | None]:
    """`re.search` for a schema `pattern` as ECMA-262 (and so an editor) reads it: `$` is
    the end of the text, never before a last line break as in Python ("A9\\n" is no id)."""
    return re.compile(_ecma_ends(pattern)).search


def _ecma_ends(pattern: str) -> str:
    """`pattern` with each `$` that is an anchor (not escaped, not in a class) as `\\Z`."""
    out, escaped, in_class = [], False, False
    for char in pattern:
        anchor = char == "$" and not escaped and not in_class
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "[]":
            in_class = char == "["
        out.append(r"\Z" if anchor else char)
    return "".join(out)


def ecma_pattern(
    validator: Any, pattern: str, instance: Any, _schema: Any
) -> Iterator[ValidationError]:
    """jsonschema's `pattern`, matched as `pattern_search`."""
    if isinstance(instance, str) and pattern_search(pattern)(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")
