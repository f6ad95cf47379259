"""An everyday word for a discrimination ground (`etnicitet`, `religion`, `npf`) gets the
ground the law names as its suggestion, as a value and as a key, from one table
(`vocabulary.terms.EVERYDAY_WORDS`): a spelling's closest match would offer none."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, Tree

from generator.vocabulary.terms import EVERYDAY_WORDS, GROUNDS, meant


@pytest.mark.parametrize(
    ("written", "ground"),
    [
        ("etnicitet", "etnisk_tillhörighet"),
        ("Hudfärg", "etnisk_tillhörighet"),
        ("trosuppfattning", "religion_eller_annan_trosuppfattning"),
        ("NPF", "funktionsnedsättning"),
        ("handikapp", "funktionsnedsättning"),
        ("könsidentitet", "könsöverskridande_identitet_eller_uttryck"),
        ("hbtq", "sexuell_läggning"),
        ("genus", "kön"),
    ],
)
def test_a_ground_written_in_everyday_words_gets_the_ground_meant(
    tmp_path: Path, written: str, ground: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "    mål: M2\n    ansvarig: Kurator",
        f"    mål: M2\n    grunder: [{written}]\n    ansvarig: Kurator",
    )
    [problem] = tree.problems("TP013")
    assert str(problem.location) == tree.at(PLAN, f"{written}]")
    assert problem.message == f"'{written}' är inte ett tillåtet värde"
    assert problem.hint.startswith(f"menade du '{ground}'?")


def test_a_ground_key_in_everyday_words_gets_the_key_meant(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    religion_eller_annan_trosuppfattning: Frågan", "    religion: Frågan")
    [problem] = tree.problems("TP014")
    assert str(problem.location) == tree.at(PLAN, "religion: Frågan")
    assert problem.message == "okänd nyckel 'religion'"
    assert problem.hint == "menade du 'religion_eller_annan_trosuppfattning'?"


def test_every_everyday_word_names_a_ground_or_a_definition() -> None:
    assert set(EVERYDAY_WORDS.values()) <= {*GROUNDS, "kränkande_behandling"}
    assert set(GROUNDS) <= set(EVERYDAY_WORDS.values())


def test_a_word_is_suggested_only_where_its_ground_is_a_choice() -> None:
    assert meant("etnicitet", ["främjande", "förebyggande"]) is None
    assert meant("kränkning", ["kränkande behandling", "trakasserier"]) == "kränkande behandling"


def test_the_allowed_values_after_a_suggestion_start_a_new_sentence(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    typ: förebyggande\n", "    typ: förebygande\n")
    [problem] = tree.problems("TP013")
    assert problem.hint == ("menade du 'förebyggande'? Tillåtna värden: främjande, förebyggande")
