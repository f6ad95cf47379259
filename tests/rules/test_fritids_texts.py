"""TP508: pupils in åk 7–9 go to no fritidshem, and their student page shows the plan's
texts as written, so a text of that page that speaks of fritids is told at its place,
with a way to write one for them (the vision's `ungdomstext`)."""

from __future__ import annotations

from pathlib import Path

from ruletools import PLAN, SCHOOL, Tree, triggers

from generator.problems import Problem

ADULTS = (
    "På Ekbackens skola ska alla barn känna sig trygga hela dagen – i klassrummet, på "
    "rasten, i matsalen och på fritids."
)


def _f9(tmp_path: Path) -> Tree:
    """The fixture's F–6 school with fritidshem, as an F–9 school."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "årskurser: F-6", "årskurser: F-9")
    return tree


def _at_vision(tree: Tree) -> list[Problem]:
    return [p for p in tree.problems("TP508") if p.field.startswith("vision")]


def _vision(tree: Tree, vision: str) -> None:
    text = tree.text(PLAN)
    start = text.index("\nvision:") + 1
    tree.edit(PLAN, text[start : text.index("\n\nmål:")], vision)


@triggers("TP508")
def test_a_vision_for_everyone_that_speaks_of_fritids_is_told_to_an_f9_school(
    tmp_path: Path,
) -> None:
    tree = _f9(tmp_path)
    [problem] = _at_vision(tree)
    line = tree.text(PLAN).split("\n").index("vision: >-") + 1
    assert (problem.location.file, problem.location.line) == (PLAN, line)
    assert problem.message == (
        "texten visas för eleverna i åk 7–9 och talar om fritids, men de går inte på fritidshemmet"
    )
    assert problem.hint == (
        "skriv visionen med text:, elevtext: och ungdomstext: för eleverna i åk 7–9"
    )


def test_an_elevtext_about_fritids_is_told_at_its_line_and_an_ungdomstext_settles_it(
    tmp_path: Path,
) -> None:
    tree = _f9(tmp_path)
    elevtext = "  elevtext: Alla ska vara trygga, också på fritids."
    _vision(tree, f"vision:\n  text: {ADULTS}\n{elevtext}")
    [problem] = _at_vision(tree)
    assert str(problem.location) == tree.at(PLAN, "Alla ska vara trygga, också")
    assert problem.field == "vision.elevtext"
    assert problem.hint == "skriv en ungdomstext: bredvid elevtexten, för eleverna i åk 7–9"
    youth = "  ungdomstext: Alla ska vara trygga i skolan."
    _vision(tree, f"vision:\n  text: {ADULTS}\n{elevtext}\n{youth}")
    assert _at_vision(tree) == []


def test_a_measure_about_fritids_for_every_grade_is_asked_for_its_grades(
    tmp_path: Path,
) -> None:
    tree = _f9(tmp_path)
    [problem] = [p for p in tree.problems("TP508") if p.field.startswith("åtgärder")]
    assert str(problem.location) == tree.at(PLAN, "Efter mellanmålet på fritids väljer du")
    assert problem.hint == "ge åtgärden de årskurser den gäller, till exempel årskurser: F-6"
    tree.edit(
        PLAN,
        "    ansvarig: Samordnare för fritidshemmet\n",
        "    ansvarig: Samordnare för fritidshemmet\n    årskurser: F-6\n",
    )
    assert [p for p in tree.problems("TP508") if p.field.startswith("åtgärder")] == []


def test_a_school_whose_pupils_all_go_to_fritids_is_not_told(tmp_path: Path) -> None:
    assert Tree(tmp_path).problems("TP508") == []
