"""Shared fixtures for the student-page tests: the example content, checked once.

`golden_support` lives in tests/; putting it on sys.path works whichever import
mode pytest runs in.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for folder in (HERE, HERE.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from generator.check.run import check_content  # noqa: E402
from generator.model import Project  # noqa: E402


@pytest.fixture(scope="session")
def example() -> Project:
    """The example content under content/, which must check without errors."""
    checked = check_content(ROOT / "content")
    if checked.project is None:
        pytest.fail("the example content has errors:\n" + checked.report.format_text())
    return checked.project
