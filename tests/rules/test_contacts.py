"""Contacts are staff roles defined once in skola.yml; routines name them (TP057)."""

from __future__ import annotations

from pathlib import Path

from ruletools import ORGANISER, PLAN, SCHOOL, Tree

DEFAULTS = "kontaktpersoner: [Rektor, Mentor, Kurator, Skolsköterska, Trygghetsteamet]"


def test_an_unknown_role_in_the_plan_is_an_error_at_the_value(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PLAN, "rutiner:\n  kontaktpersoner: [Rektor, Kuratorn Anna 070-123 45 67]\n")
    [problem] = tree.problems("TP057")
    assert str(problem.location) == tree.at(PLAN, "Kuratorn Anna")
    assert problem.message == (
        "'Kuratorn Anna 070-123 45 67' är ingen roll under kontakter i "
        "content/skolor/ekbackens-skola/skola.yml"
    )
    assert problem.hint.startswith("skriv 'Rektor', 'Biträdande rektor', 'Kurator'")
    assert "'Mentor' eller 'Trygghetsteamet'" in problem.hint


def test_an_unknown_role_is_found_though_another_section_of_the_plan_has_an_error(
    tmp_path: Path,
) -> None:
    """Every problem in one run: the plan's rutiner are read while its kartläggning fails."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "datum: 2025-10-08", "datum: 2025-13")
    tree.append(PLAN, "rutiner:\n  kontaktpersoner: [Rektor, Elevcoach]\n")
    found = tree.check().report
    assert [p.code for p in found if p.code in {"TP015", "TP057"}] == ["TP015", "TP057"]


def test_roles_match_in_any_case(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PLAN, "rutiner:\n  kontaktpersoner: [rektor, KURATOR, trygghetsteamet]\n")
    assert not tree.problems("TP057")


def test_a_role_from_huvudman_must_exist_in_each_school_that_uses_it(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "  - roll: Mentor\n", "")
    tree.edit(PLAN, "vänd_dig_till: [Mentor, ", "vänd_dig_till: [")
    [problem] = tree.problems("TP057")
    # Told where huvudman.yml names the role (an editor's or GitHub's mark lands there), as
    # the school's own error: a school lacking a role never stops the other schools' sites.
    assert str(problem.location) == tree.at(ORGANISER, "Mentor, Kurator, Skolsköterska")
    assert problem.message == f"'Mentor' är ingen roll under kontakter i {SCHOOL}"
    assert problem.unit == SCHOOL
    assert not tree.problems("TP029")  # skola.yml's kontakter are still read and checked


def test_a_school_that_replaces_the_list_in_every_plan_needs_not_define_it(
    tmp_path: Path,
) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "  - roll: Mentor\n", "")
    tree.edit(PLAN, "vänd_dig_till: [Mentor, ", "vänd_dig_till: [")
    own = "rutiner:\n  kontaktpersoner: [Rektor, Kurator]\n"
    tree.append(PLAN, own)
    tree.append(PLAN.replace("2026-27", "2025-26"), own)
    assert not tree.problems("TP057")


def test_a_role_defined_twice_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "  - roll: Mentor\n", "  - roll: Mentor\n  - roll: mentor\n")
    [problem] = tree.problems("TP057")
    assert str(problem.location) == tree.at(SCHOOL, "mentor\n")
    assert problem.message == "rollen 'mentor' finns redan"


def test_the_organisers_list_is_as_the_example_has_it() -> None:
    text = (Path(__file__).parent / "fixture" / ORGANISER).read_text(encoding="utf-8")
    assert DEFAULTS in text


def test_a_role_named_twice_in_a_list_is_an_error_at_the_second(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.append(PLAN, "rutiner:\n  kontaktpersoner: [Kurator, Rektor, kurator]\n")
    [problem] = tree.problems("TP057")
    assert str(problem.location) == tree.at(PLAN, "kurator]")
    assert problem.message == "rollen 'kurator' står redan i listan"


def test_several_mentors_by_name_are_no_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    mentors = (
        "  - roll: Mentor\n    namn: Anna Berg\n    epost: anna.berg@strandvik.se\n"
        "  - roll: Mentor\n    namn: Per Ek\n    epost: per.ek@strandvik.se\n"
    )
    tree.edit(SCHOOL, "  - roll: Mentor\n", mentors)
    assert not tree.problems("TP057")


def test_a_role_given_twice_to_the_same_person_or_to_no_one_is_an_error(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    twice = (
        "  - roll: Mentor\n    namn: Per Ek\n  - roll: Mentor\n    namn: per ek\n  - roll: Mentor\n"
    )
    tree.edit(SCHOOL, "  - roll: Mentor\n", twice)
    found = tree.problems("TP057")
    assert [p.message for p in found] == ["rollen 'Mentor' finns redan"] * 2
    assert "flera mentorer" in found[0].hint


def test_a_unit_without_a_plan_takes_the_routine_with_the_roles_it_has(tmp_path: Path) -> None:
    """A förskola has no kurator: huvudman.yml's routine, shown for a unit that has no plan
    yet, leaves out the roles the unit lacks instead of stopping its site."""
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "  - roll: Mentor\n", "")
    for plan in tree.path(PLAN).parent.glob("*.yml"):
        plan.unlink()
    assert not tree.problems("TP057")
    assert tree.problems("TP101")  # the missing plan is still said
