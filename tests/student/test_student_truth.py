"""What the student pages say, and when: staff contacts with their work contact only."""

from __future__ import annotations

import dataclasses

from generator.model import Contact, Project, School
from generator.render.student.bands import MELLANSTADIET, Band
from generator.render.student.lix import visible_text
from generator.render.student.pages import render_student_page


def _school(project: Project, school: School) -> Project:
    schools = tuple(school if s.id == school.id else s for s in project.schools)
    return dataclasses.replace(project, schools=schools)


def _text(project: Project, school_id: str, band: Band) -> str:
    school = project.school(school_id)
    assert school is not None and school.current_plan is not None
    return visible_text(render_student_page(project, school, school.current_plan, band))


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
    assert "Nadia Karlsson (biträdande rektor)" in page


def test_contacts_show_only_a_work_address(example: Project) -> None:
    school = example.school("strandskolan")
    assert school is not None
    private = dataclasses.replace(school.contacts[0], email="tomas.aberg@gmail.com")
    changed = dataclasses.replace(school, contacts=(private, *school.contacts[1:]))
    older = Band("hogstadiet", "högstadiet", 40, 7, 9, older=True)
    page = _text(_school(example, changed), "strandskolan", older)
    assert "Tomas Åberg 0480-45 14 01" in page
    assert "gmail" not in page
    assert "helena.sund@strandvik.se" in page
