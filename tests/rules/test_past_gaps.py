"""TP131: days without a plan between two decided plans, told once they are over, for as
long as the central unit reviews them (the current and the previous läsår or kalenderår)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ruletools import PLAN, PREVIOUS, SCHOOL_DIR, Tree, triggers

from generator.problems import Severity

PLANS = f"{SCHOOL_DIR}/trygghetsplan"
OLD_HEAD = (
    "beslut: {datum: 2025-08-18, rektor: Maria Lindqvist}\n"
    "giltighet: {från: 2025-08-18, till: 2026-08-16}"
)
PLAN_HEAD = (
    "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}\n"
    "giltighet: {från: 2026-08-17, till: 2027-08-15}"
)


def plan_file(tree: Tree, period: str, decided: str, starts: str, ends: str) -> str:
    """A decided plan for `period` (a copy of the fixture's 2025/26 plan), valid from
    `starts` to `ends`; its display path."""
    head = f"beslut: {{datum: {decided}, rektor: Maria Lindqvist}}\n"
    head += f"giltighet: {{från: {starts}, till: {ends}}}"
    name = f"{PLANS}/{period}.yml"
    tree.path(name).write_text(tree.text(PREVIOUS).replace(OLD_HEAD, head, 1), encoding="utf-8")
    return name


def starts(tree: Tree, day: str, decided: str = "2026-08-17") -> None:
    """The fixture's 2026/27 plan from `day` (the 2025/26 plan ends 2026-08-16)."""
    head = f"beslut: {{datum: {decided}, rektor: Maria Lindqvist}}\n"
    tree.edit(PLAN, PLAN_HEAD, f"{head}giltighet: {{från: {day}, till: 2027-08-15}}")


def messages(tree: Tree, today: dt.date | None = None) -> list[str]:
    found = tree.problems("TP131") if today is None else tree.problems("TP131", today=today)
    return [p.message for p in found]


@triggers("TP131")
def test_weeks_without_a_plan_that_are_over_are_a_warning_at_the_later_plan(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    starts(tree, "2026-09-21", decided="2026-09-14")
    report = tree.check().report
    [problem] = [p for p in report if p.code == "TP131"]
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "2026-09-21")
    assert problem.message == (
        "Ekbackens skola saknade gällande plan 17 augusti–20 september 2026 (35 dagar): "
        "planen för läsåret 2025/26 slutade gälla 2026-08-16, och planen för läsåret "
        "2026/27 började gälla 2026-09-21"
    )
    assert problem.source == "SL 6 kap. 8 §"
    assert problem.hint == (
        "dagarna går inte att ta igen, men redogör för dem och vad de berodde på när läsåret "
        "2026/27 utvärderas i nästa periods plan, och besluta varje ny plan i tid så att den "
        "gäller från dagen efter att planen före slutar (trygg ny-period sätter giltigheten så)"
    )
    assert not [p for p in report if p.code in ("TP101", "TP128")]


def test_one_day_without_a_plan(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    starts(tree, "2026-08-18")
    assert messages(tree) == [
        "Ekbackens skola saknade gällande plan 17 augusti 2026 (1 dag): planen för läsåret "
        "2025/26 slutade gälla 2026-08-16, och planen för läsåret 2026/27 började gälla "
        "2026-08-18"
    ]


def test_days_before_a_late_decision_stay_when_tp124s_hint_is_followed(tmp_path: Path) -> None:
    """The plan said it applied from the day after the plan before, but was decided six
    weeks later: moving giltighet.från to the decision (TP124's hint) keeps the days."""
    tree = Tree(tmp_path)
    starts(tree, "2026-08-17", decided="2026-10-01")
    said = "Ekbackens skola saknade gällande plan 17 augusti–30 september 2026 (45 dagar): "
    found = {p.code: p for p in tree.check().report if p.code in ("TP124", "TP131")}
    assert found["TP124"].hint == "ändra giltighet.från till 2026-10-01, dagen för beslutet"
    assert found["TP131"].message.startswith(said)
    assert found["TP131"].message.endswith("2026/27 beslutades först 2026-10-01")
    tree.edit(PLAN, "från: 2026-08-17", "från: 2026-10-01")
    found = {p.code: p for p in tree.check().report if p.code in ("TP124", "TP131")}
    assert list(found) == ["TP131"]
    assert found["TP131"].message.startswith(said)
    assert found["TP131"].message.endswith("2026/27 började gälla 2026-10-01")


def test_a_gap_is_shown_through_the_lasar_after_its_own(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    starts(tree, "2026-09-21", decided="2026-09-14")
    assert len(messages(tree, dt.date(2028, 6, 30))) == 1  # läsåret 2027/28
    assert messages(tree, dt.date(2028, 7, 1)) == []  # läsåret 2028/29


def test_a_gap_two_lasar_back_is_no_longer_shown(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    plan_file(tree, "2023-24", "2023-08-21", "2023-08-21", "2024-08-11")
    plan_file(tree, "2024-25", "2024-08-19", "2024-08-19", "2025-08-10")
    one_back = "Ekbackens skola saknade gällande plan 11–17 augusti 2025 (7 dagar): "
    two_back = "Ekbackens skola saknade gällande plan 12–18 augusti 2024 (7 dagar): "
    assert [m[: len(one_back)] for m in messages(tree)] == [one_back]  # 25 november 2026
    in_2025_26 = messages(tree, dt.date(2026, 6, 30))
    assert [m[: len(two_back)] for m in in_2025_26] == [two_back, one_back]


def test_kalenderar_plans_with_a_gap_over_the_turn_of_the_year(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    plan_file(tree, "2025", "2024-12-16", "2025-01-01", "2025-12-20")
    later = plan_file(tree, "2026", "2026-01-07", "2026-01-07", "2026-12-31")
    tree.path(PREVIOUS).unlink()
    tree.path(PLAN).unlink()
    [problem] = tree.problems("TP131")
    assert str(problem.location) == tree.at(later, "2026-01-07", 2)
    assert problem.message == (
        "Ekbackens skola saknade gällande plan 21 december 2025–6 januari 2026 (17 dagar): "
        "planen för år 2025 slutade gälla 2025-12-20, och planen för år 2026 började "
        "gälla 2026-01-07"
    )
    assert len(messages(tree, dt.date(2027, 12, 31))) == 1  # the year after
    assert messages(tree, dt.date(2028, 1, 1)) == []


def test_plans_one_after_the_other_leave_no_days_without_a_plan(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    for today in (dt.date(2026, 11, 25), dt.date(2027, 6, 30), dt.date(2027, 8, 15)):
        assert messages(tree, today) == []
    plan_file(tree, "2024-25", "2024-08-19", "2024-08-19", "2025-08-17")
    assert messages(tree, dt.date(2026, 6, 30)) == []


def test_no_days_before_the_first_plan_are_known(tmp_path: Path) -> None:
    """The plan before the first one in trygg may be a Word file: its end is not known."""
    tree = Tree(tmp_path)
    tree.path(PREVIOUS).unlink()
    starts(tree, "2026-08-17", decided="2026-10-01")
    assert [p.code for p in tree.check().report if p.code in ("TP124", "TP131")] == ["TP124"]


def test_days_that_have_not_ended_are_tp101s(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    starts(tree, "2026-12-01", decided="2026-11-20")
    codes = [p.code for p in tree.check().report if p.code in ("TP101", "TP128", "TP131")]
    assert codes == ["TP101"]
    assert len(messages(tree, dt.date(2026, 12, 1))) == 1
