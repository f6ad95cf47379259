"""Double-quoted YAML values decoded with the place of each character (`rules.quoted`)."""

from __future__ import annotations

import random

import pytest
import yaml

from generator.rules.quoted import decode_double_quoted

PIECES = [
    "a", "ö", "1", " ", "  ", "\t", "\n", "\n  ", "\n\n   ", " \n", "\r\n", "\\x31",
    "\\u0032", "\\U00000033", "\\n", "\\t", '\\"', "\\\\", "\\\n   ", "\\ ", "\\_", "\\/",
    "\\0", "\\e", "\\N",
]  # fmt: skip


def test_the_value_is_the_one_yaml_reads() -> None:
    """Seeded: every piece YAML folds, escapes or keeps, in random order."""
    chooser = random.Random(20261206)
    compared = 0
    for _ in range(3000):
        raw = '"' + "".join(chooser.choice(PIECES) for _ in range(chooser.randint(0, 12))) + '"'
        try:
            value = yaml.safe_load(f"k: {raw}\n")["k"]
        except yaml.YAMLError:
            continue
        decoded = decode_double_quoted(raw)
        assert decoded is not None and decoded[0] == value, raw
        compared += 1
    assert compared > 2000


def test_each_character_is_placed_where_it_was_written() -> None:
    raw = '"Ett\n\n   två \\x31\\\n  3"'
    text, origins = decode_double_quoted(raw) or ("", ())
    assert text == "Ett\ntvå 13"
    assert "".join(raw[origin] for origin in origins) == "Ett\ntvå \\3"


@pytest.mark.parametrize("raw", ["'single'", '"open', '"bad \\q"', '"short \\x3"', '"'])
def test_what_it_does_not_follow_is_none(raw: str) -> None:
    assert decode_double_quoted(raw) is None
