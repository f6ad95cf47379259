"""TP404 on long hostile pages: what is remembered once per text (`rules.textindex`, the
staff signs' lines, labels and headings, a table's rows) finds exactly what reading back
and ahead from each name found, and a page of thousands of names has them all.

The plain ways are kept here as they were: each search from the name, each heading
searched up for, each table's rows read for its own header. (How long a hostile page
takes is measured by `benchmarks/hostile.py`, not here.)
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from generator.rules import listed, staff, stafflists, textindex
from generator.rules.mentions import pupil_mentions
from generator.rules.names import name_as_words
from tests.test_check_shortcuts import PIECES

# Lists, labels, headings and tables of staff and pupils, sentence ends and "är mentor",
# to join with the pieces of names, classes and grades.
LISTS = [
    "\n- ", "\n* ", "\n1. ", "\n## Mentorer\n", "\nMentorer i åk 4:\n", "\n## Våra mentorer\n",
    "Mentor: ", "Mentor:", "Kurator: ", " mentorn ", " är mentor", " är vår kurator",
    " var lärare", ". ", "! ", "? ", " 070-123 45 67", " – 7A", "7A: Johan Lind", "Anna Berg",
    " (mentor)", ", mentor", "\n| Namn | Klass |\n|---|---|\n", "| Saga | 4B |\n",
    "| Anna | Mentor | 7A |\n", "\n| Namn | Roll | Klass |\n|---|---|---|\n",
    "| Tilde | 7E | retad |\n", "\n| Elev | Klass |\n| --- | --- |\n", "|", "\n\n",
    "Saga i 4B", " blev retad", " slog", "Kontakta kuratorn ", "Elevrådet med mentorer:\n",
    "Kuratorn har träffat:\n", " och ", "Saga och Liam i 4B", "\n:   4B", "4B:s mentor:",
    " Mentorernas kontaktuppgifter:\n", "Ansvarig lärare: ", "skolans kurator, ", "Lisa Ek",
    "vår ", "::", " **", "_:",
]  # fmt: skip


def texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = PIECES + LISTS
    return ["".join(rng.choices(pieces, k=rng.randint(1, 40))) for _ in range(count)]


def found(texts: list[str]) -> list[list[tuple[int, str]]]:
    """Each text's mentions, as a page, as a field that names staff, and as an id."""
    return [
        list(pupil_mentions(text))
        + list(pupil_mentions(text, staff=True))
        + list(pupil_mentions(name_as_words(text), as_id=True))
        for text in texts
    ]


def plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing remembered: each line, label, heading and "är mentor" searched for from the
    name, as before, and each table's rows read for its header alone."""
    monkeypatch.setattr(textindex, "line_start", lambda text, at: text.rfind("\n", 0, at) + 1)
    monkeypatch.setattr(textindex, "line_end", _plain_line_end)
    monkeypatch.setattr(
        stafflists, "_label_before", lambda text, ls, _le, at: staff.STAFF_LIST.search(text, ls, at)
    )
    monkeypatch.setattr(stafflists, "_staff_after", _plain_staff_after)
    monkeypatch.setattr(stafflists, "_headings", lambda _text, _is_item: {})
    monkeypatch.setattr(
        staff, "_label_of_staff", lambda text, ls, colon: staff.names_staff_only(text[ls:colon])
    )
    # (where `pupil_mentions` imports it)
    monkeypatch.setattr(f"{pupil_mentions.__module__}.table_pupils", _plain_table_pupils)


def _plain_line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


PLAIN_STAFF_AFTER = re.compile(r"[^.!?\n]*?" + staff.STAFF_AFTER.pattern, re.IGNORECASE)


def _plain_staff_after(text: str, end: int) -> bool:
    return PLAIN_STAFF_AFTER.match(text, end) is not None


def _plain_table_pupils(text: str) -> Iterator[tuple[int, str]]:
    lines = listed._lines(text)
    for number in range(len(lines) - 2):
        table = listed._header(text, lines, number)
        if table is None:
            continue
        for row_start, row in lines[number + 2 :]:
            if "|" not in row:
                break
            yield from listed._row_pupils(row_start, row, {table: None})


def test_remembered_finds_what_the_plain_way_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    sample = texts(404, 2000)
    quick = found(sample)
    plain(monkeypatch)
    assert found(sample) == quick
    assert sum(map(bool, quick)) > 700  # the texts do name pupils


def test_a_staff_label_holding_a_colon_names_no_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    """A label that holds another label's colon ("Mentor: Anna, mentor: …") is no list of
    staff, found at once; a genitive's colon ("4B:s mentorer:") is read as before."""
    labels = [
        "Mentor: Anna Berg, mentor: Saga i 4B", "4B:s mentorer: Anna", "Mentor:Anna mentor:",
        "Mentor:Saga i 4B mentor: Liam i 5A", "Skolans:si 4B mentor: Saga", "x:ab12 mentor: Saga",
        "Mentor:s_ kurator: Saga", "Mentor:* kurator: Anna", "Mentor:: Anna",
    ]  # fmt: skip
    quick = found(labels)
    plain(monkeypatch)
    assert found(labels) == quick


@pytest.mark.parametrize(
    ("unit", "times"),
    [
        ("Saga i 4B. ", 2000),  # one line of sentences
        ("Saga i 4B, ", 2000),  # one sentence
        ("- Saga i 4B\n", 2000),  # a long list
        ("Saga – 4B\n", 2000),  # lines that join a name and a class
        ("mentor: Saga i 4B ", 1000),  # labels on one line, none of staff only
        ("mentor:Saga i 4B ", 1000),  # and with no blank after the colon
    ],
)
def test_a_page_of_thousands_of_names_has_them_all(unit: str, times: int) -> None:
    text = unit * times
    assert [at for at, name in pupil_mentions(text) if name == "Saga"] == [
        i * len(unit) + unit.index("Saga") for i in range(times)
    ]


def test_staff_lists_of_thousands_name_no_pupil() -> None:
    assert list(pupil_mentions("## Mentorer\n\n" + "- Anna Berg – 7A\n" * 2000)) == []
    assert list(pupil_mentions("## Mentorer\n\n" + "7A: Johan Lind\n" * 2000)) == []
    assert list(pupil_mentions("| Namn | Klass |\n|---|---|\n" * 2000)) == []
