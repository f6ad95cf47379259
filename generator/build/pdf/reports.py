"""The PDFs of a unit's reports: a school's in its worker after its site is built, the
huvudman's after the portal is built. Each gets its PDF beside its page and a link to it
under its title, as the plans do (`pages.make_page_pdf`); the cache's folder of the
unit keeps only the PDFs of the reports (and a school's plans) there are now."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from generator.build.pdf.making import MissingExtra
from generator.build.pdf.pages import PagePdf, make_page_pdfs, report, resolved
from generator.build.pdf.printing import PrintPage
from generator.check.cachefiles import inside
from generator.model import Organiser
from generator.model.report import UnitReport
from generator.problems import BuildFailed
from generator.render import uris

LINK_TEXT = "Ladda ner rapporten som PDF"
PORTAL_CACHE = ".portal"  # the cache's folder of the portal's PDFs (never a school id)


def report_pages(reports: Sequence[UnitReport]) -> list[str]:
    """The built pages that get a link to their PDF (paths in the site)."""
    return [uris.built_page(uris.report_page(r)) for r in reports]


def report_pdf_jobs(
    reports: Sequence[UnitReport], site: Path, about: tuple[str, str, str]
) -> list[PagePdf]:
    """Each report's PDF, to make in the built `site`; `about` is the unit's name, the
    huvudman's ("" for the huvudman's own site) and the site's address."""
    unit, organiser, site_url = about
    root = resolved(site)
    jobs: list[PagePdf] = []
    for made in reports:
        page_uri = uris.report_page(made)
        page_url = site_url + uris.page_address(page_uri) if site_url else ""
        title = f"{made.title} – {unit}"
        printed = PrintPage(unit, organiser, title, page_url, made.date.isoformat())
        page = uris.built_page(page_uri)
        jobs.append(PagePdf(root, page, uris.report_pdf(made), printed, LINK_TEXT))
    return jobs


def portal_report_pdfs(
    organiser: Organiser, site_url: str, cache: Path | None
) -> Callable[[Path], list[str]]:
    """What makes the huvudman's reports' PDFs in the built portal (`portalbuilding.build_portal`):
    it returns the pages it linked, for the last look to read again."""

    def finish(portal: Path) -> list[str]:
        about = (organiser.name, "", site_url)
        folder = inside(cache, PORTAL_CACHE) if cache is not None else None
        try:
            jobs = report_pdf_jobs(organiser.reports, portal, about)
            report(make_page_pdfs(jobs, folder), organiser.name)
        except MissingExtra as missing:
            raise BuildFailed(f"rapporterna kan inte göras som PDF: {missing}") from None
        return report_pages(organiser.reports)

    return finish
