"""A trend whose periods lack structured values (issue 18): the section stays, draws what
exists, and says once what is missing and where the reader finds it."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import EXAMPLE_CONTENT, checked_project, plan_page

from generator.model import Plan, Project, School
from generator.model.disclosure import PRIMARY

SCHOOL = "strandskolan"  # K1 with group results in 2025-26 and 2026-27


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


def _trend(example: Project, school: School) -> str:
    page = plan_page(example, school)
    start = page.index("Så har resultaten ändrats från år till år")
    return page[start : page.index("### ", start)]


def _k1_changed(plan: Plan, **released: object) -> Plan:
    methods = tuple(
        dataclasses.replace(m, released=dataclasses.replace(m.released, **released))
        if m.id == "K1"
        else m
        for m in plan.survey.methods
    )
    return dataclasses.replace(plan, survey=dataclasses.replace(plan.survey, methods=methods))


def _school(example: Project) -> School:
    school = example.school(SCHOOL)
    assert school is not None
    return school


def test_an_earlier_plan_with_only_text_keeps_the_trend_and_says_where_the_figure_is(
    example: Project,
) -> None:
    school = _school(example)
    earlier = _k1_changed(school.plans[-2], groups=())  # K1 without delresultat
    trend = _trend(example, dataclasses.replace(school, plans=(earlier, school.plans[-1])))
    # One value per series is still drawn, beside the goal's aim
    assert "<svg" in trend and ">mål 90 %</tspan>" in trend
    assert "| Känner sig trygg i skolan | Åk 7 | bara som text | 89 % | minst 90 % |" in trend
    note = "För läsåret 2025/26 finns resultatet bara som text i den planen"
    assert trend.count(note) == 1  # once, not once per series
    assert "[Läs resultatet från november 2024 i planen för läsåret 2025/26]" in trend
    assert "](2025-26/index.md#metod-K1)" in trend  # the plan page is trygghetsplan/
    assert "ingen uppgift" not in trend


def test_a_trend_with_nothing_released_says_so_without_a_number(example: Project) -> None:
    school = _school(example)
    hidden = [
        _k1_changed(
            plan,
            groups=tuple(
                dataclasses.replace(g, responses=None, percent=None, withheld=PRIMARY)
                for g in next(m for m in plan.survey.methods if m.id == "K1").released.groups
            ),
        )
        for plan in school.plans[-2:]
    ]
    trend = _trend(example, dataclasses.replace(school, plans=tuple(hidden)))
    assert "Inget av dem kan visas i ett diagram." in trend
    assert "<svg" not in trend and "trend-metod" not in trend
    assert re.search(r"Visas inte för något år, [^:]*: Känner sig trygg i skolan, Åk 7;", trend)
    assert not re.search(r"\d+ %", trend)
