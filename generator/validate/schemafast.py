"""A compiled yes/no check that a document is valid, to skip jsonschema on valid content.

jsonschema walks a document by creating a validator object per node, about 1 ms per
content file; nearly every file in a real run is valid. `compile_check` turns one
of our draft-07 schemas into nested Python closures that answer only "valid?",
ten times faster (its closures use plain loops, not `all(...)`: they run for every
node of every file). Only when the answer is no does `validate.py` run jsonschema,
which finds and explains the errors exactly as before.

The closures implement jsonschema's own draft-07 semantics for the keywords our
schemas use (same type checker, patterns as `draft7.pattern_search`, the same format
checker, `$ref` hiding its siblings; the keywords without sub-schemas are in
`validate.schemakeywords`, the meanings shared with jsonschema in `validate.draft7`).
A schema with any other keyword is not compiled (`compile_check` returns None) and is
always checked by jsonschema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jsonschema import Draft7Validator

from generator.validate.draft7 import Check
from generator.validate.schemakeywords import SIMPLE, Unsupported

if TYPE_CHECKING:
    from referencing._core import Resolver

KEYWORDS = frozenset(Draft7Validator.VALIDATORS)  # jsonschema ignores every other key


def _always(_value: Any) -> bool:
    return True


def _never(_value: Any) -> bool:
    return False


_ALWAYS: Check = _always
_NEVER: Check = _never


def compile_check(schema: Any, resolver: Resolver[Any]) -> Check | None:
    """A function telling whether an instance is valid against `schema`, or None."""
    try:
        return _Compiler().compile(schema, resolver, root=True)
    except Unsupported:
        return None


class _Compiler:
    def __init__(self) -> None:
        self.done: dict[int, Check] = {}  # id(schema) -> check, also for $ref cycles

    def compile(self, schema: Any, resolver: Resolver[Any], *, root: bool = False) -> Check:
        """`root`: `resolver` is already the one of `schema` itself (a resource or a $ref)."""
        if isinstance(schema, bool):
            return _ALWAYS if schema else _NEVER
        if not isinstance(schema, dict) or ("$id" in schema and not root):
            raise Unsupported("$id")  # jsonschema would move to another base URI
        if id(schema) in self.done:
            return self.done[id(schema)]
        checks: list[Check] = []  # filled below; a $ref cycle may call this check first

        def check(value: Any) -> bool:
            for keyword in checks:  # noqa: SIM110 (a loop is twice as fast as all(...) here)
                if not keyword(value):
                    return False
            return True

        self.done[id(schema)] = check
        for key, value in _applicable(schema):
            if (keyword := self._keyword(key, value, schema, resolver)) is not None:
                checks.append(keyword)
        return check

    def _keyword(
        self, key: str, value: Any, schema: dict[str, Any], resolver: Resolver[Any]
    ) -> Check | None:
        if key not in KEYWORDS:
            return None
        if key == "$ref":
            resolved = resolver.lookup(value)
            return self.compile(resolved.contents, resolved.resolver, root=True)
        if key in SIMPLE:
            return SIMPLE[key](value)
        if key in _NESTED:
            method: Callable[..., Check] = getattr(self, "_" + key)
            return method(value, schema, resolver)
        raise Unsupported(key)

    def _properties(self, value: dict[str, Any], _schema: Any, resolver: Resolver[Any]) -> Check:
        subs = [(name, self.compile(sub, resolver)) for name, sub in value.items()]

        def properties(instance: Any) -> bool:
            if not isinstance(instance, dict):
                return True
            for name, sub in subs:  # noqa: SIM110 (as in `check`)
                if name in instance and not sub(instance[name]):
                    return False
            return True

        return properties

    def _additionalProperties(
        self, value: Any, schema: dict[str, Any], resolver: Resolver[Any]
    ) -> Check:
        if "patternProperties" in schema:
            raise Unsupported("patternProperties")
        known = frozenset(schema.get("properties", {}))
        if isinstance(value, dict):
            sub = self.compile(value, resolver)
            return lambda v: not isinstance(v, dict) or all(sub(v[k]) for k in v if k not in known)
        if value:
            return _ALWAYS
        return lambda v: not isinstance(v, dict) or known.issuperset(v)

    def _allOf(self, value: list[Any], _schema: Any, resolver: Resolver[Any]) -> Check:
        subs = [self.compile(sub, resolver) for sub in value]
        return lambda v: all(sub(v) for sub in subs)

    def _anyOf(self, value: list[Any], _schema: Any, resolver: Resolver[Any]) -> Check:
        subs = [self.compile(sub, resolver) for sub in value]
        return lambda v: any(sub(v) for sub in subs)

    def _oneOf(self, value: list[Any], _schema: Any, resolver: Resolver[Any]) -> Check:
        subs = [self.compile(sub, resolver) for sub in value]
        return lambda v: sum(1 for sub in subs if sub(v)) == 1

    def _if(self, value: Any, schema: dict[str, Any], resolver: Resolver[Any]) -> Check:
        """`if` with the `then` and `else` beside it (which mean nothing on their own)."""
        condition = self.compile(value, resolver)
        then = self.compile(schema.get("then", True), resolver)
        otherwise = self.compile(schema.get("else", True), resolver)
        return lambda v: then(v) if condition(v) else otherwise(v)

    def _items(self, value: Any, _schema: Any, resolver: Resolver[Any]) -> Check:
        if isinstance(value, list):
            raise Unsupported("items as a list")
        sub = self.compile(value, resolver)

        def items(instance: Any) -> bool:
            if not isinstance(instance, list):
                return True
            for item in instance:  # noqa: SIM110 (as in `check`)
                if not sub(item):
                    return False
            return True

        return items

    def _propertyNames(self, value: Any, _schema: Any, resolver: Resolver[Any]) -> Check:
        sub = self.compile(value, resolver)
        return lambda v: not isinstance(v, dict) or all(sub(name) for name in v)


_NESTED = frozenset(
    ["properties", "additionalProperties", "allOf", "anyOf", "oneOf", "if", "items",
     "propertyNames"]
)  # fmt: skip


def _applicable(schema: dict[str, Any]) -> list[tuple[str, Any]]:
    """Draft 7: `$ref` hides every keyword beside it."""
    if schema.get("$ref") is not None:
        return [("$ref", schema["$ref"])]
    return list(schema.items())
