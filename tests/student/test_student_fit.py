"""The printed poster's size: a fuller student page prints smaller, in steps, and one that
fits at no step is told to its author (TP506). tests/student/test_student_poster.py
prints the same pages in Chromium."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from test_student_checks import student_problems

from generator.model import Project
from generator.render.student.bands import HOGSTADIET
from generator.render.student.fit import (
    SCALES,
    blocks,
    page_overflow,
    poster_body,
    poster_fill,
)
from generator.render.student.pages import render_student_page

TODAY = dt.date(2026, 11, 25)
# One more sentence for the vision, about a line on the printed poster.
SENTENCE = " Vi hjälps åt varje dag, på rasten och i klassrummet, och vi lyssnar på varandra."


def with_longer_vision(example: Project, sentences: int) -> Project:
    """The example with Strandskolan's vision `sentences` sentences longer."""
    school = example.school("strandskolan")
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    vision = dataclasses.replace(plan.vision, text=plan.vision.text + SENTENCE * sentences)
    changed = dataclasses.replace(plan, vision=vision)
    school = dataclasses.replace(school, plans=(*school.plans[:-1], changed))
    return dataclasses.replace(
        example, schools=tuple(school if s.id == school.id else s for s in example.schools)
    )


def poster(project: Project) -> str:
    school = project.school("strandskolan")
    assert school is not None and school.current_plan is not None
    return render_student_page(project, school, school.current_plan, HOGSTADIET)


def scale_of(page: str) -> int:
    [opening] = [line for line in page.split("\n") if line.startswith('<div class="trygg-poster"')]
    found = re.search(r' data-scale="(\d+)"', opening)
    return int(found[1]) if found else 100


def test_a_fuller_poster_prints_smaller_in_steps(example: Project) -> None:
    scales = [scale_of(poster(with_longer_vision(example, n))) for n in (0, 1, 4, 8, 24)]
    assert scales == sorted(scales, reverse=True)
    assert scales[0] in SCALES and scales[-1] == SCALES[-1]
    assert len(set(scales)) >= 3


def test_a_poster_that_fits_at_no_step_is_told(example: Project) -> None:
    fits = with_longer_vision(example, 14)
    assert page_overflow(poster(fits), HOGSTADIET) == 0
    assert [p for p in student_problems(fits, TODAY) if p.code == "TP506"] == []
    overfull = with_longer_vision(example, 60)
    assert page_overflow(poster(overfull), HOGSTADIET) > 0
    [problem] = [p for p in student_problems(overfull, TODAY) if p.code == "TP506"]
    assert problem.location.file == "content/skolor/strandskolan/trygghetsplan/2026-27.yml"
    assert problem.location.line > 0
    assert problem.message.startswith(
        "elevsidan för högstadiet får inte plats på en A4-sida när den skrivs ut, inte ens i"
        " minsta storlek: texten är ungefär "
    )
    assert problem.hint.startswith("korta det elevsidan visar: elevtexterna på åtgärderna")


def test_what_prints_on_screen_only_is_not_measured(example: Project) -> None:
    """The steps after an adult has offended a pupil are on screen only: the poster's
    blocks leave them out, and the title and its lead line go across the page. Where to
    complain when the school does not help is printed, and measured."""
    body = poster_body(poster(example))
    found = blocks(body)
    assert [b.kind for b in found[:3]] == ["h1", "lead", "p"]
    assert "Sedan händer det här:" in body
    assert not any("Sedan händer det här" in b.text for b in found)
    [complain] = [b for b in found if "Barn- och elevombudet (BEO)" in b.text]
    assert complain.kind == "p" and "Diskrimineringsombudsmannen (DO)" in complain.text
    assert found[-1].text == "Det här kommer från trygghetsplanen för läsåret 2026/27."


def test_the_estimate_grows_with_the_text_and_shrinks_with_the_scale(example: Project) -> None:
    short = poster_body(poster(example))
    long = poster_body(poster(with_longer_vision(example, 4)))
    assert poster_fill(long, HOGSTADIET) > poster_fill(short, HOGSTADIET)
    fills = [poster_fill(short, HOGSTADIET, scale) for scale in SCALES]
    assert fills == sorted(fills, reverse=True)
