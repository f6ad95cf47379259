"""A finding is a sentence of its own, with its capital letter: where a page names
several ("Ålder" in the table of the grounds, a measure built on two, the analysis of
two), they stand one after another as sentences, never run into one with "och" ("… i
fotbollen och Några elever …")."""

from __future__ import annotations

import dataclasses

import pytest

from generator.model import Project, School
from generator.render.school import render_school


@pytest.fixture(scope="module")
def plan(fixture_project: Project, lindskolan: School) -> str:
    """The plan page with both findings F2 and F3 tagged ålder, ålder's coverage told
    too, and the measure on F2 built on F3 as well."""
    current = lindskolan.plans[-1]
    survey = current.survey
    findings = tuple(
        dataclasses.replace(f, tags=(*f.tags, "ålder")) if f.id == "F3" else f
        for f in survey.findings
    )
    coverage = {**survey.coverage, "ålder": "Frågan ingick i enkäten."}
    measures = tuple(
        dataclasses.replace(m, addresses=("F2", "F3")) if m.addresses == ("F2",) else m
        for m in current.measures
    )
    current = dataclasses.replace(
        current,
        survey=dataclasses.replace(survey, findings=findings, coverage=coverage),
        measures=measures,
    )
    school = dataclasses.replace(lindskolan, plans=(*lindskolan.plans[:-1], current))
    pages = {f.uri: f.content for f in render_school(fixture_project, school)}
    content = pages["trygghetsplan/index.md"]
    assert isinstance(content, str)
    return content


def test_the_grounds_table_tells_each_finding_as_a_sentence(plan: str) -> None:
    row = next(line for line in plan.splitlines() if line.startswith('| <a id="grund-alder">'))
    assert row.endswith(
        "| [Yngre elever får inte vara med i fotbollen](#fynd-F2). "
        "[Några elever hör skämt om religion](#fynd-F3). Frågan ingick i enkäten. |"
    )


def test_a_measure_built_on_two_findings_tells_them_as_sentences(plan: str) -> None:
    assert (
        "Bygger på\n:   [Yngre elever får inte vara med i fotbollen.](#fynd-F2) "
        "[Några elever hör skämt om religion.](#fynd-F3)\n" in plan
    )


def test_the_analysis_of_two_findings_is_headed_by_both_as_sentences(plan: str) -> None:
    assert (
        "### Yngre elever får inte vara med i fotbollen. Några elever hör skämt om religion "
        "{#orsak-F2-F3}" in plan
    )
    assert " och Några" not in plan
