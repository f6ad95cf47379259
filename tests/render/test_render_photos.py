"""Staff photos: their URIs, alt texts and where the start and student pages show them."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from conftest import EXAMPLE_CONTENT, checked_project
from render_html import Outline, render, unsafe_markup

from generator.load.layout import photo_path_uri
from generator.model import Contact, Project, School
from generator.render.pages.start import render_start
from generator.render.photos import photo_alt, photo_img, photo_uri, school_photos
from generator.render.student.bands import bands_for
from generator.render.student.pages import render_student_page

KURATOR = Contact("Kurator", "Johan Ek", photo="foton/kurator.jpg")
HOSTILE_ALT = [
    '" onerror="alert(1)',
    "'><script>alert(1)</script>",
    "a > b | c & d",
    "**fet** [länk](javascript:alert(1)) {: onclick=x }",
    "<!-- kommentar -->",
]


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


class _Images(HTMLParser):
    def __init__(self, rendered_html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict[str, str | None]] = []
        self.feed(rendered_html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs))


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("foton/kurator.jpg", "assets/foton/kurator.jpg"),
        ("kurator.jpg", "assets/foton/kurator.jpg"),
        ("foton/Kurator.JPG", "assets/foton/Kurator.jpg"),
        ("personal/kurator.webp", "assets/foton/personal-kurator.webp"),
        ("foton/team/ek.png", "assets/foton/team-ek.png"),
    ],
)
def test_photo_uri(path: str, uri: str) -> None:
    assert photo_path_uri(path) == uri
    assert photo_uri(dataclasses.replace(KURATOR, photo=path)) == uri


def test_no_photo_no_uri_no_img() -> None:
    bare = Contact("Kurator", "Johan Ek")
    assert photo_uri(bare) == ""
    assert photo_img(bare, "index.md") == ""


def test_alt_text_is_foto_text_or_empty_beside_the_visible_name() -> None:
    assert photo_alt(KURATOR) == ""
    assert photo_alt(Contact("Rektor", photo="r.jpg")) == ""
    described = dataclasses.replace(KURATOR, photo_text="Johan  Ek\nler")
    assert photo_alt(described) == "Johan Ek ler"


def test_img_links_relatively_and_reserves_its_space() -> None:
    assert photo_img(KURATOR, "elev/lagstadiet/index.md") == (
        '<img class="trygg-photo" src="../../assets/foton/kurator.jpg" alt="" '
        'width="64" height="64" loading="lazy">'
    )
    spaced = dataclasses.replace(KURATOR, photo="foton/Johan Ek.jpg")
    assert 'src="assets/foton/Johan%20Ek.jpg"' in photo_img(spaced, "index.md")


@pytest.mark.parametrize("text", HOSTILE_ALT)
def test_hostile_alt_text_stays_an_attribute(text: str) -> None:
    contact = dataclasses.replace(KURATOR, photo_text=text)
    rendered = render(f"- **Kurator:** {photo_img(contact, 'index.md')} Johan Ek")
    assert unsafe_markup(rendered) == []
    images = _Images(rendered).images
    assert len(images) == 1
    assert images[0]["alt"] == " ".join(text.split())
    table = render(f"| Foto | Namn |\n|---|---|\n| {photo_img(contact, 'index.md')} | Johan Ek |")
    assert Outline(table).tables == [[2, 2]]


def test_school_photos_lists_each_file_once(example: Project) -> None:
    school = _with_photos(example, {"Rektor": "foton/rektor.png", "Kurator": "foton/kurator.svg"})
    assert school_photos(school) == [
        ("foton/rektor.png", "assets/foton/rektor.png"),
        ("foton/kurator.svg", "assets/foton/kurator.svg"),
    ]


def _with_photos(project: Project, photos: dict[str, str]) -> School:
    """Ekbackens skola with the given photos (by role) in kontakter and trygghetsteam."""
    school = project.school("ekbackens-skola")
    assert school is not None

    def photographed(contacts: tuple[Contact, ...]) -> tuple[Contact, ...]:
        return tuple(
            dataclasses.replace(c, photo=photos.get(c.role, ""), photo_text="") for c in contacts
        )

    return dataclasses.replace(
        school, contacts=photographed(school.contacts), safety_team=photographed(school.safety_team)
    )


def test_start_page_shows_a_photo_before_the_name_without_a_column_of_dashes(
    example: Project,
) -> None:
    school = _with_photos(example, {"Kurator": "foton/kurator.svg"})
    start = render_start(example, school, preview=False)
    team, contacts = (t for t in re.split(r"\n## ", start) if t.startswith(("Trygg", "Kontakt")))
    assert "| Roll | Namn |\n" in team
    assert "| Roll | Namn | E-post | Telefon |" in contacts
    assert "Foto" not in start
    kurator = next(line for line in team.splitlines() if line.startswith("| Kurator |"))
    assert (
        '<span class="trygg-person"><img class="trygg-photo" src="assets/foton/kurator.svg"'
        in kurator
    )
    assert kurator.endswith(" Johan Ek</span> |")
    assert not any(line.startswith("| – ") for line in start.splitlines())
    bare = render_start(example, _with_photos(example, {}), preview=False)
    assert "<img" not in bare


def test_student_pages_show_photos_next_to_role_and_name(example: Project) -> None:
    school = _with_photos(example, {"Kurator": "foton/kurator.svg"})
    assert school.current_plan is not None
    for band in bands_for(school):
        page = render_student_page(example, school, school.current_plan, band)
        images = _Images(render(page)).images
        assert len(images) == 2, band.slug  # the Kurator line and the trygghetsteam line
        for image in images:
            assert image["src"] == "../../assets/foton/kurator.svg"
            assert image["alt"] == ""  # decorative: the name stands beside it
        kurator = next(line for line in page.splitlines() if "**Kurator:**" in line)
        assert re.search(
            r'\*\*Kurator:\*\* <span class="trygg-person"><img [^>]+> Johan Ek</span>', kurator
        )
    bare = _with_photos(example, {})
    for band in bands_for(bare):
        assert "<img" not in render_student_page(example, bare, school.current_plan, band)
