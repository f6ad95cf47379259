"""A plan that leaves out what the schema no longer requires still reads well."""

from __future__ import annotations

import dataclasses
import json

from generator.model import (
    ConsequenceLadder,
    ConsequenceStep,
    Guidelines,
    Plan,
    Project,
    School,
)
from generator.render.school import render_school


def _sparse(plan: Plan) -> Plan:
    measures = tuple(
        dataclasses.replace(m, responsible="", done_by=None, follow_up_when=None, follow_up_how="")
        for m in plan.measures
    )
    survey = dataclasses.replace(
        plan.survey,
        methods=tuple(dataclasses.replace(m, results="") for m in plan.survey.methods),
        results="Enkäten och samtalen visade samma sak: rasterna känns otrygga.",
    )
    ladder = ConsequenceLadder(
        (ConsequenceStep("", "Den vuxna säger till. Sedan pratar de."), ConsequenceStep("Möte", ""))
    )
    return dataclasses.replace(
        plan,
        goals=(),
        measures=measures,
        survey=survey,
        follow_up=None,
        guidelines=Guidelines(),
        consequence_ladder=ladder,
    )


def _pages(project: Project, school: School, *, preview: bool) -> dict[str, str]:
    current = school.plans[-1]
    sparse = dataclasses.replace(school, plans=(*school.plans[:-1], _sparse(current)))
    cycle = dataclasses.replace(
        sparse.annual_cycle,
        activities=tuple(
            dataclasses.replace(a, responsible="", audience="")
            for a in sparse.annual_cycle.activities
        ),
    )
    sparse = dataclasses.replace(sparse, annual_cycle=cycle)
    files = render_school(project, sparse, preview=preview)
    return {f.uri: f.content for f in files if isinstance(f.content, str)}


def test_left_out_values_never_show_as_none(fixture_project: Project, lindskolan: School) -> None:
    for preview in (False, True):
        for uri, text in _pages(fixture_project, lindskolan, preview=preview).items():
            assert "None" not in text, uri


def test_measures_without_finish_or_follow_up_read_as_ongoing(
    fixture_project: Project, lindskolan: School
) -> None:
    plan_page = _pages(fixture_project, lindskolan, preview=False)["trygghetsplan/index.md"]
    assert "Tidsplan" in plan_page and "från " in plan_page
    assert "Följs upp med planen." in plan_page
    assert "ej angivet" in plan_page  # the missing ansvarig
    assert "Planen har inga egna mål." in plan_page
    assert "### Resultat {#resultat}" in plan_page
    assert "Enkäten och samtalen visade samma sak" in plan_page
    assert "Så följer vi upp planen" not in plan_page


def test_the_preview_marks_what_is_missing(fixture_project: Project, lindskolan: School) -> None:
    plan_page = _pages(fixture_project, lindskolan, preview=True)["trygghetsplan/index.md"]
    assert "Saknas: hur planen följs upp" in plan_page
    assert "Saknas: riktlinjer mot trakasserier" in plan_page
    assert "Saknas: mål för perioden" in plan_page


def test_a_ladder_step_without_heading_is_named_by_its_text(
    fixture_project: Project, lindskolan: School
) -> None:
    routines = _pages(fixture_project, lindskolan, preview=False)["rutiner/index.md"]
    assert "från Den vuxna säger till. (steg 1)" in routines
    assert "<strong></strong>" not in routines


def test_open_data_has_null_for_left_out_values(
    fixture_project: Project, lindskolan: School
) -> None:
    pages = _pages(fixture_project, lindskolan, preview=False)
    period = lindskolan.plans[-1].period.id
    data = json.loads(pages[f"plan/{period}.json"])
    assert data["uppföljning_av_planen"] is None
    assert data["åtgärder"][0]["klart"] is None
    assert data["åtgärder"][0]["uppföljning"] == {"när": None, "när_dagar": None, "hur": None}
    assert data["kartläggning"]["resultat"].startswith("Enkäten")


def test_the_cycle_says_what_is_not_given(fixture_project: Project, lindskolan: School) -> None:
    pages = _pages(fixture_project, lindskolan, preview=False)
    assert "| ej angivet | ej angivet |" in pages["arshjul/index.md"]
    assert "Ansvarig:" not in pages["arshjul.ics"]


def test_structured_guidelines_read_as_sentences_with_the_schools_roles(
    fixture_project: Project, lindskolan: School
) -> None:
    plan = lindskolan.plans[-1]
    guidelines = Guidelines(
        "Det gäller också på nätet.",
        ("trakasserier", "sexuella trakasserier"),
        ("MENTOR", "kurator", "trygghetsteamet"),
        "rEKTOR",
        structured=True,
    )
    school = dataclasses.replace(
        lindskolan,
        plans=(*lindskolan.plans[:-1], dataclasses.replace(plan, guidelines=guidelines)),
    )
    files = render_school(fixture_project, school, preview=False)
    page = next(f.content for f in files if f.uri == "trygghetsplan/index.md")
    assert isinstance(page, str)
    section = page[page.index("{#riktlinjer}") : page.index("{#rutiner}")]
    assert "Trakasserier och sexuella trakasserier accepteras inte på skolan." in section
    assert "Det gäller också på nätet." in section
    # Roles as skola.yml spells them, whatever the plan's case.
    assert "kan vända sig till mentor, kurator och trygghetsteamet." in section
    assert "Rektor ansvarar för att trakasserier och sexuella trakasserier utreds." in section
