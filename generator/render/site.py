"""What one site consists of: its generated files, navigation, title and theme values.

Takes in the check's result and the content folder; gives out a `SiteContent`, the
engine-neutral description of one site that the MkDocs adapter (`generator.site`) and
`trygg export` turn into a built site or a docs folder. Never imports MkDocs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.codes import withholds
from generator.model import Organiser, Project, School
from generator.model.status import on_day
from generator.model.summary import SchoolSummary
from generator.problems import Problem, Report, Severity, hinted_once
from generator.render import uris
from generator.render.errorsite import failed_site
from generator.render.feed import URI as FEED
from generator.render.feed import announced
from generator.render.files import GeneratedFile
from generator.render.opendata.portal import portal_data_files
from generator.render.portal import portal_files, portal_navigation, portal_review
from generator.render.portalcsv import review_table
from generator.render.portalrows import Withheld
from generator.render.school import navigation, render_school
from generator.render.sitecontent import SiteContent
from generator.render.sitefiles import logo_files_of, photo_files, theme_values
from generator.review.marks import as_told

if TYPE_CHECKING:  # the check's result is only passed in: its machinery is not needed here
    from generator.check.checked import HeldReport
    from generator.check.run import Checked

# On every page of `trygg build --med-utkast` (the theme shows `theme_values["intern"]`).
INTERNAL_NOTICE = (
    "Intern granskningsversion med utkast – får inte publiceras. "
    "Utkasten är inte beslutade av rektor."
)


def site_for(
    checked: Checked,
    school_id: str,
    content_dir: Path,
    *,
    today: dt.date,
    preview: bool = False,
    error_uris: Sequence[str] = (),
    withheld: Sequence[Withheld] = (),
    drafts: bool = False,
) -> SiteContent:
    """A school's site (or the portal's, for `school_id` "", listing the `withheld`
    schools; for the build with utkast with `drafts`), or the error page when an error
    withholds it (`codes.withholds`), at "index.md" and each of `error_uris`.

    Only the one school's model is loaded: the portal needs none."""
    organiser = checked.organiser
    if organiser is None or any(map(withholds, checked.report)):
        return failed_site(checked.report, error_uris)
    warnings = [
        p.format() for p in hinted_once(as_told(checked.report)) if p.severity is Severity.WARNING
    ]
    if not school_id:
        summaries = [s.summary for s in checked.schools if s.summary is not None]
        site = portal_site(
            organiser, summaries, checked.report, today, warnings, withheld=withheld,
            held_reports=checked.held_reports, drafts=drafts,
        )  # fmt: skip
        return _told(site, checked.report)
    school = checked.school(school_id)
    if school is None:
        return failed_site(checked.report, error_uris)
    project = Project(organiser, (school,), str(checked.root))
    pages = checked.models.student_pages(school_id)
    site = school_site(
        project, school, content_dir, today=today, preview=preview, student_pages=pages,
        warnings=warnings,
    )  # fmt: skip
    return _told(site, checked.report)


def _told(site: SiteContent, report: Report) -> SiteContent:
    """A site shown in spite of errors that do not withhold it (TP101: no decided plan in
    force today) with those errors for the terminal, and the summary `trygg check` says."""
    errors = [p.format() for p in as_told(report) if p.severity is Severity.ERROR]
    return dataclasses.replace(site, errors=errors, summary=report.summary())


def school_site(
    project: Project,
    school: School,
    content_dir: Path,
    *,
    today: dt.date,
    preview: bool = False,
    student_pages: Sequence[GeneratedFile] | None = None,
    warnings: Sequence[str] = (),
    drafts: bool = False,
) -> SiteContent:
    """A school's site as it stands on `today` (`model.standing`); the preview, and the
    internal build with `drafts` (`internal`), also show the school's utkast plans,
    under a banner."""
    school = shown_school(school, today, with_drafts=preview or drafts)
    project = dataclasses.replace(project, schools=(school,))
    if drafts:  # no address, so no feed naming the public site's pages (`internal`)
        project = dataclasses.replace(project, organiser=_without_address(project.organiser))
    logo_uri, logo_files = logo_files_of(school, content_dir)
    files = render_school(project, school, preview=preview, student_pages=student_pages)
    site = SiteContent(
        title=school.name,
        files=files + logo_files + photo_files(school, content_dir),
        navigation=navigation(school),
        theme_values=theme_values(school) | announced(files, school.name),
        logo_uri=logo_uri,
        lastmod=_lastmod(school, project.organiser),
        site_url=uris.site_address(project.organiser.website, school.id),
        diagrams={d.key: d for page in school.pages for d in page.diagrams},
        warnings=list(warnings),
    )
    return internal(site) if drafts else site


def shown_school(school: School, today: dt.date, *, with_drafts: bool) -> School:
    """The school as its site shows it on `today`: its plans' standing, and its utkast
    in the preview and the internal build."""
    school = on_day(school, today)
    return school.with_drafts() if with_drafts else school


def portal_site(
    organiser: Organiser,
    schools: Sequence[SchoolSummary],
    problems: Iterable[Problem],
    today: dt.date,
    warnings: Sequence[str] = (),
    *,
    withheld: Sequence[Withheld] = (),
    held_reports: Sequence[HeldReport] = (),
    drafts: bool = False,
) -> SiteContent:
    """The portal's site: the units, the granskning and the rules (`render.portal`); with
    `drafts` (the internal build) its granskning shows each utkast's findings and its open
    data has no feed of the public site's pages."""
    review = portal_review(organiser, schools, problems, today, withheld, internal=drafts)
    files = portal_files(
        organiser, schools, problems, today, withheld=withheld, held_reports=held_reports,
        review=review,
    )  # fmt: skip
    public = _without_address(organiser) if drafts else organiser
    kept = [w.kept for w in withheld if w.kept is not None and w.published]
    files += portal_data_files(public, schools, today, kept, review=review_table(review))
    with_data = any(f.uri == uris.OPEN_DATA for f in files)
    return SiteContent(
        organiser.name,
        files,
        portal_navigation(open_data=with_data),
        theme_values(None) | announced(files, organiser.name),
        lastmod=today.isoformat(),
        at_root=True,
        site_url=uris.site_address(organiser.website),
        warnings=list(warnings),
    )


def internal(site: SiteContent) -> SiteContent:
    """A site of the internal build with utkast (`trygg build --med-utkast`): every page
    says it must not be published and asks search engines not to index it (the theme,
    from `theme_values["intern"]`), and without an address it has no sitemap and no
    canonical links to the public site."""
    values = {**site.theme_values, "intern": INTERNAL_NOTICE}
    values.pop("flode", None)  # nor a feed of the public site's addresses
    files = [f for f in site.files if f.uri != FEED]
    return dataclasses.replace(site, files=files, theme_values=values, site_url="")


def _without_address(organiser: Organiser) -> Organiser:
    return dataclasses.replace(organiser, website="")


def _lastmod(school: School, organiser: Organiser) -> str:
    """The newest decision the school's site shows, so a site is the same whatever day it
    is built; only the portal, which shows each plan's status today, carries the date."""
    dates = [plan.decided_on for plan in school.plans if plan.decided_on is not None]
    return max([*dates, organiser.accessibility.updated_on]).isoformat()
