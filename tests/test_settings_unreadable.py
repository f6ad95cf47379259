"""mkdocs.yml, or a file it inherits, that PyYAML reads but cannot make into values (an
impossible date, a bad `!!int`), that names Python to run, or whose INHERIT names no file:
`trygg check` tells it as TP072 at the value's line and column, and `trygg build` and
`trygg export` refuse it in the same words before MkDocs reads the file (which would stop
with a traceback, loop, or run the code)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from generator.check.siteconfig import config_problems
from generator.cli.main import main
from generator.load.mkdocsfile import read_settings, unreadable
from generator.load.yamlsafe import safe_load

ROOT = Path(__file__).resolve().parents[1]
BASE = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
FIXTURE = ROOT / "tests" / "rules" / "fixture" / "content"
DATE_HINT = "skriv värdet inom citattecken ('{0}') om det är en text, annars rätta datumet"


def _project(tmp_path: Path, config: str, **others: str) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "content")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name, text in others.items():
        (tmp_path / f"{name}.yml").write_text(text, encoding="utf-8")
    return tmp_path


def _place(text: str, written: str) -> tuple[int, int]:
    for number, line in enumerate(text.splitlines(), 1):
        if written in line:
            return number, line.index(written) + 1
    raise AssertionError(written)


IMPOSSIBLE = {
    "copyright": BASE.replace("copyright: Strandviks", "copyright: 2026-02-30 #"),
    "search lang": BASE.replace("lang: sv", "lang: 2026-06-31"),
}


@pytest.mark.parametrize("config", IMPOSSIBLE.values(), ids=list(IMPOSSIBLE))
def test_an_impossible_date_is_told_at_its_value_by_check_build_and_export(
    tmp_path: Path, config: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    date = "2026-02-30" if "2026-02-30" in config else "2026-06-31"
    line, column = _place(config, date)
    monkeypatch.chdir(_project(tmp_path, config))
    said = (
        f"mkdocs.yml:{line}:{column}: YAML läser {date} som ett datum, men det datumet "
        f"finns inte – {DATE_HINT.format(date)}"
    )
    for command, exit_code in (
        (["check", "content", "--ingen-cache"], 1),
        (["build", "--out", str(tmp_path / "ut"), "--ingen-cache"], 2),
        (["export", str(tmp_path / "export")], 2),
    ):
        with pytest.raises(SystemExit) as exited:
            main(command)
        out, err = capsys.readouterr()
        assert exited.value.code == exit_code, (command, out, err)
        assert "Traceback" not in out + err
        told = said.replace(": YAML", ": fel TP072 YAML") if command[0] == "check" else said
        assert told in (out if command[0] == "check" else err), (command, out, err)
    assert not (tmp_path / "ut").exists() and not (tmp_path / "export").exists()


def test_an_impossible_date_in_an_inherited_file_is_told_at_that_file(tmp_path: Path) -> None:
    base = BASE.replace("copyright: Strandviks", "copyright: 2026-13-01 #")
    _project(tmp_path, "INHERIT: bas.yml\nsite_name: x\n", bas=base)
    [told] = config_problems(tmp_path)
    assert (told.code, told.location.file) == ("TP072", "bas.yml")
    assert (told.location.line, told.location.column) == _place(base, "2026-13-01")
    assert read_settings(tmp_path / "mkdocs.yml") is None


def test_a_python_tag_that_runs_code_is_refused_and_never_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = tmp_path / "kordes"
    tag = f'!!python/object/apply:os.system ["touch {ran}"]'
    config = BASE + f"extra:\n  x: {tag}\n"
    monkeypatch.chdir(_project(tmp_path, config))
    with pytest.raises(SystemExit) as exited:
        main(["build", "--out", str(tmp_path / "ut"), "--ingen-cache"])
    line, column = _place(config, "!!python")
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith(
        f"trygg: fel: mkdocs.yml:{line}:{column}: taggen !!python/object/apply får MkDocs "
        "att köra Python-kod när filen läses – ta bort taggen"
    )
    assert not ran.exists()
    named = "emoji_index: !!python/name:material.extensions.emoji.twemoji"
    extensions = f"markdown_extensions:\n  - pymdownx.emoji:\n      {named}\n"
    _project(tmp_path / "namn", BASE + extensions)
    assert config_problems(tmp_path / "namn") == []  # MkDocs' own use: only a name


INHERITS = {
    "no such file": ("INHERIT: saknas.yml\n", "INHERIT nämner filen saknas.yml, som inte finns"),
    "not a path": ("INHERIT: [a.yml]\n", "INHERIT ska vara sökvägen till en fil, som base.yml"),
    "a ring": ("INHERIT: mkdocs.yml\n", "INHERIT-kedjan är längre än 10 filer, eller går i ring"),
}


@pytest.mark.parametrize(("written", "message"), INHERITS.values(), ids=list(INHERITS))
def test_an_inherit_mkdocs_cannot_follow_is_told_at_the_key(
    tmp_path: Path, written: str, message: str
) -> None:
    _project(tmp_path, "site_name: x\n" + written)
    [told] = config_problems(tmp_path)
    assert (told.location.file, told.location.line, told.location.column) == ("mkdocs.yml", 2, 1)
    assert told.message == message


VALUES = [
    "2026-02-30", "2026-13-01", "2026-01-01 25:00:00", "!!timestamp igår", "!!int x",
    "!!float y", "!!bool kanske", "!!binary ***", "!!set 3", "!!map x", "!!python/module:os",
    "!<tag:yaml.org,2002:python/object/new:os.system> [x]", "[[[", "*inget", "1e99999", "!ENV X",
]  # fmt: skip


def test_no_value_makes_reading_mkdocs_yml_stop_with_a_python_error(tmp_path: Path) -> None:
    chosen = random.Random(7)
    keys = ["copyright", "site_name", "extra_css", "extra", "theme", "INHERIT", "plugins"]
    for _ in range(150):
        lines = BASE.splitlines()
        for _ in range(chosen.randint(1, 3)):
            key, value = chosen.choice(keys), chosen.choice(VALUES)
            written = chosen.choice([f"{key}: {value}", f"{key}:\n  - {value}", f"  a: {value}"])
            lines.insert(chosen.randint(0, len(lines)), written)
        (tmp_path / "mkdocs.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        why = unreadable(tmp_path / "mkdocs.yml")  # never raises
        found = config_problems(tmp_path)
        if why is not None:
            assert [p.location.line for p in found] == [why.line]


def test_the_commands_that_rewrite_content_read_an_impossible_date_as_a_yaml_error() -> None:
    with pytest.raises(Exception) as raised:
        safe_load("datum: 2026-02-30\n")
    assert raised.type.__module__.startswith("generator.load") and raised.value.problem_mark
    assert raised.value.problem_mark.line == 0 and raised.value.problem_mark.column == 7
