"""A first plan asks whether the unit had a plan before trygg (SL 6 kap. 8 §).

`trygg init` leaves out the example's account of its plan before (`utvärdering`,
`föregående_period`): it is not the unit's. A unit that had a plan last year, in Word
say, must still account for its åtgärder, and the published plan must not tell guardians
that there was nothing to evaluate. So the first plan has an empty `föregående_period`
and `utvärdering` under a FYLL I that says to remove both when the unit is new: the
rektor decides which before the plan can be published (TP127).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.cli import starter
from tests.test_init import _pages, made_own, run

FIRST = "Det här är den första planen som publiceras här"
ASKED = "# FYLL I: förra planens åtgärder (läsåret"
# The account: the mark above it, föregående_period and utvärdering, to the next section.
ACCOUNT = re.compile(
    r"^# FYLL I: förra planens åtgärder.*?(?=^(?!föregående_period:|utvärdering:)[^\s#][^\n]*:)",
    re.MULTILINE | re.DOTALL,
)


def new_plan(root: Path, template: str) -> Path:
    assert run("init", str(root), "--mall", template) == 0
    [plan] = (root / "content/skolor/min-skola/trygghetsplan").glob("*.yml")
    return plan


@pytest.mark.parametrize("template", list(starter.SCHOOL_TEMPLATES))
def test_a_first_plan_asks_for_the_plan_before_it(template: str, tmp_path: Path) -> None:
    """Every template's first plan has last läsår's account to write or remove, marked
    FYLL I; no comment says that it is there when it is not."""
    plan = new_plan(tmp_path, template)
    text = plan.read_text(encoding="utf-8")
    first = int(plan.stem[:4])
    before = f"{first - 1}-{first % 100:02d}"
    assert (
        f"{ASKED} {first - 1}/{first % 100:02d}) och vad de ledde till; är enheten ny, ta " in text
    )
    assert "ta bort föregående_period och utvärdering\n" in text
    assert f"föregående_period:\n  period: {before}\n  åtgärder:\n    - id: A1\n" in text
    assert "\nutvärdering:\n" in text and "(den skrevs i Word)" not in text
    line = text[: text.index(ASKED)].count("\n") + 1
    marks = [p for p in check_content(tmp_path / "content").report if p.code == "TP304"]
    [asked] = [p for p in marks if p.location.file.endswith(plan.name) and p.location.line == line]
    assert asked.message.endswith("är enheten ny, ta bort föregående_period och utvärdering")


def test_a_school_that_had_a_plan_publishes_its_account(tmp_path: Path) -> None:
    """Written in (here as the marks' words), the account is published: guardians read
    last year's åtgärd and its effect, not that there was nothing to evaluate."""
    plan = new_plan(tmp_path, "f-9")
    made_own(plan)
    assert not check_content(tmp_path / "content").report.has_errors
    page = _pages(tmp_path / "content")["trygghetsplan/index.md"]
    assert "förra planens första åtgärd, i korthet" in page
    assert FIRST not in page


def test_a_new_school_removes_the_account(tmp_path: Path) -> None:
    """A school without a plan before removes both sections, and its plan says that it is
    the first one."""
    plan = new_plan(tmp_path, "f-9")
    text = plan.read_text(encoding="utf-8")
    without = ACCOUNT.sub("", text, count=1)
    assert "\nföregående_period:" not in without and "\nutvärdering:" not in without
    plan.write_text(without, encoding="utf-8")
    made_own(plan)
    assert not check_content(tmp_path / "content").report.has_errors
    assert FIRST in _pages(tmp_path / "content")["trygghetsplan/index.md"]
