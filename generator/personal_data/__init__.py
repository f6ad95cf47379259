"""Personal data in any text an author wrote: personnummer and e-mail addresses.

A personnummer or samordningsnummer is found however it is written for a reader: with
or without century, with a hyphen, plus, dot, slash or any Unicode space or dash
between its parts, with invisible characters (soft hyphen, zero-width space, combining
marks) inside it, in any script's digits, or spelt with HTML character references or
Markdown escapes. Only numbers with a real date and a valid Luhn check digit count,
and ten digits from 0 in one run are a phone number unless a word for a personal
number comes before them on the line.

E-mail addresses are judged by their domain: outside the huvudman's domains, or a
pupil's (the school's elevdomän, or a domain with a part such as "elev").

Every stage that reads such text (the rules, the validation of contacts, images and
SVG files) uses these functions, so each is defined once.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from generator.personal_data.readable import as_seen

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
# The date written as a date: 2012-12-12-1212, 12.12.12-1212 (not with spaces, which
# runs of small numbers such as a calendar's weeks have).
DATED = re.compile(
    r"(?=\d)(?<![\d.:])(?<!\d[-+])(?P<century>19|20)?(?P<yy>\d\d)(?P<s>[-.])(?P<mm>\d\d)(?P=s)"
    r"(?P<dd>\d\d)(?:\s*[-+]\s*|\s+)(?P<serial>\d{4})(?![\d:])(?![-+]\d)"
)
PERSON_WORD = re.compile(
    r"personnum|personnr|\bpers\.?\s*nr|\bp-?nr\b|samordningsnum|födelsenum|födelsedat"
    r"|\bfödd\b|\bid-?nummer|\bid-?nr",
    re.IGNORECASE,
)
# A cheap test first, that every match of either pattern contains: six digits or a date
# with a two-digit year, then four digits (one leading digit, so that the regex engine
# tests the rest only where a digit is). It reads the readable text, whose digits are all
# ASCII (`as_seen` makes every kind of digit one), so [0-9], which the regex engine tests
# quicker than \d, finds the same.
CANDIDATE = re.compile(
    r"[0-9][0-9](?:[0-9]{4}|[-.][0-9][0-9][-.][0-9][0-9])" + SEPARATOR + r"[0-9]{4}"
)


def luhn(digits: str) -> bool:
    """The Luhn check that the last digit of a personnummer satisfies."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return total % 10 == 0


def _is_date(yymmdd: str, century: str | None) -> bool:
    year = int((century or "20") + yymmdd[:2])
    month, day = int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:  # samordningsnummer: the day plus 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _is_phone(match: re.Match[str], text: str) -> bool:
    """Ten digits from 0 in one run, with no word for a personal number before them on
    the line: how phone numbers are written (0701230005, 0480451201). A personnummer
    from 2000–2009 written so is told apart only by such a word."""
    written = match.group()
    if match["century"] or not written.isdigit() or not written.startswith("0"):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    return PERSON_WORD.search(text[line_start : match.start()]) is None


def personal_numbers(text: str) -> Iterator[int]:
    """Index in `text` where each valid personnummer or samordningsnummer starts."""
    plain = text.isascii() and not any(c in text for c in "&\\%*_~`")
    readable, where = (text, []) if plain else as_seen(text)
    if not CANDIDATE.search(readable):
        return
    for match in PERSONAL_NUMBER.finditer(readable):
        valid = _is_date(match["date"], match["century"]) and luhn(match["date"] + match["serial"])
        if valid and not _is_phone(match, readable):
            yield match.start() if plain else where[match.start()]
    for match in DATED.finditer(readable):
        date, serial = match["yy"] + match["mm"] + match["dd"], match["serial"].replace(" ", "")
        if _is_date(date, match["century"]) and luhn(date + serial):
            yield match.start() if plain else where[match.start()]


def has_personal_number(text: str) -> bool:
    """Whether `text` shows a valid personnummer or samordningsnummer anywhere."""
    return next(personal_numbers(text), None) is not None


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


LOCAL_PART = re.compile(r"[\w.%+-]+$")
DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def emails(text: str) -> Iterator[tuple[int, str]]:
    """(index, domain in lower case) of each e-mail address in `text`, read as a reader
    sees it ("kalle&#64;elev.se" and a zero-width space inside the domain included)."""
    plain = text.isascii() and not any(c in text for c in "&\\%")
    readable, where = (text, []) if plain else as_seen(text)
    at = readable.find("@")
    while at >= 0:
        local = LOCAL_PART.search(readable, max(0, at - 64), at)
        found = DOMAIN.match(readable, at + 1)
        if local and found:
            yield (local.start() if plain else where[local.start()]), found.group().casefold()
        at = readable.find("@", at + 1)


def within(domain: str, domains: tuple[str, ...]) -> bool:
    return any(domain == d.casefold() or domain.endswith("." + d.casefold()) for d in domains)


def foreign_emails(text: str, domains: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(index, domain) of each e-mail address outside `domains` and their subdomains."""
    return ((i, domain) for i, domain in emails(text) if not within(domain, domains))


# A domain part that marks pupils' own addresses: elev.strandvik.se, students.skola.se.
PUPIL_LABELS = frozenset({"elev", "elever", "student", "students", "pupil", "pupils"})


def pupil_emails(text: str, pupil_domains: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(index, domain) of each address on a pupil domain: the school's own (elevdomän)
    or any domain with a part such as "elev" or "student"."""
    for index, domain in emails(text):
        if within(domain, pupil_domains) or PUPIL_LABELS & set(domain.split(".")):
            yield index, domain
