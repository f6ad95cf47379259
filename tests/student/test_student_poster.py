"""Each example student page prints as ONE A4 poster in Chromium, and so does
Strandskolan's (already full) with its vision a line and many lines longer: the fuller
poster prints smaller (`render.student.fit`).

A tiny MkDocs site in tmp_path uses the repo's theme overrides (trygg.css and
poster.css) and the generated pages; Chromium (Playwright, Debian's
/usr/bin/chromium) prints each page to PDF, and poppler counts the pages and
extracts the text, so a poster that fits only because something was cut off fails. From
åk 4 the printed poster says where to complain when the school does not help.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright
from test_student_fit import scale_of, with_longer_repressalier

from generator.model import Project
from generator.render.sitefiles import photo_files
from generator.render.student.bands import HOGSTADIET
from generator.render.student.pages import render_student_page, render_student_pages

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
LAST_LINE = "Det här kommer från trygghetsplanen"
# Sentences added to the huvudman's repressalier, which the poster always prints: the
# poster then prints at 95 %, and nearly fills it.
LONGER = (2, 5)
# The printed size of most of a poster's text, in pt, by band (the law's name for a right
# is smaller, never under `LEAST_PT`): a child reads the poster from a wall.
BODY_PT = {"forskola": 10.4, "lagstadiet": 10.4, "mellanstadiet": 9.9, "hogstadiet": 9.5}
LEAST_PT = 8
# The poster's text sizes in pt as printed (zoom included): the smallest, and that of
# most of its characters.
SIZES_PT = """() => {
  const walker = document.createTreeWalker(document.querySelector('.trygg-poster'), 4);
  const chars = {};
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!node.textContent.trim() || !element.getClientRects().length) continue;
    let zoom = 1;
    for (let e = element; e; e = e.parentElement) zoom *= parseFloat(getComputedStyle(e).zoom) || 1;
    const pt = Math.round(parseFloat(getComputedStyle(element).fontSize) * zoom * 7.5) / 10;
    chars[pt] = (chars[pt] || 0) + node.textContent.trim().length;
  }
  const sizes = Object.keys(chars).map(Number);
  const body = sizes.reduce((a, b) => (chars[b] > chars[a] ? b : a));
  return [Math.min(...sizes), body];
}"""
MKDOCS_YML = """\
site_name: Elevaffisch
docs_dir: docs
use_directory_urls: false
theme:
  name: material
  custom_dir: {overrides}
  language: sv
  font: false
extra:
  generator: false
extra_css: [assets/trygg.css, assets/poster.css]
markdown_extensions: [toc, tables, attr_list, md_in_html, admonition]
"""


@pytest.fixture(scope="module")
def site(example: Project, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The example's student pages and staff photos built with the theme; returns the site
    and page paths."""
    work = tmp_path_factory.mktemp("poster")
    pages = []
    for school in example.schools:
        assert school.current_plan is not None
        for file in render_student_pages(example, school, school.current_plan, preview=False):
            path = work / "docs" / school.id / file.uri
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(str(file.content), encoding="utf-8")
            pages.append(f"{school.id}/{file.uri.removesuffix('.md')}.html")
        for photo in photo_files(school, ROOT / "content"):  # the pages link to them
            path = work / "docs" / school.id / photo.uri
            path.parent.mkdir(parents=True, exist_ok=True)
            assert isinstance(photo.content, bytes)
            path.write_bytes(photo.content)
    for sentences in LONGER:
        project = with_longer_repressalier(example, sentences)
        school = project.school("strandskolan")
        assert school is not None and school.current_plan is not None
        page = render_student_page(project, school, school.current_plan, HOGSTADIET)
        assert scale_of(page) < 100  # it would not fit at the band's own size
        path = work / "docs" / "strandskolan" / "elev" / f"hogstadiet-{sentences}" / "index.md"
        path.parent.mkdir(parents=True)
        path.write_text(page, encoding="utf-8")
        pages.append(f"strandskolan/elev/hogstadiet-{sentences}/index.html")
    overrides = (ROOT / "theme" / "overrides").as_posix()
    (work / "mkdocs.yml").write_text(MKDOCS_YML.format(overrides=overrides), encoding="utf-8")
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(work / "mkdocs.yml")]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([*command, "-d", str(work / "site")], check=True, env=env)
    return work / "site", pages


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: apt-get install -y --no-install-recommends chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _pdf_text(pdf: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = next(
        int(line.split()[1]) for line in info.stdout.splitlines() if line.startswith("Pages:")
    )
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return pages, text.stdout


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")
def test_each_student_page_prints_on_one_a4_page(
    site: tuple[Path, list[str]], chromium: Browser, tmp_path: Path
) -> None:
    root, pages = site
    assert pages
    page = chromium.new_page()
    for relative in pages:
        page.goto((root / relative).as_uri(), wait_until="load")
        pdf = tmp_path / (relative.replace("/", "_") + ".pdf")
        page.pdf(path=str(pdf), format="A4", print_background=True)
        count, text = _pdf_text(pdf)
        assert count == 1, f"{relative} prints on {count} pages"
        assert "Trygg på" in text, relative
        # pdftotext joins a word broken at its hyphen: "Barn-" + "och" gives "Barnoch"
        printed = " ".join(text.split()).replace("Barnoch", "Barn- och")
        assert LAST_LINE in printed, f"{relative}: the end of the poster is cut off"
        if "/elev/lagstadiet" not in relative and "/elev/forskola" not in relative:
            # From åk 4 the poster says where to go when the school does not help
            assert "Barn- och elevombudet" in printed, f"{relative}: no complaint path printed"
        if "/elev/hogstadiet" in relative:
            assert "Diskrimineringsombudsmannen (DO)" in printed, relative
        # What happens when an adult has offended a pupil is printed too, to its last step
        if "/elev/forskola" not in relative:
            assert "Sedan händer det här:" in printed, relative
            assert "Vem kan jag prata med?" in printed, relative
    page.close()


def test_each_poster_prints_its_text_large_enough_for_a_child(
    site: tuple[Path, list[str]], chromium: Browser
) -> None:
    """The text printed was 8.1–8.5 pt from åk 4 and the law's names 7 pt: now 11 pt to
    åk 3, 10.5 pt in åk 4–6, 10 pt from åk 7, and at 95 % no smaller than 9.5 pt."""
    root, pages = site
    page = chromium.new_page()
    page.emulate_media(media="print")
    for relative in pages:
        page.goto((root / relative).as_uri(), wait_until="load")
        band = relative.split("/elev/")[1].split("/")[0].split("-")[0]
        least, body = page.evaluate(SIZES_PT)
        assert body >= BODY_PT[band] and least >= LEAST_PT, (relative, least, body)
        # Where the whole page is: printed when the poster leaves something off, and never
        # on screen, which shows everything
        more = page.locator(".trygg-poster-more")
        assert more.count() == min(1, page.locator(".trygg-screen-only").count()), relative
        if more.count():
            assert more.is_visible(), relative
            page.emulate_media(media="screen")
            assert not more.is_visible(), relative
            page.emulate_media(media="print")
    page.close()
