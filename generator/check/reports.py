"""Checking reports: the huvudman's are read and validated with huvudman.yml, a school's
with its own files; here their links to the schools' plans are resolved (TP060).

A link names a goal or a measure of a school; it is found in the newest decided plan of
the school that has it. The huvudman's reports may link to any school; a school's own
report only to its own plans, so that its check stays a matter of its own files. A link
to a school whose files have errors is left unresolved: those errors are reported there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path

from generator import codes
from generator.check.crossing import crossed
from generator.check.reporttotals import total_problems
from generator.load.reader import Reader
from generator.load.reports import REPORTS, ReportSource, read_reports
from generator.load.sources import Sources
from generator.model import Plan, School, UnitReport
from generator.model.report import Initiative, PlanLink, ReportBlock, Unprotected
from generator.model.report_crossing import protect_together
from generator.model.status import on_day
from generator.problems import Problem, Severity
from generator.validate.comments import cut_text_problems
from generator.validate.documents import validate_schemas
from generator.validate.reportlinks import report_link_problems
from generator.validate.textlinks import text_link_problems

Schools = Callable[[str], School | None]


def organiser_reports(
    content_dir: Path, root: Path
) -> tuple[tuple[ReportSource, ...], list[Problem]]:
    """The huvudman's reports (content/rapporter/) as read, and their reading and schema
    problems."""
    reader = Reader(root, content_dir)
    reports = read_reports(content_dir / REPORTS, reader)
    problems = reader.problems
    sources = Sources(root, content_dir, None, (), reports)
    problems += validate_schemas(sources)
    problems += text_link_problems(sources.documents())
    problems += report_link_problems(reports)  # their bodies, which each report's page shows
    problems += cut_text_problems(sources.documents())
    problems += total_problems(reports, problems)  # TP074, of the reports read without errors
    return reports, problems


def report_files(reports: Iterable[ReportSource]) -> dict[str, str]:
    """Each file of the reports as messages show it (the YAML, and the body when it has
    one), and the id of the report it belongs to."""
    files = {report.document.display: report.id for report in reports}
    return files | {report.body_display: report.id for report in reports if report.body_display}


def read_report_files(content_dir: Path) -> dict[str, str]:
    """`report_files` of the huvudman's reports, read again (no check at hand)."""
    root = content_dir.resolve().parent
    return report_files(read_reports(content_dir / REPORTS, Reader(root, content_dir)))


def modelled(
    reports: Iterable[ReportSource], problems: Iterable[Problem], threshold: int
) -> list[UnitReport]:
    """The huvudman's reports without errors, as models (newest first)."""
    failed = {p.location.file for p in problems if p.severity is Severity.ERROR}
    made = protect_together([r for r in reports if r.document.display not in failed], threshold)
    return sorted(made, key=lambda r: (r.date, r.id), reverse=True)


def linked(
    report: UnitReport, schools: Schools, known: Collection[str], today: dt.date
) -> tuple[UnitReport, list[Problem]]:
    """The report with its links resolved, and a TP060 for each that points nowhere;
    also a TP071 for each of its tables that no suppression protects."""
    problems: list[Problem] = [_unprotected(table) for table in report.unprotected]

    def resolve(link: PlanLink) -> PlanLink:
        found, problem = _resolve(link, report.school, schools, known, today)
        problems.extend(problem)
        return found

    return _with_links(report, resolve), problems


def _unprotected(table: Unprotected) -> Problem:
    if table.other:  # given away by another report (`model.report_crossing`)
        return crossed(table)
    if table.group:
        where = f"gruppen '{table.group}'"
    else:
        where = f"raden '{table.row}'" if table.row else "tabellen över grupperna"
    message = (
        "antalet här är färre än min_antal_svar och visas inte, men det kan räknas fram: "
        f"summan av {where} i '{table.block}' går att läsa eller räkna ut ur andra siffror "
        "i rapporten, och inget annat antal i tabellen kan döljas i stället (de andra är "
        "redan dolda, är 0 eller kan också räknas fram)"
    )
    hint = (
        "slå ihop undergruppen med en annan, eller ta bort summan eller talet som visar "
        "samma antal (en rad i en annan tabell, en summa eller ett tal i texten)"
    )
    return codes.problem("TP071", table.location, message, hint=hint)


def without_links_to(
    reports: tuple[UnitReport, ...], schools: Mapping[str, str], kept: Iterable[PlanLink] = ()
) -> tuple[UnitReport, ...]:
    """The reports with their links to `schools` (id -> name) unresolved: a withheld
    school's plan is not published, so a report names its goal or measure ("Ekbackens
    skola, åtgärd A3") without a link or its words; unless the school's last published
    site has it: then the link goes there as it did (`kept`, `model.keptsite`)."""
    published = {(k.school, k.goal, k.measure): k for k in kept}

    def plain(link: PlanLink) -> PlanLink:
        if link.school not in schools:
            return link
        if (old := published.get((link.school, link.goal, link.measure))) is not None:
            return dataclasses.replace(old, location=link.location)
        what = f"mål {link.goal}" if link.goal else f"åtgärd {link.measure}"
        label = f"{schools[link.school]}, {what}"
        return PlanLink(link.school, link.goal, link.measure, link.location, label=label)

    return tuple(_with_links(report, plain) for report in reports)


def school_reports(school: School, today: dt.date) -> tuple[School, list[Problem]]:
    """A school with the links of its own reports resolved, and the links' problems."""
    if not school.reports:
        return school, []
    own = {school.id: school}
    done = [linked(r, own.get, (school.id,), today) for r in school.reports]
    found = [p for _, problems in done for p in problems]
    return dataclasses.replace(school, reports=tuple(r for r, _ in done)), found


def _resolve(
    link: PlanLink, owner: str, schools: Schools, known: Collection[str], today: dt.date
) -> tuple[PlanLink, list[Problem]]:
    if owner and link.school != owner:
        hint = f"ta bort skola: eller skriv skola: {owner}"
        message = "en skolas rapport kan bara länka till skolans egna planer"
        return link, [codes.problem("TP060", link.location, message, hint=hint)]
    if link.school not in known:
        hint = f"ange en av skolorna: {', '.join(sorted(known))}" if known else ""
        message = f"skolan '{link.school}' finns inte" if link.school else "länken saknar skola"
        return link, [codes.problem("TP060", link.location, message, hint=hint)]
    school = schools(link.school)
    if school is None:
        return link, []  # its own errors are reported with it
    return _in_plans(link, school, today)


def _in_plans(link: PlanLink, school: School, today: dt.date) -> tuple[PlanLink, list[Problem]]:
    """The link resolved in the newest decided plan that has its goal or measure."""
    kind, wanted = ("mål", link.goal) if link.goal else ("åtgärd", link.measure)
    for plan in reversed(school.plans):
        label = _label(school.name, plan, link)
        if label:
            current = plan is on_day(school, today).current_plan
            return dataclasses.replace(link, plan_key=plan.key, current=current, label=label), []
    if any(_label(school.name, draft, link) for draft in school.drafts):
        # Nothing of an utkast is published: the link shows only what the report says.
        label = f"{school.name}, {kind} {wanted} (planen är inte beslutad)"
        message = f"{kind} '{wanted}' finns bara i ett utkast till skolans plan och visas som text"
        return dataclasses.replace(link, label=label), [
            codes.problem("TP063", link.location, message)
        ]
    ids = _ids(school.plans[-1], link) if school.plans else []
    hint = f"ange ett av dessa id: {', '.join(ids)}" if ids else "skolan har ingen beslutad plan"
    none = "inget mål" if link.goal else "ingen åtgärd"
    message = f"skolan '{link.school}' har {none} '{wanted}' i någon beslutad trygghetsplan"
    return link, [codes.problem("TP060", link.location, message, hint=hint)]


def _label(name: str, plan: Plan, link: PlanLink) -> str:
    """How the link reads: "Ekbackens skola, mål: Alla elever känner sig trygga i skolan",
    by its title as the plan page names it (`render.plan.refs`); its id says nothing to a
    guardian and is left for where the title cannot be shown (an utkast, a withheld
    school). Plain text: the page makes it safe."""
    if link.goal:
        goal = next((g for g in plan.goals if g.id == link.goal), None)
        return f"{name}, mål: {goal.text.rstrip('.')}" if goal else ""
    measure = next((m for m in plan.measures if m.id == link.measure), None)
    return f"{name}, åtgärd: {measure.title}" if measure else ""


def _ids(plan: Plan, link: PlanLink) -> list[str]:
    return [g.id for g in plan.goals] if link.goal else [m.id for m in plan.measures]


def _with_links(report: UnitReport, change: Callable[[PlanLink], PlanLink]) -> UnitReport:
    """The report with every link of its measure lists replaced by `change(link)`."""

    def initiative(item: Initiative) -> Initiative:
        return dataclasses.replace(item, links=tuple(map(change, item.links)))

    def block(item: ReportBlock) -> ReportBlock:
        if item.measures is None:
            return item
        areas = tuple(
            dataclasses.replace(a, initiatives=tuple(map(initiative, a.initiatives)))
            for a in item.measures.areas
        )
        return dataclasses.replace(item, measures=dataclasses.replace(item.measures, areas=areas))

    sections = [
        dataclasses.replace(section, blocks=tuple(map(block, section.blocks)))
        for section in report.sections
    ]
    return dataclasses.replace(report, sections=tuple(sections))
