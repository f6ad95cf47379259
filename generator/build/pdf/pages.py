"""One built page as a PDF beside it, linked from it: what every kind of page's PDF does.

The page's print page (`printing`) is the cache key: a PDF is made again only when it
(or the style, or the renderer) changed; otherwise the cached PDF is taken, after the
last look (`scanning`), since the cache is untrusted. Then the page gets its link, with
the file's size, under its title. A unit's PDFs are made together (`make_page_pdfs`),
so that its folder of the cache keeps only them: a deleted report's or plan's PDF goes
with it. A plan's PDF is one such page (`plans`); a report or
the review document is another, with its own `PrintPage` and link text.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.build.pdf.fetching import Confinement
from generator.build.pdf.making import make_pdf, renderer_key
from generator.build.pdf.printing import PrintPage, print_html
from generator.build.pdf.scanning import pdf_problems
from generator.check.cachefiles import inside, remove, write_bytes
from generator.check.cachekey import mac

# A real plan's PDF is 50–300 kB; a cached file far past that is not ours to read whole.
CACHED_PDF_LIMIT = 32 * 1024 * 1024
KEY_SUFFIX = ".nyckel"  # beside each cached PDF: its MAC with what it was made from
EARLIER_LINK = re.compile(r'\n<p class="trygg-pdf-link">.*?</p>')


@dataclass(frozen=True)
class PagePdf:
    """A built page of `site` (site-relative paths) and the PDF to make beside it."""

    site: Path  # the built site, resolved (`Confinement` sees it so)
    page: str  # e.g. "trygghetsplan/index.html"
    pdf: str  # e.g. "trygghetsplan/trygghetsplan-ekbackens-skola-2026-27.pdf"
    about: PrintPage
    link_text: str  # "Ladda ner planen som PDF"


def make_page_pdfs(jobs: Sequence[PagePdf], cache: Path | None) -> list[str]:
    """Make (or take from `cache`, the unit's folder) each of a unit's PDFs; then forget
    the cached PDFs that none of them is (a report or plan no longer there). Returns the
    fetches refused, as lines to show (`report`)."""
    refused: list[str] = []
    for job in jobs:
        refused += make_page_pdf(job, cache)
    if cache is not None:
        _forget_others(cache, {PurePosixPath(job.pdf).name for job in jobs})
    return refused


def _forget_others(cache: Path, names: set[str]) -> None:
    """Remove the cached PDFs (and their keys) not named: only those, so a file the cache
    is writing (`cachefiles.write_bytes`) is left alone."""
    if not cache.is_dir():
        return
    for stored in cache.iterdir():
        name = stored.name.removesuffix(KEY_SUFFIX)
        mine = name.endswith(".pdf") and not stored.name.startswith(".")
        if (mine and name not in names and not stored.is_dir()) or stored.is_symlink():
            remove(stored)


def make_page_pdf(job: PagePdf, cache: Path | None) -> list[str]:
    """Make (or take from `cache`, a folder) the page's PDF and link it from the page;
    returns the fetches refused, as lines to show (`report`)."""
    page, pdf = job.site / job.page, job.site / job.pdf
    confinement = Confinement(job.site)
    built = page.read_text(encoding="utf-8")
    data = _pdf(print_html(built, job.about), page, confinement, cache, pdf.name)
    write_bytes(pdf, data, shared=True)  # a file of the site, for everyone to read
    _replace(page, with_link(built, pdf.name, len(data), job.link_text))
    return [f"{job.pdf}: hämtade inte {refused}" for refused in confinement.refused]


def resolved(site: Path) -> Path:
    return Path(os.path.realpath(site))


def _pdf(source: str, page: Path, confinement: Confinement, cache: Path | None, name: str) -> bytes:
    """The PDF of `source`: the cached one when it was made from the same, else a new one."""
    key = hashlib.sha256(f"{renderer_key()}\n{source}".encode()).hexdigest()
    stored = (inside(cache, name), inside(cache, f"{name}{KEY_SUFFIX}")) if cache else None
    if stored is not None and (data := _cached(*stored, key)):
        return data
    data = make_pdf(source, page, confinement)
    if stored is not None:
        write_bytes(stored[0], data)
        write_bytes(stored[1], mac(f"pdf\n{key}", data).encode("ascii"))
    return data


def _cached(stored: Path, stored_key: Path, key: str) -> bytes:
    """The stored PDF if it was made from `key` (its MAC says so: `check.cachekey`) and
    passes the last look, else b"". The cache is untrusted: neither file is read past
    what a real one could hold."""
    try:
        sealed = _read_at_most(stored_key, 64)
        data = _read_at_most(stored, CACHED_PDF_LIMIT)
    except OSError:
        return b""
    made = mac(f"pdf\n{key}", data).encode("ascii")
    if len(data) > CACHED_PDF_LIMIT or not hmac.compare_digest(sealed, made):
        return b""
    return b"" if pdf_problems(data) else data


def _read_at_most(path: Path, limit: int) -> bytes:
    """The file's first `limit` + 1 bytes: one more than allowed tells it is too long."""
    with path.open("rb") as stored:
        return stored.read(limit + 1)


def with_link(built: str, name: str, size: int, text: str) -> str:
    """The built page with the link to its PDF under its title."""
    link = (
        f'\n<p class="trygg-pdf-link"><a href="{html.escape(name)}" download>'
        f"{html.escape(text)}</a> (PDF, {file_size(size)})</p>"
    )
    # A page taken from the last build (the portal's: `site.reuse`) has its link already.
    built = EARLIER_LINK.sub("", built)
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
    write_bytes(path, text.encode("utf-8"), shared=True)  # a page of the site


def report(refused: list[str], title: str) -> None:
    """The fetches a site's PDFs went without, on standard error, in Swedish."""
    for line in refused:
        print(f"trygg: varning: {title}: {line}; PDF-filen gjordes utan den.", file=sys.stderr)
