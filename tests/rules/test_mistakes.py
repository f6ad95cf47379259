"""TP2xx: the six common mistakes (Örebro ESKA), each with a case that triggers it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from ruletools import PLAN, Tree, fixture_at, model_problems, plan, triggers, with_plan

from generator.load.dates import exact
from generator.model import Anchoring, Survey
from generator.problems import Severity
from generator.rules.mistakes import not_taking_part


def _methods(**changes: Any) -> Survey:
    methods = tuple(dataclasses.replace(m, **changes) for m in plan().survey.methods)
    return dataclasses.replace(plan().survey, methods=methods)


@triggers("TP201")
def test_only_an_old_survey(tmp_path: Path) -> None:
    old = _methods(date=exact(dt.date(2024, 10, 1)))
    [problem] = model_problems("TP201", with_plan(survey=old))
    assert problem.severity is Severity.ERROR
    assert problem.message == (
        "ingen kartläggning är gjord för perioden; den senaste är från 2024-10-01"
    )
    assert str(problem.location) == fixture_at(PLAN, "- id: K1")
    assert problem.source == "Örebro ESKA: vanliga misstag; DL 3 kap. 2 §"


def test_a_survey_result_left_empty(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    result = (
        "Matsalen fick färre ledsna ansikten än året innan. "
        "Toaletterna i lågstadiekorridoren fick flest."
    )
    tree.edit(PLAN, f"resultat: {result}", "resultat: 'xxx'")
    [problem] = tree.problems("TP201")
    assert str(problem.location) == tree.at(PLAN, "'xxx'")
    assert problem.message == "resultatet av Klassrådssamtal med bildstöd (K3) är inte beskrivet"


@triggers("TP202")
def test_a_finding_that_no_cause_analyses(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    - fynd: [F6]\n", "    - fynd: [F1]\n")
    [problem] = tree.problems("TP202")
    assert str(problem.location) == tree.at(PLAN, "id: F6")
    assert problem.message == "fyndet F6 är inte analyserat"
    assert problem.hint == "lägg till en orsak under analys.orsaker med fynd: [F6]"


def test_a_cause_that_repeats_the_finding() -> None:
    causes = plan().analysis.causes
    finding = plan().survey.findings[0]
    repeated = (dataclasses.replace(causes[0], cause=finding.text.upper()), *causes[1:])
    analysis = dataclasses.replace(plan().analysis, causes=repeated)
    [problem] = model_problems("TP202", with_plan(analysis=analysis))
    assert problem.field == "analys.orsaker[1].orsak"
    assert "den upprepar bara fyndet" in problem.message


@triggers("TP203")
def test_a_pupil_survey_without_breakdown(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start = text.index("      delresultat:\n")
    end = text.index("    - id: K3")
    tree.path(PLAN).write_text(text[:start] + text[end:], encoding="utf-8")
    [problem] = tree.problems("TP203")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "id: K2")
    assert problem.message == "Trygghetsenkät (K2): resultatet är inte uppdelat på grupper"


def test_no_method_asks_the_pupils() -> None:
    staff_only = _methods(participants="Personalen i arbetslagen")
    [problem] = model_problems("TP203", with_plan(survey=staff_only))
    assert problem.message == "ingen metod i kartläggningen frågar eleverna själva"


def test_a_survey_without_response_rate() -> None:
    survey = plan().survey
    methods = list(survey.methods)
    methods[1] = dataclasses.replace(methods[1], invited=None)
    changed = dataclasses.replace(survey, methods=tuple(methods))
    [problem] = model_problems("TP203", with_plan(survey=changed))
    assert problem.message == "Trygghetsenkät (K2): svarsfrekvens saknas"


@triggers("TP204")
def test_pupils_did_not_take_part_in_the_analysis(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start = text.index("  elevmedverkan: >-\n    Elevrådet diskuterade")
    end = text.index("\nåtgärder:")
    new = "  elevmedverkan: Eleverna har inte varit delaktiga i år.\n"
    tree.path(PLAN).write_text(text[:start] + new + text[end:], encoding="utf-8")
    [problem] = tree.problems("TP204")
    assert str(problem.location) == tree.at(PLAN, "Eleverna har inte varit delaktiga")
    assert problem.message == "det framgår inte att eleverna deltog i analysen"


def test_participation_texts() -> None:
    assert not_taking_part("-")
    assert not_taking_part("Eleverna deltog inte.")
    assert not not_taking_part("Elevrådet analyserade resultaten med kuratorn.")
    long_positive = "Elevrådet analyserade resultaten. " * 5 + "De som inte var med fick läsa."
    assert not not_taking_part(long_positive)


@triggers("TP205")
def test_a_preventive_measure_without_findings(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    adresserar: [F4]\n", "")
    problems = tree.problems("TP205")
    assert [p.message for p in problems] == [
        "ingen åtgärd tar sig an fyndet F4, och analysen förklarar inte varför",
        "den förebyggande åtgärden A8 säger inte vilka fynd den gäller",
    ]
    assert str(problems[1].location) == tree.at(PLAN, "id: A8\n    titel")
    assert str(problems[0].location) == tree.at(PLAN, "id: F4")


def test_a_finding_explained_away_in_the_analysis_passes() -> None:
    # F5 has no åtgärd in the fixture but its cause says why (utan_åtgärd).
    assert model_problems("TP205", with_plan()) == []


@triggers("TP206")
def test_a_measure_without_pupil_text(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "    elevtext: Vissa ord används som skällsord.",
        "    # Vissa ord används som skällsord.",
    )
    [problem] = tree.problems("TP206")
    assert str(problem.location) == tree.at(PLAN, "id: A6\n    titel")
    assert problem.message == "åtgärden A6 saknar elevtext"


def test_a_plan_not_anchored_with_pupils() -> None:
    anchoring = tuple(a for a in plan().anchoring if a.audience != "elever")
    assert Anchoring("personal", "APT") not in anchoring
    [problem] = model_problems("TP206", with_plan(anchoring=anchoring))
    assert problem.message == "planen förankras inte hos eleverna"
