"""Values the YAML loader cannot make, keys that are not names and files that hold only a
number: each is a Swedish problem at its place, and the check goes on to the end."""

from __future__ import annotations

from pathlib import Path

import examplecopy
import pytest
from examplecopy import edited

from generator.check.run import check_content
from generator.problems import Problem, Severity

PLAN = Path("skolor/strandskolan/trygghetsplan/2026-27.yml")
EARLIER = Path("skolor/strandskolan/trygghetsplan/2025-26.yml")
PAGE = Path("skolor/strandskolan/sidor/trygghetsteamet.md")


content = examplecopy.content  # this module's copy of the example (a fixture)


def errors_after(content: Path, file: Path, edit: str) -> list[Problem]:
    with edited(content / file, lambda original: edit.format(original=original)):
        return [p for p in check_content(content).report if p.severity is Severity.ERROR]


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("!!int abc", "taggar (!) är inte tillåtna"),
        ("!!int ''", "taggar (!) är inte tillåtna"),
        ("!!float abc", "ta bort taggen (!!float)"),
        ("!!bool abc", "ta bort taggen (!!bool)"),
        ("!!timestamp 2026-13-45", "ta bort taggen (!!timestamp)"),
        ("!!binary aGVq", "ta bort taggen (!!binary)"),
        ("1" * 5000, "är för långt för att läsas"),
    ],
)
def test_a_value_the_loader_cannot_make_is_a_problem_where_it_stands(
    content: Path, value: str, says: str
) -> None:
    found = errors_after(content, PLAN, "{original}extra: " + value + "\n")
    [problem] = [p for p in found if p.code == "TP003"]
    assert says in problem.format()
    lines = (content / PLAN).read_text(encoding="utf-8").count("\n")
    assert (problem.location.line, problem.location.column) == (lines + 1, 8)


def test_a_key_written_as_a_number_true_or_null_is_named_at_the_first(content: Path) -> None:
    found = errors_after(content, PLAN, "{original}extra: {{1: a, null: b, true: c}}\n")
    [problem] = [p for p in found if p.code == "TP003"]
    assert "nyckeln '1' är inte ett namn" in problem.message
    assert problem.location.column == 9  # the 1 after "extra: {"


@pytest.mark.parametrize("data", ["2026", "true", "1.5"])
def test_a_first_plan_that_holds_only_a_number_is_reported(content: Path, data: str) -> None:
    found = errors_after(content, EARLIER, data + "\n")
    assert [p.location.file for p in found if p.code == "TP011"] == [f"content/{EARLIER}"]


def test_a_plan_file_whose_ending_is_in_capitals_is_named(content: Path) -> None:
    """2027.YML is not read as a plan: the check names the file instead of passing it by."""
    plans = content / "skolor" / "lovangens-skola" / "trygghetsplan"
    (plans / "2027.YML").write_text((plans / "2026.yml").read_text(encoding="utf-8"))
    try:
        found = [p for p in check_content(content).report if p.code == "TP035"]
    finally:
        (plans / "2027.YML").unlink()
    assert [p.format() for p in found] == [
        "content/skolor/lovangens-skola/trygghetsplan/2027.YML:1:1: fel TP035 filändelsen .YML "
        "läses inte som en plan – döp om filen till 2027.yml: trygg läser bara filer som slutar "
        "på .yml"
    ]


@pytest.mark.parametrize(
    ("file", "old", "new", "says"),
    [
        (PAGE, "titel: Trygghetsteamet", 'titel: "   "', "titel: får inte vara tom"),
        (PAGE, "titel: Trygghetsteamet", "titel: " + "Lång " * 30, "titel: texten är för lång"),
        (PAGE, "ordning: 20", "ordning: 1" + "0" * 400, "ordning: får vara högst 9999"),
        (PLAN, "titel: ", 'titel: "  " #', "titel: får inte vara tom"),
    ],
)
def test_a_blank_or_absurd_title_is_told(
    content: Path, file: Path, old: str, new: str, says: str
) -> None:
    """Blanks alone are no title (the menu would show an empty line), and a menu line or
    an åtgärd's name has a sensible length."""
    found = errors_after(content, file, "{original}")
    assert not [p for p in found if p.location.file == f"content/{file}"]
    assert old in (content / file).read_text(encoding="utf-8")
    with edited(content / file, lambda original: original.replace(old, new, 1)):
        report = check_content(content).report
    told = [p.format() for p in report if p.location.file == f"content/{file}"]
    assert any(says in line for line in told), told
