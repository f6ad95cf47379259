"""The pages from åk 7 in a teenager's words: the law's terms and the ärendegång's steps
explained (ungdomstext), the family named as every family is, and a role without a name
told as who it is."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.model import Contact, Project
from generator.render.student.bands import GYMNASIET, HOGSTADIET, MELLANSTADIET, Band
from generator.render.student.lix import visible_text
from generator.render.student.pages import render_student_page
from generator.render.student.texts import page_texts

ROOT = Path(__file__).resolve().parents[2]
HARD = "Diskrimineringsombudsmannens myndighetsutövning kännetecknas av rättssäkerhetsprinciper."
CHILDISH = (  # the examiner read these to a 14-year-old (2026-12-07)
    "gör dig ledsen",
    "De vuxna hemma",
    "de vuxna hemma",
    "svårt att se, höra eller gå",
    "en tjej, en kille eller båda",
    "varit elak",
)


def _page(project: Project, band: Band, school_id: str = "strandskolan") -> str:
    school = project.school(school_id)
    assert school is not None and school.current_plan is not None
    return visible_text(render_student_page(project, school, school.current_plan, band))


def _flat(text: str) -> str:
    """The text on one line."""
    return " ".join(text.split())


def _without_youth_text(project: Project, key: str) -> Project:
    organiser = project.organiser
    plain = dataclasses.replace(organiser.definitions[key], youth_text="")
    definitions = {**organiser.definitions, key: plain}
    return dataclasses.replace(
        project, organiser=dataclasses.replace(organiser, definitions=definitions)
    )


@pytest.mark.parametrize("band", [HOGSTADIET, GYMNASIET])
def test_teenagers_read_the_law_s_terms_not_the_children_s(example: Project, band: Band) -> None:
    page = " ".join(_page(example, band).split())
    assert [words for words in CHILDISH if words in page] == []
    for key in ("kränkande_behandling", "trakasserier", "sexuella_trakasserier"):
        told = example.organiser.definitions[key].youth_text
        assert told and " ".join(told.split()) in page, key
    assert "ickebinär" in page and "homosexuell, bisexuell eller heterosexuell" in page


def test_the_middle_grades_keep_the_elevtext(example: Project) -> None:
    page = " ".join(_page(example, MELLANSTADIET, "ekbackens-skola").split())
    text = example.organiser.definitions["kränkande_behandling"]
    assert " ".join(text.student_text.split()) in page
    assert " ".join(text.youth_text.split()) not in page


def test_without_an_ungdomstext_teenagers_get_the_elevtext(example: Project) -> None:
    project = _without_youth_text(example, "kränkande_behandling")
    text = project.organiser.definitions["kränkande_behandling"].student_text
    assert " ".join(text.split()) in " ".join(_page(project, HOGSTADIET).split())


def test_the_lix_check_points_at_the_ungdomstext(example: Project) -> None:
    school = example.school("strandskolan")
    assert school is not None and school.current_plan is not None
    paths = [t.path for t in page_texts(example, school.current_plan, HOGSTADIET)]
    assert ("definitioner", "kränkande_behandling", "ungdomstext") in paths
    assert ("definitioner", "repressalier", "ungdomstext") in paths


def test_a_mentor_without_a_name_is_told_as_who_it_is(example: Project) -> None:
    page = _page(example, HOGSTADIET)
    assert "Din mentor: läraren som har hand om din klass" in page
    assert "\nMentor\n" not in f"\n{page}\n"
    school = example.school("strandskolan")
    assert school is not None
    named = Contact(role="Mentor", name="Eva Ek", phone="08-465 004 26")
    contacts = (*[c for c in school.contacts if c.role != "Mentor"], named)
    project = dataclasses.replace(
        example,
        schools=tuple(
            dataclasses.replace(s, contacts=contacts) if s.id == school.id else s
            for s in example.schools
        ),
    )
    assert "Mentor: Eva Ek" in _page(project, HOGSTADIET)


def test_a_hard_ungdomstext_is_told_at_its_line(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    home = tmp_path / "content/huvudman.yml"
    lines = home.read_text(encoding="utf-8").split("\n")
    at = lines.index("    ungdomstext: >-")  # the first: kränkande behandling's
    end = next(i for i in range(at + 1, len(lines)) if not lines[i].startswith("      "))
    lines[at:end] = [f"    ungdomstext: {HARD}"]
    home.write_text("\n".join(lines), encoding="utf-8")
    [problem] = [p for p in check_content(tmp_path / "content").report if p.code == "TP501"]
    assert (problem.location.file, problem.location.line) == ("content/huvudman.yml", at + 1)
    assert problem.message.startswith("ungdomstexten har LIX ")
    assert "över gränsen 40 för högstadiet" in problem.message


def _steps_told(project: Project) -> list[tuple[str, str]]:
    """The elev–elev steps pupils are told of: (elevtext, ungdomstext), in order."""
    flow = project.organiser.routines.pupil_pupil
    return [(_flat(s.student_text), _flat(s.youth_text)) for s in flow.steps if s.student_text]


def test_teenagers_are_told_the_steps_in_their_ungdomstext(example: Project) -> None:
    steps = _steps_told(example)
    told = [youth or child for child, youth in steps]  # elevtext where it says it for all
    assert len([youth for _child, youth in steps if youth]) >= 3
    for band in (HOGSTADIET, GYMNASIET):
        page = _flat(_page(example, band))
        places = [page.find(text) for text in told]
        assert -1 not in places and places == sorted(places), band.key
        assert "Skolan utreder vad som har hänt inom en vecka." in page
        assert "En vuxen pratar med dig och lyssnar på vad du har varit med om." not in page


def test_the_middle_grades_are_told_the_steps_elevtext(example: Project) -> None:
    page = _flat(_page(example, MELLANSTADIET, "ekbackens-skola"))
    for child, youth in _steps_told(example):
        assert child in page and (not youth or youth not in page)


def test_a_step_without_an_ungdomstext_is_told_in_its_elevtext(example: Project) -> None:
    organiser = example.organiser
    flow = organiser.routines.pupil_pupil
    steps = tuple(
        dataclasses.replace(s, youth_text="") if s.id == "utreda" else s for s in flow.steps
    )
    routines = dataclasses.replace(
        organiser.routines, pupil_pupil=dataclasses.replace(flow, steps=steps)
    )
    project = dataclasses.replace(
        example,
        organiser=dataclasses.replace(organiser, routines=routines),
        schools=tuple(
            dataclasses.replace(
                school,
                plans=tuple(dataclasses.replace(p, routines=routines) for p in school.plans),
            )
            for school in example.schools
        ),
    )
    page = _flat(_page(project, HOGSTADIET))
    assert "En vuxen pratar med dig och lyssnar på vad du har varit med om." in page
    assert "Skolan utreder vad som har hänt inom en vecka." not in page


def test_the_lix_check_reads_the_step_the_page_shows(example: Project) -> None:
    school = example.school("strandskolan")
    assert school is not None and school.current_plan is not None
    older = [t.path for t in page_texts(example, school.current_plan, HOGSTADIET)]
    younger = [t.path for t in page_texts(example, school.current_plan, MELLANSTADIET)]
    assert ("rutiner", "elev_elev", "steg", 2, "ungdomstext") in older  # anmal-rektor
    assert ("rutiner", "elev_elev", "steg", 2, "elevtext") not in older
    assert ("rutiner", "elev_elev", "steg", 2, "elevtext") in younger
    assert ("rutiner", "elev_elev", "steg", 0, "elevtext") in older  # ingripa: one text


def test_a_hard_step_ungdomstext_is_told_at_its_line(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    home = tmp_path / "content/huvudman.yml"
    lines = home.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("        ungdomstext:"))
    end = next(i for i in range(at + 1, len(lines)) if not lines[i].startswith("          "))
    lines[at:end] = [f"        ungdomstext: {HARD}"]
    home.write_text("\n".join(lines), encoding="utf-8")
    [problem] = [p for p in check_content(tmp_path / "content").report if p.code == "TP501"]
    assert (problem.location.file, problem.location.line) == ("content/huvudman.yml", at + 1)
    assert "(id: anmal-rektor).ungdomstext" in problem.field
    assert problem.message.startswith("ungdomstexten har LIX ")


def test_the_gymnasium_page_says_pa_gymnasiet(example: Project) -> None:
    """It said "Till dig som går i gymnasiet"; one goes på gymnasiet, as its title says."""
    page = _page(example, GYMNASIET)
    assert "Till dig som går på gymnasiet." in page
    assert "går i gymnasiet" not in page
    assert "Till dig som går i åk 7–9." in _page(example, HOGSTADIET)
