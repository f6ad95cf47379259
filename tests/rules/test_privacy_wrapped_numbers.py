"""TP401 on a personnummer the reader sees whole: split over a soft-wrapped source line
(Markdown and YAML join the lines of a paragraph with a space)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree, locations

from generator.personal_data import has_personal_number, luhn, personal_numbers

NUMBER = "1203041239"  # 2012-03-04, and a clock time: 12.39
assert luhn(NUMBER)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Elevens personnummer är\n1203 0412 39 enligt listan.", "1203 0412"),
        ("Elevens personnummer är 1203\n  0412 39 enligt listan.", "1203"),  # YAML's fold
        ("Elevens\npersonnummer är 1203 0412 39.", "1203 0412"),
        ("Elev i 8B:\n12 03 04 12 39.", "12 03 04"),
        ("Elevens personnummer är\n2012-03-04 1239.", "2012-03-04"),
        ("- Elevens personnummer är\n  1203 0412 39", "1203 0412"),  # a list item's lines
        ("Elevens personnummer är  \n1203 0412 39", "1203 0412"),  # a hard break
    ],
)
def test_a_number_over_a_soft_wrapped_line_is_found_where_it_starts(text: str, number: str) -> None:
    assert list(personal_numbers(text)) == [text.index(number)]


@pytest.mark.parametrize(
    "text",
    [
        "Elevens personnummer är\n\n1203 0412 39",  # a new paragraph
        "- Elevens personnummer\n- 1203 0412 39",  # a new list item
        "# Elevens personnummer\n1203 0412 39",  # after a heading
        "elev: Elevens personnummer\nkod: 1203 0412 39",  # a new YAML key
        "| Elevens personnummer |\n| 1203 0412 39 |",  # a new table row
        "Elev i 5A\n\n2012-03-04 1239",
    ],
)
def test_a_new_paragraph_item_or_key_still_separates(text: str) -> None:
    assert not has_personal_number(text)


def test_wrapped_numbers_are_reported_at_their_line_and_column(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nElevens personnummer är\n1203 0412 39 enligt listan.\n")
    folded = "vision: >-\n  Elevens personnummer är 1203\n  0412 39. På Ekbackens skola"
    tree.edit(PLAN, "vision: >-\n  På Ekbackens skola", folded)
    problems = tree.problems("TP401")
    assert locations(problems) == [tree.at(PAGE, "1203 0412"), tree.at(PLAN, "1203\n")]
    for problem in problems:
        assert problem.message == "här står ett personnummer eller samordningsnummer"
        assert problem.hint.startswith("ta bort numret")
        assert "0412" not in problem.format()
