"""TP311: a new school's skola.yml is trygg's example until its first line is removed.

`trygg init` and `trygg ny-skola` copy the example school's description and contacts,
with the names and e-mail addresses of the example's staff, under the new name. While
the file's first line says so, or a line of it is still marked FYLL I, the school is not
published; the huvudman's own file stays a warning, and each FYLL I mark is listed as a
warning too (TP304).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.problems import Severity
from generator.text import PAGE_NOTE, TEMPLATE_NOTE
from tests.test_build import read, run_build
from tests.test_init import made_own, run, take_over

ROOT_CONTENT = Path(__file__).resolve().parents[1] / "content"
EXAMPLE_STAFF = "maria.lindqvist@strandvik.se"  # a contact of the example school


@pytest.fixture
def two_schools(tmp_path: Path) -> Path:
    """A huvudman's repo with its first school made its own and a new one just added."""
    assert run("init", str(tmp_path), "--huvudman", "Norrviks kommun") == 0
    content = tmp_path / "content"
    [plan] = (content / "skolor/min-skola/trygghetsplan").glob("*.yml")
    made_own(plan)
    assert run("ny-skola", "hagen", "--namn", "Hagskolan", "--innehall", str(content)) == 0
    return tmp_path


def test_a_new_school_is_withheld_until_skola_yml_is_its_own(
    two_schools: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = two_schools / "site"
    skola = (two_schools / "content/skolor/hagen/skola.yml").read_text(encoding="utf-8")
    assert EXAMPLE_STAFF in skola  # what a guardian must not read as the school's
    capsys.readouterr()
    assert run_build(two_schools, out, "--utan-pdf", "--ingen-cache") == 1
    said = capsys.readouterr().out
    assert "content/skolor/hagen/skola.yml:1:1: fel TP311 skola.yml är fortfarande trygg:s " in said
    assert "ta bort första raden" in said
    assert (out / "min-skola/index.html").is_file()  # the other school is published
    assert not (out / "hagen").exists()
    portal = read(out / "index.html")
    assert '<th scope="row">Hagskolan</th>' in portal and "Inte publicerad" in portal

    take_over(two_schools / "content/skolor/hagen")
    assert run_build(two_schools, out, "--utan-pdf", "--ingen-cache") == 0
    start = (out / "hagen/index.html").read_text(encoding="utf-8")
    assert "Hagskolan" in start and "Trygghetsplan saknas" in start  # the plan is an utkast


def test_only_skola_ymls_first_line_is_an_error(two_schools: Path) -> None:
    """huvudman.yml's first line, the first line of the new school's other files and every
    FYLL I on a line of its own stay warnings (an error in huvudman.yml would stop every
    school); the first line of skola.yml is told once, as TP311."""
    content = two_schools / "content"
    school = content / "skolor/hagen"
    files = [content / "huvudman.yml", *sorted(school.rglob("*.yml"))]
    assert all(f.read_text(encoding="utf-8").startswith(TEMPLATE_NOTE) for f in files)
    report = check_content(content).report
    errors = [(p.code, str(p.location)) for p in report if p.severity is Severity.ERROR]
    assert ("TP311", "content/skolor/hagen/skola.yml:1:1") in errors
    assert [code for code, _ in errors].count("TP311") == 1
    firsts = {p.location.file for p in report if p.code == "TP304" and p.location.line == 1}
    assert "content/huvudman.yml" in firsts and "content/skolor/hagen/arshjul.yml" in firsts
    assert "content/skolor/hagen/skola.yml" not in firsts  # TP311 says it, once
    marks = [p for p in report if p.code == "TP304" and p.location.file.endswith("skola.yml")]
    assert marks and all(p.severity is Severity.WARNING for p in marks)


def test_the_example_content_is_no_template() -> None:
    """trygg's own example is published as it is: none of its files begins with the line."""
    assert not [
        p for p in ROOT_CONTENT.rglob("*.yml") if p.read_text("utf-8").startswith(TEMPLATE_NOTE)
    ]
    assert not [p for p in ROOT_CONTENT.rglob("*.md") if PAGE_NOTE in p.read_text("utf-8")]
    report = check_content(ROOT_CONTENT).report
    assert not [p for p in report if p.code in {"TP311", "TP313"}]


def test_init_and_ny_skola_say_what_keeps_the_school_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("init", str(tmp_path), "--skola", "solskolan") == 0
    content = tmp_path / "content"
    assert run("ny-skola", "hagen", "--namn", "Hagskolan", "--innehall", str(content)) == 0
    said = capsys.readouterr().out.splitlines()
    told = [line for line in said if "publiceras först när" in line]
    assert [line.split(" ")[0] for line in told if "filens första rad" in line] == [
        "content/skolor/solskolan/skola.yml",
        f"{content}/skolor/hagen/skola.yml",
    ]
    pages = [line for line in told if line.startswith("Skolans egen sida")]
    assert pages == [
        f"Skolans egen sida ({folder}/sidor/ordningsregler.md) är exemplets: skolans webbplats "
        "publiceras först när ni har skrivit om den och tagit bort raden FYLL I överst, eller "
        "tagit bort filen."
        for folder in ("content/skolor/solskolan", f"{content}/skolor/hagen")
    ]
