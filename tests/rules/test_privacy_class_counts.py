"""TP406 on a few pupils counted out of a class ("2 av 26 i 6A") and on how a few
pupils feel ("känner sig otrygga", "mår dåligt")."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

from generator.rules.classcounts import class_counts
from generator.rules.counts import small_counts


def _counted(text: str) -> list[str]:
    found = {**dict(class_counts(text, 5)), **dict(small_counts(text, 5))}
    return [words for _index, words in sorted(found.items())]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2 av 26 i 6A känner sig otrygga.", "2 av 26 i 6A"),
        ("Två av 26 i klass 6A mår dåligt på rasterna.", "Två av 26 i klass 6A"),
        ("3/24 i 4B har blivit kränkta.", "3/24 i 4B"),
        ("Tre av 22 i klassen har känt sig ensamma.", "Tre av 22 i klassen"),
        ("2 av 26 elever i 6A känner sig otrygga.", "2 av 26 elever"),
        ("3 elever i 6A känner sig inte trygga i korridoren.", "3 elever"),
        ("Fyra elever har känt sig ensamma på rasten.", "Fyra elever"),
        ("Två barn upplever sig utanför på fritids.", "Två barn"),
        ("I 6A känner sig 2 av 26 otrygga på rasterna.", "2 av 26"),
        ("I klassen har 3/24 blivit kränkta.", "3/24"),
    ],
)
def test_a_few_out_of_a_class_or_a_few_who_feel_unsafe(text: str, words: str) -> None:
    assert _counted(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Vi har fått svar från 2 av 26 i 6A.",
        "24 av 26 i 6A känner sig trygga.",
        "2 av 26 i 6A sitter i elevrådet.",
        "Alla elever som känner sig otrygga ska prata med en vuxen.",
        "Varje klass väljer två elever till trygghetsrådet som kartlägger otrygga platser.",
        "Tre av fyra elever känner sig trygga, men en av fyra känner sig otrygg.",
        "Vecka 2 av 26 i 6A handlar om otrygga platser.",
        "Två elever från elevrådet känner sig trygga med uppdraget.",
        "I 6A känner sig 24 av 26 trygga.",
        "I 6A har 3 av 10 sett någon bli kränkt.",
        "På skolan känner sig 2 av 26 otrygga enligt enkäten.",
        "Den 3/12 pratade 6A om vad man gör när någon blir kränkt.",  # a day and month
        "I 6A känner sig 2 av 26 trygga och inte ensamma.",  # how they feel is well
        "I 6A känner sig 3 av 24 inte rädda längre.",
    ],
)
def test_counts_of_no_one_who_feels_unsafe(text: str) -> None:
    assert _counted(text) == []


def test_a_few_out_of_a_class_in_a_page(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nI enkäten svarade 2 av 26 i 6A att de känner sig otrygga.\n")
    [problem] = tree.problems("TP406")
    assert str(problem.location) == tree.at(PAGE, "2 av 26")
    assert problem.message.startswith("'2 av 26 i 6A' är färre än 5")
