"""Form problems: every one in one run, where it is."""

from __future__ import annotations

from pathlib import Path

from ruletools import SCHOOL, Tree


def test_every_missing_key_of_an_object_is_reported(tmp_path: Path) -> None:
    """One check-and-fix round, not one per key: each missing key is its own problem."""

    tree = Tree(tmp_path)
    tree.edit(
        SCHOOL, "  - roll: Rektor\n    namn: Maria Lindqvist\n", "  - namn: Maria Lindqvist\n"
    )
    text = tree.text(SCHOOL)
    start = text.index("adress:")
    end = text.index("kontakter:")
    tree.path(SCHOOL).write_text(text[:start] + "adress: {}\n" + text[end:], encoding="utf-8")
    missing = sorted(p.field for p in tree.check().report if p.code == "TP012")
    assert missing == ["adress.gata", "adress.ort", "adress.postnummer", "kontakter[1].roll"]
