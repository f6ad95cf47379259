"""A value that looks like an allowed one is told what differs, truthfully: a capital
letter is a capital letter (not "other characters"), a Cyrillic а is a Cyrillic а, a
non-breaking space copied from Word is a non-breaking space, and the message points at
the value."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from ruletools import PLAN, SCHOOL, Tree

from generator.validate.lookalike import difference, look_alike

# (what is written in the file, the message's words after "är inte ett tillåtet värde: ",
# the hint) for typ: förebyggande in an åtgärd
TYP = [
    (
        "Förebyggande",
        "det ska skrivas 'förebyggande', med litet f",
        "skriv med liten bokstav: förebyggande",
    ),
    (
        "FÖREBYGGANDE",
        "det ska skrivas 'förebyggande', med små bokstäver",
        "skriv med små bokstäver: förebyggande",
    ),
    (
        "förebyggаnde",
        "den ser ut som 'förebyggande' men har ett kyrilliskt а (U+0430) i stället för a, "
        "efter 'förebygg' (tecken 9)",
        "radera värdet och skriv förebyggande på nytt",
    ),
    ("fοrebyggande", "", None),  # not alike: a Greek ο is no ö; the closest is suggested
    (
        "förebyggande\u00a0",
        "den ser ut som 'förebyggande' men har ett hårt mellanslag, U+00A0, sist",
        "radera värdet och skriv förebyggande på nytt",
    ),
    (
        '"förebyggande "',
        "den ser ut som 'förebyggande' men har ett mellanslag för mycket sist",
        "radera värdet och skriv förebyggande på nytt",
    ),
    (
        "ｆörebyggande",
        "den ser ut som 'förebyggande' men har ett brett ｆ (U+FF46) i stället för f, "
        "först (tecken 1)",
        "radera värdet och skriv förebyggande på nytt",
    ),
    (
        '"före\\u200bbyggande"',
        "den ser ut som 'förebyggande' men har ett osynligt tecken, U+200B "
        "(nollbreddsmellanslag), efter 'före' (tecken 5)",
        "radera värdet och skriv förebyggande på nytt",
    ),
    (
        "Förebyggande\u00a0",
        "den ser ut som 'förebyggande' men har ett hårt mellanslag, U+00A0, sist och ska "
        "skrivas med litet f",
        "radera värdet och skriv förebyggande på nytt",
    ),
    (
        unicodedata.normalize("NFD", "Förebyggande"),  # composed on reading: a capital only
        "det ska skrivas 'förebyggande', med litet f",
        "skriv med liten bokstav: förebyggande",
    ),
]


@pytest.mark.parametrize(("written", "said", "hint"), TYP, ids=range(len(TYP)))
def test_a_look_alike_type_is_told_what_differs(
    tmp_path: Path, written: str, said: str, hint: str | None
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    typ: förebyggande", f"    typ: {written}")
    [problem] = tree.problems("TP013")
    assert str(problem.location) == tree.at(PLAN, written)
    if hint is None:
        assert "den ser ut som" not in problem.message
        assert problem.hint.startswith("menade du 'förebyggande'?")
        return
    assert problem.message.split("är inte ett tillåtet värde: ", 1)[1] == said
    assert problem.hint == hint


def test_a_capital_in_a_status_is_a_capital(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "beslut: {", "status: Beslutad\nbeslut: {")
    [problem] = tree.problems("TP013")
    assert str(problem.location) == tree.at(PLAN, "Beslutad")
    assert problem.message == (
        "'Beslutad' är inte ett tillåtet värde: det ska skrivas 'beslutad', med litet b"
    )
    assert problem.hint == "skriv med liten bokstav: beslutad"
    assert "accent" not in problem.message


def test_a_capital_in_a_list_of_school_forms_is_told_where_it_is(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "skolformer: [förskoleklass,", "skolformer: [Förskoleklass,")
    [problem] = tree.problems("TP013")
    assert str(problem.location) == tree.at(SCHOOL, "Förskoleklass")
    assert problem.message.endswith("det ska skrivas 'förskoleklass', med litet f")
    assert problem.hint == "skriv med liten bokstav: förskoleklass"


def test_a_role_with_a_non_breaking_space_is_told_so(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "vänd_dig_till: [", "vänd_dig_till: [Biträdande\u00a0rektor, ")
    [problem] = tree.problems("TP057")
    assert str(problem.location) == tree.at(PLAN, "Biträdande\u00a0rektor")
    assert problem.message.endswith(
        ": den ser ut som 'Biträdande rektor' men har ett hårt mellanslag, U+00A0, i stället "
        "för ett vanligt mellanslag, efter 'Biträdande' (tecken 11)"
    )
    assert problem.hint == "radera värdet och skriv Biträdande rektor på nytt"


# (written, meant, the words) for each kind of difference, alone and together
KINDS = [
    ("Beslutad", "beslutad", "det ska skrivas 'beslutad', med litet b"),
    ("BESLUTAD", "beslutad", "det ska skrivas 'beslutad', med små bokstäver"),
    ("rektor", "Rektor", "det ska skrivas 'Rektor', med samma stora och små bokstäver"),
    (
        unicodedata.normalize("NFD", "förebyggande"),
        "förebyggande",
        "den ser ut som 'förebyggande' men har o och ett separat accenttecken, U+0308, i "
        "stället för ö, efter 'f' (tecken 2)",
    ),
    (
        unicodedata.normalize("NFD", "Förebyggande"),
        "förebyggande",
        "den ser ut som 'förebyggande' men har o och ett separat accenttecken, U+0308, i "
        "stället för ö, efter 'F' (tecken 2) och ska skrivas med litet f",
    ),
    (
        "del\u2060vis",
        "delvis",
        "den ser ut som 'delvis' men har ett osynligt tecken, U+2060 (ordsammanfogare), "
        "efter 'del' (tecken 4)",
    ),
    (
        "delvis",
        "del\u200bvis",
        "den ser ut som 'del⟨U+200B⟩vis', som har ett osynligt tecken, U+200B "
        "(nollbreddsmellanslag), efter 'del' (tecken 4)",
    ),
    (
        "\u00a0delvis",
        "delvis",
        "den ser ut som 'delvis' men har ett hårt mellanslag, U+00A0, först",
    ),
    (
        "delvis\u202f",
        "delvis",
        "den ser ut som 'delvis' men har ett smalt hårt mellanslag, U+202F, sist",
    ),
    (
        "Kurator  Ek",
        "Kurator Ek",
        "den ser ut som 'Kurator Ek' men har två mellanslag i rad, efter 'Kurator' (tecken 8)",
    ),
    (
        "d\u0435lvis",
        "delvis",
        "den ser ut som 'delvis' men har ett kyrilliskt е (U+0435) i stället för e, "
        "efter 'd' (tecken 2)",
    ),
    (
        "\u0391\u0392\u0395",
        "abe",
        "den ser ut som 'abe' men har ett grekiskt Α (U+0391) i stället för A, först "
        "(tecken 1) och ska skrivas med små bokstäver",
    ),
    (
        "ｄｅｌｖｉｓ",
        "delvis",
        "den ser ut som 'delvis' men har ett brett ｄ (U+FF44) i stället för d, först (tecken 1)",
    ),
    ("delvis", "delvis", ""),
    ("delvist", "delvis", ""),
    ("f\u03bfrebyggande", "förebyggande", ""),  # a Greek o is not an ö
    ("beslutad", "utkast", ""),
]


@pytest.mark.parametrize(("written", "meant", "said"), KINDS, ids=range(len(KINDS)))
def test_each_kind_of_difference_is_told_as_what_it_is(written: str, meant: str, said: str) -> None:
    assert difference(written, meant) == said
    assert ("accenttecken" in said) == ("\u0308" in written)


def test_the_value_it_looks_like_is_found_among_several() -> None:
    assert look_alike("Delvis", ["genomförd", "delvis", "ej_genomförd"]) == (
        "det ska skrivas 'delvis', med litet d",
        "skriv med liten bokstav: delvis",
    )
    assert look_alike("påbörjad", ["genomförd", "delvis"]) is None


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("titel\u00a0", "har ett hårt mellanslag, U+00A0, sist"),
        ("tit\u0435l", "har ett kyrilliskt е (U+0435) i stället för e, efter 'tit' (tecken 4)"),
    ],
)
def test_a_key_that_looks_like_the_key_is_told_what_differs(
    tmp_path: Path, written: str, said: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    titel: Schyssta chattar", f"    {written}: Schyssta chattar")
    [problem] = tree.problems("TP014")
    assert str(problem.location) == tree.at(PLAN, f"{written}: Schyssta")
    assert problem.message == f"'{written}' ska stavas 'titel': den ser ut som 'titel' men {said}"
    assert problem.hint == "radera nyckeln och skriv titel: på nytt"


def test_a_key_with_a_capital_is_told_to_be_spelt_small(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    titel: Schyssta chattar", "    Titel: Schyssta chattar")
    [problem] = tree.problems("TP014")
    assert problem.message == "'Titel' ska stavas 'titel'"
    assert problem.hint == "skriv titel: i stället för Titel:"
