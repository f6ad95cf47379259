"""Every Markdown text that is rendered is held to the same depth as a page's: lists and
quotes nested past `MAX_NESTING` in a YAML text, a report's body or a page are fel
TP008 (För djup nästling) where the nesting passes the limit, never published."""

from __future__ import annotations

import shutil
from pathlib import Path

from ruletools import PAGE, PLAN, Tree

from generator.check.run import check_content
from generator.load.blocks import MAX_NESTING

ROOT = Path(__file__).resolve().parents[2]
REPORT_BODY = "content/rapporter/dialogmote-trygghet-2026.md"


def nested_list(levels: int, indent: str) -> str:
    return "".join(f"{indent}{'  ' * level}- nivå {level + 1}\n" for level in range(levels))


def test_a_plan_text_nested_too_deep_is_refused_at_the_level_past_the_limit(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "vision: >-\n", "inledning: |\n" + nested_list(120, "  ") + "vision: >-\n")
    [problem] = tree.problems("TP008")
    # two spaces of a list's indent are half a level: level 81 is the first past 40
    assert str(problem.location) == tree.at(PLAN, "- nivå 81\n")
    assert problem.message == f"en lista eller ett citat är nästlat i fler än {MAX_NESTING} nivåer"
    assert problem.hint.startswith("gör listan eller citatet plattare")


def test_a_flat_list_in_a_plan_text_passes(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "vision: >-\n", "inledning: |\n" + nested_list(6, "  ") + "vision: >-\n")
    assert not tree.problems("TP008")


def test_a_rule_of_dashes_or_stars_is_no_nesting(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    rules = f"  text\n  {'-' * 60}\n  {'*' * 60}\n  {'1.' * 30}\n"
    tree.edit(PLAN, "vision: >-\n", f"inledning: |\n{rules}vision: >-\n")
    assert not tree.problems("TP008")


def test_a_text_folded_onto_one_line_is_held_at_the_text(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "vision: >-\n", "inledning: >\n" + "  >\n" * 60 + "  citat\nvision: >-\n")
    [problem] = tree.problems("TP008")
    assert str(problem.location) == tree.at(PLAN, ">\n  >")


def test_a_report_body_nested_too_deep_is_refused(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    body = tmp_path / REPORT_BODY
    text = body.read_text(encoding="utf-8")
    body.write_text(text.replace("\n\n", "\n\n" + "> " * 300 + "citat\n\n", 1), encoding="utf-8")
    report = check_content(tmp_path / "content").report
    [problem] = [p for p in report if p.code == "TP008"]
    line = text.split("\n\n")[0].count("\n") + 3
    assert str(problem.location) == f"{REPORT_BODY}:{line}:1"


def test_a_page_nested_too_deep_is_told_with_the_nesting_code(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\n" + nested_list(250, ""))
    [problem] = tree.problems("TP008")
    assert problem.location.file == PAGE
    assert not tree.problems("TP002")
