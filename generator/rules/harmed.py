"""Pupils named in a sentence that says what one of them suffered or did and gives a
class anywhere in it (TP404, through `rules.pii`): "Lärarna i 6A har märkt att Saga blir
utfryst", "I klass 4B har Omar blivit retad", "I 5A slog Milton en kompis".

The name is the one the harm is said of: right before it, with no other person or
condition between (`harm.harm_of_the_named`: not "Kontakta Anna om någon blir utsatt i
4B"), or right after a verb for it ("retade Saga", "utfryst av Omar"). A known first
name counts wherever it stands; any other capitalised word inside a sentence, where
Swedish capitalises names, unless the sentence is about a story (a book's or a film's
characters: "I 4B läser vi en bok där Birk blir utfryst"); at a sentence's start only
as the subject of a verb and the harm ("Zelda blir utfryst i 6A", "Zoran blev slagen i
6A"), not a common noun (`nameshape`: "Vikarien blev hotad i 6A"). Words for groups,
places, apps and staff (`rules.names`) and a name a staff role titles (`rules.staff`)
count never.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import (
    CLASS_END,
    GRADE_WORD,
    ORDINAL_GRADE,
    SPOKEN_GRADE,
    class_code,
)
from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.harm import (
    HARM_WORD,
    HARMED_BY,
    VERB_STEMS,
    harm_of_the_named,
    harm_starts,
)
from generator.rules.names import (
    LOWER,
    THING_BEFORE,
    UPPER,
    not_a_name,
    starts_a_sentence,
)
from generator.rules.nameshape import a_noun
from generator.rules.staff import titled_by_a_role

# A pupil's class or one grade: "6A", "klass 4B", "7a", "TE22A", "åk 5", "i fyran",
# "i 3:an", "förskoleklassen", "i fjärde klass"; not a span ("åk 4–6", "4A–4C") nor
# a format's "3D-".
_BLANK = r"[ \t]?"  # between a class's digit and its capital: "4 B"
CLASS_IN = re.compile(
    rf"(?<![\wåäö])(?:{class_code(_BLANK)}|{GRADE_WORD}[ \t]*[1-9F]|{SPOKEN_GRADE}"
    rf"|{ORDINAL_GRADE}){CLASS_END}(?![ \t]*[–-])"
)
# Where a sentence ends: its stop, a blank line, or a line that starts a list's item, a
# heading, a quote or a table's row.
# (Not an initial's dot: "Hugo B. blev slagen", "Eleven H.B. blev slagen".)
SENTENCE_END = re.compile(
    r"(?:(?<![\s.][A-ZÅÄÖ])\.|[!?])(?=\s|\Z)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+>#|]|\d+[.)])[ \t])"
)
REACH = 400  # characters a sentence is read back and on from its word for harm
CAPITALISED = re.compile(rf"(?<!\w)[{UPPER}][{LOWER}]{{1,15}}(?!\w)")
# A verb for harm done right before the name, whose object or subject it is ("retade
# Saga", "har hotat Omar", "I 5A slog Milton", "frös ut Zelda"), or a harm's agent
# ("utfryst av Omar", "biten av Omar", "knuffades av Omar": `harm.HARMED_BY`).
HARM_BEFORE = re.compile(
    rf"(?<!\w)(?:(?:(?:{'|'.join(VERB_STEMS)})(?:ade|te|ar|er|at|t)"
    r"|slog|slår|slagit|bet|biter|bitit|utsatte|utsätter|utsatt)(?:[ \t]+till)?"
    r"|(?:frös|fryser|frusit|stängde|stänger|stängt)[ \t]+ut(?:e)?"
    rf"|{HARMED_BY})[ \t]+\Z",
    re.IGNORECASE,
)
# A sentence's first word is its subject where a verb follows it ("Zelda blir utfryst"),
# maybe after where they are ("Zorro i klassen har blivit retad"; not a staff's group:
# "Anna i personalen har blivit hotad"), and no subject follows the verb: "Nu har Zelda
# blivit utfryst" starts with an adverb (Swedish puts the verb second), as "Nu har hon
# blivit utfryst" does.
VERB_AFTER = re.compile(
    r"(?:[ \t]+(?:i|på|från)[ \t]+(?!personal|arbetslag|ledning|elevhäls|kök|expedition)"
    r"[a-zåäö]+)?[ \t]+(?:blev|blir|har|hade|är|var|brukar|kommer)"
    rf"(?![\w])(?![ \t]+(?:[{UPPER}]|(?:han|hon|hen|de|dom|vi|jag|du|ni|man|det|den|någon)"
    r"(?!\w)))"
)
# A sentence about a story: its names are its characters'.
STORY = re.compile(
    r"(?<!\w)(?:bok(?:en)?|film(?:en)?|serien|sagan|berättelsen|pjäsen|novellen|romanen"
    r"|läs(?:er|te|a)|handlar[ \t]+om)(?!\w)",
    re.IGNORECASE,
)


def harmed_named(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each pupil named in a sentence about what one person suffered or
    did that gives a class or a grade."""
    done = 0  # where the last sentence read ends
    for at in harm_starts(text):
        if at < done:
            continue
        start, end = _sentence(text, at, done)
        done = end
        if CLASS_IN.search(text, start, end) is not None:
            yield from _named(text, start, end)


def _sentence(text: str, at: int, after: int) -> tuple[int, int]:
    """Where the sentence that `at` is in starts (not before `after`) and ends, read
    within `REACH` of `at`."""
    start = max(after, at - REACH)
    for stop in SENTENCE_END.finditer(text, start, at):
        start = stop.end()
    end = SENTENCE_END.search(text, at, at + REACH)
    return start, end.start() if end else min(len(text), at + REACH)


def _named(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """Each name between `start` and `end` that the harm is said of, found by its first
    name where a surname follows it ("Ahmed Karimi i 4B blev knuffad" names Ahmed)."""
    story = STORY.search(text, start, end) is not None
    first, last_end, found = None, -2, -1  # the first word of a person's names
    for word in CAPITALISED.finditer(text, start, end):
        if first is None or word.start() != last_end + 1 or not_a_name(first.group()):
            first = word
        last_end = word.end()
        if first.start() == found or not _harmed(text, (first, word), start, story=story):
            continue
        named = first if first is not word and _a_name(text, first, story=story) else word
        found = first.start()
        yield named.start(), named.group()


def _harmed(
    text: str, names: tuple[re.Match[str], re.Match[str]], start: int, *, story: bool
) -> bool:
    """Whether the last word of a person's `names` (their first and last) names the one
    the harm is said of, and no staff role titles the first."""
    first, word = names
    at = word.start()
    if not _a_name(text, word, story=story):
        return False
    said = (
        harm_of_the_named(text, word.end())
        or _harm_after_verb(text, word.end())
        or HARM_BEFORE.search(text, max(start, at - 30), at)
    )
    return bool(said) and not titled_by_a_role(text, first.start(), word.end(), reach=30)


def _a_name(text: str, word: re.Match[str], *, story: bool) -> bool:
    """Whether `word` is read as a name: a known first name; or any capitalised word no
    group's, place's, app's or thing's, inside a sentence not about a story, or at its
    start as its subject."""
    name, at = word.group(), word.start()
    if not_a_name(name):
        return False
    if name in FIRST_NAMES:
        return True
    if story or THING_BEFORE.search(text, max(0, at - 30), at):
        return False
    return not starts_a_sentence(text, at) or _subject(text, word)


def _subject(text: str, word: re.Match[str]) -> bool:
    """Whether a sentence's first word is its subject, as a name: a verb follows it
    ("Zelda blir utfryst", "Milton slog en kompis"), and it is no common noun
    (`nameshape`: "Vikarien", "Fönstret"; not "Milan")."""
    subject = _harm_after_verb(text, word.end()) or (
        text[word.end() : word.end() + 1].isspace()
        and HARM_WORD.match(text, word.end() + 1) is not None
    )
    return subject and not a_noun(word.group())


def _harm_after_verb(text: str, end: int) -> bool:
    """Whether a verb follows `end` (`VERB_AFTER`), and the harm it ("Zorro i klassen
    har blivit retad")."""
    verb = VERB_AFTER.match(text, end)
    return verb is not None and harm_of_the_named(text, verb.end())
