"""The strict loader: YAML 1.2 scalars, no duplicates, no aliases, clear positions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import MAX_FILE_BYTES, load_yaml, parse_yaml


def load(text: str) -> object:
    return parse_yaml(text, Path("plan.yml"), "plan.yml").data


def load_error(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    return caught.value


def test_norway_problem_keeps_words_as_text() -> None:
    assert load("land: NO\nsvar: yes\nav: off\n") == {"land": "NO", "svar": "yes", "av": "off"}


def test_phone_number_with_leading_zero_stays_text() -> None:
    assert load("telefon: 0701234567\n") == {"telefon": "0701234567"}


def test_dates_stay_text_until_the_model() -> None:
    assert load("datum: 2026-08-15\n") == {"datum": "2026-08-15"}


def test_yaml_12_numbers_booleans_and_null() -> None:
    assert load("n: 12\nf: 1.5\nb: true\nx: null\n") == {"n": 12, "f": 1.5, "b": True, "x": None}


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    error = load_error("mål: a\nvision: b\nmål: c\n")
    assert (error.code, error.line, error.column) == ("TP004", 3, 1)
    assert "förekommer två gånger" in error.message and "rad 1" in error.message


def test_duplicate_key_in_nested_list_item() -> None:
    error = load_error("åtgärder:\n  - id: A1\n    id: A2\n")
    assert (error.code, error.line) == ("TP004", 3)


def test_alias_bomb_is_rejected_at_once() -> None:
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    for level in "bcdefgh":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [*{previous},*{previous},*{previous},*{previous},*{previous}]\n"
    error = load_error(bomb)  # at the first anchor: nothing is expanded
    assert (error.code, error.line) == ("TP005", 1)
    assert "ankare" in error.message


def test_tabs_get_their_own_message() -> None:
    error = load_error("beslut:\n\tdatum: 2026-08-15\n")
    assert (error.code, error.line) == ("TP007", 2)
    assert "mellanslag" in error.hint


def test_syntax_error_points_at_the_right_line() -> None:
    error = load_error("vision: Trygg\nmål: [M1, M2\nriktlinjer: x\n")
    assert (error.code, error.line) == ("TP003", 2)


def test_stray_colon_is_explained_in_swedish() -> None:
    error = load_error("vision: Alla: trygga\n")
    assert (error.code, error.line, error.column) == ("TP003", 1, 13)
    assert "kolon" in error.message


def test_a_colon_in_a_text_says_to_quote_the_text_under_its_own_key() -> None:
    error = load_error("elevmedverkan:\n  - bidrag: Elevrådet: förklarade orsakerna.\n")
    assert (error.code, error.line, error.column) == ("TP003", 2, 22)
    assert error.problem("plan.yml").explained() == (
        "texten innehåller ': ' (kolon och mellanslag), som YAML läser som början på en ny "
        'nyckel – sätt hela texten inom raka citattecken: bidrag: "Elevrådet: förklarade '
        'orsakerna."'
    )


@pytest.mark.parametrize(
    ("opening", "closing", "named"),
    [("”", "”", "” ” (från Word)"), ("‘", "’", "‘ ’ (från Word)"), ("«", "»", "« »")],
)
def test_word_quotes_around_a_text_with_a_colon_are_named(
    opening: str, closing: str, named: str
) -> None:
    error = load_error(f"hur: {opening}Elevrådet: förklarade{closing}\n")
    assert error.hint == (
        f"citattecknen {named} räknas inte som citattecken i YAML – använd raka citattecken: "
        'hur: "Elevrådet: förklarade"'
    )


def test_a_colon_that_is_no_text_keeps_the_general_message() -> None:
    error = load_error('vision: "Alla": trygga\n')
    assert error.hint == "kontrollera indrag, kolon och citattecken på raden"


@pytest.mark.parametrize("text", ["", "# bara en kommentar\n"])
def test_empty_file_is_an_error(text: str) -> None:
    assert load_error(text).code == "TP006"


def test_non_utf8_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "skola.yml"
    path.write_bytes("namn: Ekbacken\nort: Växjö\n".encode("latin-1"))
    with pytest.raises(LoadError) as caught:
        load_yaml(path, "skola.yml")
    assert (caught.value.code, caught.value.line) == ("TP001", 2)
    assert caught.value.problem("skola.yml").format() == (  # at the ä of "Växjö"
        "skola.yml:2:7: fel TP001 filen är inte sparad som UTF-8 – spara filen som UTF-8 (i "
        "Anteckningar: Spara som → Kodning: UTF-8; i VS Code: klicka på kodningen längst ned "
        "till höger och välj Spara med kodning → UTF-8)"
    )


def test_a_bom_is_no_column_of_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "skola.yml"
    path.write_bytes(b"\xef\xbb\xbfnamn: Tr\xe4dg\xe5rden\n")
    with pytest.raises(LoadError) as caught:
        load_yaml(path, "skola.yml")
    assert (caught.value.line, caught.value.column) == (1, 9)  # the ä, not 10


def test_oversized_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "plan.yml"
    path.write_text("vision: " + "x" * MAX_FILE_BYTES + "\n", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_yaml(path, "plan.yml")
    assert caught.value.code == "TP002"


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "plan.yml"
    path.write_bytes("\ufeffvision: Trygg\n".encode())
    assert load_yaml(path, "plan.yml").data == {"vision": "Trygg"}


def test_locate_finds_values_and_keys() -> None:
    document = parse_yaml("a:\n  - x: 1\n    y: [2, 3]\n", Path("f.yml"), "f.yml")
    assert document.locate(("a", 0, "y", 1)) == (3, 12)
    assert document.locate_key(("a", 0, "y")) == (3, 5)
    assert document.locate(("a", 5)) == (2, 3)  # the nearest existing parent: the list


@pytest.mark.parametrize(
    "text",
    ['a: "\\q"\n', "a:\n\t- b\n", "a: [1, 2\n", "a: {b: 1\n", "- a\nb: c\n", "a: 1\n---\nb: 2\n",
     "a: @x\n", "a: b c: d\n"],
)  # fmt: skip
def test_yaml_syntax_errors_are_all_swedish(tmp_path: Path, text: str) -> None:
    with pytest.raises(LoadError) as raised:
        parse_yaml(text, tmp_path / "x.yml", "x.yml")
    message = raised.value.problem("x.yml").message
    assert not re.search(r"\b(?:found|expected|mapping|character|document|token)\b", message)


def all_errors(text: str, line_offset: int = 0) -> list[str]:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, Path("plan.yml"), "plan.yml", line_offset)
    return [str(problem.location) for problem in caught.value.problems("plan.yml")]


def test_a_syntax_error_in_each_top_level_section_is_reported_in_one_run() -> None:
    text = (
        "vision: Alla: trygga\n"  # 1
        "mål:\n"
        "  - id: M1\n"
        "    text: Färre: konflikter\n"  # 4
        "riktlinjer: Bra\n"
        "rutiner:\n"
        "\t- ett\n"  # 7
    )
    assert all_errors(text) == ["plan.yml:1:13", "plan.yml:4:16", "plan.yml:7:1"]
    assert all_errors(text, line_offset=1) == ["plan.yml:2:13", "plan.yml:5:16", "plan.yml:8:1"]


@pytest.mark.parametrize(
    "text",
    [
        "mål:\n  - text: Färre: konflikter\n  - text: Fler: vänner\nrutiner: Bra\n",
        'vision: "Alla är trygga\nmål: [M1]\nrutiner: "Bra: rutiner"\n',
        "mål: [M1, M2\nrutiner: Bra\n",
        "mål: [M1, M2\n  # kommentar\nrutiner: Bra\n",
        "beslut: {datum: @x,\ngiltighet: {från: a}}\n",  # the { } goes on after the error
    ],
    ids=["same-section", "open-quote", "open-bracket", "open-bracket-comment", "flow-goes-on"],
)
def test_what_may_follow_from_the_first_error_is_not_reported(text: str) -> None:
    assert len(all_errors(text)) == 1
