"""The routines page's "Om du inte är nöjd" and the student pages' way onwards: what a
guardian reads when the school does not act (skollagen 4 kap. 8 §)."""

from __future__ import annotations

import dataclasses

import pytest

from generator.model import ComplaintRoute, Project, School
from generator.render.authorities import BEO
from generator.render.pages.routines import render_routines
from generator.render.student.bands import HOGSTADIET, LAGSTADIET, MELLANSTADIET
from generator.render.student.pages import render_student_page
from generator.render.student.words import FAMILY

ROUTE = ComplaintRoute(
    "Enheten för kvalitet och trygghet svarar inom **fyra veckor**.",
    link="https://www.strandvik.se/klagomal",
    email="klagomal@strandvik.se",
)


def _with_route(project: Project, route: ComplaintRoute | None) -> Project:
    return dataclasses.replace(
        project, organiser=dataclasses.replace(project.organiser, complaints=route)
    )


def _section(page: str) -> str:
    return page[page.index("## Om du inte är nöjd") :]


def test_the_route_follows_the_rektor_and_precedes_the_authorities(
    fixture_project: Project, lindskolan: School
) -> None:
    page = render_routines(_with_route(fixture_project, ROUTE), lindskolan, preview=False)
    section = _section(page)
    order = ["### 1. Prata med rektor", "### 2. Lämna ett klagomål", "### 3. Anmäl till"]
    assert [section.index(h) for h in order] == sorted(section.index(h) for h in order)
    assert "svarar inom **fyra veckor**." in section
    assert (
        "Lämna klagomålet via [huvudmannens sida om klagomål](https://www.strandvik.se/klagomal)"
        " eller med e-post till [klagomal@strandvik.se](mailto:klagomal@strandvik.se)."
    ) in section
    assert "[Barn- och elevombudet (BEO)](https://www.skolinspektionen.se/beo/)" in section
    assert "[Diskrimineringsombudsmannen (DO)](https://www.do.se/)" in section
    assert "[Skolinspektionen](https://www.skolinspektionen.se/anmalan/)" in section
    assert "[om du inte är nöjd](#om-du-inte-ar-nojd)" in page  # from the tip at the top


def test_an_email_alone_is_offered_as_the_way(fixture_project: Project, lindskolan: School) -> None:
    route = dataclasses.replace(ROUTE, link="")
    section = _section(
        render_routines(_with_route(fixture_project, route), lindskolan, preview=False)
    )
    assert "Lämna klagomålet med e-post till [klagomal@strandvik.se]" in section
    assert "huvudmannens sida" not in section


def test_without_a_route_the_central_unit_stands_in(
    fixture_project: Project, lindskolan: School
) -> None:
    project = _with_route(fixture_project, None)
    published = _section(render_routines(project, lindskolan, preview=False))
    assert (
        "Kontakta Enheten för kvalitet och trygghet hos huvudmannen. Kontaktuppgifterna "
        "står under [Vem kan jag vända mig till?](#kontaktpersoner)"
    ) in published
    # the central unit's address stands once on the page, among the contacts
    page = render_routines(project, lindskolan, preview=False)
    assert page.count("[kvalitet.trygghet@strandvik.se]") == 1
    assert "kvalitet.trygghet@strandvik.se" not in published
    assert "Saknas" not in published
    preview = _section(render_routines(project, lindskolan, preview=True))
    assert "Saknas: hur man lämnar klagomål (klagomål i huvudman.yml)" in preview


def test_a_preschool_speaks_of_children_only(fixture_project: Project, lindskolan: School) -> None:
    preschool = dataclasses.replace(lindskolan, school_forms=("förskola",), grades="")
    page = render_routines(fixture_project, preschool, preview=False)
    intro = page.split("\n\n")[1]
    assert intro.startswith("Så gör vi när ett barn kan ha blivit kränkt")
    assert "elev" not in intro
    assert "när ett barn har blivit kränkt och förskolan inte har gjort" in _section(page)


def test_older_pupils_are_told_where_to_complain_and_report(
    fixture_project: Project, lindskolan: School
) -> None:
    project = _with_route(fixture_project, ROUTE)
    plan = lindskolan.current_plan
    assert plan is not None
    older = render_student_page(project, lindskolan, plan, HOGSTADIET)
    assert "[klaga hos Strandviks kommun](https://www.strandvik.se/klagomal)" in older
    assert "[Diskrimineringsombudsmannen (DO)](https://www.do.se/)" in older
    # The fixture's step already tells the pupil of Barn- och elevombudet: not again.
    assert "Du kan själv anmäla diskriminering eller trakasserier till" in older
    middle = render_student_page(project, lindskolan, plan, MELLANSTADIET)
    assert "Ni kan också kontakta Barn- och elevombudet." in middle
    # the family in the page's one wording (`words.FAMILY`), as in the steps before
    assert f"kan du och {FAMILY} prata med rektorn.\n" in middle
    assert "Barn- och elevombudet](" not in middle
    assert "Diskrimineringsombudsmannen" not in middle
    young = render_student_page(project, lindskolan, plan, LAGSTADIET)
    assert "Barn- och elevombudet](" not in young


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ni kan också kontakta BEO.", True),
        ("Du kan vända dig till barn- och elevombudet.", True),
        ("Barn och elevombudets hemsida", True),
        ("Barn-och elevombudet (beo) hjälper", True),
        ("Prata med skolans elevombud.", False),  # pupils who speak for pupils
        ("Prata med en vuxen.", False),
    ],
)
def test_beo_is_recognised_however_an_author_writes_it(text: str, named: bool) -> None:
    assert BEO.named_in(text) is named


def test_a_role_the_unit_lacks_is_left_out_of_the_contacts(
    fixture_project: Project, lindskolan: School
) -> None:
    """Only a unit without a plan gets here (a plan's routine with a role nobody holds is
    TP057): a bare role would give the reader no one to turn to."""
    kept = tuple(c for c in lindskolan.contacts if c.role.casefold() != "kurator")
    page = render_routines(
        fixture_project, dataclasses.replace(lindskolan, contacts=kept), preview=False
    )
    contacts = page[page.index("## Vem kan jag vända mig till?") :]
    assert "Kurator" not in contacts
    assert "- **Rektor:**" in contacts
