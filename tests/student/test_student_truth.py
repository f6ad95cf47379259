"""What the student pages say, and when: trakasserier by age, the vision, staff contacts
with their work contact only, and pictures only when there are any."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from generator.model import Contact, Finding, Project, School, Text
from generator.render.student.bands import FORSKOLA, LAGSTADIET, MELLANSTADIET, Band
from generator.render.student.lix import visible_text
from generator.render.student.pages import render_student_page
from generator.render.student.texts import finding_grades, page_texts

TRAKASSERIER_BARN = "Ingen får vara elak mot dig för att du är tjej eller kille."
SEXUELLA_BARN = "Din kropp är din."
SEXUELLA_ELEV = "Ingen får röra din kropp om du inte vill."


def _changed(project: Project, school_id: str, **plan: Any) -> Project:
    """The project with the school's current plan changed."""
    school = project.school(school_id)
    assert school is not None and school.current_plan is not None
    changed = dataclasses.replace(school.current_plan, **plan)
    return _school(project, dataclasses.replace(school, plans=(*school.plans[:-1], changed)))


def _school(project: Project, school: School) -> Project:
    schools = tuple(school if s.id == school.id else s for s in project.schools)
    return dataclasses.replace(project, schools=schools)


def _with_finding(project: Project, school_id: str, text: str, *tags: str) -> Project:
    school = project.school(school_id)
    assert school is not None and school.current_plan is not None
    survey = school.current_plan.survey
    finding = Finding("F9", text, ("K1",), tags, ())
    return _changed(project, school_id, survey=dataclasses.replace(survey, findings=(finding,)))


def _text(project: Project, school_id: str, band: Band) -> str:
    school = project.school(school_id)
    assert school is not None and school.current_plan is not None
    return visible_text(render_student_page(project, school, school.current_plan, band))


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("Omklädningsrummet är otryggt i åk 4.", [(4, 4)]),
        ("Några elever i åk 3–6 berättar att andra härmar dem.", [(3, 6)]),
        ("Elever i årskurs 2 och i åk 5-6 får elaka lappar.", [(2, 2), (5, 6)]),
        ("Eleverna i F–1 är otrygga på toaletterna.", [(0, 1)]),
        ("Barnen i förskoleklassen leker inte med alla.", [(0, 0)]),
        ("I lågstadiekorridoren knuffas äldre elever.", [(1, 3)]),
        ("Flera på högstadiet får bilder de inte vill ha.", [(7, 9)]),
        ("Flickor hör kommentarer om sin kropp.", []),
        ("Fynd F1 och K2 visar samma sak.", []),
    ],
)
def test_the_grades_a_finding_names(text: str, grades: list[tuple[int, int]]) -> None:
    assert finding_grades(text) == grades


def test_trakasserier_are_explained_from_grade_4(example: Project) -> None:
    page = _text(example, "ekbackens-skola", MELLANSTADIET)
    assert "Trakasserier. Trakasserier är när någon" in page
    assert f"Sexuella trakasserier. {SEXUELLA_ELEV}" in page


def test_younger_pupils_hear_of_trakasserier_only_with_a_finding_in_their_grades(
    example: Project,
) -> None:
    # Lövängen: trakasserier in åk 3–6, sexuella trakasserier in åk 4–6 only.
    page = _text(example, "lovangens-skola", LAGSTADIET)
    assert TRAKASSERIER_BARN in page
    assert SEXUELLA_BARN not in page and SEXUELLA_ELEV not in page
    # Ekbacken: both only in åk 4 and up.
    page = _text(example, "ekbackens-skola", LAGSTADIET)
    assert TRAKASSERIER_BARN not in page and SEXUELLA_BARN not in page


@pytest.mark.parametrize(
    "text",
    [
        "Några i åk 2 drar ner byxorna på andra på rasten.",
        "I F–1 pratar flera om att bli tittade på i duschen.",
        "Flera elever har fått bilder på nakna kroppar i chatten.",  # no grade: everyone
    ],
)
def test_a_finding_about_the_youngest_explains_it_in_the_simplest_words(
    example: Project, text: str
) -> None:
    project = _with_finding(example, "ekbackens-skola", text, "sexuella_trakasserier")
    page = _text(project, "ekbackens-skola", LAGSTADIET)
    assert SEXUELLA_BARN in page and SEXUELLA_ELEV not in page
    assert TRAKASSERIER_BARN not in page
    school = project.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    paths = [t.path for t in page_texts(project, school.current_plan, LAGSTADIET)]
    assert ("definitioner", "sexuella_trakasserier", "barntext") in paths  # for TP501


def test_a_finding_in_older_grades_says_nothing_to_the_youngest(example: Project) -> None:
    text = "Flickor i åk 5–6 får kommentarer om kroppen."
    project = _with_finding(example, "ekbackens-skola", text, "sexuella_trakasserier")
    assert SEXUELLA_BARN not in _text(project, "ekbackens-skola", LAGSTADIET)


def test_without_a_barntext_the_youngest_get_the_elevtext(example: Project) -> None:
    organiser = example.organiser
    plain = dataclasses.replace(organiser.definitions["sexuella_trakasserier"], child_text="")
    definitions = {**organiser.definitions, "sexuella_trakasserier": plain}
    project = dataclasses.replace(
        example, organiser=dataclasses.replace(organiser, definitions=definitions)
    )
    project = _with_finding(project, "forskolan-solrosen", "Barn tittar på varandra.", "kön")
    assert SEXUELLA_ELEV not in _text(project, "forskolan-solrosen", FORSKOLA)
    tagged = _with_finding(project, "forskolan-solrosen", "Barn tittar.", "sexuella_trakasserier")
    assert SEXUELLA_ELEV in _text(tagged, "forskolan-solrosen", FORSKOLA)


def test_the_vision_is_shown_and_left_out_when_the_plan_has_none(example: Project) -> None:
    page = _text(example, "strandskolan", Band("hogstadiet", "högstadiet", 40, 7, 9, older=True))
    assert "Så vill vi ha det på skolan: Strandskolan ska vara en skola där alla" in page
    without = _changed(example, "strandskolan", vision=Text("", "", ""))
    assert "Så vill vi ha det" not in _text(without, "strandskolan", MELLANSTADIET)


def test_the_vision_is_plain_text(example: Project) -> None:
    project = _changed(
        example, "lovangens-skola", vision=Text("Alla ska vara *trygga*.\n\n- Ingen <b>ska</b>", "")
    )
    school = project.school("lovangens-skola")
    assert school is not None and school.current_plan is not None
    page = render_student_page(project, school, school.current_plan, LAGSTADIET)
    assert "<b>" not in page
    assert "Så vill vi ha det på skolan: Alla ska vara trygga. Ingen ska" in visible_text(page)


def _team_with(example: Project, school_id: str, *members: Contact) -> Project:
    school = example.school(school_id)
    assert school is not None
    team = (*school.safety_team, *members)
    return _school(example, dataclasses.replace(school, safety_team=team))


def test_no_pupil_is_shown_as_a_contact(example: Project) -> None:
    pupil = Contact("Elevrådets ordförande", "Kalle Karlsson")
    project = _team_with(example, "strandskolan", pupil)
    page = _text(project, "strandskolan", MELLANSTADIET)
    assert "Kalle Karlsson" not in page
    assert "Nadia Karlsson (biträdande rektor – den som leder skolan med rektorn)" in page


def test_contacts_show_only_a_work_address(example: Project) -> None:
    school = example.school("strandskolan")
    assert school is not None
    private = dataclasses.replace(school.contacts[0], email="tomas.aberg@gmail.com")
    changed = dataclasses.replace(school, contacts=(private, *school.contacts[1:]))
    older = Band("hogstadiet", "högstadiet", 40, 7, 9, older=True)
    page = _text(_school(example, changed), "strandskolan", older)
    assert "Tomas Åberg 08-465 004 21" in page
    assert "gmail" not in page
    assert "helena.sund@strandvik.se" in page


def test_pictures_are_mentioned_only_when_the_page_has_photos(example: Project) -> None:
    page = _text(example, "forskolan-solrosen", FORSKOLA)
    assert "bilderna" not in page.split("Så har barnen varit med")[0]
    assert "Peka på symbolerna" in page
    school = example.school("forskolan-solrosen")
    assert school is not None
    rektor = dataclasses.replace(school.contacts[0], photo="foton/rektor.jpg")
    changed = dataclasses.replace(school, contacts=(rektor, *school.contacts[1:]))
    page = _text(_school(example, changed), "forskolan-solrosen", FORSKOLA)
    assert "Titta på bilderna av de vuxna" in page


def test_the_example_tells_pupils_the_follow_up_time_its_routines_set(example: Project) -> None:
    """A pupil told "after a few days" by a routine that says "within two weeks" waits in
    vain: each follow-up step's elevtext names the step's own time."""
    flows = [
        flow
        for routines in (
            example.organiser.routines,
            *(p.routines for s in example.schools for p in s.plans),
        )
        for flow in (routines.pupil_pupil, routines.staff_pupil)
    ]
    follow_ups = [s for f in flows for s in f.steps if s.id == "folja-upp" and s.student_text]
    assert follow_ups
    for step in follow_ups:
        assert step.deadline.removeprefix("inom ") in step.student_text.casefold(), step.location


def test_the_example_tells_the_family_what_the_investigation_found(example: Project) -> None:
    """In both ärendegångar the family hears the outcome, and concern for a child is
    reported to socialtjänsten at once by whoever learns of it, not after the investigation."""
    for school in example.schools:
        plan = school.current_plan
        assert plan is not None
        for flow in (plan.routines.pupil_pupil, plan.routines.staff_pupil):
            texts = [step.text for step in flow.steps]
            assert any("kommit fram till" in text for text in texts), (school.id, flow.title)
            [concern] = [s for s in flow.steps if "orosanmälan" in s.text]
            assert concern.deadline == "genast" and flow.steps.index(concern) <= 2
