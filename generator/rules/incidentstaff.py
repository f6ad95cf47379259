"""Whether a name in a sentence that tells of an incident is staff's, an author's, a
contact's or a thing's, and no pupil's (`rules.incidentnames`, TP404): a word for a thing
before it (`names.THING_BEFORE`), "beslutad av", "enligt", "kontakta", a staff role as
its title or after it ("kurator Ebba Lind", "Ebba Lind, kurator,"), staff's work after it
("Anna Berg utredde"), a colleague beside it, a declared member of staff
(`rules.declaredstaff`), and the signs of staff `rules.stafflists` reads.
"""

from __future__ import annotations

import re

from generator.rules import textindex
from generator.rules.declaredstaff import names_declared_staff
from generator.rules.harm import harm_follows
from generator.rules.incidentpersons import Person
from generator.rules.incidents import (
    EXCUSING_WORDS,
    NOT_IN_IT_BEFORE,
    ROLE_BEFORE,
    STAFF_AFTER,
    STAFF_PARTNER,
    STAFF_VERB_BEFORE,
)
from generator.rules.names import STAFF_IN_A_WORD, THING_BEFORE
from generator.rules.staff import LIST_ITEM, PHONE_REACH, titled_by_a_role
from generator.rules.stafflists import staff_named

DIGIT = re.compile(r"\d")
# What before a name makes it a thing's, an author's, a contact's or staff's, in one.
EXCUSED_BEFORE = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (THING_BEFORE, NOT_IN_IT_BEFORE, ROLE_BEFORE, STAFF_VERB_BEFORE)
    ),
    re.IGNORECASE,
)


def excused(text: str, person: Person, declared: frozenset[str]) -> bool:
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


# A quoted title's marks (Swedish writes ” on both sides); the opening one inside a
# sentence, after a word ("pratade om «Harry Potter»"), not a value's quotes.
OPENING = re.compile(r"[\wåäö,:][ \t]+[«”“\"]")
QUOTES = '”“"'
TITLE_REACH = 80  # characters a title is read back and on from a name in it


def in_a_title(text: str, person: Person) -> bool:
    """Whether a name stands in a quoted title of more than one word on its line, near
    it ("«Emil i Lönneberga»", "”Harry Potter”"): a book's, a film's or a story's, and
    no pupil's by the time an incident is told at (`incidentnames`). A name alone in
    quotes may be a pupil's ("«Ebba»")."""
    before = text[max(0, person.start - TITLE_REACH) : person.start].rpartition("\n")[2]
    after = text[person.end : person.end + TITLE_REACH].partition("\n")[0]
    if before.count("«") > before.count("»") and "»" in after:
        mark, closing = before.rfind("«"), after.find("»")
    elif sum(map(before.count, QUOTES)) % 2 == 1 and any(q in after for q in QUOTES):
        mark = max(map(before.rfind, QUOTES))
        closing = min(at for at in map(after.find, QUOTES) if at >= 0)
    else:
        return False
    title = f"{before[mark + 1 :]}{person.name}{after[:closing]}".strip()
    return " " in title and mark >= 2 and OPENING.match(before, mark - 2) is not None
