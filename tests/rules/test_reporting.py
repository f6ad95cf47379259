"""TP126: the deadlines of rutiner.anmälan and the ärendegång's reporting steps agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import ORGANISER, PLAN, Tree, triggers

from generator.problems import Severity
from generator.rules.deadlines import same_deadline

# The fixture's elev–elev step where the rektor reports to the huvudman, as written.
TO_ORGANISER = """\
        vem: Rektor
        tid: inom en vecka
      - id: utreda"""


@triggers("TP126")
def test_a_step_with_another_deadline_than_the_reporting_chain(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, TO_ORGANISER, TO_ORGANISER.replace("inom en vecka", "samma dag"))
    [problem] = tree.problems("TP126")
    step = tree.at(ORGANISER, "samma dag\n      - id: utreda")
    said = tree.at(ORGANISER, "inom en vecka", tree.text(ORGANISER).count("inom en vecka"))
    assert str(problem.location) == step
    assert problem.severity is Severity.WARNING
    assert problem.field == "rutiner.elev_elev.steg (id: anmal-huvudman).tid"
    assert problem.message == (
        f"rutiner.anmälan säger att rektor anmäler till huvudmannen 'inom en vecka' ({said}), "
        f"men steget anmal-huvudman i ärendegången elev–elev säger 'samma dag' ({step})"
    )
    assert "rutiner.anmälan.rektor_till_huvudman" in problem.hint
    assert problem.source == "SL 6 kap. 10 §"


def test_the_step_is_found_by_what_it_says_not_by_its_id(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "- id: anmal-rektor", "- id: steg-2")
    tree.edit(ORGANISER, "tid: samma dag", "tid: inom tre dagar")
    [problem] = tree.problems("TP126")
    assert "personal anmäler till rektor 'samma dag'" in problem.message
    assert "steget steg-2 i ärendegången elev–elev säger 'inom tre dagar'" in problem.message


def test_the_same_deadline_in_other_words_is_no_problem(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, TO_ORGANISER, TO_ORGANISER.replace("inom en vecka", "Inom 7 dagar."))
    tree.edit(ORGANISER, "tid: samma dag", "tid: Senast samma dag.")
    assert tree.problems("TP126") == []


def test_a_plans_own_deadlines_are_told_in_the_plan(tmp_path: Path) -> None:
    """The plan writes anmälan, the ärendegång is the huvudman's: the finding points into
    the plan, whose author can change it, and names the huvudman's step."""
    tree = Tree(tmp_path)
    tree.append(
        PLAN,
        "\nrutiner:\n  anmälan:\n    personal_till_rektor: inom 24 timmar\n"
        "    rektor_till_huvudman: inom en vecka\n    hur: Personalen anmäler i formuläret.\n",
    )
    problems = tree.problems("TP126")
    assert {str(p.location) for p in problems} == {tree.at(PLAN, "inom 24 timmar")}
    # the steps where staff report to the rektor: elev–elev's and personal–elev's
    steps = [tree.at(ORGANISER, "tid: samma dag", n).rsplit(":", 1)[0] for n in (1, 3)]
    assert [p.message.split(" säger 'samma dag' (")[1] for p in problems] == [
        f"{steps[0]}:14)",
        f"{steps[1]}:14)",
    ]


def test_a_police_report_is_not_the_report_to_the_huvudman(tmp_path: Path) -> None:
    """A step that names a polisanmälan and the huvudman, done by the rektor, is another
    report: the deadline of anmälan is not compared with it."""
    tree = Tree(tmp_path)
    tree.edit(
        ORGANISER,
        "      - id: anmal-rektor",
        "      - id: polis\n        text: Vid brott gör rektor en polisanmälan, eller huvudmannen."
        "\n        vem: Rektor\n        tid: genast\n      - id: anmal-rektor",
    )
    assert tree.problems("TP126") == []


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("senast nästa arbetsdag", "Senast nästa arbetsdag.", True),
        ("senast nästa arbetsdag", "inom en arbetsdag", True),
        ("samma dag", "senast samma dag", True),
        ("inom 24 timmar", "inom ett dygn", True),
        ("inom en vecka", "inom 7 dagar", True),
        ("samma dag", "senast nästa arbetsdag", False),
        ("samma dag", "inom 24 timmar", False),
        ("senast nästa arbetsdag", "nästa dag", False),
        ("direkt", "samma dag", False),
        ("samma dag, senast kl. 16", "Samma dag, senast kl. 16.", True),
        ("samma dag, senast kl. 16", "samma dag", False),
    ],
)
def test_deadlines_compare_by_meaning(first: str, second: str, same: bool) -> None:
    assert same_deadline(first, second) is same
