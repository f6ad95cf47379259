"""A plan decided anew during its period (`2026-27-v2.yml`): its name and order (issue 16)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.problems import Problem, Severity

ROOT = Path(__file__).resolve().parents[1]
SCHOOL = "strandskolan"
AFTER = dt.date(2027, 2, 1)  # after the new version starts


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example content where Strandskolan's 2026-27 plan is decided anew
    on 15 January 2027, in force from 20 January."""
    shutil.copytree(ROOT / "content", tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    plans = tmp_path / "content" / "skolor" / SCHOOL / "trygghetsplan"
    write_version(plans, "2026-27-v2.yml", "2027-01-15", "2027-01-20")
    return tmp_path / "content"


def write_version(plans: Path, name: str, decided: str, starts: str, base: str = "2026-27") -> Path:
    text = (plans / f"{base}.yml").read_text(encoding="utf-8")
    head, rest = text.split("beslut: ", 1)
    rest = rest.split("\n", 2)[2]  # the beslut and giltighet lines
    till = "2027-08-15" if base == "2026-27" else "2026-12-31"
    lines = (
        f"beslut: {{datum: {decided}, rektor: Tomas Åberg}}\n"
        f"giltighet: {{från: {starts}, till: {till}}}\n"
    )
    path = plans / name
    path.write_text(head + lines + rest, encoding="utf-8")
    return path


def problems(content: Path, today: dt.date = AFTER) -> list[Problem]:
    checked = check_content(content, only=[SCHOOL], today=today)
    return [p for p in checked.report if p.severity is Severity.ERROR]


@pytest.mark.parametrize(
    ("name", "message", "hint"),
    [
        ("2026-27-v1.yml", "den första planen för en period har inget -v1", "2026-27.yml"),
        ("2026-27-v3.yml", "versionen före, 2026-27-v2.yml, finns inte", "i följd"),
        ("2026-27-vx.yml", "'x' efter -v är inte ett versionsnummer", "2026-27-v2.yml"),
    ],
)
def test_a_badly_named_version_is_tp035_in_swedish(
    content: Path, name: str, message: str, hint: str
) -> None:
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    (plans / "2026-27-v2.yml").unlink()
    write_version(plans, name, "2027-01-15", "2027-01-20")
    [problem] = problems(content)
    assert problem.code == "TP035"
    assert str(problem.location) == f"content/skolor/{SCHOOL}/trygghetsplan/{name}"
    assert problem.message == message and hint in problem.hint


@pytest.mark.parametrize(
    ("decided", "starts", "field", "message"),
    [
        ("2026-08-01", "2027-01-20", "beslut.datum", "beslutet (2026-08-01) är inte senare än"),
        ("2027-01-15", "2026-08-17", "giltighet.från", "versionen börjar inte gälla senare än"),
        ("2027-01-15", "2027-01-10", "giltighet.från", "börjar gälla (2027-01-10) före sitt"),
    ],
)
def test_versions_out_of_order_are_tp058_at_their_line(
    content: Path, decided: str, starts: str, field: str, message: str
) -> None:
    plans = content / "skolor" / SCHOOL / "trygghetsplan"
    write_version(plans, "2026-27-v2.yml", decided, starts)
    found = [p for p in problems(content) if p.code == "TP058"]
    assert len(found) == 1, [p.format() for p in problems(content)]
    [problem] = found
    line = 5 if field == "beslut.datum" else 6
    assert problem.location.file == f"content/skolor/{SCHOOL}/trygghetsplan/2026-27-v2.yml"
    assert problem.location.line == line and problem.field == field
    assert message in problem.message
    assert not [p for p in problems(content) if p.code == "TP032"]
