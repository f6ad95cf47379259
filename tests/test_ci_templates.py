"""The CI files `trygg init` writes, read as GitHub and GitLab read them: every job that
builds gets the cache key (GitHub: the secret in its env; GitLab: a project variable,
named in the file for the IT), each part keeps a cache of its own between runs, and the
commands are ones trygg accepts."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import CACHE
from generator.check.cachekey import ENV
from generator.cli.main import parser
from tests.test_init import run

SECRET = f"${{{{ secrets.{ENV} }}}}"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ci")
    assert run("init", str(root), "--huvudman", "Norrviks kommun", "--skola", "solskolan") == 0
    return root


def _github(repo: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((repo / ".github/workflows/trygg.yml").read_text())
    return loaded["jobs"]


def _gitlab(repo: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((repo / ".gitlab-ci.yml").read_text())
    return loaded


def _accepted(command: str, **values: str) -> Any:
    """The `trygg` command line as the CLI parses it, with CI's variables filled in."""
    for name, value in values.items():
        command = command.replace(name, value)
    words = shlex.split(command)
    assert words[0] == "trygg"
    return parser().parse_args(words[1:])


def test_every_github_step_that_builds_gets_the_secret(repo: Path) -> None:
    builds = [
        step
        for job in _github(repo).values()
        for step in job["steps"]
        if "trygg build" in step.get("run", "")
    ]
    assert len(builds) == 2  # the parts and the merge
    assert all(step["env"] == {ENV: SECRET} for step in builds)


def test_each_github_part_restores_its_own_cache_before_it_builds(repo: Path) -> None:
    steps = _github(repo)["del"]["steps"]
    cached = next(i for i, s in enumerate(steps) if s.get("uses", "").startswith("actions/cache@"))
    built = next(i for i, s in enumerate(steps) if "trygg build" in s.get("run", ""))
    assert cached < built
    saved = steps[cached]["with"]
    assert saved["path"] == CACHE
    assert "${{ matrix.del }}" in saved["key"]
    assert saved["key"].startswith(saved["restore-keys"])
    args = _accepted(steps[built]["run"], **{"${{ matrix.del }}": "2"})
    assert (args.shard.number, args.shard.count, args.out) == (2, 4, "del")
    assert f"-av-{args.shard.count}-" in saved["key"]  # another number of parts: another cache


def test_the_github_merge_verifies_the_parts_with_the_same_secret(repo: Path) -> None:
    merge = next(s for s in _github(repo)["publicera"]["steps"] if "--merge" in s.get("run", ""))
    args = _accepted(merge["run"])
    assert (str(args.merge), args.out) == ("delar", "site")
    assert merge["env"] == {ENV: SECRET}


def test_each_gitlab_part_keeps_its_own_cache(repo: Path) -> None:
    part = _gitlab(repo)["del"]
    assert part["cache"]["paths"] == [f"{CACHE}/"]
    assert part["cache"]["when"] == "always"  # kept also when a school has errors
    assert "$CI_NODE_INDEX" in part["cache"]["key"] and "$CI_NODE_TOTAL" in part["cache"]["key"]
    [command] = part["script"]
    args = _accepted(command, **{"$CI_NODE_INDEX": "3", "$CI_NODE_TOTAL": str(part["parallel"])})
    assert (args.shard.number, args.shard.count, args.out) == (3, 4, "delar/3")


def test_the_gitlab_file_tells_it_where_the_key_goes_and_holds_none(repo: Path) -> None:
    text = (repo / ".gitlab-ci.yml").read_text(encoding="utf-8")
    assert f"lägg in variabeln {ENV}" in text and "Settings → CI/CD → Variables" in text
    assert ENV not in _gitlab(repo).get("variables", {})  # a secret is never in the file
    merge = next(c for c in _gitlab(repo)["pages"]["script"] if "--merge" in c)
    assert str(_accepted(merge.split(" || ")[0]).merge) == "delar"


def test_the_github_file_tells_it_where_the_secret_goes(repo: Path) -> None:
    text = (repo / ".github/workflows/trygg.yml").read_text(encoding="utf-8")
    assert f"lägg in hemligheten {ENV}" in text
    assert "Settings → Secrets and variables → Actions" in text
