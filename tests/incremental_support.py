"""What the tests of incremental builds share (test_build_identical, test_portal_pages,
test_school_pages): a copy of the example content on a fixed day, a build that must
succeed, an edit of one file, and a folder's files to compare byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build.pipeline import build_all
from generator.build.request import BuildRequest, BuildResult

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
PLAN = "skolor/strandskolan/trygghetsplan/2026-27.yml"  # the plan the tests edit


def fix_the_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1788000000")  # 2026-08-30
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


def copy_content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


def build(content: Path, out: Path, **options: object) -> BuildResult:
    result = build_all(BuildRequest(CONFIG, content, out, **options))  # type: ignore[arg-type]
    assert result.ok, result.report.format_text()
    return result


def edit(content: Path, old: str, new: str, file: str = PLAN) -> None:
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file below `folder`, by its path in it."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
