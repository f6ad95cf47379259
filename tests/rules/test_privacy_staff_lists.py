"""TP404 on a hostile review's pupils published past the signs of staff: a role's word in
a heading, an intro line or a label excuses a name only in a list of staff (a line that
only joins a name and a class, under a heading that names staff and nothing else); a
table's row is staff's only by its role cell or a staff heading, never by a phone or an
e-mail column; a pupil's duty as a table's head names pupils. And the staff lists a plan
writes so are still clean.
"""

from __future__ import annotations

import pytest

from generator.rules.mentions import pupil_mentions

TABLE = "| {heads} |\n|{rule}\n| {cells} |"


def _table(heads: str, cells: str) -> str:
    return TABLE.format(heads=heads, rule="---|" * (heads.count("|") + 1), cells=cells)


PUPILS = [
    # A role's word in an intro or a label that says what staff did, or harm after it
    ("Trygghetsteamet utreder: Saga i 4B blev slagen på rasten.", ["Saga"]),
    ("Kuratorn har träffat:\n\n- Liam i 5A\n- Ebba i 6B", ["Liam", "Ebba"]),
    ("Rektor har fått anmälan:\n\n- Zelda i 4B blev slagen", ["Zelda"]),
    ("## Mentorernas rapport\n\n- Saga – 4B, retad på rasten", ["Saga"]),
    ("## Mentorer\n\n- Noor (6A) fick hjälp efter bråk", ["Noor"]),
    ("Samtal med kurator: Saga i 4B", ["Saga"]),
    ("Ansvarig lärare: Saga i 4B", ["Saga"]),
    # A table of pupils with a role, a duty or a way to reach them
    (_table("Namn | Klass | Roll", "Tove | 4B | Ordförande"), ["Tove"]),
    (_table("Namn | Klass | Uppdrag", "Tove | 4B | "), ["Tove"]),
    (_table("Namn | Klass | Funktion", "Tove | 4B | "), ["Tove"]),
    (_table("Namn | Klass | Kontakt", "Tove | 4B | "), ["Tove"]),
    (_table("Namn | Klass | Telefon", "Tove | 4B | "), ["Tove"]),
    (_table("Namn | Klass | Telefon", "Tove | 4B | 070-123 45 67"), ["Tove"]),
    (_table("Namn | Klass | E-post", "Tove | 4B | tove@skola.se"), ["Tove"]),
    (_table("Namn | Klass | Telefon", "Anna Berg | 7A | 070-123 45 67"), ["Anna Berg"]),
    (_table("Kamratstödjare | Klass", "Tove | 4B"), ["Tove"]),
    (_table("Elevrådsledamot | Klass", "Tove | 4B"), ["Tove"]),
    # A heading that names a pupil group, with their mentors
    ("## Kamratstödjare och deras mentorer\n\n- Ella – 4B", ["Ella"]),
    ("## Elevrådet med mentorer\n\n- Saga – 4B", ["Saga"]),
    # A staff heading over a table whose row says what happened
    ("## Mentorer\n\n" + _table("Namn | Klass | Not", "Saga | 4B | blev slagen"), ["Saga"]),
]


@pytest.mark.parametrize(("text", "names"), PUPILS)
def test_a_pupil_past_a_role_s_word_is_found(text: str, names: list[str]) -> None:
    assert [name for _index, name in pupil_mentions(text)] == names


STAFF = [
    "## Mentorer\n\n" + _table("Namn | Klass", "Karin Ek | 2A"),
    _table("Namn | Klass | Roll", "Anna Berg | 7A | Mentor"),
    _table("Namn | Klass | Uppdrag", "Anna Berg | 7A | Speciallärare"),
    "## Våra mentorer\n\n- Anna Berg – 7A\n- Per Ek – 7B",
    "Mentorernas kontaktuppgifter:\n\n- Maria Holm, 8B\n- Per Ek, 9A",
    "Mentor i 4B: Anna Berg",
    "Mentor: Anna Berg, 7A",
]


@pytest.mark.parametrize("text", STAFF)
def test_a_list_of_staff_names_no_pupil(text: str) -> None:
    assert list(pupil_mentions(text)) == []


@pytest.mark.parametrize(
    "said",
    [
        "id 'samtal-saga-4b' finns redan",
        "åtgärden samtal-saga-4b saknar ansvarig",
        "::error file=plan.yml,line=3::id samtal-saga-4b används två gånger",
        "sidan saga-i-4b.md länkar till en sida som inte finns",
    ],
)
def test_an_id_that_names_a_pupil_is_cut_out_of_other_messages(said: str) -> None:
    """An id in small letters names a pupil as the name rule reads ids (TP203's, TP030's
    messages quote ids); it is cut out whole."""
    from generator.check.unnamed import HIDDEN, without_pupils

    cut = without_pupils(said)
    assert HIDDEN in cut
    assert "saga" not in cut.lower()


@pytest.mark.parametrize("said", ["id 'a2-4b-rastaktiviteter' finns redan", "m1-4b-ht25"])
def test_an_id_without_a_name_stays_in_the_message(said: str) -> None:
    from generator.check.unnamed import without_pupils

    assert without_pupils(said) == said


@pytest.mark.parametrize(
    "text",
    [
        "## Mentorer läsåret 2026/27\n\n- Anna Berg (4A)\n- Karin Ström (4B)",
        "Mentorer ht 2026:\n- Anna Berg (4A)\n- Karin Ström (4B)",
        "## Mentorer\n\nHär hittar du mentorerna för varje klass.\n\n- Anna Berg (4A)",
        "## Mentorer\n\n- Anna Berg (4A), anna.berg@strandvik.se\n- Per Ek (4B), 0480-45 12 20",
        "## Mentorer\n\n- Anna Berg (4A, svenska och SO)\n- Per Ek (4B, matematik)",
    ],
)
def test_a_mentor_list_as_schools_write_it_names_staff(text: str) -> None:
    """A period in the heading, a line of prose before the list, an item's e-mail address,
    phone number or subjects: still a list of staff."""
    assert list(pupil_mentions(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("## Mentorer\n\nDe här eleverna har fått stöd.\n\n- Saga (4A)", "Saga"),
        ("## Mentorer\n\n- Saga (4A), retad på rasten", "Saga"),
        ("## Elever läsåret 2026/27\n\n- Saga (4A)", "Saga"),
        ("## Mentorer\n\nKuratorn har träffat:\n\n- Saga (4A)", "Saga"),
    ],
)
def test_pupils_under_a_staff_heading_are_still_found(text: str, name: str) -> None:
    assert [found for _, found in pupil_mentions(text)] == [name]
