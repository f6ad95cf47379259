"""`trygg build` with a privacy error (TP4xx) in a withheld unit whose last published
output, made by an older trygg, shows what the error found: that old output goes (the
portal lists the unit as not published) and the build says why. A unit withheld for
other errors keeps its old output, whatever it shows."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_build import make_project, read, run_build
from tests.test_isolation import captured_build, edit

NAMED = "Vid ett bord tröstade kuratorn Felix i 5A när han var ledsen."
REPORT, SCHOOL = "dialogmote-trygghet-2026", "strandskolan"
KEPT_SCHOOL = "ekbackens-skola"  # withheld for a broken line, not for a name


@dataclass(frozen=True)
class Run:
    out: Path
    code: int
    stderr: str


def _published_with_the_name(page: Path) -> None:
    """The page as an older trygg published it: with the sentence in its text."""
    edit(page, "</main>", f"<p>{NAMED}</p></main>")


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory) -> Run:
    project = make_project(tmp_path_factory.mktemp("named"))
    content, out = project / "content", project / "site"
    assert run_build(project, out) == 0
    for page in (
        f"rapporter/{REPORT}/index.html",
        f"{SCHOOL}/index.html",
        f"{KEPT_SCHOOL}/index.html",
    ):
        _published_with_the_name(out / page)
    with (content / "rapporter" / f"{REPORT}.md").open("a", encoding="utf-8") as body:
        body.write(f"\n{NAMED}\n")
    edit(
        content / "skolor" / SCHOOL / "skola.yml",
        "beskrivning: |\n",
        f"beskrivning: |\n  {NAMED}\n",
    )
    edit(content / "skolor" / KEPT_SCHOOL / "skola.yml", "beskrivning: |\n", "beskrivning: [oops\n")
    return Run(out, *captured_build(project, out)[::2])


def test_a_report_whose_old_page_names_the_pupil_is_no_longer_published(named: Run) -> None:
    assert named.code == 1
    assert not (named.out / "rapporter" / REPORT).exists()
    portal = html.unescape(read(named.out / "index.html"))
    assert "Felix" not in portal
    item = next(line for line in portal.splitlines() if REPORT in line)
    assert "<strong>Inte publicerad</strong>" in item
    assert (
        f"Obs: Rapporten {REPORT} lämnades inte som förut – den senast publicerade versionen "
        "togs bort, eftersom den visar det som TP404 hittade (uppgifter om en elev)."
    ) in " ".join(named.stderr.split())


def test_a_school_whose_old_site_names_the_pupil_is_no_longer_published(named: Run) -> None:
    assert not (named.out / SCHOOL).exists()
    assert f"({SCHOOL}) lämnades inte som förut – den senast publicerade versionen togs bort" in (
        " ".join(named.stderr.split())
    )
    pages = (p for p in named.out.rglob("*.html") if KEPT_SCHOOL not in p.parts)
    assert "Felix" not in "".join(html.unescape(read(page)) for page in pages)


def test_a_school_withheld_for_another_error_keeps_its_old_site(named: Run) -> None:
    assert NAMED in html.unescape(read(named.out / KEPT_SCHOOL / "index.html"))
    assert f"({KEPT_SCHOOL}): den senast" not in named.stderr


def test_an_old_page_showing_a_name_a_staff_field_rule_flagged_counts(tmp_path: Path) -> None:
    """`ansvarig: Zelda (elev i 9B)` is a pupil by the staff fields' reading
    (`rules.stafffields`), which a page's prose is not read by: the name itself counts."""
    from generator.build.privacyheld import shows_flagged
    from generator.problems import Location, Problem, Severity

    plan = tmp_path / "content" / "plan.yml"
    plan.parent.mkdir()
    plan.write_text("atgarder:\n  - ansvarig: Zelda (elev i 9B)\n", "utf-8")
    column = plan.read_text(encoding="utf-8").splitlines()[1].index("Zelda") + 1
    found = Problem("TP404", Severity.ERROR, Location("content/plan.yml", 2, column), "'Zelda'")
    old = tmp_path / "site"
    old.mkdir()
    page = old / "index.html"
    page.write_text("<main><p>Ansvarig: Zelda (elev i 9B)</p></main>", "utf-8")
    assert shows_flagged(old, [found], tmp_path)
    page.write_text("<main><p>Ansvarig: Zeldas mentor</p></main>", "utf-8")
    assert not shows_flagged(old, [found], tmp_path)


@pytest.mark.parametrize(
    ("line", "column", "shown", "gone"),
    [
        # found by the line's own reading: the old page goes only where it shows the name
        ("Vi pratade med Kalle i 4B om rasten.", 16, "Om rasten.", False),
        ("Vi pratade med Kalle i 4B om rasten.", 16, "Kalle i 4B om rasten.", True),
        # a link's title: an attribute, which no page text shows, so the page goes unread
        ('Se [x](a.md "Kalle Nilsson i 8A blev slagen").', 14, "Om rasten.", True),
        # initials, a pupil described: the same words on the old page
        ("S.L. i 9B blev slagen.", 1, "Om rasten.", False),
        ("S.L. i 9B blev slagen.", 1, "S.L. i 9B blev slagen.", True),
        ("Pojken i 8A med diabetes blir retad.", 1, "Om rasten.", False),
        ("Pojken i 8A med diabetes blir retad.", 1, "Pojken i 8A blir retad.", True),
    ],
)
def test_an_old_page_goes_when_a_finding_cannot_be_read_again(
    tmp_path: Path, line: str, column: int, shown: str, gone: bool
) -> None:
    from generator.build.privacyheld import shown_codes
    from generator.problems import Location, Problem, Severity

    (tmp_path / "sida.md").write_text(f"{line}\n", encoding="utf-8")
    old = tmp_path / "old"
    old.mkdir()
    (old / "index.html").write_text(f"<html><main><p>{shown}</p></main></html>", "utf-8")
    found = Problem("TP404", Severity.ERROR, Location("sida.md", 1, column), "x")
    assert shown_codes(old, [found], tmp_path) == (("TP404",) if gone else ())
