"""The compiled check's keywords that need no sub-schema: `type`, `enum`, `pattern`,
`required`, the lengths and bounds, `format` (each a function from the keyword's value to
a yes/no check). The keywords holding sub-schemas are `validate.schemafast`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.validate.draft7 import (
    FORMATS,
    TYPES,
    Check,
    is_number,
    pattern_search,
    written_length,
)


class Unsupported(Exception):
    """The schema uses a keyword the compiled check does not implement."""


def _type(value: Any) -> Check:
    names = [value] if isinstance(value, str) else value
    if not all(name in TYPES for name in names):
        raise Unsupported("type")
    checks = [TYPES[name] for name in names]
    if len(checks) == 1:
        return checks[0]
    return lambda v: any(check(v) for check in checks)


def _enum(value: list[Any]) -> Check:
    if not all(isinstance(item, str) for item in value):
        raise Unsupported("enum")  # jsonschema compares 0/1/True/False and containers specially
    allowed = frozenset(value)
    return lambda v: isinstance(v, str) and v in allowed


def _const(value: Any) -> Check:
    if not isinstance(value, str):
        raise Unsupported("const")  # as `enum`: jsonschema compares other values specially
    return lambda v: isinstance(v, str) and v == value


def _required(names: list[str]) -> Check:
    wanted = frozenset(names)
    return lambda v: not isinstance(v, dict) or v.keys() >= wanted


def _pattern(value: str) -> Check:
    search = pattern_search(value)  # as jsonschema's `pattern` here (`draft7.ecma_pattern`)
    return lambda v: not isinstance(v, str) or search(v) is not None


SIMPLE: dict[str, Callable[[Any], Check]] = {
    "type": _type,
    "enum": _enum,
    "const": _const,
    "pattern": _pattern,
    "required": _required,
    "minLength": lambda n: lambda v: not isinstance(v, str) or written_length(v) >= n,
    "maxLength": lambda n: lambda v: not isinstance(v, str) or len(v) <= n,
    "minItems": lambda n: lambda v: not isinstance(v, list) or len(v) >= n,
    "maxItems": lambda n: lambda v: not isinstance(v, list) or len(v) <= n,
    "minimum": lambda n: lambda v: not is_number(v) or not v < n,
    "maximum": lambda n: lambda v: not is_number(v) or not v > n,
    "format": lambda name: lambda v: FORMATS.conforms(v, name),
}
