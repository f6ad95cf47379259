"""TP2xx: the six common mistakes (Örebro ESKA), each with a case that triggers it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from ruletools import PLAN, Tree, fixture_at, model_problems, plan, triggers, with_plan

from generator.load.dates import exact
from generator.model import MeasureKind, Survey
from generator.problems import Severity


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
    assert problem.source.startswith("Örebro kommuns enhet för systematiskt kvalitetsarbete, ESKA")
    assert problem.source.endswith("vanliga misstag i planerna; DL 3 kap. 2 §")


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
    assert problem.message == "Trygghetsenkät: resultatet är inte uppdelat på grupper"


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
    assert problem.message == "Trygghetsenkät: svarsfrekvens saknas"


@triggers("TP205")
@pytest.mark.parametrize("written", ["", "    adresserar: []\n"])
def test_a_preventive_measure_without_findings(tmp_path: Path, written: str) -> None:
    """One mistake, one problem: told at the finding no measure takes on, whose hint
    names the measure that says nothing of what it takes on (not again at A8)."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    adresserar: [F4]\n", written)
    [problem] = tree.problems("TP205")
    assert (
        problem.message == "ingen åtgärd tar sig an fyndet F4, och analysen förklarar inte varför"
    )
    assert str(problem.location) == tree.at(PLAN, "id: F4")
    assert "(A8 säger inte vilka fynd den gäller)" in problem.hint


def test_a_finding_no_measure_takes_on_is_told_once_with_the_unlinked_measures(
    tmp_path: Path,
) -> None:
    """Four measures without adresserar each said "ingen åtgärd tar sig an F4": now the
    finding is told once, at F4, naming the measures that may be meant for it."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    adresserar: [F4]\n", "")
    tree.edit(PLAN, "    adresserar: [F1]\n", "")
    problems = tree.problems("TP205")
    assert [p.message for p in problems] == [
        "ingen åtgärd tar sig an fyndet F1, och analysen förklarar inte varför",
        "ingen åtgärd tar sig an fyndet F4, och analysen förklarar inte varför",
    ]
    unlinked = problems[1].hint.split("(")[1].split(" säger")[0].split(" och ")
    assert len(unlinked) == 2
    assert problems[1].hint == (
        f"lägg till adresserar: [F4] på den åtgärd som gäller fyndet ({unlinked[0]} och "
        f"{unlinked[1]} säger inte vilka fynd de gäller), eller utan_åtgärd: med skälet i "
        "analysen"
    )


def test_the_hint_names_no_finding_when_every_one_is_taken_on() -> None:
    measures = tuple(
        dataclasses.replace(m, kind=MeasureKind.PREVENTIVE) if m.id == "A1" else m
        for m in plan().measures
    )
    [problem] = model_problems("TP205", with_plan(measures=measures))
    assert problem.message == "den förebyggande åtgärden A1 säger inte vilka fynd den gäller"
    assert "F" not in problem.hint.replace("fynd", "")
    assert problem.hint.startswith("skriv under adresserar id:n")


def test_a_finding_explained_away_in_the_analysis_passes() -> None:
    # F5 has no åtgärd in the fixture but its cause says why (utan_åtgärd).
    assert model_problems("TP205", with_plan()) == []
