"""The printed poster's size: a fuller student page prints smaller, in steps, and one that
fits at no step is told to its author (TP506). tests/student/test_student_poster.py
prints the same pages in Chromium."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from test_student_checks import student_problems

from generator.model import Project
from generator.problems import Problem
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


def with_longer_repressalier(example: Project, sentences: int) -> Project:
    """The example with the huvudman's repressalier (under "Vad händer om jag berättar?",
    always printed) `sentences` sentences longer, for every age; with -1 one short
    sentence only."""
    organiser = example.organiser
    text = organiser.definitions["repressalier"]
    student, youth = text.student_text, text.youth_text or text.student_text
    if sentences < 0:
        student = youth = "Ingen får straffa dig för att du har berättat."
    longer = dataclasses.replace(
        text,
        student_text=student + SENTENCE * max(sentences, 0),
        youth_text=youth + SENTENCE * max(sentences, 0),
    )
    definitions = {**organiser.definitions, "repressalier": longer}
    return dataclasses.replace(
        example, organiser=dataclasses.replace(organiser, definitions=definitions)
    )


def poster(project: Project) -> str:
    school = project.school("strandskolan")
    assert school is not None and school.current_plan is not None
    return render_student_page(project, school, school.current_plan, HOGSTADIET)


def scale_of(page: str) -> int:
    [opening] = [line for line in page.split("\n") if line.startswith('<div class="trygg-poster"')]
    found = re.search(r' data-scale="(\d+)"', opening)
    return int(found[1]) if found else 100


def test_a_fuller_page_leaves_parts_off_the_poster_not_its_size(example: Project) -> None:
    """A longer vision does not make the poster's text smaller: the vision, and what else
    does not fit beside it, is on screen only, and who to talk to and what happens when a
    pupil tells stay printed."""
    page = poster(with_longer_vision(with_longer_repressalier(example, -1), 24))
    assert scale_of(page) == 100
    printed = " ".join(b.text for b in blocks(poster_body(page)))
    assert SENTENCE.strip() not in printed and SENTENCE.strip() in page
    assert "Vem kan jag prata med?" in printed and "Sedan händer det här:" in printed
    assert page_overflow(page, HOGSTADIET) == 0


def _tp506(project: Project) -> list[Problem]:
    return [p for p in student_problems(project, TODAY) if p.code == "TP506"]


def test_what_must_be_printed_prints_a_little_smaller_then_is_told(example: Project) -> None:
    scales = [scale_of(poster(with_longer_repressalier(example, n))) for n in (-1, 4, 24)]
    assert scales == [100, 95, 95]
    fits = with_longer_repressalier(example, 4)
    assert page_overflow(poster(fits), HOGSTADIET) == 0
    assert [p for p in _tp506(fits) if "strandskolan" in p.location.file] == []
    overfull = with_longer_repressalier(example, 24)
    assert page_overflow(poster(overfull), HOGSTADIET) > 0
    [problem] = [p for p in _tp506(overfull) if "strandskolan" in p.location.file]
    assert problem.location.file == "content/skolor/strandskolan/trygghetsplan/2026-27.yml"
    assert problem.location.line > 0
    assert problem.message.startswith(
        "elevsidan för högstadiet får inte plats på en A4-sida när den skrivs ut, inte ens i"
        " minsta storlek: texten är ungefär "
    )


def test_the_poster_prints_what_follows_when_an_adult_offends(example: Project) -> None:
    """A child reads on the poster the whole of what happens next, and where to complain
    when the school does not help; the title and its lead line go across the page."""
    body = poster_body(poster(example))
    found = blocks(body)
    assert [b.kind for b in found[:3]] == ["h1", "lead", "h2"]
    assert "Vem kan jag prata med?" in found[2].text
    assert any("Sedan händer det här" in b.text for b in found)
    [complain] = [b for b in found if "Barn- och elevombudet (BEO)" in b.text]
    assert complain.kind == "p" and "Diskrimineringsombudsmannen (DO)" in complain.text
    assert found[-1].text == "Det här kommer från trygghetsplanen för läsåret 2026/27."


def test_the_estimate_grows_with_the_text_and_shrinks_with_the_scale(example: Project) -> None:
    short = poster_body(poster(example))
    long = poster_body(poster(with_longer_repressalier(example, 4)))
    assert poster_fill(long, HOGSTADIET) > poster_fill(short, HOGSTADIET)
    fills = [poster_fill(short, HOGSTADIET, scale) for scale in SCALES]
    assert fills == sorted(fills, reverse=True)


def test_a_poster_that_leaves_parts_off_says_what_and_where_the_whole_page_is(
    example: Project,
) -> None:
    """What the poster leaves off is on the school's site: the poster names it, in page
    order, and prints the address (on screen, which shows everything, poster.css hides
    it: test_student_poster)."""
    body = poster_body(poster(with_longer_vision(example, 24)))
    [more] = [b for b in blocks(body) if b.text.startswith("Mer om ")]
    assert more.text == (
        "Mer om dina rättigheter, hur vi vill ha det på skolan, vad vi gör för att alla ska "
        "känna sig trygga och hur elever har varit med finns på skolans webbplats:"
        " https://skolor.strandvik.se/strandskolan/elev/hogstadiet/ {: .trygg-poster-more }"
    )
    everything = poster_body(poster(with_longer_repressalier(example, -1)))
    assert ("Mer om " in "".join(everything)) == ("trygg-screen-only" in "".join(everything))
