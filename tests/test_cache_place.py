"""A kept check result is used only where the paths it shows are the content's own.

A result in `.trygg-cache/kontroll/` holds its problems with paths from the project root
(`content/skolor/…`, re-based to the current folder when printed). Two content folders
side by side (`a/` and `b/`, whose default cache is their common parent's), or two
projects sharing a `--cache` whose content folders have other names, once got each
other's results: `trygg check b` printed `a/skolor/…` for every school the two had
alike, files that are not b's. A moved project keeps its cache: its paths are right.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import CACHE
from generator.cli.main import main

ROOT = Path(__file__).resolve().parent.parent
# A line of skola.yml for one copy only: an error (TP014) in a school the copies share.
EXTRA = "okänd_nyckel: 1\n"
SCHOOL = "skolor/strandskolan/skola.yml"


def check(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    """The problem lines `trygg check` prints (without the summary and the LIX table)."""
    with pytest.raises(SystemExit):
        main(["check", *argv])
    out = capsys.readouterr().out
    return [line for line in out.split("\n\n")[0].splitlines() if ": " in line]


def paths(lines: list[str]) -> set[str]:
    return {line.split(":", 1)[0] for line in lines}


def copy_content(target: Path, *, extra: bool = False) -> Path:
    shutil.copytree(ROOT / "content", target)
    if extra:
        with (target / SCHOOL).open("a", encoding="utf-8") as file:
            file.write(EXTRA)
    return target


@pytest.mark.parametrize("extra", [False, True], ids=["lika", "b-har-ett-fel-till"])
def test_content_folders_side_by_side_each_show_their_own_files(
    extra: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`trygg check a`, then `trygg check b`: b's problems are in b's files, and are b's."""
    monkeypatch.chdir(tmp_path)
    copy_content(tmp_path / "a")
    copy_content(tmp_path / "b", extra=extra)
    assert {p[:2] for p in paths(check(capsys, "a"))} == {"a/"}
    shown = check(capsys, "b")
    assert (tmp_path / CACHE / "kontroll").is_dir()  # the two share the default cache
    assert shown == check(capsys, "b", "--ingen-cache")
    assert {p[:2] for p in paths(shown)} == {"b/"}
    assert any("TP014" in line for line in shown) == extra
    with pytest.raises(SystemExit):
        main(["check", "b", "--format", "json"])
    files = {p["location"]["file"] for p in json.loads(capsys.readouterr().out)["problem"]}
    assert files and all(file.startswith("b/skolor/") for file in files)


def test_projects_sharing_a_cache_show_their_own_content_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two projects, one `--cache`: a's content is content/, b's innehall/."""
    work = tmp_path / "arbete"
    work.mkdir()
    monkeypatch.chdir(work)
    copy_content(tmp_path / "a" / "content")
    copy_content(tmp_path / "b" / "innehall", extra=True)
    cache = ["--cache", str(tmp_path / "delad")]
    check(capsys, "../a/content", *cache)
    shown = check(capsys, "../b/innehall", *cache)
    assert shown == check(capsys, "../b/innehall", "--ingen-cache")
    assert {p.split("/skolor/")[0] for p in paths(shown)} == {"../b/innehall"}
    assert all(Path(file).is_file() for file in paths(shown))


def test_a_moved_project_uses_its_cache_with_its_new_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """mv a c: `trygg check c/content` reads c's files and takes a's results from the
    cache (the results are c's: its paths are from the project root)."""
    monkeypatch.chdir(tmp_path)
    copy_content(tmp_path / "a" / "content")
    check(capsys, "a/content")
    kept = tmp_path / "a" / CACHE / "kontroll"
    written = {entry.name: entry.stat().st_mtime_ns for entry in kept.iterdir()}
    (tmp_path / "a").rename(tmp_path / "c")
    shown = check(capsys, "c/content")
    assert shown == check(capsys, "c/content", "--ingen-cache")
    assert {p[:10] for p in paths(shown)} == {"c/content/"}
    moved = tmp_path / "c" / CACHE / "kontroll"
    assert {entry.name: entry.stat().st_mtime_ns for entry in moved.iterdir()} == written
