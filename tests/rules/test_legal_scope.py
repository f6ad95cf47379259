"""TP118–TP122: the skolformer and areas a plan covers, its four steps, and the follow-up
of riktlinjer and rutiner (the clean fixture is the case where none of them fires)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from ruletools import (
    PLAN,
    SCHOOL,
    Tree,
    locations,
    model_problems,
    plan,
    project,
    triggers,
    with_plan,
)

from generator.model import Project
from generator.problems import Severity


def with_school(**changes: Any) -> Project:
    """The fixture project with the school's fields replaced."""
    model = project()
    school = dataclasses.replace(model.schools[0], **changes)
    return dataclasses.replace(model, schools=(school,))


@triggers("TP118")
def test_a_plan_for_other_skolformer_than_the_units_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PLAN, "skolformer: [grundskola, gymnasieskola]\n")
    extra, missing = tree.problems("TP118")
    assert extra.severity is Severity.ERROR
    assert str(extra.location) == tree.at(PLAN, "[grundskola, gymnasieskola]")
    assert (
        extra.message
        == "planen gäller gymnasieskola, som Ekbackens skola inte har enligt skola.yml"
    )
    assert missing.message == (
        "planen gäller inte förskoleklass och fritidshem, fast Ekbackens skola har det; "
        "varje verksamhet ska ha en plan"
    )
    assert missing.hint == (
        "lägg till förskoleklass och fritidshem under skolformer, så att planen gäller hela enheten"
    )
    assert missing.source == "SL 6 kap. 6 och 8 §§; DO: varje enskild verksamhet"


def test_a_plan_that_names_the_units_skolformer_passes(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PLAN, "skolformer: [fritidshem, grundskola, förskoleklass]\n")
    report = tree.check().report
    assert [p for p in report if p.code in {"TP118", "TP119"}] == []
    assert [p for p in report if p.severity is Severity.ERROR] == []


@triggers("TP119")
def test_a_skolform_the_plan_never_mentions_is_a_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        SCHOOL,
        "skolformer: [förskoleklass, grundskola, fritidshem]",
        "skolformer: [förskoleklass, grundskola, anpassad_grundskola, fritidshem]",
    )
    [problem] = tree.problems("TP119")
    assert problem.severity is Severity.WARNING
    # at the kartläggning, where the hint asks the author to write, not at the file's top
    assert str(problem.location) == tree.at(PLAN, "metoder:")
    assert problem.field == "kartläggning"
    assert problem.message == (
        "skolformen anpassad grundskola nämns inte i planen, fast planen gäller för den"
    )
    assert problem.hint == (
        "beskriv hur anpassad grundskola ingick i kartläggningen och vilka åtgärder som gäller där"
    )


def test_a_skolform_named_in_any_words_of_the_plan_counts(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    forms = "skolformer: [förskoleklass, grundskola, anpassad_grundskola, fritidshem]"
    tree.edit(SCHOOL, "skolformer: [förskoleklass, grundskola, fritidshem]", forms)
    tree.edit(
        PLAN, "deltagare: Elever i åk 2–6", "deltagare: Elever i åk 2–6 och i anpassade grundskolan"
    )
    assert tree.problems("TP119") == []


def test_a_fritidshem_never_named_is_flagged_and_an_area_tag_names_it(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = re.sub(r"[Ff]ritids\w*", "eftermiddagen", tree.text(PLAN))
    tree.path(PLAN).write_text(text.replace("områden: [eftermiddagen]", "områden: [raster]"))
    [problem] = tree.problems("TP119")
    assert (
        problem.message == "skolformen fritidshem nämns inte i planen, fast planen gäller för den"
    )
    assert problem.hint.endswith(", eller tagga ett fynd med områden: [fritidshem]")
    tree.edit(PLAN, "områden: [raster]", "områden: [fritidshem]")
    assert tree.problems("TP119") == []


def test_a_unit_with_one_skolform_is_not_asked_to_name_it() -> None:
    assert model_problems("TP119", with_school(school_forms=("gymnasieskola",))) == []


@triggers("TP120")
def test_an_area_of_the_law_not_surveyed_is_a_warning() -> None:
    survey = plan().survey
    coverage = {k: v for k, v in survey.coverage.items() if k != "bedömning"}
    changed = with_plan(survey=dataclasses.replace(survey, coverage=coverage))
    [problem] = model_problems("TP120", changed)
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "kartläggningen tar inte upp bedömning, som diskrimineringslagen räknar till "
        "arbetet med aktiva åtgärder"
    )
    assert problem.hint == (
        "tagga bedömning under områden i ett fynd, eller skriv under "
        "kartläggning.täckning.bedömning hur det undersöktes"
    )
    assert problem.source.startswith("DL 3 kap. 16 §")


def test_a_gymnasieskola_also_covers_admission_and_parenthood() -> None:
    [problem] = model_problems("TP120", with_school(school_forms=("gymnasieskola",)))
    assert problem.message.startswith(
        "kartläggningen tar inte upp antagningen och studier och föräldraskap,"
    )


def test_a_preschool_is_not_asked_about_assessment() -> None:
    survey = plan().survey
    coverage = {k: v for k, v in survey.coverage.items() if k != "bedömning"}
    changed = with_plan(survey=dataclasses.replace(survey, coverage=coverage))
    model = dataclasses.replace(
        changed, schools=(dataclasses.replace(changed.schools[0], school_forms=("förskola",)),)
    )
    assert model_problems("TP120", model) == []


def test_places_count_as_parts_of_the_study_environment() -> None:
    """Raster, matsal and digital environments are where the studiemiljö is surveyed."""
    survey = plan().survey
    findings = tuple(
        dataclasses.replace(f, areas=tuple(a for a in f.areas if a != "studiemiljö"))
        for f in survey.findings
    )
    assert any("raster" in f.areas for f in findings)
    changed = with_plan(survey=dataclasses.replace(survey, findings=findings))
    assert model_problems("TP120", changed) == []


@triggers("TP121")
def test_a_decided_plan_with_a_hollow_step_is_an_error() -> None:
    measures = tuple(dataclasses.replace(m, description="-") for m in plan().measures)
    [problem] = model_problems("TP121", with_plan(measures=measures))
    assert problem.severity is Severity.ERROR
    assert problem.message == (
        "planen dokumenterar inte steget åtgärder: ingen åtgärd beskriver vad som ska göras"
    )
    assert problem.hint == "beskriv under åtgärder[].beskrivning vad som ska göras och hur"
    assert problem.source.startswith("DL 3 kap., om dokumentation av de fyra stegen i 2 §")


def test_an_analysis_that_only_repeats_the_findings_is_a_hollow_step() -> None:
    current = plan()
    texts = {f.id: f.text for f in current.survey.findings}
    causes = tuple(
        dataclasses.replace(c, cause=texts[c.finding_ids[0]]) for c in current.analysis.causes
    )
    analysis = dataclasses.replace(current.analysis, causes=causes)
    [problem] = model_problems("TP121", with_plan(analysis=analysis))
    assert problem.message == (
        "planen dokumenterar inte steget analys: den anger ingen orsak, bara tomma rader "
        "eller fynden igen"
    )


def test_a_plan_that_says_nothing_of_follow_up_or_evaluation_is_a_hollow_step() -> None:
    current = plan()
    outcomes = tuple(dataclasses.replace(o, effect="saknas") for o in current.evaluation.outcomes)
    evaluation = dataclasses.replace(current.evaluation, summary="", outcomes=outcomes)
    measures = tuple(dataclasses.replace(m, follow_up_how="") for m in current.measures)
    changed = with_plan(evaluation=evaluation, measures=measures, follow_up=None)
    [problem] = model_problems("TP121", changed)
    assert problem.message == (
        "planen dokumenterar inte steget uppföljning och utvärdering: det står varken hur "
        "arbetet följs upp eller hur det gick"
    )


def test_a_survey_without_results_or_findings_is_a_hollow_step() -> None:
    survey = plan().survey
    methods = tuple(dataclasses.replace(m, results="") for m in survey.methods)
    findings = tuple(dataclasses.replace(f, text="Se bilaga.") for f in survey.findings)
    hollow = dataclasses.replace(survey, methods=methods, findings=findings, results="x")
    found = model_problems("TP121", with_plan(survey=hollow))
    assert [p.message for p in found] == []  # "Se bilaga." says where the findings are
    blank = tuple(dataclasses.replace(f, text="–") for f in survey.findings)
    found = model_problems("TP121", with_plan(survey=dataclasses.replace(hollow, findings=blank)))
    assert found[0].message == (
        "planen dokumenterar inte steget kartläggning: den redovisar varken resultat eller fynd"
    )


def test_an_utkast_may_still_have_hollow_steps() -> None:
    measures = tuple(dataclasses.replace(m, description="-") for m in plan().measures)
    assert model_problems("TP121", with_plan(measures=measures, draft=True)) == []


@triggers("TP122")
def test_guidelines_not_followed_up_after_a_period_are_a_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    line = (
        "  riktlinjer_och_rutiner: Trygghetsteamet gick igenom läsårets anmälningar i juni 2026.\n"
    )
    tree.edit(PLAN, line, "")
    [problem] = tree.problems("TP122")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "sammanfattning:")
    assert problem.message == (
        "planen säger inte hur riktlinjerna och rutinerna mot trakasserier följdes upp"
    )
    assert problem.source == "DL 3 kap. 18 §"


def test_a_first_plan_has_no_guidelines_to_follow_up() -> None:
    evaluation = dataclasses.replace(plan().evaluation, guidelines_and_routines="")
    model = with_plan(evaluation=evaluation, earlier_period=None)
    school = model.schools[0]
    first = dataclasses.replace(school, plans=school.plans[-1:])
    assert locations(model_problems("TP122", dataclasses.replace(model, schools=(first,)))) == []
