"""Reading all content at once, as the pipeline did before it went school by school."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from generator.load.schoolfolders import school_folders
from generator.load.sources import SchoolSources, Sources, read_organiser, read_school
from generator.problems import Problem


def read_sources(content_dir: Path, only: Collection[str] = ()) -> tuple[Sources, list[Problem]]:
    """Read everything under `content_dir`; `only` limits which schools are read."""
    organiser, problems = read_organiser(content_dir)
    folders, folder_problems = school_folders(content_dir, only)
    schools: list[SchoolSources] = []
    for directory in folders:
        school, found = read_school(content_dir, directory)
        schools.append(school)
        problems += found
    root = content_dir.resolve().parent
    return Sources(root, content_dir, organiser, tuple(schools)), problems + folder_problems
