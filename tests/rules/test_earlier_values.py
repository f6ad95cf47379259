"""TP317: a method whose result gives last period's share only in its text, where no
earlier plan of the school has the method (by its id or the one it continues), is told
how to get the chart year by year; once per method, at its `resultat`."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, Tree, triggers

K4_RESULT = "83 % känner sig trygga på fritids: 89 % före mellanmålet och 76 % efter."


@triggers("TP317")
@pytest.mark.parametrize(
    "said",
    ["(79 % året innan)", "mot 79 procent förra året", "(79 % i fjol)", "79 % förra läsåret"],
)
def test_last_period_s_share_in_the_text_alone_is_told(tmp_path: Path, said: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, K4_RESULT, f"83 % känner sig trygga på fritids {said}.")
    [problem] = tree.problems("TP317")
    assert str(problem.location) == tree.at(PLAN, ">-\n        83 % känner sig trygga på fritids")
    assert "Fritidsrådets enkät med glada och ledsna gubbar (K4)" in problem.message
    assert "trygghetsplan/ med metoden under samma id, K4" in problem.hint


def test_a_method_an_earlier_plan_has_is_followed_already(tmp_path: Path) -> None:
    """K1 is in last year's plan too: its chart year by year is drawn, whatever the text."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, K4_RESULT, "83 % känner sig trygga (79 % året innan).")
    tree.edit(PLAN, "    - id: K4\n", "    - id: K9\n      fortsätter: K1\n")
    assert tree.problems("TP317") == []


@pytest.mark.parametrize(
    "text",
    [
        "Färre ledsna ansikten än året innan.",  # no share
        "83 % känner sig trygga. Året innan var enkäten en annan.",  # another sentence
        "83 % känner sig trygga, och 76 % efter mellanmålet.",  # no earlier period
    ],
)
def test_no_share_of_the_period_before_is_no_finding(tmp_path: Path, text: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, K4_RESULT, text)
    assert tree.problems("TP317") == []
