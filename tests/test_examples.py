"""`trygg check` on example trees: valid cases pass, invalid cases print the expected problems.

Each case in tests/examples/{valid,invalid}/<case>/ is a list of edits (case.yml)
applied to a copy of tests/examples/base/. An invalid case's expected.txt holds
the exact error lines `trygg check` must print. Regenerate them after a
deliberate change of wording with `UPDATE_GOLDENS=1 .venv/bin/pytest tests/test_examples.py`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from golden_support import assert_golden

from generator.cli.main import main

EXAMPLES = Path(__file__).parent / "examples"
TODAY = dt.date(2026, 11, 25)  # the cases are checked as of this day


def _apply(edit: dict[str, object], root: Path) -> None:
    path = root / str(edit["fil"])
    path.parent.mkdir(parents=True, exist_ok=True)
    if "skriv" in edit:
        path.write_text(str(edit["skriv"]), encoding="utf-8")
    elif "skriv_latin1" in edit:
        path.write_bytes(str(edit["skriv_latin1"]).encode("latin-1"))
    elif "ta_bort" in edit:
        path.unlink()
    elif "flytta_till" in edit:
        path.rename(root / str(edit["flytta_till"]))
    else:
        text = path.read_text(encoding="utf-8")
        old, new = str(edit["ersätt"]), str(edit["med"])
        assert old in text, f"the case edits text that is not in {edit['fil']}: {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(autouse=True)
def _restore_environment() -> Iterator[None]:
    """The day as it was before the case (the suite's SOURCE_DATE_EPOCH), not the real one:
    a later test that counts days to a plan's end would otherwise depend on the calendar."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    yield
    if before is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = before


def _run_case(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Apply the case's edits to a copy of the base tree and run `trygg check` on it."""
    shutil.copytree(EXAMPLES / "base", tmp_path, dirs_exist_ok=True)
    spec = yaml.safe_load((case / "case.yml").read_text(encoding="utf-8")) or []
    edits = spec["ändringar"] if isinstance(spec, dict) else spec
    today = dt.date.fromisoformat(str(spec.get("idag", TODAY))) if isinstance(spec, dict) else TODAY
    for edit in edits:
        _apply(edit, tmp_path)
    midnight = dt.datetime.combine(today, dt.time(12), tzinfo=dt.UTC)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(midnight.timestamp()))
    # Run from the tree's root, as an author does: text paths are from the current folder.
    with pytest.raises(SystemExit) as exited, contextlib.chdir(tmp_path):
        main(["check", "content"])
    return int(str(exited.value.code)), capsys.readouterr().out


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (EXAMPLES / kind).iterdir() if p.is_dir())


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid_example_has_no_errors(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, output = _run_case(case, tmp_path, capsys)
    assert code == 0, output
    assert "0 fel" in output or "Inga problem" in output


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid_example_reports_expected_errors(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, output = _run_case(case, tmp_path, capsys)
    errors = [line for line in output.splitlines() if ": fel TP" in line]
    assert code == 1, output
    assert errors, output
    assert_golden(case / "expected.txt", "\n".join(errors) + "\n")


def test_repository_example_content_has_no_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", str(Path(__file__).parents[1] / "content")])
    assert exited.value.code == 0, capsys.readouterr().out
