"""Whether a word glued to a class by a dash that ends like a noun is a name after all
(`rules.mentions`, TP404): "Stefan-4B", "Elena–4B" end like "Veckan" and "Läxorna",
which a line's first word glued to a class names as a heading's noun ("Läxor–4B").

A name is told by an ending that names have and nouns seldom have ("-ian", "-fan",
"-van", "-jan", "-ena", "-ina", "-nna", "-ver", "-ktor", "-sper", "-nnar": Kristian,
Stefan, Ivan, Dejan, Elena, Nina, Johanna, Oliver, Hektor, Jesper, Gunnar, and Peter),
or by what follows it: what one person suffered or did, or how one person is
("Stefan-4B blev slagen", "Elena–4B har flyttat", "Marcus-4B är ny"), which is said of
no heading's noun.
"""

from __future__ import annotations

import re

from generator.rules.harm import harm_follows
from generator.rules.phrasings import ONE_PERSON, ONE_PERSON_DID

NAME_ENDING = re.compile(
    r"\w+(?:[iy]an|aan|(?<!f)fan|van|jan|[aeiouyé]na|nna|ver|fer|ktor|ctor|stor|hmet|sper"
    r"|nnar|gnar)|[A-ZÅÄÖ]eter"
)
_SAID_OF_ONE = re.compile(
    rf"[ \t]*[,:]?[ \t]+(?:{ONE_PERSON_DID}|{ONE_PERSON})(?![\wåäö])", re.IGNORECASE
)


def a_name_after_all(name: str, text: str, end: int) -> bool:
    """Whether `name`, which ends like a noun, is a name: by its ending, or by what is
    said after the mention that ends at `end` in `text`."""
    if NAME_ENDING.fullmatch(name) is not None:
        return True
    return harm_follows(text, end) or _SAID_OF_ONE.match(text, end) is not None
