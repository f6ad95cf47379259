"""TP015 for a plan date written the Word way says the form that means the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.validate.datehints import suggested_form

EXAMPLE = Path(__file__).resolve().parents[1] / "content"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("v. 38", "skriv vecka 38 med året, som ÅÅÅÅ-W38 (t.ex. 2026-W38)"),
        ("vecka 5", "skriv vecka 5 med året, som ÅÅÅÅ-W5 (t.ex. 2026-W5)"),
        ("Vecka 38, 2026", "skriv 2026-W38"),
        ("v38 2027", "skriv 2027-W38"),
        ("oktober 2026", "skriv 2026-10"),
        ("från januari", "skriv januari med året, som ÅÅÅÅ-01 (t.ex. 2026-01)"),
        ("hösten 2026", "skriv ht 2026"),
        ("VT27", "skriv vt 2027"),
        ("våren", "skriv terminen med året, som vt ÅÅÅÅ (t.ex. vt 2026)"),
        ("efter jul", ""),
        ("2026-13", ""),
    ],
)
def test_the_word_way_gets_the_same_date_in_trygg_form(written: str, hint: str) -> None:
    assert suggested_form(written) == hint


def test_check_gives_the_hint_at_the_value(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE, content)
    plan = content / "skolor" / "lovangens-skola" / "trygghetsplan" / "2026.yml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("start: 2026-02\n", "start: från februari\n", 1), "utf-8")
    [problem] = [p for p in check_content(content).report if p.code == "TP015"]
    assert problem.field.endswith(".start")
    assert problem.hint == "skriv februari med året, som ÅÅÅÅ-02 (t.ex. 2026-02)"
