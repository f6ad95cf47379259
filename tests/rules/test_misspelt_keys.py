"""A misspelt key is told once, at the key written, as the key it should be."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, SCHOOL, Tree

from generator.problems import Severity


def _errors(tree: Tree) -> list[str]:
    return [
        f"{p.location}: {p.code} {p.field}: {p.message} – {p.hint}"
        for p in tree.check().report
        if p.severity is Severity.ERROR
    ]


@pytest.mark.parametrize(
    ("file", "line", "wrong", "meant"),
    [
        (SCHOOL, "trygghetsteam:", "trygghetstem", "trygghetsteam"),
        (PLAN, "{från: 2026-08-17", "fran", "giltighet.från"),
        (PLAN, "\nuppföljning_av_planen:", "uppfoljning_av_planen", "uppföljning_av_planen"),
        # a section set aside for its error once stopped the school's check (TP022)
        (PLAN, "  senast: 2027-06-11", "senastx", "uppföljning_av_planen.senast"),
    ],
)
def test_a_misspelt_key_is_one_error_at_the_key_as_written(
    tmp_path: Path, file: str, line: str, wrong: str, meant: str
) -> None:
    """Not also "saknas – lägg till raden …" (TP012), nor a rule's "lägg till …" (TP113)."""
    tree = Tree(tmp_path)
    right = meant.rsplit(".", 1)[-1]
    tree.edit(file, line, line.replace(right, wrong))
    assert _errors(tree) == [
        f"{tree.at(file, wrong + ':')}: TP014 {meant}: '{wrong}' ska stavas '{right}' – "
        f"skriv {right}: i stället för {wrong}:"
    ]


def test_the_rules_skipped_for_a_misspelt_section_are_told_at_the_key(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "\nuppföljning_av_planen:", "\nuppfoljning_av_planen:")
    [note] = tree.problems("TP029")
    assert str(note.location) == tree.at(PLAN, "uppfoljning_av_planen:")
    assert "'uppföljning_av_planen'" in note.message


def test_a_wrong_key_beside_the_one_it_looks_like_is_still_a_question(tmp_path: Path) -> None:
    """`ansvarigt` next to `ansvarig` is no misspelling of it: "menade du …?" stays."""
    tree = Tree(tmp_path)
    measure = "    typ: förebyggande\n"
    tree.edit(PLAN, measure, measure + "    ansvarigt: x\n")
    [problem] = tree.problems("TP014")
    assert (problem.field, problem.message) == (
        "åtgärder (id: A4).ansvarigt",
        "okänd nyckel 'ansvarigt'",
    )


@pytest.mark.parametrize(
    ("epoch", "shown"), [(1795608000, "2026-08-18"), (1827144000, "2027-08-18")]
)
def test_an_example_date_in_a_hint_is_this_years(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: int, shown: str
) -> None:
    """Not the schema's "2025-08-18", which looks like a date to copy a year later."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(epoch))  # 2026-11-25, 2027-11-25
    tree = Tree(tmp_path)
    tree.edit(PLAN, "{från: 2026-08-17, till:", "{till:")
    [problem] = tree.problems("TP012")
    assert problem.hint == (  # in the braces it stands in
        "lägg till från: … inom { }, efter ett kommatecken: {till: 2027-08-15, från: …} "
        f'(gäller från, t.ex. "{shown}")'
    )
