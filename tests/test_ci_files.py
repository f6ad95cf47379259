"""The pre-commit hook and the GitHub Action at the repository root: what users' CI runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import yaml

from generator.cli.main import parser

ROOT = Path(__file__).resolve().parents[1]


def _load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def test_the_pre_commit_hook_checks_without_strict() -> None:
    [hook] = _load(".pre-commit-hooks.yaml")
    assert hook["id"] == "trygg-check"
    assert hook["entry"] == "trygg check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert "--strict" not in hook["entry"] and "args" not in hook
    files = re.compile(hook["files"])
    assert files.search("content/skolor/x/trygghetsplan/2026-27.yml")
    assert files.search("mkdocs.yml")
    assert not files.search("README.md") and not files.search("theme/main.html")


def _steps() -> list[dict[str, Any]]:
    action = _load("action.yml")
    assert action["runs"]["using"] == "composite"
    steps: list[dict[str, Any]] = action["runs"]["steps"]
    return steps


def test_the_action_has_its_inputs_and_sets_up_python() -> None:
    inputs = _load("action.yml")["inputs"]
    assert inputs["path"]["default"] == "content"
    assert inputs["strict"]["default"] == "false"
    assert inputs["version"]["default"] == ""
    [setup] = [s for s in _steps() if s.get("uses", "").startswith("actions/setup-python@")]
    major, minor = map(int, setup["with"]["python-version"].split("."))
    assert (major, minor) >= (3, 11)


def test_the_action_installs_itself_unless_told_otherwise() -> None:
    install = next(s for s in _steps() if "pip install" in s.get("run", ""))
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert install["env"]["TRYGG_VERSION"] == "${{ inputs.version }}"


def test_the_action_checks_with_workflow_commands() -> None:
    check = next(s for s in _steps() if "trygg check" in s.get("run", ""))
    assert check["shell"] == "bash"  # runs with -e: a non-zero exit fails the step
    assert check["env"]["TRYGG_PATH"] == "${{ inputs.path }}"
    assert "--strict" in check["env"]["TRYGG_STRICT"]
    words = shlex.split(check["run"])
    assert words[:4] == ["trygg", "check", "--format", "github"]
    # The command line the step runs, with --strict asked for, is one trygg accepts.
    argv = [w.replace("$TRYGG_STRICT", "--strict").replace("$TRYGG_PATH", "content")
            for w in words[1:]]  # fmt: skip
    args = parser().parse_args(argv)
    assert (args.format, args.strict, args.path) == ("github", True, "content")


def test_a_release_is_made_only_after_the_whole_test_suite_passed_on_the_tag() -> None:
    jobs = _load(".github/workflows/release.yml")["jobs"]
    assert jobs["release"]["needs"] == "test"
    commands = [
        line.strip() for step in jobs["test"]["steps"] for line in step.get("run", "").split("\n")
    ]
    assert "bash .ci/run" in commands
    assert jobs["test"]["container"] == "debian:12"  # chromium as a Debian package
