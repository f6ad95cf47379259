"""The cache folder itself is never followed as a link: the default `.trygg-cache` that is
one (say, restored by CI to point at a home folder) is replaced by a real folder, and a
`--cache` that is a link, a file or another user's folder is not used. Either way the run
goes on, says so in Swedish, and leaves what the link points to as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import CACHE
from generator.build.cacheroot import usable_cache
from generator.cli.main import main
from generator.load.layout import EMPTY_DOCS_DIR
from tests.test_build import ROOT


def victim(tmp_path: Path) -> Path:
    """A folder of someone else's (a home folder, say), empty as a cache would be taken."""
    folder = tmp_path / "offer"
    folder.mkdir()
    return folder


def tree(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_the_default_cache_as_a_link_is_replaced_by_a_real_folder(tmp_path: Path) -> None:
    target = victim(tmp_path)
    (target / "brev.txt").write_text("rör inte\n", encoding="utf-8")
    cache = tmp_path / CACHE
    cache.symlink_to(target, target_is_directory=True)
    used, note = usable_cache(cache, tmp_path)
    assert used == cache and not cache.exists() and not cache.is_symlink()
    assert f"cachemappen {cache} är en symbolisk länk (till {target})" in note
    assert "Länken är borttagen (inte det den pekade på)" in note
    assert tree(target) == ["brev.txt"]


def test_a_cache_given_as_a_link_is_not_used_and_left_alone(tmp_path: Path) -> None:
    target = victim(tmp_path)
    cache = tmp_path / "min-cache"
    cache.symlink_to(target, target_is_directory=True)
    used, note = usable_cache(cache, tmp_path / "projekt")
    assert used is None and cache.is_symlink()
    assert "trygg kör utan cache. Ange en riktig mapp med --cache" in note


def test_a_cache_that_is_a_file_is_not_used(tmp_path: Path) -> None:
    cache = tmp_path / CACHE
    cache.write_text("inte en cache\n", encoding="utf-8")
    used, note = usable_cache(cache, tmp_path)
    assert used is None and cache.read_text(encoding="utf-8") == "inte en cache\n"
    assert f"cachemappen {cache} är ingen mapp; trygg kör utan cache" in note


def test_a_cache_of_another_user_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / CACHE
    cache.mkdir()
    owner = cache.stat().st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)
    used, note = usable_cache(cache, tmp_path)
    assert used is None and cache.is_dir()
    assert f"ägs av en annan användare (uid {owner})" in note


def test_a_real_cache_of_ones_own_is_used_without_a_word(tmp_path: Path) -> None:
    assert usable_cache(tmp_path / CACHE, tmp_path) == (tmp_path / CACHE, "")
    (tmp_path / CACHE).mkdir()
    assert usable_cache(tmp_path / CACHE, tmp_path) == (tmp_path / CACHE, "")


def one_school(tmp_path: Path, school: str = "ekbackens-skola") -> Path:
    """The example with one school and no report: a check or build of it is quick."""
    project = tmp_path / "projekt"
    shutil.copytree(ROOT / "content", project / "content")
    shutil.copytree(ROOT / "theme", project / "theme")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / EMPTY_DOCS_DIR).mkdir(exist_ok=True)
    for other in (project / "content" / "skolor").iterdir():
        if other.is_dir() and other.name != school:
            shutil.rmtree(other)
    shutil.rmtree(project / "content" / "rapporter")  # they name the other schools
    return project


def _run(*argv: str) -> int:
    with pytest.raises(SystemExit) as exited:
        main(list(argv))
    return int(str(exited.value.code))


def test_a_check_writes_nothing_through_a_linked_default_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, target = one_school(tmp_path), victim(tmp_path)
    (project / CACHE).symlink_to(target, target_is_directory=True)
    _run("check", str(project / "content"))
    assert tree(target) == []
    assert (project / CACHE).is_dir() and not (project / CACHE).is_symlink()
    assert (project / CACHE / "kontroll").is_dir()  # the check's cache, made again there
    said = capsys.readouterr().err
    assert f"trygg: varning: cachemappen {project / CACHE} är en symbolisk länk" in said


def test_a_build_with_a_linked_cache_builds_without_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project, target, out = one_school(tmp_path), victim(tmp_path), tmp_path / "site"
    cache = tmp_path / "lankad-cache"
    cache.symlink_to(target, target_is_directory=True)
    config = str(project / "mkdocs.yml")
    code = _run("build", "--config", config, "--out", str(out), "--cache", str(cache))
    said = capsys.readouterr().err
    assert code == 0, said
    assert (out / "ekbackens-skola" / "index.html").is_file()
    assert tree(target) == [] and cache.is_symlink()
    assert f"--cache {CACHE}" in said and "trygg kör utan cache" in said
