"""Form problems: every one in one run, where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from ruletools import CYCLE, FIXTURE, PLAN, SCHOOL, Tree


def test_every_missing_key_of_an_object_is_reported(tmp_path: Path) -> None:
    """One check-and-fix round, not one per key: each missing key is its own problem."""

    tree = Tree(tmp_path)
    tree.edit(
        SCHOOL, "  - roll: Rektor\n    namn: Maria Lindqvist\n", "  - namn: Maria Lindqvist\n"
    )
    text = tree.text(SCHOOL)
    start = text.index("adress:")
    end = text.index("kontakter:")
    tree.path(SCHOOL).write_text(text[:start] + "adress: {}\n" + text[end:], encoding="utf-8")
    missing = sorted(p.field for p in tree.check().report if p.code == "TP012")
    assert missing == ["adress.gata", "adress.ort", "adress.postnummer", "kontakter[1].roll"]


def test_every_unknown_key_of_an_object_is_reported_at_its_key(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "\nvision:", "\nkonsekvenstrapa: x\nfrämjande_arbete: y\nvision:")
    measure = "    typ: förebyggande\n"
    tree.edit(PLAN, measure, measure + "    ansvarigt: x\n    not: y\n")
    found = {p.field: (str(p.location), p.hint) for p in tree.check().report if p.code == "TP014"}
    assert set(found) == {
        "konsekvenstrapa",
        "främjande_arbete",
        "åtgärder (id: A4).ansvarigt",
        "åtgärder (id: A4).not",
    }
    assert found["konsekvenstrapa"] == (
        tree.at(PLAN, "konsekvenstrapa"),
        "menade du 'konsekvenstrappa'?",
    )
    assert found["åtgärder (id: A4).not"][0] == tree.at(PLAN, "not: y")


def test_text_split_off_as_a_key_says_to_quote_it_and_never_shows_a_personal_number(
    tmp_path: Path,
) -> None:
    """`{effekt: Färre konflikter, men eleven … utsattes}` makes the words after the comma
    a key: the message says so, and neither it nor its field repeats a personnummer."""
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "    typ: förebyggande\n",
        "    typ: förebyggande\n    Färre konflikter, men eleven 121212-1212 utsattes: x\n",
    )
    [problem] = [p for p in tree.check().report if p.code == "TP014"]
    assert problem.field == "åtgärder (id: A4)"
    assert problem.message == "en text blev en nyckel"
    assert problem.hint.startswith("sätt hela texten inom raka citattecken")
    assert "1212" not in str(problem)


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "”Samtal med klassråden i åk 4, och avstämning.”",
            "citattecknen ” ” (från Word) räknas inte som citattecken i YAML – använd raka "
            'citattecken: hur: "Samtal med klassråden i åk 4, och avstämning."',
        ),
        (
            "Samtal med klassråden i åk 4, och avstämning.",
            'sätt hela texten inom raka citattecken: hur: "Samtal med klassråden i åk 4, och '
            'avstämning."',
        ),
    ],
    ids=["word-quotes", "no-quotes"],
)
def test_a_text_split_at_a_comma_in_braces_is_quoted_under_its_own_key(
    tmp_path: Path, written: str, hint: str
) -> None:
    tree = Tree(tmp_path)
    old = 'hur: "Samtal med klassråden i åk 4 och avstämning med idrottslärarna."'
    tree.edit(PLAN, old, f"hur: {written}")
    [problem] = [p for p in tree.check().report if p.code == "TP014"]
    assert str(problem.location) == tree.at(PLAN, "och avstämning.")
    assert problem.hint == hint


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("inte genomförd", "ej_genomförd"),
        ("Ej genomförd", "ej_genomförd"),
        ("genomford", "genomförd"),
        ("delvis genomförd", "delvis"),  # not 'ej_genomförd', the closest spelling
        ("helt genomförd", "genomförd"),
        # partly done, though its words alone would name the opposite or the whole
        ("inte helt genomförd", "delvis"),
        ("ej helt genomförd", "delvis"),
        ("nästan genomförd", "delvis"),
        ("till stor del genomförd", "delvis"),
    ],
)
def test_a_value_written_in_words_gets_the_value_it_means(
    tmp_path: Path, written: str, meant: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "status: genomförd", f"status: {written}")
    [problem] = [p for p in tree.check().report if p.code == "TP013"]
    assert problem.hint.startswith(f"menade du '{meant}'?")


def test_an_id_that_ends_in_a_line_break_is_refused_where_it_is_written(tmp_path: Path) -> None:
    """A pattern's `$` is the end of the text, as an editor reads the schema: "a9\\n" would
    split the calendar's UID line, so it is TP015 at the value, saying why."""
    tree = Tree(tmp_path)
    tree.edit(CYCLE, "  - id: planen-pa-apt\n", '  - id: "a9\\n"\n')
    [problem] = tree.problems("TP015")
    assert str(problem.location) == tree.at(CYCLE, '"a9\\n"')
    assert "'a9' slutar med en radbrytning" in problem.message
    assert "ta bort radbrytningen" in problem.hint


def test_both_schema_checks_read_a_patterns_end_as_the_end_of_the_text() -> None:
    """The compiled check and jsonschema agree; an escaped `$` or one in a class is a dollar."""
    from generator.validate.draft7 import pattern_search
    from generator.validate.schemas import fast_check, validator

    wheel = yaml.safe_load((FIXTURE / CYCLE.removeprefix("content/")).read_text("utf-8"))
    check = fast_check("arshjul")
    assert check is not None and check(wheel)
    wheel["aktiviteter"][0]["id"] += "\n"
    assert not check(wheel)
    assert [e.validator for e in validator("arshjul").iter_errors(wheel)] == ["pattern"]
    assert pattern_search(r"^a\$$")("a$") and not pattern_search(r"^a\$$")("a$\n")
    assert pattern_search("^[$]x$")("$x") and not pattern_search("^a$")("a\n")


def test_a_key_missing_in_braces_is_added_inside_them(tmp_path: Path) -> None:
    """Before: "lägg till raden rektor:" for `beslut: {datum: 2026-08-17}`, where a line
    of its own would not be part of the braces' mapping."""
    tree = Tree(tmp_path)
    written = "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}"
    tree.edit(PLAN, written, "beslut: {datum: 2026-08-17}")
    [problem] = [p for p in tree.check().report if p.code == "TP012"]
    assert problem.hint == (
        "lägg till rektor: … inom { }, efter ett kommatecken: {datum: 2026-08-17, rektor: …} "
        '(t.ex. "Maria Lindqvist")'
    )
