"""A FYLL I mark where another problem already stands is told once: by that problem."""

from __future__ import annotations

from pathlib import Path

from ruletools import PLAN, Tree

from generator.problems import Severity


def test_a_decided_plans_first_mark_is_one_error_not_two(tmp_path: Path) -> None:
    """Before: TP127 and TP304 at the same place, TP304 saying "(titel): titel"."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "titel: Schyssta chattar", 'titel: "FYLL I: titel"')
    report = tree.check().report
    at = [p for p in report if f"{p.location}" == f"{tree.at(PLAN, 'FYLL I: titel')}"]
    assert [(p.code, p.severity) for p in at] == [("TP127", Severity.ERROR)]


def test_a_status_left_to_fill_in_is_one_problem(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "status: genomförd", "status: FYLL I")
    report = tree.check().report
    at = [p for p in report if f"{p.location}" == tree.at(PLAN, "FYLL I")]
    assert [(p.code, p.message) for p in at if p.code != "TP127"] == [("TP013", "inte ifyllt ännu")]
    assert "TP304" not in {p.code for p in at}
