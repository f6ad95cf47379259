"""Where a personnummer or samordningsnummer is written as one: in a run, with the date
written as a date, or with spaces (`written_numbers`), told from a phone number in one
run (`_is_phone`), a case's number with a wrong check digit (`_hyphenated`) and a
meeting's date and time (`_is_time`). `personal_data.personal_numbers` adds the numbers
only a word before them makes personal (`worded`, `disguised`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.checks import is_date, luhn
from generator.personal_data.timed import (
    day_of,
    oldest_meeting,
    pupil_number,
    pupil_said_before,
)
from generator.personal_data.worded import said_before

# Between the date and the serial: a hyphen (any dash reads as one), the plus of a
# centenarian's number, an underscore, a dot or a slash, with or without spaces.
SEPARATOR = r"(?:\s*[-+_./]\s*|\s+)?"
# Not inside a longer run of digits (a phone number or an account number), but a letter
# or a word with a hyphen may come right before or after ("Elev-121212-1212-foto").
# Both patterns start with a look-ahead for a digit, which lets the regex engine skip
# to the next digit instead of testing the look-behinds at every character.
PERSONAL_NUMBER = re.compile(
    r"(?=\d)(?<!\d)(?<!\d[-+])(?P<century>19|20)?(?P<date>\d{6})"
    + SEPARATOR
    + r"(?P<serial>\d{4})(?!\d)(?![-+]\d)"
)
# The date written as a date: 2012-12-12-1212, 12.12.12-1212, 12.12.12.1212,
# 12/12/12-1212, 2012/12/12/1212 (after a word for a pupil: `timed`); not the start of
# a span of dates ("2024/08/19-2025/06/12").
DATED = re.compile(
    r"(?=\d)(?<![\d.:])(?<!\d[-+])(?P<century>19|20)?(?P<yy>\d\d)(?P<s>[-./])(?P<mm>\d\d)(?P=s)"
    r"(?P<dd>\d\d)(?P<gap>\s*[-+]\s*|\s+|[./])(?P<serial>\d{4})(?![\d:])(?![-+/]\d)"
)
# The date with spaces: 12 12 12-1212, 2012 12 12 1212; not inside a run of spaced
# numbers (a calendar's weeks, a row of figures), which has more before or after.
SPACED = re.compile(
    r"(?=\d)(?<![\d.:])(?<!\d[-+])(?<!\d\s)(?P<century>19|20)?(?P<yy>\d\d) (?P<mm>\d\d) "
    r"(?P<dd>\d\d)(?:\s*[-+]\s*| )(?P<serial>\d{4})(?![\d:])(?![-+]\d)(?!\s\d)"
)
# A cheap test first, that every match of either pattern contains: six digits or a date
# with a two-digit year, then four digits (one leading digit, so that the regex engine
# tests the rest only where a digit is). It reads the readable text, whose digits are all
# ASCII (`as_seen` makes every kind of digit one), so [0-9], which the regex engine tests
# quicker than \d, finds the same.
CANDIDATE = re.compile(
    r"[0-9][0-9](?:[0-9]{4}|[-./][0-9][0-9][-./][0-9][0-9])" + SEPARATOR + r"[0-9]{4}"
)
# The same for `SPACED`, with its serial: "45 12 01" alone is the end of a phone number.
SPACED_CANDIDATE = re.compile(r"[0-9][0-9] [0-9][0-9] [0-9][0-9](?:\s*[-+]\s*| )[0-9]{4}")
# Both in one search: most texts (a site's pages, its file names) have neither, and are
# then read once instead of twice.
ANY_CANDIDATE = re.compile(f"{CANDIDATE.pattern}|{SPACED_CANDIDATE.pattern}")


def _is_phone(match: re.Match[str], text: str, by_pupil: bool) -> bool:
    """Ten digits from 0 in one run, with no word for a personal number before them in
    their sentence (`worded.said_before`): how phone numbers are written (0701230005,
    0480451201). A personnummer from 2000–2009 written so is told apart only by such a
    word, or (`by_pupil`, the check's reading of what an author wrote) by a word for a pupil
    or a class before it with none for a phone (`timed.pupil_said_before`). The last look
    does not read that: a contact table's "Mentor åk 7" and its phone number in one run are
    separate values to the check."""
    written = match.group()
    if match["century"] or not written.isdigit() or not written.startswith("0"):
        return False
    if by_pupil and pupil_said_before(text, match.start()):
        return False
    return not said_before(text, match.start())


def written_numbers(readable: str, by_pupil: bool) -> Iterator[int]:
    """Where a number written as a personnummer is (as the date, or in one run)."""
    if ANY_CANDIDATE.search(readable) is None:
        return
    dated: list[re.Match[str]] = []
    if CANDIDATE.search(readable):
        for match in PERSONAL_NUMBER.finditer(readable):
            valid = is_date(match["date"], match["century"])
            checked = luhn(match["date"] + match["serial"]) or _hyphenated(match)
            if valid and checked and not _is_phone(match, readable, by_pupil):
                yield match.start()
        dated += DATED.finditer(readable)
    if SPACED_CANDIDATE.search(readable):
        dated += SPACED.finditer(readable)
    for match in dated:
        date, serial = match["yy"] + match["mm"] + match["dd"], match["serial"].replace(" ", "")
        valid = is_date(date, match["century"]) and (luhn(date + serial) or _hyphenated(match))
        if valid and not _is_time(match, readable):
            yield match.start()


# Words for the numbers of a case, an article or an order, some written as a date and a
# serial ("Dnr 250911-0032"): such a number with a wrong check digit is that, not a pupil's.
# Also with a board's or a register's letters between ("Dnr BUN 250314-1001", "Ärende nr
# KS 250314-1001") or as their prefix ("KA-250314-1001": capitals only, "Elev-" is none).
CASE_NUMBER_WORD = re.compile(
    r"(?i)(?:\b(?:dnr|diarie(?:nummer|nr)|ärende(?:[\s-]?(?:nummer|nr))?|anmälningsnummer"
    r"|(?:anmälan|beslut|protokoll|mål)[\s-]?(?:nummer|nr)|(?:artikel|order|faktura|referens)"
    r"(?:nummer|nr)?|ref)\b[.:]?(?-i:\s+[A-ZÅÄÖ]{2,6})?\s*|(?-i:\b[A-ZÅÄÖ]{1,5}-))$"
)


def _hyphenated(match: re.Match[str]) -> bool:
    """Whether the last four digits follow the personnummer's own hyphen or plus, and no
    word for a case's or an article's number comes right before the number."""
    serial = match.start("serial")
    before = match.string[match.start() : serial].rstrip()
    if not before.endswith(("-", "+")) or before.endswith(("--", "+-", "-+")):
        return False
    return not named_by(CASE_NUMBER_WORD, match.string, match.start())


def named_by(word: re.Pattern[str], text: str, start: int) -> bool:
    """Whether `word` (a pattern anchored at its end) names the number at `start`: read
    on its line, at most 40 characters back ("Dnr BUN 250314-1001")."""
    reach = max(0, start - 40)
    return word.search(text[text.rfind("\n", reach, start) + 1 or reach : start]) is not None


# A clock time: 0000–2359.
CLOCK = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]")


def _is_time(match: re.Match[str], text: str) -> bool:
    """A full date and a clock time after a space ("möte 2024-09-17 1330"), or a date and
    four digits after a slash (a web address's folders, "…/2012/03/04/1239"), with no word
    for a personal number or a pupil before it in its sentence (`timed.pupil_number`): how
    a meeting is written. (One such time in ten passes the Luhn check by chance.) A date
    older than any meeting a plan tells of (`timed.oldest_meeting`) with four digits after
    a space is a birth date, whatever the words ("Ärendet gäller 2012-03-04 1239"). Only
    its sentence before it is read, at most `WORD_REACH` characters: the last look reads
    a number's line up to its end (`carried._candidates`)."""
    if match.re is not DATED:
        return False
    day = day_of(match["century"] or "", match["yy"], match["mm"], match["dd"])
    if match["gap"] != "/":
        if not match["century"] or match["gap"].strip():
            return False
        if not CLOCK.fullmatch(match["serial"]) or (day is not None and day < oldest_meeting()):
            return False
    return not pupil_number(text, match.start(), day)
