"""Every phone number trygg ships in its example, its template schools and its schemas'
examples is one that PTS keeps for fiction (`personal_data.fiction`): a made-up number from any
other series may be a real person's, who would be called by the example's readers. And no
number of those series is read as a personnummer by the privacy rules or the build's last
look."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.personal_data import has_personal_number, markdown_numbers
from generator.personal_data.fiction import FICTION_SERIES, in_fiction_series
from generator.personal_data.phones import national

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = (ROOT / "content", ROOT / "generator" / "cli" / "templates", ROOT / "schemas")
TEXTS = {".yml", ".yaml", ".md", ".json", ".html", ".txt"}
# A number as written in Swedish: the area code from 0, a hyphen, the subscriber's digits
# in groups; not the month and day of a date (2026-08-15) or a span of years.
WRITTEN = re.compile(r"(?<![\d./:–-])0\d{1,3}-\d[\d ]*\d(?![\d–-])")
TELEPHONE_KEY = re.compile(r"\btelefon:\s*[\"']?([^\"'\n,}#]+)")
TEL_LINK = re.compile(r"tel:([+\d][\d-]*)")


def _shipped_numbers() -> Iterator[tuple[str, str]]:
    """(file, number) of every phone number in the files trygg ships as examples."""
    for folder in SHIPPED:
        for path in sorted(p for p in folder.rglob("*") if p.suffix in TEXTS):
            text = path.read_text(encoding="utf-8")
            where = str(path.relative_to(ROOT))
            written = [m.group() for m in WRITTEN.finditer(text)]
            found = [*written, *TELEPHONE_KEY.findall(text), *TEL_LINK.findall(text)]
            yield from ((where, n.strip()) for n in found if len(national(n)) >= 8)


def test_every_number_the_example_shows_is_one_pts_keeps_for_fiction() -> None:
    numbers = list(_shipped_numbers())
    assert len({national(n) for _, n in numbers}) >= 20  # the example's contacts are read
    outside = [f"{where}: {number}" for where, number in numbers if not in_fiction_series(number)]
    assert outside == []


@pytest.mark.parametrize(
    ("number", "kept"),
    [
        ("08-465 004 12", True),
        ("+46 8 465 004 99", True),
        ("0701740605", True),
        ("070-174 06 04", False),
        ("0980-31 92 00", True),
        ("0480-45 12 01", False),
        ("08-465 004 1", False),
        ("+46 (0)8-465 004 12", True),
    ],
)
def test_the_series_are_told_however_a_number_is_written(number: str, kept: bool) -> None:
    assert in_fiction_series(number) is kept


AREA_CODES = ("08", "031", "040", "070", "0980")  # the series' area and mobile codes
# How Svenska skrivregler groups a subscriber's digits, by how many they are.
GROUPS = {6: (2, 2, 2), 7: (3, 2, 2), 8: (3, 3, 2)}


def _as_written(digits: str) -> str:
    """`digits` as the number is written: 08-465 004 12, 031-390 06 00, 0980-31 92 00."""
    area = next(code for code in AREA_CODES if digits.startswith(code))
    rest, groups = digits[len(area) :], []
    for size in GROUPS[len(rest)]:
        groups.append(rest[:size])
        rest = rest[size:]
    return f"{area}-{' '.join(groups)}"


def every_fiction_number() -> list[str]:
    """Every number of every series, in national form."""
    return [
        str(n).zfill(len(first))
        for first, last in FICTION_SERIES
        for n in range(int(first), int(last) + 1)
    ]


def test_no_number_of_the_series_is_read_as_a_personnummer() -> None:
    """In one run or as written, in a sentence, after a class and as a link to call."""
    for digits in every_fiction_number():
        written = _as_written(digits)
        assert in_fiction_series(written), written
        for text in (f"Kurator: {digits}.", f"Elev i 8B: {written}", f"| Mentor | {written} |"):
            assert not has_personal_number(text), text
            assert not has_personal_number(text, worded=False), text
        link = f"[{written}](tel:+46{digits[1:]})"
        assert list(markdown_numbers(link)) == [], link
