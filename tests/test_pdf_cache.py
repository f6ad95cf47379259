"""The cache of PDFs keeps a unit's PDFs only while their plans and reports are there:
a deleted report's PDF is neither published nor kept (`build.pdf.pages.make_page_pdfs`).

Two tiny report pages rendered once by WeasyPrint, then taken from the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("weasyprint")

from generator.build.cache import BuildCache
from generator.build.pdf.pages import PagePdf, make_page_pdfs, resolved
from generator.build.pdf.printing import PrintPage
from generator.build.pdf.reports import LINK_TEXT

REPORTS = ("dialogmote", "vandring")


def built_site(site: Path, report_ids: tuple[str, ...]) -> list[PagePdf]:
    """A built site with a page for each report, and the PDF to make of each."""
    jobs = []
    for report_id in report_ids:
        page = site / "rapporter" / report_id / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(
            f'<html lang="sv"><body><article class="md-content__inner md-typeset">'
            f'<h1 id="r">Rapport {report_id}</h1><p>Text.</p></article></body></html>',
            encoding="utf-8",
        )
        about = PrintPage("Strandvik", "", f"Rapport {report_id}", "", "2026-04-08")
        pdf = f"rapporter/{report_id}/rapport-{report_id}.pdf"
        jobs.append(
            PagePdf(resolved(site), f"rapporter/{report_id}/index.html", pdf, about, LINK_TEXT)
        )
    return jobs


def cached(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir())


def test_a_deleted_reports_pdf_leaves_the_cache_and_the_others_are_taken_from_it(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "cache"
    assert make_page_pdfs(built_site(tmp_path / "site", REPORTS), cache) == []
    assert cached(cache) == [
        "rapport-dialogmote.pdf",
        "rapport-dialogmote.pdf.nyckel",
        "rapport-vandring.pdf",
        "rapport-vandring.pdf.nyckel",
    ]
    kept = cache / "rapport-vandring.pdf"
    made = kept.stat().st_mtime_ns
    (cache / "anteckning.txt").write_text("inte trygg:s", encoding="utf-8")

    make_page_pdfs(built_site(tmp_path / "nästa", ("vandring",)), cache)  # dialogmote deleted
    assert cached(cache) == [
        "anteckning.txt",
        "rapport-vandring.pdf",
        "rapport-vandring.pdf.nyckel",
    ]
    assert kept.stat().st_mtime_ns == made  # taken from the cache, not made again
    published = tmp_path / "nästa" / "rapporter" / "vandring" / "rapport-vandring.pdf"
    assert published.read_bytes() == kept.read_bytes()


def test_a_unit_with_no_reports_left_keeps_no_pdf(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    make_page_pdfs(built_site(tmp_path / "site", REPORTS[:1]), cache)
    make_page_pdfs([], cache)
    assert cached(cache) == []


def test_a_deleted_schools_pdfs_leave_the_cache(tmp_path: Path) -> None:
    cache = BuildCache(tmp_path / ".trygg-cache")
    for unit in ("ekbackens-skola", "nedlagd-skola", ".portal"):
        (cache.pdfs / unit).mkdir(parents=True)
        (cache.pdfs / unit / "x.pdf").write_bytes(b"%PDF-")
    cache.forget_others({"ekbackens-skola"})
    assert cached(cache.pdfs) == [".portal", "ekbackens-skola"]
