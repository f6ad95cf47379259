"""Failure isolation in `trygg build`: one school's errors never stop the others.

An error in a school's own files (one that does not depend on the day, `codes.withholds`)
withholds that school: its site is not built, and whatever the output folder holds for
it is left exactly as it is, while every other school is published. The portal lists a
withheld school with its error codes and counts only (`render.portalrows.Withheld`). The
huvudman's reports are withheld one by one the same way (`build.heldreports`); the errors
in huvudman.yml (and anything else shared) stop the whole build, as every error does with
`--allt-eller-inget`. Which school a problem withholds: `build.withholding`.

A school whose new site is refused after it is built (MkDocs stops, or the last look
finds what must not be published: `withhold_refused`) is withheld the same way, without
codes (the terminal says why); the portal, built meanwhile, is then made again to list
it (`build.pipeline`).

The output folder comes from an earlier build (in CI a restored `site/` or cache): it is
untrusted. A withheld school's old site stays only when it is a real folder that passes
the last look (`build.scan`), as a site from the cache must; otherwise it is removed and
the school is listed as not published.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.build.heldreports import hold_reports, report_errors
from generator.build.keptsites import as_published, kept_site
from generator.build.privacyheld import shows_flagged
from generator.build.request import BuildRequest
from generator.build.scan import scan_site
from generator.build.siteplan import SitePlan
from generator.build.withholding import checked_names, problems_by_school, withheld_schools, without
from generator.check.planfiles import PlanFiles
from generator.check.run import Checked
from generator.load.layout import SCHOOLS
from generator.model.summary import SchoolSummary
from generator.problems import Problem, display_path
from generator.render.portalrows import Withheld
from generator.review.privacy import shown_name


@dataclass(frozen=True)
class Isolated:
    """The check narrowed to the schools that are published, and the withheld ones."""

    checked: Checked
    withheld: tuple[Withheld, ...]
    dropped: tuple[str, ...] = ()  # withheld schools whose old site failed the last look


def isolate(checked: Checked, request: BuildRequest) -> Isolated | None:
    """What can be published despite the errors; None when nothing can (errors in
    huvudman.yml, or any error with `--allt-eller-inget`)."""
    errors = withheld_schools(checked, request.content_dir)
    shared, reports = report_errors(errors.pop("", []), checked, request.content_dir)
    if checked.organiser is None or shared or ((errors or reports) and request.all_or_nothing):
        return None
    checked = hold_reports(request, checked, reports)  # a report's errors withhold it alone
    if not errors:
        return Isolated(checked, ())
    found = problems_by_school(checked, request.content_dir, set(errors))
    units = tuple(
        _withheld(request, checked, s, errors[s], found.get(s, [])) for s in sorted(errors)
    )
    dropped = tuple(u.id for u in units if _dropped(request, u))
    return Isolated(without(checked, request.content_dir, set(errors), units), units, dropped)


def _dropped(request: BuildRequest, unit: Withheld) -> bool:
    """Whether the withheld school's old site is in the output but may not stay: it had
    changed since trygg published it (`_keeps`). A site that showed what a privacy error
    found goes too, and is said apart (`build.privacyheld`)."""
    return not unit.published and not unit.leaked and os.path.lexists(request.out / unit.id)


def _withheld(
    request: BuildRequest,
    checked: Checked,
    school: str,
    errors: list[Problem],
    problems: list[Problem],
) -> Withheld:
    """The withheld school as the portal lists it, with its summary when the check could
    model it (the granskning reviews it then)."""
    published = _keeps(request, request.out / school)
    leaked = published and shows_flagged(request.out / school, errors, checked.root)
    published = published and not leaked
    kept = kept_site(request, school) if published else None
    # Else the name its published site's record gives (a checked summary, also when that
    # site is gone), never its pages'; and none a privacy finding points at (`review.privacy`).
    record = kept or kept_site(request, school)
    recorded = record.summary.name if record else ""
    checked_name = checked_names(checked, request.content_dir).get(school, "")
    folder = display_path(request.content_dir / SCHOOLS / school, checked.root)
    name = shown_name((checked_name, recorded, school), folder, problems, checked.root)
    plans, summary = _own(checked, school)
    counted = _counted(errors)
    unit = Withheld(school, name, counted, published, plans, summary, tuple(problems), leaked)
    return as_published(unit, kept, checked)


def _own(checked: Checked, school: str) -> tuple[PlanFiles | None, SchoolSummary | None]:
    """The school's plan files and its summary, as far as the check knows them."""
    own = next((c for c in checked.schools if c.id == school), None)
    return (own.plan_files, own.summary) if own else (None, None)


def _keeps(request: BuildRequest, site: Path) -> bool:
    """Whether a withheld school's old site may stay: a real folder the last look accepts."""
    if not site.is_dir() or site.is_symlink():
        return False
    from generator.site.build import theme_dirs  # noqa: PLC0415 (MkDocs, only when needed)

    return not scan_site(site, theme_dirs(request.config_file))


def _counted(problems: list[Problem]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(Counter(p.code for p in problems).items()))


def withhold_refused(
    request: BuildRequest, sites: SitePlan, folder: Path, checked: Checked
) -> tuple[Withheld, ...]:
    """Withhold the schools whose new site was refused after it was built (`SitePlan.refused`:
    by MkDocs or the last look): what was built of it leaves the staging `folder`, and its
    old site stays as a withheld school's does. Returns them as the portal lists them."""
    names = checked_names(checked, request.content_dir)
    found = problems_by_school(checked, request.content_dir, set(sites.refused))
    units = []
    for school in sorted(sites.refused):
        shutil.rmtree(folder / school, ignore_errors=True)
        published = _keeps(request, request.out / school)
        plans, summary = _own(checked, school)
        problems = tuple(found.get(school, []))
        own = display_path(request.content_dir / SCHOOLS / school, checked.root)
        name = shown_name((names.get(school, ""), school), own, problems, checked.root)
        unit = Withheld(school, name, (), published, plans, summary, problems)
        kept = kept_site(request, school) if published else None
        units.append(as_published(unit, kept, checked))
    withhold(sites, units)
    return tuple(units)


def withhold(sites: SitePlan, withheld: Iterable[Withheld]) -> None:
    """Build nothing of the withheld schools, and leave their old sites in the output."""
    for unit in withheld:
        sites.selected = [s for s in sites.selected if s != unit.id]
        sites.build = [s for s in sites.build if s != unit.id]
        sites.linked.pop(unit.id, None)
        sites.delivered.discard(unit.id)
        sites.kept_selected.discard(unit.id)
        if unit.published:
            sites.kept.add(unit.id)
        else:
            sites.kept.discard(unit.id)
