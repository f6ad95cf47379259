"""An edited plan rebuilds only the pages of its school's site that it changes, with the
same bytes as a clean build: the school's other pages stay the very files the cached
site has (same inode), its search index and sitemap are whole. A change every page
shares builds every page; a tampered cached page is never published. No timings here:
benchmarks/README.md measures.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.build.pipeline import build_all
from generator.build.request import BuildRequest, BuildResult

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
SCHOOL = "strandskolan"
PLAN = f"skolor/{SCHOOL}/trygghetsplan/2026-27.yml"
OTHER_PAGE = "arshjul/index.html"  # the årshjul does not show the plan's measures


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1788000000")  # 2026-08-30
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


def build(content: Path, out: Path, **options: object) -> BuildResult:
    result = build_all(BuildRequest(CONFIG, content, out, **options))  # type: ignore[arg-type]
    assert result.ok, result.report.format_text()
    return result


def site_tree(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def edit(content: Path, old: str, new: str, file: str = PLAN) -> None:
    path = content / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def clean_site(content: Path, tmp_path: Path) -> dict[str, bytes]:
    clean = tmp_path / "clean"
    build(content, clean, plain=True)
    return site_tree(clean / SCHOOL)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_edit_rebuilds_only_the_school_pages_it_changes(
    content: Path, tmp_path: Path, jobs: int
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache, jobs=jobs)
    before = (out / SCHOOL / OTHER_PAGE).stat().st_ino
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")
    assert build(content, out, cache_dir=cache, jobs=jobs).built == (SCHOOL,)
    assert site_tree(out / SCHOOL) == clean_site(content, tmp_path)  # search index, sitemap
    assert (out / SCHOOL / OTHER_PAGE).stat().st_ino == before  # taken as it was built


def test_a_change_every_page_shares_builds_every_page(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    before = (out / SCHOOL / OTHER_PAGE).stat().st_ino
    edit(content, "namn: Strandskolan\n", "namn: Strandvik\n", f"skolor/{SCHOOL}/skola.yml")
    build(content, out, cache_dir=cache)
    assert site_tree(out / SCHOOL) == clean_site(content, tmp_path)
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
    assert site_tree(out / SCHOOL) == clean_site(content, tmp_path)
