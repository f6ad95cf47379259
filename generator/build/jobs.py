"""Building one school's site, here or in a worker process, from a job written as JSON.

A job carries the school's model and its student pages as the check made them
(`model.codec`), so a worker renders and builds the site without checking anything
again, and nothing that crosses between processes can run code when it is read.
Light to import: MkDocs is imported when a site is built, so the standby process
(`build.standby`) and the check's workers do not pay for what they do not use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build.links import link_tree
from generator.build.memory import forget_texts
from generator.build.scan import refuse_unsafe
from generator.check.cachefiles import inside
from generator.check.models import StudentPages
from generator.check.trust import DAMAGED, untrusted
from generator.model import Organiser, Project, School
from generator.model.codec import Undecodable, loads
from generator.problems import BuildFailed

if TYPE_CHECKING:
    from generator.build.schoolpages import SiteCache
    from generator.render.sitecontent import SiteContent

MKDOCS_CACHE = "mkdocs"  # in the cache folder: compiled templates and the theme's file list
PORTAL_KEPT = ".portal"  # in `SiteSetup.keep_in`, beside the schools: never a school's id


@dataclass(frozen=True)
class SiteSetup:
    """What every site of a build shares: the asset store (and whether to copy from it),
    MkDocs' cache folder and key, and where to link each new school site for the cache
    (`BuildCache.new_sites`). Folders as text, "" for none."""

    assets: str = ""
    copy: bool = False
    disk: str = ""
    key: str = ""
    keep_in: str = ""
    pdf: bool = False  # each plan also as a PDF (`build.pdf`)
    pdf_cache: str = ""  # the cache's folder of PDFs, "" for none


@dataclass(frozen=True)
class SchoolJob:
    """One school's site to build into `site_dir/<school_id>`."""

    config_file: str
    content_dir: str
    site_dir: str
    school_id: str
    root: str  # the folder that holds content/, as the model records it
    organiser: str  # the organiser's model (`model.codec`)
    school: str  # the school's model
    student_pages: str  # the student pages the check rendered, "" for none (`check.models`)
    today: dt.date  # the build's day, for the plans' standing (`model.standing`)
    drafts: bool = False  # the internal build with utkast plans (`render.site.internal`)


def why_not_built(error: Exception) -> str:
    """Why a school's site was not built, as the build tells it: a refusal's own words, or
    an error in trygg itself, which withholds only that school."""
    if isinstance(error, BuildFailed):
        return str(error)
    return f"webbplatsen kunde inte byggas ({type(error).__name__}: {error})"


def build_job(
    job: SchoolJob,
    setup: SiteSetup,
    project: Project | None = None,
    student_pages: StudentPages | None = None,
) -> None:
    """Render the school's site from the job's models and student pages (or `project`
    and `student_pages`, the same at hand in this process) and build it with MkDocs."""
    from generator.build.schoolpages import built_reusing, remember_pages  # noqa: PLC0415
    from generator.render.site import school_site  # noqa: PLC0415 (the renderers, only here)
    from generator.site.build import build_site  # noqa: PLC0415 (MkDocs, only when building)

    if project is None:
        project, student_pages = _decoded(job)
    [school] = project.schools
    if untrusted(school, job.school_id):  # from the untrusted cache (`check.trust`)
        raise BuildFailed(DAMAGED)
    # The check made the student pages of the decided plans; with utkast they are made here.
    pages = None if job.drafts else student_pages
    site = school_site(
        project, school, Path(job.content_dir), today=job.today, student_pages=pages,
        drafts=job.drafts,
    )  # fmt: skip
    target = Path(job.site_dir) / job.school_id
    # Only the changed pages where the cached site allows it (`build.schoolpages`).
    cached = site_cache(setup)
    if not built_reusing(Path(job.config_file), target, site, cached):
        dirs = build_site(Path(job.config_file), target, site)
        if setup.pdf:
            _plan_pdfs(project, job, setup, site)
        refuse_unsafe(target, dirs, site.title)
    keep_built(job, setup)
    remember_pages(cached, target, site)
    forget_texts()  # a worker builds hundreds of sites


def _decoded(job: SchoolJob) -> tuple[Project, StudentPages | None]:
    """The job's models and student pages (the school's model may come from the cache)."""
    try:
        school = loads(School, job.school)
    except Undecodable:
        raise BuildFailed(DAMAGED) from None
    project = Project(loads(Organiser, job.organiser), (school,), job.root)
    return project, _decoded_pages(job.student_pages)


def _decoded_pages(text: str) -> StudentPages | None:
    """The job's student pages; None (rendered again) if there are none or they do not
    decode (the cache they may come from is untrusted)."""
    try:
        return loads(StudentPages, text) if text else None
    except Undecodable:
        return None


def _plan_pdfs(project: Project, job: SchoolJob, setup: SiteSetup, site: SiteContent) -> None:
    """Each decided plan and each report as a PDF beside its page, linked from it
    (`build.pdf`)."""
    from generator.build.pdf.making import MissingExtra  # noqa: PLC0415
    from generator.build.pdf.pages import make_page_pdfs, report  # noqa: PLC0415
    from generator.build.pdf.plans import PlanPdfs, plan_pdf_jobs  # noqa: PLC0415
    from generator.build.pdf.reports import report_pdf_jobs  # noqa: PLC0415
    from generator.render.site import shown_school  # noqa: PLC0415

    school = shown_school(project.schools[0], job.today, with_drafts=job.drafts)
    cache = inside(Path(setup.pdf_cache), job.school_id) if setup.pdf_cache else None
    site_dir = Path(job.site_dir) / job.school_id
    about = (school.name, project.organiser.name, site.site_url)
    plans = plan_pdf_jobs(school, PlanPdfs(site_dir, project.organiser.name, site.site_url))
    reports = report_pdf_jobs(school.reports, site_dir, about)
    try:  # together: the school's folder of the cache keeps only these
        report(make_page_pdfs([*plans, *reports], cache), site.title)
    except MissingExtra as missing:
        raise BuildFailed(
            f"planerna kan inte göras som PDF: {missing}. Installera Pango (README: PDF av "
            "planerna), eller bygg med --utan-pdf"
        ) from None


def site_cache(setup: SiteSetup) -> SiteCache | None:
    """The cached sites whose unchanged pages a site may take (`build.schoolpages`): with a
    cache, and without PDFs (making them adds to the pages after they are built)."""
    from generator.build.schoolpages import SiteCache  # noqa: PLC0415

    if not setup.keep_in or not setup.key or setup.pdf:
        return None
    # `keep_in` is a folder in the cache's sites (`BuildCache.new_sites`).
    return SiteCache(Path(setup.keep_in).parent, setup.key, setup.copy)


def keep_built(job: SchoolJob, setup: SiteSetup) -> None:
    """Link a newly built school site where the cache will take it from."""
    if setup.keep_in:
        link_tree(Path(job.site_dir) / job.school_id, Path(setup.keep_in) / job.school_id)


def keep_built_portal(folder: Path, setup: SiteSetup) -> None:
    """Link a newly built portal where the cache will take it from (`PORTAL_KEPT`)."""
    if setup.keep_in:
        link_tree(folder, Path(setup.keep_in) / PORTAL_KEPT)
