"""The student pages of the example: goldens, links, gaps, icons and band selection."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from golden_support import assert_golden

from generator.model import FlowStep, Project, School, Text
from generator.render.authorities import BEO
from generator.render.student.bands import audience, bands_for
from generator.render.student.lix import visible_text
from generator.render.student.pages import render_student_page, render_student_pages, student_links
from generator.render.student.pictograms import ALL_ICONS, pictogram
from generator.render.student.words import FAMILY

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "student"
SVG = re.compile(r"<svg\b[^>]*>")


def _pages(project: Project) -> list[tuple[str, str, str]]:
    return [
        (school.id, file.uri, str(file.content))
        for school in project.schools
        if school.current_plan is not None
        for file in render_student_pages(project, school, school.current_plan, preview=False)
    ]


def test_golden_pages(example: Project) -> None:
    pages = _pages(example)
    assert pages, "the example has no student pages"
    for school_id, uri, content in pages:
        band = uri.split("/")[1]
        assert_golden(GOLDEN / school_id / f"{band}.md", content)


def test_every_example_unit_has_pages_and_links(example: Project) -> None:
    for school in example.schools:
        links = student_links(school)
        assert links, school.id
        plan = school.current_plan
        assert plan is not None
        uris = [f.uri for f in render_student_pages(example, school, plan, preview=False)]
        assert [uri for _title, uri in links] == uris
        assert all(re.fullmatch(r"elev/[a-z]+/index\.md", uri) for uri in uris)


def test_a_phone_number_is_a_link_that_stays_on_one_line(example: Project) -> None:
    """On a phone the högstadium's kurator's number wrapped as "08-465 004 / 23" and could
    not be tapped; the start page's could. Now it is a tel: link kept whole, as there."""
    pages = {uri: content for school, uri, content in _pages(example) if school == "strandskolan"}
    page = pages["elev/hogstadiet/index.md"]
    assert '[<span class="trygg-nowrap">08-465 004 23</span>](tel:+46846500423)' in page
    assert not re.search(r"</svg>0\d", page)  # no number as plain text after its icon


def test_a_contact_icon_stays_on_the_line_of_its_number_or_address(example: Project) -> None:
    """At 320 px a phone or mail icon ended one line and its value began the next: each
    icon now stands in one unbreakable span with its link."""
    pages = {uri: content for school, uri, content in _pages(example) if school == "strandskolan"}
    page = pages["elev/hogstadiet/index.md"]
    for label, link in (("Telefon", "tel:"), ("E-post", "mailto:")):
        together = rf'<span class="trygg-nowrap"><svg class="trygg-icon"[^>]*aria-label="{label}"'
        assert re.search(together + rf".*?</svg>\[[^]]*\]\({link}[^)]*\)</span>", page), label


def test_each_page_names_the_ombud_once_and_the_family_one_way(example: Project) -> None:
    """Mellanstadiet named Barn- och elevombudet in a step and again in the next paragraph
    (only there as a link); högstadiet said "de vuxna hemma" in the steps and "dina
    vårdnadshavare" in trygg's own sentence, and the förskola kept "de vuxna hemma" after
    the others had changed. Each page now says each once, one way: the family as
    `FAMILY`, true of every family."""
    for school, uri, content in _pages(example):
        named = content.count("Barn- och elevombudet")
        assert named <= 1, (school, uri)
        if named:
            assert "[Barn- och elevombudet" in content, (school, uri)
        said = " ".join(content.split()).casefold()
        assert FAMILY in said, (school, uri)
        assert "vuxna hemma" not in said and "vårdnadshavare" not in said, (school, uri)


def test_no_links_without_a_plan(example: Project) -> None:
    assert student_links(dataclasses.replace(example.schools[0], plans=())) == []


def test_example_links(example: Project) -> None:
    links = {s.id: student_links(s) for s in example.schools}
    assert links["ekbackens-skola"] == [
        ("För elever i åk F–3", "elev/lagstadiet/index.md"),
        ("För elever i åk 4–6", "elev/mellanstadiet/index.md"),
    ]
    assert links["forskolan-solrosen"] == [("För barnen", "elev/forskola/index.md")]
    assert links["strandskolan"] == [("För elever i åk 7–9", "elev/hogstadiet/index.md")]


def _without_student_text(project: Project, school_id: str, measure_id: str) -> Project:
    school = project.school(school_id)
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    measures = tuple(
        dataclasses.replace(m, student_text="") if m.id == measure_id else m for m in plan.measures
    )
    changed = dataclasses.replace(
        school, plans=(*school.plans[:-1], dataclasses.replace(plan, measures=measures))
    )
    schools = tuple(changed if s.id == school_id else s for s in project.schools)
    return dataclasses.replace(project, schools=schools)


def test_a_measure_for_some_grades_is_told_only_to_them(example: Project) -> None:
    """Ekbackens A3 (a grown-up at the changing rooms) has `årskurser: 4-6`: the page for
    åk 4–6 promises it, the page for F–3 does not."""
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    measure = school.current_plan.measure("A3")
    assert measure is not None and measure.grades == "4-6"
    pages = {
        str(f.uri): str(f.content)
        for f in render_student_pages(example, school, school.current_plan, preview=False)
    }
    assert [measure.student_text in text for _uri, text in sorted(pages.items())] == [
        False,  # elev/lagstadiet
        True,  # elev/mellanstadiet
    ], sorted(pages)


def test_the_vision_is_told_in_each_band_s_words(example: Project) -> None:
    """The barntext to F–3, the elevtext to åk 4–6, the adult text never to pupils; a
    vision written once for everyone is shown as written."""
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    vision = school.current_plan.vision
    assert vision.student_text and vision.child_text
    pages = {
        f.uri: str(f.content)
        for f in render_student_pages(example, school, school.current_plan, preview=False)
    }
    young, older = pages["elev/lagstadiet/index.md"], pages["elev/mellanstadiet/index.md"]
    assert " ".join(vision.child_text.split()) in young
    assert " ".join(vision.student_text.split()) in older
    adult = " ".join(vision.text.split())
    assert adult not in young and adult not in older
    once = Text("Här är alla *trygga*.", "", "")
    plan = dataclasses.replace(school.current_plan, vision=once)
    for file in render_student_pages(example, school, plan, preview=False):
        assert "Här är alla trygga." in str(file.content)


def test_missing_student_text_is_a_gap_never_the_adult_text(example: Project) -> None:
    project = _without_student_text(example, "ekbackens-skola", "A1")
    school = project.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    measure = school.current_plan.measure("A1")
    assert measure is not None
    for file in render_student_pages(project, school, school.current_plan, preview=True):
        content = str(file.content)
        assert '<span class="trygg-gap">Elevtext saknas för åtgärd A1</span>' in content
        assert measure.title not in content
        assert measure.description.split(".")[0] not in content
    for file in render_student_pages(project, school, school.current_plan, preview=False):
        content = str(file.content)
        assert "trygg-gap" not in content
        assert measure.title not in content
        assert measure.description.split(".")[0] not in content


def test_pupil_flow_without_student_texts_is_a_gap_in_preview(example: Project) -> None:
    school = example.school("strandskolan")
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    flow = plan.routines.pupil_pupil
    bare = dataclasses.replace(
        flow, steps=tuple(dataclasses.replace(s, student_text="") for s in flow.steps)
    )
    plan = dataclasses.replace(plan, routines=dataclasses.replace(plan.routines, pupil_pupil=bare))
    band = bands_for(school)[0]
    preview = render_student_page(example, school, plan, band, preview=True)
    assert "Elevtext saknas för stegen i ärendegången" in preview
    published = render_student_page(example, school, plan, band)
    assert "trygg-gap" not in published
    assert not any(s.text in published for s in flow.steps if s.text)


def test_every_icon_is_hidden_or_named(example: Project) -> None:
    for school_id, uri, content in _pages(example):
        tags = SVG.findall(content)
        assert tags, (school_id, uri)
        for tag in tags:
            hidden = 'aria-hidden="true"' in tag
            named = re.search(r'role="img" aria-label="[^"]+"', tag) is not None
            assert hidden != named, (school_id, uri, tag)


def test_young_pages_name_the_grounds_with_the_icon(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    young = render_student_page(example, school, school.current_plan, bands_for(school)[0])
    assert 'aria-label="Funktionsnedsättning"' in young
    assert "**Funktionsnedsättning.**" not in young
    older = render_student_page(example, school, school.current_plan, bands_for(school)[1])
    assert "**Funktionsnedsättning.**" in older


def test_email_only_from_hogstadiet(example: Project) -> None:
    pages = {(school_id, uri): content for school_id, uri, content in _pages(example)}
    assert "mailto:" in pages["strandskolan", "elev/hogstadiet/index.md"]
    assert 'aria-label="Telefon"' in pages["strandskolan", "elev/hogstadiet/index.md"]
    for key in [
        ("ekbackens-skola", "elev/lagstadiet/index.md"),
        ("forskolan-solrosen", "elev/forskola/index.md"),
    ]:
        assert "mailto:" not in pages[key]
        assert "@" not in pages[key]


def test_forskola_is_read_aloud(example: Project) -> None:
    pages = {uri: content for _school, uri, content in _pages(example)}
    page = pages["elev/forskola/index.md"]
    assert "Läs högt för barnen" in page
    assert "Så har barnen varit med" in page


def test_all_icons_exist() -> None:
    for name in sorted(ALL_ICONS):
        assert pictogram(name).startswith('<svg class="trygg-icon" viewBox=')


def test_pictogram_access() -> None:
    assert 'aria-hidden="true"' in pictogram("phone")
    named = pictogram("phone", 'Telefon "jobb"')
    assert 'role="img" aria-label="Telefon &quot;jobb&quot;"' in named
    assert "aria-hidden" not in named
    with pytest.raises(ValueError, match="not an icon name"):
        pictogram("../secret")


def _school(example: Project, grades: str, forms: tuple[str, ...]) -> School:
    school = example.schools[0]
    return dataclasses.replace(school, grades=grades, school_forms=forms)


@pytest.mark.parametrize(
    ("grades", "forms", "bands"),
    [
        ("F-6", ("förskoleklass", "grundskola", "fritidshem"), ["lagstadiet", "mellanstadiet"]),
        ("7-9", ("grundskola", "anpassad_grundskola"), ["hogstadiet"]),
        ("", ("förskola",), ["forskola"]),
        ("F-9", ("förskoleklass", "grundskola"), ["lagstadiet", "mellanstadiet", "hogstadiet"]),
        ("4-9", ("grundskola",), ["mellanstadiet", "hogstadiet"]),
        ("F", ("förskoleklass",), ["lagstadiet"]),
        ("1-3", ("grundskola", "fritidshem"), ["lagstadiet"]),
        ("", ("gymnasieskola",), ["gymnasiet"]),
        ("", ("förskola", "förskoleklass"), ["forskola", "lagstadiet"]),
    ],
)
def test_bands_follow_grades(
    example: Project, grades: str, forms: tuple[str, ...], bands: list[str]
) -> None:
    assert [b.slug for b in bands_for(_school(example, grades, forms))] == bands


@pytest.mark.parametrize(
    ("grades", "forms", "shown"),
    [
        ("F-6", ("grundskola",), ["åk F–3", "åk 4–6"]),
        ("F-1", ("grundskola",), ["åk F–1"]),
        ("2-5", ("grundskola",), ["åk 2–3", "åk 4–5"]),
        ("F", ("förskoleklass",), ["förskoleklass"]),
        ("", ("förskola",), ["förskolan"]),
    ],
)
def test_audience(example: Project, grades: str, forms: tuple[str, ...], shown: list[str]) -> None:
    school = _school(example, grades, forms)
    assert [audience(b, school) for b in bands_for(school)] == shown


def test_steps_are_numbered_with_pictograms(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    page = render_student_page(example, school, school.current_plan, bands_for(school)[0])
    steps = [
        s for s in school.current_plan.routines.pupil_pupil.steps
        if isinstance(s, FlowStep) and s.student_text and not s.is_decision
    ]  # fmt: skip
    for number, _step in enumerate(steps, start=1):
        assert re.search(rf"^{number}\. <svg class=\"trygg-icon\"", page, re.MULTILINE)


@pytest.mark.parametrize(
    ("school_id", "said", "own"),
    [
        ("ekbackens-skola", "Ni kan också kontakta BEO.", "prata med rektorn."),
        ("strandskolan", "Du kan vända dig till barn- och elevombudet.", "anmäla diskriminering"),
    ],
)
def test_a_step_that_names_beo_is_not_followed_by_trygg_naming_it_again(
    example: Project, school_id: str, said: str, own: str
) -> None:
    """An author's elevtext that tells of BEO, in any form, and trygg's own line after the
    steps told of it again, two sentences apart; now the line leaves BEO out."""
    school = example.school(school_id)
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    flow = plan.routines.staff_pupil
    last = dataclasses.replace(flow.steps[-1], student_text=said, youth_text="")
    steps = (*flow.steps[:-1], last) if not last.is_decision else flow.steps
    told = dataclasses.replace(flow, steps=steps)
    plan = dataclasses.replace(plan, routines=dataclasses.replace(plan.routines, staff_pupil=told))
    band = next(b for b in bands_for(school) if not b.young)
    page = render_student_page(example, school, plan, band)
    assert said in page
    assert len(BEO.named_by.findall(page)) == 1
    assert BEO.url not in page
    assert own in page
    assert "[Diskrimineringsombudsmannen (DO)]" in page or not band.older


def test_the_family_is_named_one_way_on_every_page(example: Project) -> None:
    """The åk 4–6 page said "Dina föräldrar eller andra vuxna du bor med" once and "Dina
    föräldrar" after, as if the others were not told: trygg's own lines and the
    example's steps name the family one way, "din familj"."""
    for school in example.schools:
        assert school.current_plan is not None
        for file in render_student_pages(example, school, school.current_plan, preview=False):
            text = visible_text(str(file.content)).casefold()
            assert text.count(FAMILY) >= 2, file.uri
            assert "föräldrar" not in text and "vuxna du bor med" not in text, file.uri


@pytest.mark.parametrize(
    "said",
    [
        "Dina föräldrar blir inte arga på dig.",
        "Om dina föräldrar är skilda får båda veta. Dina föräldrar själva bestämmer.",
        "Dina föräldrar eller andra vuxna du bor med får veta vad som har hänt.",
    ],
)
def test_an_authors_words_for_the_family_are_shown_as_written(example: Project, said: str) -> None:
    """trygg rewrote every "dina föräldrar" on the page into its own "din familj", also in
    the school's texts, and left "Din familj blir inte arga på dig" and a meaning the
    author did not write: an author's elevtext stands as written, trygg's own line beside
    it keeps trygg's wording."""
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    plan = school.current_plan
    flow = plan.routines.pupil_pupil
    steps = tuple(
        dataclasses.replace(s, student_text=said) if s.id == "informera-hemmet" else s
        for s in flow.steps
    )
    told = dataclasses.replace(flow, steps=steps)
    plan = dataclasses.replace(plan, routines=dataclasses.replace(plan.routines, pupil_pupil=told))
    band = next(b for b in bands_for(school) if b.key == "mellanstadiet")
    page = " ".join(visible_text(render_student_page(example, school, plan, band)).split())
    assert said in page
    assert "Din familj blir" not in page and "din familj är skilda" not in page
    assert f"kan du och {FAMILY} prata med rektorn" in page


def test_a_measure_for_some_grades_is_only_on_their_pages(example: Project) -> None:
    """The afternoon groups on fritids are for F–3 (`årskurser`): not on the åk 4–6 page."""
    for school_id in ("ekbackens-skola", "lovangens-skola"):
        school = example.school(school_id)
        assert school is not None and school.current_plan is not None
        pages = {
            file.uri: visible_text(str(file.content))
            for file in render_student_pages(example, school, school.current_plan, preview=False)
        }
        assert "Efter mellanmålet på fritids" in pages["elev/lagstadiet/index.md"]
        assert "Efter mellanmålet på fritids" not in pages["elev/mellanstadiet/index.md"]
