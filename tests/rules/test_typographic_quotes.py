"""A value in ” ” (Word's quotes) is told by its quotes, at the value, once."""

from __future__ import annotations

from pathlib import Path

from ruletools import PLAN, SCHOOL, Tree

from generator.problems import Severity

FIX = 'byt ” mot raka citattecken " eller ta bort dem'


def _told(tree: Tree, code: str) -> list[str]:
    return [
        f"{p.location}: {p.severity.value} {p.field}: {p.message} – {p.hint}"
        for p in tree.check().report
        if p.code == code
    ]


def test_a_date_in_word_quotes_names_the_quotes_not_the_form(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {datum: 2026-08-17", "beslut: {datum: ”2026-08-17”")
    assert _told(tree, "TP016") == [
        f"{tree.at(PLAN, '”2026-08-17”')}: {Severity.ERROR.value} beslut.datum: "
        "'”2026-08-17”' står inom citattecknen ” ” (från Word), som YAML inte läser som "
        f"citattecken – {FIX}"
    ]
    assert _told(tree, "TP023") == []  # one message for the value


def test_an_accepted_value_in_word_quotes_is_an_error_it_would_be_published_with(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "namn: Maria Lindqvist", "namn: ”Maria Lindqvist”")
    assert _told(tree, "TP023") == [
        f"{tree.at(SCHOOL, '”Maria Lindqvist”')}: {Severity.ERROR.value} kontakter[1].namn: "
        "värdet står inom citattecknen ” ” (från Word), som YAML inte läser som citattecken: "
        f"de publiceras som en del av värdet – {FIX}"
    ]


def test_a_phone_number_in_word_quotes_names_the_quotes_not_the_form(tmp_path: Path) -> None:
    """A phone number must be a Swedish one (TP015); in ” ” it is told by its quotes."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, 'telefon: "08-465 004 11"', "telefon: ”08-465 004 11”")
    assert _told(tree, "TP015") == [
        f"{tree.at(SCHOOL, '”08-465 004 11”')}: {Severity.ERROR.value} kontakter[1].telefon: "
        "'”08-465 004 11”' står inom citattecknen ” ” (från Word), som YAML inte läser som "
        f"citattecken – {FIX}"
    ]
    assert _told(tree, "TP023") == []  # one message for the value


def test_a_sentence_in_guillemets_may_be_a_quotation_and_is_a_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start, end = text.index("vision: >-"), text.index("säga till.\n") + len("säga till.\n")
    sentence = "vision: «Alla ska känna sig trygga hos oss.»\n"
    tree.path(PLAN).write_text(text[:start] + sentence + text[end:], encoding="utf-8")
    assert _told(tree, "TP023") == [
        f"{tree.at(PLAN, '«Alla')}: {Severity.WARNING.value} vision: värdet står inom "
        "citattecknen « », som YAML inte läser som citattecken: de publiceras som en del av "
        'texten – byt « mot raka citattecken " eller ta bort dem, om texten inte är ett citat'
    ]
