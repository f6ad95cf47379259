"""A file that is a list or a text where keys and values belong (TP011) is told what it
should look like: the keys it starts with, and how to get there from what was written."""

from __future__ import annotations

from pathlib import Path

from ruletools import CYCLE, SCHOOL, Tree

WANTED = "filen ska börja med nycklar som namn:, skolformer: och beskrivning:"


def test_a_school_file_written_as_one_list_item_is_told_how_to_unindent(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    lines = tree.text(SCHOOL).splitlines(keepends=True)
    first = next(i for i, line in enumerate(lines) if line.startswith("namn:"))
    listed = [*lines[:first], "- " + lines[first], *("  " + line for line in lines[first + 1 :])]
    tree.path(SCHOOL).write_text("".join(listed), encoding="utf-8")
    [problem] = tree.problems("TP011")
    assert str(problem.location) == tree.at(SCHOOL, "- namn:")
    assert problem.message == (
        "filen är en lista (rader som börjar med -), men ska bestå av nycklar med värden"
    )
    assert problem.hint == (
        f"{WANTED}, inte med en lista (-): ta bort '- ' före den första nyckeln och de två "
        "mellanslagen i början av raderna under den, så att varje nyckel börjar längst till "
        "vänster"
    )


def test_a_school_file_that_is_a_text_is_told_its_first_keys(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.path(SCHOOL).write_text("Ekbackens skola\n", encoding="utf-8")
    [problem] = tree.problems("TP011")
    assert problem.message == "filen är en text, men ska bestå av nycklar med värden"
    assert problem.hint == f"{WANTED}, inte med en text, t.ex. namn: Ekbackens skola"


def test_an_annual_cycle_written_as_a_list_names_its_own_key(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.path(CYCLE).write_text("- id: a\n- id: b\n", encoding="utf-8")
    [problem] = tree.problems("TP011")
    assert problem.hint == "filen ska börja med nycklar som aktiviteter:, inte med en lista (-)"
