"""TP011's hint rewrites a value of the wrong kind as the schema wants it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.check.run import check_content
from generator.problems import Severity
from generator.validate.typehints import type_hint

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("wanted", "written", "hint"),
    [
        (["array"], "kön, ålder", "skriv en lista inom hakparenteser, t.ex. [kön, ålder]"),
        (["array"], "a, b och c", "skriv en lista inom hakparenteser, t.ex. [a, b, c]"),
        (["array"], 4, "skriv en lista inom hakparenteser, t.ex. [4]"),
        (["integer"], "10", "ta bort citattecknen, så att värdet är ett tal: 10"),
        (["integer"], "Tio", "skriv talet med siffror, t.ex. 10"),
        (["string"], 2026, 'sätt citattecken runt värdet, t.ex. "2026"'),
        (["string"], None, "fyll i ett värde efter kolonet"),
    ],
)
def test_the_value_as_it_should_be_written(wanted: list[str], written: object, hint: str) -> None:
    assert type_hint(wanted, written, {}) == hint


def test_otherwise_the_schema_s_example_or_the_kind() -> None:
    schema = {"examples": [{"från": "2026-08-17", "till": "2027-08-15"}]}
    assert type_hint(["object"], "2026", schema) == (
        "skriv värdet som i exemplet {från: 2026-08-17, till: 2027-08-15}"
    )
    assert type_hint(["object"], [1], {}) == (
        "skriv värdet med nycklar och värden, t.ex. {nyckel: värde}"
    )


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        (
            "beslut: 2026-08-14\n",
            r"skriv värdet med sina nycklar, t\.ex\. "
            r"\{datum: 2026-08-14, rektor: Maria Lindqvist\}",
        ),
        (
            "beslut: Karin Dahl 14 augusti\n",
            # the schema's example date, moved near today (`exampledates.recent`)
            r"skriv värdet med sina nycklar, t\.ex\. "
            r"\{datum: 20\d\d-08-18, rektor: Maria Lindqvist\}",
        ),
    ],
)
def test_a_value_written_where_keys_belong_shows_the_keys(
    tmp_path: Path, written: str, hint: str
) -> None:
    """`beslut: 2026-08-14` is the commonest slip: the message shows the keys the field
    takes (a date written goes under the key for the date), and no schema words."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    plan = content / "skolor" / "ekbackens-skola" / "trygghetsplan" / "2026-27.yml"
    text = plan.read_text(encoding="utf-8")
    start = text.index("beslut: {")
    end = text.index("\n", start) + 1
    plan.write_text(text[:start] + written + text[end:], encoding="utf-8")
    found = [p for p in check_content(content).report if p.code == "TP011"]
    [problem] = [p for p in found if p.location.file.endswith("2026-27.yml")]
    assert re.fullmatch(hint, problem.hint)
    assert "mappning" not in problem.format()


def test_a_personnummer_is_never_echoed() -> None:
    hint = type_hint(["array"], "121212-1212", {"examples": [["kön"]]})
    assert "1212" not in hint and hint == "skriv värdet som i exemplet [kön]"


def test_a_list_of_mappings_is_shown_by_the_example() -> None:
    """ "trygghetsteam: Rektor Karin Dahl" as [Rektor Karin Dahl] would be a second error."""
    schema = {"items": {"type": "object"}, "examples": [[{"roll": "Rektor", "namn": "Eva"}]]}
    assert type_hint(["array"], "Rektor Karin Dahl", schema) == (
        "skriv värdet som i exemplet [{roll: Rektor, namn: Eva}]"
    )


@pytest.mark.parametrize(
    ("written", "shown"),
    [("true", "skriv ett av värdena"), ("{}", "skriv ett av värdena"), ("", "fyll i ett värde")],
)
def test_a_value_of_the_wrong_kind_in_a_field_of_fixed_values_is_one_problem(
    tmp_path: Path, written: str, shown: str
) -> None:
    """Not TP011 and TP013 for one mistake, and never Python's 'None' or 'True'."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    cycle = content / "skolor" / "ekbackens-skola" / "arshjul.yml"
    text = cycle.read_text(encoding="utf-8")
    cycle.write_text(text.replace("steg: förankring", f"steg: {written}", 1), encoding="utf-8")
    found = [p for p in check_content(content).report if p.location.file.endswith("arshjul.yml")]
    [problem] = [p for p in found if p.severity is Severity.ERROR]
    assert problem.code == "TP011" and shown in problem.format()
    assert "None" not in problem.format() and "True" not in problem.format()


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("38231", 'sätt citattecken runt värdet, t.ex. "382 31"'),  # the Swedish form
        ("3823", 'sätt citattecken runt värdet, t.ex. "3823"'),  # not five digits: as written
    ],
)
def test_a_postnummer_written_as_a_number_is_shown_in_its_form(
    tmp_path: Path, written: str, hint: str
) -> None:
    """`postnummer: 38231` is a number to YAML; the hint shows it as the example writes a
    postnummer ("382 31"), not as "38231"."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    school = content / "skolor" / "ekbackens-skola" / "skola.yml"
    text = school.read_text(encoding="utf-8")
    school.write_text(text.replace('postnummer: "382 31"', f"postnummer: {written}"), "utf-8")
    found = [p for p in check_content(content).report if p.code == "TP011"]
    [problem] = [p for p in found if p.location.file.endswith("skola.yml")]
    assert problem.message == "måste vara text" and "postnummer" in problem.format()
    assert problem.hint == hint
