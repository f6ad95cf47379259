"""What to say of a value written after a bullet on its key's line (`ansvarig: - Kurator`),
by what the field is: a field that takes a list gets the list written as YAML writes one,
any other field the value without the bullet.

`load.indicators` cannot tell the two apart (the load stage knows no schema); it says
to remove the bullet. Here, where the schemas are, the field is looked up by the keys
above the line (`load.keypath`), and the hint of a list field is replaced.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from generator.load.indicators import is_bullet_hint
from generator.load.keypath import key_path
from generator.load.layout import ORGANISER_FILE, PLANS
from generator.load.reports import REPORTS
from generator.problems import Problem
from generator.validate.schemas import schema_with_resolver

# The schema of each kind of content file, by its name or its folder's.
SCHEMA_OF_FILE = {ORGANISER_FILE: "huvudman", "skola.yml": "skola", "arshjul.yml": "arshjul"}
SCHEMA_OF_FOLDER = {PLANS: "trygghetsplan", "sidor": "sida", REPORTS: "rapport"}
DEPTH = 12  # references and combinations followed from one field


def with_list_hints(problems: list[Problem], root: Path) -> list[Problem]:
    """`problems`, a bullet's hint replaced by how to write a list where the field takes one
    (`root` is the folder the problems' paths start from)."""
    return [_told(p, root) if p.code == "TP003" and is_bullet_hint(p.hint) else p for p in problems]


def list_hint(key: str, item: str) -> str:
    """How to write `key: - item` as the list it is meant to be."""
    return (
        f"{key} tar en lista: låt {key}: stå ensamt på raden och skriv varje punkt på en "
        f"egen rad under, två mellanslag längre in och med - först: - {item}"
    )


def _told(problem: Problem, root: Path) -> Problem:
    name = schema_of(problem.location.file)
    try:
        lines = (root / problem.location.file).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return problem
    keys = key_path(lines, problem.location.line)
    if not name or not keys or not takes_list(name, keys):
        return problem
    item = problem.hint.partition(f": {keys[-1]}: ")[2]  # as `bullet_hint` shows it
    return dataclasses.replace(problem, hint=list_hint(keys[-1], item))


def schema_of(file: str) -> str:
    """The schema of the content file at `file` (a path as messages show it); "" for none."""
    path = PurePosixPath(file)
    return SCHEMA_OF_FILE.get(path.name) or SCHEMA_OF_FOLDER.get(path.parent.name, "")


def takes_list(name: str, keys: tuple[str, ...]) -> bool:
    """Whether the field at `keys` of schema `name` (list items passed over) is a list in
    any of the forms the schema allows."""
    schema, resolver = schema_with_resolver(name)
    found = [(schema, resolver)]
    for key in keys:
        found = [
            (form["properties"][key], resolved)
            for part, at in found
            for form, resolved in _forms(part, at, items=True)
            if isinstance(form.get("properties"), dict) and key in form["properties"]
        ]
    return any(_is_list(form) for part, at in found for form, _resolved in _forms(part, at))


def _forms(
    schema: Any, resolver: Any, *, items: bool = False, depth: int = 0
) -> Iterator[tuple[Any, Any]]:
    """`schema` and every schema it also is: through $ref, allOf, anyOf, oneOf, then and
    else, and (`items`) a list's items, since the keys pass over list items. A schema
    that refers to itself is followed `DEPTH` steps, far more than any field needs."""
    if not isinstance(schema, dict) or depth > DEPTH:
        return
    yield schema, resolver
    parts = [schema.get(k) for k in ("then", "else", *(("items",) if items else ()))]
    parts += [part for k in ("allOf", "anyOf", "oneOf") for part in schema.get(k, ())]
    if isinstance(schema.get("$ref"), str):
        resolved = resolver.lookup(schema["$ref"])
        yield from _forms(resolved.contents, resolved.resolver, items=items, depth=depth + 1)
    for part in parts:
        yield from _forms(part, resolver, items=items, depth=depth + 1)


def _is_list(schema: Any) -> bool:
    kind = schema.get("type")
    return kind == "array" or (isinstance(kind, list) and "array" in kind)
