"""TP404 on a pupil named as who reported or told of what happened, or by their
guardians ("anmälan från Moa", "Idas föräldrar"), with staff, organisations and
"enligt" left alone (`rules.reporters`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree, triggers

from generator.rules.incidentnames import incident_pupils

REPORTED = "som den som anmäler eller berättar om något, eller vars vårdnadshavare nämns"
ORSAK = "Chattreglerna hjälper i klassernas egna chattar"


def _names(text: str) -> list[str]:
    return [name for _index, name, _why in incident_pupils(text, _none, frozenset())]


def _none(_index: int) -> bool:
    return False


@triggers("TP404")
def test_who_reported_in_a_cause_is_an_error_at_the_name(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    written = "Kuratorn Elin i 8D tog emot anmälan från Tilda i november."
    tree.edit(PLAN, ORSAK, f"{written} {ORSAK}")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Tilda")
    assert problem.message == f"'Tilda' ser ut att vara en elev som nämns vid namn {REPORTED}"
    assert 'skriv om utan namn, t.ex. "en elev"' in problem.hint


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rektorn fick en anmälan från Vilgot i december.", ["Vilgot"]),
        ("Klagomålet från Greta gällde kommentarer i kapprummet.", ["Greta"]),
        ("Anmälningen från Alvina kom samma dag.", ["Alvina"]),
        ("Anmälan från Zelda Holm gällde chatten.", ["Zelda Holm"]),
        ("Kuratorn tog emot anmälan från Ossians vårdnadshavare.", ["Ossian"]),
        ("Hjalmar berättade för fritidspedagogen vad som hänt.", ["Hjalmar"]),
        ("Sigrid har berättat för sin mentor om chatten.", ["Sigrid"]),
        ("Matteo sa till rastvakten att han inte vågade gå ut.", ["Matteo"]),
        ("Nellie har berättat att hon inte vill gå till idrotten.", ["Nellie"]),
        ("Mentorn ringde Folkes föräldrar efter lunch.", ["Folke"]),
        ("Elias vårdnadshavare kontaktade skolan.", ["Elias"]),
        ("Kuratorn träffade Tuva:s mamma i januari.", ["Tuva"]),
    ],
)
def test_who_reported_told_or_whose_guardians_is_a_pupil(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # staff by their role, or the unit's own
        "Rektor Ebba Lind tog emot anmälan från mentorn.",
        "Anmälan från kurator Helena Sund kom i maj.",
        "Anmälan från Maria Holm (mentor) kom samma dag.",
        "Mentorn Elin hanterade anmälan från vårdnadshavaren.",
        "Kurator Ebba Lind berättade om arbetet på APT.",
        "Anna anmälde kränkningen till rektorn samma dag.",
        # organisations, places and books
        "Anmälan från Region Skåne gällde skolskjutsen.",
        "Anmälningarna från Skolverket visar att kränkningarna ökar.",
        "Anmälan från Hagaskolan gällde bussen.",
        "Vi läste ”Emils mamma” och pratade om familjer.",
        "Klassen läste boken Olles pappa i oktober.",
        # "enligt" names a source, as staff are cited
        "Enligt Anna Berg minskade kränkningarna under våren.",
        # no report, nobody told
        "Johan berättade om Friends på föräldramötet.",
        "Eleverna berättade för mentorn om rasterna.",
    ],
)
def test_staff_organisations_and_sources_are_no_reporting_pupils(text: str) -> None:
    assert _names(text) == []


def test_a_declared_staff_member_reporting_is_no_pupil(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, "\nRektorn fick en anmälan från Johan Ek i mars.\n")
    assert tree.problems("TP404") == []
