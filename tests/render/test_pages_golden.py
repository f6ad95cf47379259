"""Golden files for every generated page and open data file (JSON, CSV, the feed).

    UPDATE_GOLDENS=1 .venv/bin/pytest tests/render

rewrites tests/golden/pages/<school>/<uri> from the current renderers (and
removes golden files for pages that no longer exist); review the diff in git.
The student pages (elev/) and the .ics calendar have their own goldens with
their renderers, so they are not repeated here.
"""

from __future__ import annotations

import functools

import pytest
from conftest import EXAMPLE_CONTENT, FIXTURE_CONTENT, HOSTILE_LINKS, ROOT, checked_project
from golden_support import assert_golden, updating

from generator.check.run import check_content
from generator.model import Project
from generator.render.school import GeneratedFile, render_school

GOLDEN = ROOT / "tests" / "golden" / "pages"
SOURCES = {"fixture": FIXTURE_CONTENT, "example": EXAMPLE_CONTENT}


@functools.cache
def _project(source: str) -> Project | None:
    if source == "fixture":  # rendered despite its hostile links, as the other tests do
        return checked_project(FIXTURE_CONTENT, despite=HOSTILE_LINKS)
    return check_content(SOURCES[source]).project


def _school_ids(source: str) -> list[str]:
    project = _project(source)
    return [school.id for school in project.schools] if project else ["(content has errors)"]


def _golden_files(project: Project, school_id: str) -> list[GeneratedFile]:
    school = project.school(school_id)
    assert school is not None
    return [
        f
        for f in render_school(project, school)
        if not f.uri.startswith("elev/") and not f.uri.endswith(".ics")
    ]


CASES = [(source, school_id) for source in SOURCES for school_id in _school_ids(source)]


@pytest.mark.parametrize(("source", "school_id"), CASES)
def test_pages_match_goldens(source: str, school_id: str) -> None:
    project = _project(source)
    if project is None:
        pytest.skip(f"{SOURCES[source]} has errors; its pages cannot be rendered")
    files = _golden_files(project, school_id)
    folder = GOLDEN / school_id
    for generated in files:
        assert isinstance(generated.content, str)
        assert_golden(folder / generated.uri, generated.content)
    expected = {folder / f.uri for f in files}
    stale = {p for p in folder.rglob("*") if p.is_file()} - expected
    if updating():
        for path in stale:
            path.unlink()
    assert not stale, f"golden files for pages that are no longer generated: {sorted(stale)}"


def test_fixture_and_example_schools_do_not_share_golden_folders() -> None:
    fixture, example = set(_school_ids("fixture")), set(_school_ids("example"))
    assert not fixture & example


def test_golden_folder_has_no_unknown_schools() -> None:
    known = {school_id for _source, school_id in CASES}
    folders = {p.name for p in GOLDEN.iterdir()} if GOLDEN.exists() else set()
    assert folders <= known, sorted(folders - known)
