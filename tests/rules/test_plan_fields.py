"""The fields real plans have (issue 15): the light account of last period's åtgärder
checks SL 6 kap. 8 § from a school's first plan in trygg, and the rules that read text
reach inledning, rättslig grund, ansvarsfördelning, upptäcka and the follow-up of the
riktlinjer."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import PLAN, PREVIOUS, Tree

from generator.problems import Severity

EARLIER = """
föregående_period:
  period: 2025-26
  åtgärder:
    - {id: A1, titel: Värdegrundslektioner, önskad_effekt: Fler elever känner sig trygga.}
    - {id: A2, titel: Rastvärdar vid fotbollsplanen}
    - {id: A3, titel: Vuxen vid omklädning}
    - {id: A4, titel: Nätvett i åk 4–6}
    - {id: A5, titel: En gemensam linje mot kränkande ord}
"""


def first_plan(tmp_path: Path, earlier: str = EARLIER) -> Tree:
    """The fixture as a school's first plan in trygg, with last year's plan told in brief."""
    tree = Tree(tmp_path)
    tree.path(PREVIOUS).unlink()
    tree.append(PLAN, earlier)
    return tree


def test_a_light_account_that_every_outcome_answers_raises_nothing(tmp_path: Path) -> None:
    report = first_plan(tmp_path).check().report
    assert [p for p in report if p.severity is Severity.ERROR] == []


def test_a_measure_of_the_light_account_without_an_outcome(tmp_path: Path) -> None:
    extra = "    - {id: A9, titel: Trygghetsvandring med vårdnadshavare}\n"
    tree = first_plan(tmp_path, EARLIER + extra)
    [problem] = tree.problems("TP106")
    assert problem.severity is Severity.ERROR
    assert problem.message == (
        "redogörelse saknas för förra periodens åtgärder A9 (Trygghetsvandring med vårdnadshavare)"
    )
    assert f"(åtgärderna finns i föregående_period i {PLAN})" in problem.hint


def test_an_outcome_for_a_measure_the_light_account_does_not_list(tmp_path: Path) -> None:
    without_a5 = EARLIER.replace("    - {id: A5, titel: En gemensam linje mot kränkande ord}\n", "")
    tree = first_plan(tmp_path, without_a5)
    problem, link = tree.problems("TP031")  # the outcome, and A6's fortsätter: A5
    assert link.field == "åtgärder (id: A6).fortsätter"
    assert str(problem.location) == tree.at(PLAN, "A5", occurrence=1)
    assert problem.message == "åtgärden 'A5' finns inte i förra periodens plan"
    assert problem.hint == "använd id:n från föregående_period: A1, A2, A3, A4"


def test_the_earlier_plan_in_trygg_wins_over_the_light_account(tmp_path: Path) -> None:
    """The plan in trygg is what the evaluation answers; a light account beside it would
    be published and contradict it, so it is an error to remove."""
    tree = Tree(tmp_path)
    tree.append(PLAN, EARLIER + "    - {id: A9, titel: Finns bara i korthet}\n")
    assert tree.problems("TP106") == []
    assert tree.problems("TP031") == []
    [unused] = tree.problems("TP037")
    assert str(unused.location) == tree.at(PLAN, "period: 2025-26")
    assert unused.message == f"föregående_period används inte: förra planen ({PREVIOUS}) finns"


def test_two_measures_with_one_id_in_the_light_account(tmp_path: Path) -> None:
    tree = first_plan(tmp_path, EARLIER + "    - {id: A5, titel: Samma id igen}\n")
    [problem] = tree.problems("TP034")
    assert problem.field == "föregående_period.åtgärder (id: A5).id"


def test_without_an_earlier_plan_or_a_light_account_nothing_is_checked(tmp_path: Path) -> None:
    tree = first_plan(tmp_path, earlier="")
    assert tree.problems("TP106") == []


NEW_TEXT_FIELDS = {
    "inledning": "inledning: |\n  {}\n",
    "rättslig grund": "rättslig_grund:\n  - författning: Skollagen (2010:800)\n    innehåll: {}\n",
    "ansvarsfördelning": "ansvarsfördelning:\n  elever: {}\n",
    "rektors ansvar": "ansvarsfördelning:\n  rektor: {}\n",
    "annan roll": "ansvarsfördelning:\n  andra:\n    - {{roll: Trygghetsteamet, text: {}}}\n",
    "upptäcka": "rutiner:\n  upptäcka: {}\n",
    "kort redogörelse": "föregående_period:\n  period: 2025-26\n  åtgärder:\n"
    "    - {{id: A1, titel: Rastvärdar, önskad_effekt: {}}}\n",
}


@pytest.mark.parametrize("field", sorted(NEW_TEXT_FIELDS))
def test_a_personal_number_in_a_new_field(tmp_path: Path, field: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PLAN, NEW_TEXT_FIELDS[field].format("Kontakta 20121212-1212 om du undrar."))
    [problem] = tree.problems("TP401")
    assert str(problem.location) == tree.at(PLAN, "20121212-1212")


@pytest.mark.parametrize("field", sorted(NEW_TEXT_FIELDS))
def test_a_pupil_named_in_a_new_field(tmp_path: Path, field: str) -> None:
    tree = Tree(tmp_path)
    tree.append(PLAN, NEW_TEXT_FIELDS[field].format("Efter det som hände Kalle i 4B."))
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Kalle i 4B")


def test_the_follow_up_of_the_guidelines_is_read_for_names(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "riktlinjer_och_rutiner: Trygghetsteamet gick igenom läsårets anmälningar i juni 2026.",
        "riktlinjer_och_rutiner: Ändrad efter det som hände Kalle i 4B.",
    )
    [problem] = tree.problems("TP404")
    assert str(problem.location) == tree.at(PLAN, "Kalle i 4B")


def test_a_repealed_title_in_the_principals_responsibilities(tmp_path: Path) -> None:
    """`rektor` is a name under beslut but a text under ansvarsfördelning."""
    tree = Tree(tmp_path)
    tree.append(PLAN, "ansvarsfördelning:\n  rektor: Förskolechefen ansvarar för planen.\n")
    [problem] = tree.problems("TP303")
    assert str(problem.location) == tree.at(PLAN, "Förskolechefen")


def test_a_repealed_instrument_in_the_legal_basis(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(
        PLAN,
        "rättslig_grund:\n"
        "  - författning: Skolverkets allmänna råd (SKOLFS 2012:10)\n"
        "  - författning: Barn- och elevskyddslagen (2006:67)\n"
        "    bestämmelse: 3 §\n",
    )
    problems = tree.problems("TP303")
    assert [str(p.location) for p in problems] == [
        tree.at(PLAN, "SKOLFS 2012:10"),
        tree.at(PLAN, "2006:67"),
    ]


@pytest.mark.parametrize(
    ("period", "message"),
    [
        ("2026-27", "perioden 2026-27 börjar inte före planens period 2026-27"),
        ("2025-27", "läsårets två år följer inte på varandra"),
        ("2027", "perioden 2027 börjar inte före planens period 2026-27"),
    ],
)
def test_the_light_account_names_a_period_before_the_plan(
    tmp_path: Path, period: str, message: str
) -> None:
    tree = first_plan(tmp_path, EARLIER.replace("period: 2025-26", f'period: "{period}"'))
    [problem] = tree.problems("TP037")
    assert str(problem.location) == tree.at(PLAN, f'"{period}"')
    assert problem.message == message


@pytest.mark.parametrize("period", ["2025", "2026", "2024-25"])
def test_a_period_that_starts_before_the_plans(tmp_path: Path, period: str) -> None:
    """2026 overlaps läsåret 2026/27 but starts first: a school moving to läsår."""
    tree = first_plan(tmp_path, EARLIER.replace("period: 2025-26", f'period: "{period}"'))
    assert tree.problems("TP037") == []


def _without_block(text: str, first_line: str) -> str:
    """`text` without the key on `first_line` and its more-indented continuation lines."""
    lines = text.split("\n")
    start = lines.index(first_line)
    end = start + 1
    while lines[end].startswith("    "):
        end += 1
    return "\n".join(lines[:start] + lines[end:])


def test_pupils_part_is_written_once_in_samverkan_when_the_step_leaves_it_out(
    tmp_path: Path,
) -> None:
    """kartläggning.elevmedverkan and analys.elevmedverkan repeat samverkan's pupils: a plan
    may leave them out, and the plan then tells the samverkan text, with no problem."""
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    while "  elevmedverkan: >-" in text.split("\n"):
        text = _without_block(text, "  elevmedverkan: >-")
    tree.path(PLAN).write_text(text, encoding="utf-8")
    checked = tree.check()
    assert not [p for p in checked.report if p.severity is Severity.ERROR]
    assert checked.project is not None
    plan = checked.project.schools[0].plans[-1]
    assert plan.survey.pupil_participation.startswith("Elevrådet gick trygghetsvandringen,")
    assert plan.analysis.pupil_participation.startswith("Elevrådet, klassråden och fritidsrådet")
