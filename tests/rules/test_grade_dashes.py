"""A span of grades written with Word's en dash (F–6, as trygg's own pages, examples and
open data write it), an em dash or a minus sign is the same span as F-6: accepted, and
kept as F-6 by the model, so the site shows it as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, SCHOOL, Tree

from generator.text import grade_span


@pytest.mark.parametrize("dash", ["–", "—", "−"])
def test_a_span_of_grades_with_a_dash_is_the_same_span(tmp_path: Path, dash: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "årskurser: F-6", f"årskurser: F{dash}6")
    tree.edit(
        PLAN,
        "    mål: M2\n    ansvarig: Kurator",
        f"    mål: M2\n    årskurser: 4{dash}6\n    ansvarig: Kurator",
    )
    checked = tree.check()
    assert [p for p in checked.report if p.code.startswith("TP01")] == []
    assert checked.project is not None
    school = checked.project.schools[0]
    plan = school.current_plan
    assert plan is not None
    assert school.grades == "F-6"
    assert [m.grades for m in plan.measures if m.grades] == ["4-6"]
    assert grade_span(school.grades) == "F–6"


def test_another_sign_between_the_grades_is_told_how_to_write_them(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "årskurser: F-6", "årskurser: F~6")
    [problem] = tree.problems("TP015")
    assert str(problem.location) == tree.at(SCHOOL, "F~6")
    assert problem.message == "'F~6' har fel form"
    assert problem.hint == (
        "skriv årskurserna som F-6, 7–9 eller 4: F (förskoleklass) eller en siffra 1–9, och "
        "för flera årskurser den första och den sista med ett streck emellan"
    )
