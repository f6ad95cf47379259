"""What `trygg check --format github|gitlab|sarif` leaves out: the CI keeps these for months,
and a public repository's are public, so no pupil a privacy finding found is named in them,
nor a file's or folder's name that names one (`cli.cisafe`). Each finding still gives its
code, line and column. The terminal's text quotes what was found, for the author.

The rules' fixture, with the school's folder, a page's file name and a line of the plan
naming a pupil.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.cli.buildwords import shown_ids, withheld_schools_text
from generator.cli.github import format_github
from generator.cli.main import main
from generator.problems import Location, Problem, Report, Severity

FIXTURE = Path(__file__).parent / "rules" / "fixture" / "content"
FOLDER = "noah-zebrafink-8b"  # the school's id, naming a pupil with a class
PAGE = "ebba-zebrafink-4b.md"
PUPIL = "Liam Zebrafink"
PLAN = f"content/skolor/{FOLDER}/trygghetsplan/2026-27.yml"
LINE = "  riktlinjer_och_rutiner: Trygghetsteamet gick igenom läsårets anmälningar i juni 2026."
CI_FORMATS = ("github", "gitlab", "sarif")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ci")
    shutil.copytree(FIXTURE, root / "content")
    schools = root / "content" / "skolor"
    (schools / "ekbackens-skola").rename(schools / FOLDER)
    shutil.copy(schools / FOLDER / "sidor" / "ordningsregler.md", schools / FOLDER / "sidor" / PAGE)
    plan = root / PLAN
    text = plan.read_text(encoding="utf-8")
    assert LINE in text
    plan.write_text(text.replace(LINE, f"{LINE[:-1]}, också med {PUPIL} i 4B."), encoding="utf-8")
    return root / "content"


def check(content: Path, format: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")
    monkeypatch.chdir(content.parent)
    with pytest.raises(SystemExit):
        main(["check", "content", "--format", format, "--ingen-cache", "--jobs", "1"])


def _out(
    content: Path, format: str, capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch
) -> str:
    capsys.readouterr()
    check(content, format, mp)
    return capsys.readouterr().out


def _where_in_plan(text_out: str) -> str:
    """The plan line's place and code as the terminal gives them: "…yml:47:…: fel TP404"."""
    [line] = [x for x in text_out.splitlines() if x.startswith(f"{PLAN}:") and PUPIL in x]
    return line.split(": ")[0]


def test_the_terminal_quotes_what_it_found(
    content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _out(content, "text", capsys, monkeypatch)
    assert f"'{PUPIL}' ser ut att vara en elev" in out
    assert f"content/skolor/{FOLDER}: fel TP404 namnet '{FOLDER}'" in out
    assert f"content/skolor/{FOLDER}/sidor/{PAGE}: fel TP404" in out


def test_in_ci_the_plain_text_names_no_pupil_either(
    content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`trygg check` and `trygg build` print plain text in the CI templates: with `CI=true`
    (GitHub Actions, GitLab CI) that log is kept, so it shows what the CI formats show."""
    monkeypatch.setenv("CI", "true")
    out = _out(content, "text", capsys, monkeypatch)
    assert "zebrafink" not in out.lower() and FOLDER not in out
    assert "(namnet visas inte)/trygghetsplan/2026-27.yml:" in out and "fel TP404" in out


@pytest.mark.parametrize("format", CI_FORMATS)
def test_no_ci_format_names_the_pupil(
    content: Path, format: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _out(content, format, capsys, monkeypatch)
    assert "zebrafink" not in out.lower()
    assert "TP404" in out


def test_github_keeps_the_place_code_title_and_fix(
    content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    place = _where_in_plan(_out(content, "text", capsys, monkeypatch))
    line, column = place.split(":")[1:3]
    out = _out(content, "github", capsys, monkeypatch)
    hidden_plan = PLAN.replace(FOLDER, "(namnet visas inte)")
    assert (
        f"::error file={hidden_plan},line={line},col={column},title=TP404::Texten kan peka "
        "ut en elev (det som hittades visas inte här; trygg check på din egen dator visar det) "
        '– skriv om utan namn och klass, t.ex. "en elev"'
    ) in out
    assert "::error file=content/skolor/(namnet visas inte),title=TP404::" in out
    assert f"::error file={hidden_plan.rsplit('/', 2)[0]}/sidor/(namnet visas inte)," in out
    assert "byt namn på filen eller mappen" in out


def test_gitlab_and_sarif_keep_the_line(
    content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    place = _where_in_plan(_out(content, "text", capsys, monkeypatch))
    line, column = int(place.split(":")[1]), int(place.split(":")[2])
    issues = json.loads(_out(content, "gitlab", capsys, monkeypatch))
    plan = PLAN.replace(FOLDER, "(namnet visas inte)")
    assert {"path": plan, "lines": {"begin": line}} in [
        i["location"] for i in issues if i["check_name"] == "TP404"
    ]
    sarif = json.loads(_out(content, "sarif", capsys, monkeypatch))
    regions = [
        (where["artifactLocation"]["uri"], where["region"])
        for result in sarif["runs"][0]["results"]
        if result["ruleId"] == "TP404"
        and "region" in (where := result["locations"][0]["physicalLocation"])
    ]
    uri = PLAN.replace(FOLDER, "%28namnet%20visas%20inte%29")
    assert (uri, {"startLine": line, "startColumn": column}) in regions


def test_another_problem_does_not_name_what_a_privacy_finding_found() -> None:
    """A message of another rule that names the flagged folder, or quotes the same words."""
    folder = f"content/skolor/{FOLDER}"
    report = Report(
        [
            Problem("TP404", Severity.ERROR, Location(folder), f"namnet '{FOLDER}' …"),
            Problem("TP404", Severity.ERROR, Location("a.yml", 3, 5), f"'{PUPIL}' ser ut …"),
            Problem("TP001", Severity.ERROR, Location("b.yml", 2), f"skolan {FOLDER}: {PUPIL}"),
        ]
    )
    out = format_github(report)
    assert "zebrafink" not in out.lower()
    assert "::error file=b.yml,line=2,title=TP001::skolan (namnet visas inte): (namnet" in out
    assert "::error file=a.yml,line=3,col=5,title=TP404::Texten kan peka ut en elev" in out


def test_the_build_does_not_name_a_withheld_school_whose_folder_names_a_pupil(
    tmp_path: Path,
) -> None:
    """`trygg build`'s "Fel i skolan …" line, also of an old site it removed: the id is the
    folder's name, which a privacy finding flags; a clean school is named."""
    request = SimpleNamespace(
        content_dir=tmp_path / "content", only=(), out=tmp_path / "site", preview=False
    )
    found = [
        Problem("TP404", Severity.ERROR, Location(f"content/skolor/{FOLDER}"), "namnet …"),
        Problem("TP404", Severity.ERROR, Location("content/rapporter/liam-zebrafink-4b.yml"), ""),
    ]
    schools = (FOLDER, "strandskolan", "noah-zebrafink-i-9b")  # the last: an id naming one
    shown = shown_ids(request, schools, found)
    said = withheld_schools_text(request, schools, dropped=(FOLDER,), shown=shown)
    assert "zebrafink" not in said.lower()
    assert said.startswith(
        "Fel i 3 skolor: (namnet visas inte), strandskolan, (namnet visas inte) – publicerades "
        "inte. Den gamla webbplatsen för (namnet visas inte) togs bort ur"
    )
    assert "Webbplatserna för strandskolan, (namnet visas inte) i" in said
    reports = shown_ids(request, ("liam-zebrafink-4b", "trygghet"), found, reports=True)
    assert list(reports.values()) == ["(namnet visas inte)", "trygghet"]
