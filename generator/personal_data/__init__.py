"""Personal data in any text an author wrote: personnummer and e-mail addresses.

A personnummer or samordningsnummer is found however it is written for a reader: with
or without century, with a hyphen, plus, dot, slash or any Unicode space or dash
between its parts (soon after a word for one, such as "pnr", in any groups: `worded`),
split by a Markdown link's syntax (`markdown_numbers`), with invisible
characters (soft hyphen, zero-width space, combining marks) inside it, in any script's
digits, or spelt with HTML character references or Markdown escapes. Only numbers
with a real date count, and with a valid Luhn check digit unless written with the
personnummer's own hyphen or plus before the last four digits (one mistyped digit still
points at a child: "150312-1234" is nothing else); ten digits from 0 in one run
are a phone number unless a word for a personal number comes before them in their
sentence (`phones` tells phone numbers apart), and a full date with a clock time
after a space ("2024-09-17 1330") a meeting's time unless such a word, or one for a
pupil or a class, comes before it in its sentence and the date may be a pupil's birth
date (`timed`). Disguised ones too
(`disguised`): with letters like digits ("9OO1O1-1239"), every digit apart, or grouped
by spaces soon after a word for a pupil or a class ("Elev i 8B: 90 01 01 12 39"). The
check reads a soft-wrapped line as the reader sees it, joined to the line before
(`softwrap`); the last look reads a page's text as it is.

E-mail addresses are judged by their domain (`emails`). Who is staff and who a pupil
is told by the words for staff roles (`roles`).

Every stage that reads such text (the rules, the validation of contacts, images and
SVG files) uses these functions, so each is defined once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.checks import is_date, luhn
from generator.personal_data.disguised import disguised_numbers
from generator.personal_data.emails import (
    emails,
    foreign_emails,
    pupil_domain,
    pupil_emails,
    within,
)
from generator.personal_data.labelled import labelled_readings
from generator.personal_data.pageview import may_show_more, page_view
from generator.personal_data.readable import as_seen
from generator.personal_data.softwrap import joined
from generator.personal_data.timed import day_of, pupil_number, pupil_said_before
from generator.personal_data.worded import said_before, worded_numbers

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


def personal_numbers(text: str, *, worded: bool = True, by_pupil: bool = True) -> Iterator[int]:
    """Index in `text` where each valid personnummer or samordningsnummer starts; without
    `worded`, only those written as one (the last look's quick scan of everything a site
    publishes: `carried`; the check finds the others in the content). Without `by_pupil`,
    ten digits from 0 in one run after a word for a pupil are a phone number (a label's
    reading: the heading "Klasslista" over a table's column "Telefon")."""
    plain = text.isascii() and not any(c in text for c in "&\\%*_~`")
    readable, where = (text, range(len(text))) if plain else as_seen(text)
    if worded:  # soft-wrapped lines as the reader sees them: one line (`softwrap`)
        readable, where = joined(readable, where)
    worded_ones = (*worded_numbers(readable), *disguised_numbers(readable)) if worded else ()
    found = sorted({*_written(readable, worded and by_pupil), *worded_ones})
    yield from found if isinstance(where, range) else (where[start] for start in found)


def _written(readable: str, by_pupil: bool) -> Iterator[int]:
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
CASE_NUMBER_WORD = re.compile(
    r"(?i)\b(?:dnr|diarie(?:nummer|nr)|ärende(?:nummer|nr)?|(?:artikel|order|faktura|referens)"
    r"(?:nummer|nr)?|ref)\b[.:]?\s*$"
)


def _hyphenated(match: re.Match[str]) -> bool:
    """Whether the last four digits follow the personnummer's own hyphen or plus, and no
    word for a case's or an article's number comes right before the number."""
    serial = match.start("serial")
    before = match.string[match.start() : serial].rstrip()
    if not before.endswith(("-", "+")) or before.endswith(("--", "+-", "-+")):
        return False
    reach = max(0, match.start() - 40)
    lead = match.string[match.string.rfind("\n", reach, match.start()) + 1 or reach : match.start()]
    return CASE_NUMBER_WORD.search(lead) is None


# A clock time: 0000–2359.
CLOCK = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]")


def _is_time(match: re.Match[str], text: str) -> bool:
    """A full date and a clock time after a space ("möte 2024-09-17 1330"), or a date and
    four digits after a slash (a web address's folders, "…/2012/03/04/1239"), with no word
    for a personal number or a pupil before it in its sentence (`timed.pupil_number`): how
    a meeting is written. (One such time in ten passes the Luhn check by chance.) Only
    its sentence before it is read, at most `WORD_REACH` characters: the last look reads
    a number's line up to its end (`carried._candidates`)."""
    if match.re is not DATED:
        return False
    if match["gap"] != "/":
        if not match["century"] or match["gap"].strip():
            return False
        if not CLOCK.fullmatch(match["serial"]):
            return False
    day = day_of(match["century"] or "", match["yy"], match["mm"], match["dd"])
    return not pupil_number(text, match.start(), day)


# A Markdown link's `[` or `](address)` between digits: the page shows the digits as one
# run ("[120304](https://…)-1239" is 120304-1239 to a reader).
LINK_BETWEEN_DIGITS = re.compile(r"(?<=\d)(?:\]\([^()\s]*\)|\[)(?=[\d+ -]|$)", re.MULTILINE)


def markdown_numbers(text: str) -> Iterator[int]:
    """`personal_numbers` of Markdown as its page shows it: also the numbers that a link's
    syntax splits (made invisible, not removed, so indices stay), and those that a label
    in another cell, block or item says are personal numbers (`labelled`)."""
    found = set(personal_numbers(text))
    if "[" in text or "](" in text:
        shown = LINK_BETWEEN_DIGITS.sub(lambda m: "\u200b" * len(m.group()), text)
        found.update(personal_numbers(shown) if shown != text else ())
    found.update(_labelled(text))
    yield from sorted(found)


def _labelled(text: str) -> Iterator[int]:
    """The numbers that a label reads as personal numbers: a table column's header, a
    heading, a label line or a list item read before what it labels (`labelled`)."""
    for reading in labelled_readings(text):
        lead = len(reading.label) + 1
        for index in personal_numbers(f"{reading.label} {reading.text}", by_pupil=False):
            if index >= lead:
                yield reading.start + index - lead


def page_numbers(text: str) -> Iterator[int]:
    """Where a number starts that the last look reads in the page and the search index
    made of Markdown `text` (one value, or a page's body), written as one (`worded=False`,
    as the look reads): also those its syntax splits and its line breaks join
    (`pageview`). Only when `pageview.may_show_more` of the text says it may."""
    if may_show_more(as_seen(text)[0]):
        view, where = page_view(text)
        yield from (where[start] for start in personal_numbers(view, worded=False))


def has_personal_number(text: str, *, worded: bool = True) -> bool:
    """Whether `text` shows a valid personnummer or samordningsnummer anywhere."""
    return next(personal_numbers(text, worded=worded), None) is not None


# Between separate values (JSON strings, a file's name and its text, a page's attributes
# and text): no reader takes the end of one and the start of the next as one number, so
# neither may the scan ("…-10-04" then "2026-W44" is not the personnummer 261004-2026).
# A personnummer does not run on past "|".
VALUE_APART = "\n|\n"

NAME_SEPARATORS = str.maketrans("/-_.", "    ")


def name_words(path: str) -> str:
    """A file or folder path as the words a reader takes from it: in names, - _ . and /
    separate words as spaces do ("foton/121212/1212.jpg" is published as 121212-1212)."""
    return path.translate(NAME_SEPARATORS)


__all__ = [
    "CANDIDATE", "SEPARATOR", "VALUE_APART", "emails", "foreign_emails", "has_personal_number",
    "luhn", "markdown_numbers", "name_words", "page_numbers", "personal_numbers", "pupil_domain",
    "pupil_emails", "within",
]  # fmt: skip
