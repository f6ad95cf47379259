"""Publishing swaps in only what changed, and a failed or interrupted swap is undone exactly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.build import publish as publishing
from generator.build.guard import OUTPUT_MARK
from generator.build.ownership import Owner, mark_text
from generator.build.publish import publish, recover, removing, staging


def tree(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


OLD = {"index.html": "gammal portal", "a/index.html": "a", "b/index.html": "b", "c/index.html": "c"}
NEW = {"index.html": "ny portal", "b/index.html": "nya b", "d/index.html": "d"}
OWNER = Owner("Strandviks kommun", ("strandvik.se",))
# Every staged output says it is trygg's, built for its huvudman.
MARK = {OUTPUT_MARK: mark_text(OWNER)}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    write(folder, OLD)
    return folder


def test_only_the_changed_entries_are_swapped(out: Path) -> None:
    kept = (out / "a" / "index.html").stat().st_ino
    with staging(out, OWNER) as folder:
        write(folder, NEW)
        with removing(publish(folder, out, keep={"a"})):
            pass
    assert tree(out) == {**NEW, **MARK, "a/index.html": "a"}  # c is gone: neither kept nor new
    assert (out / "a" / "index.html").stat().st_ino == kept
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


def test_with_nothing_kept_the_whole_folder_is_replaced(out: Path) -> None:
    with staging(out, OWNER) as folder:
        write(folder, NEW)
        with removing(publish(folder, out, keep=set())):
            pass
    assert tree(out) == {**NEW, **MARK}
    assert out.stat().st_mode & 0o777 == 0o777 & ~_umask()  # not mkdtemp's 0700


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("failing", range(1, 7))
def test_an_error_in_the_middle_restores_the_old_output(
    out: Path, failing: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_rename(monkeypatch, failing)
    with pytest.raises(OSError, match="disk"), staging(out, OWNER) as folder:
        write(folder, NEW)
        publish(folder, out, keep={"a"})
    assert tree(out) == OLD
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


@pytest.mark.parametrize("failing", range(1, 7))
def test_a_swap_cut_short_is_undone_by_the_next_build(
    out: Path, failing: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publishing, "recover", lambda out: None)  # the process died
    _failing_rename(monkeypatch, failing)
    with pytest.raises(OSError, match="disk"), staging(out, OWNER) as folder:
        write(folder, NEW)
        publish(folder, out, keep={"a"})
    monkeypatch.undo()
    recover(out)
    assert tree(out) == OLD
    assert sorted(
        p.name for p in out.parent.iterdir() if not p.name.startswith(".site.bygger")
    ) == ["site"]


def _failing_rename(monkeypatch: pytest.MonkeyPatch, failing: int) -> None:
    """Path.rename fails (like a full disk) on its `failing`-th call, and only then."""
    calls: list[Path] = []
    original = Path.rename

    def rename(self: Path, target: Path) -> Path:
        calls.append(self)
        if len(calls) == failing:
            raise OSError("disk full")
        return original(self, target)

    monkeypatch.setattr(Path, "rename", rename)


def test_a_whole_swap_cut_between_its_two_renames_is_undone(out: Path) -> None:
    out.rename(out.with_name(".site.föregående"))  # the old output moved aside, no new one yet
    recover(out)
    assert tree(out) == OLD
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]


def test_what_a_finished_swap_left_to_remove_is_removed(out: Path) -> None:
    leftover = out.with_name(".site.föregående")
    write(leftover, {"gammal/index.html": "x"})
    recover(out)
    assert tree(out) == OLD
    assert not leftover.exists()


@pytest.mark.parametrize("keep", [set(), {"a"}])
def test_hidden_entries_trygg_did_not_write_are_kept(out: Path, keep: set[str]) -> None:
    # A site folder may be a git work tree for GitHub Pages; MkDocs keeps hidden entries too.
    write(out, {".git/HEAD": "ref: refs/heads/gh-pages", ".nojekyll": ""})
    with staging(out, OWNER) as folder:
        write(folder, NEW)
        with removing(publish(folder, out, keep=keep)):
            pass
    assert (out / ".git" / "HEAD").read_text(encoding="utf-8") == "ref: refs/heads/gh-pages"
    assert (out / ".nojekyll").is_file() and (out / "d" / "index.html").is_file()
    assert not (out / "c").exists()
