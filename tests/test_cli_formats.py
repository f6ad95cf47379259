"""`trygg check --format gitlab|github`, and the paths every machine-readable format gives.

The CLI runs in-process on a copy of the rules' fixture with one planted error
(TP103: a role instead of the rektor's name) and one planted warning (TP203: a pupil
survey without a breakdown by group).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.cli.github import format_github
from generator.cli.gitlab import format_gitlab
from generator.cli.main import main
from generator.problems import Location, Problem, Report, Severity

FIXTURE = Path(__file__).parent / "rules" / "fixture" / "content"
PLAN = "content/skolor/ekbackens-skola/trygghetsplan/2026-27.yml"
FORMATS = ("json", "sarif", "gitlab", "github")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    return int(str(exited.value.code)), capsys.readouterr().out


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture with the error and the warning planted, on a date its plans are valid."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25
    shutil.copytree(FIXTURE, tmp_path / "content")
    plan = tmp_path / PLAN
    text = plan.read_text(encoding="utf-8")
    text = text.replace("rektor: Maria Lindqvist", "rektor: Rektor")
    text = re.sub(r"    mätning: \{metod: K2[^\n]*\n", "", text)  # K2 loses its measures
    start, end = text.index("      delresultat:\n"), text.index("    - id: K3")
    plan.write_text(text[:start] + text[end:], encoding="utf-8")
    return tmp_path / "content"


def check(capsys: pytest.CaptureFixture[str], content: Path, format: str) -> tuple[int, str]:
    return run(capsys, "check", str(content), "--format", format, "--ingen-cache", "--jobs", "1")


def gitlab(capsys: pytest.CaptureFixture[str], content: Path) -> list[dict[str, Any]]:
    code, out = check(capsys, content, "gitlab")
    assert code == 1
    issues: list[dict[str, Any]] = json.loads(out)
    return issues


def json_problems(capsys: pytest.CaptureFixture[str], content: Path) -> dict[str, Any]:
    _, out = check(capsys, content, "json")
    return {p["code"]: p for p in json.loads(out)["problem"]}


def test_gitlab_code_quality_has_the_documented_shape(
    capsys: pytest.CaptureFixture[str], content: Path
) -> None:
    issues = gitlab(capsys, content)
    expected = json_problems(capsys, content)
    assert {i["check_name"]: i["severity"] for i in issues} == {"TP103": "major", "TP203": "minor"}
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
        problem = expected[issue["check_name"]]
        assert issue["location"] == {
            "path": PLAN,
            "lines": {"begin": problem["location"]["line"]},
        }
    [error] = [i for i in issues if i["check_name"] == "TP103"]
    assert error["description"].startswith("beslut.rektor: beslut.rektor ska vara rektorns namn")
    assert error["description"].endswith("(SL 6 kap. 8 §)")


def test_fingerprints_survive_a_line_inserted_above(
    capsys: pytest.CaptureFixture[str], content: Path
) -> None:
    before = gitlab(capsys, content)
    plan = content.parent / PLAN
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("\nbeslut:", "\n# En ny kommentar.\nbeslut:", 1), "utf-8")
    after = gitlab(capsys, content)
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in before]
    lines = [(b["location"]["lines"]["begin"], a["location"]["lines"]["begin"])
             for b, a in zip(before, after, strict=True)]  # fmt: skip
    assert all(new == old + 1 for old, new in lines)


def test_identical_problems_get_their_own_fingerprints() -> None:
    report = Report()
    for line in (3, 9, 20):
        report.add(Problem("TP050", Severity.ERROR, Location(PLAN, line, 1), "samma"))
    report.add(Problem("TP038", Severity.INFO, Location(""), "hela projektet"))
    issues = json.loads(format_gitlab(report))
    assert len({i["fingerprint"] for i in issues}) == 4
    assert issues[0]["location"] == {"path": ".", "lines": {"begin": 1}}
    assert issues[0]["severity"] == "info"


def test_a_line_number_in_the_message_is_not_in_the_fingerprint() -> None:
    def issue(first: int) -> dict[str, Any]:
        message = f"nyckeln 'vision' förekommer två gånger (första gången på rad {first})"
        report = Report([Problem("TP002", Severity.ERROR, Location(PLAN, first + 9), message)])
        issue: dict[str, Any] = json.loads(format_gitlab(report))[0]
        return issue

    assert issue(8)["fingerprint"] == issue(9)["fingerprint"]
    assert issue(8)["description"].endswith("på rad 8)")
    twice = Report([Problem("TP002", Severity.ERROR, Location(PLAN, n), f"som på rad {n - 1}")
                    for n in (5, 9)])  # fmt: skip
    assert len({i["fingerprint"] for i in json.loads(format_gitlab(twice))}) == 2


def test_github_gives_one_workflow_command_per_problem(
    capsys: pytest.CaptureFixture[str], content: Path
) -> None:
    expected = json_problems(capsys, content)
    code, out = check(capsys, content, "github")
    assert code == 1
    *commands, summary = out.splitlines()
    assert summary == "1 fel, 1 varning."
    for command, kind in zip(commands, ("error", "warning"), strict=True):
        problem = expected["TP103" if kind == "error" else "TP203"]
        where = problem["location"]
        assert command.startswith(
            f"::{kind} file={PLAN},line={where['line']},col={where['column']},"
            f"title={problem['code']}::"
        )


def test_github_commands_cannot_be_injected() -> None:
    hostile = "rad ett\n::set-output name=x::y\r och 100 %0A klart"
    problem = Problem("TP050", Severity.WARNING, Location("a:b,c%.yml", 4, 2), hostile)
    [command, _] = format_github(Report([problem])).splitlines()
    assert command == (
        "::warning file=a%3Ab%2Cc%25.yml,line=4,col=2,title=TP050::"
        "rad ett%0A::set-output name=x::y%0D och 100 %250A klart"
    )


def test_github_leaves_out_what_a_problem_does_not_have() -> None:
    report = Report(
        [
            Problem("TP038", Severity.ERROR, Location("content/huvudman.yml"), "saknas"),
            Problem("TP403", Severity.INFO, Location(""), "visas inte", hint="slå ihop"),
            Problem("TP001", Severity.ERROR, Location("x.yml", 2), "fel \x1b[31mröd"),
        ]
    )
    assert format_github(report).splitlines() == [
        "::notice title=TP403::Delresultat med få svar visas inte (det som hittades visas inte "
        "här; trygg check på din egen dator visar det) – slå ihop",
        "::error file=content/huvudman.yml,title=TP038::saknas",
        "::error file=x.yml,line=2,title=TP001::fel \\u001b[31mröd",
        "2 fel, 0 varningar, 1 upplysning.",
    ]


def _paths(format: str, out: str) -> set[str]:
    """Every file path a report in `format` names."""
    if format == "github":
        return set(re.findall(r"file=([^,:]+)", out))
    if format == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        return {
            location["physicalLocation"]["artifactLocation"]["uri"]
            for result in results
            for location in result["locations"]
        }
    if format == "gitlab":
        return {issue["location"]["path"] for issue in json.loads(out)}
    return {problem["location"]["file"] for problem in json.loads(out)["problem"]}


@pytest.mark.parametrize("inside", [True, False], ids=["link-inside", "link-outside"])
def test_every_format_names_paths_from_the_folder_that_holds_content(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    inside: bool,
) -> None:
    # The plan is a link to a file elsewhere, and trygg runs from another folder.
    plan = content.parent / PLAN
    elsewhere = content.parent / "annanstans" if inside else tmp_path_factory.mktemp("ute")
    elsewhere.mkdir(exist_ok=True)
    shutil.move(plan, elsewhere / "plan.yml")
    plan.symlink_to(elsewhere / "plan.yml")
    monkeypatch.chdir(elsewhere)
    relative = Path("..", "content") if inside else content
    for format in FORMATS:
        for path in (content, relative):
            _, out = run(capsys, "check", str(path), "--format", format, "--ingen-cache")
            assert _paths(format, out) == {PLAN}, (format, path)


def test_the_help_lists_the_formats_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "check", "--help")
    assert code == 0
    assert "{text,json,sarif,gitlab,github}" in out
    assert "gitlab  en Code Quality-rapport" in out and "github  kommandon" in out
    assert "slutkoder:" in out and "130  avbrutet" in out
