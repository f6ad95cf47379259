"""Checking the huvudman's file on its own, and one school on its own.

`trygg check` of all content is the sum of these parts (`check.run` puts them together):
what huvudman.yml alone gives is found once, and each school's own problems come from
its own files plus huvudman.yml. That makes a school's result a function of its files
and the shared inputs, which `check.cache` keeps until they change, and lets the node
trees of a school go as soon as it is done.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator.check.draftmarks import as_drafts
from generator.check.drafts import draft_files, draft_rules
from generator.check.menutitles import same_menu_titles
from generator.check.planfiles import PlanFiles, plan_files
from generator.check.rawhtml import html_problems
from generator.check.reports import organiser_reports, school_reports
from generator.check.reporttotals import total_problems
from generator.check.runonlists import run_on_problems
from generator.check.student import Locator, PageCheck, school_pages
from generator.check.wheelweeks import week_findings
from generator.check.written import written
from generator.load.document import Document
from generator.load.layout import ORGANISER_FILE
from generator.load.reports import ReportSource
from generator.load.sources import SchoolSources, Sources, read_organiser, read_school
from generator.model import Organiser, Project, School
from generator.model import build as modelbuild
from generator.model.status import on_day
from generator.model.summary import SchoolSummary, summarise
from generator.problems import Problem, Report, display_path
from generator.render.files import GeneratedFile
from generator.render.markdown.freepage import free_page_markdown
from generator.render.sitepages import linked_pages
from generator.rules import run_rules
from generator.validate.comments import cut_text_problems
from generator.validate.contacts import contact_problems
from generator.validate.contentlinks import content_link_problems
from generator.validate.crosscheck import cross_problems
from generator.validate.documents import validate_schemas
from generator.validate.fences import fence_problems
from generator.validate.links import link_problems
from generator.validate.listhints import with_list_hints
from generator.validate.organisersections import organiser_sections
from generator.validate.reportlinks import report_link_problems
from generator.validate.sections import school_sections
from generator.validate.standins import PLAN, SCHOOL
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

    def sources(self, schools: tuple[SchoolSources, ...] = ()) -> Sources:
        return Sources(self.root, self.content_dir, self.document, schools, self.reports)


@dataclass(frozen=True)
class SchoolCheck:
    """Everything checking one school gives, but its model. `rules` is None when
    huvudman.yml has errors; `pages` is None also when the school's own files have errors,
    since they need a complete model, and so is `summary` when those errors are in what it
    reads (`summary_despite_errors`)."""

    id: str
    problems: tuple[Problem, ...]  # reading, schemas, diagram fences, across fields and files
    plan_files: PlanFiles  # known also without a model, for the granskning
    # the rules on the sections without errors (with a TP029 for each other), the pages
    rules: tuple[Problem, ...] | None = None
    pages: PageCheck | None = None
    summary: SchoolSummary | None = None
    name: str = ""  # skola.yml's `namn` as written, also without a model (`written_name`)
    written_forms: tuple[str, ...] = ()  # its `skolformer` so, for the portal (`written_forms`)
    written_grades: str = ""  # and its `årskurser`


# The sections of skola.yml a summary reads; of a plan it may read every section (its
# dates, kartläggning, åtgärder, utvärdering, enkäter).
SUMMARISED = frozenset({f"{SCHOOL}.namn", f"{SCHOOL}.skolformer", f"{SCHOOL}.årskurser"})


def summary_despite_errors(
    school: School, skipped: frozenset[str], organiser: Organiser | None
) -> SchoolSummary | None:
    """The summary of a school whose files have errors, for the granskning: made from its
    model with the failed sections set aside (`validate.sections`), unless one of them is
    a section the summary reads (then what it would say is not known); None without a
    valid huvudman.yml."""
    if organiser is None or any(s in SUMMARISED or s.startswith(f"{PLAN}.") for s in skipped):
        return None
    return summarise(school, organiser.key_indicator)


@dataclass(frozen=True)
class Checking:
    """One school checked: the result, and the model and the student pages when its
    files have no error."""

    check: SchoolCheck
    school: School | None
    student_pages: tuple[GeneratedFile, ...] | None = None


def check_organiser(content_dir: Path) -> OrganiserCheck:
    """Read, validate and model huvudman.yml; read and validate the huvudman's reports,
    whose errors do not keep huvudman.yml from being modelled."""
    check = _organiser_file(content_dir)
    reports, problems = organiser_reports(content_dir, check.root)
    problems = with_list_hints(problems, check.root)
    return dataclasses.replace(check, problems=(*check.problems, *problems), reports=reports)


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


def check_school(
    directory: Path, organiser: OrganiserCheck, today: dt.date
) -> tuple[Checking, SchoolSources]:
    """Read, validate, model and check the rules for one school's folder; also what was read."""
    sources, problems = read_school(organiser.content_dir, directory)
    problems = with_list_hints(problems, organiser.root)
    plans = plan_files(sources, problems)
    named = written(sources)
    alone = Sources(organiser.root, organiser.content_dir, None, (sources,))
    schema = validate_schemas(alone)
    problems += schema
    problems += fence_problems(alone)
    problems += link_problems(alone, free_page_markdown)  # anchors as the site has them
    problems += text_link_problems(alone.documents())
    problems += report_link_problems(sources.reports)  # the bodies of its own reports
    problems += total_problems(sources.reports, problems)  # TP074
    problems += cut_text_problems(alone.documents())
    problems += html_problems(alone)
    problems += run_on_problems(alone)
    problems += cross_problems(alone, schema)
    problems += week_findings(sources, schema, today)
    valid_organiser = organiser.document if organiser.model else None
    problems += contact_problems(sources, valid_organiser, schema)
    drafts = draft_files(sources)
    if organiser.rules_model is None or organiser.rules_document is None:
        check = SchoolCheck(sources.id, tuple(as_drafts(problems, drafts)), plans, **named)
        return Checking(check, None), sources
    sections = school_sections(sources, problems)  # all of them when there is no error
    problems = as_drafts(problems, drafts)  # an utkast's errors never hold its school back
    school = modelbuild.school(sections.sources, organiser.rules_document)
    project = Project(organiser.rules_model, (school,), str(organiser.root))
    with_organiser = organiser.sources((sources,))
    skipped = sections.skipped | organiser.skipped
    rules = run_rules(project, with_organiser, today, organiser=False, skipped=skipped)
    rules += [
        p for p in draft_rules(project, school, with_organiser, today, skipped) if p not in rules
    ]
    if not Report(problems).has_errors:  # else a plan may be set aside: links are not checked
        school, linking = school_reports(school, today)
        problems += linking
    rules = as_drafts([*rules, *sections.notes], drafts)
    if organiser.model is None or Report(problems).has_errors:  # pages need the whole model
        summary = summary_despite_errors(school, sections.skipped, organiser.model)
        found = (tuple(problems), plans, tuple(rules), None, summary)
        check = SchoolCheck(sources.id, *found, **named)
        return Checking(check, None), sources
    problems += content_link_problems(sources, linked_pages(on_day(school, today)))
    locator = Locator(organiser.root, with_organiser.documents())
    pages, student_pages = school_pages(project, school, locator)
    rules += pages.problems
    rules += same_menu_titles(school, locator)
    summary = summarise(school, organiser.model.key_indicator)
    check = SchoolCheck(sources.id, tuple(problems), plans, tuple(rules), pages, summary, **named)
    return Checking(check, school, student_pages), sources
