"""A personnummer with no word before it, grouped as no other number is: a mark inside
the date or the serial ("120304-12 39", "1203 04-1239", "12-03-04-12-39", "12
0304-1239", "20120304-12-39"), or an odd mark between the date and the serial
("120304:1239", "(120304)1239", "120304•1239"). Only ten digits not from 0 (a phone
number's first digit), or twelve from 19 or 20 with the century and year or the whole
date as their first group, with a real date and a valid Luhn check digit; not grouped
by spaces alone (a word for a pupil or a personal number must say so: `disguised`), not figures
in a row (groups of one or two digits with spaces or commas only), nor a large number
in groups of three ("1 203 041 239"), nor a date and a clock time ("2025-03-14 13:15")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.checks import is_date, luhn
from generator.personal_data.written import CASE_NUMBER_WORD, named_by

# Marks a hand may put between a number's digits; not ":" "." "/", which times and dates
# use, except between the date's six digits and the serial's four (`_DATE_AND_SERIAL`).
MARK = r"[-,=·•|'*~_()\[\]#\\\s]"
RUN = re.compile(
    rf"(?<![0-9])(?<![0-9]{MARK})[0-9]+(?:{MARK}{{1,4}}[0-9]+)+(?![0-9])(?!{MARK}{{1,4}}[0-9])"
)
_DATE_AND_SERIAL = re.compile(
    r"(?<![0-9])(?<![0-9][:.,/])[0-9]{6} ?[:.,/;] ?[0-9]{4}(?![0-9])(?! ?[:.,/;] ?[0-9])"
)
# A cheap test first: ten digits with at most four other characters between any two
# (most texts with digits hold a date or a figure, fewer than ten).
_CHEAP = re.compile(r"(?:[0-9][^0-9]{0,4}){9}[0-9]")
# What names a number that is no person's, right before it: a case's (`CASE_NUMBER_WORD`),
# a book's, a giro account's or an organisation's ("ISBN 91-1-101043-6").
NUMBER_NAME = re.compile(
    r"(?i)\b(?:isbn(?:-1[03])?|issn|ocr|bankgiro|bg|plusgiro|pg|konto(?:nummer|nr)?"
    r"|org\.?\s?nr|organisationsnummer)\b[.:]?\s*$"
)
_DIGITS_AND_SPACES = str.maketrans("", "", "0123456789")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:[ \u00a0][0-9]{3})+")


def odd_grouped(readable: str) -> Iterator[int]:
    """Where each such number starts in `readable` (its digits ASCII: `readable.as_seen`)."""
    if _CHEAP.search(readable) is None:
        return
    for match in (*RUN.finditer(readable), *_DATE_AND_SERIAL.finditer(readable)):
        if _personal(match.group()) and not _named(readable, match.start()):
            yield match.start()


def _named(readable: str, start: int) -> bool:
    """Whether a word right before `start` names the number as a case's, a book's or an
    account's (`written.named_by`)."""
    return any(named_by(word, readable, start) for word in (NUMBER_NAME, CASE_NUMBER_WORD))


def _personal(written: str) -> bool:
    groups = re.findall(r"[0-9]+", written)
    digits = "".join(groups)
    if digits.startswith("0") or _THOUSANDS.fullmatch(written):
        return False
    if not written.translate(_DIGITS_AND_SPACES).strip():
        return False  # spaces alone: a word must say it (`disguised`, `worded`)
    if max(map(len, groups)) <= 2 and "-" not in written:
        return False  # figures in a row
    if len(digits) == 12:
        if digits[:2] not in ("19", "20") or not (
            len(groups[0]) == 8 or len(groups[0]) == 4 <= len(groups[1])
        ):
            return False
        return is_date(digits[2:8], digits[:2]) and luhn(digits[2:])
    return len(digits) == 10 and is_date(digits[:6], None) and luhn(digits)
