"""The signs that a name in a text is staff's, not a pupil's (`rules.pii`): a role right
before it ("mentor Anna i 4B"), "… är mentorer" after it, a contact list's phone number
right after it, or a list under a heading or a line that names a role ("## Mentorer",
"Mentorer i åk 7:"), or the names a staff role has as its list, right after it or after
"är" ("Lärarna i teamet är Maria Holm i 7A och Per Ek i 8B"). A heading right before a
sentence about what happened is no sign: "## Mentorer" and then "Maria i 8B blev slagen"
names a pupil.
"""

from __future__ import annotations

import re

from generator.personal_data.roles import PUPIL_DUTY, STAFF_SIGN
from generator.rules.shapes import A_NAME, CLASS, LINK

# A word for a staff role, from its start ("speciallärare"), not a pupil's duty that ends
# as one ("trivselledare").
_STAFF = rf"(?<!\w)(?!\w*?{PUPIL_DUTY})\w*?{STAFF_SIGN}"
# A role right before the name ("mentor Anna", "Mentorer i åk 4: Anna"), "… är mentorer"
# after it in the sentence, a line that lists staff ("Mentorer i åk 4: …").
STAFF_BEFORE = re.compile(
    _STAFF + r"\w*(?:[ \t]+(?:i|för)[ \t]+[^\n:,.]{1,12})?[ \t]*[:,]?[ \t]*\n?[ \t]*\Z",
    re.IGNORECASE,
)  # within a paragraph: "## Mentorer", a blank line and a sentence is no role before it
# (Within 200 characters: a list of names before "är mentorer" is shorter, and a search
# to the end of a long sentence for each of its names would take time by its square.)
STAFF_AFTER = re.compile(
    r"[^.!?\n]{0,200}?\b(?:är|var|blir)\s+(?:vår|våra|ny|nya|deras|hennes|hans)?\s*" + _STAFF,
    re.IGNORECASE,
)
STAFF_LIST = re.compile(_STAFF + r"\w*[^:\n.]{0,20}:", re.IGNORECASE)  # "Mentorer i åk 4: …"
PHONE = re.compile(r"(?<![\d-])0\d{1,3}[- ]?\d{2,3}[- ]?\d{2}[- ]?\d{2,3}(?![\d-])")
PHONE_REACH = 30  # characters after a name within which a contact list gives its number


def staff_named(text: str, match: re.Match[str]) -> bool:
    """Whether the match names staff: a role before it, "är mentor" after it in its
    sentence, a phone number right after it (contact lists name staff, with numbers), or
    a list it stands in under a heading or a line that names a staff role, or one a staff
    role's sentence lists ("Lärarna är Maria Holm i 7A och Per Ek i 8B")."""
    start = match.start("name")
    if STAFF_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", match.end())
    line = text[line_start : len(text) if line_end < 0 else line_end]
    listed = _introduced_by_staff(text, line_start, start)
    # A contact list's number follows the name closely ("Anna Berg, 4B, 070-…"); one at
    # the end of a sentence about what happened is no sign of staff.
    phone = PHONE.search(text, match.end(), min(match.end() + PHONE_REACH, line_start + len(line)))
    after = STAFF_AFTER.match(text, match.end())
    under = _listed_under_staff(text, line_start)
    return bool(listed or under or after or phone or _named_by_a_role(text, start))


INTRODUCTION_REACH = 60  # characters from a staff role's start to the colon after it


def _introduced_by_staff(text: str, line_start: int, start: int) -> bool:
    """Whether a colon before `start` on its line ends a line's words about staff
    ("Mentorer i åk 4: Anna Svensson, 4A"): a search before each colon, not of the whole
    line for each name (a long line has many)."""
    colon = text.rfind(":", line_start, start)
    while colon >= 0:
        if STAFF_LIST.search(text, max(line_start, colon - INTRODUCTION_REACH), colon + 1):
            return True
        colon = text.rfind(":", line_start, colon)
    return False


# A staff role and then the staff it names: right after it ("Fritidspedagogerna Maria
# Holm i 2A och Per Ek i 2B har rastvakt") or after "är" or "består av", the role the
# sentence's subject ("Lärarna i teamet är …", "Klassläraren är …").
STAFF_HEAD = re.compile(
    rf"(?P<role>{_STAFF}\w*)"
    r"(?:(?:\s+(?:i|för|på)\s+[^\s.!?:]+(?:\s+[^\s.!?:]+)?)?\s+(?:är|var|blir|heter|består\s+av)\s+"
    r"|\s+)",
    re.IGNORECASE,
)
# The names before one in such a list: each a name, maybe with a class ("Maria Holm i
# 7A"), and a comma or "och" after it.
NAMES_BEFORE = re.compile(
    rf"(?:{A_NAME}(?:{LINK}{CLASS}\)?)?\s*(?:,\s*(?:och|samt)?|och|samt)\s*)*"
)
LIST_REACH = 200  # characters from a role to the last name of its list
# How a role for several ends ("lärarna", "mentorer", "lärare"); a team has several too.
SEVERAL = ("na", "er", "or", "ar", "e")


def _named_by_a_role(text: str, start: int) -> bool:
    """Whether the name at `start` is the first a staff role names, or any of those a
    role for several names ("Mentorerna är Anna i 4B och Per i 5B"; "Mentorn Anna i 4B
    och Kalle i 5A" names one mentor). Within the name's paragraph."""
    reach = max(start - LIST_REACH, text.rfind("\n\n", 0, start) + 1)
    for head in STAFF_HEAD.finditer(text, reach, start):
        between = text[head.end() : start]
        if not between:
            return True
        if _for_several(head["role"]) and NAMES_BEFORE.fullmatch(between):
            return True
    return False


def _for_several(role: str) -> bool:
    stem = STAFF_WORD.search(role)
    if stem is None:
        return False
    return role[stem.end() :].casefold().endswith(SEVERAL) or stem.group().endswith("team")


LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
STAFF_WORD = re.compile(_STAFF, re.IGNORECASE)


def _listed_under_staff(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is an item of a list whose heading, or the line
    that introduces it ("Mentorer:"), names a staff role."""
    if not LIST_ITEM.match(text, line_start):
        return False
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not LIST_ITEM.match(line):
            introduces = line.lstrip().startswith("#") or line.rstrip().endswith(":")
            return introduces and STAFF_WORD.search(line) is not None
        end = start - 1
    return False
