"""What the portal's row of a school whose files have errors takes from its skola.yml as
written (`check.written`): only skolformer trygg knows and a span of årskurser, whichever
dash the span is written with (the schemas accept them all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.written import written
from generator.load.sources import read_school


def _written(tmp_path: Path, forms: str, grades: str) -> tuple[tuple[str, ...], str]:
    content = tmp_path / "content"
    folder = content / "skolor" / "ekbacken"
    folder.mkdir(parents=True)
    (folder / "skola.yml").write_text(
        f"namn: Ekbackens skola\nskolformer: {forms}\nårskurser: {grades}\nnamm: fel\n",
        encoding="utf-8",
    )
    sources, _problems = read_school(content, folder)
    found = written(sources)
    return found["written_forms"], found["written_grades"]


@pytest.mark.parametrize("grades", ["F-6", '"F–6"', '"F—6"', '"F−6"'])
def test_a_span_of_grades_is_kept_whatever_its_dash(tmp_path: Path, grades: str) -> None:
    assert _written(tmp_path, "[förskoleklass, grundskola]", grades) == (
        ("förskoleklass", "grundskola"),
        "F-6",
    )


def test_unknown_forms_and_other_text_are_left_out(tmp_path: Path) -> None:
    """The row is public: a skolform trygg does not know or grades that are not a span
    may be any text, so the row says '–' rather than repeat it."""
    assert _written(tmp_path, "[grundskola, Kalles klass]", '"Kalle i 6A"') == (
        ("grundskola",),
        "",
    )
