"""Personal data in any text an author wrote: personnummer and e-mail addresses.

A personnummer or samordningsnummer is found however it is written for a reader: with
or without century, with a hyphen, plus, dot, slash or any Unicode space or dash
between its parts (after a word for one, such as "pnr", in any groups and with colons
or commas too), split by a Markdown link's syntax (`markdown_numbers`), with invisible
characters (soft hyphen, zero-width space, combining marks) inside it, in any script's
digits, or spelt with HTML character references or Markdown escapes. Only numbers
with a real date and a valid Luhn check digit count, and ten digits from 0 in one run
are a phone number unless a word for a personal number comes before them on the line.

E-mail addresses are judged by their domain: outside the huvudman's domains, or a
pupil's (the school's elevdomän, or a domain with a part such as "elev").

Every stage that reads such text (the rules, the validation of contacts, images and
SVG files) uses these functions, so each is defined once.
"""

from __future__ import annotations

import calendar
import functools
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
# The date written as a date: 2012-12-12-1212, 12.12.12-1212, 12.12.12.1212.
DATED = re.compile(
    r"(?=\d)(?<![\d.:])(?<!\d[-+])(?P<century>19|20)?(?P<yy>\d\d)(?P<s>[-.])(?P<mm>\d\d)(?P=s)"
    r"(?P<dd>\d\d)(?:\s*[-+]\s*|\s+|\.)(?P<serial>\d{4})(?![\d:])(?![-+]\d)"
)
# The date with spaces: 12 12 12-1212, 2012 12 12 1212; not inside a run of spaced
# numbers (a calendar's weeks, a row of figures), which has more before or after.
SPACED = re.compile(
    r"(?=\d)(?<![\d.:])(?<!\d[-+])(?<!\d\s)(?P<century>19|20)?(?P<yy>\d\d) (?P<mm>\d\d) "
    r"(?P<dd>\d\d)(?:\s*[-+]\s*| )(?P<serial>\d{4})(?![\d:])(?![-+]\d)(?!\s\d)"
)
# Soon after a word for a personal number, in the same sentence, ten or twelve digits
# however they are grouped (spaces, dots, dashes, slashes): "pnr: 1203 04-12 39".
WORDED = (
    re.compile(r"(?<!\d)\d(?:[\s./+-]{0,3}\d){11}(?!\d)"),
    re.compile(r"(?<!\d)\d(?:[\s./+-]{0,3}\d){9}(?!\d)"),
)
# What makes the number after the word a phone number ("… personnummer. Ring 070-…").
PHONE_WORD = re.compile(r"\b(?:ring|tel|telefon|mobil|sms|fax|växel)", re.IGNORECASE)
DATE_SHAPED = re.compile(r"\d{6}|\d\d[ .-]\d\d[ .-]\d\d")  # how a number from 0 must start
SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
WORD_START = re.compile(r"p(?:ers|-?nr)|samordningsnum|föd|id-?n")  # PERSON_WORD's starts
WORD_REACH = 60  # how far after the word its number may start
NUMBER_PARTS = frozenset("0123456789 ./+-\t")
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
    r"[0-9][0-9](?:[0-9]{4}|[-. ][0-9][0-9][-. ][0-9][0-9])" + SEPARATOR + r"[0-9]{4}"
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
    the line, or a word for a phone after the last one ("… personnummer i mejl, ring
    0701230005"): how phone numbers are written (0701230005, 0480451201). A personnummer
    from 2000–2009 written so is told apart only by such a word."""
    written = match.group()
    if match["century"] or not written.isdigit() or not written.startswith("0"):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    words = list(PERSON_WORD.finditer(text, line_start, match.start()))
    return not words or PHONE_WORD.search(text, words[-1].end(), match.start()) is not None


def personal_numbers(text: str, *, worded: bool = True) -> Iterator[int]:
    """Index in `text` where each valid personnummer or samordningsnummer starts; without
    `worded`, only those written as one (the last look's quick scan of everything a site
    publishes: `carried`; the check finds the others in the content)."""
    plain = text.isascii() and not any(c in text for c in "&\\%*_~`")
    readable, where = (text, []) if plain else as_seen(text)
    found = sorted({*_written(readable), *(_worded(readable) if worded else ())})
    yield from found if plain else (where[start] for start in found)


def _written(readable: str) -> Iterator[int]:
    """Where a number written as a personnummer is (as the date, or in one run)."""
    if not CANDIDATE.search(readable):
        return
    for match in PERSONAL_NUMBER.finditer(readable):
        valid = _is_date(match["date"], match["century"]) and luhn(match["date"] + match["serial"])
        if valid and not _is_phone(match, readable):
            yield match.start()
    for match in (*DATED.finditer(readable), *SPACED.finditer(readable)):
        date, serial = match["yy"] + match["mm"] + match["dd"], match["serial"].replace(" ", "")
        if _is_date(date, match["century"]) and luhn(date + serial):
            yield match.start()


def _person_words(text: str) -> Iterator[re.Match[str]]:
    """`PERSON_WORD.finditer(text)`, tried only where one of its words can start (found in
    the lower-cased text by `WORD_START`, which the regex engine searches many times
    quicker than the words themselves, case-insensitive, at every character)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter that lower-cases to two: the plain way
        yield from PERSON_WORD.finditer(text)
        return
    end = 0
    for start in WORD_START.finditer(lowered):
        if start.start() >= end and (word := PERSON_WORD.match(text, start.start())):
            end = word.end()
            yield word


def _worded(readable: str) -> Iterator[int]:
    """Where a number grouped in any way starts, soon after a word for a personal number
    in its sentence ("Elevens personnummer är 1203 04-12 39"); not after a word for a
    phone, and a number from 0 only when it starts as a date (070-123 45 69 is a phone)."""
    for word in _person_words(readable):
        end = _reach(readable, word.end())
        for pattern in WORDED:
            for match in pattern.finditer(readable, word.end(), end):
                if PHONE_WORD.search(readable, word.end(), match.start()):
                    continue
                if _valid_worded(match.group()):
                    yield match.start()


def _reach(readable: str, start: int) -> int:
    """Where the number after a word must have ended: the sentence's end, or a little
    after the word (with the whole of a number that stands there)."""
    stop = SENTENCE_END.search(readable, start)
    end = min(len(readable) if stop is None else stop.start(), start + WORD_REACH)
    while (
        end < len(readable)
        and readable[end] in NUMBER_PARTS
        and (stop is None or end < stop.start())
    ):
        end += 1
    return end


def _valid_worded(written: str) -> bool:
    digits = re.sub(r"\D", "", written)
    century, date = (digits[:2], digits[2:8]) if len(digits) == 12 else (None, digits[:6])
    if century is None and digits.startswith("0") and not DATE_SHAPED.match(written):
        return False
    return century in (None, "19", "20") and _is_date(date, century) and luhn(digits[-10:])


# A Markdown link's `[` or `](address)` between digits: the page shows the digits as one
# run ("[120304](https://…)-1239" is 120304-1239 to a reader).
LINK_BETWEEN_DIGITS = re.compile(r"(?<=\d)(?:\]\([^()\s]*\)|\[)(?=[\d+ -]|$)", re.MULTILINE)


def markdown_numbers(text: str) -> Iterator[int]:
    """`personal_numbers` of Markdown as its page shows it: also the numbers that a link's
    syntax splits. (The syntax is made invisible, not removed, so indices stay.)"""
    found = set(personal_numbers(text))
    if "[" in text or "](" in text:
        shown = LINK_BETWEEN_DIGITS.sub(lambda m: "\u200b" * len(m.group()), text)
        found.update(personal_numbers(shown) if shown != text else ())
    yield from sorted(found)


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


LOCAL_PART = re.compile(r"[\w.%+-]+$")
DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


# An address written so that programs miss it and readers do not: "kalle [at] elev.se",
# "kalle(snabel-a)elev(punkt)se".
SPELT_AT = re.compile(
    r"\s*[\[({<]\s*(?:at|snabel[- ]?a|@|＠)\s*[\])}>]\s*|\s+(?:@|＠|snabel-a)\s+",
    re.IGNORECASE,
)
SPELT_DOT = re.compile(r"\s*[\[({<]\s*(?:dot|punkt|\.)\s*[\])}>]\s*", re.IGNORECASE)


def _spelt_out(text: str) -> str:
    """`text` with each spelt-out @ and dot as the character, padded with zero-width
    spaces (which a reader does not see) to the same length, so that indices stay."""
    if not SPELT_AT.search(text):
        return text
    text = SPELT_AT.sub(functools.partial(_padded, "@"), text)
    return SPELT_DOT.sub(functools.partial(_padded, "."), text)


def _padded(char: str, spelt: re.Match[str]) -> str:
    return char + "\u200b" * (len(spelt.group()) - 1)


def emails(text: str) -> Iterator[tuple[int, str]]:
    """(index, domain in lower case) of each e-mail address in `text`, read as a reader
    sees it ("kalle&#64;elev.se", "kalle [at] elev.se" and a zero-width space inside the
    domain included)."""
    text = _spelt_out(text)
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
