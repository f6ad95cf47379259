"""The benchmark's synthetic content stays valid as the content format grows: the speed
figures in benchmarks/README.md are only worth something if the schools pass the check."""

from __future__ import annotations

from pathlib import Path

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
