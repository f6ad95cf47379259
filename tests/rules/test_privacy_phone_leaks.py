"""A reviewer's attacks on the phone-number exceptions and the avdelning's name: a word
for a phone never lets a pupil's personnummer through (a Swedish phone number starts with
0; a pupil born 2010–2020 has one that starts with 1 or 20), a phone word is a whole
word ("ringde", "Mobilen", "Telefonkedjan" say nothing of a number), an abbreviation's
dot ends no sentence, and "avdelning" before a person's name does not make it a group's."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.personal_data import has_personal_number, luhn, personal_numbers


def _checked(prefix: str) -> str:
    return next(prefix + d for d in "0123456789" if luhn(prefix + d))


PUPIL = _checked("120304123")  # 1203041239: born 2012
PUPIL_12 = "20" + PUPIL  # the same, with its century
BORN_2005 = _checked("050101123")


def _pairs(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


@pytest.mark.parametrize(
    "text",
    [
        f"Förra året ringde mentor hem till eleven i 5A {_pairs(PUPIL)} flera gånger.",
        f"| Mobilförbud | Mobilen togs från eleven i 4B {PUPIL[:4]} {PUPIL[4:8]} {PUPIL[8:]} |",
        f"- Telefonkedjan gäller, eleven i 6A {PUPIL_12[:4]} {PUPIL_12[4:8]} {PUPIL_12[8:]}.",
        f"- [Ring om eleven i 3A {_pairs(PUPIL_12)}](https://example.org/)",
        f"Mobilfoto taget av eleven i 2A {_pairs(PUPIL)}",
        f"Vi ringde om eleven i 6B {PUPIL[:4]} {PUPIL[4:8]} {PUPIL[8:]}.",
        f"Mentorn nås, eleven i 5A {_pairs(PUPIL)}",
        f"Elevens personnummer, hon nås via mentor, är {PUPIL[:4]} {PUPIL[4:8]} {PUPIL[8:]}.",
        f"Personnummer (kontaktnummer saknas): {PUPIL[:4]} {PUPIL[4:8]} {PUPIL[8:]}",
        f"Personnummer, ring vårdnadshavare: {PUPIL[:4]} {PUPIL[4:8]} {PUPIL[8:]}",
        f"Personnummer (målet nås) {PUPIL_12[:4]} {PUPIL_12[4:8]} {PUPIL_12[8:]}",
        # from 0, after an abbreviation's dot or a question mark: the same sentence
        f"Elevens personnummer (t.ex. {BORN_2005}) används inte.",
        f"Elevens personnummer (se bil. 2) {BORN_2005} används inte här.",
        f"Elevens personnummer? {BORN_2005}",
        f"Personnummer finns nedan. {BORN_2005}",
    ],
)
def test_a_word_for_a_phone_lets_no_pupil_s_personal_number_through(text: str) -> None:
    assert list(personal_numbers(text)) != [], text


@pytest.mark.parametrize(
    "name",
    [
        f"foton/mobil-elev-5a-{'-'.join(_pairs(PUPIL_12).split())}.svg",
        f"foton/ring_elev_5a_{'_'.join(_pairs(PUPIL).split())}.svg",
    ],
)
def test_a_file_name_with_a_phone_word_still_names_a_personal_number(name: str) -> None:
    words = name.rpartition("/")[2].rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
    assert has_personal_number(words)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Avdelningen: Saga Berg blev retad av de andra barnen varje dag.", "Saga Berg"),
        ("Avdelning Saga Berg blev slagen av en kompis.", "Saga Berg"),
        ("Barn på avdelningen Saga Berg blir retad och utfryst.", "Saga Berg"),
        # a heading or a line's end that says "avdelningen": the next line's name is a person's
        ("## Det här hände på avdelningen\n\nNimo bet ett annat barn i mars.", "Nimo"),
        ("Händelser, avdelningen:\nNimo blev slagen av ett annat barn i april.", "Nimo"),
    ],
)
def test_avdelning_before_a_person_s_name_does_not_make_it_a_group_s(
    tmp_path: Path, line: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{line}\n")
    assert any(f"'{name}'" in p.message for p in tree.problems("TP404")), line


@pytest.mark.parametrize(
    "line",
    [
        "På avdelning Vega har barn blivit bitna.",
        "Hos avdelning Saga blev ett barn slaget.",
        "Barnen på avdelningen Luna har retats av varandra i höstas.",
    ],
)
def test_a_preschool_group_named_as_a_child_is_a_group_right_after_avdelning(
    tmp_path: Path, line: str
) -> None:
    """Förskolor name their groups after children's names too; one word right after
    "avdelning" is the group's (a first and a last name, or after a colon, a person's)."""
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{line}\n")
    assert tree.problems("TP404") == [], line
