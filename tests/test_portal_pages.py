"""An edit the portal shows rebuilds only the portal pages it changes, with the same bytes.

The other pages stay the very files the last build published (same inode); the search
index and the sitemap are whole. A change to what every page shares (a shared input,
a new unit, the menu) builds every page; a school renamed changes the overview and its
own page only (the menu names no school). A cached page that was tampered with is never
published, even when edited in place (the published file itself, size and time kept);
a taken page is left unread by the last look only when it passed the same look with
the same bytes. No timings here: benchmarks/run.py measures.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Collection
from pathlib import Path

import pytest

from generator.build import cache as cache_module
from generator.build import portalbuilding, scan
from generator.build.marks import write_marks
from tests.incremental_support import build, copy_content, edit, fix_the_day

UNIT_PAGE = "granskning/enheter/strandskolan/index.html"
INDEX = "search/search_index.json"
OTHER_UNIT_PAGE = "granskning/enheter/ekbackens-skola/index.html"


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    fix_the_day(monkeypatch)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_content(tmp_path)


def portal_tree(out: Path) -> dict[str, bytes]:
    """Every file of the portal (the output without the schools' sites)."""
    schools = {p.name for p in out.iterdir() if (p / "search" / "search_index.json").is_file()}
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).parts[0] not in schools
    }


def inodes(out: Path) -> dict[str, int]:
    return {name: (out / name).stat().st_ino for name in portal_tree(out)}


def test_an_edit_rebuilds_only_the_pages_it_changes(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache, jobs=2)
    edit(content, "alla kan vara sig själva", "alla får vara sig själva")  # not on the portal
    assert not build(content, out, cache_dir=cache).portal_built
    before = inodes(out)
    shown = (out / UNIT_PAGE).read_text(encoding="utf-8")
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")  # the granskning lists it
    changed = build(content, out, cache_dir=cache, jobs=2)
    assert changed.built == ("strandskolan",) and changed.portal_built
    clean = tmp_path / "clean"
    build(content, clean, plain=True)
    assert portal_tree(out) == portal_tree(clean)  # pages, search index and sitemap alike
    assert "Nya elevledda" in (out / UNIT_PAGE).read_text(encoding="utf-8") != shown
    after = inodes(out)
    assert after[OTHER_UNIT_PAGE] == before[OTHER_UNIT_PAGE]  # taken as it was built
    assert after[UNIT_PAGE] != before[UNIT_PAGE]
    assert after["search/search_index.json"] != before["search/search_index.json"]


@pytest.mark.parametrize(
    ("change", "every_page"),
    [
        # a shared input: the address every page's canonical link starts with (not the
        # huvudman's name: renamed, the example would be a project of its own, TP316)
        (
            (
                "huvudman.yml",
                "webbplats: https://skolor.strandvik.se\n",
                "webbplats: https://trygghet.strandvik.se\n",
            ),
            True,
        ),
        (("skolor/strandskolan/skola.yml", "namn: Strandskolan\n", "namn: Strandvik\n"), False),
    ],
)
def test_a_change_every_page_shares_builds_every_page(
    content: Path, tmp_path: Path, change: tuple[str, str, str], every_page: bool
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    before = inodes(out)
    file, old, new = change
    edit(content, old, new, file)
    build(content, out, cache_dir=cache)
    clean = tmp_path / "clean"
    build(content, clean, plain=True)
    assert portal_tree(out) == portal_tree(clean)
    after = inodes(out)
    assert (after[OTHER_UNIT_PAGE] != before[OTHER_UNIT_PAGE]) is every_page


@pytest.mark.parametrize("output_kept", [True, False])
def test_a_tampered_cached_page_is_not_published(
    content: Path, tmp_path: Path, output_kept: bool
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    cached = cache / "portal" / OTHER_UNIT_PAGE
    was = cached.stat()
    payload = b'<p onclick="alert(1)">x</p><script>alert(2)</script>'
    cached.unlink()  # same size and time as before: only the scan can tell
    cached.write_bytes(payload.ljust(was.st_size, b" "))
    os.utime(cached, ns=(was.st_atime_ns, was.st_mtime_ns))
    write_marks(
        cache / "portal", cache / "filer" / "portal" / "portal.json", "filer/portal/portal.json"
    )
    if not output_kept:
        shutil.rmtree(out)
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")
    changed = build(content, out, cache_dir=cache)
    assert changed.portal_built
    assert "alert(" not in (out / OTHER_UNIT_PAGE).read_text(encoding="utf-8")
    clean = tmp_path / "clean"
    build(content, clean, plain=True)
    assert portal_tree(out) == portal_tree(clean)


def tamper_in_place(page: Path, payload: bytes, at: int | None = None) -> None:
    """Write `payload` into the file itself (the same inode: the published file too), with
    its size and time kept: the cache's marks cannot tell."""
    was = page.stat()
    text = page.read_bytes()
    at = len(text) // 2 if at is None else at
    with page.open("r+b") as file:
        file.write(text[:at] + payload + text[at + len(payload) :])
    os.utime(page, ns=(was.st_atime_ns, was.st_mtime_ns))
    assert page.stat().st_size == was.st_size


@pytest.mark.parametrize("file", [OTHER_UNIT_PAGE, INDEX])
def test_a_cached_file_edited_in_place_is_looked_at_again(
    content: Path, tmp_path: Path, file: str
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    cached = cache / "portal" / file
    assert cached.stat().st_ino == (out / file).stat().st_ino  # as published
    if file == INDEX:  # a word in the text of an entry of a page that will be taken
        text = cached.read_bytes()
        word = re.compile(rb"[A-Za-z ]{11}").search(text, text.index(b"enheter/ekbackens"))
        assert word is not None
        tamper_in_place(cached, b"121212-1212", word.start())
    else:
        tamper_in_place(cached, b'<a href="/elev?nr=121212-1212">x</a>')
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")
    assert build(content, out, cache_dir=cache).portal_built
    assert b"121212-1212" not in (out / file).read_bytes()
    clean = tmp_path / "clean"
    build(content, clean, plain=True)
    assert portal_tree(out) == portal_tree(clean)


@pytest.mark.parametrize("same_look", [True, False])
def test_a_taken_page_is_left_unread_only_when_it_passed_the_same_look(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, same_look: bool
) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    if not same_look:  # the pages passed another version of the look
        with monkeypatch.context() as patched:
            patched.setattr(scan, "_scanner_key", lambda: b"an older look")
            cache_module.BuildCache(cache)._remember_passed()
    left_unread: list[set[str]] = []

    def scan_site(folder: Path, dirs: tuple[str, ...], known: Collection[str] = ()) -> list[str]:
        left_unread.append(set(known))
        return scan.scan_site(folder, dirs, known)

    monkeypatch.setattr(portalbuilding, "scan_site", scan_site)
    edit(content, "    titel: Elevledda", "    titel: Nya elevledda")
    assert build(content, out, cache_dir=cache).portal_built
    assert len(left_unread) == 1
    assert (OTHER_UNIT_PAGE in left_unread[0]) is same_look
    assert UNIT_PAGE not in left_unread[0]  # rebuilt: looked at
