"""`trygg init --mall f-9`: a school from förskoleklass to åk 9 with fritidshem.

The template is a school of `generator/cli/templates/skolor/`, written for trygg's
example but not published with it: inside the example it checks without a single
problem, and a repo made from it checks as every other template's does (TP101, TP311 and
TP313 until the school is its own), builds, and gets a student page for lågstadiet,
mellanstadiet and högstadiet.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from generator.check.run import check_content
from generator.cli import starter
from generator.cli.firstplan import template_for
from tests.test_build import read, run_build
from tests.test_init import fill_in, made_own, only_undecided, run

ROOT = Path(__file__).resolve().parents[1]
F9 = starter.SCHOOL_TEMPLATES["f-9"]
# Each band's page, whom it is for, and how the page says it to its readers.
BANDS = {
    "lagstadiet": ("åk F–3", "förskoleklass, ettan, tvåan eller trean"),
    "mellanstadiet": ("åk 4–6", "åk 4–6"),
    "hogstadiet": ("åk 7–9", "åk 7–9"),
}


def _text(path: Path) -> str:
    """A built page's text as a reader sees it: no tags, one space between words."""
    return " ".join(re.sub(r"<[^>]+>", "", read(path)).split())


def test_the_f9_template_has_no_problem_inside_the_example(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    shutil.copytree(F9.source, content / "skolor" / F9.folder)
    checked = check_content(content)
    problems = [p for p in checked.report if f"skolor/{F9.folder}/" in p.location.file]
    assert not problems, checked.report.format_text()
    assert F9.folder not in {p.name for p in (ROOT / "content/skolor").iterdir()}


@pytest.fixture
def f9_repo(tmp_path: Path) -> Path:
    argv = ["init", str(tmp_path), "--skola", "hagaskolan", "--skolnamn", "Hagaskolan"]
    assert run(*argv, "--mall", "F-9") == 0  # as a user may type it
    return tmp_path


def test_a_new_f9_school_is_its_own_school_form(f9_repo: Path) -> None:
    school = f9_repo / "content/skolor/hagaskolan"
    skola = yaml.safe_load((school / "skola.yml").read_text(encoding="utf-8"))
    assert skola["årskurser"] == "F-9"
    assert {"förskoleklass", "grundskola", "fritidshem"} <= set(skola["skolformer"])
    for path in school.rglob("*.*"):
        assert not any(name in path.read_text(encoding="utf-8") for name in F9.names), path
    report = check_content(f9_repo / "content").report
    assert only_undecided(report, "hagaskolan"), report.format_text()


def test_a_new_f9_school_builds_a_page_for_each_stadium(f9_repo: Path) -> None:
    school = f9_repo / "content/skolor/hagaskolan"
    [plan] = (school / "trygghetsplan").glob("*.yml")
    made_own(plan)
    fill_in(school / "arshjul.yml")
    out = f9_repo / "site"
    assert run_build(f9_repo, out, "--utan-pdf", "--ingen-cache") == 0
    start = _text(out / "hagaskolan/index.html")
    for band, (grades, readers) in BANDS.items():
        page = _text(out / f"hagaskolan/elev/{band}/index.html")
        assert f"Till dig som går i {readers}." in page, band
        assert f"För elever i {grades}" in start
    young = _text(out / "hagaskolan/elev/lagstadiet/index.html")
    older = _text(out / "hagaskolan/elev/hogstadiet/index.html")
    assert "förskoleklass" in young and "fritids" in young
    assert "sprida bilder" in older and "sprida bilder" not in young  # an åtgärd for 7–9
    assert "biträdande rektor F–6" in older  # a role's grades as skola.yml writes them
    steps = _text(out / "hagaskolan/rutiner/index.html")  # the konsekvenstrappa
    assert "Med de yngsta, i förskoleklassen och på lågstadiet, använder vi det" in steps
    assert "i regel bara på högstadiet, avstängning" in steps


@pytest.mark.parametrize(
    ("grades", "template"),
    [("F-9", "f-9"), ("4-9", "f-9"), ("F-6", "f-6"), ("", "f-6"), ("7-9", "7-9")],
)
def test_a_first_plan_by_ny_period_comes_from_the_template_of_its_grades(
    grades: str, template: str
) -> None:
    school = {"skolformer": ["förskoleklass", "grundskola", "fritidshem"], "årskurser": grades}
    assert template_for(school) == template


def test_init_ny_skola_and_the_readme_name_the_f9_template(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("init", "ny-skola"):
        assert run(command, "--help") == 0
        said = " ".join(capsys.readouterr().out.split())
        assert "f-9 (förskoleklass, grundskola åk 1–9 och fritidshem)" in said, command
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "`f-9` (förskoleklass, grundskola åk 1–9 och fritidshem" in readme
    assert "[--mall f-6\\|f-9\\|7-9\\|förskola]" in readme
