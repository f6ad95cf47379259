"""What a guardian reading the example's pages notices first: where to turn, how soon the
school acts, whom to reach, and survey tables and groups that read in a sensible order."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import EXAMPLE_CONTENT, checked_project, plan_page

from generator.model import Contact, Project
from generator.render.pages.routines import render_routines
from generator.render.pages.start import render_start
from generator.render.photos import photo_alt
from generator.render.plan.trends import in_order


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


def test_the_plan_starts_with_where_to_turn_and_says_mobbning_once(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None
    page = plan_page(example, school)
    # A heading of its own, the first after the page's title: heading navigation finds it.
    start = page.index("\n## Har något hänt? {#har-nagot-hant .admonition-title}")
    assert "\n#" not in page[:start]
    box = page[start : page.index("</div>", start)]
    assert "Utredningen görs: **inom en vecka**" in box
    assert "(../rutiner/index.md)" in box
    assert "(../rutiner/index.md#kontaktpersoner)" in box
    assert page.count("mobbning") == 1
    assert "mobbning, alltså kränkningar som upprepas" in box


def test_a_printed_plan_has_the_school_s_contacts_on_its_first_page(example: Project) -> None:
    """Paper cannot follow the link to the start page: the start page's contacts print
    under the box (on paper only: `trygg-print-block`), before the plan's first section."""
    school = example.school("ekbackens-skola")
    assert school is not None
    page = plan_page(example, school)
    first_section = page.index("\n## Lagar som planen bygger på")
    block = page[page.index('<div class="trygg-print-block" markdown>') : first_section]
    assert "**Kontakt med Ekbackens skola**" in block
    rektor = next(c for c in school.contacts if c.role == "Rektor")
    assert rektor.name in block and rektor.email in block
    assert "08-465 004 11" in block
    assert f"**Adress:** {school.address.street}" in block
    start = render_start(example, school, preview=False)
    kontakt = start[start.index("## Kontakt") :]
    for contact in school.contacts:  # the same people as the start page's "Kontakt"
        assert (contact.name in block) == (contact.name in kontakt)


def test_the_routines_box_tells_the_times_the_school_s_own_steps_declare(
    example: Project,
) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None and school.current_plan is not None
    page = render_routines(example, school, preview=False)
    start = page.index("## Har något hänt dig eller ditt barn? {#har-nagot-hant")
    box = page[start : page.index("</div>", start)]
    assert "Skolan kontaktar dig som vårdnadshavare: **samma dag**" in box
    assert "Utredningen görs: **inom en vecka**" in box
    assert "Skolan följer upp: **inom två veckor**" in box
    # Another routine, another time: nothing is written into the renderer.
    routines = school.current_plan.routines
    flow = routines.pupil_pupil
    steps = tuple(
        dataclasses.replace(s, deadline="inom tre dagar") if "utred" in s.id else s
        for s in flow.steps
    )
    routines = dataclasses.replace(routines, pupil_pupil=dataclasses.replace(flow, steps=steps))
    plan = dataclasses.replace(school.current_plan, routines=routines)
    changed = dataclasses.replace(school, plans=(*school.plans[:-1], plan))
    assert "Utredningen görs: **inom tre dagar**" in render_routines(
        example, changed, preview=False
    )


def test_a_contact_role_without_details_says_how_to_reach_it(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None
    page = render_routines(example, school, preview=False)
    mentor = next(line for line in page.splitlines() if line.startswith("- **Mentor"))
    assert "fråga rektor Maria Lindqvist vem det är och hur du når hen" in mentor
    assert "tel:+46846500411" in mentor
    expedition = Contact(role="Expedition", phone="08-465 004 10")
    with_desk = dataclasses.replace(school, contacts=(*school.contacts, expedition))
    page = render_routines(example, with_desk, preview=False)
    mentor = next(line for line in page.splitlines() if line.startswith("- **Mentor"))
    assert "fråga expedition vem det är" in mentor and "tel:+46846500410" in mentor


def test_a_placeholder_picture_is_decorative() -> None:
    drawn = Contact(role="Kurator", photo="x.svg", photo_text="Tecknad figur i stället för foto")
    assert photo_alt(drawn) == ""
    real = Contact(role="Kurator", photo="x.jpg", photo_text="Johan Ek i skolans bibliotek")
    assert photo_alt(real) == "Johan Ek i skolans bibliotek"


def test_grades_come_in_their_own_order_then_the_other_groups() -> None:
    m = "Trygg"
    given = [(m, "Åk 7"), (m, "Åk 9"), (m, "Flickor"), (m, "Pojkar"), (m, "Åk 8"), (m, "F")]
    assert [g for _m, g in in_order(given)] == ["F", "Åk 7", "Åk 8", "Åk 9", "Flickor", "Pojkar"]


def test_each_survey_table_has_a_name_of_its_own(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None
    page = plan_page(example, school)
    labels = re.findall(r'aria-label="(Tabell: [^"]*)"', page)
    assert "Tabell: Resultat per grupp: Trygghetsenkät" in labels
    assert "Tabell: Resultat år för år: Trygghetsenkät" in labels
    assert len(labels) == len(set(labels))


def test_a_small_group_and_the_one_withheld_for_it_read_alike(example: Project) -> None:
    """Told apart ("färre än 5 svar" beside "för att skydda gruppen …"), the number of
    answers of the whole would give a hidden sum of 6 away as 1 and 5."""
    school = example.school("strandskolan")
    assert school is not None
    page = plan_page(example, school)
    rows = [line for line in page.splitlines() if line.startswith(("| Åk 8 | K", "| Elever i a"))]
    notes = {re.sub(r"^\| [^|]+ \| [^|]+ \| [^|]+ \|", "", row) for row in rows}
    assert len(rows) >= 2 and len(notes) == 1, rows
    assert "färre än 5 svar, eller döljs" in rows[0]
    assert "skydda gruppen" not in page


def test_a_link_to_another_page_prints_its_address(example: Project) -> None:
    """On paper "rutinerna vid kränkning" cannot be followed: trygg.css prints the page's
    address after it, whole where the huvudman's webbplats is known, else as a path."""
    school = example.school("ekbackens-skola")
    assert school is not None
    page = plan_page(example, school)
    whole = "https://skolor.strandvik.se/ekbackens-skola/rutiner/"
    assert f'[rutinerna vid kränkning](../rutiner/index.md){{ data-adress="{whole}" }}' in page
    organiser = dataclasses.replace(example.organiser, website="")
    without = plan_page(dataclasses.replace(example, organiser=organiser), school)
    assert '[rutinerna vid kränkning](../rutiner/index.md){ data-adress="rutiner/" }' in without


def test_a_flowchart_is_folded_under_its_list(example: Project) -> None:
    school = example.school("ekbackens-skola")
    assert school is not None
    page = render_routines(example, school, preview=False)
    section = page[page.index("{#elev-elev}") : page.index("{#personal-elev}")]
    listed = section.index('<ol class="trygg-flow">')
    folded = section.index('<details class="trygg-diagram-more">')
    assert listed < folded < section.index("<svg")
    assert "<summary>Visa som flödesschema</summary>" in section
    ladder = page[page.index("{#konsekvenstrappa}") :]
    assert ladder.index('<ol class="trygg-ladder">') < ladder.index("<summary>Visa som trappa")


def test_ids_give_way_to_titles_and_last_year_s_goal_is_named(example: Project) -> None:
    """ "A1, A4, A3, A7" read as if something was removed, and "förra planens mål M2" is
    not this plan's M2: headings and links name åtgärder, mål and fynd by their words."""
    school = example.school("ekbackens-skola")
    assert school is not None
    page = plan_page(example, school)
    assert "#### Schyssta chattar {#atgard-A4}" in page
    assert not re.search(r"#### A\d+:", page)
    assert not re.search(r"\[(?:A|M)\d+: ", page)
    assert "**Fynd F" not in page
    last_year = "förra planens mål ”[Omklädningsrummen är en trygg plats för alla elever]"
    assert last_year + "(2025-26/index.md#mal-M2)”: 85 %" in page
    assert "alla kränkande ord ([Ord som sårar](#atgard-A6))" in page


def _with_coverage(example: Project, text: str, last_a1: str = "") -> str:
    """Ekbacken's plan page with `text` as how the ground ålder was examined (and last
    year's A1 titled `last_a1`, when given)."""
    school = example.school("ekbackens-skola")
    assert school is not None
    plan, last = school.plans[-1], school.plans[-2]
    coverage = {**plan.survey.coverage, "ålder": text}
    plan = dataclasses.replace(plan, survey=dataclasses.replace(plan.survey, coverage=coverage))
    if last_a1:
        measures = tuple(
            dataclasses.replace(m, title=last_a1) if m.id == "A1" else m for m in last.measures
        )
        assert any(m.id == "A1" for m in measures)
        last = dataclasses.replace(last, measures=measures)
    school = dataclasses.replace(school, plans=(*school.plans[:-2], last, plan))
    return plan_page(example, school)


def test_an_id_in_brackets_in_a_links_address_is_left_as_written(example: Project) -> None:
    page = _with_coverage(example, "Se [sidan](https://e.se/a(A6)) och arbetet (A6).")
    assert "[sidan](https://e.se/a(A6))" in page
    assert "arbetet ([Ord som sårar](#atgard-A6))" in page


def test_an_id_last_years_plan_had_for_another_measure_is_left_as_written(
    example: Project,
) -> None:
    """Which A1 is meant, last year's or this year's, is unsure: the id stays."""
    page = _with_coverage(example, "Se (A1).", last_a1="Nya cykelställ vid entrén")
    assert "Se (A1)." in page


@pytest.mark.parametrize("school_id", ["ekbackens-skola", "strandskolan"])
def test_links_to_different_findings_read_apart(example: Project, school_id: str) -> None:
    """A screen reader's list of links: each link to a finding says which finding it is."""
    school = example.school(school_id)
    assert school is not None
    links = re.findall(r"\[([^\]]+)\]\(#fynd-(F\d+)\)", plan_page(example, school))
    links = [(re.sub(r"<[^>]+>", "", text), target) for text, target in links]  # as read
    assert len(links) >= 4
    texts = {}
    for text, target in links:
        assert texts.setdefault(text, target) == target, f"{text!r} leads to two findings"


def test_the_routines_say_whom_to_turn_to_before_how_the_staff_work(example: Project) -> None:
    """A family reads whom to turn to right under the box, and what the routine's
    "orosanmälan" is among the page's words."""
    school = example.school("ekbackens-skola")
    assert school is not None
    page = render_routines(example, school, preview=False)
    contacts = page.index("## Vem kan jag vända mig till?")
    assert contacts < page.index("## Anmälan") < page.index("## Begrepp")
    assert "orosanmälan" in page[: page.index("## Begrepp")]
    concepts = page[page.index("## Begrepp") :]
    assert "Orosanmälan\n    :   Ett meddelande till socialtjänsten" in concepts


def test_the_plan_says_who_is_in_the_team_the_start_page_lists(example: Project) -> None:
    """One team: the plan's "Vem ansvarar för vad?" names the roles of the start page's
    trygghetsteam (it said "kurator, specialpedagog och två lärare" of six people)."""
    school = example.school("ekbackens-skola")
    assert school is not None and len(school.safety_team) == 6
    page = plan_page(example, school)
    said = page[page.index("Trygghetsteamet\n:") :].split("\n\n")[0]
    assert "I teamet ingår biträdande rektor, kurator, specialpedagog, lärare i åk 2" in said
    assert said.rstrip().endswith("och fritidspedagog.")
