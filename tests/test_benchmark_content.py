"""The benchmark's synthetic content stays valid as the content format grows: the speed
figures in benchmarks/README.md are only worth something if the schools pass the check."""

from __future__ import annotations

from pathlib import Path

import yaml

from benchmarks.edits import with_vision_words
from benchmarks.synthetic import TEMPLATES, generate
from generator.check.run import check_content
from generator.problems import Severity


def test_the_synthetic_schools_pass_the_check(tmp_path: Path) -> None:
    content = tmp_path / "content"
    ids = generate(content, len(TEMPLATES))
    assert len(ids) == len(TEMPLATES)
    checked = check_content(content)
    assert [p.format() for p in checked.report if p.severity is Severity.ERROR] == []
    assert {school.id for school in checked.schools} == set(ids)


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
