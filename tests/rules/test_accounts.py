"""TP306–TP307: an evaluation that tells nothing of what happened, a cause that names none."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from ruletools import PLAN, Tree, model_problems, plan, project, triggers, with_plan

from generator.model import EarlierMeasure, EarlierPeriod
from generator.problems import Severity

A1_EFFECT = """      effekt: >-
        Lektionerna hölls i alla klasser, i snitt 16 av 18 tillfällen. Andelen
        trygga steg från 85 till 88 % (förra planens mål M1: 90 %).
"""
F2_CAUSE = """      orsak: >-
        I åk 4 saknades en vuxen vid omklädningen under hela hösten, och åk 4 hade
        inte haft lektionerna om kropp och gränser lika länge som åk 5–6.
"""


def _effect(tree: Tree, text: str) -> None:
    tree.edit(PLAN, A1_EFFECT, f"      effekt: {text}\n")


@triggers("TP306")
def test_an_effect_that_only_says_what_will_be_done(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _effect(tree, "Vi kommer att följa upp lektionerna i klassråden i vår.")
    [problem] = tree.problems("TP306")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "Vi kommer att")
    assert problem.message == (
        "effekten av åtgärd A1 säger bara vad som ska göras, inte vad som hände"
    )
    assert problem.hint.startswith("skriv vad som hände under förra perioden")
    assert problem.source == "SL 6 kap. 8 §"


def test_an_effect_that_copies_the_measure(tmp_path: Path) -> None:
    # A2 in 2025-26: "Två rastvärdar i stället för en ... Elevrådet gör ett fotbollsschema"
    tree = Tree(tmp_path)
    old = "Två rastvärdar på varje rast och fotbollsschemat har följts."
    tree.edit(PLAN, old, "Två rastvärdar och ett fotbollsschema på rasterna.")
    tree.edit(PLAN, "Fotbollsplanen\n        markerades inte längre som otrygg,", "")
    reached = "och 96 % har någon att vara med på\n        rasterna (förra planens mål M3 nått)."
    tree.edit(PLAN, reached, "")
    [problem] = tree.problems("TP306")
    assert problem.message == "effekten av åtgärd A2 upprepar bara åtgärdens egen text"
    assert "vilken effekt den fick" in problem.hint


def test_a_summary_that_points_elsewhere_and_a_follow_up_left_blank() -> None:
    evaluation = dataclasses.replace(
        plan().evaluation, summary="Se bilaga 1.", guidelines_and_routines="…"
    )
    problems = model_problems("TP306", with_plan(evaluation=evaluation))
    assert {p.field: p.message for p in problems} == {
        "utvärdering.sammanfattning": (
            "sammanfattningen av utvärderingen hänvisar bara till en annan text"
        ),
        "utvärdering.riktlinjer_och_rutiner": (
            "uppföljningen av riktlinjer och rutiner är inte ifylld"
        ),
    }


def test_an_effect_that_only_says_done_against_the_light_account() -> None:
    """Without last period's plan in trygg, föregående_period gives the measure's text."""
    earlier = EarlierPeriod(
        plan().period,
        (EarlierMeasure("A1", "Rastvärdar i gula västar", "Lugnare raster"),),
    )
    outcome = dataclasses.replace(plan().evaluation.outcomes[0], effect="Rastvärdar i gula västar")
    done = dataclasses.replace(plan().evaluation.outcomes[1], effect="Genomförd.")
    evaluation = dataclasses.replace(
        plan().evaluation, outcomes=(outcome, done, *plan().evaluation.outcomes[2:])
    )
    current = dataclasses.replace(plan(), evaluation=evaluation, earlier_period=earlier)
    model = project()
    school = dataclasses.replace(model.schools[0], plans=(current,))
    problems = model_problems("TP306", dataclasses.replace(model, schools=(school,)))
    assert [p.message for p in problems] == [
        "effekten av åtgärd A1 upprepar bara åtgärdens egen text",
        "effekten av åtgärd A2 säger bara att det är gjort, inte vad det gav",
    ]


def test_an_empty_effect_is_reported_once(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _effect(tree, "'-'")
    codes = [
        p.code for p in tree.check().report if p.field == "utvärdering.åtgärder (id: A1).effekt"
    ]
    assert codes == ["TP106"]


def test_a_real_account_is_not_reported(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _effect(tree, "Delvis: lektionerna kom igång först i oktober, så effekten syns inte ännu.")
    assert tree.problems("TP306") == []


@triggers("TP307")
def test_a_cause_that_repeats_its_finding(tmp_path: Path) -> None:
    # F2: "Omklädningsrummet är fortfarande otryggt i åk 4, där eleverna berättar om
    # kommentarer om kroppen."
    tree = Tree(tmp_path)
    cause = "Omklädningsrummen är otrygga i åk 4 och eleverna hör kommentarer om kroppen."
    tree.edit(PLAN, F2_CAUSE, f"      orsak: {cause}\n")
    [problem] = tree.problems("TP307")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "Omklädningsrummen är otrygga")
    assert problem.message == "orsaken till F2 upprepar fyndet i stället för att förklara det"
    assert problem.hint == "beskriv varför det blir så: platser, tider, grupper, vuxnas närvaro"
    assert tree.problems("TP202") == []


def test_a_cause_that_restates_the_figures(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    cause = "I åk 4 svarade bara 78 % att de är trygga i omklädningsrummet."
    tree.edit(PLAN, F2_CAUSE, f"      orsak: {cause}\n")
    [problem] = tree.problems("TP307")
    assert problem.message == (
        "orsaken till F2 återger bara fyndets siffror i stället för att förklara dem"
    )


def test_a_word_for_word_copy_is_left_to_tp202(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    finding = (
        "Omklädningsrummet är fortfarande otryggt i åk 4, där eleverna berättar om "
        "kommentarer om kroppen."
    )
    tree.edit(PLAN, F2_CAUSE, f"      orsak: {finding}\n")
    checked = tree.check().report
    assert [p.code for p in checked if p.code in ("TP202", "TP307")] == ["TP202"]
