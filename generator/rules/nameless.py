"""The keys whose values cannot hold a pupil's name, read from the content schemas.

The name rule (TP404) reads every published string value but these: a value the schema
restricts to a list (`enum`, `const`), to a date, an address or a web address (`format`),
or to a pattern that no name can take (a colour, a postal code, a grade span, a domain,
a photo's file name, whose name is read as a file's), and a reference to an id (`$ref`
to an `id` definition under another key than `id`: the id is read where it is given).
A key counts only when every place the schemas use it is such a value; a key the schemas
do not know is read. Deriving the set from the schemas keeps it in step with them: a new
free-text field is read without anyone listing it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

from generator.validate.schemas import load_schemas

# Formats whose values are a day, a plan date, an e-mail address or a web address.
NAMELESS_FORMATS = frozenset({"date", "tidpunkt", "email", "uri"})
# What a name takes in a value the rule reads (`rules.pii`): a text, an id, a file name.
# A pattern that accepts none of them cannot hold a name. (tests/rules check that the
# rule finds a pupil in each.)
NAME_PROBES = ("Saga i 7A", "Saga Lind i 7A", "saga-7a", "saga_i_7a", "Saga7A", "Saga")

Schema = dict[str, Any]


def _resolve(ref: str, file: str, schemas: dict[str, Schema]) -> tuple[Schema, str]:
    target, _, pointer = ref.partition("#")
    file = target or file
    node: Any = schemas[file]
    for part in pointer.strip("/").split("/") if pointer.strip("/") else ():
        node = node[part]
    return node, file


def _is_id_ref(ref: str) -> bool:
    return ref.rpartition("/")[2] == "id"


def _nameless(schema: Schema, file: str, schemas: dict[str, Schema], key: str) -> bool:
    """Whether no value the schema allows under `key` holds a string that can hold a name:
    one restriction that says so is enough (an `allOf` part, a `$ref`), and every choice
    of an `anyOf` or a `oneOf` must."""
    types = schema.get("type")
    kinds = set(types) if isinstance(types, list) else {types} if types else set()
    return (
        _restricted(schema, file, schemas, key)
        or any(_nameless(p, file, schemas, key) for p in schema.get("allOf", ()))
        or any(
            choices and all(_nameless(p, file, schemas, key) for p in choices)
            for choices in (schema.get("anyOf"), schema.get("oneOf"))
        )
        # An object's strings have keys of their own; an array's items are under its key.
        or (bool(kinds) and not kinds & {"string", "array"})
        or (kinds == {"array"} and _nameless(schema.get("items", {}), file, schemas, key))
    )


def _restricted(schema: Schema, file: str, schemas: dict[str, Schema], key: str) -> bool:
    """The schema's own restriction: a list, a format, a pattern, a `$ref`."""
    if "enum" in schema or "const" in schema or schema.get("format") in NAMELESS_FORMATS:
        return True
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not any(re.search(pattern, p) for p in NAME_PROBES):
        return True
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        return False
    if _is_id_ref(ref) and key != "id":
        return True  # a reference: the id it names is read where it is given
    target, target_file = _resolve(ref, file, schemas)
    return _nameless(target, target_file, schemas, key)


def _uses(node: Any, file: str) -> Iterator[tuple[str, Schema, str]]:
    """(key, schema, file) of every property anywhere in a schema file."""
    if isinstance(node, dict):
        for key, value in (node.get("properties") or {}).items():
            if isinstance(value, dict):
                yield key, value, file
        for value in node.values():
            yield from _uses(value, file)
    elif isinstance(node, list):
        for value in node:
            yield from _uses(value, file)


@functools.cache
def nameless_keys() -> frozenset[str]:
    """The keys whose every use in the schemas is a value that cannot hold a name."""
    schemas = load_schemas()
    verdicts: dict[str, bool] = {}
    for file, schema in schemas.items():
        for key, value, where in _uses(schema, file):
            verdicts[key] = verdicts.get(key, True) and _nameless(value, where, schemas, key)
    return frozenset(key for key, nameless in verdicts.items() if nameless)


@functools.cache
def address_keys() -> frozenset[str]:
    """The keys the schemas give a web address (`format: uri`) anywhere: not read as
    text, but as an address's words (TP404, `rules.linked_names`)."""
    schemas = load_schemas()
    return frozenset(
        key
        for file, schema in schemas.items()
        for key, value, _where in _uses(schema, file)
        if value.get("format") == "uri"
    )
