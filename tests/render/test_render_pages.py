"""What readers notice on the generated pages of the fixture school."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import posixpath
import re

import pytest
from render_html import Outline, render, unsafe_markup

from generator.diagrams.wheel import layout_wheel
from generator.model import (
    Contact,
    EarlierMeasure,
    EarlierPeriod,
    LegalBasis,
    Outcome,
    Project,
    School,
    Status,
)
from generator.model.status import on_day
from generator.render.school import GeneratedFile, navigation, render_school
from generator.text import listing


def _pages(project: Project, school: School, *, preview: bool = False) -> dict[str, str]:
    return {
        f.uri: f.content
        for f in render_school(project, school, preview=preview)
        if isinstance(f.content, str)
    }


@pytest.fixture(scope="module")
def pages(fixture_project: Project, lindskolan: School) -> dict[str, str]:
    return _pages(fixture_project, lindskolan)


def _row(page: str, start: str) -> str:
    return next(line for line in page.splitlines() if line.startswith(start))


def test_the_site_has_every_page(pages: dict[str, str]) -> None:
    assert sorted(pages) == [
        "arshjul.ics",
        "arshjul/index.md",
        "datapackage.json",
        "elev/mellanstadiet/index.md",
        "feed.xml",
        "index.md",
        "oppna-data/index.md",
        "plan/2025-26-atgarder.csv",
        "plan/2025-26-enkatresultat.csv",
        "plan/2025-26-fynd.csv",
        "plan/2025-26.json",
        "plan/2026-27-atgarder.csv",
        "plan/2026-27-enkatresultat.csv",
        "plan/2026-27-fynd.csv",
        "plan/2026-27.json",
        "rutiner/index.md",
        "sidor/fragor.md",
        "tillganglighet/index.md",
        "trygghetsplan/2025-26/index.md",
        "trygghetsplan/arkiv/index.md",
        "trygghetsplan/index.md",
    ]


def test_files_are_generated_file_objects(fixture_project: Project, lindskolan: School) -> None:
    files = render_school(fixture_project, lindskolan)
    assert all(isinstance(f, GeneratedFile) for f in files)
    assert len({f.uri for f in files}) == len(files)


def test_navigation_points_at_generated_pages(pages: dict[str, str], lindskolan: School) -> None:
    entries = navigation(lindskolan)
    assert entries[:4] == [
        {"Start": "index.md"},
        {"Trygghetsplan": "trygghetsplan/index.md"},
        {"Rutiner vid kränkning": "rutiner/index.md"},
        {"Årshjul": "arshjul/index.md"},
    ]
    assert all(uri in pages for entry in entries for uri in entry.values())
    assert entries[-1] == {"Tillgänglighet": "tillganglighet/index.md"}


def _markdown_pages(pages: dict[str, str]) -> dict[str, str]:
    """The pages written here (the student pages have their own tests)."""
    return {
        uri: text
        for uri, text in pages.items()
        if uri.endswith(".md") and not uri.startswith("elev/")
    }


def test_every_page_has_one_h1_and_no_skipped_heading_levels(pages: dict[str, str]) -> None:
    for uri, text in _markdown_pages(pages).items():
        levels = Outline(render(text)).headings
        assert levels.count(1) == 1 and levels[0] == 1, uri
        steps = [b - a for a, b in itertools.pairwise(levels)]
        assert max(steps, default=0) <= 1, (uri, levels)


def test_every_table_has_a_header_row_and_even_rows(pages: dict[str, str]) -> None:
    for uri, text in _markdown_pages(pages).items():
        outline = Outline(render(text))
        assert all(outline.header_rows), uri
        for rows in outline.tables:
            assert len(set(rows)) == 1, (uri, rows)


def test_links_inside_the_site_lead_somewhere(pages: dict[str, str]) -> None:
    for uri, text in _markdown_pages(pages).items():
        outline = Outline(render(text))
        for href in outline.links:
            target, _, anchor = href.partition("#")
            if re.match(r"[a-z]+:", target) or href == "#":  # "#": a blocked author link
                continue
            if not target:
                assert anchor in outline.ids, (uri, href)
                continue
            path = posixpath.normpath(posixpath.join(posixpath.dirname(uri), target))
            assert path in pages, (uri, href)
            if anchor and path.endswith(".md"):
                assert anchor in Outline(render(pages[path])).ids, (uri, href)


def test_pages_have_no_executable_markup(pages: dict[str, str]) -> None:
    for uri, text in _markdown_pages(pages).items():
        assert unsafe_markup(render(text), allow=frozenset({"svg"})) == [], uri


def test_hostile_content_shows_as_text(pages: dict[str, str]) -> None:
    start, plan = pages["index.md"], pages["trygghetsplan/index.md"]
    assert '&lt;script>alert("x")&lt;/script>' in start
    assert "Olle &lt;b>Berg&lt;/b>" in start
    assert "[Klicka här](#) &#123;: onclick" in plan
    assert "[Bild: spår](https://evil.example/p.png)" in plan
    assert "Inte med [den här länken](#)." in pages["sidor/fragor.md"]


def test_start_page_has_quick_links_and_contacts(pages: dict[str, str]) -> None:
    start = pages["index.md"]
    cards = [
        "[Har något hänt?](rutiner/index.md)",
        "[Trygghetsplanen](trygghetsplan/index.md)",
        "[Årshjulet](arshjul/index.md)",
        "[Elevversionen](elev/mellanstadiet/index.md)",
    ]
    assert all(card in start for card in cards)
    assert '<div class="trygg-cards" markdown>' in start
    assert "[eva.lind@strandvik.se](mailto:eva.lind@strandvik.se)" in start
    # A number is a link to call and never breaks between its groups ("08-465 004 / 31").
    number = '[<span class="trygg-nowrap">08-465 004 31</span>](tel:+46846500431)'
    assert number in start


def test_suppressed_survey_cells_are_not_shown(pages: dict[str, str]) -> None:
    row = _row(pages["trygghetsplan/index.md"], "| Åk 5 |")
    assert row == (
        '| Åk 5 | Trygg på rasterna | – | – <span class="trygg-suppressed">Visas inte: färre '
        "än 5 svar, eller döljs så att en mindre grupps resultat inte kan räknas fram.</span> |"
    )
    # With Åk 5 hidden alone, the sum of the groups would give it back: the smallest
    # other group is hidden with it, in the page and in the open data alike.
    assert _row(pages["trygghetsplan/index.md"], "| Åk 6 |").startswith(
        "| Åk 6 | Trygg på rasterna | – | – "
    )
    assert "87,5" not in pages["trygghetsplan/index.md"]
    data = json.loads(pages["plan/2026-27.json"])
    method = data["kartläggning"]["metoder"][0]
    assert [g["grupp"] for g in method["delresultat"]] == ["Åk 4"]
    assert method["utelämnade_delresultat"] == 2
    assert "87.5" not in pages["plan/2026-27.json"]


def test_evaluation_table_uses_last_periods_measures(pages: dict[str, str]) -> None:
    plan = pages["trygghetsplan/index.md"]
    assert "| Åtgärd | Mål eller önskad effekt | Resultat |" in plan
    first = _row(plan, "| [Rastvärdar]")
    assert first.startswith("| [Rastvärdar](2025-26/index.md#atgard-A1) | ")
    assert "Alla elever känner sig trygga på rasterna. Målnivå: Minst 90 %." in first
    assert "**Genomförd.** Andelen trygga på rasterna steg från 85 till 91 %." in first
    assert "*Lärdom:* Schemat för rastvärdar" in first
    second = _row(plan, "| [Faddergrupper]")
    assert "Eleverna träffas i faddergrupper" in second  # no goal: the description
    assert "**Inte genomförd.**" in second
    # A group below min_antal_svar is hidden with one other (Åk 6): 109 minus the group
    # shown is both together, so the total and the response rate TP203 asks for stay.
    assert "109 av 124 (88 %)" in plan
    assert "med totalen skulle man kunna räkna ut hur många" not in plan


def test_findings_have_anchors_and_measures_link_to_them(pages: dict[str, str]) -> None:
    plan = pages["trygghetsplan/index.md"]
    html = render(plan)
    assert {"fynd-F1", "fynd-F2", "fynd-F3", "atgard-A1", "atgard-A2"} <= Outline(html).ids
    assert "Bygger på\n:   [Elever blir utestängda ur gruppchattar.](#fynd-F1)" in plan
    assert "*Åtgärder:* [Chattregler](#atgard-A1)." in plan
    assert "skälet står i [analysen av fyndet](#orsak-F2-F3)" in plan


def test_a_fynd_is_named_by_its_text_where_a_guardian_meets_it(pages: dict[str, str]) -> None:
    """ "Fynd F1" alone means nothing to a guardian: the analysis's heading of one fynd and
    the table of grounds name it with its text, in whole words, never cut with "…"."""
    plan = pages["trygghetsplan/index.md"]
    assert "### Elever blir utestängda ur gruppchattar {#orsak-F1}" in plan
    assert (
        '| <a id="grund-alder"></a>Ålder '
        "| [Yngre elever får inte vara med i fotbollen](#fynd-F2). |" in plan
    )
    assert "### Fynd F1" not in plan
    assert "…" not in plan


def test_measures_are_split_into_promoting_and_preventive(pages: dict[str, str]) -> None:
    plan = pages["trygghetsplan/index.md"]
    promoting = plan.index("### Främjande åtgärder")
    preventive = plan.index("### Förebyggande åtgärder")
    assert promoting < preventive < plan.index("#### Chattregler {#atgard-A1}")
    assert "Planen har inga främjande åtgärder den här perioden." in plan


def test_plan_sections_come_in_canonical_order(pages: dict[str, str]) -> None:
    plan = pages["trygghetsplan/index.md"]
    anchors = [
        "vision",
        "utvardering",
        "kartlaggning",
        "analys",
        "mal-och-atgarder",
        "riktlinjer-och-rutiner",
        "samverkan-och-forankring",
        "uppfoljning",
        "begrepp",
    ]
    positions = [plan.index(f"{{#{a}}}") for a in anchors]
    assert positions == sorted(positions)


def test_archive_lists_every_plan_and_earlier_plans_point_back(pages: dict[str, str]) -> None:
    archive = pages["trygghetsplan/arkiv/index.md"]
    assert "[Trygghetsplan för läsåret 2026/27 (den senaste)](../index.md)" in archive
    assert "[Trygghetsplan för läsåret 2025/26](../2025-26/index.md)" in archive
    earlier = pages["trygghetsplan/2025-26/index.md"]
    assert "[den senaste trygghetsplanen](../index.md)" in earlier  # no day: as the archive
    assert "[rutinerna vid kränkning](../../rutiner/index.md)" in earlier
    assert "trygghetsplan/2026-27/index.md" not in pages


@pytest.mark.parametrize(
    ("today", "starts", "told"),
    [
        ("2026-11-25", "2026-08-17", "[den gällande trygghetsplanen](../index.md)."),
        (
            "2026-11-25",
            "2026-12-01",
            "[den kommande trygghetsplanen](../index.md), som börjar gälla 1 december 2026.",
        ),
        (
            "2027-09-01",
            "2026-08-17",
            "[den senaste trygghetsplanen](../index.md), som gällde till 15 augusti 2027.",
        ),
    ],
)
def test_an_earlier_plan_links_the_plan_page_by_what_it_shows(
    fixture_project: Project, lindskolan: School, today: str, starts: str, told: str
) -> None:
    """The plan page shows the plan in force, else the next one, else the expired newest:
    the earlier plan's note never calls a plan gällande that is not."""
    newest = dataclasses.replace(lindskolan.plans[-1], valid_from=dt.date.fromisoformat(starts))
    school = on_day(
        dataclasses.replace(lindskolan, plans=(*lindskolan.plans[:-1], newest)),
        dt.date.fromisoformat(today),
    )
    earlier = _pages(fixture_project, school)["trygghetsplan/2025-26/index.md"]
    assert f"Läs {told}" in earlier


def test_gaps_are_marked_only_in_preview(fixture_project: Project, lindskolan: School) -> None:
    published = _pages(fixture_project, lindskolan)
    preview = _pages(fixture_project, lindskolan, preview=True)
    assert not any("trygg-gap" in text for text in published.values())
    plan = preview["trygghetsplan/index.md"]
    assert '<span class="trygg-gap">Saknas: hur eleverna får veta</span>' in plan
    assert '<span class="trygg-gap">Saknas: vilka som var delaktiga i utvärderingen</span>' in plan
    assert "Så får eleverna veta\n:   <span" not in published["trygghetsplan/index.md"]


def test_routines_page_shows_flows_as_figure_and_list(pages: dict[str, str]) -> None:
    routines = pages["rutiner/index.md"]
    assert routines.count('<figure class="trygg-figure" aria-labelledby="flode-') == 2
    assert routines.count('<ol class="trygg-flow">') == 2
    assert "- Personal anmäler till rektor: **samma dag**." in routines
    assert "## Vem kan jag vända mig till? {#kontaktpersoner}" in routines
    assert "**Rektor:** Eva Lind" in routines
    assert "## Konsekvenstrappa" not in routines  # the plan has none and no rules link


def test_the_routines_page_lists_every_holder_of_a_role(
    fixture_project: Project, lindskolan: School
) -> None:
    mentors = (Contact("Mentor", "Anna Berg", "anna.berg@x.se"), Contact("Mentor", "Per Ek"))
    school = dataclasses.replace(lindskolan, contacts=(*lindskolan.contacts, *mentors))
    routines = _pages(fixture_project, school)["rutiner/index.md"]
    row = _row(routines, "- **Mentor:**")
    assert "Anna Berg" in row and "Per Ek" in row


def test_cycle_table_follows_the_cycles_months(pages: dict[str, str]) -> None:
    cycle = pages["arshjul/index.md"]
    months = re.findall(r"^\| (Augusti|Oktober|Maj)[^|]*\| \*\*(\d+)\.", cycle, flags=re.MULTILINE)
    assert months == [("Augusti", "1"), ("Oktober", "2"), ("Maj", "3")]  # the wheel's numbers
    assert "| Oktober (vecka 42) | **2. Trygghetsenkät** | Kartläggning |" in cycle
    assert "[Prenumerera på årshjulet i din kalender](../arshjul.ics)" in cycle
    assert pages["arshjul.ics"].startswith("BEGIN:VCALENDAR")


def test_the_cycle_table_numbers_the_activities_as_the_wheel_does(
    fixture_project: Project, lindskolan: School
) -> None:
    """Two activities in one month, the one without a week written first: the wheel puts
    the one with a week first, and so does the table, with the wheel's numbers."""
    cycle = lindskolan.annual_cycle
    first, *rest = cycle.activities
    loose = dataclasses.replace(first, id="lös", name="Utan vecka", month="maj", week=None)
    fixed = dataclasses.replace(first, id="fast", name="Vecka 19", month="maj", week=19)
    activities = (*rest, loose, fixed)
    school = dataclasses.replace(
        lindskolan, annual_cycle=dataclasses.replace(cycle, activities=activities)
    )
    page = _pages(fixture_project, school)["arshjul/index.md"]
    rows = re.findall(r"^\| Maj[^|]*\| \*\*(\d+)\. ([^*]+)\*\*", page, flags=re.MULTILINE)
    numbers = {name: int(n) for n, name in rows}
    assert numbers["Vecka 19"] < numbers["Utan vecka"]
    wheel = {m.activity.name: m.number for m in layout_wheel(school.annual_cycle).markers}
    assert {name: wheel[name] for name in numbers} == numbers


def test_accessibility_statement_has_what_digg_requires(pages: dict[str, str]) -> None:
    statement = pages["tillganglighet/index.md"]
    for expected in (
        "Strandviks kommun står bakom webbplatsen Lindskolan",
        "delvis förenlig med lagen (2018:1937)",
        "## Innehåll som inte är tillgängligt",
        "*Orsak:*",
        "Vi gjorde bedömningen den 15 augusti 2026. Metod:",
        "uppdaterades senast den 15 augusti 2026",
        "(mailto:kvalitet.trygghet@strandvik.se)",
        "(https://www.digg.se/tdosanmalan)",
    ):
        assert expected in statement


def test_free_page_keeps_one_h1(pages: dict[str, str]) -> None:
    page = pages["sidor/fragor.md"]
    assert page.startswith("# Frågor och svar\n\n## Vanliga frågor")
    assert "<pre><code>&#60;kod&#62; visas som den är &#60;&#47;kod&#62;</code></pre>" in page


def test_school_without_a_plan(fixture_project: Project, lindskolan: School) -> None:
    school = dataclasses.replace(lindskolan, plans=())
    pages = _pages(fixture_project, school, preview=True)
    assert not any(uri.startswith(("trygghetsplan/", "plan/", "elev/")) for uri in pages)
    assert "arshjul.ics" not in pages
    assert "Skolan har ännu ingen publicerad trygghetsplan." in pages["index.md"]
    assert "(trygghetsplan/index.md)" not in pages["index.md"]
    assert {"Trygghetsplan": "trygghetsplan/index.md"} not in navigation(school)


def test_missing_rules_are_a_gap_except_in_a_preschool(
    fixture_project: Project, lindskolan: School
) -> None:
    marker = "Saknas: konsekvenstrappa eller länk till ordningsreglerna"
    school_pages = _pages(fixture_project, lindskolan, preview=True)
    assert marker in school_pages["rutiner/index.md"]
    preschool = dataclasses.replace(lindskolan, school_forms=("förskola",), grades="")
    preschool_pages = _pages(fixture_project, preschool, preview=True)
    assert marker not in preschool_pages["rutiner/index.md"]
    assert "Om förskolan eller huvudmannen inte gör något" in preschool_pages["rutiner/index.md"]
    assert (
        "Planen beskriver hur Lindskolan arbetar för att alla barn ska vara trygga"
        in (preschool_pages["trygghetsplan/index.md"])
    )


def test_rules_link_from_the_school(fixture_project: Project, lindskolan: School) -> None:
    school = dataclasses.replace(lindskolan, rules_link="https://skolor.strandvik.se/regler")
    routines = _pages(fixture_project, school)["rutiner/index.md"]
    assert "## Ordningsregler {#ordningsregler}" in routines
    assert "[Läs skolans ordningsregler](https://skolor.strandvik.se/regler)." in routines


def _with_new_fields(project: Project, school: School) -> dict[str, str]:
    """The fixture's current plan with the fields of issue 15 written, and its first plan as
    a school's first in trygg, with last year's measures told in brief."""
    first, current = school.plans
    goals = (dataclasses.replace(current.goals[0], grounds=("kön", "kränkande_behandling")),)
    measures = tuple(
        dataclasses.replace(m, grounds=("kön",)) if i == 0 else m
        for i, m in enumerate(current.measures)
    )
    current = dataclasses.replace(
        current,
        introduction="Planen ska göra Lindskolan *tryggare*.",
        legal_basis=(
            LegalBasis("Skollagen (2010:800)", "6 kap.", "Planen varje år."),
            LegalBasis("Diskrimineringslagen (2008:567)"),
        ),
        responsibilities=(("rektor", "Rektor leder arbetet."), ("Elevhälsan", "Stöttar.")),
        goals=(*goals, *current.goals[1:]),
        measures=measures,
    )
    told = EarlierPeriod(first.period, (EarlierMeasure("R1", "Rastvärdar", "Lugnare raster"),))
    evaluation = dataclasses.replace(
        first.evaluation, outcomes=(Outcome("R1", Status.PARTLY, "Bara på hösten."),)
    )
    first = dataclasses.replace(first, earlier_period=told, evaluation=evaluation)
    return _pages(project, dataclasses.replace(school, plans=(first, current)))


def test_the_new_plan_fields_are_where_a_reader_expects_them(
    fixture_project: Project, lindskolan: School
) -> None:
    plan = _with_new_fields(fixture_project, lindskolan)["trygghetsplan/index.md"]
    assert plan.index("Planen ska göra Lindskolan *tryggare*.") < plan.index("{#vision}")
    assert "Planen beskriver hur" not in plan  # the plan's own inledning replaces the default
    assert "- **Skollagen (2010:800), 6 kap.:** Planen varje år.\n" in plan
    assert "- Diskrimineringslagen (2008:567)\n" in plan
    responsibilities = plan[plan.index("{#ansvarsfordelning}") : plan.index("{#utvardering}")]
    assert "Rektor\n:   Rektor leder arbetet." in responsibilities
    assert "Elevhälsan\n:   Stöttar." in responsibilities


def test_goals_and_measures_are_shown_per_ground(
    fixture_project: Project, lindskolan: School
) -> None:
    plan = _with_new_fields(fixture_project, lindskolan)["trygghetsplan/index.md"]
    table = plan[plan.index("{#per-grund}") : plan.index("{#framjande}")]
    measure = lindskolan.plans[-1].measures[0]
    link = f"[{measure.title}](#atgard-{measure.id})"
    tagged, reached = lindskolan.plans[-1].goals[:2]
    assert measure.goal_id == reached.id  # the åtgärd leads to M2, which has no grund
    goals = f"[{tagged.text}](#mal-M1)<br>[{reached.text}](#mal-M2)"
    assert f"| Kön | {goals} | {link} |" in table
    assert f"| Kränkande behandling | {goals} | {link} |" in table  # it builds on such a fynd
    assert "Inga mål eller åtgärder är knutna till grunderna könsöverskridande identitet" in table
    assert "Gäller\n:   Kön\n" in plan


def test_the_ground_table_names_kranking_apart_from_the_grounds(pages: dict[str, str]) -> None:
    """Kränkande behandling is no diskrimineringsgrund: the heading names it beside them,
    and the grounds nothing works on are listed so that each one's own "eller" reads as
    part of its name (not "identitet eller uttryck eller religion eller …")."""
    plan = pages["trygghetsplan/index.md"]
    heading = "### Mål och åtgärder per diskrimineringsgrund och mot kränkande behandling"
    assert heading in plan
    table = plan[plan.index("{#per-grund}") : plan.index("{#framjande}")]
    assert "| Gäller | Mål | Åtgärder |" in table
    assert (
        "Inga mål eller åtgärder är knutna till grunderna kön, könsöverskridande identitet eller "
        "uttryck, etnisk tillhörighet, religion eller annan trosuppfattning, funktionsnedsättning "
        "och sexuell läggning.\n"
    ) in table
    two = ["könsöverskridande identitet eller uttryck", "religion eller annan trosuppfattning"]
    assert listing(two) == (
        "könsöverskridande identitet eller uttryck, och religion eller annan trosuppfattning"
    )


def test_a_measure_works_on_the_ground_of_the_fynd_it_builds_on(pages: dict[str, str]) -> None:
    """No goal or measure is tagged with a grund, but each measure builds on a fynd that
    is (`adresserar`): the table shows them by the fynd's grund, and the mål a measure
    leads to (`mål`) with it; a measure without a mål leaves the column at a dash."""
    plan = pages["trygghetsplan/index.md"]
    table = plan[plan.index("{#per-grund}") : plan.index("{#framjande}")]
    assert "| Ålder | – | [Fotbollsschema](#atgard-A2) |" in table
    assert "| Kränkande behandling | [" in table
    assert "](#mal-M2) | [Chattregler](#atgard-A1) |" in table
    assert "Inga mål eller åtgärder är knutna till grunderna kön, könsöverskridande" in table


def test_no_ground_table_when_nothing_works_on_a_ground(
    fixture_project: Project, lindskolan: School
) -> None:
    first, current = lindskolan.plans
    findings = tuple(dataclasses.replace(f, tags=()) for f in current.survey.findings)
    survey = dataclasses.replace(current.survey, findings=findings)
    school = dataclasses.replace(
        lindskolan, plans=(first, dataclasses.replace(current, survey=survey))
    )
    plan = _pages(fixture_project, school)["trygghetsplan/index.md"]
    assert "{#per-grund}" not in plan
    assert "{#rattslig-grund}" not in plan


def test_last_periods_measures_told_in_brief_are_evaluated_by_title(
    fixture_project: Project, lindskolan: School
) -> None:
    first = _with_new_fields(fixture_project, lindskolan)["trygghetsplan/2025-26/index.md"]
    assert "Den planen finns inte publicerad här." in first
    assert "| Rastvärdar | Lugnare raster | **Delvis genomförd.** Bara på hösten. |" in first


def test_contact_roles_take_their_details_from_the_school(
    fixture_project: Project, lindskolan: School
) -> None:
    plan = lindskolan.plans[-1]
    routines = dataclasses.replace(plan.routines, contact_roles=("kurator", "Trygghetsteamet"))
    school = dataclasses.replace(
        lindskolan,
        plans=(*lindskolan.plans[:-1], dataclasses.replace(plan, routines=routines)),
    )
    page = _pages(fixture_project, school)["rutiner/index.md"]
    mail = "kurator.lindskolan@strandvik.se"
    assert f"- **Kurator:** [{mail}](mailto:{mail})" in page
    # On paper with the address of the page that lists the team
    assert "- **[Trygghetsteamet](../index.md#trygghetsteamet){ data-adress=" in page


def test_a_measure_told_in_brief_without_its_aim_does_not_point_to_an_unpublished_plan(
    fixture_project: Project, lindskolan: School
) -> None:
    first, current = lindskolan.plans
    told = EarlierPeriod(first.period, (EarlierMeasure("R1", "Rastvärdar"),))
    evaluation = dataclasses.replace(
        first.evaluation, outcomes=(Outcome("R1", Status.DONE, "Hela året."),)
    )
    first = dataclasses.replace(first, earlier_period=told, evaluation=evaluation)
    school = dataclasses.replace(lindskolan, plans=(first, current))
    page = _pages(fixture_project, school)["trygghetsplan/2025-26/index.md"]
    assert "| Rastvärdar | Ej angivet. | **Genomförd.** Hela året. |" in page
    assert "Står i förra årets plan" not in page
