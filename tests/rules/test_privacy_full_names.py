"""TP404 on a pupil named in full: one person is one problem, which gives the whole name
and points where it starts, whichever of the scans finds it (`rules.fullnames`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree, triggers

from generator.rules.fullnames import widened

# (what a page says, the people in it as each problem must name them)
WRITTEN = [
    ("Yousef Karimi från 9B.", ["Yousef Karimi"]),
    ("Yousef Karimi i 9B.", ["Yousef Karimi"]),
    ("Yousef Karimi ur 9B.", ["Yousef Karimi"]),
    ("Yousef Karimi (9B).", ["Yousef Karimi"]),
    ("Yousef Karimi, 9B.", ["Yousef Karimi"]),
    ("Yousef Karimi från 9B har flyttat.", ["Yousef Karimi"]),
    ("Vi pratade med Yousef Karimi i 9B om rasten.", ["Yousef Karimi"]),
    ("Vi pratade med Sara Lind från 8C om rasten.", ["Sara Lind"]),
    ("Sara Lind från 8C.", ["Sara Lind"]),
    # in a sentence about an incident
    ("Yousef Karimi i 9B blev slagen på rasten.", ["Yousef Karimi"]),
    ("Efter bråket med Yousef Karimi i 9B pratade mentorn med klassen.", ["Yousef Karimi"]),
    ("I mars blev Yousef Karimi utfryst.", ["Yousef Karimi"]),
    ("Yousef Karimi och Liam Berg i 4B har bråkat på rasten.", ["Yousef Karimi", "Liam Berg"]),
    # in lists and tables
    ("- Yousef Karimi från 9B", ["Yousef Karimi"]),
    ("- Yousef Karimi, 9B", ["Yousef Karimi"]),
    ("1) Yousef Karimi (9B)", ["Yousef Karimi"]),
    ("Noah Karlsson från 9B och Liam Berg från 4B är nya.", ["Noah Karlsson", "Liam Berg"]),
    ("| Namn | Klass |\n|---|---|\n| Yousef Karimi | 9B |", ["Yousef Karimi"]),
    ("| Namn | Klass |\n|---|---|\n| Sara Lind | 8C |", ["Sara Lind"]),
    # a greeting is no part of the name
    ("Välkommen Yousef från 9B!", ["Yousef"]),
]


@triggers("TP404")
@pytest.mark.parametrize(("written", "names"), WRITTEN)
def test_a_pupil_named_in_full_is_one_problem_where_the_name_starts(
    tmp_path: Path, written: str, names: list[str]
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    found = tree.problems("TP404")
    assert [p.message.split("'")[1] for p in found] == names
    assert [str(p.location) for p in found] == [tree.at(PAGE, name) for name in names]


def test_a_full_name_in_a_plan_s_text_is_one_problem(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "text: Alla elever känner sig trygga i skolan.",
        "text: Yousef Karimi från 9B har fått stöd av mentorn.",
    )
    [problem] = tree.problems("TP404")
    assert problem.message.startswith("'Yousef Karimi' ser ut att vara en elev")
    assert str(problem.location) == tree.at(PLAN, "Yousef Karimi")


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("Yousef Karimi från 9B.", "Karimi", (0, "Yousef Karimi")),
        ("Yousef Karimi från 9B.", "Yousef", (0, "Yousef Karimi")),
        ("med Noah\n  Karlsson i 4B", "Noah", (4, "Noah Karlsson")),
        # what starts a sentence before a name, a noun, a known name, a compound
        ("Grattis Zelda i 4B!", "Zelda", (8, "Zelda")),
        ("Men Zelda i 4B vill inte.", "Zelda", (4, "Zelda")),
        ("Bussen Zelda i 4B", "Zelda", (7, "Zelda")),
        ("Kalle Saga i 4B", "Saga", (6, "Saga")),
        ("med Saga Karlsson-salen", "Saga", (4, "Saga")),
        ("med Saga Rasten", "Saga", (4, "Saga")),
        ("med Saga. Nu", "Saga", (4, "Saga")),
    ],
)
def test_a_name_is_widened_to_the_person_s_other_name(
    text: str, at: str, expected: tuple[int, str]
) -> None:
    assert widened(text, text.index(at), at) == expected
