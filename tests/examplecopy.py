"""A copy of the example's content/ that a module's tests edit one file at a time, each
edit put back when its test is done (so the copy is made once per module)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("projekt") / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


@contextmanager
def edited(path: Path, edit: Callable[[str], str]) -> Iterator[None]:
    """`path` holding `edit` of its text for the time of the `with`, then as it was."""
    original = path.read_text(encoding="utf-8")
    path.write_text(edit(original), encoding="utf-8")
    try:
        yield
    finally:
        path.write_text(original, encoding="utf-8")
