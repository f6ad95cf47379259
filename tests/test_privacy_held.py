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
    assert "<strong>inte publicerad än</strong>" in item
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
