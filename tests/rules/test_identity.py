"""Measure identity across years: an id that names another measure than last period's
(TP059), `fortsätter` under a new id (TP031 when it names nothing), and what the
granskning lists as continuing, new and ended."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from ruletools import PLAN, PREVIOUS, Tree

from generator.check.run import check_content
from generator.cli.main import main
from generator.problems import Severity
from generator.validate.identity import MeasureRef, same_measure

ROOT = Path(__file__).resolve().parents[2]
SAME = [
    ("Rastvärdar på skolgården", "Fler rastvärdar på skolgården"),
    ("Rastvärdar på skolgården", "Rastvärdarna på skolgårdens baksida"),
    ("Rastvärdar på skolgården", "Vuxna ute på rasterna"),
    ("Lektioner om nätvett", "Nätvettslektioner i åk 5"),
    ("Nätvett i åk 4–6 och föräldramöte om gruppchattar", "Schyssta chattar"),
    ("Gemensamma värdegrundsteman på mentorstiden", "Elevledda värdegrundspass på mentorstiden"),
    ("Höga förväntningar på alla", "Höga förväntningar på alla – omstart"),
    ("Alla får vara allt", "Alla får vara allt"),  # only function words: by its words
    ("Alla får vara allt", "alla  får  vara ALLT."),
    ("Alla får vara allt", "Alla får vara"),
]
DIFFERENT = [
    ("Rastvärdar", "Samtal om nätet"),
    ("Fler vuxna och fotbollsschema på rasterna", "Schyssta chattar"),
    ("Delad hallstart", "Planerade morgnar och eftermiddagar"),
    ("Kompisböcker och samtal på samlingen", "Kompisveckor i alla klasser"),
    ("Byggrummet för alla", "Alla får vara allt"),
    ("Alla får vara allt", "Vi är med"),
    ("En skola – gemensam lunch och aktiviteter", "Stöd som alla kan använda"),
]


@pytest.mark.parametrize(("before", "after"), SAME)
def test_a_reworded_title_is_the_same_measure(before: str, after: str) -> None:
    assert same_measure(MeasureRef("A1", before), MeasureRef("A1", after))


@pytest.mark.parametrize(("before", "after"), DIFFERENT)
def test_a_title_that_means_something_else_is_another_measure(before: str, after: str) -> None:
    assert not same_measure(MeasureRef("A1", before), MeasureRef("A1", after))


def test_a_title_that_shares_a_little_needs_the_goal_or_the_description() -> None:
    before = MeasureRef("A1", "Rastvärdar i gula västar", "Lugnare raster.")
    after = MeasureRef("A1", "Rastvärdar där eleverna leker", "Alla elever är trygga.")
    assert not same_measure(before, after)
    told = "Rastvärdarna fortsätter, med gula västar, och står nu vid kullen."
    assert same_measure(before, MeasureRef("A1", after.title, after.aim, told))
    assert same_measure(before, MeasureRef("A1", after.title, "Lugnare raster på gården."))


def test_a_goal_with_nothing_in_common_makes_another_measure() -> None:
    before = MeasureRef("A1", "Rastvärdar på skolgården", "Rasterna är lugna.")
    assert not same_measure(before, MeasureRef("A1", "Rastvärdar i matsalen", "Ingen stress."))
    assert same_measure(before, MeasureRef("A1", "Rastvärdar på skolgården", "Ingen stress."))


def _reuse_a2(tree: Tree) -> None:
    """This year's A7 (Planerade eftermiddagar på fritids) under last year's A2."""
    tree.edit(PLAN, "  - id: A7\n", "  - id: A2\n")


def test_an_id_used_again_for_another_measure(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _reuse_a2(tree)
    [problem] = tree.problems("TP059")
    assert problem.severity is Severity.WARNING
    assert str(problem.location) == tree.at(PLAN, "Planerade eftermiddagar på fritids")
    assert problem.field == "åtgärder (id: A2).titel"
    assert problem.message == (
        "A2 var en annan åtgärd förra perioden: 'Fler vuxna och fotbollsschema på rasterna' "
        "i 2025-26.yml, nu 'Planerade eftermiddagar på fritids'"
    )
    assert problem.hint == (
        "ge den nya åtgärden ett eget id, till exempel A9; fortsätter den förra periodens "
        "A2, skriv fortsätter: A2"
    )


def test_a_reworded_measure_keeps_its_id_without_a_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(
        PLAN,
        "titel: En vuxen för varje idrottsgrupp vid omklädning",
        "titel: Vuxna vid omklädningen",
    )
    assert tree.problems("TP059") == []


def test_fortsatter_says_the_measure_continues(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _reuse_a2(tree)
    tree.edit(PLAN, "    titel: Planerade eftermiddagar på fritids\n",
              "    titel: Planerade eftermiddagar på fritids\n    fortsätter: A2\n")  # fmt: skip
    checked = tree.check()
    assert [p for p in checked.report if p.code in ("TP059", "TP031")] == []


def test_fortsatter_names_a_measure_last_period_did_not_have(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    fortsätter: A5\n", "    fortsätter: A9\n")
    [problem] = tree.problems("TP031")
    assert str(problem.location) == tree.at(PLAN, "A9\n")
    assert problem.field == "åtgärder (id: A6).fortsätter"
    assert problem.message == "åtgärden 'A9' finns inte i förra periodens plan"
    assert problem.hint == f"använd ett id från {PREVIOUS}: A1, A2, A3, A4, A5"


def test_fortsatter_in_a_first_plan_without_a_light_account_is_not_checked(
    tmp_path: Path,
) -> None:
    """As its evaluation: last period's plan is not in trygg, so there is nothing to check."""
    tree = Tree(tmp_path)
    tree.path(PREVIOUS).unlink()
    assert tree.problems("TP031") == []


def test_fortsatter_in_a_first_plan_names_the_light_account(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.path(PREVIOUS).unlink()
    tree.append(PLAN, "\nföregående_period:\n  period: 2025-26\n  åtgärder:\n"
                "    - {id: A1, titel: Värdegrundslektioner}\n"
                "    - {id: A2, titel: Rastvärdar}\n"
                "    - {id: A3, titel: Vuxen vid omklädning}\n"
                "    - {id: A4, titel: Lektioner om nätvett och gruppchattar}\n"
                "    - {id: A5, titel: Säga ifrån mot kränkande ord}\n")  # fmt: skip
    report = tree.check().report
    assert [p for p in report if p.code in ("TP031", "TP059", "TP106")] == []
    tree.edit(PLAN, "    - {id: A5, titel: Säga ifrån mot kränkande ord}\n", "")
    [problem] = [p for p in tree.check().report if p.field == "åtgärder (id: A6).fortsätter"]
    assert problem.hint == "använd ett id från föregående_period: A1, A2, A3, A4"


def test_the_evaluation_may_name_the_measure_under_its_new_id(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    - id: A5\n      status", "    - id: A6\n      status")
    checked = tree.check()
    assert [p for p in checked.report if p.code in ("TP031", "TP106")] == []
    assert checked.project is not None
    plan = checked.project.schools[0].plans[-1]
    assert [o.measure_id for o in plan.evaluation.outcomes][-1] == "A5"


def test_granska_lists_a_reused_id_as_new_and_ended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    noon = dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(noon.timestamp())))
    tree = Tree(tmp_path)
    _reuse_a2(tree)
    out = tmp_path / "granskning.md"
    with pytest.raises(SystemExit):
        main(["granska", str(tmp_path / "content"), "--out", str(out)])
    page = out.read_text(encoding="utf-8")
    assert "Nya (2):\n\n- A2 Planerade eftermiddagar på fritids\n- A8" in page
    assert "Avslutade (1):\n\n- A2 Fler vuxna och fotbollsschema på rasterna\n" in page
    assert "TP059" in page
    assert "A6 Ord som sårar (förra perioden: A5 En gemensam linje mot kränkande ord)" in page


def test_the_example_reuses_no_id_for_another_measure() -> None:
    report = check_content(ROOT / "content").report
    assert [str(p) for p in report if p.code in ("TP059", "TP031")] == []


def test_goals_with_errors_do_not_make_a_measure_another(tmp_path: Path) -> None:
    """An error in last period's mål leaves its goals unread: Solrosen's A1, whose title
    partly changed and whose goal says the same, is then not said to be another measure
    (TP059) besides that error."""
    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parents[2] / "content", content)
    earlier = content / "skolor" / "forskolan-solrosen" / "trygghetsplan" / "2025-26.yml"
    text = earlier.read_text(encoding="utf-8")
    earlier.write_text(text.replace("  - id: M1\n", "  - id: M1\n    extra: 1\n", 1))
    codes = [p.code for p in check_content(content, only=("forskolan-solrosen",)).report]
    assert "TP014" in codes and "TP059" not in codes
