"""A survey method followed over the periods (issue 18): the same method id gives a chart
and a table year by year, a goal's `mätning` its aim across the bars, and gaps are named."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE_CONTENT, FIXTURE_CONTENT, HOSTILE_LINKS, checked_project, plan_page

from generator.check.run import check_content
from generator.model import Project

SCHOOL = "strandskolan"  # K1 in both its periods, with group results


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


def _trend(page: str) -> str:
    start = page.index("Så har resultaten ändrats från år till år")
    return page[start : page.index("</div>", page.index('id="trend-metod-1"'))]


def test_the_same_method_id_gives_a_chart_and_a_table_over_the_periods(example: Project) -> None:
    school = example.school(SCHOOL)
    assert school is not None
    trend = _trend(plan_page(example, school))
    assert 'aria-describedby="trend-1-desc trend-metod-1"' in trend
    # Named by when the survey was made, not by the plan's period (a year later)
    assert "| Mått | Grupp | november 2024 | november 2025 |" in trend
    assert "| Känner sig trygg i skolan | Åk 7 | 85 % | 89 % |" in trend


def test_a_goal_with_a_measurement_is_drawn_as_its_aim(example: Project) -> None:
    school = example.school(SCHOOL)
    assert school is not None
    trend = _trend(plan_page(example, school))
    drawn = " ".join(re.findall(r"<tspan[^>]*>([^<]*)</tspan>", trend))
    assert "Känner sig trygg i skolan, Åk 7 (mål: minst 90 %)" in drawn
    assert len(re.findall(r">mål \d+ %</tspan>", trend)) >= 4  # each aim, named under its bars


def test_a_value_withheld_this_period_is_named_as_missing_never_drawn(example: Project) -> None:
    school = example.school(SCHOOL)
    assert school is not None
    plan = school.plans[-1]
    [method] = [m for m in plan.survey.methods if m.id == "K1"]
    withheld = [g for g in method.released.groups if g.withheld]
    assert withheld
    trend = _trend(plan_page(example, school))
    shown_before = {g.group for p in school.plans[:-1] for m in p.survey.methods
                    for g in m.released.groups if m.id == "K1" and not g.withheld}  # fmt: skip
    named = 0
    for group in withheld:
        if group.group in shown_before:  # a series: last year drawn, this year named missing
            named += 1
            assert f"{group.measure}, {group.group} (november 2025)" in trend
            # and no chart draws it in any way: no bar, no row, no word
            svg = trend[trend.index("<svg") : trend.index("</svg>")]
            assert "visas inte" not in svg
            assert re.search(rf"\| {re.escape(group.group)} \|[^\n]*\| visas inte \|", trend)
        else:  # never released: no series in the chart, named once without a number
            never = re.search(r"Visas inte för något år, [^:]*: ([^\n]*)", trend)
            assert never is not None and group.group in never.group(1)
    assert named >= 1


def test_one_period_alone_has_no_trend(example: Project) -> None:
    school = example.school(SCHOOL)
    assert school is not None
    alone = dataclasses.replace(school, plans=school.plans[-1:])
    assert "Resultat år för år" not in plan_page(example, alone)


def test_a_measurement_or_link_naming_an_unknown_method_or_measure_is_an_error(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE_CONTENT, content)
    for other in (content / "skolor").iterdir():
        if other.name != SCHOOL:
            shutil.rmtree(other)
    plan = content / "skolor" / SCHOOL / "trygghetsplan" / "2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace(
        "metod: K1, mått: Känner sig trygg i skolan", "metod: K9, mått: Känner sig trygg i skolan"
    )
    text = text.replace(
        "mått: Utsatt för sexuella trakasserier, högst", "mått: Utsatt för trakasserier, högst"
    )
    text = text.replace("    - id: K1\n", "    - id: K1\n      fortsätter: K7\n")
    plan.write_text(text, encoding="utf-8")
    report = check_content(content).report
    [linked] = [p for p in report if p.code == "TP030" and "fortsätter" in p.field]
    assert "'K7' finns inte bland metoderna i" in linked.message and "K1" in linked.hint
    found = [p for p in report if p.code == "TP030" and "mätning" in p.field]
    assert [(p.field, p.location.line) for p in found] == [
        ("mål (id: M1).mätning.metod", 18),
        ("mål (id: M2).mätning.mått", 24),
    ]
    assert "använd ett av: K1" in found[0].hint
    assert "Utsatt för sexuella trakasserier" in found[1].hint


def test_a_method_with_a_new_id_is_followed_through_fortsatter(example: Project) -> None:
    school = example.school(SCHOOL)
    assert school is not None
    earlier, current = school.plans[-2], school.plans[-1]
    renamed = tuple(
        dataclasses.replace(m, id="K9", continues="K1") if m.id == "K1" else m
        for m in current.survey.methods
    )
    survey = dataclasses.replace(current.survey, methods=renamed)
    plans = (*school.plans[:-1], dataclasses.replace(current, survey=survey))
    page = plan_page(example, dataclasses.replace(school, plans=plans))
    assert "| Känner sig trygg i skolan | Åk 7 | 85 % | 89 % |" in _trend(page)
    assert earlier.survey.methods[0].id == "K1"


def test_an_earlier_period_given_only_as_text_keeps_its_row_in_the_chart() -> None:
    """The chart shows what exists and says what is missing where it is missing: the
    period's row says "bara som text" where its bar would be, and has no bar."""
    fixture = checked_project(FIXTURE_CONTENT, despite=HOSTILE_LINKS)
    school = fixture.school("lindskolan")
    assert school is not None
    trend = _trend(plan_page(fixture, school))
    svg = trend[trend.index("<svg") : trend.index("</svg>")]
    assert ">oktober 2025</tspan>" in svg and ">bara som text</tspan>" in svg
    bars = re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="24"', svg)
    assert len(bars) == 1  # oktober 2026's; oktober 2025 has none
