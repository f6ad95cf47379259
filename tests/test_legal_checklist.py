"""The legal checklist against the code registry: every duty has a rule that cites its source.

The mapping is `tests/legal_checklist.py`; its duties are written, in Swedish, into
schemas/README.md between the markers (UPDATE_GOLDENS=1 rewrites them).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from legal_checklist import DUTIES, ROWS, Row

from generator import codes
from generator.codes import Category
from generator.rules import all_rules

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS_README = ROOT / "schemas" / "README.md"
START, END = "<!-- lagkrav:start -->\n", "<!-- lagkrav:end -->"
LEVELS = {"REQ": "lagkrav", "REQ-P": "lagkrav; tillsynen väntar sig det i planen"}


def test_every_row_of_the_checklist_is_mapped_once() -> None:
    assert [row.number for row in ROWS] == list(range(1, 33))
    for row in ROWS:
        assert row.level in {*DUTIES, "REC"}
        assert bool(row.codes) != bool(row.unchecked), f"row {row.number}: codes or a reason"


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"rad-{r.number}")
def test_each_code_of_the_mapping_is_registered_and_cites_its_source(row: Row) -> None:
    ruled = {rule.code.code for rule in all_rules()}
    for name in row.codes:
        entry = codes.REGISTRY[name]  # a KeyError: the mapping names a code nobody has
        assert entry.source and not entry.source.startswith("trygg:"), f"{name} cites no source"
        if entry.category in codes.PLAN_RULES:
            assert name in ruled, f"{name} has no rule"


def test_every_duty_is_checked_or_says_why_not() -> None:
    duties = [row for row in ROWS if row.level in DUTIES]
    assert [row.number for row in duties if not row.codes] == []


def test_every_legal_rule_belongs_to_a_row_of_the_checklist() -> None:
    """A new TP1xx code is placed in the checklist, so the mapping cannot fall behind."""
    mapped = {name for row in ROWS for name in row.codes}
    legal = {c.code for c in codes.all_codes() if c.category is Category.LEGAL}
    assert legal - mapped == set()


def checklist_table() -> str:
    """The duties in Swedish, as schemas/README.md shows them."""
    lines = ["| Rad | Krav | Nivå | Prövas av |", "|---|---|---|---|"]
    for row in ROWS:
        if row.level not in DUTIES:
            continue
        checked = ", ".join(row.codes) or f"ingen regel: {row.unchecked}"
        if row.note:
            checked += f" ({row.note})"
        lines.append(f"| {row.number} | {row.element} | {LEVELS[row.level]} | {checked} |")
    return "\n".join(lines) + "\n"


def test_the_schema_readme_lists_every_duty() -> None:
    text = SCHEMAS_README.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _old, _, after = rest.partition(END)
    expected = before + START + checklist_table() + END + after
    if os.environ.get("UPDATE_GOLDENS") and text != expected:
        SCHEMAS_README.write_text(expected, encoding="utf-8")
        text = expected
    assert START in text and text == expected, "run UPDATE_GOLDENS=1 to rewrite the table"
