"""TP404 and TP405 on the first names pupils have today (`personal_data.firstnames`):
SCB's most common names of newborns and the names common in families with roots in
other countries are found in a sentence about an incident, as who reported, and in an
e-mail address; a name that is also an ordinary Swedish word (`WORD_NAMES`) at a
sentence's start makes no ordinary sentence an error, and the words left out of the
list are none of its names."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, Tree, triggers

from generator.personal_data.classed import classed
from generator.personal_data.firstnames import FIRST_NAMES, WORD_NAMES
from generator.rules.incidentnames import incident_pupils
from generator.rules.mentions import pupil_mentions
from generator.rules.reporters import reporting_pupils
from generator.text import words

IN_INCIDENT = "i en mening om en händelse eller kränkning"


@triggers("TP404")
@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Hamza, 14 år, blev slagen på rasten.", "Hamza"),
        ("Nimo och en annan elev har retats.", "Nimo"),
        ("Efter bråket med Yasmin på rasten pratade mentorn med klassen.", "Yasmin"),
    ],
)
def test_a_pupil_with_a_name_common_today_in_an_incident_is_an_error(
    tmp_path: Path, written: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PAGE, name)
    assert problem.message.startswith(f"'{name}' ser ut att vara en elev")
    assert IN_INCIDENT in problem.message


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I mars blev Hiba utfryst av Ayaan och Idris.", ["Hiba", "Ayaan", "Idris"]),
        ("Mustafa slog Abdullahi på rasten förra veckan.", ["Mustafa", "Abdullahi"]),
        ("Vid kränkningen mot Hodan i april agerade ingen.", ["Hodan"]),
        ("Filsan spred rykten om Noura i hela klassen.", ["Filsan", "Noura"]),
        ("Rayan och Adam bråkade på fotbollsplanen i mars.", ["Rayan", "Adam"]),
        ("Konflikten mellan Kacper och Elif har pågått sedan i höstas.", ["Kacper", "Elif"]),
        ("Onni blev knuffad i trappan, och Deniz filmade det.", ["Onni", "Deniz"]),
        ("Ebba har kränkts av andra i klassen.", ["Ebba"]),  # the passive's supine
        # A name that is also a word, where what one suffered or did is said of it
        ("Klara, 14 år, blev slagen på rasten.", ["Klara"]),
        ("Liv blev utfryst av flera i klassen i mars.", ["Liv"]),
        ("Vilja och en annan elev har retats.", ["Vilja"]),
        ("I mars blev Klara utfryst av Vilja.", ["Klara", "Vilja"]),
    ],
)
def test_the_names_common_today_in_an_incident_are_pupils(text: str, names: list[str]) -> None:
    assert [name for _i, name, _why in incident_pupils(text, _none, frozenset())] == names


WORDS = [
    "Klara regler gjorde att bråket i mars löstes snabbt.",
    "Liv och hälsa: i mars pratade vi om kränkningar.",
    "Vilja att anmäla kränkningar ökade efter bråket i mars.",
    "Rama in bilden: efter bråket i mars gjorde klassen en utställning.",
    "Malva och lavendel planterades i mars efter bråket.",
    "Vide och sälg växer vid skolgården där bråket var i mars.",
    "Eleverna ska klara skolan utan att bli kränkta.",
]


@pytest.mark.parametrize("text", WORDS)
def test_a_name_that_is_a_word_in_an_ordinary_sentence_names_no_pupil(text: str) -> None:
    assert list(incident_pupils(text, _none, frozenset())) == []
    assert list(pupil_mentions(text)) == []


def test_a_name_that_is_a_word_in_a_page_is_no_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "".join(f"\n{text}\n" for text in WORDS))
    assert tree.problems("TP404") == []


def test_the_names_that_are_words_are_names_and_the_words_left_out_are_not() -> None:
    # months, pronouns, verbs and nouns that start sentences, a weekday in a schedule,
    # two-letter names and English words (`firstnames`' docstring)
    left_out = words(
        "Maj Juni Mina Sina Era Ena Tala Dag Sten Sol Ask Rim Lin Lava Ladan Tor Bo Knut Lo My "
        "Can Said"
    )
    assert WORD_NAMES <= FIRST_NAMES
    assert left_out & FIRST_NAMES == frozenset()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anmälan från Hamza kom i mars.", "Hamza"),
        ("Nimos mamma ringde mentorn.", "Nimo"),
        ("Yasmin berättade för mentorn att hon blivit retad.", "Yasmin"),
    ],
)
def test_a_name_common_today_who_reported_is_a_pupil(text: str, name: str) -> None:
    assert [found for _index, found in reporting_pupils(text, frozenset())] == [name]


@pytest.mark.parametrize("local", ["hamza.8b", "nimo9c", "yasmin_7a", "kacper-6b", "onni.te22a"])
def test_a_name_common_today_and_a_class_before_an_at_is_a_pupil_s_address(local: str) -> None:
    assert classed(local, "strandvik.se")


def _none(_index: int) -> bool:
    return False


@triggers("TP404")
@pytest.mark.parametrize("name", ["Ayşe", "Yiğit", "Büşra"])
def test_a_name_in_its_own_spelling_is_known_as_in_the_register_s(
    tmp_path: Path, name: str
) -> None:
    """Turkish letters as a family writes the name (Ayşe), as the register does (Ayse)."""
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{name} i 6A har det svårt på rasterna.\n")
    assert [str(p.location) for p in tree.problems("TP404")] == [tree.at(PAGE, name)]


@pytest.mark.parametrize(
    "written",
    [
        "Svea hovrätt har slagit fast att en elev som blivit slagen har rätt till skadestånd.",
        "Sanna berättelser om elever som har blivit kränkta läses i mentorstiden.",
        "Vid Luna park har elever blivit hotade efter skolan.",
    ],
)
def test_a_court_an_adjective_or_a_place_is_no_pupil(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == [], written
