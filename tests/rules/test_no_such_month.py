"""A date whose month does not exist (2026-13-01) is told so, as a day that does not
exist is ("februari 2027 har 28 dagar"), with the day meant where day and month are
swapped; not only how dates are written."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, Tree

from generator.validate.formhints import format_hint


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "2026-13-01",
            "månad 13 finns inte, månaderna är 01–12; menade du 13 januari 2026? Skriv det i så "
            "fall som 2026-01-13",
        ),
        ("2026-13", "månad 13 finns inte, månaderna är 01–12: skriv ÅÅÅÅ-MM, t.ex. 2026-12"),
        (
            "2026-00-15",
            "månad 00 finns inte, månaderna är 01–12: skriv ÅÅÅÅ-MM-DD, t.ex. 2026-12-01",
        ),
    ],
)
def test_a_plan_date_with_no_such_month_is_told_so(tmp_path: Path, written: str, hint: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    start: 2026-09-07", f"    start: {written}")
    [problem] = tree.problems("TP015")
    assert str(problem.location) == tree.at(PLAN, written)
    assert (problem.message, problem.hint) == (f"'{written}' har en månad som inte finns", hint)


def test_a_day_with_no_such_month_is_told_so() -> None:
    assert format_hint("date", "2026-13-01") == (
        "är inte ett giltigt datum",
        "månad 13 finns inte, månaderna är 01–12; menade du 13 januari 2026? Skriv det i så "
        "fall som 2026-01-13",
    )
    assert (
        format_hint("date", "2026-02-30")[1] == "februari 2026 har 28 dagar; skriv en dag som finns"
    )
