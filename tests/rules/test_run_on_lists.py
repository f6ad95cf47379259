"""A list written directly under a line of text, or with a word processor's bullets, is
published as one paragraph ("Vi gör så här: - Efter mellanmålet … - Kapprummet …"):
TP025 warns at the list's first line, in a plan's text and in a page under sidor/.
(TP025 is a form code found by `check.runonlists`, not a rule of the engine, so it has no
@triggers mark: `test_engine` holds those to the engine's rules.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree, clean

from generator.check.runonlists import run_on_lists

OLD = "    beskrivning: |\n      - Efter mellanmålet"
NEW = "    beskrivning: |\n      Vi gör så här:\n      - Efter mellanmålet"


def test_a_list_under_a_line_of_a_plan_text_is_told_at_its_first_line(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, OLD, NEW)
    [problem] = tree.problems("TP025")
    assert str(problem.location) == tree.at(PLAN, "- Efter mellanmålet")
    assert problem.severity.value == "varning"
    assert "raderna visas som ett enda stycke" in problem.message
    assert problem.hint == "lägg en tom rad före listan"
    assert problem.field.endswith("beskrivning")


def test_a_blank_line_before_the_list_is_no_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, OLD, "    beskrivning: |\n      Vi gör så här:\n\n      - Efter mellanmålet")
    assert tree.problems("TP025") == []


def test_word_bullets_in_a_page_are_told_with_the_dash_to_write(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nPå rasten gäller:\n• vi leker tillsammans\n• vi säger stopp\n")
    [problem] = tree.problems("TP025")
    assert str(problem.location) == tree.at(PAGE, "• vi leker")
    assert problem.hint == "byt • mot - i början av varje rad och lägg en tom rad före listan"


def test_the_clean_fixture_has_no_run_on_list() -> None:
    assert [p.format() for p in clean().report if p.code == "TP025"] == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Vi gör så här:\n- Efter mellanmålet\n- Kapprummet", "- Efter mellanmålet"),
        ("Så här:\n1. Säg stopp\n2. Berätta för en vuxen", "1. Säg stopp"),
        ("Text\n* ett\n* två", "* ett"),
        ("**Vi gör så här:**\n- ett", "- ett"),
        ("• ett\n• två", "• ett"),
        ("Vi säger:\n– stopp", "– stopp"),
        # Not a list joined into a paragraph
        ("Vi gör så här:\n\n- ett\n- två", ""),
        ("Vi vill att alla ska vara trygga\n- både på rasten och i klassen.", ""),
        ("## Rubrik\n- ett\n- två", ""),
        ("- ett\n  fortsättning:\n- två", ""),
        ("| a | b |\n|---|---|\nText:\n- ett", ""),
        ("```\nText:\n- ett\n```\n", ""),
        ("> Citat:\n- ett", ""),
        ("Text:\n- - -", ""),
        ("Ett stycke med – tankstreck\n– och en rad till.", ""),
    ],
)
def test_the_first_line_of_each_joined_list_is_found(text: str, first: str) -> None:
    assert [found.line for found in run_on_lists(text)] == ([first] if first else [])


def test_a_list_in_a_folded_text_is_told_with_the_block_marker_to_write(tmp_path: Path) -> None:
    """A `>` text joins its lines: "Så här:" and its items become one line, even with a
    blank line before the items, which then make one item."""
    tree = Tree(tmp_path)
    folded = "    beskrivning: >-\n      Vi gör så här:\n\n      - Efter mellanmålet"
    tree.edit(PLAN, OLD, folded)
    [problem] = tree.problems("TP025")
    assert str(problem.location) == tree.at(PLAN, "- Efter mellanmålet")
    assert problem.message == "YAML slår ihop textens rader: raderna visas som ett enda stycke"
    assert problem.hint == "skriv | efter kolonet (beskrivning: |), med en tom rad före listan"


def test_more_indented_items_in_a_folded_text_keep_their_lines(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    kept = "    beskrivning: >-\n      Vi gör så här:\n\n        - Efter mellanmålet"
    text = tree.text(PLAN)
    start = text.index(OLD)
    end = text.index("    adresserar:", start)
    items = text[start + len(OLD) : end].replace("\n      ", "\n        ")
    tree.path(PLAN).write_text(text[:start] + kept + items + text[end:], encoding="utf-8")
    assert tree.problems("TP025") == []
