"""The school's own way for pupils to tell (skola.yml `säg_till`): what a pupil reads under
"Vem kan jag prata med?", and what a wrong value in skola.yml gets from trygg check."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import examplecopy  # tests/ is on the path (conftest.py)
import pytest
from examplecopy import edited

from generator.check.run import check_content
from generator.model import Project, PupilChannel, School
from generator.render.student.bands import LAGSTADIET, MELLANSTADIET
from generator.render.student.pages import render_student_page

content = examplecopy.content  # this module's copy of the example (a fixture)
SCHOOL = Path("skolor/strandskolan/skola.yml")
FORM = "https://skolor.strandvik.se/strandskolan/sag-till/"


def _school(example: Project, school_id: str) -> School:
    school = example.school(school_id)
    assert school is not None and school.current_plan is not None
    return school


def _talk_section(page: str) -> str:
    start = page.index("Vem kan jag prata med?")
    return page[start : page.index("Vad händer om jag berättar?")]


def test_the_pupils_read_how_to_tell_under_whom_to_talk_to(example: Project) -> None:
    school = _school(example, "lovangens-skola")
    assert school.current_plan is not None
    for band in (LAGSTADIET, MELLANSTADIET):
        section = _talk_section(render_student_page(example, school, school.current_plan, band))
        assert "**Du kan också säga till så här:** Skriv en lapp och lägg den i den gröna" in (
            section
        )
    ekbacken = _school(example, "ekbackens-skola")  # no säg_till: nothing in its place
    assert ekbacken.current_plan is not None
    page = render_student_page(example, ekbacken, ekbacken.current_plan, MELLANSTADIET)
    assert "Du kan också säga till" not in page


def test_the_form_is_linked_from_aak_4_only(example: Project) -> None:
    school = _school(example, "lovangens-skola")
    assert school.current_plan is not None
    form = PupilChannel("Fyll i formuläret Säg till.", FORM)
    linked = dataclasses.replace(school, pupil_channel=form)
    middle = render_student_page(example, linked, school.current_plan, MELLANSTADIET)
    assert f"Fyll i formuläret Säg till. [Här kan du säga till.]({FORM})" in _talk_section(middle)
    young = render_student_page(example, linked, school.current_plan, LAGSTADIET)
    assert "Fyll i formuläret Säg till." in young
    assert FORM not in young


def test_the_text_shows_as_written_never_as_markup(example: Project) -> None:
    school = _school(example, "lovangens-skola")
    assert school.current_plan is not None
    hostile = PupilChannel("<script>x</script> [klicka](javascript:alert(1)) *lådan*")
    page = render_student_page(
        example, dataclasses.replace(school, pupil_channel=hostile), school.current_plan,
        MELLANSTADIET,
    )  # fmt: skip
    assert "<script>" not in page
    assert "&lt;script>x&lt;/script> \\[klicka\\](javascript:alert(1)) \\*lådan\\*" in page


@pytest.mark.parametrize(
    ("value", "code", "told"),
    [
        ("{länk: 'https://skolor.strandvik.se/sag-till/'}", "TP012", "lägg till text: … inom { }"),
        ("{text: ''}", "TP018", "skriv en text"),
        ("{text: Säg till., länk: 'http://skolor.strandvik.se/x'}", "TP015", "med https://"),
        ("{text: Säg till., länk: 'javascript:alert(1)'}", "TP015", "med https://"),
        ("{text: Säg till., knapp: röd}", "TP014", "tillåtna nycklar: text, länk"),
        ("{text: " + "Säg till. " * 40 + "}", "TP018", "korta texten"),
    ],
)
def test_a_wrong_value_is_told_where_it_stands(
    content: Path, value: str, code: str, told: str
) -> None:
    def with_value(text: str) -> str:
        return text.split("\nsäg_till:", maxsplit=1)[0] + f"\nsäg_till: {value}\n"

    with edited(content / SCHOOL, with_value):
        line = (content / SCHOOL).read_text(encoding="utf-8").count("\n")
        report = check_content(content).report
    [problem] = [p for p in report if p.code == code]
    assert problem.location.file.endswith(str(SCHOOL))
    assert problem.location.line == line
    assert told in problem.hint
