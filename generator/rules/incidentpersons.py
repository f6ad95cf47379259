"""The names in a sentence that tells of an incident (`rules.incidentnames`, TP404): a
known first name (`personal_data.firstnames`), a first and a last name (the last a
surname by its shape, `fullnames.SURNAME`, or any name after a known first name), or
another capitalised word where Swedish capitalises only names: inside a sentence, not
after a preposition for a place, or a sentence's subject where harm to it or what it
did follows ("Alma delade bilder"). Not a place's or a thing's name: an owner ("Astrid
Lindgrens skola"), a part of a compound ("Ebba Brahe-skolan", "Karlsson-salen"), a word
before a number ("Max 25 elever"), months, weekdays and words that start a sentence.
A known first name that is also an ordinary word (`firstnames.WORD_NAMES`) at a
sentence's start is a name, but not sure to be one: only what is said of it makes it a
pupil's ("Klara, 14 år, blev slagen"; not "Klara regler gjorde att bråket löstes").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from generator.personal_data.firstnames import FIRST_NAMES, WORD_NAMES
from generator.rules.fullnames import SENTENCE_STARTS, SURNAME
from generator.rules.harm import HARM_WORD, harm_of_the_named
from generator.rules.harmed import VERB_AFTER
from generator.rules.incidents import ACTOR, NOT_PERSONS, OWNER_AFTER, PLACE_AFTER, WORD
from generator.rules.names import not_a_name, starts_a_sentence
from generator.rules.nameshape import a_noun

BLANK = re.compile(r"[ \t]*\n?[ \t]*")  # between a first and a last name: one line's break at most
INSIDE = re.compile(r"[\wåäö,;]\s+\Z")
AT_A_PLACE = re.compile(r"(?<![\wåäö])(?:i|på|vid|till|ur|hos)\s+\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Person:
    """A name in a sentence: where it starts and ends, as a message gives it, and whether
    it is sure to be a person's (a known first name, or a first and a last name)."""

    start: int
    end: int
    name: str
    sure: bool


def persons_in(text: str, start: int, end: int, found: Callable[[int], bool]) -> Iterator[Person]:
    """The names in a sentence: a known first name, a first and a last name, or any other
    capitalised word inside it (not sure), or a name another scan found. Not a place's or
    a thing's name after all: an owner ("Astrid Lindgrens skola"), a part of a compound
    ("Ebba Brahe-skolan", "Karlsson-salen"), or a word before a number ("Max 25 elever")."""
    words = list(WORD.finditer(text, start, end))
    skip = -1
    for number, word in enumerate(words):
        if word.start() <= skip or _no_person(word.group()):
            continue
        after = words[number + 1] if number + 1 < len(words) else None
        joined = after is not None and BLANK.fullmatch(text, word.end(), after.start()) is not None
        # a name that is also a word, at a sentence's start, is not sure to be one
        # (`firstnames.WORD_NAMES`: "Klara, 14 år, blev slagen"; not "Klara regler …")
        as_word = word.group() in WORD_NAMES and starts_a_sentence(text, word.start())
        known = not as_word and any(part in FIRST_NAMES for part in word.group().split("-"))
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
            if last is not None or known or inside or as_word:
                yield Person(word.start(), end_at, name, last is not None or known)


def _no_person(word: str) -> bool:
    """A month, a weekday, a word that starts a sentence before a name (`fullnames`), or
    another word that is no name."""
    return word in NOT_PERSONS or word in SENTENCE_STARTS or not_a_name(word)


def _inside(text: str, at: int) -> bool:
    """Whether a capitalised word stands where Swedish capitalises only names: after a
    word and a blank inside a sentence, and not after a preposition for a place ("i
    Solrosen", "på Lövången")."""
    before = max(0, at - 20)
    return INSIDE.search(text, before, at) is not None and not AT_A_PLACE.search(text, before, at)


def _subject(text: str, word: re.Match[str]) -> bool:
    """Whether a sentence's first word, no common noun ("Vikarien", `nameshape.a_noun`), is
    its subject as a name: harm to it or what it did in an incident follows ("Alma delade
    bilder", "Zelda blev utfryst")."""
    if a_noun(word.group()):
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
