"""A symbolic link inside the cache never sends a build's writes or removals outside it:
each linked folder or file is removed as a link, its target left as it was, and made
again inside the cache."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from incremental_support import build, copy_content, edit, fix_the_day, tree

from generator.build.cache import BuildCache
from generator.build.guard import CACHE_MARK, mark_cache
from generator.build.pdf.pages import _forget_others
from generator.check.cachefiles import inside

# Every folder and file the cache keeps, as `build.cache` lists them.
LINKED = ("webbplatser", "kontroll", "filer", "mkdocs", "sidor", "portal", "bygge.json")
LINKED += ("filer.json",)


def victim(tmp_path: Path, name: str) -> Path:
    """A folder of someone else's: a file and a folder no school is named after."""
    folder = tmp_path / "offer" / name
    (folder / "annat").mkdir(parents=True)
    (folder / "annat" / "viktigt.txt").write_text("rör inte\n", encoding="utf-8")
    (folder / "bygge.json.tmp").write_text("rör inte\n", encoding="utf-8")
    return folder


def test_links_in_the_cache_leave_their_targets_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fix_the_day(monkeypatch)
    content, cache, out = copy_content(tmp_path), tmp_path / "cache", tmp_path / "site"
    build(content, out, cache_dir=cache)
    targets = {}
    for name in LINKED:
        found = cache / name
        if found.is_dir():
            shutil.rmtree(found)
        else:
            found.unlink(missing_ok=True)
        targets[name] = victim(tmp_path, name)
        found.symlink_to(targets[name], target_is_directory=True)
    before = tree(tmp_path / "offer")
    edit(content, "alla kan vara sig själva", "alla får vara sig själva")
    shutil.rmtree(out)  # every other site from the cache
    build(content, out, cache_dir=cache)
    build(content, out, cache_dir=cache)
    assert tree(tmp_path / "offer") == before
    assert [name for name in LINKED if (cache / name).is_symlink()] == []
    assert (cache / "webbplatser" / "strandskolan" / "index.html").is_file()


def test_forgetting_removes_links_not_their_targets(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    target = victim(tmp_path, "pdf")
    (cache / "pdf").mkdir(parents=True)
    (cache / "pdf" / "gammal").symlink_to(target, target_is_directory=True)
    (cache / "pdf" / "skola").mkdir()
    (cache / "pdf" / "skola" / "x.pdf").symlink_to(target / "annat" / "viktigt.txt")
    (cache / CACHE_MARK).symlink_to(target / "bygge.json.tmp")
    _forget_others(cache / "pdf" / "skola", set())
    BuildCache(cache).forget_others({"skola"})
    mark_cache(cache)
    assert (target / "bygge.json.tmp").read_text(encoding="utf-8") == "rör inte\n"
    assert (target / "annat" / "viktigt.txt").read_text(encoding="utf-8") == "rör inte\n"
    assert list((cache / "pdf").iterdir()) == [cache / "pdf" / "skola"]
    assert list((cache / "pdf" / "skola").iterdir()) == []


@pytest.mark.parametrize("part", ["..", "", "a/../..", "/etc"])
def test_a_name_that_leaves_the_cache_is_refused(tmp_path: Path, part: str) -> None:
    with pytest.raises(ValueError, match="not a name in the cache"):
        inside(tmp_path, part)


def test_the_standby_never_reads_the_build_record_through_a_link(tmp_path: Path) -> None:
    """A linked `bygge.json` (to a file of someone else's) is no earlier build: no standby
    process, the link removed, its target as it was."""
    from generator.build.standby import standby_for

    cache, target = tmp_path / "cache", victim(tmp_path, "bygge.json")
    cache.mkdir()
    (cache / "bygge.json").symlink_to(target / "bygge.json.tmp")
    assert standby_for(tmp_path / "mkdocs.yml", cache, jobs=2) is None
    assert not (cache / "bygge.json").is_symlink()
    assert (target / "bygge.json.tmp").read_text(encoding="utf-8") == "rör inte\n"
