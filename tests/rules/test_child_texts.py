"""TP507: a förskola's student page is read aloud to the children and never reads them a
vision written for adults, so a vision without a text for them is left off the page,
and `trygg check` says so at the vision."""

from __future__ import annotations

from pathlib import Path

from ruletools import PLAN, SCHOOL, Tree, triggers

FORMS = "skolformer: [förskoleklass, grundskola, fritidshem]"
WITH_FORSKOLA = "skolformer: [förskola, förskoleklass, grundskola, fritidshem]"
VISION = "vision: >-\n  På Ekbackens skola ska alla barn"


@triggers("TP507")
def test_a_forskola_vision_for_adults_only_is_told_at_the_vision(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, FORMS, WITH_FORSKOLA)
    [problem] = tree.problems("TP507")
    line = tree.text(PLAN).split("\n").index("vision: >-") + 1
    assert (problem.location.file, problem.location.line) == (PLAN, line)
    assert problem.message == (
        "visionen är bara skriven för vuxna, så förskolans elevsida, som läses högt för "
        "barnen, visar den inte"
    )
    assert problem.hint.startswith("skriv visionen med text: för vuxna och elevtext:")


def test_a_forskola_vision_with_an_elevtext_is_not_told(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, FORMS, WITH_FORSKOLA)
    text = tree.text(PLAN)
    start = text.index(VISION)
    end = text.index("\n\nmål:")
    adults = " ".join(text[start + len("vision: >-") : end].split())
    vision = f"vision:\n  text: {adults}\n  elevtext: Här ska alla barn vara trygga."
    tree.edit(PLAN, text[start:end], vision)
    assert tree.problems("TP507") == []


def test_a_school_without_a_forskola_is_not_told(tmp_path: Path) -> None:
    """Pupils from förskoleklass on read the adults' vision when there is no elevtext."""
    assert Tree(tmp_path).problems("TP507") == []
