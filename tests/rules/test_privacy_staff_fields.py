"""TP404 in the fields that name staff (`ansvarig`, `vem`, a team member's `namn`): staff
are named there with the class they have, pupils are not (a hostile review's leaks: a
pupil's name and class published in the plan page, its data, the calendar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import CYCLE, PLAN, SCHOOL, Tree, triggers

from generator.problems import Severity
from generator.rules.stafffields import staff_field_pupils

TEAM = "{roll: Lärare i åk 2, namn: Emma Strand}"
LEAKS = [
    (PLAN, "    ansvarig: Kurator\n", "    ansvarig: Elevrådets ordförande Saga Lind i 9B\n"),
    (PLAN, "    ansvarig: Kurator\n", "    ansvarig: Kurator och Kalle Nilsson (8A)\n"),
    (PLAN, "    ansvarig: Kurator\n", "    ansvarig: Elevskyddsombudet Omar Ali, 7C\n"),
    (
        CYCLE,
        "    ansvarig: Mentorer\n",
        "    ansvarig: Rektor och elevrådsordförande Nora Berg (9C)\n",
    ),
    (SCHOOL, TEAM, "{roll: Lärare i åk 8, namn: 'Hugo Björk, elev i 8A'}"),
    (SCHOOL, TEAM, "{roll: Elevernas kontaktperson i trygghetsteamet, namn: Saga Lind i 9B}"),
]


@triggers("TP404")
@pytest.mark.parametrize(("file", "old", "new"), LEAKS)
def test_a_pupil_in_a_staff_field_stops_the_school(
    tmp_path: Path, file: str, old: str, new: str
) -> None:
    """A pupil's word, a role that is someone else's in a list, or a team member named "i"
    a class: an error at the name, with a hint how to name staff instead."""
    tree = Tree(tmp_path)
    tree.edit(file, old, new)
    name = next(word for word in ("Saga", "Kalle", "Omar", "Nora", "Hugo") if word in new)
    [problem] = [p for p in tree.problems("TP404") if p.location.file == file]
    assert str(problem.location) == tree.at(file, name)
    assert problem.severity is Severity.ERROR
    assert problem.hint and "namn och klass" in problem.hint


STAFF = [
    (PLAN, "    ansvarig: Kurator\n", "    ansvarig: Mentor Anna Berg (8A)\n"),
    (PLAN, "    ansvarig: Kurator\n", "    ansvarig: Klasslärare i 4B Anna Berg\n"),
    (CYCLE, "    ansvarig: Mentorer\n", "    ansvarig: Rektor och kurator\n"),
    (
        CYCLE,
        "    ansvarig: Mentorer\n",
        "    ansvarig: Mentorerna Anna Berg (8A) och Per Ek (8B)\n",
    ),
    (SCHOOL, TEAM, "{roll: Mentor 7A, namn: Anna Berg}"),
    (SCHOOL, TEAM, "{roll: Elevernas kontaktperson i trygghetsteamet, namn: Anna Berg (9B)}"),
]


@pytest.mark.parametrize(("file", "old", "new"), STAFF)
def test_staff_with_their_class_are_published(
    tmp_path: Path, file: str, old: str, new: str
) -> None:
    tree = Tree(tmp_path)
    tree.edit(file, old, new)
    assert [p for p in tree.problems("TP404") if p.location.file == file] == []


# (value, a team member's namn): the pupil's name the rule finds
PUPILS = [
    ("Elevrådets ordförande Saga Lind i 9B", False, "Saga Lind"),
    ("Elevrådets ordförande Zelda Lind (9B)", False, "Zelda Lind"),
    ("Elevrådsordförande Nora Berg 9C", False, "Nora Berg"),
    ("Klassrepresentanten Ali Hassan 7B", False, "Ali Hassan"),
    ("Elevombudet Ali (7B)", False, "Ali"),
    ("Elevskyddsombud Omar Ali, 7C", False, "Omar Ali"),
    ("Saga Lind (9B), elevrådets ordförande", False, "Saga Lind"),
    ("Saga Lind, elev i 9B", False, "Saga Lind"),
    ("Saga Lind (elev i 9B)", False, "Saga Lind"),
    ("Saga Lind (elev, 9B)", False, "Saga Lind"),
    ("Pojken Ali (7B)", False, "Ali"),
    ("Mentor Anna Berg (8A) och elevskyddsombudet Omar Ali (7C)", False, "Omar Ali"),
    ("Kurator, Kalle Nilsson (8A)", False, "Kalle Nilsson"),
    ("Rektor, kurator och Kalle Nilsson (8A)", False, "Kalle Nilsson"),
    ("Kalle Nilsson (8A) och kurator", False, "Kalle Nilsson"),
    ("Lärarna och Kalle Nilsson (8A)", False, "Kalle Nilsson"),
    ("Elevhälsoteamet och Saga (9B)", False, "Saga"),
    ("Rektor samt Saga Lind från 9B", False, "Saga Lind"),
    ("Skolsköterskan eller Saga Lind (9B)", False, "Saga Lind"),
    ("Mentor Anna Berg (8A) och Kalle Nilsson (8B)", False, "Kalle Nilsson"),
    ("Anna Berg (8A) och elevrådet", False, "Anna Berg"),
    ("Elevrådet och Saga Lind (9B)", False, "Saga Lind"),
    ("Ordförande i elevrådet, Saga Lind (9B)", False, "Saga Lind"),
    ("Elevrådet genom Saga Lind (9B)", False, "Saga Lind"),
    ("Elevhälsan och Anna Berg (8A)", False, "Anna Berg"),
    ("Mentorerna i 8A och Kalle Nilsson (8A)", False, "Kalle Nilsson"),
    ("Zelda Lind (elev i 9B)", False, "Zelda Lind"),
    ("Elevskyddsombud Zelda Holm – 8A", False, "Zelda Holm"),
    ("Kurator och Zelda Holm (åk 8)", False, "Zelda Holm"),
    ("Kurator och Fatima Ali (8A)", False, "Fatima Ali"),
    ("Hugo Björk, Elev i 8A", True, "Hugo Björk"),
    ("Rektor / Kalle Nilsson (8A)", False, "Kalle Nilsson"),
    ("Hugo Björk, Elevrådets ordförande, 8A", False, "Hugo Björk"),
    ("Fatima Ali (8A) och fritidspedagogerna", False, "Fatima Ali"),
    ("Karin i 2A blev slagen", False, "Karin"),
    ("Hugo Björk, elev i 8A", True, "Hugo Björk"),
    ("Saga Lind i 9B", True, "Saga Lind"),
    ("Saga Lind på 9B", True, "Saga Lind"),
    ("Klassrepresentant Ida Ek (6A)", True, "Ida Ek"),
]


@pytest.mark.parametrize(("value", "team_member", "name"), PUPILS)
def test_a_pupil_is_found_in_a_staff_field(value: str, team_member: bool, name: str) -> None:
    """Found where the name starts, with a hint how to name staff (but for what one
    person suffered, which no way of naming makes staff's)."""
    [(index, found, hint)] = staff_field_pupils(value, team_member=team_member)
    assert (found, value.startswith(name, index)) == (name, True)
    assert bool(hint) is ("slagen" not in value)


def test_each_pupil_a_duty_titles_is_found() -> None:
    """A pupils' duty in the plural before a list titles each name in it, as staff's
    does ("Mentorerna Anna Berg (8A) och Per Ek (8B)")."""
    value = "Kamratstödjarna Saga Lind (9B) och Omar Ali (9C)"
    found = [name for _, name, _ in staff_field_pupils(value, team_member=False)]
    assert found == ["Saga Lind", "Omar Ali"]


STAFF_VALUES = [
    ("Mentor Anna Berg (8A)", False),
    ("Klasslärare i 4B Anna Berg", False),
    ("Rektor och kurator", False),
    ("Lärarna i åk 7", False),
    ("Lärarna i åk 7 och 8", False),
    ("Lärarna i förskoleklass och åk F", False),
    ("Rektor/kurator och mentor Anna Berg (8A)", False),
    ("Anna Berg/8A", False),
    ("Elevhälsoteamet", False),
    ("Rektor och elevrådet", False),
    ("Mentorer och elevrådets kontaktlärare", False),
    ("Karin i 2A", False),
    ("Karin Ek – 2A", False),
    ("Anna Berg (8A) och Per Ek (8B)", False),
    ("Mentorerna Anna Berg (8A) och Per Ek (8B)", False),
    ("Rektor och mentor Anna Berg (8A)", False),
    ("Mentor Anna Berg, 8A", False),
    ("Anna Berg (8A), mentor", False),
    ("Mentor i 8A, Anna Berg", False),
    ("Elevernas kontaktperson Anna Berg (9B)", False),
    ("Elevernas kontaktperson i trygghetsteamet Anna Berg (9B)", False),
    ("Elevrådets kontaktlärare, Anna Berg (8A)", False),
    ("Elevrådet i åk 9 (Kiva)", False),
    ("Mentor Zelda Holm – 8A", False),
    ("Elevrådets kontaktlärare Zelda Holm – 8A", False),
    ("Anna Berg, mentor 8A och kurator Johan Ek", False),
    ("Elevrådsansvarig lärare Per Ek (7B)", False),
    ("Mentor Anna Berg (8A) med elevrådet", False),
    ("Kurator Johan Ek och skolsköterska Lisa Ek", False),
    ("Förstelärare Sara Ek (9A)", False),
    ("Anna Berg", True),
    ("Emma Strand (2A)", True),
    ("Anna Berg, 8A", True),
    ("Anna Berg – 8A", True),
]


@pytest.mark.parametrize(("value", "team_member"), STAFF_VALUES)
def test_staff_are_not_read_as_pupils(value: str, team_member: bool) -> None:
    assert list(staff_field_pupils(value, team_member=team_member)) == []
