"""The `trygg` command as a user meets it: exit codes, formats and Swedish help."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import folders
from generator.cli.main import main, parser

CONTENT = str(Path(__file__).resolve().parents[1] / "content")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    captured = capsys.readouterr()
    return int(str(exited.value.code)), captured.out, captured.err


def test_clean_content_exits_0_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", CONTENT)
    assert code == 0
    assert "0 fel, 1 varning, 3 upplysningar." in out
    assert "Läsbarhet (LIX) för elevsidorna:" in out


def test_strict_makes_warnings_fail(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", CONTENT, "--strict")
    assert code == 1
    assert "varning TP203" in out


def test_json_output_has_the_documented_structure(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", CONTENT, "--format", "json")
    document = json.loads(out)
    assert code == 0 and document["version"] == 1  # the check report, not the open data
    # info: TP403 for the small group, and for the group hidden with it; TP317 for
    # Lövängens skola's last year's share, in its text alone
    assert document["sammanfattning"] == {"fel": 0, "varningar": 1, "info": 3}
    problem = document["problem"][0]
    assert set(problem) == {"code", "severity", "location", "message", "field", "hint", "source"}
    assert set(problem["location"]) == {"file", "line", "column"}


def test_usage_errors_exit_2_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--format", "xml")
    assert code == 2
    assert "ogiltigt val: 'xml'" in err


@pytest.mark.parametrize("command", ["check", "build", "förhandsvisa"])
@pytest.mark.parametrize("jobs", ["0", "-1", "två", "1.5"])
def test_a_job_count_below_one_is_refused_before_anything_runs(
    capsys: pytest.CaptureFixture[str], command: str, jobs: str
) -> None:
    """`--jobs 0` was taken as 1 without a word; it is a mistake to be told of."""
    code, out, err = run(capsys, command, "--jobs", jobs)
    assert code == 2
    assert f"--jobs: '{jobs}' är inget antal processer: skriv ett heltal från 1" in err
    assert out == ""


@pytest.mark.parametrize(
    ("written", "meant"), [("bulid", "build"), ("chek", "check"), ("nyskola", "ny-skola")]
)
def test_a_misspelt_command_suggests_the_nearest(
    capsys: pytest.CaptureFixture[str], written: str, meant: str
) -> None:
    code, _, err = run(capsys, written, "--skola", "x")
    assert code == 2
    assert f"trygg: fel: okänt kommando '{written}'. Menade du: trygg {meant}?" in err
    assert "ogiltigt val" not in err


def test_a_command_like_none_lists_them_all(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "publicera")
    assert code == 2
    listed = "kommandona är init, ny-skola, check, förhandsvisa, build"
    assert f"okänt kommando 'publicera'; {listed}" in err
    assert "Menade du" not in err


def test_help_is_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "användning: trygg" in out and "visa den här hjälptexten" in out
    assert "visa versionen av trygg" in out and "show" not in out


def test_help_lists_the_commands_in_the_order_a_huvudman_uses_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = run(capsys, "--help")[1]
    listed = re.findall(r"^    ([a-zåäö-]+)", out, re.MULTILINE)
    assert listed[:6] == ["init", "ny-skola", "check", "förhandsvisa", "build", "granska"]
    assert "trygg:s" not in out  # "skriv den installerade trygg:s scheman" read badly


def test_build_help_says_what_is_built_and_the_environment(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "build", "--help")
    assert code == 0
    text = " ".join(out.split())  # the help wraps to the terminal
    assert "huvudmannens rapporter från content/rapporter/" in text
    assert "miljövariabler: TRYGG_UTAN_PDF=1 gör ingen PDF av planerna" in text
    assert "SOURCE_DATE_EPOCH=T räkna dagen för tidpunkten T" in text
    assert "byte för byte samma utdata" in text
    assert "SOURCE_DATE_EPOCH=T" in run(capsys, "check", "--help")[1]


def test_every_help_fits_an_80_column_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name in ["", *commands.choices]:
        code, out, _ = run(capsys, *([name] if name else []), "--help")
        assert code == 0
        assert [line for line in out.splitlines() if len(line) > 80] == [], name


def test_granska_writes_the_review_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "granskning.md"
    code, _, _ = run(capsys, "granska", CONTENT, "--out", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("# Granskning av trygghetsplaner")


@pytest.mark.parametrize("officer", ["--handläggare", "--handlaggare"])
def test_granska_files_the_document_under_a_diarienummer(
    officer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "granska", CONTENT, "--diarienummer", "BUN 2026/123",
                       officer, "Eva  Ek")  # fmt: skip
    assert code == 0
    head = out[: out.index("## Sammanfattning")]
    assert "- Diarienummer: BUN 2026/123\n- Handläggare: Eva Ek\n- Huvudman: " in head


def test_unwritable_output_is_one_swedish_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "granska", CONTENT, "--out", "/finns/inte/granskning.md")
    assert code == 2  # refused before anything is checked
    assert err.strip() == (
        "trygg: fel: -o /finns/inte/granskning.md: mappen /finns/inte finns inte; skapa den först"
    )


def test_text_paths_open_from_where_check_was_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text output is read by a person in a terminal: paths from the current folder. The
    machine formats keep paths from the repo's root."""
    work = tmp_path / "annan"
    work.mkdir()
    monkeypatch.chdir(work)
    code, out, _ = run(capsys, "check", str(Path(CONTENT).resolve()))
    first = out.splitlines()[0]
    expected = os.path.relpath(Path(CONTENT).resolve(), work)
    assert code == 0 and first.startswith(expected + "/skolor/")
    _, data, _ = run(capsys, "check", str(Path(CONTENT).resolve()), "--format", "json")
    assert json.loads(data)["problem"][0]["location"]["file"].startswith("content/skolor/")


@pytest.mark.parametrize(
    ("folder", "says"),
    [
        ("finns-inte", "mappen {path} finns inte"),
        ("tom", "mappen {path} har varken huvudman.yml eller skolor/"),
        ("förråd", "mappen {path} är förrådet, inte innehållet; ange {path}/content som SÖKVÄG"),
    ],
)
@pytest.mark.parametrize("command", ["check", "uppgradera", "granska"])
def test_a_path_that_is_not_content_is_one_line_saying_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str, says: str, command: str
) -> None:
    (tmp_path / "tom").mkdir()
    (tmp_path / "förråd" / "content").mkdir(parents=True)
    (tmp_path / "förråd" / "content" / "huvudman.yml").write_text("namn: X\n", encoding="utf-8")
    path = tmp_path / folder
    code, out, err = run(capsys, command, str(path))
    assert code == 2 and out == ""
    assert err.startswith("trygg: fel: " + says.format(path=path)) and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["check"], "mappen content finns inte; kör trygg i förrådets mapp (den med mkdocs.yml "
         "och content/), ange SÖKVÄG"),
        (["uppgradera"], "mappen content finns inte; kör trygg i förrådets mapp"),
        (["granska"], "mappen content finns inte; kör trygg i förrådets mapp"),
        (["build", "--out", "site"], "hittar inte mkdocs.yml; kör trygg i förrådets mapp (den "
         "med mkdocs.yml och content/) eller ange --config"),
        (["export", "ut"], "hittar inte mkdocs.yml; kör trygg i förrådets mapp"),
        (["ny-skola", "ny"], "content/huvudman.yml finns inte; kör trygg i förrådets mapp"),
        (["uppdatera-scheman"], "mappen . är inget förråd (den har varken mkdocs.yml eller "
         "content/); kör trygg i förrådets mapp"),
    ],
)  # fmt: skip
def test_every_command_outside_a_repo_names_the_same_folder_and_exits_2(
    outside: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    """Before, `trygg check` in an empty folder said "förrådets mapp" and exited 1, and
    `trygg build` said "projektets mapp" and exited 2."""
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith(f"trygg: fel: {says}") and err.count("\n") == 1
    assert list(outside.iterdir()) == []


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder, empty and outside any repo whatever lies above the test's
    temporary folder: a command finds the repo upward (`folders.repo_above`), and one in
    a folder above (a mkdocs.yml and content/ in /tmp) would be found and written to
    (`uppdatera-scheman`, `ny-skola`). No folder outside `tmp_path` is a repo here."""
    inside, is_repo = tmp_path.resolve(), folders.is_repo

    def is_repo_inside(folder: Path) -> bool:
        return folder.resolve().is_relative_to(inside) and is_repo(folder)

    monkeypatch.setattr(folders, "is_repo", is_repo_inside)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_folder_above_the_outside_one_is_a_repo(outside: Path) -> None:
    assert folders.repo_above() is None and folders.is_repo(outside.parent) is False


def _wait_for_work() -> None:
    import time

    time.sleep(600)


def test_the_command_ends_the_workers_a_pool_had_no_time_to_stop() -> None:
    """`trygg` exits without tearing the interpreter down; a worker still waiting for work
    then (its pool was told to stop from a thread that exit ends too) would hold the
    command's stdout open, and a CI log piped on would never end."""
    import multiprocessing

    from generator.cli.main import _end_workers

    waiting = multiprocessing.get_context("fork").Process(target=_wait_for_work, daemon=True)
    waiting.start()
    _end_workers()
    waiting.join(10)
    assert not waiting.is_alive()


def test_the_output_of_a_reader_that_has_gone_is_dropped_not_an_error() -> None:
    """`trygg build | head -1`: once the reader has gone, writing to it is no error (the
    command ends with its own exit code); what is left goes nowhere."""
    import io

    from generator.cli.streams import ForgivingStream

    read, write = os.pipe()
    os.close(read)
    with io.TextIOWrapper(io.FileIO(write, "w"), encoding="utf-8") as text:
        stream = ForgivingStream(text)
        for _ in range(3):
            assert stream.write("rad\n" * 20_000) == 80_000
            stream.flush()
        assert os.fstat(stream.fileno()).st_rdev == Path(os.devnull).stat().st_rdev


def test_a_yaml_error_in_mkdocs_yml_is_one_swedish_line(tmp_path: Path) -> None:
    from generator.site.configwords import config_problem

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\ntheme: [\n", encoding="utf-8")
    why = config_problem(config)
    assert why.startswith(f"{config}:3:1: MkDocs kan inte läsa filen: "), why
    assert "\n" not in why and "kontrollera indrag" in why


LOADING_INTERRUPTED = """
import builtins

real = builtins.__import__


def interrupted(name, *args, **kwargs):
    if name == "generator.cli.main":
        raise KeyboardInterrupt
    return real(name, *args, **kwargs)


builtins.__import__ = interrupted
from generator.cli.entry import main

main()
"""


def test_ctrl_c_while_the_command_loads_is_one_swedish_line() -> None:
    done = subprocess.run(
        [sys.executable, "-c", LOADING_INTERRUPTED], capture_output=True, text=True, check=False
    )
    assert (done.returncode, done.stderr) == (130, "trygg: avbrutet. Tidigare utdata är orörd.\n")


def test_ctrl_c_while_the_arguments_are_read_is_one_swedish_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import main as cli

    def interrupted(_argv: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "parse", interrupted)
    with pytest.raises(SystemExit) as stopped:
        main(["check"])
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "trygg: avbrutet. Tidigare utdata är orörd.\n"
