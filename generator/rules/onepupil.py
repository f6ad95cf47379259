"""What TP406 says when the words it found point at one pupil, not a few: "en elev i
4B", "ett barn på avdelning Ekorren", "den enda eleven", "1 elev", "1 av 26 i 6A",
"n=1". One pupil is worse than a small count: whoever knows the class or the group
knows who it is, and what the sentence tells is then told of that one child.
"""

from __future__ import annotations

import re

from generator.rules.classcounts import CLASS_COUNT, OUT_OF
from generator.rules.pupilcounts import SMALL_COUNT, count_value

# Where the one pupil is placed, at the end of the words found: "i 4B", "på avdelning
# Ekorren", "i klass 7A", "i förberedelseklassen".
PLACE = re.compile(r"\s(?:i|på|från)\s+(?P<place>[^\s].*)$", re.IGNORECASE)
FORMS = (SMALL_COUNT, CLASS_COUNT, OUT_OF)  # how the words found were written
CHILD = re.compile(r"(?<![\wåäö])barn", re.IGNORECASE)
KNOWN = "och meningen säger något känsligt om {them}"
UNPLACED = "då säger meningen vad som hänt men inte vem det hände"


def one_pupil(found: str, least: int) -> tuple[str, str] | None:
    """The message and the hint for the words `found` by TP406 (`counts.small_counts`,
    `classcounts.class_counts`) when they point at one pupil; None for a few."""
    count = next(filter(None, (form.fullmatch(found) for form in FORMS)), None)
    if count is None or not _one(count):
        return None
    child = CHILD.search(found) is not None
    one, them, noun = ("ett enskilt barn", "barnet", "ett barn") if child else _PUPIL
    noun = noun.capitalize() if found[0].isupper() else noun
    said = KNOWN.format(them=them)
    if count.re is SMALL_COUNT and count["answers"]:
        message = f"'{found}' betyder att andelen är en enda elevs svar, {said}"
        return message, f"ta bort andelen, eller visa den först när minst {least} har svarat"
    if count.re is SMALL_COUNT and count["only"]:
        message = f"'{found}' pekar ut {one}: den enda i sin klass eller grupp, {said}"
        return message, f'skriv "{noun}", utan "den enda" och utan klass eller grupp: {UNPLACED}'
    place = PLACE.search(found)
    if place is None:
        where = " i klassen som nämns" if count.re is OUT_OF else ""
        message = f"'{found}' pekar ut {one}{where}, {said}"
        return message, f'skriv "{noun}", utan antal och utan klass eller grupp: {UNPLACED}'
    known = f"klass {place['place']}" if place["place"][0].isdigit() else place["place"]
    message = f"'{found}' pekar ut {one}: den som känner {known} vet vem det är, {said}"
    return message, f'skriv "{noun}" i stället för "{found}": {UNPLACED}'


_PUPIL = ("en enskild elev", "eleven", "en elev")


def _one(count: re.Match[str]) -> bool:
    """Whether the count found is one pupil: "en … i 4B", "den enda", or the number 1."""
    if count.re is SMALL_COUNT and (count["named"] or count["only"] or count["one"]):
        return True
    groups = ("count", "part", "answers") if count.re is SMALL_COUNT else ("count",)
    written = next((count[g] for g in groups if count[g]), None)
    return written is not None and count_value(written) == 1
