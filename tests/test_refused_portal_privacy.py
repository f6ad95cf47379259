"""`trygg build` when the portal's new pages are refused and the old portal stays
(`build.oldportal`): a page of it that shows what a privacy error (TP4xx) finds now does
not stay, whoever's error it is; the build says so, and the rest of the old portal stays
as it was (`build.oldshown`)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_build import make_project, read, run_build
from tests.test_isolation import captured_build, edit, hashes
from tests.test_privacy_held import NAMED
from tests.test_refused_portal import CODED

HELD, OTHER = "dialogmote-trygghet-2026", "verksamhetsplan-2026-27"
SCHOOL = "strandskolan"  # withheld for the name (TP404) in its skola.yml


@dataclass(frozen=True)
class Run:
    out: Path
    before: dict[str, str]  # the old portal's files that show no name
    code: int
    stderr: str


@pytest.fixture(scope="module")
def missed() -> Iterator[None]:
    """The check misses a number written in layers of references: only the last look
    reads it, and refuses the portal (as in tests/test_refused_portal.py)."""
    from generator.rules import privacy_numbers

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(privacy_numbers, "_coded_number", lambda _text: None)
        yield


@pytest.fixture(scope="module")
def named(tmp_path_factory: pytest.TempPathFactory, missed: None) -> Run:
    """A good build; then an older trygg's old portal shows a pupil's name in a report's
    page and in a rule page, the name is found now in that report and in a school, and
    another report carries the number that refuses the portal."""
    project = make_project(tmp_path_factory.mktemp("refused-named"))
    content, out = project / "content", project / "site"
    assert run_build(project, out) == 0
    for page in (f"rapporter/{HELD}/index.html", "regler/lagkrav/index.html"):
        edit(out / page, "</main>", f"<p>{NAMED}</p></main>")
    before = {
        name: digest
        for name, digest in hashes(out).items()
        if not name.startswith((f"rapporter/{HELD}/", "regler/", SCHOOL))
        and name.split("/")[0] not in {"ekbackens-skola", "forskolan-solrosen", "lovangens-skola"}
    }
    with (content / "rapporter" / f"{HELD}.md").open("a", encoding="utf-8") as body:
        body.write(f"\n{NAMED}\n")
    school = content / "skolor" / SCHOOL / "skola.yml"
    edit(school, "beskrivning: |\n", f"beskrivning: |\n  {NAMED}\n")
    report = content / "rapporter" / f"{OTHER}.yml"
    edit(report, "sammanfattning: >-\n", f"sammanfattning: >-\n  Kod {CODED}.\n")
    code, _stdout, stderr = captured_build(project, out)
    return Run(out, before, code, stderr)


def test_the_portal_is_refused_and_the_old_one_stays(named: Run) -> None:
    assert named.code == 1
    assert "Portalen publicerades inte." in named.stderr
    assert (named.out / "index.html").is_file()


def test_no_old_page_shows_the_name(named: Run) -> None:
    pages = (p for p in named.out.rglob("*") if p.is_file() and p.suffix in {".html", ".json"})
    assert "Felix" not in "".join(html.unescape(read(page)) for page in pages)


def test_the_held_reports_old_page_goes_and_the_build_says_so(named: Run) -> None:
    assert not (named.out / "rapporter" / HELD).exists()
    assert (
        f"Obs: Rapporten {HELD} lämnades inte som förut – den senast publicerade versionen "
        "togs bort, eftersom den visar det som TP404 hittade (uppgifter om en elev)."
    ) in " ".join(named.stderr.split())
    assert f"rapporter/{HELD}/ lämnades" not in named.stderr  # said once, of the report


def test_an_old_portal_page_that_shows_a_schools_finding_goes_and_the_build_says_so(
    named: Run,
) -> None:
    assert not (named.out / "regler").exists()
    assert (
        "Obs: Den gamla portalens regler/ lämnades inte som förut – den senast publicerade "
        "versionen togs bort, eftersom den visar det som TP404 hittade (uppgifter om en elev)."
    ) in " ".join(named.stderr.split())


def test_the_rest_of_the_old_portal_stays_as_it_was(named: Run) -> None:
    after = {name: hashes(named.out).get(name) for name in named.before}
    assert after == named.before
    assert (named.out / "rapporter" / OTHER / "index.html").is_file()
