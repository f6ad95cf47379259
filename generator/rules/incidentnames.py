"""Pupils named in a sentence that tells of an incident, with or without a class (TP404,
through `rules.pointed`): "Vid en kränkning mot Ebba på fritids …", "Efter incidenten
med Noah Karlsson …", "Wilma skickade skärmdumpar till hela klassen", "Noah Karlsson och
en annan elev har slagit …", and each name joined by "och" to a pupil's ("Noah Karlsson
och Liam Berg i klass 4B", where the main scan finds Liam Berg).

A name is a known first name (`personal_data.firstnames`) or a first and a last name, the
last a surname by its shape (`fullnames.SURNAME`): "Noah", "Zelda Holm". It is a pupil's
where the sentence tells who was in the incident: right after its noun ("kränkning mot",
"incidenten med", "bråket mellan"; there any capitalised word inside a sentence counts),
before or after harm to one person (`rules.harm`, `rules.harmed`), as the subject of what
one did ("bråkade", "skickade skärmdumpar"), or joined to a pupil ("och en annan elev").
In a sentence that says when it happened, or in the past ("i mars", "agerade", "har
slagit"), any name counts. A name is staff's, a thing's or a story's, and no pupil's,
where a role titles it ("kurator Ebba Lind", "Klassläraren är Maria Holm", `rules.stafflists`),
where it follows a word for a thing or a story is told (`rules.names`, `harmed.STORY`;
only right after an incident's noun it counts still), after "beslutad av", "enligt" or
"kontakta", beside a colleague ("Anna och en kollega"), and where the unit declares it
as staff (`rules.declaredstaff`; in a sentence that says only when, also its first name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules import textindex
from generator.rules.declaredstaff import names_declared_staff
from generator.rules.fullnames import SURNAME
from generator.rules.harm import HARM_WORD, harm_follows, harm_of_the_named
from generator.rules.harmed import DEFINITE, HARM_BEFORE, SENTENCE_END, STORY, VERB_AFTER
from generator.rules.incidents import (
    ACTOR,
    AFTER_NOUN,
    EXCUSING_WORDS,
    IN_INCIDENT,
    JOINED,
    JOINS,
    MANY_AFTER,
    NOT_IN_IT_BEFORE,
    NOT_PERSONS,
    NOUN_BEFORE,
    ONCE,
    ONE_INCIDENT,
    OWNER_AFTER,
    PLACE_AFTER,
    PUPIL_PARTNER,
    ROLE_BEFORE,
    STAFF_AFTER,
    STAFF_PARTNER,
    STAFF_VERB_BEFORE,
    TOLD,
    WORD,
)
from generator.rules.names import STAFF_IN_A_WORD, THING_BEFORE, not_a_name, starts_a_sentence
from generator.rules.nameshape import NAME_ENDING
from generator.rules.staff import LIST_ITEM, PHONE_REACH, titled_by_a_role
from generator.rules.stafflists import staff_named

DIGIT = re.compile(r"\d")
BLANK = re.compile(r"[ \t]*\n?[ \t]*")  # between a first and a last name: one line's break at most
INSIDE = re.compile(r"[\wåäö,;]\s+\Z")
AT_A_PLACE = re.compile(r"(?<![\wåäö])(?:i|på|vid|till|ur|hos)\s+\Z", re.IGNORECASE)
REACH = 400  # characters a sentence is read back and on from what tells of an incident
# What before a name makes it a thing's, an author's, a contact's or staff's, in one.
EXCUSED_BEFORE = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (THING_BEFORE, NOT_IN_IT_BEFORE, ROLE_BEFORE, STAFF_VERB_BEFORE)
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Person:
    """A name in a sentence: where it starts and ends, as a message gives it, and whether
    it is sure to be a person's (a known first name, or a first and a last name)."""

    start: int
    end: int
    name: str
    sure: bool


def incident_pupils(
    text: str, found: Callable[[int], bool], declared: frozenset[str]
) -> Iterator[tuple[int, str, str]]:
    """(index, name, why: `IN_INCIDENT` or `JOINED`) of each pupil named in a sentence of
    `text` that tells of an incident, and of each name joined to one `found` (the other
    scans' names, at the index a name starts) in any sentence; but the staff the unit
    `declared`."""
    starts = {m.start() for pattern in TOLD for m in pattern.finditer(text)}
    starts.update(m.start() for m in WORD.finditer(text) if found(m.start()))
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        start, done = _sentence(text, at, done)
        yield from _pupils(text, (start, done), found, declared)


def _sentence(text: str, at: int, after: int) -> tuple[int, int]:
    start = max(after, at - REACH)
    for stop in SENTENCE_END.finditer(text, start, at):
        start = stop.end()
    end = SENTENCE_END.search(text, at, at + REACH)
    return start, end.start() if end else min(len(text), at + REACH)


def _pupils(
    text: str, sentence: tuple[int, int], found: Callable[[int], bool], declared: frozenset[str]
) -> Iterator[tuple[int, str, str]]:
    """The pupils named in a sentence: where it tells of an incident, those in it (and in
    a sentence that says when it happened, every name); in any, a found name's partners.
    (Whether a name is excused is asked only of a name that would be a pupil's.)"""
    start, end = sentence
    told = any(pattern.search(text, start, end) for pattern in TOLD)
    persons = [p for p in _persons(text, start, end, found) if told or p.sure]
    if not told and not any(found(p.start) for p in persons):
        return
    story = STORY.search(text, start, end) is not None
    once = told and not story and ONCE.search(text, start, end) is not None
    firsts = {name.split()[0] for name in declared}
    known: dict[int, bool] = {}

    def pupil(person: Person) -> bool:
        if person.start not in known:
            excused = not found(person.start) and _excused(text, person, declared)
            known[person.start] = not excused
        return known[person.start]

    runs = list(_runs(text, persons))
    # a name joined to staff's ("rektor Anna Berg och Per Ek") is no pupil's by the time
    beside_staff = {
        p.start for run in runs if len(run) > 1 for p in run if any(not pupil(q) for q in run)
    }
    pupils = {p.start for p in persons if found(p.start)}
    for person in persons if told else ():
        named = _after_noun(text, start, person) or (not story and _in_it(text, start, person))
        by_when = once and person.sure and person.name.split()[0] not in firsts
        if (named or (by_when and person.start not in beside_staff)) and pupil(person):
            pupils.add(person.start)
    for run in runs:
        if any(p.start in pupils for p in run):
            pupils.update(p.start for p in run if pupil(p))
    for person in persons:
        if person.start in pupils and not found(person.start):
            yield person.start, person.name, IN_INCIDENT if told else JOINED


def _persons(text: str, start: int, end: int, found: Callable[[int], bool]) -> Iterator[Person]:
    """The names in a sentence: a known first name, a first and a last name, or any other
    capitalised word inside it (not sure), or a name another scan found. Not a place's or
    a thing's name after all: an owner ("Astrid Lindgrens skola"), a part of a compound
    ("Ebba Brahe-skolan", "Karlsson-salen"), or a word before a number ("Max 25 elever")."""
    words = list(WORD.finditer(text, start, end))
    skip = -1
    for number, word in enumerate(words):
        if word.start() <= skip or word.group() in NOT_PERSONS or not_a_name(word.group()):
            continue
        after = words[number + 1] if number + 1 < len(words) else None
        joined = after is not None and BLANK.fullmatch(text, word.end(), after.start()) is not None
        known = any(part in FIRST_NAMES for part in word.group().split("-"))
        last = after if joined and after is not None and _surname(after.group(), known) else None
        end_at = last.end() if last is not None else word.end()
        name = f"{word.group()} {last.group()}" if last is not None else word.group()
        skip = last.start() if last is not None else skip
        if found(word.start()):
            yield Person(word.start(), end_at, name, True)
        elif not _a_place(text, name, end_at):
            inside = _inside(text, word.start()) or (
                starts_a_sentence(text, word.start()) and _subject(text, word)
            )
            if last is not None or known or inside:
                yield Person(word.start(), end_at, name, last is not None or known)


def _inside(text: str, at: int) -> bool:
    """Whether a capitalised word stands where Swedish capitalises only names: after a
    word and a blank inside a sentence, and not after a preposition for a place ("i
    Solrosen", "på Lövången")."""
    before = max(0, at - 20)
    return INSIDE.search(text, before, at) is not None and not AT_A_PLACE.search(text, before, at)


def _subject(text: str, word: re.Match[str]) -> bool:
    """Whether a sentence's first word, no noun's definite form ("Vikarien"), is its
    subject as a name: harm to it or what it did in an incident follows ("Alma delade
    bilder", "Zelda blev utfryst")."""
    if DEFINITE.fullmatch(word.group()) and not NAME_ENDING.fullmatch(word.group()):
        return False
    verb = VERB_AFTER.match(text, word.end())
    if verb is not None and harm_of_the_named(text, verb.end()):
        return True  # "Zelda blev utfryst", "Zelda har blivit retad"
    direct = text[word.end() : word.end() + 1].isspace() and HARM_WORD.match(text, word.end() + 1)
    return bool(direct or ACTOR.match(text, word.end()))


def _a_place(text: str, name: str, end: int) -> bool:
    """Whether the words of a name end a place's or a thing's name (`PLACE_AFTER`)."""
    owner = name.rpartition(" ")[2] not in FIRST_NAMES and OWNER_AFTER.match(text, end)
    return bool(owner or PLACE_AFTER.match(text, end))


def _surname(word: str, known: bool) -> bool:
    """Whether a capitalised word after a first name is a surname: by its shape, or any
    name after a known first name ("Elin Ström")."""
    shaped = known or SURNAME.fullmatch(word) is not None
    return shaped and not not_a_name(word) and word not in NOT_PERSONS


def _excused(text: str, person: Person, declared: frozenset[str]) -> bool:
    """Whether a name is staff's, an author's, a contact's or a thing's."""
    at = person.start
    window = text[max(0, at - 40) : at].lower()
    if any(word in window for word in EXCUSING_WORDS) and EXCUSED_BEFORE.search(
        text, max(0, at - 40), at
    ):
        return True
    if names_declared_staff(declared, text, at):
        return True
    if any(p.match(text, person.end) for p in (STAFF_PARTNER, STAFF_AFTER)):
        return True
    if not _staff_near(text, person):
        return False
    if harm_follows(text, person.end):  # (no sign but a role's title excuses harm)
        return titled_by_a_role(text, at, person.end, reach=40)
    named = re.compile(rf"(?P<name>{re.escape(text[at : person.end])})").match(text, at)
    return named is not None and staff_named(text, named)


def _staff_near(text: str, person: Person) -> bool:
    """Whether a sign of staff (`rules.stafflists`) can stand by a name at all: a staff
    role's word on its line or right before it (a title, a label, "är mentor" after it),
    a number after it (a phone's), or a list's item (under a heading of staff)."""
    line = textindex.line_start(text, person.start)
    role = textindex.next_start(STAFF_IN_A_WORD, text, min(line, max(0, person.start - 40)))
    line_end = textindex.line_end(text, person.end)
    if 0 <= role < line_end or LIST_ITEM.match(text, line):
        return True
    return DIGIT.search(text, person.end, person.end + PHONE_REACH) is not None


def _after_noun(text: str, start: int, person: Person) -> bool:
    """Whether the name follows an incident's noun and who it was with ("kränkning mot
    Ebba", "incidenten med Noah", "bråket på rasten mellan Noah")."""
    by = AFTER_NOUN.search(text, max(start, person.start - 30), person.start)
    if by is None or NOUN_BEFORE.search(text, max(start, by.start() - 40), by.start()) is None:
        return False
    return by["by"].lower() != "med" or bool(
        ONE_INCIDENT.search(text, max(start, by.start() - 50), by.start())
    )


def _in_it(text: str, start: int, person: Person) -> bool:
    """Whether a name is harmed or harms, or did what the incident was."""
    return bool(
        harm_of_the_named(text, person.end)
        or HARM_BEFORE.search(text, max(start, person.start - 30), person.start)
        or ACTOR.match(text, person.end)
        or PUPIL_PARTNER.match(text, person.end)
        or MANY_AFTER.match(text, person.end)
    )


def _runs(text: str, persons: list[Person]) -> Iterator[list[Person]]:
    """The names joined by "och", "eller" or a comma, in a row ("Alice, Maja och Ebba")."""
    run: list[Person] = []
    for person in persons:
        if run and not JOINS.fullmatch(text, run[-1].end, person.start):
            yield run
            run = []
        run.append(person)
    if run:
        yield run
