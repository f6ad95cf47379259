"""A guardian meets the laws by name: on the example's pages "SL" and "DL" stand only after
"skollagen (SL)" and "diskrimineringslagen (DL)" have said what they are short for."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLE_CONTENT

from generator.check.run import check_content
from generator.render.school import render_school

SHORT_FORMS = {"SL": "skollagen (SL)", "DL": "diskrimineringslagen (DL)"}


def _pages() -> list[tuple[str, str]]:
    project = check_content(EXAMPLE_CONTENT).project
    assert project is not None
    return [
        (f"{school.id}/{page.uri}", page.content)
        for school in project.schools
        for page in render_school(project, school)
        if page.uri.endswith(".md") and isinstance(page.content, str)
    ]


PAGES = _pages()


@pytest.mark.parametrize(("uri", "text"), PAGES, ids=[uri for uri, _ in PAGES])
def test_a_law_is_named_before_its_short_form(uri: str, text: str) -> None:
    for short, introduced in SHORT_FORMS.items():
        first = re.search(rf"\b{short} \d", text)
        if first is not None:
            assert introduced in text[: first.start()], uri


def test_the_consequence_ladder_introduces_the_short_form_of_its_lagrum() -> None:
    routines = dict(PAGES)["strandskolan/rutiner/index.md"]
    assert "Stegen bygger på skollagen (SL) 5 kap." in routines
    assert routines.index("skollagen (SL)") < routines.index("SL 5 kap. 6 §")
