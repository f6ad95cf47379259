"""TP401 on a personnummer written to pass a scan: letters for digits, digits apart, digits
in pairs or groups beside a pupil or a class; and what only looks like one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ruletools import PAGE, SCHOOL, Tree, locations

from generator.personal_data import has_personal_number, luhn, personal_numbers
from generator.validate.svgsafety import check_svg


def _checked(prefix: str) -> str:
    """`prefix` and the digit that makes it pass the Luhn check."""
    return next(prefix + d for d in "0123456789" if luhn(prefix + d))


@pytest.mark.parametrize(
    "text",
    [
        "Personnummer 9OO1O1-1239.",  # O for 0, right after the word
        "Hon heter Sara, 9OOlOl-1239",  # small L for 1, no word
        "Personnummer 9OO1O1 1239",
        "Elev i 8B: 90 01 01 12 39.",  # pairs beside a class
        "Elev i 8C: 9001 0112 39.",
        "Barnet: 19 90 01 01 12 39",  # with the century
        "eleven i åk 9 har 9001 01 1239",
        "9 0 0 1 0 1 - 1 2 3 9",  # every digit apart, as an SVG's <text> may
        "1 9 9 0 0 1 0 1 - 1 2 3 9",
        # a word for a phone excuses only a number from 0, as a Swedish phone number starts
        "Elev i 8B, ring 90 01 01 12 39.",
        # grouped by hyphens or dots where the plain scan's 6 + 4 does not read them
        "Elev i 8B: 12-03-04-12-39.",
        "Eleven i 8B har nummer 12.03.04.12.39 i registret.",
        "Elev i 8B: 1203-04-1239.",
        # the Cyrillic O (U+041E) for 0
        "Elev i 8B: 12\u041e3\u041e4-1239.",
        "Saga Berg 12\u041e3\u041e4-1239",
    ],
)
def test_a_disguised_personal_number_is_found(text: str) -> None:
    assert has_personal_number(text)


PHONE = _checked("070123456")  # 0701234569: a real date (2007-01-23) and Luhn
STOCKHOLM = _checked("081212121")  # 0812121218: 2008-12-12 and Luhn


@pytest.mark.parametrize(
    "text",
    [
        # Phone numbers beside a pupil or a class, with a real date and a valid Luhn digit
        f"Elev i 8B: {PHONE[:3]}-{PHONE[3:6]} {PHONE[6:8]} {PHONE[8:]}.",
        f"Klass 8B: {PHONE[:3]} {PHONE[3:6]} {PHONE[6:8]} {PHONE[8:]}",
        f"Åk 9: {STOCKHOLM[:2]}-{STOCKHOLM[2:5]} {STOCKHOLM[5:8]} {STOCKHOLM[8:]}.",
        "Klass 8B: 0480-123 45.",
        f"Elev i 8B, ring {' '.join(PHONE[i : i + 2] for i in range(0, 10, 2))}.",  # phone word
        # An organisation number (its month is 20 or more), a date, a case's number
        f"Elev i 8B, org.nr {_checked('212000123')[:6]} {_checked('212000123')[6:]}.",
        "Klass 8B möts 2024-09-17.",
        "Elev i 8B, dnr 2024-00123.",
        f"Klass 8B träffas 2024 09 17 {_checked('240917130')[6:8]} {_checked('240917130')[8:]}",
        # A postal code, pages, a row of figures (ten of its digits may pass by chance)
        "Klass 8B, 392 34 Kalmar.",
        "Elever i åk 7: sidan 12 av 34.",
        "Elever per klass: 25 24 26 23 22 27 28 21 20 19 18 17",
        "Elev 1: 90 01 01 12 39 41",
        # Without a pupil's word or a class, pairs are figures; a wrong Luhn digit is none
        "Resultat: 90 01 01 12 39.",
        "Elev i 8B: 90 01 01 12 38.",
        "9OO1O1-1238",
        "9 0 0 1 0 1 - 1 2 3 8",
        # Words with letters like digits
        "Olle lOOl Ilo 1O",
        "Kod 9OOlOl-lOOl",
    ],
)
def test_what_only_looks_like_a_disguised_number(text: str) -> None:
    assert list(personal_numbers(text)) == []


def test_pairs_after_a_class_are_found_in_a_page(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nElev i 8B: 90 01 01 12 39.\n\nElev i 8C: 9001 0112 39.\n")
    tree.append(PAGE, "\nPersonnummer 9OO1O1-1239.\n")
    problems = tree.problems("TP401")
    expected = [tree.at(PAGE, "90 01 01"), tree.at(PAGE, "9001 0112"), tree.at(PAGE, "9OO1O1")]
    assert locations(problems) == expected
    assert all("1239" not in p.format() for p in problems)


def test_digits_apart_in_an_svg_text_are_read() -> None:
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><text>9 0 0 1 0 1 - 1 2 3 9</text></svg>'
    assert has_personal_number(check_svg(svg))


@pytest.mark.parametrize(
    "unit",
    ["Elev i 8B: " + "12 " * 4, "Elev 9OO1O1-" * 2, "9 0 " * 3, "klass 8B " * 3 + "1 "],
)
def test_long_texts_are_read_in_linear_time(unit: str) -> None:
    """Twice the text takes about twice the time, not four times."""

    def timed(count: int) -> float:
        text = unit * count
        times = []
        for _ in range(3):
            start = time.perf_counter()
            list(personal_numbers(text))
            times.append(time.perf_counter() - start)
        return min(times)

    small, large = timed(5_000), timed(10_000)
    assert large < small * 3 + 0.05


def test_a_units_name_is_read_as_published_text(tmp_path: Path) -> None:
    """skola.yml's `namn` is shown on every page: what it tells of a pupil is found."""
    tree = Tree(tmp_path)
    told = "Ekbackens skola, där en elev i 8B blev slagen och fick hjärnskakning"
    tree.edit(SCHOOL, "namn: Ekbackens skola", f"namn: {told}")
    assert locations(tree.problems("TP406")) == [tree.at(SCHOOL, "en elev i 8B")]
    tree.edit(SCHOOL, told, "Ekbackens skola, där Kalle i 8B blev slagen")
    assert locations(tree.problems("TP404")) == [tree.at(SCHOOL, "Kalle")]
