"""Values that look alike are alike: a role, key or name typed with ö as o and a
combining diaeresis (NFD) is the one typed with ö; one with an invisible character
(U+200B and the like) is refused or told apart in words, never suggested as itself."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from ruletools import CYCLE, ORGANISER, PLAN, SCHOOL, Tree

from generator.invisible import INVISIBLE_KINDS, first_invisible
from generator.load.paths import PathRefused, resolve_inside
from generator.text import as_read
from generator.validate.schemas import validator

DECOMPOSED = unicodedata.normalize("NFD", "Skolsköterska")


def test_a_role_saved_decomposed_is_the_role(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "  - roll: Skolsköterska", f"  - roll: {DECOMPOSED}")
    assert DECOMPOSED in tree.text(SCHOOL)
    assert ", Skolsköterska," in tree.text(ORGANISER)  # huvudman.yml names it composed
    assert not tree.problems("TP057")


def test_a_key_saved_decomposed_is_the_key(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "  vänd_dig_till:", "  " + unicodedata.normalize("NFD", "vänd_dig_till:"))
    assert not [p for p in tree.check().report if p.severity.name == "ERROR"]


def test_columns_count_the_characters_as_written(tmp_path: Path) -> None:
    """A decomposed ö is two characters in the file: a problem after it on the same line
    is at the column an editor shows."""
    tree = Tree(tmp_path)
    tree.edit(PLAN, "vänd_dig_till: [", f"vänd_dig_till: [{DECOMPOSED}, Elevcoach, ")
    [problem] = tree.problems("TP057")
    assert str(problem.location) == tree.at(PLAN, "Elevcoach")


def test_two_keys_that_differ_only_in_their_form_are_one_key_twice(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    decomposed = unicodedata.normalize("NFD", "vänd_dig_till")
    tree.edit(PLAN, "  vänd_dig_till: [", f"  {decomposed}: [Rektor]\n  vänd_dig_till: [")
    [problem] = tree.problems("TP004")
    assert "förekommer två gånger" in problem.message


def test_a_role_with_an_invisible_character_is_told_so(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "vänd_dig_till: [", "vänd_dig_till: [Skol\u200bsköterska, ")
    [problem] = tree.problems("TP057")
    assert str(problem.location) == tree.at(PLAN, "Skol\u200bsköterska")
    assert problem.message == (
        "'Skol⟨U+200B⟩sköterska' är ingen roll under kontakter i "
        "content/skolor/ekbackens-skola/skola.yml: den ser ut som 'Skolsköterska' men har "
        "ett osynligt tecken, U+200B (nollbreddsmellanslag), efter 'Skol' (tecken 5)"
    )
    assert problem.hint == "radera värdet och skriv Skolsköterska på nytt"


def test_a_school_name_with_a_zero_width_space_is_refused_where_it_is(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(SCHOOL, "namn: Ekbackens skola", 'namn: "Ekbac\\u200bkens skola"')
    [problem] = tree.problems("TP015")
    assert str(problem.location) == tree.at(SCHOOL, '"Ekbac')
    assert problem.message == (
        "'Ekbac⟨U+200B⟩kens skola' har ett osynligt tecken, U+200B (nollbreddsmellanslag), "
        "efter 'Ekbac' (tecken 6)"
    )
    assert problem.hint.startswith("ta bort tecknet")


INVISIBLE = [
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u200e",
    "\u200f",
    "\u00ad",
    "\u2028",
    "\u2029",
]
NAMES = [
    "skola.schema.json#/properties/namn",
    "skola.schema.json#/properties/kontakter/items/properties/roll",
    "huvudman.schema.json#/properties/namn",
    "sida.schema.json#/properties/titel",
    "rapport.schema.json#/properties/titel",
    "arshjul.schema.json#/definitions/aktivitet/properties/namn",
    "trygghetsplan.schema.json#/properties/åtgärder/items/properties/titel",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("char", INVISIBLE)
def test_names_and_titles_refuse_invisible_characters(name: str, char: str) -> None:
    rule = validator(name)
    assert rule.is_valid("Ekbackens skola – Åsa-Lenas klass 4B (F–6)")
    assert not rule.is_valid(f"Ekbac{char}kens skola")


def test_the_schema_refuses_every_format_character_python_knows() -> None:
    rule = validator("skola.schema.json#/definitions/synlig_text")
    refused = [c for c in map(chr, range(0x10000)) if unicodedata.category(c) in INVISIBLE_KINDS]
    allowed = [c for c in refused if c not in "\t\n\r" and rule.is_valid(f"a{c}b")]
    assert [f"U+{ord(c):04X}" for c in allowed] == []


def test_names_that_look_alike_are_the_same_name() -> None:
    """TP066 compares names as a reader sees them."""
    written = ["Ekbäckens skola", "Ekba\u0308ckens skola", "Ekbäc\u200bkens skola"]
    assert len({as_read(name) for name in written}) == 1


def test_an_enum_value_with_an_invisible_character_is_told_so(tmp_path: Path) -> None:
    tree = Tree(tmp_path)
    tree.edit(PLAN, "status: delvis", 'status: "del\\u2060vis"')
    [problem] = tree.problems("TP013")
    assert str(problem.location) == tree.at(PLAN, '"del')
    assert problem.message == (
        "'del⟨U+2060⟩vis' är inte ett tillåtet värde: den ser ut som 'delvis' men har "
        "ett osynligt tecken, U+2060 (ordsammanfogare), efter 'del' (tecken 4)"
    )
    assert problem.hint == "radera värdet och skriv delvis på nytt"


def test_a_file_named_decomposed_is_found_by_its_composed_name(tmp_path: Path) -> None:
    """A photo copied from a Mac may be named with å as a and a ring; the value naming it
    is read composed, and still finds it."""
    folder = tmp_path / "skola"
    (folder / "foton").mkdir(parents=True)
    (folder / "foton" / unicodedata.normalize("NFD", "åsa.jpg")).write_bytes(b"x")
    found = resolve_inside("foton/åsa.jpg", folder, folder)
    assert found.read_bytes() == b"x"
    with pytest.raises(PathRefused):
        resolve_inside("foton/asa.jpg", folder, folder)


@pytest.mark.parametrize(
    ("written", "joins"),
    [
        ("👩\u200d👩\u200d👧\u200d👦 Familjedag", True),  # a family: one pictograph seen
        ("❤\ufe0f\u200d🔥 Vänskapsveckan", True),  # after the emoji form's selector
        ("🏳\ufe0f\u200d🌈 Prideveckan", True),
        ("Sa\u200dga", False),  # between letters it hides a difference
        ("👩\u200d Familjedag", False),
        ("Lucia \u200d👑", False),
        ("7\u200d🎉", False),
    ],
)
def test_an_emoji_sequences_joiner_is_no_invisible_character(
    tmp_path: Path, written: str, joins: bool
) -> None:
    """The schema (`synlig_text`) and the messages (`invisible.first_invisible`) agree:
    a joiner between two pictographs makes one a reader sees; anywhere else it is refused."""
    rule = validator("skola.schema.json#/definitions/synlig_text")
    assert rule.is_valid(written) is joins
    assert (first_invisible(written) is None) is joins
    tree = Tree(tmp_path)
    escaped = written.encode("unicode_escape").decode().replace("\\x", "\\u00")
    tree.edit(CYCLE, "namn: Planen presenteras för eleverna", f'namn: "{escaped}"')
    assert (tree.problems("TP015") == []) is joins
