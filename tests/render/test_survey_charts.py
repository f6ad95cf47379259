"""Survey results on the plan page: a chart of what is released, beside the table it names
(issue 18). Withheld groups appear in the table as withheld and nowhere in the chart."""

from __future__ import annotations

import re
from pathlib import Path

import examplecopy
import pytest
from conftest import EXAMPLE_CONTENT, checked_project, plan_page
from examplecopy import edited

from generator.model import Project, SurveyMethod

content = examplecopy.content  # this module's copy of the example (a fixture)


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


def _plan_pages(example: Project) -> list[tuple[list[SurveyMethod], str]]:
    pages = []
    for school in example.schools:
        plan = school.current_plan
        if plan is None:
            continue
        pages.append((list(plan.survey.methods), plan_page(example, school)))
    return pages


def test_every_method_with_released_groups_has_a_chart_naming_its_table(example: Project) -> None:
    charted = 0
    for methods, page in _plan_pages(example):
        for index, method in enumerate(methods, 1):
            shown = [g for g in method.released.groups if not g.withheld]
            if not shown:
                assert f'id="diagram-metod-{index}-title"' not in page
                continue
            charted += 1
            assert f'aria-describedby="diagram-metod-{index}-desc resultat-metod-{index}"' in page
            assert f'id="resultat-metod-{index}"' in page
    assert charted >= 2  # the example has group results in more than one plan


def test_withheld_groups_never_reach_a_chart(example: Project) -> None:
    withheld_seen = 0
    for methods, page in _plan_pages(example):
        # The charts of this period's results (the trend charts show earlier periods too).
        charts = re.findall(r'<svg[^>]*"diagram-metod-.*?</svg>', page, flags=re.DOTALL)
        for method in methods:
            shown = {g.group for g in method.released.groups if not g.withheld}
            for group in method.released.groups:
                if group.withheld and group.group not in shown:
                    withheld_seen += 1
                    assert all(f">{group.group}<" not in svg for svg in charts), group
                    assert all(f" {group.group} " not in svg for svg in charts), group
    assert withheld_seen >= 1  # the example withholds a small group


def test_a_survey_whose_every_group_is_withheld_says_so_in_one_sentence(content: Path) -> None:
    """A table of dashes, each saying the same, and no chart read as a page gone wrong: the
    reader is told once why no group's result is shown."""
    plan = content / "skolor" / "ekbackens-skola" / "trygghetsplan" / "2026-27.yml"

    def small(text: str) -> str:
        return re.sub(r"antal_svar: 3\d, andel: \d+", "antal_svar: 3, andel: 67", text)

    with edited(plan, small):
        project = checked_project(content)
        school = next(s for s in project.schools if s.id == "ekbackens-skola")
        page = plan_page(project, school)
    method = page[page.index("Trygghetsenkät") :]
    method = method[: method.index("### Klassrådssamtal")]
    assert "Resultatet per grupp visas inte: varje grupp har färre än 5 svar" in method
    assert "Resultat per grupp:" not in method and "diagram-metod-" not in method
    this_year = method[: method.index("Resultat år för år")]  # earlier years' trend after it
    assert "Åk 4" not in this_year  # no group's row at all
