"""One way to put a file in place (`cachefiles.write_bytes`): written whole under a name
no one can guess, renamed into place, never through a link; a site's page or PDF stays
readable by the web server, a cache file is the owner's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.build.pdf.pages import PagePdf, make_page_pdf
from generator.build.pdf.printing import PrintPage
from generator.check.cachefiles import write_bytes


def umasked(mode: int) -> int:
    umask = os.umask(0)
    os.umask(umask)
    return mode & ~umask


def test_a_site_file_gets_an_ordinary_files_permissions_and_a_cache_file_stays_private(
    tmp_path: Path,
) -> None:
    page, cached = tmp_path / "index.html", tmp_path / "bygge.json"
    write_bytes(page, b"<p>sida</p>", shared=True)
    write_bytes(cached, b"{}")
    assert page.stat().st_mode & 0o777 == umasked(0o666)
    assert cached.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bygge.json", "index.html"]


def test_a_link_at_the_place_or_at_the_old_temporary_name_is_not_written_through(
    tmp_path: Path,
) -> None:
    other = tmp_path / "annan.txt"
    other.write_text("rör inte\n", encoding="utf-8")
    page = tmp_path / "site" / "index.html"
    page.parent.mkdir()
    os.link(other, page)  # a hard link the cache shares
    (page.parent / f".index.html.{os.getpid()}.tmp").symlink_to(other)  # once predictable
    write_bytes(page, b"ny", shared=True)
    assert page.read_bytes() == b"ny"
    assert other.read_text(encoding="utf-8") == "rör inte\n"


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="no O_NOFOLLOW here")
def test_a_page_given_its_pdf_link_is_a_new_readable_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    (site / "trygghetsplan").mkdir(parents=True)
    page = site / "trygghetsplan" / "index.html"
    shared = tmp_path / "cache-page.html"
    shared.write_text("<article><h1>Plan</h1><p>Text</p></article>", encoding="utf-8")
    os.link(shared, page)
    monkeypatch.setattr("generator.build.pdf.pages.print_html", lambda *args: "<html></html>")
    monkeypatch.setattr("generator.build.pdf.pages._pdf", lambda *args: b"%PDF-1.7\n")
    about = PrintPage("Kommunen", "Skolan", "Plan", "", "2026-12-06", "")
    job = PagePdf(
        site.resolve(), "trygghetsplan/index.html", "trygghetsplan/plan.pdf", about, "Ladda ner"
    )
    assert make_page_pdf(job, None) == []
    assert 'class="trygg-pdf-link"' in page.read_text(encoding="utf-8")
    assert "trygg-pdf-link" not in shared.read_text(encoding="utf-8")
    for written in (page, site / "trygghetsplan" / "plan.pdf"):
        assert written.stat().st_mode & 0o777 == umasked(0o666)
