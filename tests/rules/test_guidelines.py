"""The riktlinjer mot trakasserier (TP109, TP116, TP117) and the roles they name (TP057)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, SCHOOL, Tree, triggers

from generator.problems import Severity
from generator.rules.guidelines import not_needed

STRUCTURED = "  vänd_dig_till: [Mentor, Kurator, Rektor, Trygghetsteamet]\n  utreds_av: Rektor\n"


def test_the_structured_guidelines_of_the_fixture_pass(tmp_path: Path) -> None:
    found = Tree(tmp_path).check().report
    assert [p for p in found if p.code in {"TP057", "TP109", "TP116", "TP117"}] == []


def test_guidelines_that_accept_sexual_harassment_by_omission(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "trakasserier, sexuella trakasserier]", "trakasserier]")
    [problem] = tree.problems("TP109")
    assert str(problem.location) == tree.at(PLAN, "[kränkande behandling, trakasserier]")
    assert problem.message == "riktlinjerna säger inte att sexuella trakasserier inte accepteras"
    assert problem.hint == (
        "skriv under riktlinjer: accepteras_inte: "
        "[kränkande behandling, trakasserier, sexuella trakasserier]"
    )


def test_guidelines_that_do_not_say_whom_to_turn_to_or_who_investigates(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, STRUCTURED, "")
    problems = tree.problems("TP109")
    assert [p.message for p in problems] == [
        "riktlinjerna säger inte vem eleverna vänder sig till",
        "riktlinjerna säger inte vem som utreder",
    ]
    assert {str(p.location) for p in problems} == {tree.at(PLAN, "accepteras_inte")}
    roles = "Rektor, Biträdande rektor, Kurator, Skolsköterska, Samordnare för fritidshemmet, "
    assert problems[0].hint == (
        f"lägg till riktlinjer.vänd_dig_till med roller ur kontakter: {roles}"
        "Mentor och Trygghetsteamet"
    )


def test_a_role_in_the_guidelines_must_be_a_contact_of_the_school(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "[Mentor, Kurator,", "[Mentor, Elevcoach,")
    tree.edit(PLAN, "utreds_av: Rektor", "utreds_av: Skolchef")
    problems = tree.problems("TP057")
    assert [p.message for p in problems] == [
        f"'Elevcoach' är ingen roll under kontakter i {SCHOOL}",
        f"'Skolchef' är ingen roll under kontakter i {SCHOOL}",
    ]
    assert [str(p.location) for p in problems] == [
        tree.at(PLAN, "Elevcoach"),
        tree.at(PLAN, "Skolchef"),
    ]
    assert [p.field for p in problems] == ["riktlinjer.vänd_dig_till[2]", "riktlinjer.utreds_av"]


@triggers("TP117")
def test_plain_guidelines_work_but_are_told_how_to_write_them(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    start, end = text.index("riktlinjer:\n"), text.index("\nsamverkan:")
    plain = (
        "riktlinjer: |\n  Vi accepterar inte trakasserier eller sexuella trakasserier.\n"
        "  Elever kan vända sig till mentor eller kurator. Rektor utreder.\n"
    )
    tree.path(PLAN).write_text(text[:start] + plain + text[end:], encoding="utf-8")
    checked = tree.check()
    assert [p for p in checked.report if p.severity is Severity.ERROR] == []
    [problem] = [p for p in checked.report if p.code == "TP117"]
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "|\n  Vi accepterar")
    assert "accepteras_inte: [trakasserier, sexuella trakasserier]" in problem.hint
    assert "riktlinjer.text" in problem.hint


@triggers("TP116")
def test_guidelines_that_say_none_are_needed(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "  text: |\n",
        "  text: |\n    Inga särskilda riktlinjer behövs, eftersom kartläggningen inte visade\n"
        "    några trakasserier.\n\n",
    )
    [problem] = tree.problems("TP116")
    assert str(problem.location) == tree.at(PLAN, "|\n    Inga särskilda")
    assert problem.message == (
        'riktlinjerna säger att de inte behövs: "Inga särskilda riktlinjer behövs, eftersom '
        'kartläggningen inte visade några trakasserier"'
    )
    assert problem.severity is Severity.ERROR


@pytest.mark.parametrize(
    "text",
    [
        "Inga riktlinjer behövs eftersom inga trakasserier förekommer.",
        "Riktlinjer behövs inte på vår skola.",
        "Vi har inte behov av några särskilda rutiner för detta.",
        "Det finns inget behov av att ta fram riktlinjer mot trakasserier.",
        "Särskilda riktlinjer är inte aktuella för en så liten förskola.",
        "Att skriva en policy om sexuella trakasserier vore överflödigt hos oss.",
        "Riktlinjer har inte bedömts nödvändiga.",
        "Trakasserier förekommer inte på Ekbacken.",
        "Kartläggningen visade inga trakasserier eller sexuella trakasserier.",
        "Vi har inte sett några fall av sexuella trakasserier under året.",
        "Det har inte kommit in några anmälningar om trakasserier.",
        "Det finns inga problem med kränkningar på skolan, så vi lägger ingen tid på det.",
        "Eftersom inga sådana händelser har inträffat",
    ],
)
def test_saying_the_guidelines_are_not_needed_is_found(text: str) -> None:
    assert not_needed(f"Det gäller på hela skolan. {text}") != ""


@pytest.mark.parametrize(
    "text",
    [
        "Trakasserier och sexuella trakasserier får inte förekomma.",
        "Vi accepterar inte trakasserier, och ingen ska behöva vara rädd.",
        "Riktlinjerna gäller även när kartläggningen inte visar några trakasserier.",
        "Det gäller också de år då inga trakasserier har anmälts.",
        "Du behöver inte ha bevis för att berätta; rutinen börjar ändå.",
        "Det krävs inga bevis för att en anmälan ska göras.",
        "Personal som ser kränkningar och inte ingriper bryter mot rutinen.",
        "Den som inte vill prata med sin mentor kan vända sig till kurator.",
        "Rektor ansvarar för att varje händelse utreds, även när det inte finns vittnen.",
        "Om du ser att någon inte mår bra, säg till en vuxen.",
    ],
)
def test_guidelines_that_apply_are_not_flagged(text: str) -> None:
    assert not_needed(text) == ""
