"""The fast paths of `trygg check` answer exactly as the slow ones they stand in for.

- `generator.validate.schemafast`: the compiled valid/invalid check agrees with jsonschema on
  the example content and on seeded random mutations of it;
- `generator.load.yamlfast`: libyaml's node tree and the built data equal the pure-Python
  loader's, and anything it cannot vouch for goes to that loader.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.load import yamlfast
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import ContentLoader, load_yaml, parse_yaml
from generator.validate.schemas import fast_check, validator

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"huvudman.yml": "huvudman", "skola.yml": "skola", "arshjul.yml": "arshjul"}
VALUES: list[Any] = [None, True, 0, 1, -1, 2.5, 1.0, "", "x", "2025-13-45", "2025-08-01",
                     "a@b", "nope", [], [1], {}, {"x": 1}, "M1", "genomförd", 53]  # fmt: skip


def documents() -> Iterator[tuple[str, Any]]:
    for path in sorted((ROOT / "content").rglob("*.yml")):
        folder = path.parent.name
        kind = folder if folder == "trygghetsplan" else KINDS.get(path.name, "rapport")
        yield kind, load_yaml(path, path.name).data


def mutate(data: Any, rng: random.Random) -> Any:
    data = copy.deepcopy(data)
    parent, key = _random_slot(data, rng)
    if parent is None:
        return data
    if isinstance(parent, dict) and rng.random() < 0.3:
        del parent[key]
    elif isinstance(parent, dict) and rng.random() < 0.2:
        parent["okänd_nyckel"] = rng.choice(VALUES)
    else:
        parent[key] = copy.deepcopy(rng.choice(VALUES))
    return data


def _random_slot(data: Any, rng: random.Random) -> tuple[Any, Any]:
    slots: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in items:
            slots.append((node, key))
            if isinstance(value, dict | list):
                stack.append(value)
    return rng.choice(slots) if slots else (None, None)


@pytest.mark.parametrize(
    "kind", ["huvudman", "skola", "arshjul", "trygghetsplan", "sida", "rapport"]
)
def test_every_schema_compiles_to_a_fast_check(kind: str) -> None:
    assert fast_check(kind) is not None, "a new keyword? teach generator/schemafast.py"


def test_fast_check_agrees_with_jsonschema_on_mutated_content() -> None:
    rng = random.Random(8)
    cases = 0
    for kind, data in documents():
        check, full = fast_check(kind), validator(kind)
        assert check is not None
        for trial in range(60):
            instance = mutate(data, rng) if trial else data
            assert check(instance) == (next(full.iter_errors(instance), None) is None)
            cases += 1
    assert cases > 500


def _slow(text: str) -> tuple[Any, Any]:
    node = yaml.compose(text, Loader=ContentLoader)
    return node, ContentLoader(text).get_single_data()


def _marks(node: Any) -> list[tuple[Any, ...]]:
    found = []
    stack = [node]
    while stack:
        item = stack.pop()
        found.append((type(item), item.tag, item.start_mark.index, item.end_mark.index))
        if isinstance(item.value, list):
            for child in item.value:
                stack.extend(child if isinstance(child, tuple) else [child])
        else:
            found.append((item.value,))
    return found


@pytest.mark.skipif(not yamlfast.HAVE_LIBYAML, reason="PyYAML without libyaml")
def test_libyaml_tree_and_data_equal_the_strict_loaders() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "content").rglob("*.yml"))]
    texts.append("a: 1\nb: 1.5e3\nc: TRUE\nd: ~\ne:\nf: 010\n'g': \"h\"\n'null': x\n'1': y\n")
    for text in texts:
        slow_node, slow_data = _slow(text)
        fast = parse_yaml(text, Path("f.yml"), "f.yml")
        assert repr(fast.data) == repr(slow_data)
        assert _marks(fast.node) == _marks(slow_node)


@pytest.mark.parametrize(
    "text",
    ["a: &x 1\nb: *x\n", "a: !!binary aGVq\n", "a: [1, 2\n", "a: !!set {x, y}\n", "<<: {a: 1}\n"],
)
def test_what_libyaml_cannot_vouch_for_gets_the_strict_loaders_answer(text: str) -> None:
    """The same data, or an error; and an error where content has no use for what YAML
    would make (a tag, a key that is no name: `load.unreadable`)."""
    try:
        expected: Any = repr(_slow(text)[1])
    except (yaml.YAMLError, LoadError):
        expected = "error"
    if "!!" in text:
        expected = "error"
    try:
        got: Any = repr(parse_yaml(text, Path("f.yml"), "f.yml").data)
    except LoadError:  # the strict loader's Swedish form of the same error
        got = "error"
    assert got == expected
