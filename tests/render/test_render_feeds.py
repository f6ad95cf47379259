"""The Atom feeds and the open data files (CSV, datapackage.json), as a reader's programs
read them: valid against their specifications, stable, and nothing a spreadsheet runs."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import EXAMPLE_CONTENT, checked_project
from opendata_checks import ATOM, atom_problems, package_problems

from generator.model import Project, School
from generator.model.disclosure import COMPLEMENT, PRIMARY
from generator.model.status import on_day
from generator.model.summary import summarise
from generator.render.feed import FeedEntry, atom, feed_files, portal_feed, school_feed
from generator.render.opendata.package import package_file
from generator.render.opendata.plan_tables import plan_tables
from generator.render.opendata.tables import Column, Table, csv_text
from generator.render.school import render_school
from generator.render.site import school_site
from generator.site.lastlook import scan_html
from generator.vocabulary import OPEN_DATA_LICENCES

SITE = "https://skolor.example.se/solskolan/"
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.fixture(scope="module")
def example() -> Project:
    return checked_project(EXAMPLE_CONTENT)


def _school(project: Project, school_id: str) -> School:
    school = project.school(school_id)
    assert school is not None
    return school


def _part(element: ET.Element, name: str) -> bytes:
    found = element.find(f"{ATOM}{name}")
    assert found is not None, name
    return ET.tostring(found)


def _entries(feed: str) -> list[ET.Element]:
    return ET.fromstring(feed).findall(f"{ATOM}entry")


def test_a_feed_is_valid_atom_with_every_decided_plan_dated_page_and_report(
    example: Project,
) -> None:
    school = _school(example, "strandskolan")
    (feed,) = school_feed("https://skolor.strandvik.se/strandskolan/", school)
    assert atom_problems(str(feed.content)) == []
    entries = _entries(str(feed.content))
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    # Newest first; the page without a datum (trygghetsteamet.md) is left out.
    assert titles == [
        "Trygghetsvandring med elevrådet, hösten 2026",
        "Ordningsregler",
        "Trygghetsplan för läsåret 2026/27",
        "Trygghetsplan för läsåret 2025/26",
    ]
    updated = ET.fromstring(str(feed.content)).findtext(f"{ATOM}updated")
    assert updated == entries[0].findtext(f"{ATOM}updated") == "2026-10-14T00:00:00Z"


def test_an_entry_keeps_its_id_when_its_plan_becomes_the_current_one(example: Project) -> None:
    """The 2026/27 plan is kommande in July and current in September: its page moves to
    trygghetsplan/, its id stays."""
    school = _school(example, "ekbackens-skola")

    def plan_entry(day: dt.date) -> tuple[str | None, str | None]:
        (feed,) = school_feed(SITE, on_day(school, day))
        entry = next(
            e for e in _entries(str(feed.content)) if "2026/27" in str(e.findtext(f"{ATOM}title"))
        )
        link = entry.find(f"{ATOM}link")
        return entry.findtext(f"{ATOM}id"), link.get("href") if link is not None else None

    assert plan_entry(dt.date(2026, 7, 1)) == (
        f"{SITE}trygghetsplan/2026-27/",
        f"{SITE}trygghetsplan/2026-27/",
    )
    assert plan_entry(dt.date(2026, 9, 1)) == (
        f"{SITE}trygghetsplan/2026-27/",
        f"{SITE}trygghetsplan/",
    )


def test_the_portal_feed_has_the_same_entries_as_the_unit_feeds(example: Project) -> None:
    """The portal makes its entries from each unit's summary, without its model, and
    titles them with the unit's name."""
    day = dt.date(2026, 9, 1)
    schools = [on_day(school, day) for school in example.schools]
    (portal,) = portal_feed(
        "Strandviks kommun", "https://skolor.strandvik.se", map(summarise, schools), day
    )
    assert atom_problems(str(portal.content)) == []
    found = {e.findtext(f"{ATOM}id"): e for e in _entries(str(portal.content))}
    assert any(school.reports for school in schools)
    for school in schools:
        address = f"https://skolor.strandvik.se/{school.id}/"
        (own,) = school_feed(address, school)  # as the school's site has it: with its reports
        for entry in _entries(str(own.content)):
            twin = found.pop(str(entry.findtext(f"{ATOM}id")))
            assert (
                twin.findtext(f"{ATOM}title") == f"{school.name}: {entry.findtext(f'{ATOM}title')}"
            )
            for part in ("updated", "link", "summary", "author"):
                assert _part(twin, part) == _part(entry, part)
    assert found == {}


def test_author_text_is_escaped_and_the_feed_is_the_same_every_time() -> None:
    name = 'Skolan <script>alert("x")</script> & Co'
    entry = FeedEntry(
        f"{SITE}sidor/a/",
        f"{SITE}sidor/a/",
        "Regler & <rutiner>",
        dt.date(2026, 9, 1),
        name,
        "1 < 2",
    )
    text = atom(name, SITE, [entry])
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert atom_problems(text) == []
    feed = ET.fromstring(text)
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == name
    assert feed.findtext(f"{ATOM}entry/{ATOM}title") == "Regler & <rutiner>"
    assert atom(name, SITE, [entry]) == text


def test_no_feed_without_an_address_or_without_entries() -> None:
    entry = FeedEntry(f"{SITE}a/", f"{SITE}a/", "A", dt.date(2026, 9, 1), "Skolan")
    assert feed_files("Skolan", "", [entry]) == []
    assert feed_files("Skolan", SITE, []) == []


def test_every_page_announces_the_feed_but_the_internal_build_has_none(example: Project) -> None:
    school = _school(example, "strandskolan")
    args = (example, school, EXAMPLE_CONTENT)
    public = school_site(*args, today=dt.date(2026, 9, 1))
    assert public.theme_values["flode"] == "Nytt från Strandskolan"
    assert "feed.xml" in {f.uri for f in public.files}
    internal = school_site(*args, today=dt.date(2026, 9, 1), drafts=True)
    assert "flode" not in internal.theme_values
    assert "feed.xml" not in {f.uri for f in internal.files}
    found = {f.uri: str(f.content) for f in internal.files}
    assert "feed.xml" not in found["oppna-data/index.md"] + found["datapackage.json"]


@pytest.mark.parametrize(
    "start",
    [
        "=",
        "+",
        "-",
        "@",
        "\t",
        "\r",
        " =",
        "  @",
        "\u00a0+",
        "\n=",
        "\u3000-",
        "＝",
        "＋",
        "－",
        "＠",
    ],
)
def test_a_cell_a_spreadsheet_would_run_is_made_text(start: str) -> None:
    formula = f'{start}HYPERLINK("https://example.com","klicka")'
    columns = (Column("text", "string", "En text."), Column("antal", "integer", "Ett tal."))
    table = Table("x.csv", "X", columns, ((formula, 3), ("vanlig text", None)))
    rows = list(csv.reader(io.StringIO(csv_text(table), newline="")))
    assert rows == [["text", "antal"], [f"'{formula}", "3"], ["vanlig text", ""]]


def test_survey_results_withhold_what_the_page_withholds(example: Project) -> None:
    plan = _school(example, "strandskolan").plans[-1]
    results = next(t for t in plan_tables(plan) if t.uri.endswith("-enkatresultat.csv"))
    rows = list(csv.DictReader(io.StringIO(csv_text(results), newline="")))
    released = [g for m in plan.survey.methods for g in m.released.groups]
    assert [r["grupp"] for r in rows] == [g.group for g in released]
    withheld = [r for r in rows if r["utelämnat"]]
    # a group with few answers and one withheld to protect it read alike, as on the page:
    # told apart beside the whole's answers, they give the small group's count
    assert {g.withheld for g in released if g.withheld} == {PRIMARY, COMPLEMENT}
    assert {r["utelämnat"] for r in withheld} == {"skyddat"}
    assert all(r["antal_svar"] == "" and r["andel"] == "" for r in withheld)
    shown = [g for g in released if not g.withheld]
    assert [int(r["antal_svar"]) for r in rows if not r["utelämnat"]] == [
        g.responses for g in shown
    ]


def test_every_school_datapackage_is_valid_and_describes_its_files(
    example: Project, tmp_path: Path
) -> None:
    for school in example.schools:
        folder = tmp_path / school.id
        for generated in render_school(example, school):
            path = folder / generated.uri
            path.parent.mkdir(parents=True, exist_ok=True)
            data = generated.content
            path.write_bytes(data.encode() if isinstance(data, str) else data)
        assert package_problems(folder) == [], school.id
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        described = {r["path"] for r in package["resources"]}
        data = {"**/*.csv", "plan/*.json", "feed.xml", "arshjul.ics"}
        published = {p.relative_to(folder).as_posix() for g in data for p in folder.glob(g)}
        assert published == described
        assert package["licenses"][0]["name"] == "CC0-1.0"


def test_the_licence_comes_from_huvudman_yml(example: Project) -> None:
    organiser = dataclasses.replace(example.organiser, open_data_licence="CC-BY-4.0")
    school = _school(example, "strandskolan")
    text = str(
        package_file(
            school.id, "X", organiser.open_data_licence, plan_tables(school.plans[-1]), []
        ).content
    )
    assert json.loads(text)["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0",
        }
    ]


def test_the_schema_allows_exactly_the_licences_trygg_can_describe() -> None:
    schema = json.loads((SCHEMAS / "huvudman.schema.json").read_text(encoding="utf-8"))
    allowed = schema["properties"]["öppna_data"]["properties"]["licens"]["enum"]
    assert sorted(allowed) == sorted(OPEN_DATA_LICENCES)


def test_without_webbplats_there_is_no_feed_and_no_link(example: Project) -> None:
    organiser = dataclasses.replace(example.organiser, website="")
    project = dataclasses.replace(example, organiser=organiser)
    school = _school(example, "strandskolan")
    site = school_site(project, school, EXAMPLE_CONTENT, today=dt.date(2026, 9, 1))
    assert "flode" not in site.theme_values
    assert "feed.xml" not in {f.uri for f in site.files}
    assert "feed.xml" not in next(f for f in site.files if f.uri == "oppna-data/index.md").content


def test_the_last_look_passes_a_feed_but_not_a_link_that_runs_script() -> None:
    """A feed is scanned as a browser would show it: its links name pages, fetch nothing."""
    entry = FeedEntry(f"{SITE}a/", f"{SITE}a/", "A", dt.date(2026, 9, 1), "Skolan")
    text = atom("Skolan", SITE, [entry])
    assert list(scan_html(text, frozenset())) == []
    hostile = text.replace(f'href="{SITE}a/"', 'href="javascript:alert(1)"')
    assert list(scan_html(hostile, frozenset())) == ["<a href> med en otillåten adress"]
    fetching = text.replace('rel="self"', 'rel="stylesheet"')
    assert list(scan_html(fetching, frozenset())) == ["<link href> hämtar från en annan värd"]
