"""An edited plan rebuilds only the pages of its school's site that it changes, with the
same bytes as a clean build: the school's other pages stay the very files the cached
site has (same inode), its search index and sitemap are whole. A change every page
shares builds every page; a tampered cached page is never published. No timings here:
benchmarks/README.md measures.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.incremental_support import build, copy_content, edit, fix_the_day, tree

SCHOOL = "strandskolan"
OTHER_PAGE = "arshjul/index.html"  # the årshjul does not show the plan's measures


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    fix_the_day(monkeypatch)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_content(tmp_path)


def clean_site(content: Path, tmp_path: Path) -> dict[str, bytes]:
    clean = tmp_path / "clean"
    build(content, clean, plain=True)
    return tree(clean / SCHOOL)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_edit_rebuilds_only_the_school_pages_it_changes(
    content: Path, tmp_path: Path, jobs: int
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache, jobs=jobs)
    before = (out / SCHOOL / OTHER_PAGE).stat().st_ino
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")
    assert build(content, out, cache_dir=cache, jobs=jobs).built == (SCHOOL,)
    assert tree(out / SCHOOL) == clean_site(content, tmp_path)  # search index, sitemap
    assert (out / SCHOOL / OTHER_PAGE).stat().st_ino == before  # taken as it was built


def test_a_change_every_page_shares_builds_every_page(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    before = (out / SCHOOL / OTHER_PAGE).stat().st_ino
    edit(content, "namn: Strandskolan\n", "namn: Strandvik\n", f"skolor/{SCHOOL}/skola.yml")
    build(content, out, cache_dir=cache)
    assert tree(out / SCHOOL) == clean_site(content, tmp_path)
    assert (out / SCHOOL / OTHER_PAGE).stat().st_ino != before


def test_a_tampered_cached_page_is_not_published(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    cached = cache / "webbplatser" / SCHOOL / OTHER_PAGE
    was = cached.stat()
    payload = b'<p onclick="alert(1)">x</p><script>alert(2)</script>'
    with cached.open("r+b") as page:  # in place, same size and time: only the scan can tell
        page.write(payload.ljust(was.st_size, b" "))
    os.utime(cached, ns=(was.st_atime_ns, was.st_mtime_ns))
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")
    build(content, out, cache_dir=cache)
    assert "alert(" not in (out / SCHOOL / OTHER_PAGE).read_text(encoding="utf-8")
    assert tree(out / SCHOOL) == clean_site(content, tmp_path)
