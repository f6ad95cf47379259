"""TP404 on a name no list knows (a nickname: "Jonte") in a sentence that tells of harm
or an incident, where Swedish grammar makes it a person: the subject of an inverted
clause after the finite verb ("Efter bråket i mars har Jonte fått stöd",
`rules.incidentnames`), and the owner of a guardian ("Jontes mamma anmälde att han
blivit slagen", `rules.reporters`). A noun, a place or an organisation there is none."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree, triggers


@triggers("TP404")
@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Efter bråket i mars har Jonte fått stöd av kuratorn.", "Jonte"),
        ("Efter konflikten i höstas fick Zorro byta grupp.", "Zorro"),
        ("Efter kränkningen får Jonte stöd av kuratorn.", "Jonte"),
        ("Efter mobbningen i höstas mår Jonte bättre.", "Jonte"),
        ("Jontes mamma anmälde att han blivit slagen på rasten.", "Jonte"),
        ("Efter bråket i oktober ringde Zorros pappa till skolan.", "Zorro"),
    ],
)
def test_a_nickname_in_a_sentence_about_harm_is_an_error(
    tmp_path: Path, written: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    problems = tree.problems("TP404")
    assert [str(p.location) for p in problems] == [tree.at(PAGE, name)]


@pytest.mark.parametrize(
    "written",
    [
        "Efter bråket i mars har Skolinspektionen granskat våra rutiner.",
        "Efter incidenten i maj har Kommunen infört nya rutiner.",
        "Efter konflikten i höstas har Friends utbildat personalen.",
        "Skolans föräldrar har blivit hotade i chatten.",
        "Vid konflikter kan Skolverkets stödmaterial användas.",
        "Vid mobbning kan Kiva hjälpa oss.",
        "Ekbackens föräldraråd ordnar disco.",
    ],
)
def test_a_capitalised_word_that_names_no_person_is_no_error(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == []
