"""The årshjul names the plan's åtgärder and mål by their titles, not by the plan's ids:
its reader does not know what "åtgärd A6" is. The link to it in the plan stays."""

from __future__ import annotations

import re
from pathlib import Path

from generator.check.run import check_content
from generator.render.pages.cycle import render_cycle

ROOT = Path(__file__).resolve().parent.parent


def test_an_activity_names_the_measure_it_mentions_by_its_title() -> None:
    project = check_content(ROOT / "content").project
    assert project is not None
    school = next(s for s in project.schools if s.id == "lovangens-skola")
    plan = school.current_plan
    assert plan is not None
    measure = plan.measure("A6")
    assert measure is not None
    page = render_cycle(school)
    assert f"(åtgärden [{measure.title}](../trygghetsplan/index.md#atgard-A6))" in page
    assert not re.search(r"\b(åtgärd|mål) [AM]\d+\b", page)
