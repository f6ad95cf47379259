"""TP128: days without a plan between one plan and the next, told before they come."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruletools import PLAN, SCHOOL_DIR, Tree, triggers

from generator.cli.main import main
from generator.problems import Severity

NEXT = f"{SCHOOL_DIR}/trygghetsplan/2027-28.yml"
HEAD = "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}\n"
VALIDITY = "giltighet: {från: 2026-08-17, till: 2027-08-15}"


def next_plan(tree: Tree, starts: str, *, draft: bool = False, name: str = NEXT) -> None:
    """A plan after the fixture's 2026/27 (which ends 2027-08-15), from `starts`:
    decided on 2026-11-20, or an utkast."""
    year = int(starts[:4]) + 1
    ends = f"{year}-08-15" if "-" in Path(name).stem else f"{int(starts[:4])}-12-31"
    head = "status: utkast\n" if draft else "beslut: {datum: 2026-11-20, rektor: Maria Lindqvist}\n"
    text = tree.text(PLAN).replace(HEAD, head, 1)
    tree.path(name).write_text(
        text.replace(VALIDITY, f"giltighet: {{från: {starts}, till: {ends}}}", 1),
        encoding="utf-8",
    )


@triggers("TP128")
def test_months_without_a_plan_before_the_next_one_are_warned_of(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    next_plan(tree, "2027-12-04")
    for today in (dt.date(2026, 11, 25), dt.date(2027, 6, 15), dt.date(2027, 8, 15)):
        [problem] = tree.problems("TP128", today=today)
        assert problem.severity is Severity.WARNING
        assert str(problem.location) == tree.at(NEXT, "2027-12-04")
        assert problem.message == (
            "ingen plan gäller 16 augusti–3 december 2027: planen för läsåret 2026/27 "
            "slutar 2027-08-15, och den här börjar gälla först 2027-12-04"
        )
        assert problem.hint == (
            "låt planen gälla från 2027-08-16, dagen efter att förra planen slutar, eller låt "
            "förra planen gälla till 2027-12-03"
        )


def test_one_day_without_a_plan_is_warned_of(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    next_plan(tree, "2027-08-17")
    [problem] = tree.problems("TP128")
    assert problem.message.startswith("ingen plan gäller 16 augusti 2027: ")


@pytest.mark.parametrize("starts", ["2027-08-16", "2027-08-01"])
def test_a_plan_from_the_day_after_or_overlapping_is_no_gap(tmp_path: Path, starts: str) -> None:
    tree = Tree(tmp_path)
    next_plan(tree, starts)
    assert tree.problems("TP128") == []
    overlap = [p.message for p in tree.problems("TP032")]
    said = f"giltigheten överlappar förra periodens plan ({PLAN})"
    assert overlap == ([said] if starts < "2027-08-16" else [])


def test_once_the_days_have_begun_tp101_says_so_and_once_they_are_over_tp131(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    next_plan(tree, "2027-12-04")
    told = [("TP101", dt.date(2027, 8, 16)), ("TP101", dt.date(2027, 12, 3))]
    told += [("TP131", dt.date(2027, 12, 4))]
    for code, today in told:
        found = [p for p in tree.check(today).report if p.code in ("TP101", "TP128", "TP131")]
        assert [(p.code, str(p.location)) for p in found] == [(code, tree.at(NEXT, "2027-12-04"))]


def test_a_plan_decided_after_the_gap_begins_is_told_to_extend_the_one_before(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    next_plan(tree, "2027-12-04")
    tree.edit(NEXT, "datum: 2026-11-20", "datum: 2027-08-20")
    [problem] = tree.problems("TP128", today=dt.date(2027, 8, 15))
    assert problem.hint == (
        "låt förra planen gälla till 2027-12-03; den här planen kan inte gälla före sitt "
        "beslut (2027-08-20)"
    )


def test_an_utkast_that_leaves_a_gap_is_warned_of_in_its_own_file(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    next_plan(tree, "2027-12-04", draft=True)
    [problem] = tree.problems("TP128", today=dt.date(2027, 6, 15))
    assert str(problem.location) == tree.at(NEXT, "2027-12-04")
    assert problem.severity is Severity.WARNING
    assert problem.message.startswith("(utkast) ingen plan gäller 16 augusti–3 december 2027")


def test_a_kalenderar_plan_after_a_lasar_plan(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    calendar = f"{SCHOOL_DIR}/trygghetsplan/2027.yml"
    next_plan(tree, "2027-09-01", name=calendar)
    [problem] = tree.problems("TP128")
    assert str(problem.location) == tree.at(calendar, "2027-09-01")
    assert problem.message.startswith("ingen plan gäller 16–31 augusti 2027: ")


def test_ny_period_after_a_plan_from_its_decision_day_leaves_no_gap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rollover the examiner found: TP124 moved giltighet.från to the decision day, and
    ny-period made the next plan start a year after it, in December."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "från: 2026-08-17", "från: 2026-12-04")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1813017600")  # 2027-06-15
    with pytest.raises(SystemExit):
        main(["ny-period", "ekbackens-skola", "--innehåll", str(tree.path("content"))])
    assert "giltighet: {från: 2027-08-16, till: 2028-08-15}" in tree.text(NEXT)
    assert tree.problems("TP128", today=dt.date(2027, 6, 15)) == []
