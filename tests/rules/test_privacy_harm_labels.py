"""TP404 on a pupil named by the words that say who was harmed or in an incident, with no
verb for the harm beside the name (`rules.harmlabels`): a label, a copula, a pupil word's
clause, an apposition, a class, a name and harm in a row, a heading that is a name; and
the surname's or a pupil's initials, and a table's row (`rules.harm`, `rules.phrased`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree, triggers

NAMED = [
    # labels
    ("Utsatt: Hugo", "Hugo"),
    ("Den utsatte: Hugo.", "Hugo"),
    ("Drabbad elev – Zorro", "Zorro"),
    ("Kränkningsanmälan: Hugo", "Hugo"),
    ("Ärende 3: Hugo, kränkning på rasten.", "Hugo"),
    ("- Incident 2: Zorro (hot i chatten)", "Zorro"),
    ("Vittne: Elsa", "Elsa"),
    ("Hugo (utsatt) och Saga (förövare) har haft samtal.", "Hugo"),
    # a copula or a verb for whom a report is about
    ("Offren var Hugo och Saga.", "Hugo"),
    ("Den som blev slagen var Hugo.", "Hugo"),
    ("Offret var Hugo.", "Hugo"),
    ("Anmälan gällde Hugo.", "Hugo"),
    ("Förövaren är Zorro.", "Zorro"),
    ("Utredningen rör Elsa och hennes klasskamrater.", "Elsa"),
    ("Eleven som blev slagen på rasten heter Jonte.", "Jonte"),
    ("Flickan som blev utfryst i chatten hette Elsa.", "Elsa"),
    ("Hugo har utretts för kränkning.", "Hugo"),
    ("Elsa var inblandad i ett bråk på bussen.", "Elsa"),
    # apposition
    ("Vi har en elev med adhd, Hugo, som behöver extra stöd.", "Hugo"),
    ("Eleven i fyran, Zorro, har fått en assistent.", "Zorro"),
    # a class, a name and harm in a row
    ("4B – Hugo – slagen på rasten.", "Hugo"),
    ("6A: Zorro, retad i omklädningsrummet.", "Zorro"),
    # initials
    ("Hugo B. blev slagen på rasten.", "Hugo"),
    ("Eleven H.B. blev slagen på rasten.", "H.B."),
    ("Eleven JK blev hotad i chatten.", "JK"),
    # a heading that is a name
    ("### Hugo\n\nHan blev slagen på rasten i mars.", "Hugo"),
    ("**Zorro**\n\nHon har blivit hotad i chatten.", "Zorro"),
    # a table's row
    ("| Datum | Vem | Händelse |\n|---|---|---|\n| 2026-03-02 | Hugo | slagen på rasten |", "Hugo"),
    ("| Datum | Utsatt | Vad |\n|---|---|---|\n| 4 mars | Zorro | hotad i chatten |", "Zorro"),
]


@triggers("TP404")
@pytest.mark.parametrize(("written", "name"), NAMED)
def test_a_pupil_named_as_harmed_without_a_verb_beside_is_an_error(
    tmp_path: Path, written: str, name: str
) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    problems = tree.problems("TP404")
    assert problems
    assert str(problems[0].location) == tree.at(PAGE, name)


def test_a_label_in_a_plan_s_text_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "text: Alla elever känner sig trygga i skolan.", "text: 'Utsatt: Hugo'")
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Hugo")


@pytest.mark.parametrize(
    "written",
    [
        "Händelse: Bråk på rasten.",
        "Ärende 3: Uppföljning med vårdnadshavare.",
        "Anmälan: Rektor tar emot anmälan samma dag.",
        "Utsatt: Ingen elev har svarat så.",
        "Utredningen gäller Skolan som helhet.",
        "Elever i 4B, Mentorerna och rektorn har träffats.",
        "Ansvarig för anmälan: rektor Anna Berg.",
        "Anmälare: Anna Berg, rektor",
        "Vittne: rastvakten",
        "Offer för mobbning får alltid stöd av kuratorn.",
        "Utredningen rör Trygghetsteamets arbete.",
        "### Rasten\n\nHan blev slagen på rasten i mars.",
        "### Anna Berg\n\nHon är vår kurator och finns på plats varje dag.",
        "Eleven NPF-stöd ges i 4B.",
        "| Datum | Vem | Aktivitet |\n|---|---|---|\n| 4 mars | Zorro | leder rastlek |",
        "| Vem | Ansvar |\n|---|---|\n| Rektor | ser till att utsatta elever får stöd |",
        "| Datum | Vem | Händelse |\n|---|---|---|\n| 4 mars | Anna (mentor) | hotad |",
    ],
)
def test_labels_and_headings_that_name_no_pupil_are_no_error(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == []
