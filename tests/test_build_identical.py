"""Every shortcut of `trygg build` gives the same bytes as a plain, clean build.

A cold build with every speed-up, a warm build (nothing changed), an incremental
build (one school edited, then reverted), a build from shards and a plain build
without any speed-up must all write byte-identical output. No timings here: the
speed is measured by benchmarks/run.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import BuildRequest, BuildResult, build_all
from generator.shards import Shard

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
EDITED_PLAN = "skolor/strandskolan/trygghetsplan/2026-27.yml"


@pytest.fixture(autouse=True)
def _fixed_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1788000000")  # 2026-08-30
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    return copy


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build(content: Path, out: Path, **options: object) -> BuildResult:
    result = build_all(BuildRequest(CONFIG, content, out, **options))  # type: ignore[arg-type]
    assert result.ok, result.report.format_text()
    return result


def plain_tree(content: Path, out: Path) -> dict[str, bytes]:
    """The output of a build without cache, shards or speed-ups."""
    build(content, out, plain=True)
    return tree(out)


def edit(content: Path, old: str, new: str) -> None:
    plan = content / EDITED_PLAN
    text = plan.read_text(encoding="utf-8")
    assert old in text
    plan.write_text(text.replace(old, new), encoding="utf-8")


def test_cold_warm_and_incremental_builds_are_identical(content: Path, tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "site"
    plain = plain_tree(content, tmp_path / "plain")
    cold = build(content, out, cache_dir=cache, jobs=2)
    assert tree(out) == plain
    assert sorted(cold.built) == ["ekbackens-skola", "forskolan-solrosen", "strandskolan"]

    warm = build(content, out, cache_dir=cache)
    assert warm.up_to_date and tree(out) == plain
    assert warm.report.format_text() == cold.report.format_text()

    edit(content, "alla kan vara sig själva", "alla får vara sig själva")
    incremental = build(content, out, cache_dir=cache)
    assert incremental.built == ("strandskolan",)
    assert len(incremental.reused) == 2
    assert tree(out) == plain_tree(content, tmp_path / "clean")

    edit(content, "alla får vara sig själva", "alla kan vara sig själva")
    reverted = build(content, out, cache_dir=cache)
    assert reverted.built == ("strandskolan",)
    assert tree(out) == plain


def test_shards_merge_into_the_same_output(content: Path, tmp_path: Path) -> None:
    plain = plain_tree(content, tmp_path / "plain")
    parts = tmp_path / "delar"
    for number in (1, 2):
        build(content, parts / f"del-{number}", shard=Shard(number, 2))
    merged = build(content, tmp_path / "site", merge_from=parts)
    assert merged.built == ()
    assert tree(tmp_path / "site") == plain


def test_shards_split_the_schools_between_them() -> None:
    ids = [f"skola-{n}" for n in range(200)]
    shards = [Shard(k, 3) for k in (1, 2, 3)]
    owners = [[s for s in shards if s.owns(school)] for school in ids]
    assert all(len(found) == 1 for found in owners)
    assert all(30 < sum(s.owns(i) for i in ids) < 100 for s in shards)


def test_a_bad_shard_is_refused_in_swedish() -> None:
    with pytest.raises(ValueError, match="ingen del"):
        Shard.parse("3/2")
