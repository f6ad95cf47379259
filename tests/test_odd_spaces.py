"""A space pasted from Word that is not a plain one (a non-breaking space, U+00A0, or
another of Unicode's spaces) where YAML needs a plain one is named, at its own line and
column, with the fix: not "a colon where none may stand" at the line after."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import parse_yaml

ITEM = "åtgärder:\n  - id: A4\n{line}\n    typ: förebyggande\n"
WORD = "ett hårt mellanslag (U+00A0), ofta från Word"


def error(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    assert caught.value.code == "TP003"
    return caught.value


@pytest.mark.parametrize(
    ("line", "at", "message", "hint"),
    [
        (
            "\u00a0\u00a0\u00a0\u00a0titel: Schyssta chattar",
            (3, 1),
            f"raden är indragen med {WORD}, som YAML inte räknar som indrag",
            "radera indraget och skriv det med vanliga mellanslag",
        ),
        (
            "  \u2007 titel: Schyssta chattar",
            (3, 3),
            "raden är indragen med ett siffermellanslag (U+2007), som YAML inte räknar som indrag",
            "radera indraget och skriv det med vanliga mellanslag",
        ),
        (
            "    titel:\u00a0Schyssta chattar",
            (3, 11),
            f"efter titel: står {WORD}, så YAML ser inget kolon som skiljer nyckel och värde",
            "skriv ett vanligt mellanslag efter titel: i stället",
        ),
        (
            "    titel:\u202fSchyssta chattar",
            (3, 11),
            "efter titel: står ett smalt hårt mellanslag (U+202F), så YAML ser inget kolon som "
            "skiljer nyckel och värde",
            "skriv ett vanligt mellanslag efter titel: i stället",
        ),
        (
            "  -\u00a0id: A5",
            (3, 4),
            f"efter - står {WORD}, så YAML läser inte raden som en punkt i en lista",
            "skriv ett vanligt mellanslag efter - i stället",
        ),
    ],
)
def test_a_space_yaml_does_not_take_is_named_where_it_is(
    line: str, at: tuple[int, int], message: str, hint: str
) -> None:
    told = error(ITEM.format(line=line))
    assert (told.line, told.column) == at
    assert (told.message, told.hint) == (message, hint)


def test_a_space_after_a_block_keys_colon_is_named_though_yaml_stops_lines_below() -> None:
    text = ITEM.format(
        line="    beskrivning:\u00a0>-\n      Lektionerna om nätvett\n      fortsätter\n"
        "      i åk 4–6."
    )
    told = error(text)
    assert (told.line, told.column) == (3, 17)
    assert told.message == (
        f"efter beskrivning: står {WORD}, så YAML ser inget kolon som skiljer nyckel och värde"
    )


@pytest.mark.parametrize(
    ("char", "name"),
    [("\u00ad", "U+00AD (mjukt bindestreck)"), ("\u200b", "U+200B (nollbreddsmellanslag)")],
)
def test_an_invisible_character_after_a_colon_is_named_as_it_is_in_a_value(
    char: str, name: str
) -> None:
    told = error(ITEM.format(line=f"    titel:{char}Schyssta chattar"))
    assert (told.line, told.column) == (3, 11)
    assert told.message == (
        f"efter titel: står ett osynligt tecken, {name}, så YAML ser inget kolon som skiljer "
        "nyckel och värde"
    )
    assert told.hint.startswith("ta bort tecknet")


def test_a_non_breaking_space_inside_a_text_is_no_error() -> None:
    text = ITEM.format(line="    titel: Schyssta\u00a0chattar om 5\u202f%")
    assert parse_yaml(text, Path("plan.yml"), "plan.yml").data["åtgärder"][0]["titel"].endswith("%")
