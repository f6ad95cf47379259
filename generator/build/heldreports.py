"""The huvudman's reports in `trygg build`: a report with errors is withheld alone.

A report of the huvudman (content/rapporter/<id>.yml, with its body) is a part of the
portal, at rapporter/<id>/. An error in its files (`codes.withholds`; which report a file
belongs to: `load.layout.owning_report`) withholds that report only, as a school's errors
withhold its site: the schools and the rest of the portal are published, the report's page
from an earlier build stays as it was (`carry_reports`), and the portal's start page lists
it as under uppdatering, or as not published when there is no such page. Nothing of it is
published meanwhile: neither its model nor its messages (a report may name a pupil).

The output comes from an earlier build and is untrusted: the old page stays only when its
folder is a real one that passes the last look (`build.scan`), as a school's old site must.
Errors in huvudman.yml still stop the build: every school's site and the portal use it.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from generator.build.keptreports import recorded_title
from generator.build.links import link_tree
from generator.build.portal import PortalPlan
from generator.build.privacyheld import shows_flagged
from generator.build.request import BuildRequest
from generator.build.scan import scan_site
from generator.check.checked import Checked, HeldReport
from generator.check.reports import read_report_files
from generator.codes import withholds
from generator.load.layout import URL_NAME, owning_report
from generator.load.reports import REPORTS
from generator.problems import Problem, Report, display_path


def report_errors(
    errors: Iterable[Problem], checked: Checked, content_dir: Path
) -> tuple[list[Problem], dict[str, list[Problem]]]:
    """The huvudman's errors (outside every school's folder) parted into those of shared
    files (huvudman.yml), which stop the build, and those of each report, by its id."""
    owner = _owner(checked.report_files, content_dir, checked.root)
    shared: list[Problem] = []
    found: dict[str, list[Problem]] = {}
    for problem in errors:
        if report := owner(problem.location.file):
            found.setdefault(report, []).append(problem)
        else:
            shared.append(problem)
    return shared, found


def hold_reports(
    request: BuildRequest, checked: Checked, errors: dict[str, list[Problem]]
) -> Checked:
    """The check without the reports that have `errors` (`without_reports`), which
    `Checked.held_reports` lists for the portal."""
    if not errors:
        return checked
    held = tuple(_held(request, checked, r, found) for r, found in sorted(errors.items()))
    kept = without_reports(checked, request.content_dir, set(errors))
    return dataclasses.replace(kept, held_reports=held)


def without_reports(checked: Checked, content_dir: Path, report_ids: set[str]) -> Checked:
    """The check without the reports `report_ids`: without their models, nor their problems
    (none of their messages is published: a report may name a pupil)."""
    owner = _owner(checked.report_files, content_dir, checked.root)
    kept = [p for p in checked.report.problems if owner(p.location.file) not in report_ids]
    organiser = checked.organiser
    if organiser is not None:
        reports = tuple(r for r in organiser.reports if r.id not in report_ids)
        organiser = dataclasses.replace(organiser, reports=reports)
    return dataclasses.replace(checked, report=Report(kept), organiser=organiser, valid=True)


def carry_reports(
    request: BuildRequest, folder: Path, portal: PortalPlan, names: list[str], checked: Checked
) -> list[str]:
    """Put each withheld report's old page (its folder: page, figures, PDF) into the staging
    `folder` as it was published; a page of it that came with the portal taken from the
    cache is not that one, and goes. Returns the portal's entries in `folder`."""
    held = checked.held_reports
    if not held or portal.kept or request.shard is not None:  # kept: the output holds it
        return names
    for report in held:
        target = folder / REPORTS / report.id
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        if report.published:
            link_tree(request.out / REPORTS / report.id, target, copy=request.copy_assets)
    return sorted({*names, REPORTS}) if any(r.published for r in held) else names


def withheld_reports(report: Report, content_dir: Path) -> tuple[str, ...]:
    """The ids of the reports that the errors in `report` withhold (a build that found
    nothing changed tells them again)."""
    root = content_dir.resolve().parent
    folder = f"{display_path(content_dir / REPORTS, root)}/"
    errors = [p for p in report if withholds(p) and p.location.file.startswith(folder)]
    if not errors:  # the reports are read again only when one of them has an error
        return ()
    owner = _owner(read_report_files(content_dir), content_dir, root)
    return tuple(sorted({r for p in errors if (r := owner(p.location.file))}))


def _owner(files: Mapping[str, str], content_dir: Path, root: Path) -> Callable[[str], str]:
    """Which report a file shown in a message belongs to ("" for none)."""
    folder = display_path(content_dir / REPORTS, root)
    return lambda file: owning_report(file, files, folder)


def _held(
    request: BuildRequest, checked: Checked, report: str, errors: list[Problem]
) -> HeldReport:
    """The withheld report as the portal lists it: by the title the last build that
    published it checked (`keptreports`), never by its old page's own title (an old
    build's text in the untrusted output); by its id without such a record, or when its
    old page showed what a privacy error found (its title may)."""
    page = request.out / REPORTS / report
    published = bool(URL_NAME.match(report)) and _passes(request, page)
    leaked = published and shows_flagged(page, errors, checked.root)  # a pupil's name, say
    published = published and not leaked
    title = "" if leaked else recorded_title(request, report)  # the page showed it too
    counted = tuple(sorted(Counter(p.code for p in errors).items()))
    return HeldReport(report, title, counted, published, leaked)


def _passes(request: BuildRequest, page: Path) -> bool:
    """Whether the old page may stay: a real folder, in a real rapporter/, with an index page,
    that the last look accepts."""
    folders = (page.parent, page)
    if not all(f.is_dir() and not f.is_symlink() for f in folders):
        return False
    if not (page / "index.html").is_file():
        return False
    from generator.site.build import theme_dirs  # noqa: PLC0415 (MkDocs, only when needed)

    return not scan_site(page, theme_dirs(request.config_file))
