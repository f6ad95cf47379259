"""Frozen dataclasses as JSON and back: the inert form of the cache and of worker jobs.

A cache folder restored by CI, or a build part from another machine, is untrusted
input, so nothing read back may run code (no pickle). `dumps` writes a dataclass as
JSON with a format number; `loads` rebuilds it from the class's type hints, checking
every value's type on the way. Anything that does not fit (another format, a damaged
file, a wrong shape, an unknown enum value) raises `Undecodable`, which callers treat
as a cache miss.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, cast

FORMAT = 22  # 2: survey methods carry their released figures; 3: plan dates are PlanDates;
# 4: the plan fields of issue 15; 5: optional plan fields; 6: utkast plans; 7: standing and
# whether a school has an utkast; 8: structured riktlinjer, the huvudman's företrädare;
# 9: the skolformer a plan covers; 10: measures name the measure they continue; 11: free
# pages' datum, plan keys and dates in the summary, the open data licence; 12: a school's
# reports; 13: reports in the summary, for the portal's feed; 14: a check's plan files;
# 15: the huvudman's klagomål; 16: a school's säg_till; 17: a check's school name as
# skola.yml writes it; 18: when the nyckeltal's survey was made, and why a plan has none;
# 19: the rektor who decided each plan in the summary, for the granskning; 20: the period
# and file of a school's utkast in the summary; 21: the plan in force of a school shown
# with its utkast; 22: a check's skolformer and årskurser as skola.yml writes them
T = TypeVar("T")
Decoder = Callable[[Any], Any]


class Undecodable(ValueError):
    """The data is not a value of the expected type (or not this format's)."""


def to_data(value: Any) -> Any:
    """`value` as JSON-ready data: dataclasses as objects, dates as ISO text, enums as values."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(kind)
    return convert(value)


def _as_is(value: Any) -> Any:
    return value


_AS_IS = frozenset((str, int, float, bool, type(None)))
_ENCODERS: tuple[tuple[Any, Callable[[Any], Any]], ...] = (
    (enum.Enum, lambda value: value.value),
    (dt.date, lambda value: value.isoformat()),
    (bytes, lambda value: {"base64": base64.b64encode(value).decode("ascii")}),
    (tuple | list, lambda value: [i if type(i) in _AS_IS else to_data(i) for i in value]),
    (dict, lambda value: {str(key): to_data(item) for key, item in value.items()}),
)
_CONVERTERS: dict[type, Callable[[Any], Any]] = {}  # by a value's exact type, made once


def _converter(kind: type) -> Callable[[Any], Any]:
    """How `to_data` converts a value of exactly the type `kind` (not a class itself)."""
    if dataclasses.is_dataclass(kind) and not issubclass(kind, type):
        names = tuple(f.name for f in dataclasses.fields(kind))

        def fields(value: Any) -> dict[str, Any]:
            found = {}
            for name in names:  # most fields are text or numbers, kept as they are
                item = getattr(value, name)
                found[name] = item if type(item) in _AS_IS else to_data(item)
            return found

        return fields
    for base, convert in _ENCODERS:
        if issubclass(kind, base):
            return convert
    return _as_is


def from_data(kind: type[T], data: Any) -> T:
    """The `kind` that `to_data` made `data` from; raises `Undecodable` if it is not one."""
    try:
        value: T = _decoder(cast(Any, kind))(data)
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as error:
        raise Undecodable(str(error)[:200]) from None
    return value


def dumps(value: Any) -> str:
    return json.dumps({"format": FORMAT, "data": to_data(value)}, ensure_ascii=False)


def loads(kind: type[T], text: str | bytes) -> T:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:  # damage, another encoding, deep nesting
        raise Undecodable(type(error).__name__) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Undecodable("another format")
    return from_data(kind, document.get("data"))


@cache
def _decoder(kind: Any) -> Decoder:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        return _union([_decoder(arg) for arg in args], type(None) in args)
    if origin is tuple:
        return _tuple(args)
    if origin is dict:
        value_of = _decoder(args[1])
        return lambda data: {_expect(k, str): value_of(v) for k, v in _expect(data, dict).items()}
    if dataclasses.is_dataclass(kind):
        return _dataclass(kind)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind
    return _SCALARS[kind]


def _expect(data: Any, kind: type[T]) -> T:
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise TypeError(f"{kind.__name__} expected, not {type(data).__name__}")
    return data


def _tuple(args: tuple[Any, ...]) -> Decoder:
    if args[-1] is Ellipsis:
        item = _decoder(args[0])
        return lambda data: tuple(item(value) for value in _expect(data, list))
    items = [_decoder(arg) for arg in args]

    def decode(data: Any) -> tuple[Any, ...]:
        found = _expect(data, list)
        if len(found) != len(items):
            raise TypeError(f"{len(items)} items expected, not {len(found)}")
        return tuple(item(value) for item, value in zip(items, found, strict=True))

    return decode


def _bytes(data: Any) -> bytes:
    found = _expect(data, dict)
    if list(found) != ["base64"]:
        raise TypeError("bytes expected")
    return base64.b64decode(_expect(found["base64"], str), validate=True)


def _number(data: Any) -> float:
    """A float field keeps an int as written (YAML's 89 stays 89 in the open data)."""
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise TypeError(f"number expected, not {type(data).__name__}")
    return data


_SCALARS: dict[Any, Decoder] = {
    str: lambda data: _expect(data, str),
    int: lambda data: _expect(data, int),
    bool: lambda data: _expect(data, bool),
    float: _number,
    bytes: _bytes,
    dt.date: lambda data: dt.date.fromisoformat(_expect(data, str)),
    type(None): lambda data: None if data is None else _expect(data, type(None)),
    Any: lambda data: data,
}


def _union(options: list[Decoder], optional: bool) -> Decoder:
    def decode(data: Any) -> Any:
        if data is None and optional:
            return None
        for option in options:
            try:
                return option(data)
            except (TypeError, ValueError):
                continue
        raise TypeError(f"no type of the union fits {type(data).__name__}")

    return decode


def _dataclass(kind: Any) -> Decoder:
    hints = typing.get_type_hints(kind)
    fields = [(f.name, _decoder(hints[f.name])) for f in dataclasses.fields(kind) if f.init]

    def decode(data: Any) -> Any:
        found = _expect(data, dict)
        if len(found) != len(fields):
            raise KeyError(f"{kind.__name__}: {sorted(found)}")
        return kind(**{name: decoder(found[name]) for name, decoder in fields})

    return decode
