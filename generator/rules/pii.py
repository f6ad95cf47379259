"""Detectors for personal data in text: personnummer, e-mail addresses, pupil names.

Pure functions over strings, each yielding the index where a match starts, so the
privacy rules can point at file:line:column.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from generator.text import words

# YYYYMMDD-XXXX, YYMMDD-XXXX, YYMMDD+XXXX, with or without the separator (hyphen,
# en dash, minus sign, plus or a space).
PERSONAL_NUMBER = re.compile(
    r"(?<![\d+\-–−])(?P<century>19|20)?(?P<date>\d{6})[-–−+ ]?(?P<serial>\d{4})(?![\d\-–−])"
)
# A phone number's label just before the digits: whole words only, so "personnr",
# "pnr" and "Förbättring" are not taken for "nr" or "ring".
PHONE_CONTEXT = re.compile(
    r"(?<![\wåäöÅÄÖ])(?:telefon\w*|tel|tfn|mobil\w*|mobilnr|ring|ringer|ringa|nr|nummer)"
    r"\.?\W{0,4}$",
    re.IGNORECASE,
)
DIGIT = re.compile(r"\d")
SIX_DIGITS = re.compile(r"\d{6}")  # a cheap test before the full pattern
LOCAL_PART = re.compile(r"[\w.%+-]+$")
DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


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


def personal_numbers(text: str) -> Iterator[int]:
    """Start index of each valid personnummer or samordningsnummer in `text`."""
    if not SIX_DIGITS.search(text):
        return
    for match in PERSONAL_NUMBER.finditer(text):
        date, serial = match["date"], match["serial"]
        if not (_is_date(date, match["century"]) and luhn(date + serial)):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if PHONE_CONTEXT.search(text[line_start : match.start()].rstrip(" :\"'")):
            continue
        yield match.start()


def foreign_emails(text: str, domains: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(index, domain) of each e-mail address outside `domains` and their subdomains."""
    allowed = tuple(d.casefold() for d in domains)
    at = text.find("@")
    while at >= 0:
        local, found = LOCAL_PART.search(text, max(0, at - 64), at), DOMAIN.match(text, at + 1)
        if local and found:
            domain = found.group().casefold()
            if not any(domain == d or domain.endswith("." + d) for d in allowed):
                yield local.start(), domain
        at = text.find("@", at + 1)


FIRST_NAMES = words(
    """
    Adam Agnes Ahmed Aisha Albin Alexander Alfred Ali Alice Alma Alva Amina Amir Anna Anton
    Arvid Astrid Axel Benjamin Casper Charlie Clara David Daniel Ebba Edith Edvin Elias Elin
    Ella Ellen Elliot Elsa Elvin Emil Emma Erik Ester Eva Fatima Felix Filip Frans Freja Gustav
    Hampus Hanna Harry Hassan Hedda Hugo Ibrahim Ida Ines Ingrid Iris Isabelle Isak Jack Jacob
    Johan Jonas Julia Kalle Karin Karl Leah Leo Liam Lilly Lina Linnea Linus Lisa Love Lova
    Lucas Ludvig Maja Majken Malte Maria Maryam Matilda Max Melvin Mia Mila Milo Moa
    Mohammed Molly Muhammad Nellie Nils Noah Nora Nour Olivia Olle Omar Oscar Otto Ronja Saga
    Sam Samuel Sara Selma Signe Simon Siri Sixten Sofia Stella Thea Theo Tilde Tyra Vera
    Viktor Vincent Wilhelm William Wilma Wilmer Yusuf Zeynep
    """
)
NOT_NAMES = words(
    """
    Alla Elever Eleverna Eleven Elevrådet Elevråd Flickor Pojkar Tjejer Killar Klass Klassen
    Klassrådet Klassråd Många Flera Några Mentor Mentorn Mentorerna Lärare Läraren Lärarna
    Rektor Rektorn Kurator Kuratorn Personal Personalen Skolan Gruppen Trygghetsteamet
    Fritids Fritidshemmet Åk Årskurs Vi De Hen Han Hon Det Den Där Här Barnen Barn
    """
)
_NAME = r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]{1,15})(?:\s+[A-ZÅÄÖ][a-zåäöéü]+)?"
_CLASS = r"(?:(?:klass|kl\.?)\s*)?(?:[1-9]\s?[A-ZÅÄÖ]|[1-9][a-zåäö])(?![\wåäöÅÄÖ])"
_GRADE = r"(?:[Kk]lass|[ÅåAa]k|[Åå]rskurs)\s*[1-9F](?![\wåäö])"
_LINK = r"(?:\s+(?:i|från|ur|på)\s+|\s*,\s*|\s*\(\s*)"
PUPIL_IN_CLASS = re.compile(_NAME + _LINK + _CLASS)
PUPIL_IN_GRADE = re.compile(_NAME + r"\s+(?:i|från|ur|på)\s+" + _GRADE)
STAFF_BEFORE = re.compile(
    r"(?:mentor|lärare|pedagog|rektor|kurator|resurs|assistent|sköterska|personal)\w*\s*$",
    re.IGNORECASE,
)


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"'(*>–-")
    return not before or before[-1] in ".!?:\n|"


def pupil_mentions(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each "Kalle i 4B"-like mention of a pupil together with a class.

    A class such as 4B or 7a counts with a known first name anywhere, or with any
    capitalised word inside a sentence (where only names are capitalised). A grade
    such as "åk 4" counts only with a known first name. Staff ("mentor Anna i 4B") do not.
    """
    found: dict[int, str] = {}
    if not DIGIT.search(text):
        return
    for pattern, strict in ((PUPIL_IN_CLASS, False), (PUPIL_IN_GRADE, True)):
        for match in pattern.finditer(text):
            name = match["name"]
            known = name in FIRST_NAMES
            if not known and (strict or name in NOT_NAMES or _sentence_start(text, match.start())):
                continue
            if STAFF_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                continue
            found.setdefault(match.start(), name)
    yield from sorted(found.items())
