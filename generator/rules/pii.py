"""Detectors for personal data in text: e-mail addresses and pupil names.

Pure functions over strings, each yielding the index where a match starts, so the
privacy rules can point at file:line:column. Personnummer (`generator.personal_data`)
and e-mail addresses (`generator.personal_data`) are found by modules the validation uses too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data import foreign_emails, pupil_emails
from generator.text import words

__all__ = ["foreign_emails", "pupil_emails", "pupil_mentions"]

DIGIT = re.compile(r"\d")


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
    Sal Salen Rum Rummet Hus Huset Plan Våning Buss Linje Grupp Avdelning Avdelningen Vecka
    Klassrådet Klassråd Många Flera Några Mentor Mentorn Mentorerna Lärare Läraren Lärarna
    Rektor Rektorn Kurator Kuratorn Personal Personalen Skolan Gruppen Trygghetsteamet
    Fritids Fritidshemmet Åk Årskurs Vi De Hen Han Hon Det Den Där Här Barnen Barn
    """
)
_NAME = r"(?P<name>[A-ZÅÄÖ][a-zåäöéü]{1,15})(?:\s+[A-ZÅÄÖ][a-zåäöéü]+)?"
_CLASS = r"(?:(?:klass|kl\.?)\s*)?(?:[1-9]\s?[A-ZÅÄÖ]|[1-9][a-zåäö])(?![\wåäöÅÄÖ])"
_GRADE = r"(?:[Kk]lass|[ÅåAa]k|[Åå]rskurs)\s*[1-9F](?![\wåäö])"
# How pupils name a grade: "i fyran", "i förskoleklassen".
_GRADE_WORD = (
    r"(?:ettan|tvåan|trean|fyran|femman|sexan|sjuan|åttan|nian|förskoleklassen|f-klassen)"
    r"(?![\wåäö])"
)
_LINK = r"(?:\s+(?:i|från|ur|på)\s+|\s*,\s*|\s*\(\s*)"
# A word that says the person is a pupil: "eleven Kalle", "vår elev Maja", "pojken Omar".
_PUPIL_ROLE = (
    r"(?<![\wåäö])(?:[Ee]lev(?:en)?|[Bb]arnet|[Pp]ojken|[Ff]lickan|[Kk]illen|[Tt]jejen"
    r"|[Ee]levrådsordförande(?:n)?|[Kk]lasskompisen)\s+"
)
PUPIL_IN_CLASS = re.compile(_NAME + _LINK + _CLASS)
PUPIL_IN_GRADE = re.compile(_NAME + r"\s+(?:i|från|ur|på)\s+" + _GRADE)
PUPIL_IN_GRADE_WORD = re.compile(_NAME + r"\s+(?:i|från|ur|på)\s+" + _GRADE_WORD)
PUPIL_BY_ROLE = re.compile(_PUPIL_ROLE + _NAME)
PUPIL_BY_CLASS_CODE = re.compile(_NAME + r"\s+[1-9][A-ZÅÄÖ](?![\wåäöÅÄÖ])")
STAFF_BEFORE = re.compile(
    r"(?:mentor|lärare|pedagog|rektor|kurator|resurs|assistent|sköterska|personal)\w*\s*$",
    re.IGNORECASE,
)


def _sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t\"'(*>–-")
    return not before or before[-1] in ".!?:\n|"


def pupil_mentions(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each mention of a pupil by name together with what makes them one.

    "Kalle i 4B", "Maja (7a)", "Lisa från åk 5", "Omar i fyran", "eleven Sara", "Ella 5B".
    A class (4B, 7a), a grade word (fyran) or a pupil word (eleven) counts with a known
    first name anywhere, or with any capitalised word inside a sentence (where only names
    are capitalised). A grade such as "åk 4" counts only with a known first name. Staff
    ("mentor Anna i 4B") do not count.
    """
    found: dict[int, str] = {}
    patterns = (
        (PUPIL_IN_CLASS, False),
        (PUPIL_IN_GRADE_WORD, False),
        (PUPIL_BY_ROLE, False),
        (PUPIL_IN_GRADE, True),
        (PUPIL_BY_CLASS_CODE, True),
    )
    for pattern, strict in patterns:
        for match in pattern.finditer(text):
            name, start = match["name"], match.start("name")
            if _looks_like_a_name(
                text, name, start, strict=strict, after_role=pattern is PUPIL_BY_ROLE
            ):
                found.setdefault(start, name)
    yield from sorted(found.items())


def _looks_like_a_name(text: str, name: str, start: int, *, strict: bool, after_role: bool) -> bool:
    """A known first name, or (unless `strict`) a capitalised word inside a sentence or
    after a pupil word; never a word for a group or place, never after a staff role."""
    if name in NOT_NAMES:
        return False
    if name not in FIRST_NAMES and not after_role and (strict or _sentence_start(text, start)):
        return False
    return not STAFF_BEFORE.search(text[max(0, start - 30) : start])


# Small counts in free text (TP406): "3 av 4 elever ... uppger att de blivit kränkta".
NUMBER_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
SMALL_COUNT = re.compile(
    r"(?<![\w,.\-–/:])(?P<count>\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
    r"(?:\s+av\s+(?:de\s+)?(?P<base>\d{1,2}|" + "|".join(NUMBER_WORDS) + r"))?"
    r"\s+(?:[a-zåäö]+\s+)?"
    r"(?:elev(?:er|erna)?|barn(?:en)?|flick(?:a|or|orna)|pojk(?:e|ar|arna)|kill(?:e|ar|arna)"
    r"|tjej(?:er|erna)?|personer|ungdomar(?:na)?|kompisar)(?![\wåäö])",
    re.IGNORECASE,
)
# Words for what makes a small count sensitive: the grounds, health, and harm done.
SENSITIVE = re.compile(
    r"(?<![\wåäö])(?:kränk|mobb|trakasser|hot(?:ad|at|ade|et|en|s)?(?![\wåäö])|våld|slag(?:en|its)"
    r"|slagna|utsatt|utsatta|rasis|diskrimin|övergrepp|sexuell|homo|bisexuell|hbtq|trans"
    r"|kön(?:s|et)?(?![\wåäö])|etnisk|religi|trosuppfattning|funktionsnedsättning|funktionsvariation"
    r"|diagnos|adhd|autism|npf|sjuk|ohälsa|psykisk|ångest|depression|självskad|ätstörning"
    r"|orosanmäl|socialtjänst|polisanmäl|frånvaro)",
    re.IGNORECASE,
)
GRADE_BEFORE = re.compile(
    r"(?:åk|årskurs|klass|kl|vecka|v|sidan|kapitel|steg)\.?\s*$", re.IGNORECASE
)


def small_counts(text: str, least: int) -> Iterator[tuple[int, str]]:
    """(index, words) of each count of pupils under `least` in a sentence that also names
    something sensitive: such a count can point out the pupils it is about."""
    for match in SMALL_COUNT.finditer(text):
        counts = [match["count"], match["base"] or ""]
        values = [NUMBER_WORDS.get(c.casefold()) or int(c) for c in counts if c]
        if not any(0 < value < least for value in values):
            continue
        if GRADE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            continue
        if SENSITIVE.search(_sentence_around(text, match.start(), match.end())):
            yield match.start(), " ".join(match.group().split())


def _sentence_around(text: str, start: int, end: int) -> str:
    before = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    after = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
    return text[before + 1 : min(after, default=len(text))]
