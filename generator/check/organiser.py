"""Checking the huvudman's file on its own: huvudman.yml read, validated and modelled
once, with the huvudman's reports, for every school's check (`check.school`) and the
rules' findings that no school's own check gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator.check.rawhtml import html_problems
from generator.check.reports import organiser_reports
from generator.check.runonlists import run_on_problems
from generator.load.document import Document
from generator.load.layout import ORGANISER_FILE
from generator.load.reports import ReportSource
from generator.load.sitetexts import SiteTexts, site_texts
from generator.load.sources import SchoolSources, Sources, read_organiser
from generator.model import Organiser, Project
from generator.model import build as modelbuild
from generator.problems import Problem, Report, display_path
from generator.rules import run_rules
from generator.validate.comments import cut_text_problems
from generator.validate.crosscheck import cross_problems
from generator.validate.documents import validate_schemas
from generator.validate.listhints import with_list_hints
from generator.validate.organisersections import organiser_sections
from generator.validate.textlinks import text_link_problems


@dataclass(frozen=True)
class OrganiserCheck:
    """huvudman.yml: its problems, and its model when it has no error. The rules read
    `rules_model`, built from `rules_document` (the file with its failed sections set
    aside, `skipped`); both are None when no rule can run."""

    root: Path  # the folder that holds content/
    content_dir: Path
    document: Document | None
    problems: tuple[Problem, ...]
    model: Organiser | None
    rules_document: Document | None = None
    rules_model: Organiser | None = None
    skipped: frozenset[str] = frozenset()
    reports: tuple[ReportSource, ...] = ()  # content/rapporter/, as read (`check.reports`)
    settings: tuple[SiteTexts, ...] = ()  # mkdocs.yml's published strings (`load.sitetexts`)

    def sources(self, schools: tuple[SchoolSources, ...] = ()) -> Sources:
        root, content = self.root, self.content_dir
        return Sources(root, content, self.document, schools, self.reports, self.settings)


def check_organiser(content_dir: Path) -> OrganiserCheck:
    """Read, validate and model huvudman.yml; read and validate the huvudman's reports,
    whose errors do not keep huvudman.yml from being modelled."""
    check = _organiser_file(content_dir)
    reports, problems = organiser_reports(content_dir, check.root)
    problems = with_list_hints(problems, check.root)
    settings = site_texts(check.root)  # read on each check: this result is never cached
    found = (*check.problems, *problems)
    return dataclasses.replace(check, problems=found, reports=reports, settings=settings)


def _organiser_file(content_dir: Path) -> OrganiserCheck:
    document, problems = read_organiser(content_dir)
    root = content_dir.resolve().parent
    problems = with_list_hints(problems, root)
    sources = Sources(root, content_dir, document, ())
    schema = validate_schemas(sources)
    problems += schema
    problems += text_link_problems(sources.documents())
    problems += cut_text_problems(sources.documents())
    problems += html_problems(sources)
    problems += run_on_problems(sources)
    problems += cross_problems(sources, schema)
    if document is not None and not Report(problems).has_errors:
        model = modelbuild.organiser(document)
        return OrganiserCheck(root, content_dir, document, tuple(problems), model, document, model)
    file = display_path(content_dir / ORGANISER_FILE, root)
    present = (content_dir / ORGANISER_FILE).exists()
    sections = organiser_sections(document, file, problems, present=present)
    problems += sections.notes
    partial = sections.document
    rules_model = None if partial is None else modelbuild.organiser(partial)
    return OrganiserCheck(
        root, content_dir, document, tuple(problems), None, partial, rules_model, sections.skipped
    )


def organiser_rules(organiser: OrganiserCheck, today: dt.date) -> list[Problem]:
    """The rules' findings in huvudman.yml that no school's own check gives."""
    assert organiser.rules_model is not None
    project = Project(organiser.rules_model, (), str(organiser.root))
    return run_rules(project, organiser.sources(), today, skipped=organiser.skipped)
