"""Utkast plans and removed schools in `trygg build` (issue 16): an unreadable utkast
never stops its school, nothing of an utkast reaches the public portal or the
granskning, and a school removed from content/ leaves the output with a line saying so."""

from __future__ import annotations

import contextlib
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli.main import main
from tests.test_build import ROOT, make_project, read, run_build

BROKEN_DRAFT = "ekbackens-skola"  # gets an utkast that YAML cannot parse
DRAFTED = "strandskolan"  # its next plan becomes an utkast, with text found nowhere else
REMOVED, REMOVED_NAME = "forskolan-solrosen", "Förskolan Solrosen"
DECISION = "beslut: {datum: 2026-08-17, rektor: Tomas Åberg}\n"
MARKERS = ("Utkastmarkör i visionen", "Utkastmarkör-åtgärd", "hemlig_utkastnyckel")
DRAFT_FILE = f"content/skolor/{DRAFTED}/trygghetsplan/2026-27.yml"
UNREADABLE = f"content/skolor/{BROKEN_DRAFT}/trygghetsplan/2027-28.yml"


@dataclass(frozen=True)
class Built:
    project: Path
    out: Path
    code: int
    printed: str


def _run(args: list[str]) -> tuple[int, str]:
    printed = io.StringIO()
    with (
        contextlib.redirect_stdout(printed),
        contextlib.redirect_stderr(printed),
        pytest.raises(SystemExit) as exited,
    ):
        main(args)
    return int(str(exited.value.code)), printed.getvalue()


def _build(project: Path, out: Path, *extra: str) -> tuple[int, str]:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        code = run_build(project, out, *extra)
    return code, printed.getvalue()


def _with_drafts(project: Path) -> None:
    plans = project / "content" / "skolor" / DRAFTED / "trygghetsplan"
    text = read(plans / "2026-27.yml")
    assert DECISION in text and "vision: >-\n" in text
    text = text.replace(DECISION, "status: utkast\nhemlig_utkastnyckel: ja\n")
    text = text.replace("vision: >-\n", f"vision: >-\n  {MARKERS[0]}.\n", 1)
    text = text.replace("Elevledda värdegrundspass på mentorstiden", MARKERS[1])
    (plans / "2026-27.yml").write_text(text, encoding="utf-8")
    broken = "# Nästa läsår\nstatus: 'utkast'\ngiltighet: {från: 2027-08-16\ninledning: x\n"
    (project / UNREADABLE).write_text(broken, encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    project = make_project(tmp_path_factory.mktemp("drafts"))
    _with_drafts(project)
    out = project / "site"
    code, printed = _build(project, out)
    return Built(project, out, code, printed)


def test_an_unreadable_utkast_never_stops_its_school(built: Built) -> None:
    assert built.code == 0, built.printed
    assert (built.out / BROKEN_DRAFT / "index.html").is_file()
    line = next(line for line in built.printed.splitlines() if "TP003" in line)
    assert line.startswith(f"{UNREADABLE}:3:") and "varning TP003 (utkast)" in line
    assert "publicerades inte" not in built.printed


def _only_dated_errors(code: int, printed: str) -> None:
    """Nothing of an utkast is an error: the one error there may be is TP101, as the
    utkast of Strandskolan's next plan is not decided (it depends on the day)."""
    errors = {
        line.split(" fel ")[1].split()[0] for line in printed.splitlines() if " fel TP" in line
    }
    assert errors <= {"TP101"} and code == (1 if errors else 0), printed


def test_check_reports_the_unreadable_utkast(built: Built) -> None:
    code, printed = _run(["check", str(built.project / "content")])
    _only_dated_errors(code, printed)
    assert f"{UNREADABLE}:3:" in printed and "(utkast)" in printed


def test_an_utkast_never_reaches_the_public_sites(built: Built) -> None:
    pages = [p for p in built.out.rglob("*") if p.suffix in {".html", ".json", ".xml", ".ics"}]
    assert pages
    for page in pages:
        text = read(page)
        assert not [m for m in MARKERS if m in text], page
    granskning = read(built.out / "granskning" / "index.html")
    assert DRAFT_FILE not in granskning and UNREADABLE not in granskning
    assert "(utkast)" not in granskning and "(utkast)" not in read(built.out / "index.html")


def test_granska_never_lists_an_utkast(built: Built) -> None:
    code, printed = _run(["granska", str(built.project / "content")])
    assert code == (1 if "**Fel** TP101" in printed else 0), printed
    assert "**Fel**" not in printed.replace("**Fel** TP101", ""), printed
    assert not [m for m in MARKERS if m in printed]
    assert DRAFT_FILE not in printed and UNREADABLE not in printed and "(utkast)" not in printed


def test_a_removed_school_leaves_the_output_and_the_portal(built: Built, tmp_path: Path) -> None:
    out = tmp_path / "site"
    shutil.copytree(built.out, out, symlinks=True)
    (out / "egen-mapp").mkdir()  # not a site: no index page, so not named as a removed school
    shutil.rmtree(built.project / "content" / "skolor" / REMOVED)
    try:
        code, printed = _build(built.project, out)
    finally:
        shutil.copytree(
            ROOT / "content" / "skolor" / REMOVED, built.project / "content" / "skolor" / REMOVED
        )
    assert code == 0, printed
    assert not (out / REMOVED).exists()
    assert REMOVED not in read(out / "index.html")
    assert REMOVED not in read(out / "granskning" / "index.html")
    said = f"{REMOVED_NAME} ({REMOVED}) finns inte längre i content/ och har tagits bort"
    assert said in printed
    assert "egen-mapp" not in printed


INTERNAL = "Intern granskningsversion med utkast – får inte publiceras"
NOINDEX = '<meta name="robots" content="noindex">'


@pytest.fixture(scope="module")
def with_drafts(built: Built) -> tuple[Path, int, str]:
    """The internal build with utkast, into its own folder beside the published one."""
    out = built.project / "site-utkast"
    code, printed = _build(built.project, out, "--med-utkast")
    return out, code, printed


def test_the_build_with_utkast_marks_every_page(with_drafts: tuple[Path, int, str]) -> None:
    out, code, printed = with_drafts
    assert code == 0, printed
    assert "intern granskningsversion med utkast: publicera den inte" in printed
    pages = sorted(out.rglob("*.html"))
    assert out / "404.html" in pages and out / "index.html" in pages
    for page in pages:
        text = read(page)
        assert INTERNAL in text and NOINDEX in text, page
    assert not list(out.rglob("sitemap.xml*"))


def test_the_build_with_utkast_shows_the_utkast(with_drafts: tuple[Path, int, str]) -> None:
    out = with_drafts[0]
    plan = read(out / DRAFTED / "trygghetsplan" / "index.html")
    assert "Utkast – inte beslutad" in plan and MARKERS[1] in plan
    archive = read(out / DRAFTED / "trygghetsplan" / "arkiv" / "index.html")
    assert "<td>Inte beslutad (utkast)</td>" in archive  # as the plan's facts say it
    assert "Inte beslutad (utkast)" in plan


def test_the_published_build_is_not_marked(built: Built) -> None:
    for page in built.out.rglob("*.html"):
        text = read(page)
        assert INTERNAL not in text and NOINDEX not in text and "md-banner" not in text, page
    assert "Utkast – inte beslutad" not in read(
        built.out / DRAFTED / "trygghetsplan" / "index.html"
    )


def test_the_build_with_utkast_never_writes_the_published_folder(built: Built) -> None:
    before = sorted(p.name for p in built.out.iterdir())
    code, printed = _build(built.project, built.out, "--med-utkast")
    assert code == 2
    assert "mappen för den publicerade webbplatsen" in printed
    assert sorted(p.name for p in built.out.iterdir()) == before
    elsewhere = built.project / "publik"
    shutil.copytree(built.out, elsewhere, symlinks=True)
    code, printed = _build(built.project, elsewhere, "--med-utkast")
    assert code == 2 and "innehåller en publicerad webbplats" in printed
