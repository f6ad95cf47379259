"""A pupil named in small letters in a link's address (TP404, beside
`rules.linked_names`): "?elev=zelda+holm+7c", "/elever/zelda-holm-7c", "?namn=zelda+7c".

An address writes names in small letters, so an unknown name is not told by its
capital. Words read as a name there where they stand right before a class and none
is one for a group, a role, a thing or a place, nor a small word of a sentence
("utflykt-till-skansen-4b", "lucia-3a"): a first name and a surname that make a query's
whole value or follow a pupil word ("elever/zelda-holm-7c"), or one word that makes a
query field for a pupil's name ("?elev=zelda+7c"); or a query's field for a pupil's
name beside one that gives a class ("?namn=zelda+holm&klass=7c").
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from generator.personal_data.classed import GROUP, ROLE
from generator.personal_data.classes import CLASS_IN_AN_ID
from generator.personal_data.link_parts import JOINERS
from generator.rules.names import not_a_name
from generator.text import words

_WORD = r"[a-zåäöéü]{2,20}"
_CLASS = rf"(?:(?:i|fran|från|pa|på|ur)\s+)?(?:klass\s*)?(?:{CLASS_IN_AN_ID})"
# A first name and a surname before a class, after a pupil word ("elever/zelda-holm-7c").
NAMED = re.compile(
    r"(?<![\wåäö])(?:elev|elever|eleven|eleverna|barn|barnet)\s+"
    rf"(?P<first>{_WORD})\s+(?P<second>{_WORD})\s+{_CLASS}(?![\wåäö])",
    re.IGNORECASE,
)
# A query's value: a first name and a surname, or (in a field for a pupil's name) one
# word, and a class.
VALUE = re.compile(rf"\s*(?P<first>{_WORD})\s+(?:(?P<second>{_WORD})\s+)?{_CLASS}\s*", re.I)
# A name alone, where another field gives the class ("?namn=zelda+holm&klass=7c").
BARE_NAME = re.compile(rf"\s*(?P<first>{_WORD})(?:\s+(?P<second>{_WORD}))?\s*", re.I)
CLASS_FIELD = re.compile(rf"\s*{_CLASS}\s*", re.I)
PUPIL_KEYS = words("elev elevnamn namn name barn student pupil")
# The small words of a slug made of a sentence.
SMALL_WORDS = words(
    "i pa på fran från ur till med for för och om av den det en ett vart vårt var vår "
    "nya ny alla hela infor inför efter under vid hos mot som har är ar klass"
)


def address_pupil(address: str, part: str) -> str | None:
    """The name (capitalised) that `part`, the words of `address`, gives in small
    letters before a class, None when it gives none."""
    for match in NAMED.finditer(part):
        if _names(match["first"], match["second"]):
            return match["first"].capitalize()
    try:
        fields = parse_qsl(urlsplit(address.strip("<>")).query)
    except ValueError:
        return None
    classed = any(CLASS_FIELD.fullmatch(value) for _key, value in fields)
    for key, written in fields:
        value, named = written.translate(JOINERS), key.casefold() in PUPIL_KEYS
        alone = BARE_NAME.fullmatch(value) if classed and named else None
        found = VALUE.fullmatch(value) or alone
        if found is None or not (found["second"] or named):
            continue
        if _names(found["first"], found["second"]):
            return found["first"].capitalize()
    return None


def _names(*found: str | None) -> bool:
    """Whether each word found may be a name: no small word, group's, role's or thing's."""
    for word in (w.casefold() for w in found if w):
        folded = word.translate(str.maketrans("åäö", "aao"))
        if word in SMALL_WORDS or not_a_name(word.capitalize()):
            return False
        if ROLE.search(folded) or GROUP.match(folded):
            return False
    return True
