"""The phone numbers that PTS (Post- och telestyrelsen) keeps for fiction: films, books
and examples. No subscriber gets one, so trygg's example shows them where any other
made-up number might be a real person's; and a project of its own that publishes one has
kept a made-up number (TP316).

PTS's page "Telefonnummer för användning i böcker och filmer m.m." lists the series; each
pair below is its first and last number, in national form.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterator

from generator.personal_data.characters import read_digit
from generator.personal_data.phones import national

FICTION_SERIES = (
    ("0846500400", "0846500499"),  # Stockholm: 08-465 004 00 – 08-465 004 99
    ("0313900600", "0313900699"),  # Göteborg: 031-390 06 00 – 031-390 06 99
    ("0406280400", "0406280499"),  # Malmö: 040-628 04 00 – 040-628 04 99
    ("0980319200", "0980319299"),  # Kiruna: 0980-31 92 00 – 0980-31 92 99
    ("0701740605", "0701740699"),  # mobile: 070-174 06 05 – 070-174 06 99
)
# A phone number's start (+46 or 0046 and perhaps "(0)", or 0, perhaps in brackets with
# the area code, not inside a longer number or a word), then its digits one group at a
# time: between groups a space of any width or a hyphen or dash (on one line), or
# nothing, and after the area code a closing bracket ("(08) 465 004 12").
_APART = r"(?:[^\S\n]|[-‐‑‒–—])?"
_START = re.compile(rf"(?<![\w+(])(?:(?:\+|00)46{_APART}(?:\(0\))?{_APART}|\(?0)(?=\d)")
_GROUP = re.compile(rf"\)?{_APART}\d+")
# Besides digits of any script, what `_as_ascii` reads as the ASCII character it stands
# for ("＋", "﹢", a full-width bracket).
_ASCII_LIKE = frozenset("+()")


def in_fiction_series(number: str) -> bool:
    """Whether `number`, however it is written, is one PTS keeps for fiction."""
    digits = national(number)
    return any(
        len(digits) == len(first) and first <= digits <= last for first, last in FICTION_SERIES
    )


def fiction_numbers(text: str) -> Iterator[tuple[int, str]]:
    """(index, number as written) of each number in `text` from PTS's fiction series,
    read group by group so that two numbers side by side are two ("08-465 004 11
    08-465 004 12")."""
    read = _as_ascii(text)
    for start in _START.finditer(read):
        end = start.end()
        while (group := _GROUP.match(read, end)) is not None:
            end = group.end()
            written = text[start.start() : end]
            if in_fiction_series(written) and not read[end : end + 1].isdigit():
                yield start.start(), written
                break


def _as_ascii(text: str) -> str:
    """`text` with each digit of any script, and each character that reads as "+" or a
    bracket, as the ASCII one: character for character, so that an index is the same."""
    table: dict[int, str] = {}
    for char in set(text) - set(string.printable):
        plain = unicodedata.normalize("NFKC", char)
        if (digit := read_digit(char)) is not None:
            table[ord(char)] = str(digit)
        elif plain in _ASCII_LIKE:
            table[ord(char)] = plain
    return text.translate(table)
