"""A role under "Vem kan jag prata med?" that no one in skola.yml holds by name is told as
who that is, in the words of the page's readers: a pupil does not know what a bare
"Kurator" is, or where to find one."""

from __future__ import annotations

import dataclasses

import pytest

from generator.model import Contact, Project
from generator.render.student.bands import (
    FORSKOLA,
    GYMNASIET,
    HOGSTADIET,
    LAGSTADIET,
    MELLANSTADIET,
    Band,
    lix_limit,
)
from generator.render.student.lix import text_lix, visible_text
from generator.render.student.pages import render_student_page
from generator.render.student.roles import ROLES, team_role, unnamed_role

BANDS = (LAGSTADIET, MELLANSTADIET, HOGSTADIET, GYMNASIET)


def _unnamed(project: Project, school_id: str, *roles: str) -> Project:
    """The project with `roles` held by no one named in the school's skola.yml, and the
    trygghetsteam without members when "Trygghetsteamet" is among them."""
    wanted = {r.casefold() for r in roles}
    school = project.school(school_id)
    assert school is not None
    contacts = tuple(
        Contact(role=c.role) if c.role.casefold() in wanted else c for c in school.contacts
    )
    team = () if "trygghetsteamet" in wanted else school.safety_team
    changed = dataclasses.replace(school, contacts=contacts, safety_team=team)
    return dataclasses.replace(
        project, schools=tuple(changed if s.id == school_id else s for s in project.schools)
    )


def _contacts(project: Project, school_id: str, band: Band) -> list[str]:
    school = project.school(school_id)
    assert school is not None and school.current_plan is not None
    page = visible_text(render_student_page(project, school, school.current_plan, band))
    lines = page.split("Vem kan jag prata med?")[1].split("Vad händer om jag berättar?")[0]
    return [" ".join(line.split()) for line in lines.splitlines() if line.strip()]


@pytest.mark.parametrize("band", BANDS, ids=lambda b: b.key)
def test_each_unnamed_role_is_told_as_who_it_is(example: Project, band: Band) -> None:
    roles = ("Mentor", "Kurator", "Skolsköterska", "Rektor", "Trygghetsteamet")
    project = _unnamed(example, "strandskolan", *roles)
    lines = _contacts(project, "strandskolan", band)
    for role in roles:
        shown, who = unnamed_role(role, band)
        assert who, (role, band.key)
        assert f"{shown}: {who}" in lines, (role, band.key)
        assert role not in lines  # never a bare role


def test_each_reading_level_has_its_own_words(example: Project) -> None:
    project = _unnamed(example, "strandskolan", "Kurator")
    said = {
        band.key: next(
            line for line in _contacts(project, "strandskolan", band) if "Kurator" in line
        )
        for band in (LAGSTADIET, MELLANSTADIET, HOGSTADIET)
    }
    assert len(set(said.values())) == 3
    assert "ledsen" in said["lågstadiet"] and "tungt" in said["högstadiet"]


def test_the_page_read_aloud_says_forskolan(example: Project) -> None:
    project = _unnamed(example, "forskolan-solrosen", "Rektor")
    lines = _contacts(project, "forskolan-solrosen", FORSKOLA)
    assert "Rektor: den som bestämmer på förskolan" in lines
    assert "De vuxna på din avdelning: de som är med dig varje dag" in lines


def test_a_named_holder_keeps_the_role_s_name_alone(example: Project) -> None:
    lines = _contacts(example, "strandskolan", HOGSTADIET)
    kurator = next(line for line in lines if line.startswith("Kurator:"))
    assert kurator.startswith("Kurator: Helena Sund")
    assert unnamed_role("Kurator", HOGSTADIET)[1] not in kurator


def test_a_role_trygg_has_no_words_for_is_shown_as_written(example: Project) -> None:
    assert unnamed_role("Studie- och yrkesvägledare", MELLANSTADIET) == (
        "Studie- och yrkesvägledare",
        "",
    )
    assert unnamed_role("  KURATOR ", MELLANSTADIET)[1] == unnamed_role("Kurator", MELLANSTADIET)[1]


@pytest.mark.parametrize("level", [0, 1, 2], ids=["F–3", "åk 4–6", "från åk 7"])
def test_the_words_are_within_the_level_s_lix(example: Project, level: int) -> None:
    band = (LAGSTADIET, MELLANSTADIET, HOGSTADIET)[level]
    limit = lix_limit(example.organiser.rule_profile, band)
    for role, levels in ROLES.items():
        said = levels[level]
        if said.who:  # the names are the roles' own words, or a child's
            assert text_lix(f"{said.who}.").rounded <= limit, (role, band.key, said.who)


@pytest.mark.parametrize("band", (LAGSTADIET, MELLANSTADIET), ids=lambda b: b.key)
def test_a_named_holder_is_told_as_who_it_is_up_to_grade_6(example: Project, band: Band) -> None:
    """A ten-year-old reading "Kurator: Johan Ek" does not know what a kurator is: the
    line says it after the name, in the band's words."""
    lines = _contacts(example, "ekbackens-skola", band)
    kurator = next(line for line in lines if line.startswith("Kurator:"))
    assert kurator == f"Kurator: Johan Ek – {unnamed_role('Kurator', band)[1]}"
    rektor = next(line for line in lines if line.startswith("Rektor:"))
    assert rektor.endswith(f" – {unnamed_role('Rektor', band)[1]}")


@pytest.mark.parametrize("band", (MELLANSTADIET, HOGSTADIET), ids=lambda b: b.key)
def test_a_team_role_keeps_the_grades_it_names(band: Band) -> None:
    """In the sentence on the trygghetsteam a role starts in lower case, but the grades
    it names stay as written: "biträdande rektor F–6", never "f–6"; "SYV" stays."""
    assert team_role("Biträdande rektor F–6", band, explained=True) == "biträdande rektor F–6"
    assert team_role("Lärare i åk 7", band, explained=True) == "lärare i åk 7"
    assert team_role("SYV", band, explained=True) == "SYV"
