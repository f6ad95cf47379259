"""Survey results on the plan page: a chart of what is released, beside the table it names
(issue 18). Withheld groups appear in the table as withheld and nowhere in the chart."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLE_CONTENT, checked_project, plan_page

from generator.model import Project, SurveyMethod


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
