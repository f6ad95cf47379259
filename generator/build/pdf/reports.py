"""The PDFs of a unit's reports: a school's in its worker after its site is built, the
huvudman's after the portal is built. Each gets its PDF beside its page and a link to it
under its title, as the plans do (`pages.make_page_pdf`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.build.pdf.pages import PagePdf, make_page_pdf, resolved
from generator.build.pdf.printing import PrintPage
from generator.model.report import UnitReport
from generator.render import uris

LINK_TEXT = "Ladda ner rapporten som PDF"


def make_report_pdfs(
    reports: Sequence[UnitReport], site: Path, about: tuple[str, str, str], cache: Path | None
) -> list[str]:
    """Make (or take from `cache`) each report's PDF in the built `site`; `about` is the
    unit's name, the huvudman's ("" for the huvudman's own site) and the site's address.
    Returns the fetches refused, as lines to show (`pages.report`)."""
    unit, organiser, site_url = about
    root = resolved(site)
    refused: list[str] = []
    for report in reports:
        page_uri = uris.report_page(report)
        page_url = site_url + uris.page_address(page_uri) if site_url else ""
        title = f"{report.title} – {unit}"
        printed = PrintPage(unit, organiser, title, page_url, report.date.isoformat())
        page = page_uri.replace(".md", ".html")
        job = PagePdf(root, page, uris.report_pdf(report), printed, LINK_TEXT)
        refused += make_page_pdf(job, cache)
    return refused
