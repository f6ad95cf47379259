"""TP404 and the staff a school declares by name (skola.yml's kontakter and trygghetsteam,
the rektor who decided a plan): named in full beside a class they are staff, unless harm
is said of them (`rules.declaredstaff`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree


@pytest.mark.parametrize(
    "written",
    [
        "Johan Ek i 5A berättar om grupperna.",  # the kurator in kontakter
        "Lena Wik (2A) håller i rastaktiviteterna.",
        "## Mentorer\n\n- Sara Nyberg (4A)\n- Lena Wik (4B)",
        "Trygghetsteamet består av Maria Lindqvist, Johan Ek i 5A och Lena Wik i 2A.",
    ],
)
def test_a_declared_member_of_staff_beside_a_class_names_no_pupil(
    tmp_path: Path, written: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Johan Ek i 5A blev slagen på rasten.", "Johan"),  # harm: never excused
        ("Johan Eklund i 5A berättar om grupperna.", "Johan"),  # another person
        ("Saga Ek i 5A berättar om grupperna.", "Saga"),
    ],
)
def test_harm_or_another_name_is_still_a_pupil(tmp_path: Path, written: str, name: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PAGE, name)
