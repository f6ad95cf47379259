"""What a plan may leave out: only what makes it unusable is required by the schema.

Fields the law requires are rule errors citing the law; good practice is a warning.
See schemas/README.md for the review, field by field.
"""

from __future__ import annotations

import re
from pathlib import Path

from ruletools import CYCLE, PLAN, Tree, triggers

FORM = re.compile(r"^TP0\d\d$")


def _drop(tree: Tree, display: str, *keys: str) -> None:
    """Remove top-level keys (and their indented lines) from a YAML file."""
    text = tree.text(display)
    for key in keys:
        text = re.sub(rf"(?m)^{key}:.*\n(?:[ #].*\n|\n)*", "", text)
    tree.path(display).write_text(text, encoding="utf-8")


def _drop_goals(tree: Tree) -> None:
    """No mål, and no åtgärd that names one."""
    text = re.sub(r"(?m)^    mål: M\d+\n", "", tree.text(PLAN))
    tree.path(PLAN).write_text(text, encoding="utf-8")
    _drop(tree, PLAN, "mål")


def _codes(tree: Tree) -> list[str]:
    return sorted({p.code for p in tree.check().report})


def test_a_draft_without_the_optional_parts_is_read_and_judged_by_the_rules(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    _drop_goals(tree)
    _drop(tree, PLAN, "vision", "utvärdering", "förankring", "samverkan", "riktlinjer")
    codes = _codes(tree)
    assert not [c for c in codes if FORM.match(c)]
    assert {"TP305", "TP109", "TP110", "TP106"} <= set(codes)


@triggers("TP113")
def test_a_plan_without_its_follow_up_is_a_legal_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _drop(tree, PLAN, "uppföljning_av_planen")
    [problem] = tree.problems("TP113")
    assert problem.severity.name == "ERROR"
    assert problem.message == "planen säger inte när och hur den följs upp och utvärderas"
    assert str(problem.location) == tree.at(PLAN, "beslut:")
    assert not tree.problems("TP107")


@triggers("TP305")
def test_a_plan_without_goals_is_a_warning(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    _drop_goals(tree)
    [problem] = tree.problems("TP305")
    assert problem.severity.name == "WARNING"
    assert problem.message == "planen har inga mål"


def test_a_goal_with_only_id_and_text_is_read_and_asks_for_the_rest(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    text = re.sub(r"(?m)^    (indikator|målnivå|datum):.*\n", "", text, count=0)
    tree.path(PLAN).write_text(text, encoding="utf-8")
    messages = [p.message for p in tree.problems("TP301")]
    assert "målet M1 har ingen målnivå" in messages
    assert "målet M1 har inget datum då det ska vara nått" in messages
    assert not [c for c in _codes(tree) if FORM.match(c)]


def test_measures_without_finish_responsible_or_follow_up_are_read(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = tree.text(PLAN)
    text = re.sub(r"(?m)^    (klart|uppföljning):.*\n", "", text)
    text = text.replace("    ansvarig: Mentorerna\n", "")
    tree.path(PLAN).write_text(text, encoding="utf-8")
    codes = _codes(tree)
    assert not [c for c in codes if FORM.match(c)]
    assert "TP105" not in codes  # ongoing åtgärder count from their start
    assert [p.message for p in tree.problems("TP302")] == ["åtgärden A1 har ingen ansvarig"]


def test_a_shared_survey_result_replaces_the_results_per_method(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = re.sub(r"(?m)^      resultat:.*\n(?:        .*\n)*", "", tree.text(PLAN))
    tree.path(PLAN).write_text(text, encoding="utf-8")
    missing = tree.problems("TP201")
    assert len(missing) == 4 and "resultatet av" in missing[0].message
    assert "kartläggning.resultat" in missing[0].hint
    shared = "  resultat: Enkäten och samtalen visade samma sak.\n"
    tree.edit(PLAN, "  metoder:\n", shared + "  metoder:\n")
    assert not tree.problems("TP201")


def test_a_ladder_step_needs_a_heading_or_a_text(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "    - rubrik: Tillsägelse och samtal\n      text:", "    - text:")
    assert not [c for c in _codes(tree) if FORM.match(c)]
    text = tree.text(PLAN)
    start = text.index("    - rubrik: Kontakt med hemmet")
    end = text.index("    - rubrik: Möte med elev")
    tree.path(PLAN).write_text(
        text[:start] + "    - ansvarig: Mentor\n" + text[end:], encoding="utf-8"
    )
    assert [c for c in _codes(tree) if FORM.match(c)]


def test_an_activity_without_responsible_or_audience_is_read(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    text = re.sub(r"(?m)^    (ansvarig|målgrupp):.*\n", "", tree.text(CYCLE))
    tree.path(CYCLE).write_text(text, encoding="utf-8")
    assert not [c for c in _codes(tree) if FORM.match(c)]
