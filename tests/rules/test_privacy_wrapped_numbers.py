"""TP401 on a personnummer the reader sees whole: split over a soft-wrapped source line
(Markdown and YAML join the lines of a paragraph with a space), and a full date with
four digits after a word for a pupil ("Elev i 5A: 2012-03-04 1239"), which is read as a
meeting's date and time only after a word for a meeting or a clock."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree, locations

from generator.personal_data import has_personal_number, luhn, personal_numbers
from generator.rules.privacy_numbers import TIME_HINT
from generator.site.lastlook import scan_html

NUMBER = "1203041239"  # 2012-03-04, and a clock time: 12.39
assert luhn(NUMBER)


def _page(body: str) -> str:
    return f'<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>{body}'


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Elevens personnummer är\n1203 0412 39 enligt listan.", "1203 0412"),
        ("Elevens personnummer är 1203\n  0412 39 enligt listan.", "1203"),  # YAML's fold
        ("Elevens\npersonnummer är 1203 0412 39.", "1203 0412"),
        ("Elev i 8B:\n12 03 04 12 39.", "12 03 04"),
        ("Elevens personnummer är\n2012-03-04 1239.", "2012-03-04"),
        ("Elev i 5A: 2012-03-04\n    1239.", "2012-03-04"),
        ("- Elevens personnummer är\n  1203 0412 39", "1203 0412"),  # a list item's lines
        ("Elevens personnummer är  \n1203 0412 39", "1203 0412"),  # a hard break
        # a list item or a table row right after text continues it (Python-Markdown)
        ("Elevens personnummer:\n- 1203 0412 39", "1203 0412"),
        ("Elevens personnummer:\n| 1203 0412 39 |", "1203 0412"),
        ("- Elev i 5A\n  har personnummer:\n\n  Elevens personnummer:\n  - 1203 0412 39", "1203"),
    ],
)
def test_a_number_over_a_soft_wrapped_line_is_found_where_it_starts(text: str, number: str) -> None:
    assert list(personal_numbers(text)) == [text.index(number)]


@pytest.mark.parametrize(
    "text",
    [
        "Elevens personnummer är\n\n1203 0412 39",  # a new paragraph
        "- Elevens personnummer\n- 1203 0412 39",  # a new list item
        "- Elevens personnummer\n  och mer\n- 1203 0412 39",
        "1. Elevens personnummer\n2. 1203 0412 39",
        "# Elevens personnummer\n1203 0412 39",  # after a heading
        "elev: Elevens personnummer\nkod: 1203 0412 39",  # a new YAML key
        "| a |\n|---|\n| Elevens personnummer |\n| 1203 0412 39 |",  # a table's new row
        "Elev i 5A\n\n2024-03-04 1235",  # a meeting's date and time (the day below)
    ],
)
def test_a_new_paragraph_item_or_key_still_separates(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25
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


PUPIL_DATED = [
    "Elev i 5A: 2012-03-04 1239",
    "Elev i 5A: 2012/03/04/1239",
    "Barnet i förskoleklassen, 2012.03.04 1239",
    "Klass 5A, elev 2012-03-04 1239.",
]


@pytest.mark.parametrize("text", PUPIL_DATED)
def test_a_date_and_four_digits_after_a_pupil_is_a_personal_number(text: str) -> None:
    assert list(personal_numbers(text)) == [text.index("2012")]
    assert list(personal_numbers(text, worded=False)) == [text.index("2012")]  # the look's


@pytest.mark.parametrize("text", [*PUPIL_DATED, "Elev i 5A: 20120304 1239"])
def test_the_last_look_refuses_a_date_and_four_digits_after_a_pupil(text: str) -> None:
    assert list(scan_html(_page(f"<p>{text}</p>"), frozenset())) == ["ett personnummer"]


MEETINGS = [
    "Möte 2024-03-04 1235 i aulan",
    # a word for a meeting beside a pupil's: a date a plan's meetings have (the day below)
    "Klass 8B träffas 2024-03-04 1235",
    "Elevrådet 2024-03-04 1235 i aulan",
    "Elev i 5A, möte 2024-03-04 1235",
    "Elev i 5A: 2012-03-04 kl. 12.39",
    "Elev i 5A: 2012-03-04 12:39",
    "Elev i 5A. Möte 2024-03-04 1235",
    "Se https://skolan.se/nyheter/2012/03/04/1239",
]


@pytest.mark.parametrize("text", MEETINGS)
def test_a_meetings_date_and_time_is_no_personal_number(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25
    assert not has_personal_number(text)
    assert list(scan_html(_page(f"<p>{text}</p>"), frozenset())) == []


@pytest.mark.parametrize(
    "text",
    [
        "Klass 8B träffas 2012-03-04 1239",
        "Elevrådet 2012-03-04 1239 i aulan",
        "Elev i 5A (möte) 2012-03-04 1239",
        "Elev i 5A, samtal: 2012-03-04 1239",
    ],
)
def test_a_word_for_a_meeting_beside_a_pupils_birth_date_is_no_excuse(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No plan tells of a meeting more than three years back (`timed.MEETING_YEARS`): an
    older date with four digits after a pupil is a birth date, whatever word is beside it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")
    assert list(personal_numbers(text)) == [text.index("2012")]
    assert list(scan_html(_page(f"<p>{text}</p>"), frozenset())) == ["ett personnummer"]


def test_a_date_and_four_digits_after_a_pupil_is_reported_with_the_time_hint(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nElev i 5A: 2012-03-04 1239, Elev i 5B: 2012/03/04/1239.\n")
    problems = tree.problems("TP401")
    assert locations(problems) == [tree.at(PAGE, "2012-03-04"), tree.at(PAGE, "2012/03")]
    assert [p.hint for p in problems] == [TIME_HINT, TIME_HINT]
    assert all("1239" not in p.format() for p in problems)


@pytest.mark.parametrize(
    "unit", ["Elevens personnummer är\n12 ", "Elevens personnummer är 12 ", "Elev i 5A:\n2012 "]
)
def test_a_long_paragraph_is_read_in_linear_time(unit: str) -> None:
    """Twice the text takes about twice the time, not four times: a sentence's end is
    looked for only as far as a number after a word may reach."""

    def timed(count: int) -> float:
        text = unit * count
        times = []
        for _ in range(3):
            start = time.perf_counter()
            list(personal_numbers(text))
            times.append(time.perf_counter() - start)
        return min(times)

    small, large = timed(4_000), timed(8_000)
    assert large < small * 3 + 0.05
