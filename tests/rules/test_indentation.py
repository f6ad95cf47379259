"""A line indented wrong is told as what it is: a list item without a space after its
dash (`-id: A4`) by the missing space, and a key a space or two off by the column it
belongs in, named by the key beside it; at the line and column of the mistake."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, SCHOOL, Tree

from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import parse_yaml

NO_SPACE = "det saknas ett mellanslag efter -, så YAML läser inte raden som en punkt i en lista"


def error(text: str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    assert caught.value.code == "TP003"
    return caught.value


@pytest.mark.parametrize(
    ("text", "at", "fixed"),
    [
        ("åtgärder:\n  - id: A3\n    titel: Rast\n  -id: A4\n    titel: Mer\n", (4, 3), "- id: A4"),
        ("åtgärder:\n  - id: A3\n    titel: Rast\n  -id: A4\n", (4, 3), "- id: A4"),
        ("åtgärder:\n  -id: A4\n    titel: Mer\n", (2, 3), "- id: A4"),
        ("- id: A3\n  titel: Rast\n-id: A4\n  titel: Mer\n", (3, 1), "- id: A4"),
        ("roller:\n  - Rektor\n  -Kurator\n", (3, 3), "- Kurator"),
        ("mål:\n  - id: M1\n\n  # nästa\n  -id: M2\n    titel: x\n", (5, 3), "- id: M2"),
    ],
)
def test_a_dash_without_a_space_is_told_so(text: str, at: tuple[int, int], fixed: str) -> None:
    told = error(text)
    assert (told.line, told.column) == at
    assert told.message == NO_SPACE
    assert told.hint == f"skriv ett mellanslag efter -: '{fixed}'"


TITLE = "titel ska stå i kolumn 5, som"


@pytest.mark.parametrize(
    ("text", "at", "message", "hint"),
    [
        (  # in the middle of an item: its lines go on at column 5 after it
            "åtgärder:\n  - id: A3\n   titel: Rast\n    typ: x\n",
            (3, 4),
            "titel står i kolumn 4, men id på raden ovanför står i kolumn 5",
            f"{TITLE} id på raden ovanför: lägg till 1 mellanslag",
        ),
        (  # under the item's dash: moved to column 1 it would end the list
            "åtgärder:\n  - id: A3\n  titel: Rast\n",
            (3, 3),
            "titel står i kolumn 3, men id på raden ovanför står i kolumn 5",
            f"{TITLE} id på raden ovanför: lägg till 2 mellanslag",
        ),
        (  # named by the nearest key beside it, not the item's first
            "åtgärder:\n  - id: A3\n    typ: x\n   titel: Rast\n",
            (4, 4),
            "titel står i kolumn 4, men typ på raden ovanför står i kolumn 5",
            f"{TITLE} typ på raden ovanför: lägg till 1 mellanslag",
        ),
        (  # the last item's last key, before the next top-level key: an item above has it
            "mål:\n  - id: M1\n    datum: 2027\n  - id: M2\n datum: 2027\n\nåtgärder: []\n",
            (5, 2),
            "datum står i kolumn 2, men id på raden ovanför står i kolumn 5",
            "datum ska stå i kolumn 5, som id på raden ovanför: lägg till 3 mellanslag",
        ),
        (  # the last line, a space off either way: either may be meant
            "skola:\n  namn: A\n ort: B\n",
            (3, 2),
            "ort står i kolumn 2, mellan namn på raden ovanför (kolumn 3) och skola på rad 1 "
            "(kolumn 1)",
            "ort ska stå i kolumn 3, som namn på raden ovanför (lägg till 1 mellanslag), eller i "
            "kolumn 1, som skola på rad 1 (ta bort 1 mellanslag), om den hör till samma nivå "
            "som skola",
        ),
        (
            "skola:\n  namn: A\n ort: B\n  typ: C\n",
            (3, 2),
            "ort står i kolumn 2, men namn på raden ovanför står i kolumn 3",
            "ort ska stå i kolumn 3, som namn på raden ovanför: lägg till 1 mellanslag",
        ),
        (  # a text block's lines (one with a colon) are no keys
            "åtgärder:\n  - id: A3\n    beskrivning: >-\n      Obs: läs\n      mer\n     mål: M2\n",
            (6, 6),
            "mål står i kolumn 6, men beskrivning på rad 3 står i kolumn 5",
            "mål ska stå i kolumn 5, som beskrivning på rad 3: ta bort 1 mellanslag",
        ),
        (
            "åtgärder:\n  - id: A3\n    titel: Rast\n - id: A4\n",
            (4, 2),
            "strecket - står i kolumn 2, men strecket på rad 2 står i kolumn 3",
            "strecket ska stå i kolumn 3, som strecket på rad 2: lägg till 1 mellanslag",
        ),
        (
            "åtgärder:\n  - id: A3\n    titel: Rast\n   - id: A4\n",
            (4, 4),
            "strecket - står i kolumn 4, men strecket på rad 2 står i kolumn 3",
            "strecket ska stå i kolumn 3, som strecket på rad 2: ta bort 1 mellanslag",
        ),
    ],
)
def test_a_key_out_of_line_is_told_the_column_it_belongs_in(
    text: str, at: tuple[int, int], message: str, hint: str
) -> None:
    told = error(text)
    assert (told.line, told.column) == at
    assert told.message == f"indraget stämmer inte: {message}"
    assert told.hint == hint


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        (
            "åtgärder:\n  - id: A3\n     titel: Rast\n",
            "låt raden börja i kolumn 5, som id på raden ovanför (ta bort 1 mellanslag), om den "
            "inte hör till texten ovanför",
        ),
        (
            "namn: A\n  ort: B\n",
            "låt raden börja i kolumn 1, som namn på raden ovanför (ta bort 2 mellanslag), om "
            "den inte hör till texten ovanför",
        ),
    ],
)
def test_a_line_indented_under_a_value_is_told_the_column(text: str, hint: str) -> None:
    told = error(text)
    assert told.message == "raden är mer indragen än raden ovanför, som redan har ett värde"
    assert (told.line, told.column, told.hint) == (text.count("\n"), 1, hint)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a:\n\tb: 1\n", "tabbtecken används för indrag"),
        ('a:\n  titel: "Trygg\n    rast" x\n  b: c\n', "indraget stämmer inte"),
        ("a:\n  vision: Obs: text\n", "texten innehåller ': ' (kolon och mellanslag)"),
        ("a:\n  - b\n  - c\n  -- d: 1\n", ""),
    ],
)
def test_other_mistakes_keep_their_own_words(text: str, message: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse_yaml(text, Path("plan.yml"), "plan.yml")
    assert caught.value.message.startswith(message)
    assert "mellanslag efter -" not in caught.value.hint
    assert "ska stå i kolumn" not in caught.value.hint


def test_the_check_points_at_a_list_item_without_a_space(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "  - id: A4\n", "  -id: A4\n")
    [problem] = tree.problems("TP003")
    assert str(problem.location) == tree.at(PLAN, "-id: A4")
    assert (problem.message, problem.hint) == (NO_SPACE, "skriv ett mellanslag efter -: '- id: A4'")


@pytest.mark.parametrize("indent", ["   ", "  ", " "])
def test_the_check_points_at_a_key_out_of_line(tmp_path: Path, indent: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    titel: Schyssta chattar", f"{indent}titel: Schyssta chattar")
    [problem] = tree.problems("TP003")
    assert str(problem.location) == tree.at(PLAN, "titel: Schyssta")
    assert problem.message == (
        f"indraget stämmer inte: titel står i kolumn {len(indent) + 1}, men id på raden "
        "ovanför står i kolumn 5"
    )
    assert problem.hint == (
        f"titel ska stå i kolumn 5, som id på raden ovanför: lägg till {4 - len(indent)} mellanslag"
    )


def test_a_goals_indicator_under_its_dash_is_told_one_column(tmp_path: Path) -> None:
    """Before: "… låt raden börja med 4 mellanslag – lägg till 2 mellanslag (eller i
    kolumn 1, som mål på rad 76, om den inte hör dit)", though column 1 would end the
    list of goals."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    indikator: Andel elever i åk 5", "  indikator: Andel elever i åk 5")
    [problem] = tree.problems("TP003")
    assert str(problem.location) == tree.at(PLAN, "indikator: Andel elever i åk 5")
    assert problem.message == (
        "indraget stämmer inte: indikator står i kolumn 3, men text på raden ovanför står i "
        "kolumn 5"
    )
    assert (
        problem.hint
        == "indikator ska stå i kolumn 5, som text på raden ovanför: lägg till 2 mellanslag"
    )


@pytest.mark.parametrize("indent", ["     ", "      "])
def test_the_check_points_at_a_key_indented_too_far(tmp_path: Path, indent: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    typ: förebyggande\n", f"{indent}typ: förebyggande\n")
    [problem] = tree.problems("TP003")
    assert str(problem.location) == tree.at(PLAN, f"{indent}typ: förebyggande")
    assert problem.message == "raden är mer indragen än raden ovanför, som redan har ett värde"
    assert problem.hint == (
        f"låt raden börja i kolumn 5, som titel på raden ovanför (ta bort {len(indent) - 4} "
        "mellanslag), om den inte hör till texten ovanför"
    )


def test_the_check_names_the_key_beside_it_in_skola_yml(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "    namn: Maria Lindqvist", " namn: Maria Lindqvist")
    [problem] = tree.problems("TP003")
    assert str(problem.location) == tree.at(SCHOOL, "namn: Maria")
    assert problem.message == (
        "indraget stämmer inte: namn står i kolumn 2, men roll på raden ovanför står i kolumn 5"
    )
    assert (
        problem.hint == "namn ska stå i kolumn 5, som roll på raden ovanför: lägg till 3 mellanslag"
    )


def test_the_check_names_the_column_of_a_line_indented_under_a_value(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "\nskolformer:", "\n  skolformer:")
    [problem] = tree.problems("TP003")
    assert str(problem.location) == tree.at(SCHOOL, "  skolformer:")
    assert problem.hint == (
        "låt raden börja i kolumn 1, som namn på raden ovanför (ta bort 2 mellanslag), om den "
        "inte hör till texten ovanför"
    )
