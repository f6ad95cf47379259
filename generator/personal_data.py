"""Personal data in any text an author wrote: personnummer and e-mail addresses.

A personnummer or samordningsnummer is found however it is written for a reader: with
or without century, with a hyphen, plus or any Unicode space or dash between its parts,
with invisible characters (soft hyphen, zero-width space) inside it, or spelt with HTML
character references. Only numbers with a real date and a valid Luhn check digit
count, and a phone number (ten digits from 0, after a phone label) is not one.

E-mail addresses are judged by their domain: outside the huvudman's domains, or a
pupil's (the school's elevdomän, or a domain with a part such as "elev").

Every stage that reads such text (the rules, the validation of contacts, images and
SVG files) uses these functions, so each is defined once.
"""

from __future__ import annotations

import calendar
import html
import re
import unicodedata
from collections.abc import Iterator

# Any Unicode dash, the plus of a centenarian's number, and the underscore of file names.
DASHES = r"\-" + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
SEPARATOR = rf"(?:\s*[{DASHES}+_]\s*|\s+)?"
PERSONAL_NUMBER = re.compile(
    rf"(?<![\d+{DASHES}])(?P<century>19|20)?(?P<date>\d{{6}}){SEPARATOR}(?P<serial>\d{{4}})"
    rf"(?![\d{DASHES}])"
)
# A phone label just before the digits, as whole words ("ring" but not "Förbättring").
PHONE_LABEL = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:telefon\w*|tel|tfn|mobil\w*|ring|ringer|ringa|sms|växel)\.?\W{0,4}$",
    re.IGNORECASE,
)
SIX_DIGITS = re.compile(r"\d{6}")  # a cheap test before the full pattern
REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


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


def _readable(text: str) -> tuple[str, list[int]]:
    """`text` as a reader sees it: character references decoded and invisible format
    characters dropped; with the index in `text` of each character kept."""
    seen: list[str] = []
    where: list[int] = []
    index = 0
    while index < len(text):
        reference = REFERENCE.match(text, index) if text[index] == "&" else None
        if reference:
            decoded = html.unescape(reference.group())
            seen.extend(decoded)
            where.extend([index] * len(decoded))
            index = reference.end()
            continue
        if unicodedata.category(text[index]) != "Cf":
            seen.append(text[index])
            where.append(index)
        index += 1
    return "".join(seen), where


def _is_phone(match: re.Match[str], text: str) -> bool:
    """Ten digits from 0 in one run, after a phone label: 070-, 08- and so on."""
    written = match.group()
    if match["century"] or not written.isdigit() or not written.startswith("0"):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    return PHONE_LABEL.search(text[line_start : match.start()].rstrip(" :\"'")) is not None


def personal_numbers(text: str) -> Iterator[int]:
    """Index in `text` where each valid personnummer or samordningsnummer starts."""
    plain = text.isascii() and "&" not in text
    readable, where = (text, []) if plain else _readable(text)
    if not SIX_DIGITS.search(readable):
        return
    for match in PERSONAL_NUMBER.finditer(readable):
        date, serial = unicodedata.normalize("NFKC", match["date"]), match["serial"]
        serial = unicodedata.normalize("NFKC", serial)
        if not (date.isascii() and serial.isascii()):
            continue
        valid = _is_date(date, match["century"]) and luhn(date + serial)
        if valid and not _is_phone(match, readable):
            yield match.start() if plain else where[match.start()]


LOCAL_PART = re.compile(r"[\w.%+-]+$")
DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def emails(text: str) -> Iterator[tuple[int, str]]:
    """(index, domain in lower case) of each e-mail address in `text`."""
    at = text.find("@")
    while at >= 0:
        local, found = LOCAL_PART.search(text, max(0, at - 64), at), DOMAIN.match(text, at + 1)
        if local and found:
            yield local.start(), found.group().casefold()
        at = text.find("@", at + 1)


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
