"""The PDFs of a school's plans, made after MkDocs built its site, in the same worker.

Every decided plan's page gets its PDF beside it (`render.uris.plan_pdf`) and a link
to it with its size under the page's title. A PDF is made again only when its print
page (or the style, or the renderer) changed: the cache keeps each plan's last PDF
with the hash it was made from. A cached PDF is untrusted, like every cached part:
the last look (`build.scan`) reads it as it reads one made here.
"""

from __future__ import annotations

import hashlib
import html
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from generator.build.pdf.fetching import Confinement
from generator.build.pdf.making import make_pdf, renderer_key
from generator.build.pdf.printing import PrintPage, print_html
from generator.build.pdf.scanning import pdf_problems
from generator.model import Plan, School
from generator.render import uris

LINK_TEXT = "Ladda ner planen som PDF"


@dataclass(frozen=True)
class PlanPdfs:
    """Where one school's site is, and what its PDFs need to know."""

    site: Path  # the built site
    organiser: str
    site_url: str  # the site's address, "" without a webbplats
    cache: Path | None  # this school's folder of cached PDFs


def make_plan_pdfs(school: School, where: PlanPdfs) -> list[str]:
    """Make (or take from the cache) every decided plan's PDF and link it from its page;
    returns the fetches refused, as lines to show."""
    refused: list[str] = []
    site = Path(os.path.realpath(where.site))  # as the fetcher sees it (`Confinement`)
    for plan in school.plans:
        if plan.draft:
            continue
        page_uri = uris.plan_page(school, plan)
        page = site / page_uri.replace(".md", ".html")
        pdf = site / uris.plan_pdf(school, plan)
        confinement = Confinement(site)
        built = page.read_text(encoding="utf-8")
        source = print_html(built, _print_page(school, plan, where, page_uri))
        data = _pdf(source, page, confinement, where.cache, pdf.name)
        pdf.write_bytes(data)
        _replace(page, with_link(built, pdf.name, len(data)))
        refused += [f"{pdf.relative_to(site)}: hämtade inte {r}" for r in confinement.refused]
    return refused


def _print_page(school: School, plan: Plan, where: PlanPdfs, page_uri: str) -> PrintPage:
    title = f"Trygghetsplan för {plan.period.label}"
    page_url = where.site_url + page_uri.removesuffix("index.md") if where.site_url else ""
    decided = plan.decided_on.isoformat() if plan.decided_on else ""
    return PrintPage(school.name, where.organiser, f"{title} – {school.name}", page_url, decided)


def _pdf(source: str, page: Path, confinement: Confinement, cache: Path | None, name: str) -> bytes:
    """The PDF of `source`: the cached one when it was made from the same, else a new one."""
    key = hashlib.sha256(f"{renderer_key()}\n{source}".encode()).hexdigest()
    stored, stored_key = (cache / name, cache / f"{name}.nyckel") if cache else (None, None)
    if stored is not None and stored_key is not None:
        try:
            if stored_key.read_text(encoding="ascii") == key:
                data = stored.read_bytes()
                if not pdf_problems(data):
                    return data
        except (OSError, ValueError):
            pass
    data = make_pdf(source, page, confinement)
    if stored is not None and stored_key is not None:
        stored.parent.mkdir(parents=True, exist_ok=True)
        _replace_bytes(stored, data)
        _replace_bytes(stored_key, key.encode("ascii"))
    return data


def with_link(built: str, name: str, size: int) -> str:
    """The built page with the link to its PDF under its title."""
    link = (
        f'\n<p class="trygg-pdf-link"><a href="{html.escape(name)}" download>{LINK_TEXT}</a> '
        f"(PDF, {file_size(size)})</p>"
    )
    start = built.find("<article")
    end = built.find("</h1>", start) if start >= 0 else -1
    if end < 0:
        return built
    end += len("</h1>")
    return built[:end] + link + built[end:]


def file_size(size: int) -> str:
    """ "245 kB", "1,2 MB": as Swedish writes a file's size."""
    if size < 999_500:
        return f"{max(1, round(size / 1000))} kB"
    return f"{size / 1_000_000:.1f} MB".replace(".", ",")


def _replace(path: Path, text: str) -> None:
    _replace_bytes(path, text.encode("utf-8"))


def _replace_bytes(path: Path, data: bytes) -> None:
    """A new file in place of `path` (never writing through a hard link the cache shares)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def report(refused: list[str], title: str) -> None:
    """The fetches a school's PDFs went without, on standard error, in Swedish."""
    for line in refused:
        print(f"trygg: varning: {title}: {line}; PDF-filen gjordes utan den.", file=sys.stderr)
