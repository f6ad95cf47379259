"""The checking half of the pipeline: read → validate → model → rules.

`check_content` never raises on bad content. It returns every problem found
and, only when there is no error, the frozen model that renderers use.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from generator import modelbuild
from generator.crosscheck import cross_problems
from generator.model import Project
from generator.problems import Report
from generator.sources import Sources, read_sources
from generator.validate import validate_schemas


@dataclass(frozen=True)
class Checked:
    """The outcome of checking: the sources read, all problems, and the model if valid."""

    sources: Sources
    report: Report
    project: Project | None


def check_content(
    content_dir: Path, *, only: Collection[str] = ()
) -> Checked:
    """Read and validate everything under `content_dir`; build the model when error-free."""
    report = Report()
    # Stage 1: read every file; unreadable files become problems.
    sources, read_problems = read_sources(content_dir, only)
    report.extend(read_problems)
    # Stage 2: schemas, then checks across fields and files on what passed.
    schema_problems = validate_schemas(sources)
    report.extend(schema_problems)
    invalid = {p.location.file for p in schema_problems}
    report.extend(cross_problems(sources, invalid))
    if report.has_errors:
        return Checked(sources, report, None)
    # Stage 3: the frozen model.
    return Checked(sources, report, modelbuild.project(sources))
