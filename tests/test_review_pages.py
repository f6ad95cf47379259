"""The portal's granskning as pages (issue 18): an overview that stays small with hundreds of
units, a page of the grounds, and a page per unit that the overview links to."""

from __future__ import annotations

import dataclasses
import posixpath
import re

import pytest

from generator import codes
from generator.check.planfiles import PlanFiles
from generator.check.run import check_content
from generator.model.summary import summarise
from generator.problems import Location, Problem, Severity
from generator.render.portal import portal_files, portal_navigation
from generator.render.portallinks import ground_link
from generator.render.portalrows import Withheld
from generator.review.pages import GROUNDS, OVERVIEW, review_pages
from generator.site.tablecards import card_tables
from tests.test_review import FIXTURE, TODAY, _copy, _problem, build_review

UNITS = 300
# Names and ids as long as real ones run ("Norra Hasselgläntans skola", 26 characters):
# a page's size grows with them, row by row.
PLAN = "content/skolor/norra-hasselglantans-skola-007/trygghetsplan/2026-27.yml"
# What the theme adds around a page's content (navigation, header, footer): the example's
# built granskning measured about 11 KB more than its Markdown; this leaves room.
THEME = 25_000


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    project = check_content(FIXTURE, today=TODAY).project
    assert project is not None
    school = project.schools[0]
    many = tuple(
        _copy(school, f"norra-hasselglantans-skola-{n:03d}", f"Norra Hasselgläntans skola {n:03d}")
        for n in range(UNITS)
    )
    problems = [_problem(PLAN, "TP203", Severity.WARNING)]
    review = build_review(dataclasses.replace(project, schools=many), problems, TODAY)
    return dict(review_pages(review, ground_link))  # as the portal makes them


def _target(page_uri: str, href: str) -> str:
    """The generated file a page URL leads to (MkDocs' directory URLs)."""
    folder = posixpath.dirname(page_uri.removesuffix("index.md").rstrip("/") + "/x")
    if page_uri.endswith(".md") and not page_uri.endswith("index.md"):
        folder = page_uri.removesuffix(".md")
    path = posixpath.normpath(posixpath.join(folder, href.split("#", maxsplit=1)[0]))
    return f"{path}.md" if path.startswith("granskning/enheter/") else f"{path}/index.md"


def test_every_unit_has_a_page_and_the_overview_links_to_it(pages: dict[str, str]) -> None:
    units = [uri for uri in pages if uri.startswith("granskning/enheter/")]
    assert len(units) == UNITS
    for page_uri in (OVERVIEW, GROUNDS):
        links = set(re.findall(r'href="(enheter/[^"#]+|\.\./enheter/[^"#]+)"', pages[page_uri]))
        assert {_target(page_uri, href) for href in links} == set(units), page_uri


def test_no_page_grows_past_60_kb_plus_1_kb_per_unit(pages: dict[str, str]) -> None:
    budget = 60_000 + 1_000 * UNITS - THEME
    # as built: each simple table's cells get their column's name (`site.tablecards`)
    sizes = {uri: len(card_tables(md).encode()) for uri, md in pages.items()}
    assert max(sizes.values()) <= budget, max(sizes.items(), key=lambda item: item[1])
    assert max(size for uri, size in sizes.items() if "enheter/" in uri) < 20_000


def test_a_unit_page_names_its_findings_and_links_them_to_the_rule(pages: dict[str, str]) -> None:
    unit = next(md for uri, md in pages.items() if uri.endswith("skola-007.md"))
    assert unit.startswith("# Granskning: Norra Hasselgläntans skola 007")
    assert '<a href="../../../regler/vanliga-misstag/#tp203">TP203</a>' in unit
    assert "<details" not in unit and "<h2" in unit and "<h4" not in unit
    assert '<a href="../../">Tillbaka till granskningen</a>' in unit


def test_only_the_overview_is_in_the_navigation(pages: dict[str, str]) -> None:
    in_nav = {uri for entry in portal_navigation() for uri in entry.values()}
    assert OVERVIEW in in_nav
    assert not in_nav & (set(pages) - {OVERVIEW})


def test_the_portal_counts_units_not_reviewed_by_their_plan_files() -> None:
    """A withheld unit without a plan is under "Plan saknas", one with only an utkast under
    its phase, one with a plan that could not be read under neither; all three have errors."""
    project = check_content(FIXTURE, today=TODAY).project
    assert project is not None
    withheld = [
        Withheld("ny", "Nya skolan", (("TP013", 1),), False, PlanFiles()),
        Withheld("utkastad", "Utkastskolan", (("TP013", 1),), False, PlanFiles(drafts=1)),
        Withheld("trasig", "Trasiga skolan", (("TP003", 1),), False, PlanFiles(decided=1)),
    ]
    summaries = [summarise(s) for s in project.schools]
    files = portal_files(project.organiser, summaries, [], TODAY, withheld=withheld)
    page = str(next(f.content for f in files if f.uri == OVERVIEW))
    table = page[page.index('id="diagram-status-tabell"') :]
    assert '<th scope="row">Plan saknas</th><td>1</td>' in table
    assert '<th scope="row">Ingen gällande plan, utkast finns</th><td>1</td>' in table
    assert '<th scope="row">Inte granskad: enhetens filer har fel</th><td>3</td>' in table
    twice = "2 enheter som inte kunde granskas räknas också under ”Plan saknas” och ”Ingen"
    assert twice in page
    assert "3 enheter till</a> har fel i sina filer och kunde inte granskas; 2 av dem" in page
    assert '<h3 id="status-saknas">Plan saknas (1)</h3>' in page
    assert '<h3 id="med-fel">Med fel (3)</h3>' in page
    listed = page[page.index('id="inte-granskade"') : page.index('id="gemensamt"')]
    assert "Nya skolan</a>: Inte granskad: enhetens filer har fel (TP013)" in listed


def test_a_unit_not_reviewed_has_a_page_with_each_problem_by_rule_and_place_only() -> None:
    """Its errors by code, rule title and file:line:column, never by their message (a
    TP404 names a pupil) nor an id no validation accepted; "kunde inte läsas" only when a
    file was not YAML."""
    project = check_content(FIXTURE, today=TODAY).project
    assert project is not None
    plan = "content/skolor/trasig/trygghetsplan/2026-27.yml"
    named = Problem(
        "TP404",
        Severity.ERROR,
        Location(plan, 40, 9),
        "Kalle Svensson i 4B nämns",
        "åtgärder (id: Kalle Svensson).titel",
    )
    syntax = Problem("TP003", Severity.ERROR, Location(plan, 12, 3), "tecknet 'Kalle' här")
    unread = [
        Withheld("trasig", "Trasiga skolan", (("TP003", 1), ("TP404", 1)), True,
                 PlanFiles(decided=1), problems=(named, syntax)),
        Withheld("felig", "Feliga skolan", (("TP404", 1),), False, PlanFiles(decided=1),
                 problems=(dataclasses.replace(named, location=Location(plan, 1, 1)),)),
    ]  # fmt: skip
    files = portal_files(project.organiser, [], [], TODAY, withheld=unread)
    pages = {f.uri: str(f.content) for f in files}
    page = pages["granskning/enheter/trasig.md"]
    # the codes in the status link to their rules (named on hover): read as text here
    assert "Inte granskad: enhetens filer kunde inte läsas (TP003, TP404)" in _text(page)
    assert f"TP404</a> {codes.code('TP404').title}:" in page
    assert f"<code>{plan}:40:9</code>, fältet <code>åtgärder.titel</code>" in page
    assert f"TP003</a> {codes.code('TP003').title}:" in page and f"<code>{plan}:12:3</code>" in page
    assert "Kalle" not in page and "Svensson" not in page
    felig = _text(pages["granskning/enheter/felig.md"])
    assert "Inte granskad: enhetens filer har fel (TP404)" in felig
    # Every list of the units links each to its page.
    assert pages[OVERVIEW].count('<a href="enheter/trasig/">Trasiga skolan</a>') >= 3
    grounds = pages[GROUNDS]
    assert '<a href="../enheter/felig/">Feliga skolan</a>' in grounds  # named like the rest
    assert "<dt>Mapp</dt><dd><code>trasig</code></dd>" in page  # its folder on its own page
    assert "Inte känd: enhetens filer har fel</td>" in grounds


def test_a_unit_not_reviewed_shows_in_the_overview_what_is_missing_by_rule_and_field() -> None:
    """A plan without its rektor (TP012): the overview says which field is missing, not just
    "enhetens filer har fel (TP012)", and the unit is named like every other unit."""
    project = check_content(FIXTURE, today=TODAY).project
    assert project is not None
    plan = "content/skolor/utan-rektor/trygghetsplan/2026-27.yml"
    missing = Problem(
        "TP012", Severity.ERROR, Location(plan, 5, 3), "rektor saknas", "beslut.rektor"
    )
    unit = Withheld("utan-rektor", "Rektorslösa skolan", (("TP012", 1),), False,
                    PlanFiles(decided=1), problems=(missing,))  # fmt: skip
    files = portal_files(project.organiser, [], [], TODAY, withheld=[unit])
    overview = {f.uri: str(f.content) for f in files}[OVERVIEW]
    title = codes.code("TP012").title
    table = overview[overview.index('id="efter-behov"') : overview.index('id="filter-status"')]
    assert f"(TP012){title} (TP012): fältet beslut.rektor" in _text(table)
    assert '<a href="enheter/utan-rektor/">Rektorslösa skolan</a>' in table
    assert "rektor saknas" not in overview  # its message may quote the files: never shown


def _text(html: str) -> str:
    """The page's text as read, without its tags (codes in it are links)."""
    return re.sub(r"<[^>]+>", "", html)
