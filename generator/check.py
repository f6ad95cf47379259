"""The checking half of the pipeline: read → validate → model → rules.

`check_content` never raises on bad content. It returns every problem found
and, only when there is no error, the frozen model that renderers use.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator import modelbuild
from generator.crosscheck import cross_problems
from generator.fences import fence_problems
from generator.model import Project
from generator.planstatus import reference_date
from generator.problems import Report
from generator.render.student_checks import student_problems
from generator.rules import run_rules
from generator.sources import Sources, read_sources
from generator.validate import validate_schemas


@dataclass(frozen=True)
class Checked:
    """The outcome of checking: the sources read, all problems, and the model if valid."""

    sources: Sources
    report: Report
    project: Project | None
    # The model even when rules found errors, for the granskning; None only when
    # reading or validation failed.
    model: Project | None = None


def check_content(
    content_dir: Path, *, only: Collection[str] = (), today: dt.date | None = None
) -> Checked:
    """Read, validate and check the rules for everything under `content_dir`.

    `today` (default: `planstatus.reference_date()`) decides which plan is in force. The model is
    returned only when no stage found an error.
    """
    with gc_paused():
        return _check(content_dir, only, today)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector while content is read and checked.

    Checking creates hundreds of thousands of small objects that live on (node trees,
    data, the model) and hold no reference cycles. The collector would scan them
    again and again as they pile up: a third of the time of `trygg check`.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check(content_dir: Path, only: Collection[str], today: dt.date | None) -> Checked:
    report = Report()
    # Stage 1: read every file; unreadable files become problems.
    sources, read_problems = read_sources(content_dir, only)
    report.extend(read_problems)
    # Stage 2: schemas, then checks across fields and files on what passed.
    schema_problems = validate_schemas(sources)
    report.extend(schema_problems)
    # Diagram fences in sidor/*.md hold YAML too: same schemas, located in the .md file.
    report.extend(fence_problems(sources))
    invalid = {p.location.file for p in schema_problems}
    report.extend(cross_problems(sources, invalid))
    if report.has_errors:
        return Checked(sources, report, None)
    # Stage 3: the frozen model.
    model = modelbuild.project(sources)
    # Stage 4: rules on the model (and readability of the student version);
    # their errors stop the build too.
    day = today or reference_date()
    report.extend(run_rules(model, sources, day))
    report.extend(student_problems(model, day))
    return Checked(sources, report, None if report.has_errors else model, model)
