"""Shared fixtures for the page-renderer tests: the small fixture content and the example.

`golden_support` lives in tests/ and `render_html` here; putting both folders on
sys.path works whichever import mode pytest runs in.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURE_CONTENT = HERE / "fixture" / "content"
EXAMPLE_CONTENT = ROOT / "content"
# The fixture's javascript: links, which `trygg check` refuses and the renderer defuses.
HOSTILE_LINKS = frozenset({"TP053"})
for folder in (HERE, HERE.parent):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from contentread import read_sources  # noqa: E402

from generator.check.run import check_content  # noqa: E402
from generator.model import Project, School  # noqa: E402
from generator.model import build as modelbuild  # noqa: E402
from generator.problems import Severity  # noqa: E402
from generator.render import uris  # noqa: E402
from generator.render.school import render_school  # noqa: E402


def checked_project(content_dir: Path, *, despite: frozenset[str] = frozenset()) -> Project:
    """The content's model; with `despite`, also when its only errors have those codes
    (then modelled as it is read, as `trygg check` would not)."""
    checked = check_content(content_dir)
    if checked.project is not None:
        return checked.project
    errors = [p for p in checked.report if p.severity is Severity.ERROR]
    if not errors or any(p.code not in despite for p in errors):
        pytest.fail(f"{content_dir} has errors:\n" + checked.report.format_text())
    sources, _problems = read_sources(content_dir)
    return modelbuild.project(sources)


def plan_page(project: Project, school: School) -> str:
    """The school's plan page (its current plan) as `render_school` writes it."""
    page = {f.uri: f.content for f in render_school(project, school)}[uris.PLAN]
    assert isinstance(page, str)
    return page


@pytest.fixture(scope="session")
def fixture_project() -> Project:
    """tests/render/fixture/content: one school, two plans, some hostile text. Its
    javascript: links are errors to `trygg check` (TP053): rendered all the same, they
    test the renderer's own safety net."""
    return checked_project(FIXTURE_CONTENT, despite=HOSTILE_LINKS)


@pytest.fixture(scope="session")
def lindskolan(fixture_project: Project) -> School:
    school = fixture_project.school("lindskolan")
    assert school is not None
    return school
