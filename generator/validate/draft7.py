"""Draft 07 as trygg's schemas mean it, shared by jsonschema and the compiled check
(`validate.schemafast`): the JSON types, the formats with `tidpunkt`, and `minLength`
counted without the blanks at a text's ends.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Iterator
from typing import Any

from jsonschema import Draft7Validator, FormatChecker, ValidationError

from generator.load import dates

Check = Callable[[Any], bool]


def _formats() -> FormatChecker:
    """jsonschema's draft-07 formats, with `date` held to the years content may name, and
    `tidpunkt`: a plan date that exists (`load.dates`)."""
    checker = FormatChecker(())
    checker.checkers = dict(Draft7Validator.FORMAT_CHECKER.checkers)
    checker.checks("date")(_is_day)
    checker.checks("tidpunkt")(lambda value: not isinstance(value, str) or dates.is_possible(value))
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
