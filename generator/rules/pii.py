"""Detectors for personal data in text: e-mail addresses and pupil names.

Pure functions over strings, each yielding the index where a match starts, so the
privacy rules can point at file:line:column. Personnummer are found by
`generator.personal_numbers`, which the validation of images uses too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.text import words

LOCAL_PART = re.compile(r"[\w.%+-]+$")
DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
DIGIT = re.compile(r"\d")


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
