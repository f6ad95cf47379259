"""Every problem in one run: the rules run on each section without errors.

A section (a top-level key such as `åtgärder`) with an error is skipped by the rules
that read it, with one TP029 upplysning, and never gives a finding of its own; the
other sections are checked as usual, so a form error does not hide a legal one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ruletools import CYCLE, ORGANISER, PLAN, PREVIOUS, SCHOOL, TODAY, Tree

from generator.check.run import check_content
from generator.cli.main import main
from generator.problems import Problem, Severity
from generator.rules.engine import RULES
from generator.validate.schemas import load_schemas
from generator.validate.sectionkeys import section_names
from generator.validate.sections import PLACING
from generator.validate.standins import STAND_INS

# Rules that read a plan's åtgärder, and those that read its kartläggning.
MEASURE_RULES = {code for code, r in RULES.items() if "trygghetsplan.åtgärder" in r.reads}
SURVEY_RULES = {code for code, r in RULES.items() if "trygghetsplan.kartläggning" in r.reads}


def _only_promoting(tree: Tree) -> None:
    """A legal defect: no förebyggande åtgärd in the current plan (TP104)."""
    text = tree.text(PLAN).replace("typ: förebyggande", "typ: främjande")
    tree.path(PLAN).write_text(text, encoding="utf-8")


def _notes(problems: list[Problem]) -> list[str]:
    return [f"{p.location}: {p.message}" for p in problems if p.code == "TP029"]


def test_a_form_error_in_one_section_does_not_hide_a_legal_finding(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "datum: 2025-10-08", "datum: hösten")
    _only_promoting(tree)
    found = list(tree.check().report)
    [form] = [p for p in found if p.code == "TP015"]
    assert form.field == "kartläggning.metoder (id: K1).datum"
    [legal] = [p for p in found if p.code == "TP104"]
    assert str(legal.location) == tree.at(PLAN, "- id: A1", 2)
    assert _notes(found) == [
        f"{tree.at(PLAN, 'kartläggning:')}: avsnittet 'kartläggning' har fel, så de andra "
        "kontrollerna av det har inte gjorts"
    ]
    assert not {p.code for p in found} & SURVEY_RULES


def test_a_section_with_an_error_gives_no_follow_on_finding(tmp_path: Path) -> None:
    """A measure that fails its schema is not 'missing' to the rules about measures."""
    tree = Tree(tmp_path)
    text = tree.text(PLAN).replace("typ: förebyggande", "typ: förebyggand")
    tree.path(PLAN).write_text(text.replace("ansvarig: Kurator", "ansvarig: FYLL I"), "utf-8")
    tree.edit(PLAN, "trakasserier, sexuella trakasserier]", "trakasserier]")  # TP109: riktlinjer
    found = list(tree.check().report)
    codes = {p.code for p in found}
    assert "TP013" in codes and "TP109" in codes
    assert not codes & MEASURE_RULES  # no TP104 "bara främjande", no TP302 "ingen ansvarig"
    assert "TP127" in codes  # the text rules still read the file as written (its FYLL I)
    assert _notes(found) == [
        f"{tree.at(PLAN, 'åtgärder:', 2)}: avsnittet 'åtgärder' har fel, så de andra "
        "kontrollerna av det har inte gjorts"
    ]


def test_a_plan_that_cannot_be_placed_in_time_skips_the_plan_rules(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "till: 2027-08-15", "till: sommaren")
    tree.edit(PLAN, "vision: >-\n", "vision: >-\n  Enligt SKOLFS 2012:10, 811218-9876.\n")
    _only_promoting(tree)
    found = list(tree.check().report)
    codes = {p.code for p in found}
    plan_rules = {
        c for c, r in RULES.items() if any(s.startswith("trygghetsplan.") for s in r.reads)
    }
    assert not codes & plan_rules  # no TP101 "ingen plan gäller", no TP104
    assert "TP401" in codes  # the personnummer is found all the same
    [note] = _notes(found)
    assert note.startswith(tree.at(PLAN, "giltighet:"))
    assert "'giltighet' har fel, så trygg vet inte vilka dagar planen gäller" in note


def test_errors_in_several_sections_of_a_file_are_one_note(tmp_path: Path) -> None:
    """Before, a TP029 followed each section's error and doubled the output."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "datum: 2025-10-08", "datum: hösten")
    tree.edit(PLAN, "typ: förebyggande", "typ: förebyggand")
    assert _notes(list(tree.check().report)) == [
        f"{tree.at(PLAN, 'kartläggning:')}: avsnitten 'kartläggning' och 'åtgärder' har fel, "
        "så de andra kontrollerna av dem har inte gjorts"
    ]


def test_a_decision_without_rektor_is_not_said_to_leave_the_plan_out_of_time(
    tmp_path: Path,
) -> None:
    """Before: "planen då inte kan placeras i tiden" for a missing beslut.rektor."""
    tree = Tree(tmp_path)
    tree.edit(
        PLAN, "beslut: {datum: 2026-08-17, rektor: Maria Lindqvist}", "beslut: {datum: 2026-08-17}"
    )
    [note] = _notes(list(tree.check().report))
    assert note == (
        f"{tree.at(PLAN, 'beslut:')}: 'beslut' har fel, så trygg vet inte om och när planen är "
        "beslutad, och de andra kontrollerna av skolans planer har inte gjorts"
    )


def test_an_error_in_skola_yml_leaves_the_plan_rules_running(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "  - roll: Rektor\n", "  - rolle: Rektor\n")
    _only_promoting(tree)
    found = list(tree.check().report)
    assert {"TP014", "TP104"} <= {p.code for p in found}
    assert "TP012" not in {p.code for p in found}  # roll is there, misspelt: told once
    assert _notes(found) == [
        f"{tree.at(SCHOOL, 'kontakter:')}: avsnittet 'kontakter' har fel, så de andra "
        "kontrollerna av det har inte gjorts"
    ]


def test_a_file_that_cannot_be_read_is_skipped_as_a_whole(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(CYCLE, "aktiviteter:", "aktiviteter: [")
    _only_promoting(tree)
    found = list(tree.check().report)
    assert {"TP003", "TP104"} <= {p.code for p in found}
    assert "TP107" not in {p.code for p in found}  # the årshjul's steps are unknown
    [note] = [p for p in found if p.code == "TP029"]
    assert (str(note.location), note.severity) == (f"{CYCLE}:1:1", Severity.INFO)
    assert note.message == "filen har fel, så de andra kontrollerna av den har inte gjorts"
    assert (
        note.hint == "rätta felen, så görs resten av kontrollerna (fler problem kan komma fram då)"
    )


def test_a_misspelt_regelprofil_in_huvudman_yml_stops_every_rule(tmp_path: Path) -> None:
    """Without the profile a rule the huvudman switched off would run: none does."""
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "regelprofil:", "regelprofilen:")
    _only_promoting(tree)
    found = list(tree.check().report)
    assert not [p for p in found if p.code >= "TP100"]
    assert _notes(found) == [
        f"{tree.at(ORGANISER, 'regelprofilen:')}: 'regelprofil' har fel, så inga kontroller "
        "av innehållet har gjorts"
    ]


def test_an_error_in_huvudmans_rutiner_skips_the_routine_rules_only(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(ORGANISER, "  utredning: |", "  utredningen: |")
    _only_promoting(tree)
    found = list(tree.check().report)
    codes = {p.code for p in found}
    assert "TP104" in codes
    routine_rules = {c for c, r in RULES.items() if "huvudman.rutiner" in r.reads}
    assert routine_rules and not codes & routine_rules
    line = tree.text(ORGANISER).splitlines().index("rutiner:") + 1
    assert _notes(found) == [
        f"{ORGANISER}:{line}:1: avsnittet 'rutiner' har fel, så de andra kontrollerna av det "
        "har inte gjorts"
    ]


def test_the_machine_formats_carry_the_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795608000")  # 2026-11-25
    tree = Tree(tmp_path)
    tree.edit(PLAN, "datum: 2025-10-08", "datum: hösten")
    argv = ["check", str(tmp_path / "content"), "--format", "json", "--ingen-cache"]
    with pytest.raises(SystemExit):
        main(argv)
    problems = json.loads(capsys.readouterr().out)["problem"]
    [note] = [p for p in problems if p["code"] == "TP029"]
    assert note["severity"] == "info" and "'kartläggning'" in note["message"]


def test_the_cache_gives_the_same_skipped_sections(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "datum: 2025-10-08", "datum: hösten")
    content, cache = tmp_path / "content", tmp_path / "cache"
    runs = [check_content(content, today=TODAY, cache_dir=d) for d in (None, cache, cache)]
    assert runs[0].report.sorted() == runs[1].report.sorted() == runs[2].report.sorted()
    assert _notes(runs[2].report.sorted())


@pytest.mark.parametrize("kind", STAND_INS)
def test_every_required_section_has_a_stand_in(kind: str) -> None:
    """Without one, an error in a new required section would skip the whole file."""
    required = set(load_schemas()[f"{kind}.schema.json"]["required"]) - set(PLACING)
    assert required <= set(STAND_INS[kind])


def test_previous_plan_errors_are_named_where_they_are(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PREVIOUS, "typ: förebyggande", "typ: x")
    found = list(tree.check().report)
    [note] = _notes(found)
    assert note.startswith(f"{PREVIOUS}:")
    assert "TP106" not in {p.code for p in found}  # it reads last period's åtgärder


def test_every_section_a_rule_reads_exists() -> None:
    """A misspelt section would never be skipped, and the rule would read a stand-in."""
    known = {f"{kind}.{key}" for kind in STAND_INS for key in section_names(kind)}
    assert {section for r in RULES.values() for section in r.reads} <= known


def test_a_missing_file_is_told_once_by_tp038_without_a_note(tmp_path: Path) -> None:
    """arshjul.yml got TP038 "filen saknas" and a TP029 "filen saknas" beside it."""
    tree = Tree(tmp_path)
    tree.path(CYCLE).unlink()
    found = list(tree.check().report)
    assert [str(p.location.file) for p in found if p.code == "TP038"] == [CYCLE]
    assert not [p for p in found if p.code == "TP029"]


def test_a_misnamed_huvudman_file_gets_no_note_about_the_missing_name(tmp_path: Path) -> None:
    """huvudman.yaml gave TP038 there, and a TP029 at huvudman.yml:1:1, a file not there."""
    tree = Tree(tmp_path)
    tree.path(ORGANISER).rename(tree.path(ORGANISER).with_suffix(".yaml"))
    found = list(tree.check().report)
    [told] = [p for p in found if p.code == "TP038"]
    assert str(told.location) == "content/huvudman.yaml:1:1"
    assert not [p for p in found if p.code == "TP029"]
