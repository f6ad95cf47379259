"""The outcome of a check: every problem in one report, each school's result, and the
models, which exist only when reading and validation found no error."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.check.models import Models
from generator.check.school import SchoolCheck
from generator.check.student import LixRow
from generator.model import Organiser, Project, School
from generator.problems import Report


@dataclass(frozen=True)
class HeldReport:
    """A huvudman's report that `trygg build` does not publish, for the errors in its files
    (`build.heldreports`): its id (its file's name), its title as the last build that
    published it checked (`build.keptreports`; "" without a sealed record), its error
    codes with their counts, and whether its last published page is still published."""

    id: str
    title: str
    codes: tuple[tuple[str, int], ...]
    published: bool
    leaked: bool = False  # its old page showed what a privacy error found, and went


@dataclass(frozen=True)
class Checked:
    """The outcome of checking: all problems, each school's result, and the models."""

    root: Path  # the folder that holds content/ (paths in messages are relative to it)
    report: Report
    organiser: Organiser | None = None
    schools: tuple[SchoolCheck, ...] = ()
    valid: bool = False  # reading and validation found no error, so the models exist
    models: Models = field(default_factory=Models)
    # Each file of the huvudman's reports (YAML and body) as messages show it: its report's id.
    report_files: Mapping[str, str] = field(default_factory=dict)
    held_reports: tuple[HeldReport, ...] = ()  # withheld by the build (`build.heldreports`)

    def school(self, school_id: str) -> School | None:
        """One school's model (None when its files have errors)."""
        return self.models.school(school_id) if self.valid else None

    @functools.cached_property
    def model(self) -> Project | None:
        """The model even when rules found errors, for the granskning; None only when
        reading or validation failed."""
        if not self.valid or self.organiser is None:
            return None
        schools = [self.models.school(s.id) for s in self.schools]
        return Project(self.organiser, tuple(s for s in schools if s), str(self.root))

    @property
    def project(self) -> Project | None:
        """The model, only when no stage found an error."""
        return None if self.report.has_errors else self.model

    @property
    def lix_rows(self) -> list[LixRow]:
        return [row for s in self.schools if s.pages for row in s.pages.lix_rows]
