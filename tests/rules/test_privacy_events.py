"""TP404 and the days and events a school celebrates: their names look like first names
("Valborg", "Lucia", "Mårtensgås"), but with a class, in a list or in a sentence about an
incident they name no pupil (`rules.nameshape`'s nouns). A name that is an event's too
still names a pupil where it cannot be the event ("Vi pratade med Lucia i 4B")."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree

EVENTS = [
    "Valborg",
    "Alla hjärtans dag",
    "Mårtensgås",
    "Mårtensafton",
    "Nobeldagen",
    "Kanelbullens dag",
    "Barnkonventionens dag",
    "FN-dagen",
    "Olympiska spelen",
    "Lucia",
    "Advent",
    "Allhelgona",
    "Påsklovet",
    "Nyår",
    "Pride",
    "Halloween",
]
SHAPES = [
    "- {event} i 3A",
    "- {event} (4B)",
    "Efter {event} i 4B var det bråk.",
    "Inför {event} i 5A blev det bråk på rasten.",
    "Dagen efter {event} blev två elever i 6A utsatta.",
]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_day_or_an_event_with_a_class_names_no_pupil(tmp_path: Path, shape: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "".join(f"\n{shape.format(event=event)}\n" for event in EVENTS))
    assert [p.message for p in tree.problems("TP404")] == []


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Vi pratade med Lucia i 4B om rasten.", "Lucia"),
        ("Vi skickade blommor till Lucia i 4B.", "Lucia"),
        ("Efter Valborg blev Ebba i 4B retad.", "Ebba"),
    ],
)
def test_a_pupil_beside_an_event_is_still_found(tmp_path: Path, written: str, name: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert [p.message.split("'")[1] for p in tree.problems("TP404")] == [name]
