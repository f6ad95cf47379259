"""A personnummer under its label: a table's header, a heading, a label line or a list
item says what the number in the cell, block or item below it is, as a reader reads it
("| Namn | Personnummer |" over "| A | 1203 0412 39 |": a class list pasted as a table).
The check reads the label before what it labels (`personal_data.labelled`), reports
the number where it is written and never quotes it; the build then withholds the
school's site. Numbers a label does not make personal numbers pass: a phone number
under "Telefon", a list of dates under a heading, a number after a sentence's end.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.personal_data import luhn, markdown_numbers


def _checked(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn(prefix + d))


PUPIL = _checked("120304123")  # 1203041239: born 2012
SPACED = f"{PUPIL[:4]} {PUPIL[4:8]} {PUPIL[8:]}"  # 1203 0412 39: no date's shape
BORN_2005 = _checked("050101123")  # from 0, as a phone number is written

LABELLED = {
    "a class list's header": f"| Namn | Personnummer |\n|---|---|\n| A | {SPACED} |",
    "a header's third column, second row": (
        f"| Namn | Klass | Pnr |\n|:--|:-:|--:|\n| A | 7B | 1 |\n| B | 7B | {SPACED} |"
    ),
    "a header naming pupils": f"| Elev | Klass |\n|---|---|\n| {SPACED} | 7B |",
    "a table without outer borders": f"Namn | Personnummer\n--- | ---\nA | {SPACED}",
    "a label item": f"- Personnummer: \n- {SPACED}",
    "a nested item": f"- Eleven\n  - personnummer\n  - {SPACED}",
    "an item after a nested list": f"Elevens personnummer:\n- a\n  - b\n- {SPACED}",
    "a heading": f"## Elevens personnummer\n\n{SPACED}",
    "a setext heading": f"Elevens personnummer\n--------------------\n\n{SPACED}",
    "a bold label": f"**Personnummer**\n\n{SPACED}",
    "a bold label item": f"- **Personnummer**\n- {SPACED}",
    "a label line, then a list": f"Elevens personnummer:\n\n- {SPACED}",
    "a label of its own": f"Elevens personnummer\n\n{SPACED}",
    "from 0, under a label": f"**Personnummer:**\n\n{BORN_2005}",
}  # fmt: skip


@pytest.mark.parametrize("text", LABELLED.values(), ids=list(LABELLED))
def test_a_number_under_a_label_for_one_is_an_error_where_it_is_written(
    tmp_path: Path, text: str
) -> None:
    number = SPACED if SPACED in text else BORN_2005
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n## Klasslista\n\n{text}\n")
    found = tree.problems("TP401")
    assert [str(p.location) for p in found] == [tree.at(PAGE, number)], text
    said = " ".join(p.message + " " + p.hint for p in found)
    assert PUPIL not in said.replace(" ", "") and BORN_2005 not in said.replace(" ", "")


APART = {
    "phone numbers under Telefon": (
        f"| Namn | Telefon |\n|---|---|\n| A | {BORN_2005} |\n| B | 070-174 06 51 |"
    ),
    "a pupil's column, a phone number in another": (
        f"| Elev | Telefon |\n|---|---|\n| A | {BORN_2005} |"
    ),
    "dates and times under a heading": "## Datum\n\n- 2026-09-07\n- 2026-10-12 kl. 13.00\n",
    "a sentence that ends before the block": (
        f"Vi frågar aldrig efter personnummer.\n\n{SPACED} svar kom in"
    ),
    "a heading's block, then the next block": (
        f"## Personnummer\n\nVi frågar aldrig efter det.\n\n{SPACED} svar kom in"
    ),
    "a phone number after the label's block": (
        f"## Personnummer\n\nVi frågar aldrig efter det.\n\n## Expedition\n\n{BORN_2005} ring"
    ),
    "a label item, then a word for a phone": f"- Personnummer\n- telefon {BORN_2005}",
    "a table after a table": (
        f"| Pnr |\n|---|\n| – |\n\nText.\n\n| Svar |\n|---|\n| {SPACED} |"
    ),
}  # fmt: skip


@pytest.mark.parametrize("text", APART.values(), ids=list(APART))
def test_what_no_label_makes_a_personal_number_passes(tmp_path: Path, text: str) -> None:
    assert list(markdown_numbers(text)) == []
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n## Klasslista\n\n{text}\n")
    assert tree.problems("TP401") == []


def test_a_long_page_of_labels_is_read_in_linear_time() -> None:
    """Each line is read after at most a few labels: a page of label lines and numbers
    is read as quickly as its lines are many."""
    page = ("Personnummer:\n" * 3 + f"{SPACED}\n") * 2000
    assert len(list(markdown_numbers(page))) == 2000
