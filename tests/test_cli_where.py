"""`trygg check` run inside the repo's folders finds it upward, as git does; a school
asked for that is not there is told with the id it looks like and the setting naming it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.cli.main import main
from generator.site.schoolnamed import with_setting

CONTENT = Path(__file__).resolve().parents[1] / "content"
SCHOOL = "strandskolan"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    captured = capsys.readouterr()
    return int(str(exited.value.code)), captured.out, captured.err


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(CONTENT, tmp_path / "content")
    return tmp_path


def test_check_inside_a_school_folder_finds_the_repo_above_and_says_so(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "content" / "skolor" / SCHOOL)
    code, out, err = run(capsys, "check", "--ingen-cache", "--skola", SCHOOL)
    assert err.splitlines()[0] == (
        f"trygg: hittade förrådet ovanför den här mappen; använder {repo / 'content'}"
    )
    assert "finns inte" not in err and code == 0 and "0 fel" in out


def test_every_command_run_inside_the_repo_finds_it_above(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: `trygg ny-period strandskolan` in its own folder said the school did not
    exist under content/skolor (exit 2), while `trygg check` found the repo."""
    (repo / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25
    here = repo / "content" / "skolor" / SCHOOL
    monkeypatch.chdir(here)
    found = f"trygg: hittade förrådet ovanför den här mappen; använder {repo / 'content'}"
    code, _, err = run(capsys, "ny-period", SCHOOL)
    assert code == 0 and err.splitlines()[0] == found, err
    assert (here / "trygghetsplan" / "2027-28.yml").is_file()
    code, _, err = run(capsys, "ny-skola", "nyskolan")
    assert code == 0 and err.splitlines()[0] == found, err
    assert (repo / "content" / "skolor" / "nyskolan" / "skola.yml").is_file()
    code, _, err = run(capsys, "uppdatera-scheman")
    assert code == 0 and f"använder {repo}" in err and (repo / "schemas").is_dir()
    code, _, err = run(capsys, "build")
    assert code == 2 and f"hittar inte mkdocs.yml i den här mappen; förrådet är {repo}" in err
    assert "cd ../../.." in err


@pytest.mark.parametrize(
    ("period", "told"),
    [
        ("2020-21", "content/skolor/strandskolan/trygghetsplan har ingen plan före 2020-21"),
        ("2025-26", "content/skolor/strandskolan/trygghetsplan/2025-26.yml finns redan"),
    ],
)
def test_new_period_refusals_name_files_from_the_project_root_in_a_subfolder(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    period: str,
    told: str,
) -> None:
    """Before: run in the school's folder, a refusal read "../../skolor/strandskolan/
    trygghetsplan har ingen plan före 2020-21", while what it made read "content/skolor/…"."""
    (repo / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    monkeypatch.chdir(repo / "content" / "skolor" / SCHOOL / "trygghetsplan")
    code, _, err = run(capsys, "ny-period", SCHOOL, "--period", period)
    assert code != 0 and f"trygg: fel: {told}" in err, err
    assert "../" not in err


def test_a_misspelt_school_id_suggests_the_one_it_looks_like(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "check", str(repo / "content"), "--ingen-cache", "--skola", "strandskolam"
    )
    assert code == 1
    said = "skolan 'strandskolam' finns inte – menade du 'strandskolan'? Annars ange en av skolorna"
    assert said in out


@pytest.mark.parametrize(
    ("variable", "said"),
    [
        ("strandskola", "skol-id:t kommer från SKOLA=strandskola: byt värdet på SKOLA"),
        ("", "skol-id:t kommer från skola: strandskola under trygg i mkdocs.yml: byt det där"),
    ],
)
def test_mkdocs_says_which_setting_named_an_absent_school(
    repo: Path, monkeypatch: pytest.MonkeyPatch, variable: str, said: str
) -> None:
    monkeypatch.setenv("SKOLA", variable)
    checked = with_setting(check_content(repo / "content", only=["strandskola"]), "strandskola")
    [problem] = [p for p in checked.report if p.code == "TP041"]
    assert problem.hint.endswith(f"; {said}")


@pytest.mark.parametrize("folder", ["assets", "Min Skola"])
def test_a_school_asked_for_whose_folder_name_is_refused_is_told_once(
    repo: Path, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    """A folder portal-reserved (TP039) or unusable as an id (TP033) is there: not also
    "finns inte – menade du" the very same name."""
    shutil.copytree(repo / "content" / "skolor" / SCHOOL, repo / "content" / "skolor" / folder)
    code, out, _ = run(capsys, "check", str(repo / "content"), "--ingen-cache", "--skola", folder)
    assert code == 1
    assert ("TP039" in out) != ("TP033" in out), out
    assert "finns inte" not in out and f"menade du '{folder}'" not in out, out
