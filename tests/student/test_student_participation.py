"""The student pages' "Så har elever varit med": only what the plan records pupils doing."""

from __future__ import annotations

import dataclasses

import pytest

from generator.model import Plan, Project, PupilForum, School
from generator.model.participation import pupils_acted
from generator.render.student.bands import bands_for
from generator.render.student.pages import render_student_page, render_student_pages

HEADING = "varit med\n"


def _claims(page: str) -> list[str]:
    """The lines under the participation heading of a page (without the list marker)."""
    if HEADING not in page:
        return []
    section = page.split(HEADING, 1)[1].strip().split("\n\n", 1)[0]
    return [line.removeprefix("- ") for line in section.splitlines()]


def _sources(plan: Plan) -> list[str]:
    steps = (plan.survey, plan.analysis)
    texts = [s.pupil_participation for s in steps]
    texts += [f.contribution for s in steps for f in s.pupil_forums]
    return [" ".join(t.split()) for t in texts]


def test_every_claim_on_the_example_pages_is_in_the_plan(example: Project) -> None:
    """Each line says what pupils did, as the plan it came from records it."""
    checked = 0
    for school in example.schools:
        plan = school.current_plan
        if plan is None:
            continue
        for file in render_student_pages(example, school, plan, preview=False):
            for claim in _claims(str(file.content)):
                sentence = claim.split(": ", 1)[-1] if ": " in claim else claim
                assert any(sentence in source for source in _sources(plan)), claim
                assert pupils_acted(sentence) or plan.survey.pupil_forums, claim
                checked += 1
    assert checked >= 8


def _with(school: School, **changes: object) -> School:
    plan = school.current_plan
    assert plan is not None
    survey = dataclasses.replace(plan.survey, **changes)
    analysis = dataclasses.replace(plan.analysis, **changes)
    changed = dataclasses.replace(plan, survey=survey, analysis=analysis)
    return dataclasses.replace(school, plans=(*school.plans[:-1], changed))


@pytest.mark.parametrize(
    "staff_only",
    [
        "Trygghetsteamet och rektor analyserade elevernas svar.",
        "Mentorerna gick igenom svaren. Vi i arbetslaget tolkade enkäten.",
    ],
)
def test_no_participation_line_without_a_pupil_forum(example: Project, staff_only: str) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None
    changed = _with(school, pupil_participation=staff_only, pupil_forums=())
    assert changed.current_plan is not None
    for band in bands_for(changed):
        page = render_student_page(example, changed, changed.current_plan, band)
        assert HEADING not in page
        assert "Mentorerna" not in page and "Trygghetsteamet och rektor" not in page
        assert "Det här kommer från trygghetsplanen" in page


def test_a_forum_line_names_the_forum_and_what_pupils_did(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None
    forums = (
        PupilForum("trygghetsteamet", None, "Trygghetsteamet tolkade svaren."),
        PupilForum("klassråden i åk 4–6", None, "Föreslog fler rastvärdar. Och mer."),
    )
    changed = _with(school, pupil_participation="", pupil_forums=forums)
    assert changed.current_plan is not None
    band = bands_for(changed)[-1]
    page = render_student_page(example, changed, changed.current_plan, band)
    assert _claims(page) == ["Klassråden i åk 4–6: Föreslog fler rastvärdar."] * 2
    assert "tolkade svaren" not in page
