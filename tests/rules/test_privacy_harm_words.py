"""TP404 on a pupil named with what they suffered, did or have, in each family of words
(`rules.harm`): sexual abuse, robbery and theft, violence, self-harm, the social
services' placements, diagnoses and disabilities, suspension and slurs, in their
inflections."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree, triggers

HARMED = [
    ("Hugo blev våldtagen.", "Hugo"),
    ("Elsa har blivit sexuellt ofredad på bussen.", "Elsa"),
    ("Moa blev utsatt för ett övergrepp.", "Moa"),
    ("Hugo blev rånad.", "Hugo"),
    ("Noah och Liam rånade en kompis i mars.", "Noah"),
    ("Elsa blev bestulen på sin mobil.", "Elsa"),
    ("Hugo blev nerslagen.", "Hugo"),
    ("Leo blev nedslagen vid busshållplatsen.", "Leo"),
    ("Hugo fick stryk.", "Hugo"),
    ("Hugo skadade sig själv.", "Hugo"),
    ("Moa har självskadebeteende.", "Moa"),
    ("Hugo anmäldes till socialtjänsten.", "Hugo"),
    ("Elsa har blivit orosanmäld.", "Elsa"),
    ("Hugo är placerad i familjehem.", "Hugo"),
    ("Leo bor på ett HVB-hem.", "Leo"),
    ("Hugo har en NPF-diagnos.", "Hugo"),
    ("Hugo har dyslexi.", "Hugo"),
    ("Elsa har autism och behöver lugn.", "Elsa"),
    ("Moa har en språkstörning.", "Moa"),
    ("Leo har en intellektuell funktionsnedsättning.", "Leo"),
    ("Hugo stängdes av från undervisningen.", "Hugo"),
    ("Elsa har varit avstängd i två veckor.", "Elsa"),
    ("Hugo utvisades från lektionen.", "Hugo"),
    ("Hugo kallades n-ordet.", "Hugo"),
    ("Leo kallades bög på rasten.", "Leo"),
]


@triggers("TP404")
@pytest.mark.parametrize(("written", "name"), HARMED)
def test_a_pupil_named_with_a_harm_of_any_family_is_an_error(
    tmp_path: Path, written: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    problems = tree.problems("TP404")
    assert str(problems[0].location) == tree.at(PAGE, name)


@pytest.mark.parametrize(
    "written",
    [
        "Stryk under de ord du inte förstår.",
        "Vi stänger av mobilerna under lektionen.",
        "Kuratorn gör en orosanmälan till socialtjänsten vid oro.",
        "Elever med dyslexi får talsyntes.",
    ],
)
def test_harm_words_with_no_name_are_no_error(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == []
