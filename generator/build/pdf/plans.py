"""The PDFs of a school's plans, made after MkDocs built its site, in the same worker.

Every decided plan's page gets its PDF beside it (`render.uris.plan_pdf`) and a link to
it under its title (`pages.make_page_pdf`). The cache keeps each school's PDFs, its
plans' and its reports', in a folder of its own (`pages.make_page_pdfs`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.build.pdf.pages import PagePdf, resolved
from generator.build.pdf.printing import PrintPage
from generator.model import Plan, School
from generator.render import uris

LINK_TEXT = "Ladda ner planen som PDF"


@dataclass(frozen=True)
class PlanPdfs:
    """Where one school's site is, and what its PDFs need to know."""

    site: Path  # the built site
    organiser: str
    site_url: str  # the site's address, "" without a webbplats


def plan_pdf_jobs(school: School, where: PlanPdfs) -> list[PagePdf]:
    """Every decided plan's PDF, to make beside its page and link from it."""
    site = resolved(where.site)
    jobs: list[PagePdf] = []
    for plan in school.plans:
        if not plan.draft:
            page_uri = uris.plan_page(school, plan)
            about = _print_page(school, plan, where, page_uri)
            page = uris.built_page(page_uri)
            jobs.append(PagePdf(site, page, uris.plan_pdf(school, plan), about, LINK_TEXT))
    return jobs


def _print_page(school: School, plan: Plan, where: PlanPdfs, page_uri: str) -> PrintPage:
    title = f"Trygghetsplan för {plan.period.label}"
    page_url = where.site_url + page_uri.removesuffix("index.md") if where.site_url else ""
    decided = plan.decided_on.isoformat() if plan.decided_on else ""
    return PrintPage(school.name, where.organiser, f"{title} – {school.name}", page_url, decided)
