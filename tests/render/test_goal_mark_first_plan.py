"""A goal that names a survey method and measure (`mål.mätning`) is drawn in the chart of
the period's results, also in a school's first plan, where no trend is drawn."""

from __future__ import annotations

import dataclasses
import re

from conftest import EXAMPLE_CONTENT, checked_project, plan_page

CHART = re.compile(r'<svg[^>]*aria-labelledby="diagram-metod-\d+-title".*?</svg>', re.DOTALL)


def test_the_first_plans_chart_draws_the_goals_aim() -> None:
    example = checked_project(EXAMPLE_CONTENT)
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    first = dataclasses.replace(school, plans=(school.current_plan,))
    page = plan_page(example, first)
    assert "Resultat år för år" not in page  # no earlier plan: no trend chart
    charts = CHART.findall(page)
    aimed = [c for c in charts if ">mål 90 %</tspan>" in c]
    assert aimed, "no chart of the period's results draws the goal's mark"
    assert "Känner sig trygg i skolan (mål: minst 90 %)" in aimed[0]  # the text alternative
