"""A free page's title (`titel:` in its front matter) is its h1, shown right above the
body and in the search index before it: TP401 reads it as the first heading of the body,
so that a number it labels ("Elevens personnummer" over "0904122389") is found, at its
place in the body."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.personal_data import markdown_numbers

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = "ekbackens-skola"
NUMBER = "0904122389"  # from 0: a phone number's shape, unless something labels it


def test_the_title_labels_the_first_block_of_the_body() -> None:
    assert list(markdown_numbers(f"{NUMBER}\n", title="Elevens personnummer")) == [0]
    assert list(markdown_numbers(f"\n{NUMBER}\n", title="Personnummer")) == [1]
    assert list(markdown_numbers(f"{NUMBER}\n")) == []


@pytest.mark.parametrize(
    "body",
    [
        f"Vi har skrivit. Sedan:\n\n{NUMBER}\n",  # another block first
        f"## Kontakt\n\n{NUMBER}\n",  # a heading of the body's own labels it
    ],
)
def test_the_title_labels_nothing_past_the_first_block(body: str) -> None:
    assert list(markdown_numbers(body, title="Elevens personnummer")) == []


@pytest.mark.parametrize("title", ["Kontakt", "Telefonnummer till expeditionen", ""])
def test_a_title_that_says_no_personal_number_labels_none(title: str) -> None:
    assert list(markdown_numbers(f"{NUMBER}\n", title=title)) == []


@pytest.mark.parametrize(
    "front",
    [
        "titel: Elevens personnummer\nbeskrivning: Uppgifter.\nordning: 20\n",
        "ordning: 20\ntitel: Elevens personnummer\n",  # the title last: one finding still
    ],
)
def test_the_check_finds_the_number_under_the_title_in_the_body(tmp_path: Path, front: str) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    page = tmp_path / "content" / "skolor" / SCHOOL / "sidor" / "uppgifter.md"
    page.write_text(f"---\n{front}---\n{NUMBER}\n", encoding="utf-8")
    report = check_content(tmp_path / "content", only=(SCHOOL,)).report
    found = [p for p in report if p.code == "TP401"]
    line = front.count("\n") + 3
    assert [(p.location.file.rpartition("/")[2], p.location.line) for p in found] == [
        ("uppgifter.md", line)
    ]
    assert found[0].location.column == 1
