"""The benchmark's synthetic content stays valid as the content format grows: the speed
figures in benchmarks/README.md are only worth something if the schools pass the check."""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.edits import with_vision_words
from benchmarks.synthetic import TEMPLATES, generate
from generator.check.run import check_content
from generator.problems import Severity
from generator.rules.aims import stated_aim


def test_the_synthetic_schools_pass_the_check(tmp_path: Path) -> None:
    content = tmp_path / "content"
    ids = generate(content, len(TEMPLATES))
    assert len(ids) == len(TEMPLATES)
    checked = check_content(content)
    assert [p.format() for p in checked.report if p.severity is Severity.ERROR] == []
    assert {school.id for school in checked.schools} == set(ids)


def test_the_synthetic_goals_draw_the_aim_their_text_states(tmp_path: Path) -> None:
    """The survey figures vary between the schools, but a goal's aim stays what its
    `mätning` draws: "Minst 90 %" in the goals and the line at 90 in the chart."""
    content = tmp_path / "content"
    generate(content, len(TEMPLATES) * 2)
    compared = 0
    for plan in sorted(content.glob("skolor/*/trygghetsplan/*.yml")):
        for goal in yaml.safe_load(plan.read_text(encoding="utf-8")).get("mål", []):
            if "mätning" in goal:
                kind, value = stated_aim(goal["målnivå"]) or ("", None)
                assert goal["mätning"].get(kind or "minst") == value, (plan, goal["id"])
                compared += 1
    assert compared >= len(TEMPLATES) * 2
    assert [p for p in check_content(content).report if p.code == "TP309"] == []


def test_the_timed_edit_changes_the_vision_of_every_example_plan() -> None:
    """The benchmarks time an edit of a plan's vision: it must change the vision in every
    form a plan writes it (a text, a block, or `text:` under `vision:`)."""
    root = Path(__file__).resolve().parent.parent
    for plan in sorted(root.glob("content/skolor/*/trygghetsplan/*.yml")):
        original = plan.read_text(encoding="utf-8")
        edited = yaml.safe_load(with_vision_words(original, "Märke"))["vision"]
        before = yaml.safe_load(original)["vision"]
        text = edited["text"] if isinstance(edited, dict) else edited
        old = before["text"] if isinstance(before, dict) else before
        assert text == f"Märke {old}", plan
