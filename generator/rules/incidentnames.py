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

from generator.rules.fullnames import widened
from generator.rules.harm import HARM_WORD, harm_of_the_named, harm_starts
from generator.rules.harmed import HARM_BEFORE, SENTENCE_END, STORY
from generator.rules.harmlabels import labelled_pupils
from generator.rules.incidentpersons import Person, persons_in
from generator.rules.incidents import (
    ACTOR,
    AFTER_NOUN,
    IN_INCIDENT,
    JOINED,
    JOINS,
    MANY_AFTER,
    NOUN_BEFORE,
    ONCE,
    ONE_INCIDENT,
    PUPIL_PARTNER,
    REPORTED,
    TOLD,
    WORD,
)
from generator.rules.incidentstaff import excused, in_a_title
from generator.rules.nameshape import a_noun
from generator.rules.reporters import reporting_pupils

REACH = 400  # characters a sentence is read back and on from what tells of an incident


def incident_pupils(
    text: str, found: Callable[[int], bool], declared: frozenset[str]
) -> Iterator[tuple[int, str, str]]:
    """(index, name, why: `IN_INCIDENT`, `JOINED` or `REPORTED`) of each pupil named in a
    sentence of `text` that tells of an incident, of each name joined to one `found` (the
    other scans' names, at the index a name starts) in any sentence, and of each pupil
    named as who reported or told (`rules.reporters`); but the staff the unit
    `declared`."""
    starts = set(harm_starts(text))  # (read once for this and `harmed`)
    starts.update(m.start() for told in TOLD if told is not HARM_WORD for m in told.finditer(text))
    starts.update(m.start() for m in WORD.finditer(text) if found(m.start()))
    done = 0
    for at in sorted(starts):
        if at < done:
            continue
        start, done = _sentence(text, at, done)
        yield from _pupils(text, (start, done), found, declared)
    for index, name in reporting_pupils(text, declared):
        if not found(index):
            yield index, name, REPORTED
    for index, name in labelled_pupils(text):
        person = Person(index, index + len(name), name, True)
        if not found(index) and not excused(text, person, declared):
            yield *widened(text, index, name), IN_INCIDENT


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
    told_by = next((pattern for pattern in TOLD if pattern.search(text, start, end)), None)
    told = told_by is not None
    persons = [p for p in persons_in(text, start, end, found) if told or p.sure]
    if not told and not any(found(p.start) for p in persons):
        return
    story = STORY.search(text, start, end) is not None
    once = told and not story and ONCE.search(text, start, end) is not None
    firsts = {name.split()[0] for name in declared}
    known: dict[int, bool] = {}

    def pupil(person: Person) -> bool:
        if person.start not in known:
            staff = not found(person.start) and excused(text, person, declared)
            known[person.start] = not staff
        return known[person.start]

    runs = list(_runs(text, persons))
    # a name joined to staff's ("rektor Anna Berg och Per Ek") is no pupil's by the time
    beside_staff = {
        p.start for run in runs if len(run) > 1 for p in run if any(not pupil(q) for q in run)
    }
    pupils = {p.start for p in persons if found(p.start)}
    for person in persons if told else ():
        named = _after_noun(text, start, person) or (not story and _in_it(text, start, person))
        named = named or (not story and _inverted_subject(text, start, person, once=once))
        by_when = once and person.sure and person.name.split()[0] not in firsts
        by_when = by_when and not in_a_title(text, person)
        if (named or (by_when and person.start not in beside_staff)) and pupil(person):
            pupils.add(person.start)
    for run in runs:
        if any(p.start in pupils for p in run):
            pupils.update(p.start for p in run if pupil(p))
    for person in persons:
        if person.start in pupils and not found(person.start):
            yield *widened(text, person.start, person.name), IN_INCIDENT if told else JOINED


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


# A finite verb in a sentence's second place, its subject after it ("Efter bråket i mars
# har Jonte fått stöd"), and the lowercase verb or word the subject is followed by.
INVERTED = re.compile(
    r"[\wåäö,]\s+(?:har|hade|blev|blir|fick|får|mår|mådde|var|är|kom|gick|ska|skulle|kunde|kan"
    r"|måste|behövde|ville|började|slutade)\s+\Z",
)
LOWER_AFTER = re.compile(r"\s+[a-zåäö]")


def _inverted_subject(text: str, start: int, person: Person, *, once: bool) -> bool:
    """Whether a capitalised word no known name, inside a sentence that tells when an
    incident happened, is the subject of its inverted clause: after the finite verb in
    second place, before a lowercase word ("Efter bråket i mars har Jonte fått stöd av
    kuratorn", "Efter kränkningen får Jonte stöd"). A common noun, a place or a thing is
    no subject there (`rules.names`, `nameshape`), nor, in a sentence that does not say
    when it happened, an owner ("Vid konflikter kan Skolverkets stöd användas")."""
    if person.sure or " " in person.name or a_noun(person.name):
        return False
    if not once and person.name.endswith("s"):
        return False
    verb = INVERTED.search(text, max(start, person.start - 20), person.start)
    return verb is not None and LOWER_AFTER.match(text, person.end) is not None


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
