"""The model's JSON form: every example school survives the round trip, and damage is a miss."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import enum
import json
import random
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import TEMPLATES, generate
from generator.check.run import check_content
from generator.model import Organiser, Project, School
from generator.model.codec import FORMAT, Undecodable, dumps, from_data, loads, to_data
from generator.problems import Severity

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def project() -> Any:
    checked = check_content(ROOT / "content")
    assert checked.model is not None
    return checked.model


def test_every_example_school_and_the_organiser_survive_the_round_trip(project: Any) -> None:
    for school in project.schools:
        assert loads(School, dumps(school)) == school
    assert loads(Organiser, dumps(project.organiser)) == project.organiser


def test_the_json_is_plain_data(project: Any) -> None:
    data = json.loads(dumps(project.schools[0]))
    assert data["format"] == FORMAT
    assert data["data"]["plans"][0]["period"]["kind"] in ("läsår", "kalenderår")


@pytest.mark.parametrize(
    "text",
    [b"", b"\x80\x81", b"[]", b'{"format": 2, "data": {}}', b'{"format": 1, "data": []}',
     b'{"format": 1, "data": {"id": "x"}}', b'{"format": 1}', b"null", b"1e999999"],
)  # fmt: skip
def test_damaged_or_foreign_data_is_undecodable(text: bytes) -> None:
    with pytest.raises(Undecodable):
        loads(School, text)


def test_every_single_damage_to_a_school_is_a_miss_never_a_crash(project: Any) -> None:
    rng = random.Random(11)
    data = to_data(project.schools[0])
    for _trial in range(300):
        damaged = json.loads(json.dumps(data))
        node, key = _random_slot(damaged, rng)
        node[key] = rng.choice([None, 1, 1.5, True, "x", [], {}, "2026-13-01", "okänd"])
        try:
            from_data(School, damaged)
        except Undecodable:
            continue


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
    return rng.choice(slots)


def _plain_data(value: Any) -> Any:
    """`to_data` as it was before it kept a converter per type: the reference."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    for kind, convert in (
        (enum.Enum, lambda v: v.value),
        (dt.date, lambda v: v.isoformat()),
        (bytes, lambda v: {"base64": base64.b64encode(v).decode("ascii")}),
        (tuple | list, lambda v: [_plain_data(item) for item in v]),
        (dict, lambda v: {str(key): _plain_data(item) for key, item in v.items()}),
    ):
        if isinstance(value, kind):
            return convert(value)
    return value


def test_the_quick_encoding_writes_what_the_plain_walk_writes(project: Any, tmp_path: Path) -> None:
    content = tmp_path / "content"
    generate(content, len(TEMPLATES))
    checked = check_content(content)
    values = [project.organiser, *project.schools, *checked.schools, checked.report]
    values += [checked.models.school(s.id) for s in checked.schools]
    odd = [b"\x00bytes", {1: (True, None, 2.5)}, [dt.date(2026, 1, 2)], Severity.ERROR]
    for value in [*values, *odd]:
        plain = json.dumps(_plain_data(value), ensure_ascii=False)
        assert json.dumps(to_data(value), ensure_ascii=False) == plain
    assert to_data(Project) is _plain_data(Project) is Project  # a class is left as it is
