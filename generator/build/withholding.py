"""Which of the check's problems withhold which school, and the check without those schools
(`build.isolation`): a problem belongs to the school that owns its file
(`load.layout.owning_school`, as in the granskning); an error of the huvudman's ("")
withholds them all."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path

from generator.check.reports import without_links_to
from generator.check.run import Checked
from generator.codes import withholds
from generator.load.layout import SCHOOLS, owning_school
from generator.load.schoolfolders import school_names
from generator.problems import Problem, Report, Severity, display_path
from generator.render.portalrows import Withheld


def withholding(
    problems: Iterable[Problem], content_dir: Path, root: Path, school_ids: Iterable[str]
) -> dict[str, list[Problem]]:
    """The errors that withhold a site, by the school owning their file ("": the huvudman's)."""
    folders = {display_path(content_dir / SCHOOLS / s, root): s for s in school_ids}
    found: dict[str, list[Problem]] = {}
    for problem in filter(withholds, problems):
        found.setdefault(owning_school(problem.owner_file, folders), []).append(problem)
    return found


def withheld_schools(checked: Checked, content_dir: Path) -> dict[str, list[Problem]]:
    """The errors that withhold a site, by school ("": the huvudman's, which withhold all).
    Every folder under skolor/ counts, also one refused as a whole (a bad name, a link out
    of content/): its errors withhold it, not everything."""
    ids = {c.id for c in checked.schools} | set(school_names(content_dir))
    return withholding(checked.report, content_dir, checked.root, sorted(ids))


def without(
    checked: Checked, content_dir: Path, school_ids: set[str], units: Iterable[Withheld] = ()
) -> Checked:
    """The check without the schools withheld, nor the problems in their files (the
    portal publishes none of their messages), nor the words of their plans in the
    huvudman's reports, except as the last published site of one of `units` has them."""
    folders = {display_path(content_dir / SCHOOLS / s, checked.root): s for s in school_ids}
    kept = [p for p in checked.report.problems if not _about(p, folders)]
    schools = tuple(c for c in checked.schools if c.id not in school_ids)
    organiser = checked.organiser
    if organiser is not None:  # its reports name the withheld schools' plans in no words
        names = checked_names(checked, content_dir)
        shown = [link for u in units if u.published and u.kept for link in u.kept.links]
        # As the build names a withheld unit (its checked name, else as its published site
        # has it; never a name a privacy finding points at: `review.privacy`).
        names = names | {u.id: u.name for u in units}
        named = {s: names.get(s, s) for s in school_ids}
        reports = without_links_to(organiser.reports, named, shown)
        organiser = dataclasses.replace(organiser, reports=reports)
    return dataclasses.replace(
        checked, report=Report(kept), organiser=organiser, schools=schools, valid=True
    )


def checked_names(checked: Checked, content_dir: Path) -> dict[str, str]:
    """Each school's name that the check passed: its model's, else its skola.yml's when that
    file has no error; never one read from its old output. Else left out (shown by its id)."""
    failed = {p.location.file for p in checked.report.problems if p.severity is Severity.ERROR}
    named: dict[str, str] = {}
    for school in checked.schools:
        written = display_path(content_dir / SCHOOLS / school.id / "skola.yml", checked.root)
        if school.summary is not None:
            named[school.id] = school.summary.name
        elif school.name and school.rules is not None and written not in failed:
            named[school.id] = school.name
    return named


def problems_by_school(
    checked: Checked, content_dir: Path, school_ids: set[str]
) -> dict[str, list[Problem]]:
    """Everything found in the files of each of `school_ids`, for the granskning (which
    shows none of it but codes and places, `review.held`)."""
    folders = {display_path(content_dir / SCHOOLS / s, checked.root): s for s in school_ids}
    found: dict[str, list[Problem]] = {}
    for problem in checked.report.problems:
        if school := owning_school(problem.owner_file, folders):
            found.setdefault(school, []).append(problem)
    return found


def _about(problem: Problem, folders: dict[str, str]) -> bool:
    """Whether the problem is in a withheld school's files (its messages stay unpublished)."""
    return bool(owning_school(problem.owner_file, folders))
