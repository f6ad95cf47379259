"""A band's page lists only the adults its pupils have: a pupil in åk 7–9 goes to no
fritidshem, so "Samordnare för fritidshemmet" is not on the högstadiet page; a role
of förskoleklass or of some grades ("Biträdande rektor 7–9") only on those grades'."""

from __future__ import annotations

import dataclasses

from generator.model import Contact, Project, Text
from generator.render.student.bands import HOGSTADIET, LAGSTADIET, MELLANSTADIET, Band
from generator.render.student.lix import visible_text
from generator.render.student.pages import render_student_page

SCHOOL = "ekbackens-skola"  # F–6 with fritidshem; made F–9 here


def _f9(project: Project, *roles: str) -> Project:
    """Ekbackens skola as an F–9 school, with `roles` held by named staff and its plan's
    riktlinjer telling pupils to turn to them too."""
    school = project.school(SCHOOL)
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    named = tuple(Contact(role=r, name=f"Person {i}") for i, r in enumerate(roles))
    guidelines = dataclasses.replace(plan.guidelines, turn_to=(*plan.guidelines.turn_to, *roles))
    plan = dataclasses.replace(plan, guidelines=guidelines)
    changed = dataclasses.replace(
        school,
        grades="F-9",
        contacts=(*school.contacts, *named),
        plans=tuple(plan if p.source == plan.source else p for p in school.plans),
    )
    return dataclasses.replace(
        project, schools=tuple(changed if s.id == SCHOOL else s for s in project.schools)
    )


def _contacts(project: Project, band: Band) -> str:
    school = project.school(SCHOOL)
    assert school is not None and school.current_plan is not None
    page = visible_text(render_student_page(project, school, school.current_plan, band))
    return page.split("Vem kan jag prata med?")[1].split("Vad händer om jag berättar?")[0]


def test_no_fritids_contact_for_pupils_in_ak_7_to_9(example: Project) -> None:
    project = _f9(example)
    assert "Samordnare för fritidshemmet" not in _contacts(project, HOGSTADIET)
    assert "Kurator" in _contacts(project, HOGSTADIET)
    assert "Den som leder fritids" in _contacts(project, LAGSTADIET)
    assert "Den som leder fritids" in _contacts(project, MELLANSTADIET)


def test_a_role_of_some_grades_is_on_those_grades_pages_only(example: Project) -> None:
    roles = ("Biträdande rektor F–6", "Biträdande rektor 7–9", "Lärare i förskoleklass")
    project = _f9(example, *roles)
    older, middle, young = (_contacts(project, b) for b in (HOGSTADIET, MELLANSTADIET, LAGSTADIET))
    assert "Biträdande rektor 7–9" in older and "Biträdande rektor F–6" not in older
    assert "Biträdande rektor F–6" in middle and "Biträdande rektor 7–9" not in middle
    assert "Lärare i förskoleklass" in young and "Lärare i förskoleklass" not in middle


def test_the_visions_ungdomstext_is_what_pupils_in_ak_7_to_9_read(example: Project) -> None:
    project = _f9(example)
    school = project.school(SCHOOL)
    assert school is not None and school.current_plan is not None
    vision = Text("För vuxna.", "Alla ska vara trygga, också på fritids.", "", "Alla är trygga.")
    plan = dataclasses.replace(school.current_plan, vision=vision)

    def page(band: Band) -> str:
        return " ".join(visible_text(render_student_page(project, school, plan, band)).split())

    assert "Så vill vi ha det på skolan: Alla är trygga." in page(HOGSTADIET)
    assert "fritids" not in page(HOGSTADIET).split("Så vill vi ha det")[1][:60]
    assert "Alla ska vara trygga, också på fritids." in page(MELLANSTADIET)
