"""A school's results per group are written at one precision in a table and its chart:
"92,0 %" beside "87,5 %", never "92 %" there (a missing decimal reads as another kind of
figure); whole percents where every share is whole."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import FIXTURE_CONTENT, checked_project, plan_page

PLAN = "skolor/lindskolan/trygghetsplan/2026-27.yml"


def _page(tmp_path: Path, old: str, new: str) -> str:
    content = tmp_path / "content"
    shutil.copytree(FIXTURE_CONTENT, content)
    plan = content / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    project = checked_project(content, despite=frozenset({"TP053"}))
    return plan_page(project, project.school("lindskolan"))


def test_the_groups_table_and_chart_share_one_precision(tmp_path: Path) -> None:
    page = _page(tmp_path, "antal_svar: 4, andel: 75}", "antal_svar: 40, andel: 75}")
    assert "| Åk 4 | Trygg på rasterna | 38 | 92,0 % |" in page
    assert "| Åk 5 | Trygg på rasterna | 40 | 75,0 % |" in page
    assert "| Åk 6 | Trygg på rasterna | 36 | 87,5 % |" in page
    chart = page[page.index('id="diagram-metod-1-desc"') :]
    assert "högst Åk 4 (92,0 %), lägst Åk 5 (75,0 %)." in chart  # its description
    assert ">87,5 %</tspan>" in chart  # its bar
    trend = page[page.index('id="trend-metod-1"') :]  # year by year: one precision too
    assert "| Trygg på rasterna | Åk 4 | bara som text | 92,0 % |" in trend
    assert not re.search(r"\| (92|75) % \|", page)


def test_whole_shares_stay_whole(tmp_path: Path) -> None:
    page = _page(tmp_path, "antal_svar: 36, andel: 87.5}", "antal_svar: 36, andel: 88}")
    assert "| Åk 4 | Trygg på rasterna | 38 | 92 % |" in page
    assert ",0 %" not in page
