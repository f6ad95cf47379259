"""TP404 on one pupil pointed out with no name: a singular word for a pupil, a class
and a sensitive characteristic or what they suffered, in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PAGE, PLAN, Tree

from generator.problems import Severity


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("Eleven i 7B som bytte kön i våras har blivit trakasserad.", "Eleven i 7B"),
        ("Pojken i 8A med diabetes blir retad för sin insulinpump.", "Pojken i 8A"),
        ("Flickan i 7A som bär slöja har blivit hånad.", "Flickan i 7A"),
        ("Hen som är rullstolsburen i 9B får hjälp.", "Hen som är rullstolsburen i 9B"),
        ("Vi har sett att killen i åk 6 med adhd ofta hamnar i konflikter.", "killen i åk 6"),
        ("Tjejen (8C) som är muslim har fått höra skällsord.", "Tjejen (8C)"),
        ("Han går i 7B och har autism.", "Han går i 7B"),
        ("Barnet i förskoleklassen med hörapparat blev utfryst.", "Barnet i förskoleklassen"),
        ("Mentorn menar att eleven i 9A som är homosexuell blev hotad.", "eleven i 9A"),
        ("Pojken med diabetes i 8A blir retad.", "Pojken med diabetes i 8A"),
        ("Pojken i 8A som är kristen blev retad.", "Pojken i 8A"),
        ("Eleven i 7B som är dyslektiker har fått höra skällsord.", "Eleven i 7B"),
        ("Eleven i 9A som är 19 år blir retad.", "Eleven i 9A"),
        ("Den transsexuella eleven i 9B har blivit hotad.", "eleven i 9B"),
        ("Flickan i klass 7A som bär slöja har blivit hånad.", "Flickan i klass 7A"),
        # one indefinite pupil, where the sentence says what happened
        ("En elev i 7B som bär slöja har blivit hånad.", "En elev i 7B"),
        ("Ett barn i förskoleklassen med autism har blivit utfryst.", "Ett barn i förskoleklassen"),
    ],
)  # fmt: skip
def test_one_pupil_described_is_an_error(tmp_path: Path, written: str, words: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    [problem] = tree.problems("TP404")
    assert problem.message.startswith(f"'{words}' pekar ut en enskild elev")
    assert problem.severity is Severity.ERROR
    assert str(problem.location) == tree.at(PAGE, words.removesuffix(")"))


def test_described_in_a_plan_field(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = "text: Pojken i 4B med diabetes blir retad."
    tree.edit(PLAN, "text: Alla elever känner sig trygga i skolan.", text)
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Pojken i 4B")


@pytest.mark.parametrize(
    "written",
    [
        "Elever i 7B med funktionsnedsättning får stöd av specialpedagogen.",
        "Flickor i åk 8 upplever mer otrygghet än pojkar.",
        "Om en elev i 7B blir kränkt kontaktar mentorn rektor.",
        "Om eleven i 7B blir kränkt ska mentorn agera samma dag.",
        "När eleven i åk 7 har en diagnos görs en kartläggning.",
        "Eleverna i 7B har haft temadag om kön och jämställdhet.",
        "Han undervisar i 7B och 8A i religion.",
        "Hon är mentor i 9B och arbetar med värdegrunden.",
        "Hen som är mentor i 9B ansvarar för klassrådet.",
        "Pojken i filmen blev retad av klassen i åk 5.",
        "Barnet i förskoleklassen lär sig om olika religioner.",
        "Eleven berättar för mentorn. Hen kontaktar rektor om kränkningen i åk 9.",
        "Eleven i 7B har valt att läsa spanska.",
        "Om en elev i 7B som bär slöja blir hånad ska mentorn agera.",
        "Varje elev i åk 8 med diagnos har rätt till stöd.",
        "Hen som undervisar i 9B har diabetes.",
        "Pojkarna i 8A med diabetes får stöd.",
        "Eleverna i 9A som är 15 år gör prao.",
        "Eleven i 7B ska vara 13 år när hen börjar.",
    ],
)
def test_groups_rules_and_staff_point_out_no_one(tmp_path: Path, written: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PAGE, f"\n{written}\n")
    assert tree.problems("TP404") == []
