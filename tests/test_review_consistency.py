"""The granskning reads alike in `trygg granska`'s document and in the portal: the same
statuses in the same order, the same headings, the same words for a handläggare, units
and grounds by their names, and sentences that start with a capital."""

from __future__ import annotations

import html
import re

import pytest

from generator import codes
from generator.model import Project
from generator.problems import Location
from generator.review.document import render_review_document
from generator.review.model import Review
from generator.review.pages import GROUNDS, OVERVIEW, review_pages, unit_uri
from tests.test_review import TODAY, _three_units, build_review, project
from tests.test_review_document import _cases

__all__ = ["project"]  # the fixture

TAGS = re.compile(r"<[^>]+>")


@pytest.fixture
def cases(project: Project) -> Review:
    return _cases(project)


def _text(markup: str) -> str:
    return html.unescape(TAGS.sub("", markup)).replace("\u00ad", "")


def _document_statuses(document: str) -> list[str]:
    table = document.split("| Status | Enheter |", 1)[1].split("\n\n", 1)[0]
    return [row.split(" | ")[0].removeprefix("| ") for row in table.splitlines()[2:]]


def _portal_statuses(overview: str) -> list[str]:
    groups = overview.split('id="filter-status"', 1)[1].split('id="filter-resultat"', 1)[0]
    found = re.findall(r'<h3 id="[^"]+">(.*?) \(\d+\)</h3>', groups)
    return [_text(label) for label in found]


def test_the_document_and_the_portal_list_the_statuses_in_one_order(cases: Review) -> None:
    document = _document_statuses(render_review_document(cases))
    portal = _portal_statuses(dict(review_pages(cases))[OVERVIEW])
    assert portal[0] == "Gällande plan" and "Plan saknas" in portal
    assert document == portal  # one name per status: the units not published, not reviewed


def _document_unit(document: str, unit_id: str) -> str:
    return document.split(f"{{#enhet-{unit_id}}}", 1)[1].split("\n### ", 1)[0]


def test_a_unit_has_the_same_headings_and_columns_in_the_document_and_the_portal(
    cases: Review,
) -> None:
    document = render_review_document(cases)
    pages = dict(review_pages(cases))
    unit = next(u for u in cases.units if u.grounds and u.changes.has_previous)
    section = _document_unit(document, unit.id)
    page = pages[unit_uri(unit)]
    headings = [_text(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", page)]
    assert headings == re.findall(r"^#### (.+)$", section, re.MULTILINE)
    assert "Åtgärder jämfört med förra perioden" in headings
    ground_heads = [_text(h) for h in re.findall(r"<th scope=\"col\">(.*?)</th>", page)][-3:]
    assert f"| {' | '.join(ground_heads)} |" in section
    overview = re.findall(r'<th scope="col">(.*?)</th>', pages[OVERVIEW].split("efter-behov")[2])
    assert f"| {' | '.join(_text(h) for h in overview[:6])} |" in document
    assert "## Översikt efter behov" in document


def test_the_handlaggare_reads_no_developer_words(cases: Review) -> None:
    """Severity as the handläggare says it (Upplysning, not Info), no command to run, and
    each code still linked to its rule in the portal."""
    document = render_review_document(cases)
    pages = dict(review_pages(cases))
    for text in (document, *(_text(page) for page in pages.values())):
        assert "trygg check" not in text
        assert not re.search(r"\bInfo\b", text)
    assert "Fel ska rättas, varningar bör ses över och upplysningar är för kännedom." in document
    unit = next(u for u in cases.units if u.findings)
    page = pages[unit_uri(unit)]
    assert '<th scope="col">Upplysningar</th>' in page
    code = unit.findings[0].code
    assert re.search(rf'<a href="[./]*regler/[a-z-]+/#{code.lower()}">{code}</a>', page)


def test_every_finding_reads_as_a_sentence_from_its_capital(project: Project) -> None:
    """A check's message starts in lower case ("delresultatet för Åk 8 visas inte"); in
    the granskning it is a sentence, and the field it names stands with its place."""
    plan = "content/skolor/alby/trygghetsplan/2026-27.yml"
    problems = [
        codes.problem(
            "TP403",
            Location(plan, 102, 11),
            "delresultatet för Åk 8 visas inte",
            field="kartläggning.metoder[0]",
        ),
        codes.problem("TP300", Location("content/huvudman.yml", 4, 1), "skolan 'alby' saknas"),
    ]
    review = build_review(_three_units(project), problems, TODAY)
    document = render_review_document(review)
    assert "\n  Delresultatet för Åk 8 visas inte" in document
    assert f"Plats: `{plan}:102:11`, fältet `kartläggning.metoder[0]`" in document
    assert "\n  Skolan 'alby' saknas" in document
    pages = dict(review_pages(review))
    unit = pages[unit_uri(next(u for u in review.units if u.id == "alby"))]
    assert "visas inte: Delresultatet för Åk 8 visas inte" in unit
    assert f"<code>{plan}:102:11</code>, fältet <code>kartläggning.metoder[0]</code>" in unit
    overview = pages[OVERVIEW]
    assert re.search(r'<a href="[./]*regler/[a-z-]+/#tp300">TP300</a> [^<]+: Skolan', overview)


GROUND_NAMES = (
    "Kön",
    "Könsöverskridande identitet eller uttryck",
    "Etnisk tillhörighet",
    "Religion eller annan trosuppfattning",
    "Funktionsnedsättning",
    "Sexuell läggning",
    "Ålder",
)


def test_the_grounds_are_named_whole_in_every_table_and_chart(cases: Review) -> None:
    """The grounds page's table and heat map name each ground as the unit's table and the
    document do (`vocabulary.terms.TERMS`), not by an abbreviation ("Sexuell l.")."""
    page = dict(review_pages(cases))[GROUNDS]
    heads = [_text(h) for h in re.findall(r'<th scope="col">(.*?)</th>', page)]
    assert tuple(heads[1:]) == GROUND_NAMES
    desc = _text(re.findall(r"<desc[^>]*>(.*?)</desc>", page)[0])
    assert all(f"{name}: " in desc for name in GROUND_NAMES)
    shown = "".join(_text(t) for t in re.findall(r"<tspan[^>]*>(.*?)</tspan>", page))
    for name in GROUND_NAMES:
        assert name.replace(" ", "") in shown.replace("-", "").replace(" ", ""), name
    document = render_review_document(cases)
    assert all(f"| {name} | " in document for name in GROUND_NAMES)


def test_a_unit_is_called_by_its_name_with_its_folder_where_that_helps(cases: Review) -> None:
    """A unit not reviewed is named as its skola.yml names it; the document's table says its
    folder too, where the errors are. A unit without a plan covers no grounds: "–"."""
    document = render_review_document(cases)
    assert "| Trasiga skolan (trasig) | Planfil finns" in document
    overview = dict(review_pages(cases))[OVERVIEW]
    planless = next(u for u in cases.units if not u.grounds)
    row = next(r for r in overview.split("<tr>") if f">{html.escape(planless.name)}</a>" in r)
    assert row.endswith("<td>–</td></tr>") and "av 7" not in row
