"""A plan's chart as a screen reader reads it: its name, one sentence of what it shows
and then the table it names (issue 18: role=img, title, desc, aria-describedby to the
table). The sentence names only figures the table shows, beside the same group; a
description that read every bar again was heard twice, 700 characters before the table.
The chart year by year names what it follows (measures, groups, aims and periods, as its
table's columns do), and the groups' chart how many groups it leaves out, withheld."""

from __future__ import annotations

import re

import pytest
from conftest import EXAMPLE_CONTENT, checked_project, plan_page

from generator.diagrams.bars import Bar, BarSection
from generator.model import Project
from generator.render.plan.takeaways import by_group, over_time

CHART = re.compile(
    r'<svg[^>]*role="img"[^>]*aria-describedby="([^" ]+) ([^"]+)"[^>]*>\s*'
    r"<title[^>]*>([^<]*)</title>\s*<desc[^>]*>([^<]*)</desc>"
)


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


@pytest.mark.parametrize("school_id", ["ekbackens-skola", "strandskolan"])
def test_each_chart_says_in_one_sentence_what_its_table_then_shows(
    example: Project, school_id: str
) -> None:
    school = example.school(school_id)
    assert school is not None
    page = plan_page(example, school)
    charts = CHART.findall(page)
    assert len(charts) >= 2  # the groups' chart and the one year by year
    for desc_id, table_id, _title, desc in charts:
        assert desc_id.endswith("-desc")
        table_start = page.index(f'id="{table_id}"')
        table = page[table_start : page.index("</div>\n</div>", table_start)]
        assert len(desc) < 260 and desc.count(". ") == 0 and desc.endswith(".")
        for group, figure in re.findall(
            r"(Åk \d+|Flickor|Pojkar)(?: och Åk \d+)? \((\d+ %)\)", desc
        ):
            assert re.search(rf"\| {group} \|[^\n]*\| {figure} \|", table), (group, figure)


def test_the_groups_sentence_names_the_highest_and_lowest_and_ties() -> None:
    bars = (Bar("Åk 4", 78, "78 %"), Bar("Åk 5", 86, "86 %"), Bar("Åk 6", 86, "86 %"))
    assert by_group([BarSection("Trygg", bars)]) == (
        "Trygg: högst Åk 5 och Åk 6 (86 %), lägst Åk 4 (78 %)."
    )


def test_the_yearly_sentence_counts_results_higher_and_lower_than_the_year_before() -> None:
    def series(before: float, now: float) -> BarSection:
        return BarSection(
            "x", (Bar("2025", before, f"{before:g} %"), Bar("2026", now, f"{now:g} %"))
        )

    alone = BarSection("y", (Bar("2026", 50, "50 %"),))  # no year before: not counted
    sections = [series(80, 85), series(20, 10), series(60, 60), alone]
    assert over_time(sections) == (
        "Jämfört med mätningen före var andelen högre i 1, lägre i 1 och lika i 1 av 3 resultat."
    )
    assert over_time([series(80, 85), series(1, 2)]) == (
        "Jämfört med mätningen före var andelen högre i alla 2 resultat."
    )
    # one result compared: not "i alla 1 resultat"
    assert over_time([series(80, 85), alone]) == "Jämfört med mätningen före var andelen högre."
    # a period without a value (its row says "visas inte") is no change
    gap = BarSection("z", (Bar("2025", 70, "70 %"), Bar("2026", 0, "visas inte", missing=True)))
    assert over_time([series(80, 85), gap]) == "Jämfört med mätningen före var andelen högre."


def test_the_yearly_chart_names_its_series_aims_and_periods_as_its_table(
    example: Project,
) -> None:
    school = example.school("strandskolan")
    assert school is not None
    page = plan_page(example, school)
    desc = next(d for _i, _t, title, d in CHART.findall(page) if "år för år" in title)
    assert desc.startswith(
        "Känner sig trygg i skolan (Åk 7, Åk 8, Åk 9; mål: minst 90 %) och Utsatt för "
        "sexuella trakasserier (Flickor, Pojkar; mål: högst 7 %), november 2024 och "
        "november 2025: jämfört med mätningen före"
    ), desc
    table = page[page.index('id="trend-metod-1"') :]
    assert "| november 2024 | november 2025 | Mål |" in table[: table.index("</div>")]


def test_the_groups_chart_counts_the_groups_it_leaves_out_and_the_note_names_them(
    example: Project,
) -> None:
    school = example.school("strandskolan")
    assert school is not None
    page = plan_page(example, school)
    desc = next(d for _i, _t, title, d in CHART.findall(page) if "per grupp" in title)
    assert desc.endswith("; 2 grupper visas inte, så att ingen kan kännas igen."), desc
    chart_end = page.index("</figure>", page.index('id="diagram-metod-1-desc"'))
    note = page[chart_end : page.index('id="resultat-metod-1"')]
    assert "Det här saknas i diagrammet:" in note
    assert (
        "- Visas inte, så att ingen kan kännas igen: Åk 8 och Elever i anpassad grundskola." in note
    )
    said = note.split("Det här saknas")[1].replace("Åk 8", "")
    assert not re.search(r"\d", said), "no figure of theirs: no share, no count"
