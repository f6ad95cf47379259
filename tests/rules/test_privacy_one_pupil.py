"""One pupil pointed out with no name: a girl, a boy or one of the pupils in a class in
an incident (TP406), a pupil with a diagnosis or another ground said of them (TP404);
and a survey's measure that starts with a verb or an adverb names no one (TP404)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, Tree, triggers

from generator.rules.counts import small_counts
from generator.rules.described import described_pupils
from generator.rules.incidentnames import incident_pupils
from generator.rules.names import not_a_name

FYND = (
    "text: Elaka meddelanden har minskat men finns kvar, nu mest som uteslutning ur "
    "chattar och spridda skärmdumpar."
)
MEASURE = "{grupp: Åk 6, mått: Trygg i omklädningsrummet"


def _fynd(tmp_path: Path, written: str) -> Tree:
    tree = Tree(tmp_path)
    tree.edit(PLAN, FYND, f"text: {written}")
    return tree


@triggers("TP406")
def test_a_girl_in_a_class_in_an_incident_is_an_error(tmp_path: Path) -> None:
    tree = _fynd(tmp_path, "En tjej i 6B har berättat att hon blivit tafsad på vid duscharna.")
    [problem] = tree.problems("TP406")
    assert str(problem.location) == tree.at(PLAN, "En tjej i 6B")
    assert problem.message == (
        "'En tjej i 6B' pekar ut en enskild elev: den som känner klass 6B vet vem det är, och "
        "meningen säger något känsligt om eleven"
    )
    assert problem.hint.startswith('skriv "En elev" i stället för "En tjej i 6B": då säger')
    assert "färre än" not in problem.format()


@pytest.mark.parametrize(
    ("text", "message", "hint"),
    [
        (
            "Ett barn på avdelning Ekorren blev bitet på gården.",
            "'Ett barn på avdelning Ekorren' pekar ut ett enskilt barn: den som känner "
            "avdelning Ekorren vet vem det är, och meningen säger något känsligt om barnet",
            'skriv "Ett barn" i stället för "Ett barn på avdelning Ekorren"',
        ),
        (
            "En elev i förberedelseklassen blev retad.",
            "'En elev i förberedelseklassen' pekar ut en enskild elev: den som känner "
            "förberedelseklassen vet vem det är",
            'skriv "En elev" i stället för',
        ),
        (
            "Den enda eleven i förberedelseklassen blev retad.",
            "'Den enda eleven' pekar ut en enskild elev: den enda i sin klass eller grupp",
            'skriv "En elev", utan "den enda" och utan klass eller grupp',
        ),
        (
            "1 elev har blivit kränkt i 6A.",
            "'1 elev' pekar ut en enskild elev, och meningen säger något känsligt om eleven",
            'skriv "en elev", utan antal och utan klass eller grupp',
        ),
        (
            "1 av 26 i 6A känner sig otrygg.",
            "'1 av 26 i 6A' pekar ut en enskild elev: den som känner klass 6A vet vem det är",
            'skriv "en elev" i stället för "1 av 26 i 6A"',
        ),
        (
            "I 6A känner sig 1 av 26 otrygg.",
            "'1 av 26' pekar ut en enskild elev i klassen som nämns, och meningen",
            'skriv "en elev", utan antal',
        ),
        (
            "67 % upplever sig kränkta (n=1).",
            "'n=1' betyder att andelen är en enda elevs svar, och meningen säger något känsligt",
            "ta bort andelen, eller visa den först när minst 5 har svarat",
        ),
    ],
)
def test_one_pupil_is_said_to_be_pointed_out(
    tmp_path: Path, text: str, message: str, hint: str
) -> None:
    tree = _fynd(tmp_path, text)
    [problem] = tree.problems("TP406")
    assert str(problem.location) == tree.at(PLAN, message.split("'")[1])
    assert problem.message.startswith(message) and problem.hint.startswith(hint)
    assert tree.problems("TP404") == []  # the avdelning's name is no pupil's


def test_a_few_pupils_are_still_counted(tmp_path: Path) -> None:
    tree = _fynd(tmp_path, "2 av 26 i 6A känner sig otrygga.")
    [problem] = tree.problems("TP406")
    assert problem.message.startswith("'2 av 26 i 6A' är färre än 5")


def test_anyone_in_a_preschool_group_is_no_one(tmp_path: Path) -> None:
    tree = _fynd(tmp_path, "Om ett barn på avdelning Ekorren blir bitet ringer vi hem samma dag.")
    assert tree.problems("TP406") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("En pojke i 9C har blivit ofredad på bussen.", "En pojke i 9C"),
        ("En kille i 8A blev antastad i korridoren.", "En kille i 8A"),
        ("Ett barn i 2B har blivit misshandlat på fritids.", "Ett barn i 2B"),
        ("En av eleverna i 7D har blivit tafsad på.", "En av eleverna i 7D"),
        ("Ett av barnen i 1B har blivit knuffat.", "Ett av barnen i 1B"),
    ],
)
def test_one_pupil_in_a_class_and_what_they_suffered(text: str, words: str) -> None:
    assert [found for _index, found in small_counts(text, 5)] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Flickor i åk 7 har oftare blivit tafsade på än pojkar.",
        "Pojkarna i 8B upplever att de blir knuffade i korridoren.",
        "Många elever i 9A har blivit ofredade på nätet.",
        "Om en flicka i 7C blir tafsad på kontaktar mentorn rektor samma dag.",
        "En av eleverna i 7D har valt att läsa spanska.",
    ],
)
def test_groups_and_routines_count_no_one(text: str) -> None:
    assert list(small_counts(text, 5)) == []


@triggers("TP404")
def test_one_pupil_with_a_diagnosis_is_an_error(tmp_path: Path) -> None:
    tree = _fynd(tmp_path, "Under hösten har en pojke med epilepsi blivit hånad på rasten.")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "en pojke med epilepsi")
    assert problem.message.startswith("'en pojke med epilepsi' pekar ut en enskild elev")
    assert "GDPR art. 9" in problem.message
    assert 'skriv om utan uppgiften om eleven, t.ex. "en elev har blivit' in problem.hint


def test_one_pupil_placed_before_tells_how_to_write_it(tmp_path: Path) -> None:
    tree = _fynd(tmp_path, "I resursgruppen i åk 9 har en flicka med adhd blivit retad.")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "en flicka med adhd")
    assert problem.message.startswith(
        "'resursgruppen … en flicka med adhd' pekar ut en enskild elev: en klass, en årskurs "
        "eller en liten grupp"
    )
    assert problem.hint.startswith('skriv om utan klass och grupp, t.ex. "en elev har blivit')


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # placed before it in the sentence: a grade, a small group, a class
        (
            "I en särskild undervisningsgrupp i åk 9 har en elev med adhd blivit retad.",
            "särskild undervisningsgrupp … en elev med adhd",
        ),
        ("I 6C har en flicka med diabetes blivit utfryst.", "I 6C … en flicka med diabetes"),
        ("I 5A blev en pojke knuffad i trappan.", "I 5A … en pojke"),
        # no place: a ground or health said of one, in what happened
        ("Ett barn som har astma blev utestängt ur leken.", "Ett barn som har astma"),
        ("Eleven med dyslexi fick höra att hen var dum.", "Eleven med dyslexi"),
        ("En kille som är muslim har fått höra skällsord.", "En kille som är muslim"),
    ],
)  # fmt: skip
def test_one_pupil_described_by_a_ground_or_placed_before(text: str, words: str) -> None:
    assert [found for _index, found, _why in described_pupils(text)] == [words]


@pytest.mark.parametrize(
    "text",
    [
        "En elev med autism kan behöva förberedas inför förändringar.",
        "En elev med dyslexi har rätt till anpassningar i alla ämnen.",
        "Om en elev med adhd blir kränkt kontaktar mentorn vårdnadshavarna.",
        "Elever med npf har ofta svårt med långa raster.",
        "Några elever med funktionsnedsättning i åk 8 har blivit retade.",
        "Flickor i åk 7 med diagnos upplever mer otrygghet.",
        "Vi läste boken ”En pojke med autism” i 8B.",
        "En lärare med diabetes har blivit sjuk.",
        "I åk 7 har en elev blivit slagen.",
        "I 7B har en elev fått en egen arbetsplats.",
        "I 6B undervisar en lärare med dyslexi.",
    ],
)
def test_rules_groups_and_staff_describe_no_one(text: str) -> None:
    assert list(described_pupils(text)) == []


@pytest.mark.parametrize(
    "measure", ["Blivit slagen", "Känt sig hotad", "Fysiskt slagen", "Nyligen knuffad"]
)
def test_a_measure_that_starts_with_a_verb_names_no_one(tmp_path: Path, measure: str) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, MEASURE, "{grupp: Åk 6, mått: " + measure)
    assert tree.problems("TP404") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Blivit slagen på rasten i mars.", []),
        ("Aldrig mobbad, men ofta retad.", []),
        ("Digitalt mobbad i gruppchatten.", []),
        # a name at a text's start still counts
        ("Moa blev slagen på rasten i mars.", ["Moa"]),
        ("Alvina slagen på rasten.", ["Alvina"]),
        ("Edit blev retad i oktober.", ["Edit"]),
        ("Murad blev knuffad i trappan.", ["Murad"]),
    ],
)
def test_a_verb_or_an_adverb_at_a_text_s_start_is_no_name(text: str, names: list[str]) -> None:
    none = lambda _index: False  # noqa: E731
    assert [name for _i, name, _why in incident_pupils(text, none, frozenset())] == names


def test_verbs_and_words_for_harm_are_no_names_but_names_are() -> None:
    assert all(not_a_name(word) for word in ("Blivit", "Upplevt", "Slagen", "Retad", "Fysiskt"))
    assert not any(not_a_name(word) for word in ("Moa", "Edit", "Travis", "Murat", "Ahmad"))
