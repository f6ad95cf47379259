"""What a pupil reads on the wall: help outside the school, what tystnadsplikt means, the
rights in short form and the trygghetsteam in words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.model import Project
from generator.render.student.bands import BANDS, Band, bands_for
from generator.render.student.fit import blocks, poster_body
from generator.render.student.lix import visible_text
from generator.render.student.outside import OVERPROMISE
from generator.render.student.pages import render_student_page
from generator.render.student.shortrights import short_lines
from generator.render.student.texts import shown_text

ROOT = Path(__file__).resolve().parents[2]


def _pages(example: Project) -> list[tuple[str, Band, str]]:
    return [
        (school.id, band, render_student_page(example, school, school.current_plan, band))
        for school in example.schools
        if school.current_plan is not None
        for band in bands_for(school)
    ]


def _printed(page: str) -> str:
    """The poster's text as printed (what is on screen only left out)."""
    return " ".join(" ".join(b.text.split()) for b in blocks(poster_body(page)))


def test_every_poster_prints_help_outside_the_school(example: Project) -> None:
    """Every flow said the family is told, and no page named help a pupil reaches alone:
    every poster prints Bris (116 111, bris.se: free, no name needed) and 112, the
    förskola's to the adults around the child."""
    for school_id, band, page in _pages(example):
        printed = _printed(page)
        assert "bris.se" in printed and "112" in printed, (school_id, band.key)
        if band.read_aloud:
            assert "Till dig som är vuxen: hjälp utanför förskolan" in printed
            assert "orosanmälan till socialtjänsten" in printed
            continue
        assert "Vill du prata med någon utanför skolan?" in printed, (school_id, band.key)
        assert "116 111" in printed, (school_id, band.key)
        assert "Det kostar inget" in printed or "Det är gratis" in printed, (school_id, band.key)
        online = "Ta en skärmbild, blockera" in printed
        assert online == (band.first >= 4), (school_id, band.key)


def test_the_bris_link_is_plain_text_and_printed_once() -> None:
    """No picture or script from another host: a plain link, whose address is its text,
    so paper does not print "bris.se (https://www.bris.se/)"."""
    from generator.render.student.outside import BRIS_LINK

    assert BRIS_LINK == "[bris.se](https://www.bris.se/){: .trygg-address }"


def test_the_elevhalsa_s_tystnadsplikt_is_told_with_its_limit(example: Project) -> None:
    """The pages promised that what a pupil tells the kurator "förs inte vidare", but for
    a kränkning, a worry for the child and often towards the family they must tell:
    a pupil is told that they do not tell just anyone, whom they may have to tell, and
    to ask first; the förskola, which has no elevhälsa, is not told of it."""
    for school_id, band, page in _pages(example):
        text = " ".join(visible_text(page).split())
        if band.read_aloud:
            assert "tystnadsplikt" not in text
            continue
        said = "Kuratorn och skolsköterskan har tystnadsplikt"
        assert said in text and "får inte berätta för vem som helst" in text, (school_id, band.key)
        assert "Ibland måste de" in text and "råga dem först" in text, (school_id, band.key)
        assert "rektorn" in text and "din familj" in text, (school_id, band.key)
        assert ("socialtjänsten" in text) == (not band.young), (school_id, band.key)
        assert not OVERPROMISE.search(text), (school_id, band.key)
        assert said in _printed(page), (school_id, band.key)


@pytest.mark.parametrize(
    "promise",
    [
        "Det betyder att det du säger inte förs vidare.",
        "det du berättar om dig själv och din familj förs inte vidare.",
        "Det du säger stannar hos dem.",
    ],
)
def test_a_promise_of_full_secrecy_is_recognised(promise: str) -> None:
    """What the pages said until 2026 is what `OVERPROMISE` finds."""
    assert OVERPROMISE.search(promise)


def test_the_poster_prints_the_rights_in_short_form_and_says_where_the_rest_is(
    example: Project,
) -> None:
    """The poster dropped every right but one line, and never said so: it prints the
    band's short rights (not the huvudman's ten explanations, which stay on screen) and
    names what it leaves off and where to read it."""
    for school_id, band, page in _pages(example):
        printed = _printed(page)
        shown = [line for line in short_lines(band) if line in printed]
        assert len(shown) >= 2, (school_id, band.key)
        assert "Mer om dina rättigheter" in printed, (school_id, band.key)
        assert "Vem kan jag prata med?" in printed and "Sedan händer det här" in printed
        # the huvudman's explanation of a kränkning is on screen only
        told = shown_text(example.organiser.definitions["kränkande_behandling"], band)[0]
        start = " ".join(told.split())[:40]
        assert start not in printed and start in " ".join(page.split()), (school_id, band.key)


def test_the_short_rights_are_hidden_on_screen_where_the_full_ones_stand(
    example: Project,
) -> None:
    """On screen the page explains each right in full: the short list is printed only."""
    css = (ROOT / "theme" / "overrides" / "assets" / "poster.css").read_text(encoding="utf-8")
    screen, printed = css.split("@media print", 1)
    assert re.search(r"> \.trygg-poster-paper \{\s*display: none;", screen)
    assert re.search(r"> \.trygg-poster-paper \{\s*display: block;", printed)
    for _school_id, _band, page in _pages(example):
        assert page.count('<div class="trygg-poster-paper" markdown>') == 1


@pytest.mark.parametrize("band_key", ["lågstadiet", "mellanstadiet"])
def test_the_team_is_explained_to_younger_pupils(example: Project, band_key: str) -> None:
    """ "Trygghetsteamet: Anders Holm, Johan Ek, …" told a 7-year-old six names and an
    unknown word: up to åk 6 the page says what the team is, and in åk 4–6 what a
    member's role is when the page does not say it elsewhere."""
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    [band] = [b for b in BANDS if b.key == band_key]
    text = " ".join(
        visible_text(render_student_page(example, school, school.current_plan, band)).split()
    )
    assert "Trygghetsteamet är vuxna på skolan som" in text
    if band_key == "mellanstadiet":
        assert "Anders Holm (biträdande rektor – den som leder skolan med rektorn)" in text
        assert (
            "Elin Berg (specialpedagog – den som hjälper till när något i skolan är svårt)" in text
        )
        assert "Lena Wik (fritidspedagog – en av de vuxna på fritids)" in text
        assert "Johan Ek (kurator)" in text  # the page's Kurator line says who that is
