"""TP309–TP310: a goal's aim as the trend chart draws it, and the målnivå that says it."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, Tree, triggers

from generator.problems import Severity
from generator.rules.aims import stated_aim

MEASURED = "mätning: {metod: K2, mått: Känner sig trygg i skolan, minst: 90}"


@pytest.mark.parametrize(
    ("level", "aim"),
    [
        ("Minst 91 % (89 % i november 2025)", ("minst", 91.0)),
        ("Högst 4 % (9 % i november 2025)", ("högst", 4.0)),
        ("90 % av eleverna, i varje årskurs", ("", 90.0)),
        ("Att minst 87,5 procent svarar ja", ("minst", 87.5)),
        ("Högst 4 (9 i mars 2026)", None),  # a count, not a share
        ("Inga platser där elever inte kan vara med", None),
        # Where the words leave the aim unclear, no aim is read (no false warning)
        ("Öka från 87 % till 92 %", None),
        ("Öka med 5 %-enheter till 92 %", None),
        ("Minst 5 procentenheter högre än 87 %", None),
        ("Högst 5 % otrygga och minst 95 % trygga", None),
        ("Minst 90 % i åk 4–6 och minst 90 % i åk 7–9", ("minst", 90.0)),
    ],
)
def test_the_aim_a_target_level_states(level: str, aim: tuple[str, float] | None) -> None:
    assert stated_aim(level) == aim


@triggers("TP309")
def test_a_line_drawn_at_another_aim_than_the_target_level(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "målnivå: Minst 90 % (februari 2026 – 88 %)", "målnivå: Minst 91 % (88 %)")
    [problem] = tree.problems("TP309")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "90}")  # the value to change
    assert problem.message == (
        "målnivån för M1 är minst 91 %, men mätningen ritar mållinjen vid minst 90 %"
    )
    assert problem.hint.startswith("skriv minst: 91 under mätning, eller rätta målnivån")


def test_a_measurement_without_an_aim_or_with_the_other_kind(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, MEASURED, MEASURED.replace(", minst: 90", ""))
    [problem] = tree.problems("TP309")
    assert problem.message == "mätningen för M1 har inget målvärde, men målnivån är minst 90 %"
    tree.edit(PLAN, MEASURED.replace(", minst: 90", ""), MEASURED.replace("minst", "högst"))
    [problem] = tree.problems("TP309")
    assert "ritar mållinjen vid högst 90 %" in problem.message


@triggers("TP310")
def test_a_share_as_target_level_without_a_measurement_is_suggested_once(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, f"    {MEASURED}\n", "")
    [problem] = tree.problems("TP310")  # M1 only: M2's words are in no measure
    assert problem.severity is Severity.INFO
    assert str(problem.location) == tree.at(PLAN, "Minst 90 % (februari 2026 – 88 %)")
    assert "ritas inte som en linje i diagrammet" in problem.message
    assert problem.hint.endswith(f"skriv under målet: {MEASURED}")
    # The measure's name in quotes: "följs upp med Känner sig trygg i skolan i K2" read
    # as one run of words.
    assert problem.hint.startswith("om målet följs upp med måttet '")
    assert tree.problems("TP309") == []


@pytest.mark.parametrize("level", ["Färre än 8 % (februari 2026 – 12 %)", "Från 88 % till 92 %"])
def test_no_measurement_is_suggested_where_the_aim_s_direction_is_not_written(
    tmp_path: Path, level: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, f"    {MEASURED}\n", "")
    tree.edit(PLAN, "Minst 90 % (februari 2026 – 88 %)", level)
    assert tree.problems("TP310") == []
