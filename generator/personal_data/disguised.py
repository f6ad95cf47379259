"""A personnummer written to pass a scan for one: with letters that look like digits
("9OO1O1-1239"), with every digit apart ("9 0 0 1 0 1 - 1 2 3 9"), or grouped by spaces
into pairs or other groups soon after a word for a pupil or a class ("Elev i 8B: 90 01
01 12 39"), or with no word, grouped as no other number is (`oddgrouped`: "120304-12
39"). Each has a real date and a valid Luhn check digit (a hyphen alone is not enough
here), so that what only looks like one (a phone number, as `phones` tells one, an
organisation number, a row of figures) is not taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.checks import is_date, luhn
from generator.personal_data.oddgrouped import odd_grouped
from generator.personal_data.phones import dialled, excuses
from generator.personal_data.timed import PUPIL_WORD, day_of, pupil_number
from generator.personal_data.worded import SENTENCE_END, WORD_REACH

# Letters that a reader takes for digits: O and o for 0, small L and capital i for 1.
# (and the Cyrillic and Greek O and o, and the Cyrillic I and i, which look the same)
_LIKE_0, _LIKE_1 = "OoОоΟο", "lIІі"
LOOK_ALIKE = str.maketrans(_LIKE_0 + _LIKE_1, "0" * len(_LIKE_0) + "1" * len(_LIKE_1))
_LETTERS = _LIKE_0 + _LIKE_1
# A cheap test first: such a letter right beside a digit.
LETTER_BY_DIGIT = re.compile(rf"[0-9][{_LETTERS}]|[{_LETTERS}][0-9]")
# The personnummer's shape in digits and such letters, as a word of its own.
LETTERED = re.compile(
    rf"(?<![\w])(?:[0-9{_LETTERS}]{{2}})?[0-9{_LETTERS}]{{6}}[-+ ]?[0-9{_LETTERS}]{{4}}"
    r"(?![\w])(?![-+][0-9])"
)
MIN_DIGITS = 5  # of the ten or twelve: "lOOl" is a word, "9OOlOl-1239" a number

# Every digit apart by one space, the date's and the serial's parts joined by - or +.
SINGLES = re.compile(
    r"(?<![\w])(?<![0-9] )[0-9](?: [0-9]){5}(?: [0-9] [0-9])? ?[-+] ?[0-9](?: [0-9]){3}"
    r"(?! ?[0-9])"
)

# Digits joined by up to three spaces, dots, slashes or hyphens: one number to a reader.
GROUPED = re.compile(r"[0-9](?:[ ./-]{0,3}[0-9])*+")
# A meeting's date and clock time ("2024 09 17 13 30"), not a number with its century,
# unless a word for a pupil comes before it with none for a meeting between (`timed`).
MEETING = re.compile(
    r"(?:19|20)[0-9]{2}[ ./-][0-9]{2}[ ./-][0-9]{2}[ ./-]*(?:[01][0-9]|2[0-3]) ?[0-5][0-9]"
)


def disguised_numbers(readable: str) -> Iterator[int]:
    """Where each disguised personnummer starts in `readable` (as `readable.as_seen`
    gives a text: its digits ASCII)."""
    yield from _lettered(readable)
    yield from _singles(readable)
    yield from _pupil_grouped(readable)
    yield from odd_grouped(readable)


def _valid(digits: str) -> bool:
    """Ten or twelve digits with a real date and a valid Luhn check digit."""
    if len(digits) == 12:
        century, date = digits[:2], digits[2:8]
        if century not in ("19", "20"):
            return False
    elif len(digits) == 10:
        century, date = None, digits[:6]
    else:
        return False
    return is_date(date, century) and luhn(digits[-10:])


def _lettered(readable: str) -> Iterator[int]:
    if LETTER_BY_DIGIT.search(readable) is None:
        return
    for match in LETTERED.finditer(readable):
        written = re.sub(r"[-+ ]", "", match.group())
        if written.isdigit() or sum(c.isdigit() for c in written) < MIN_DIGITS:
            continue  # digits alone: the plain scan's
        if _valid(written.translate(LOOK_ALIKE)):
            yield match.start()


def _singles(readable: str) -> Iterator[int]:
    if "0 " not in readable and re.search(r"[0-9] [0-9] [0-9]", readable) is None:
        return
    for match in SINGLES.finditer(readable):
        if _valid(re.sub(r"[^0-9]", "", match.group())):
            yield match.start()


def _pupil_grouped(readable: str) -> Iterator[int]:
    """Ten or twelve digits grouped by spaces ("90 01 01 12 39", "9001 0112 39") soon
    after a word for a pupil or a class, in its sentence: not a longer or shorter run of
    figures, not after a word for a phone, not from 0 without a date's shape (070-123 45
    67 is a phone), not a meeting's date and time (a word for a meeting after the pupil's:
    `timed`)."""
    done = 0  # where the last run read ended: each run is read once
    for word in PUPIL_WORD.finditer(readable):
        start = max(word.end(), done)
        stop = SENTENCE_END.search(readable, start, word.end() + WORD_REACH)
        end = word.end() + WORD_REACH if stop is None else stop.start()
        for found in GROUPED.finditer(readable, start, end):
            # the whole run, also past the reach (where it started is what counts)
            run = GROUPED.match(readable, found.start()) if found.end() == end else found
            if run is None:  # pragma: no cover - a run's start starts a run
                continue
            done = run.end()
            if _grouped_number(readable, word.end(), run):
                yield run.start()


def _grouped_number(readable: str, after: int, run: re.Match[str]) -> bool:
    written = run.group()
    if written.isdigit():
        return False  # in one run: the plain scan's (as are 6+4 by a hyphen, found twice)
    if MEETING.fullmatch(written):
        digits = re.sub(r"[^0-9]", "", written)
        day = day_of(digits[:2], digits[2:4], digits[4:6], digits[6:8])
        if not pupil_number(readable, run.start(), day):
            return False  # a meeting's date and time: a word for one after the pupil's
    return not _phone(readable, after, run) and _valid(re.sub(r"[^0-9]", "", written))


def _phone(readable: str, after: int, run: re.Match[str]) -> bool:
    """Whether the run is a phone number: from 0 after a word for a phone in its sentence,
    also before the word for a pupil ("Ring mentor i 5A 07 01 23 45 69"), or grouped as
    one (`phones.dialled`)."""
    before = SENTENCE_END.split(readable[max(0, after - 2 * WORD_REACH) : run.start()])[-1]
    phoned = excuses(readable, run.start() - len(before), run.start(), run.group())
    return phoned or dialled(run.group())
