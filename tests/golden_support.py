"""Golden-file comparison for renderer tests.

    assert_golden(GOLDEN / "flow.svg", render_flow(flow, "f"))

compares the output with the stored file. Run the tests with `UPDATE_GOLDENS=1`
to write the current output instead, then review the diff in git.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

MAX_DIFF_LINES = 60


def updating() -> bool:
    """True when the run should rewrite golden files (UPDATE_GOLDENS=1)."""
    return os.environ.get("UPDATE_GOLDENS", "") == "1"


def assert_golden(path: Path, actual: str) -> None:
    """Fail unless `actual` equals the golden file byte for byte (or rewrite it when updating)."""
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"golden file {path} is missing; run with UPDATE_GOLDENS=1 to create it")
    expected = path.read_bytes().decode("utf-8")
    if actual == expected:
        return
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"{path} (golden)",
        tofile="actual",
    )
    shown = "".join(list(diff)[:MAX_DIFF_LINES])
    pytest.fail(
        f"output differs from {path}; if the change is intended, "
        f"rerun with UPDATE_GOLDENS=1\n{shown}"
    )
