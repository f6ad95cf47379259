"""The words a guardian meets on the routines page and in the plan without a definition
from the huvudman: huvudman, BEO, DO and Skolinspektionen are explained where the other
concepts are."""

from __future__ import annotations

import dataclasses

from generator.model import Project, School
from generator.render.pages.routines import render_routines
from generator.render.plan.page import render_plan

WORDS = (
    "Huvudman\n",
    "Barn- och elevombudet (BEO)\n",
    "Diskrimineringsombudsmannen (DO)\n",
    "Skolinspektionen\n",
)


def _begrepp(page: str) -> str:
    return page[page.index("## Begrepp") :]


def test_the_routines_page_explains_the_words_it_names(
    fixture_project: Project, lindskolan: School
) -> None:
    page = render_routines(fixture_project, lindskolan, preview=False)
    begrepp = _begrepp(page)
    for word in WORDS:
        assert f"    {word}    :   " in begrepp, word
    assert "här Strandviks kommun." in begrepp
    assert "förklaras i [trygghetsplanen](../trygghetsplan/index.md#begrepp)." in begrepp
    # the section comes last, after the way onwards
    assert page.index("## Om du inte är nöjd") < page.index("## Begrepp")


def test_the_plan_lists_them_after_the_huvudmans_own_definitions(
    fixture_project: Project, lindskolan: School
) -> None:
    plan = lindskolan.current_plan
    assert plan is not None
    begrepp = _begrepp(render_plan(fixture_project, lindskolan, plan, preview=False))
    words = begrepp[: begrepp.index("De sju diskrimineringsgrunderna")]
    assert words.index("Repressalier\n") < words.index("Huvudman\n")
    for word in WORDS:
        assert word in words, word


def test_a_preschool_is_driven_by_its_huvudman(
    fixture_project: Project, lindskolan: School
) -> None:
    preschool = dataclasses.replace(lindskolan, school_forms=("förskola",), grades="")
    begrepp = _begrepp(render_routines(fixture_project, preschool, preview=False))
    assert "Den som driver förskolan och har det yttersta ansvaret" in begrepp
