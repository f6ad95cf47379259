"""Each problem across fields and files is reported at the value it is about.

The location is the offending value (or key) itself, not the item that holds it, and
the field names a list item as an author finds it: by its id (`åtgärder (id: A1).mål`),
or else by its position counted from 1 (`analys.orsaker[1].fynd[1]`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import ORGANISER, PLAN, Tree

# (file, text as written, text with the mistake, the mistake's snippet, code, field)
WRONG_VALUES = {
    "a measure's goal": (
        PLAN, "    mål: M1\n", "    mål: M9\n", "M9", "TP030", "åtgärder (id: A1).mål"
    ),
    "a measure's finding": (
        PLAN, "adresserar: [F2]", "adresserar: [F2, F99]", "F99", "TP030",
        "åtgärder (id: A3).adresserar[2]",
    ),
    "a finding's method": (
        PLAN, "källor: [K1, K4]", "källor: [K1, K44]", "K44", "TP030",
        "kartläggning.fynd (id: F3).källor[2]",
    ),
    "a cause's finding": (
        PLAN, "    - fynd: [F1]", "    - fynd: [F11]", "F11", "TP030",
        "analys.orsaker[1].fynd[1]",
    ),
    "an outcome's measure": (
        PLAN, "  åtgärder:\n    - id: A1\n", "  åtgärder:\n    - id: A77\n", "A77", "TP031",
        "utvärdering.åtgärder (id: A77).id",
    ),
    "a goal's id used twice": (
        PLAN, "  - id: M2\n", "  - id: 'M1'\n", "'M1'", "TP034", "mål (id: M1).id"
    ),
    "a routine's next step": (
        ORGANISER, "ja: trakasserier", "ja: trakaserier", "trakaserier", "TP036",
        "rutiner.elev_elev.steg (id: diskrimineringsgrund).ja",
    ),
    "a measure that ends before it starts": (
        PLAN, "klart: 2027-06-11", "klart: 2026-06-11", "2026-06-11", "TP042",
        "åtgärder (id: A1).klart",
    ),
    "a path in a text": (
        PLAN, "vision: >-\n", "vision: >-\n  Se [bilden](bild.png).\n", "bild.png",
        "TP053", "vision",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", WRONG_VALUES)
def test_a_wrong_value_is_reported_where_it_is_written(case: str, tmp_path: Path) -> None:
    file, old, new, snippet, code, field = WRONG_VALUES[case]
    tree = Tree(tmp_path)
    tree.edit(file, old, new)
    [problem] = tree.problems(code)
    assert (str(problem.location), problem.field) == (tree.at(file, snippet), field)


def test_a_wrong_reference_beside_a_schema_error_is_still_reported(tmp_path: Path) -> None:
    """The measures validate, so their references are checked though the survey fails."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "datum: 2025-10-08", "datum: hösten")
    tree.edit(PLAN, "    mål: M1\n", "    mål: M9\n")
    found = tree.check().report
    assert {(p.code, p.field) for p in found if p.severity.value == "fel"} == {
        ("TP015", "kartläggning.metoder (id: K1).datum"),
        ("TP030", "åtgärder (id: A1).mål"),
    }
