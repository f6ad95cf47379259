"""`trygg granska`'s document (issue 20): the review model as plain Markdown that the central
unit sends on and files; no HTML, and no unit name or åtgärd can add formatting or links."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from pathlib import Path

import markdown
import pytest
from markdown_it import MarkdownIt
from material.extensions.emoji import to_svg, twemoji
from selectolax.lexbor import LexborHTMLParser

from generator.build.pdf.review import review_print_page
from generator.check.planfiles import PlanFiles
from generator.check.run import check_content
from generator.model import Project
from generator.model.summary import summarise
from generator.problems import Severity
from generator.review.assembly import build_review, unit_review, with_organiser
from generator.review.document import Filing, render_review_document, unit_section
from generator.review.model import Review, Unread
from generator.review.pages import review_pages
from generator.review.plaintext import md_text
from tests.golden_support import assert_golden
from tests.test_review import PLAN, TODAY, _copy, _problem, _three_units, project

__all__ = ["project"]  # the fixture

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden" / "granskning"
HOSTILE = (
    "<script>alert(1)</script> *Skola* [länk](https://example.org) | `kod` _x_ ~s~ &amp; {#fel}"
)
TAGS = re.compile(r"<[A-Za-z/!?]")
SECRET = "Zebrafinkarnas hemliga rastlek"  # an åtgärd of a plan that is withheld
PUPIL = "Pelle Zebrafink 19121212-1212"

DRAFT_ENDS = dt.date(2027, 8, 15)  # the last day of the utkast some units have


def _example() -> Review:
    checked = check_content(ROOT / "content", today=TODAY)
    assert checked.organiser is not None
    summaries = [s.summary for s in checked.schools if s.summary is not None]
    return build_review(checked.organiser.name, summaries, checked.report, TODAY)


def _cases(project: Project) -> Review:
    """An expired plan with an utkast (Alby), no plan (Björk), a current plan and an utkast of
    the next (Ekbacken), a unit whose name and åtgärd are hostile, a unit withheld for errors
    in its plan (one names a pupil: none of its words are shown), and a unit whose files
    cannot be read."""
    three = _three_units(project)
    ekbacken = three.schools[2]
    plan = ekbacken.plans[-1]
    measures = (dataclasses.replace(plan.measures[0], title=HOSTILE), *plan.measures[1:])
    plans = (*ekbacken.plans[:-1], dataclasses.replace(plan, measures=measures))
    hostile = _copy(ekbacken, "hostile", HOSTILE, plans=plans)
    secret = (dataclasses.replace(plan.measures[0], title=SECRET), *plan.measures[1:])
    secret_plans = (*ekbacken.plans[:-1], dataclasses.replace(plan, measures=secret))
    withheld = _copy(ekbacken, "vilande", "Vilande skolan", plans=secret_plans)
    summaries = [summarise(s) for s in (*three.schools, hostile, withheld)]
    summaries[0] = dataclasses.replace(summaries[0], drafts_until=DRAFT_ENDS)
    summaries[2] = dataclasses.replace(summaries[2], drafts_until=DRAFT_ENDS)
    problems = [
        _problem("content/skolor/alby/trygghetsplan/2026-27.yml", "TP101", Severity.ERROR),
        _problem(PLAN, "TP203", Severity.WARNING),
        dataclasses.replace(
            _problem("content/skolor/hostile/skola.yml", "TP203", Severity.WARNING),
            message=HOSTILE,
        ),
        _problem("content/huvudman.yml", "TP300", Severity.WARNING),
        _problem("content/skolor/vilande/trygghetsplan/2026-27.yml", "TP108", Severity.ERROR),
        dataclasses.replace(
            _problem("content/skolor/vilande/trygghetsplan/2026-27.yml", "TP401", Severity.ERROR),
            message=f"'{SECRET}': {PUPIL}",
        ),
        _problem("content/skolor/trasig/skola.yml", "TP003", Severity.ERROR),
        _problem("content/skolor/trasig/skola.yml", "TP003", Severity.ERROR, line=9),
    ]
    unread = [Unread("trasig", "content/skolor/trasig", PlanFiles(decided=1), "Trasiga skolan")]
    return build_review(project.organiser.name, summaries, problems, TODAY, unread)


def test_the_example_content_as_a_document() -> None:
    assert_golden(GOLDEN / "exempel.md", render_review_document(_example()))


def test_an_utkast_a_unit_without_plan_and_one_that_cannot_be_read(project: Project) -> None:
    document = render_review_document(_cases(project))
    assert_golden(GOLDEN / "fall.md", document)
    assert "| Ingen gällande plan, utkast finns | 1 |" in document
    assert "| Plan saknas | 1 |" in document
    ekbacken = document[document.index("### Ekbackens skola") :]
    assert "- Status: Gällande plan\n" in ekbacken
    assert "- Ett utkast till en ny plan finns.\n" in ekbacken
    unread = "| Trasiga skolan (trasig) | Planfil finns, läget syns när felen är rättade | TP003 "
    assert unread in document
    assert "Plats: `content/skolor/alby/trygghetsplan/2026-27.yml:3:5`" in document
    assert "| Inte publicerad: fel i planen | 1 |" in document
    assert "- Publicering: Inte publicerad: fel i planen (TP108, TP401)." in document
    assert "Zebrafink" not in document and "1212" not in document


def test_each_unit_says_when_and_by_whom_its_plan_was_decided(project: Project) -> None:
    """The document is filed: each unit's plan with its days and decision in words, as the
    sites write them; a unit held back without its rektor's name (the plan's text)."""
    document = render_review_document(_cases(project))
    ekbacken = document[document.index("### Ekbackens skola") :]
    assert (
        "- Giltighetstid: 17 augusti 2026 – 15 augusti 2027\n"
        "- Beslutad: 17 augusti 2026 av rektor Maria Lindqvist\n"
    ) in ekbacken
    alby = document[document.index("### Albyskolan") :]
    assert "- Beslutad: 17 augusti 2024 av rektor Maria Lindqvist\n" in alby
    assert "- Status: Plan saknas\n- Beslutad: Inte beslutad (ingen plan)\n" in document
    held = document[document.index("### Vilande skolan") :]
    assert "- Beslutad: 17 augusti 2026\n" in held and "Lindqvist" not in held
    assert "- Avser läget den: 25 november 2026\n" in document
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", document[: document.index("#### ")])
    draft_only = dataclasses.replace(
        summarise(project.schools[0]),
        plans=(),
        drafts_until=DRAFT_ENDS,
        draft_period="läsåret 2026/27",
    )
    unit = unit_review(draft_only, [], TODAY)
    section = "\n".join(unit_section(unit, TODAY))
    assert "- Beslutad: Inte beslutad (utkast)\n" in section
    assert "- Läge: Utkast för läsåret 2026/27, inte beslutat.\n" in section  # what it covers


def test_the_document_has_no_html_and_no_web_instructions(project: Project) -> None:
    for document in (render_review_document(_example()), render_review_document(_cases(project))):
        assert not TAGS.search(document), TAGS.search(document)
        assert "JavaScript" not in document and "klick" not in document


def _headings(rendered: str) -> dict[str, str]:
    found = re.findall(r'<h(\d) id="([^"]+)">(.*?)</h\1>', rendered)
    return {anchor: html.unescape(text) for _, anchor, text in found}


def test_hostile_names_read_as_text_in_python_markdown(project: Project) -> None:
    rendered = markdown.markdown(
        render_review_document(_cases(project)), extensions=["tables", "attr_list"]
    )
    assert "<script" not in rendered and "<em>" not in rendered and "<code>kod" not in rendered
    hrefs = set(re.findall(r'href="([^"]*)"', rendered))
    assert all(h.startswith("#") for h in hrefs), hrefs
    headings = _headings(rendered)
    assert {h.removeprefix("#") for h in hrefs} <= set(headings)
    assert headings["enhet-hostile"] == HOSTILE
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert text.count(HOSTILE) == 4  # overview, heading, finding, the åtgärd that is new


@pytest.mark.parametrize(
    "name", ["1. Fler vuxna", "2) Rastvärdar", "> Citat", "- Streck", "+ Plus", "---"]
)
def test_a_name_that_starts_like_a_list_or_quote_reads_as_text_in_a_list(name: str) -> None:
    # The document lists åtgärder as "- {name}": a name that starts with "1. " nested a list.
    item = f"- {md_text(name)}"
    parsed = [
        markdown.markdown(item),
        MarkdownIt("commonmark").render(item),
    ]
    for rendered in parsed:
        assert rendered.strip() == f"<ul>\n<li>{html.escape(name, quote=False)}</li>\n</ul>"


def test_the_document_renders_cleanly_as_commonmark(project: Project) -> None:
    parser = MarkdownIt("commonmark").enable("table")
    rendered = parser.render(render_review_document(_cases(project)))
    assert "<script" not in rendered and "<em>" not in rendered
    assert set(re.findall(r'href="([^"]*)"', rendered)) == {
        "#enhet-alby",
        "#enhet-bjork",
        "#enhet-ekbackens-skola",
        "#enhet-hostile",
        "#enhet-vilande",
        "#inte-granskade",  # the overview links a unit not reviewed to where its codes are
    }
    assert rendered.count("<table>") == 8  # summary ×2, overview, 4 units' grounds, unread
    text = html.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert f"{HOSTILE} {{#enhet-hostile}}" in text  # attributes stay as text here


def test_the_document_as_a_page_for_a_pdf(project: Project) -> None:
    page = review_print_page(_cases(project))
    assert page.startswith('<!DOCTYPE html>\n<html lang="sv">')
    assert (
        "<title>Granskning av trygghetsplaner: Strandviks kommun, 25 november 2026</title>" in page
    )
    assert '<h3 id="enhet-hostile">&lt;script&gt;' in page and "<script" not in page
    assert "<table>" in page and "<th>Status</th>" in page
    # the head names the date; what "i dag" in a finding means is said plainly
    review = _cases(project)
    [unit, *_] = review.units
    today = dataclasses.replace(unit.findings[0], detail="Ingen plan gäller i dag.")
    said = dataclasses.replace(unit, findings=(today,))
    page = review_print_page(dataclasses.replace(review, units=(said, *review.units[1:])))
    assert "<li>Där anmärkningarna säger ”i dag” menas dokumentets datum.</li>" in page


def test_the_diarium_fields_head_the_document_and_its_pdf_as_text(project: Project) -> None:
    filing = Filing(case_number="BUN 2026/123", officer=HOSTILE)
    document = render_review_document(_cases(project), filing)
    head = document[: document.index("## Sammanfattning")]
    assert head.startswith("# Granskning av trygghetsplaner\n\n- Diarienummer: BUN 2026/123\n")
    page = review_print_page(_cases(project), filing)
    assert (
        "<title>Granskning av trygghetsplaner: Strandviks kommun, 25 november 2026, dnr BUN "
        in page
    )
    assert "<script" not in page and "<em>" not in page
    # The head block names each field once, as a tjänsteskrivelse's head; the diarienummer
    # also goes to the top of every page (theme/print/document.css).
    parsed = LexborHTMLParser(page)
    fields = parsed.css(".trygg-pdf-filing dt, .trygg-pdf-filing dd")
    assert [f.text() for f in fields] == [
        "Datum", "25 november 2026", "Diarienummer", "BUN 2026/123", "Handläggare", HOSTILE
    ]  # fmt: skip
    reference = parsed.css_first(".trygg-pdf-reference")
    assert reference is not None and reference.text() == "BUN 2026/123"
    body = parsed.body.text() if parsed.body is not None else ""
    assert body.count("BUN 2026/123") == 1 and body.count("Strandviks kommun") == 1
    signed = [i.text() for i in parsed.css("#underskrift + ul > li")]
    assert signed == ["Ort och datum:", f"Handläggare: {HOSTILE}", "Underskrift:"]


def test_without_diarium_fields_the_head_says_nothing_of_them(project: Project) -> None:
    head = render_review_document(_cases(project)).split("## Sammanfattning")[0]
    assert "Diarienummer" not in head and "Handläggare" not in head
    assert "dnr" not in review_print_page(_cases(project))


def test_three_hundred_units_stay_linked(project: Project) -> None:
    school = project.schools[0]
    many = [summarise(_copy(school, f"skola-{n:03d}", f"Skola {n:03d}")) for n in range(300)]
    document = render_review_document(build_review("Strandviks kommun", many, [], TODAY))
    rendered = markdown.markdown(document, extensions=["tables", "attr_list"])
    found = re.findall(r'href="(#[^"]*)"', rendered)
    links = {h.removeprefix("#") for h in found}
    # each unit's row links to where it is: these, without remarks, to their one table
    assert len(found) == 300 and links == {"utan-anmarkningar"} <= set(_headings(rendered))


@pytest.mark.parametrize("uri", ["granskning/index.md", "granskning/enheter/ekbackens-skola.md"])
def test_the_portal_pages_of_the_example_content(uri: str) -> None:
    """The portal's granskning reads the same model; these pages change only on purpose."""
    pages = dict(review_pages(_example()))
    assert_golden(GOLDEN / "portal" / uri.replace("/", "-"), pages[uri])


def test_information_is_no_remark_among_the_most_common() -> None:
    """TP403 (a small group withheld, as it should be) is information, not a weakness: the
    granskning's most common remarks and its chart leave it out."""
    from generator.problems import Severity
    from generator.review.groups import most_common

    review = _example()
    assert any(f.code == "TP403" for unit in review.units for f in unit.findings)
    common = most_common(review)
    assert common and "TP403" not in [c.code for c in common]
    infos = {f.code for u in review.units for f in u.findings if f.severity is Severity.INFO}
    assert not infos & {c.code for c in common}


def test_the_head_names_the_namnd_it_is_for_and_the_central_unit_it_is_from() -> None:
    checked = check_content(ROOT / "content", today=TODAY)
    assert checked.organiser is not None
    review = with_organiser(_example(), checked.organiser)
    head = render_review_document(review).split("## ", 1)[0]
    assert "- Till: Barn- och utbildningsnämnden\n" in head
    assert f"- Från: {checked.organiser.central_unit_name}\n" in head


def test_units_with_nothing_to_note_are_one_table_not_a_section_each() -> None:
    review = _example()
    quiet = [u for u in review.units if not (u.errors or u.warnings)]
    assert quiet, "the example has a unit without errors and warnings"
    document = render_review_document(review)
    listed = document[document.index("### Enheter utan anmärkningar {#utan-anmarkningar}") :]
    for unit in quiet:
        assert f"### {unit.name}" not in document
        assert f"\n| {unit.name} | " in listed
        assert f"[{unit.name}](#utan-anmarkningar)" in document  # the overview links there


def test_an_emoji_code_in_a_name_reads_as_text_and_fetches_nothing() -> None:
    """The portal's Markdown has the emoji extension: ":smile:" in a unit's name was a
    picture from another host, and the build refused the whole portal for it."""
    name = "Ekbackens skola :smile: :material-school:"
    rendered = markdown.markdown(
        md_text(name),
        extensions=["pymdownx.emoji"],
        extension_configs={"pymdownx.emoji": {"emoji_index": twemoji, "emoji_generator": to_svg}},
    )
    assert "<img" not in rendered and "<svg" not in rendered
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered)) == name
