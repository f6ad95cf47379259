"""A school's folder whose name is no id (TP033) is told the id its own name gives, and
whether another school already has it: never a fixed example that may be taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruletools import SCHOOL_DIR, Tree

from generator.load.idhints import id_from

RULE = "bara små bokstäver a–z, siffror och bindestreck (å, ä och ö blir a, a och o)"


def folder_hint(tmp_path: Path, folder: str) -> str:
    tree = Tree(tmp_path)
    copy = tree.path(f"content/skolor/{folder}")
    copy.mkdir()
    (copy / "skola.yml").write_text(tree.text(f"{SCHOOL_DIR}/skola.yml"), encoding="utf-8")
    [problem] = tree.problems("TP033")
    assert problem.location.file == f"content/skolor/{folder}"
    return problem.hint


def test_a_name_that_an_other_school_has_as_its_id_says_so(tmp_path: Path) -> None:
    assert folder_hint(tmp_path, "Ekbackens-skola") == (
        "ekbackens-skola är redan en annan skolas mapp: är den här mappen en kopia av den, "
        "ta bort den; annars byt namn på den till ett eget skol-id, t.ex. ekbackens-skola-2"
    )


@pytest.mark.parametrize(
    ("folder", "wanted"),
    [("skola-😀", "skola"), ("Ängsskolan", "angsskolan"), ("Björk skolan", "bjork-skolan")],
)
def test_a_name_is_made_into_its_own_id(tmp_path: Path, folder: str, wanted: str) -> None:
    assert (
        folder_hint(tmp_path, folder) == f"byt namn på mappen till {wanted}: ett skol-id har {RULE}"
    )


def test_a_name_with_nothing_to_make_an_id_of_asks_for_the_schools_name(tmp_path: Path) -> None:
    assert folder_hint(tmp_path, "😀") == f"byt namn på mappen till skolans namn med {RULE}"


def test_ids_keep_letters_and_digits_and_drop_accents() -> None:
    assert id_from("Crème Brûlée 2") == "creme-brulee-2"
    assert id_from("Förskolan Solrosen") == "forskolan-solrosen"


def test_a_name_too_long_for_an_id_is_told_its_limit(tmp_path: Path) -> None:
    """A 236-character id passed the check and failed the build (its cache file's name is
    longer than a file system allows): the check says how long an id may be."""
    assert folder_hint(tmp_path, "a" * 65) == (
        f"byt namn på mappen till ett kortare skol-id, högst 64 tecken, t.ex. {'a' * 64}"
    )
