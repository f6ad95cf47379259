"""Checking the huvudman's file on its own, and one school on its own.

`trygg check` of all content is the sum of these parts (`generator.check.run` puts them
together): what huvudman.yml alone gives is found once, and each school's own
problems come from its own files plus huvudman.yml. That makes a school's result a
function of its files and the shared inputs, which `generator.check.cache` keeps
until they change, and lets the node trees of a school go as soon as it is done.
"""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import dataclass
from pathlib import Path

from generator.check.student import Locator, PageCheck, school_pages
from generator.clock import reference_date
from generator.load.sources import SchoolSources, Sources, read_organiser, read_school
from generator.load.yamlstrict import Document
from generator.model import Organiser, Project, School
from generator.model import build as modelbuild
from generator.problems import Problem, Report
from generator.render.portal import unit_row
from generator.review import UnitReview, unit_review
from generator.rules import run_rules
from generator.validate.crosscheck import cross_problems
from generator.validate.documents import validate_schemas
from generator.validate.fences import fence_problems


@dataclass(frozen=True)
class OrganiserCheck:
    """huvudman.yml: its problems, and its model when it has no error."""

    root: Path  # the folder that holds content/
    content_dir: Path
    document: Document | None
    problems: tuple[Problem, ...]
    model: Organiser | None

    def sources(self, schools: tuple[SchoolSources, ...] = ()) -> Sources:
        return Sources(self.root, self.content_dir, self.document, schools)


@dataclass(frozen=True)
class PortalPart:
    """What the portal shows of a school: its row on the start page and its granskning."""

    directory: str  # the school folder as shown in messages
    row: str
    review: UnitReview


@dataclass(frozen=True)
class SchoolCheck:
    """Everything checking one school gives. `rules` is None when its files have errors
    (or huvudman.yml has), since the rules need a model."""

    id: str
    problems: tuple[Problem, ...]  # reading, schemas, diagram fences, across fields and files
    rules: tuple[Problem, ...] | None = None  # the rules and the student pages
    pages: PageCheck | None = None
    portal: PortalPart | None = None
    school: School | None = None  # the model, or
    blob: bytes = b""  # the model pickled (as kept in the cache)

    def model(self) -> School | None:
        if self.school is None and self.blob:
            school: School = pickle.loads(self.blob)  # our own cache (see the module docstring)
            return school
        return self.school


def check_organiser(content_dir: Path) -> OrganiserCheck:
    """Read, validate and model huvudman.yml."""
    document, problems = read_organiser(content_dir)
    root = content_dir.resolve().parent
    sources = Sources(root, content_dir, document, ())
    schema = validate_schemas(sources)
    problems += schema
    problems += cross_problems(sources, {p.location.file for p in schema})
    valid = document is not None and not Report(problems).has_errors
    model = modelbuild.organiser(document) if document is not None and valid else None
    return OrganiserCheck(root, content_dir, document, tuple(problems), model)


def organiser_rules(organiser: OrganiserCheck, today: dt.date) -> list[Problem]:
    """The rules' findings in huvudman.yml that no school's own check gives."""
    assert organiser.model is not None
    project = Project(organiser.model, (), str(organiser.root))
    return run_rules(project, organiser.sources(), today)


def check_school(
    directory: Path, organiser: OrganiserCheck, today: dt.date
) -> tuple[SchoolCheck, SchoolSources]:
    """Read, validate, model and check the rules for one school's folder; also what was read."""
    sources, problems = read_school(organiser.content_dir, directory)
    alone = Sources(organiser.root, organiser.content_dir, None, (sources,))
    schema = validate_schemas(alone)
    problems += schema
    problems += fence_problems(alone)
    problems += cross_problems(alone, {p.location.file for p in schema})
    if organiser.model is None or Report(problems).has_errors:
        return SchoolCheck(sources.id, tuple(problems)), sources
    assert organiser.document is not None
    school = modelbuild.school(sources, organiser.document)
    project = Project(organiser.model, (school,), str(organiser.root))
    rules = run_rules(project, organiser.sources((sources,)), today, organiser=False)
    locator = Locator(organiser.root, organiser.sources((sources,)).documents())
    pages = school_pages(project, school, locator)
    rules += pages.problems
    # The portal's granskning shows the unit's findings as `trygg granska` does: the
    # problems in the school's own files, in report order (huvudman.yml's go to
    # "Gemensamt för alla enheter", see `buildportal.portal_content`).
    own = [p for p in Report([*problems, *rules]).sorted() if _inside(p, school)]
    review = unit_review(school, own, reference_date())
    portal = PortalPart(school.directory, unit_row(school), review)
    check = SchoolCheck(sources.id, tuple(problems), tuple(rules), pages, portal, school)
    return check, sources


def _inside(problem: Problem, school: School) -> bool:
    return problem.location.file.startswith(school.directory + "/")
