"""Which field a line of an unreadable file is in (`load.keypath`), and whether the schema
lets it take a list (`validate.listhints`): what decides a bullet's hint."""

from __future__ import annotations

import pytest

from generator.load.keypath import key_path
from generator.validate.listhints import schema_of, takes_list

PLAN = """\
id: x
åtgärder:
  - id: B1
    beskrivning: |
      text: här
    ansvarig: - Kurator
rutiner:
- steg:
  - text: a
    vem: - Rektor
skolformer: - grundskola
""".splitlines()


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        (6, ("åtgärder", "ansvarig")),
        (10, ("rutiner", "steg", "vem")),
        (11, ("skolformer",)),
        (5, ()),  # a line of a block text: its "key" has a value (|) above it
    ],
)
def test_the_keys_above_a_line_are_read_from_its_indentation(
    line: int, keys: tuple[str, ...]
) -> None:
    assert key_path(PLAN, line) == keys


@pytest.mark.parametrize(
    ("file", "keys", "listed"),
    [
        ("content/skolor/a/skola.yml", ("skolformer",), True),
        ("content/skolor/a/skola.yml", ("trygghetsteam",), True),
        ("content/skolor/a/trygghetsplan/2026-27.yml", ("åtgärder", "adresserar"), True),
        ("content/skolor/a/trygghetsplan/2026-27.yml", ("åtgärder", "ansvarig"), False),
        ("content/skolor/a/arshjul.yml", ("aktiviteter", "ansvarig"), False),
        ("content/huvudman.yml", ("rutiner", "elev_elev", "steg", "vem"), False),
    ],
)
def test_a_field_takes_a_list_where_its_schema_says_so(
    file: str, keys: tuple[str, ...], listed: bool
) -> None:
    assert takes_list(schema_of(file), keys) is listed
