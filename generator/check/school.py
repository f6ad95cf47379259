"""Checking one school on its own (the huvudman's file on its own: `check.organiser`).

`trygg check` of all content is the sum of these parts (`check.run` puts them together):
what huvudman.yml alone gives is found once, and each school's own problems come from
its own files plus huvudman.yml. That makes a school's result a function of its files
and the shared inputs, which `check.cache` keeps until they change, and lets the node
trees of a school go as soon as it is done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator.check.draftmarks import as_drafts
from generator.check.drafts import draft_files, draft_rules
from generator.check.menutitles import same_menu_titles
from generator.check.organiser import OrganiserCheck
from generator.check.planfiles import PlanFiles, plan_files
from generator.check.rawhtml import html_problems
from generator.check.reports import school_reports
from generator.check.reporttotals import total_problems
from generator.check.runonlists import run_on_problems
from generator.check.student import Locator, PageCheck, school_pages
from generator.check.wheelweeks import week_findings
from generator.check.written import Written, written
from generator.load.sources import SchoolSources, Sources, read_school
from generator.model import Organiser, Project, School
from generator.model import build as modelbuild
from generator.model.status import on_day
from generator.model.summary import SchoolSummary, summarise
from generator.problems import Problem, Report
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
from generator.validate.reportlinks import report_link_problems
from generator.validate.sections import school_sections
from generator.validate.standins import PLAN, SCHOOL
from generator.validate.textlinks import text_link_problems


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


def check_school(
    directory: Path, organiser: OrganiserCheck, today: dt.date
) -> tuple[Checking, SchoolSources]:
    """Read, validate, model and check the rules for one school's folder; also what was read."""
    sources, problems = read_school(organiser.content_dir, directory)
    problems = with_list_hints(problems, organiser.root)
    read = _Read(sources, plan_files(sources, problems), written(sources), draft_files(sources))
    problems += _file_problems(sources, organiser, today)
    if organiser.rules_model is None or organiser.rules_document is None:
        problems = as_drafts(problems, read.drafts)
        check = SchoolCheck(sources.id, tuple(problems), read.plans, **read.named)
        return Checking(check, None), sources
    return _modelled(read, problems, organiser, today), sources


@dataclass(frozen=True)
class _Read:
    """What a school's check knows of its files without a model: the plan files, skola.yml's
    fields as written, and which files are utkast."""

    sources: SchoolSources
    plans: PlanFiles
    named: Written
    drafts: frozenset[str]


def _file_problems(
    sources: SchoolSources, organiser: OrganiserCheck, today: dt.date
) -> list[Problem]:
    """The problems of the school's files on their own: schemas, diagram fences, links,
    text, across fields and files, weeks and contacts."""
    alone = Sources(organiser.root, organiser.content_dir, None, (sources,))
    schema = validate_schemas(alone)
    problems = [*schema]
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
    return problems


def _modelled(
    read: _Read, problems: list[Problem], organiser: OrganiserCheck, today: dt.date
) -> Checking:
    """The school's model (of its sections without errors) and the rules on it; its pages
    too when neither its files nor huvudman.yml have an error."""
    assert organiser.rules_model is not None and organiser.rules_document is not None
    sections = school_sections(read.sources, problems)  # all of them when there is no error
    problems = as_drafts(problems, read.drafts)  # an utkast's errors never hold its school back
    school = modelbuild.school(sections.sources, organiser.rules_document)
    project = Project(organiser.rules_model, (school,), str(organiser.root))
    with_organiser = organiser.sources((read.sources,))
    skipped = sections.skipped | organiser.skipped
    rules = _rules(project, school, with_organiser, skipped, today)
    if not Report(problems).has_errors:  # else a plan may be set aside: links are not checked
        school, linking = school_reports(school, today)
        problems += linking
    rules = as_drafts([*rules, *sections.notes], read.drafts)
    if organiser.model is None or Report(problems).has_errors:  # pages need the whole model
        summary = summary_despite_errors(school, sections.skipped, organiser.model)
        found = (tuple(problems), read.plans, tuple(rules), None, summary)
        return Checking(SchoolCheck(read.sources.id, *found, **read.named), None)
    locator = Locator(organiser.root, with_organiser.documents())
    so_far = (problems, rules)
    return _with_pages(read, so_far, (project, school), locator, organiser.model, today=today)


def _rules(
    project: Project, school: School, sources: Sources, skipped: frozenset[str], today: dt.date
) -> list[Problem]:
    """The rules' findings in the school's files (huvudman.yml's own are found once), and
    those in its utkast files that its plans do not give."""
    rules = run_rules(project, sources, today, organiser=False, skipped=skipped)
    rules += [p for p in draft_rules(project, school, sources, today, skipped) if p not in rules]
    return rules


def _with_pages(
    read: _Read,
    so_far: tuple[list[Problem], list[Problem]],
    models: tuple[Project, School],
    locator: Locator,
    organiser: Organiser,
    *,
    today: dt.date,
) -> Checking:
    """The school checked with its pages (`so_far`: its problems and the rules' findings
    without them), its summary and its student pages."""
    (problems, rules), (project, school) = so_far, models
    problems += content_link_problems(read.sources, linked_pages(on_day(school, today)))
    pages, student_pages = school_pages(project, school, locator)
    rules += pages.problems
    rules += same_menu_titles(school, locator)
    summary = summarise(school, organiser.key_indicator)
    check = SchoolCheck(
        read.sources.id, tuple(problems), read.plans, tuple(rules), pages, summary, **read.named
    )
    return Checking(check, school, student_pages)
