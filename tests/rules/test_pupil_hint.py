"""TP404's fix fits whichever class the pupil is in: it said "t.ex. en elev i
mellanstadiet" for a pupil in 8B, who is in högstadiet."""

from __future__ import annotations

from pathlib import Path

from ruletools import PLAN, Tree


def test_the_fix_for_a_named_pupil_gives_no_wrong_stage(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "Elevrådet diskuterade orsakerna", "Saga Ek i 8B diskuterade orsakerna")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Saga Ek i 8B")
    assert "mellanstadiet" not in problem.hint
    assert problem.hint.startswith(
        'skriv om utan namn och klass, t.ex. "en elev", eller med stadiet i stället för '
        'klassen ("en elev på högstadiet" för en elev i 8B)'
    )
