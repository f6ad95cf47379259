"""`trygg export` built by MkDocs alone gives a reader what `trygg build` gives: on every
page the same text, the same grade spans kept on one line, and the same search entries.

What an engine without trygg's plugin cannot give is listed here, each with its reason
(ACCEPTED); anything else that differs fails. Both are built in this process, from one
copy of the example.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from generator.build.pipeline import build_all
from generator.build.request import BuildRequest
from generator.cli.main import main
from generator.load.layout import EMPTY_DOCS_DIR

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.DOTALL)
TAG = re.compile(r"<[^>]+>")
HEADING = re.compile(r"<h[1-6]\b.*?</h[1-6]>", re.DOTALL)
NOWRAP = re.compile(r'<span class="trygg-nowrap">([^<]*)</span>')
# A table's name for a screen reader only (`site.tablebox.captioned`): Markdown writes no
# caption, and the export's tables are named by their regions, as before.
SR_CAPTION = re.compile(r'<caption class="trygg-sr-only" data-search-exclude>[^<]*</caption>')
URL = re.compile(r"<loc>([^<]*)</loc>\s*<lastmod>([^<]*)</lastmod>")
CARDS = re.compile(r' data-trygg-cards| data-label="[^"]*"')
ACCEPTED = {
    "caption": "a table's screen-reader caption: a Markdown table cannot have one",
    "cards": "data-trygg-cards/data-label: a Markdown table's cells take no attributes, so "
    "a narrow screen scrolls the exported table sideways in its box instead",
    "heading": "a grade span in a heading is not kept on one line: the heading's words are "
    "also the navigation's and the table of contents', which would show the markup",
    "order": "the search index and the sitemap list the pages in another order (what a "
    "search finds, its ranking and what a crawler reads do not depend on it)",
    "404.html": "without site_url MkDocs writes 404.html and an empty sitemap.xml, which "
    "the plugin leaves out (the example has site_url: not built here)",
}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The example as `trygg build` builds it, and as each exported folder builds with
    MkDocs and Material alone."""
    project = tmp_path_factory.mktemp("parity")
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1795608000")
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        built = project / "site"
        request = BuildRequest(project / "mkdocs.yml", project / "content", built, jobs=1)
        result = build_all(request)
        assert result.ok, result.report.format_text()
        exported = project / "export"
        with pytest.raises(SystemExit) as exited:
            main(["export", str(exported), "--config", str(project / "mkdocs.yml")])
        assert exited.value.code == 0
        for folder in sorted(p for p in exported.iterdir() if p.is_dir()):
            header = (folder / "mkdocs.yml").read_text(encoding="utf-8")
            dated = re.search(r"SOURCE_DATE_EPOCH=(\d+) mkdocs build", header)
            assert dated is not None  # as the header says to build it
            patch.setenv("SOURCE_DATE_EPOCH", dated[1])
            config = load_config(str(folder / "mkdocs.yml"), site_dir=str(folder / "site"))
            mkdocs_build(config)
    return built, exported


def _schools(both: tuple[Path, Path]) -> list[tuple[Path, Path]]:
    built, exported = both
    found = [(built / p.name, p / "site") for p in sorted(exported.iterdir()) if p.is_dir()]
    assert len(found) == 4
    return found


def _article(page: Path) -> str:
    found = ARTICLE.search(page.read_text(encoding="utf-8"))
    assert found is not None, page
    return found[1]


def _text(article: str) -> str:
    """What a reader reads: the text, with the grade spans' words as they are."""
    article = NOWRAP.sub(r"\1", SR_CAPTION.sub("", article))
    return " ".join(html.unescape(TAG.sub(" ", article)).split())


def _spans(article: str) -> list[str]:
    """The grade spans kept on one line, but in headings (ACCEPTED["heading"])."""
    return NOWRAP.findall(HEADING.sub("", article))


def _pages(site: Path) -> set[str]:
    return {str(p.relative_to(site)) for p in site.rglob("*.html")} - {"404.html"}


def test_every_page_reads_the_same(both: tuple[Path, Path]) -> None:
    pages = 0
    for built, exported in _schools(both):
        assert _pages(built) == _pages(exported), built.name
        for name in sorted(_pages(built)):
            ours, theirs = _article(built / name), _article(exported / name)
            assert _text(ours) == _text(theirs), f"{built.name}/{name}"
            pages += 1
    assert pages > 20


def test_grade_spans_are_kept_on_one_line_in_both(both: tuple[Path, Path]) -> None:
    spans = 0
    for built, exported in _schools(both):
        for name in sorted(_pages(built)):
            ours = _spans(_article(built / name))
            assert ours == _spans(_article(exported / name)), f"{built.name}/{name}"
            spans += len(ours)
    assert spans > 5


def test_only_the_accepted_markup_differs(both: tuple[Path, Path]) -> None:
    """The tables as the plugin marks them for a narrow screen's cards, and their
    captions, are the accepted differences (ACCEPTED); all other markup of the pages'
    articles is compared as text above."""
    cards = 0
    for built, exported in _schools(both):
        for name in sorted(_pages(built)):
            ours = _article(built / name)
            cards += len(CARDS.findall(ours))
            assert not CARDS.search(_article(exported / name))  # ACCEPTED["cards"]
            assert not SR_CAPTION.search(_article(exported / name))  # ACCEPTED["caption"]
    assert cards > 0


def _entries(site: Path) -> list[Any]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return index["docs"]  # type: ignore[no-any-return]


def test_the_search_finds_the_same_in_both(both: tuple[Path, Path]) -> None:
    for built, exported in _schools(both):
        ours = {entry["location"]: entry for entry in _entries(built)}
        theirs = {entry["location"]: entry for entry in _entries(exported)}  # ACCEPTED["order"]
        assert ours.keys() == theirs.keys(), built.name
        for location, entry in ours.items():
            assert entry == theirs[location], (built.name, location)
        text = " ".join(entry["text"] for entry in theirs.values())
        assert "0 %25 %" not in text and "<svg" not in text  # no chart's axis labels


def test_the_sitemap_is_the_plugins_dated_by_the_content(both: tuple[Path, Path]) -> None:
    for built, exported in _schools(both):
        ours = URL.findall((built / "sitemap.xml").read_text(encoding="utf-8"))
        assert ours and all(lastmod for _loc, lastmod in ours)
        theirs = URL.findall((exported / "sitemap.xml").read_text(encoding="utf-8"))
        assert sorted(ours) == sorted(theirs), built.name  # ACCEPTED["order"]
