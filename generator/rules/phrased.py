"""Pupils named in phrasings the main scan (`rules.pii`) does not read (TP404):
initials, an initial for the surname without its dot, a bracket that calls the person a
pupil or gives an age, "i år 7", "som är i klass 7B", a class in the next sentence, a
social media handle with a class, and an unknown name that starts a sentence "från 9B"
or stands alone with its class ("Yousef ur 9B.", "- Yousef från 9B"); the patterns of
all but initials are `rules.phrasedpatterns`'.

Initials with a class ("K.N. i 8A", "K N (8A)", "KN i 8A") name a pupil to everyone who
knows the class, in a small school to all its pupils and parents; staff lists give staff
so too ("Mentor A.B. i 9B", "## Mentorer" and then "- A.B. i 9B"), and there no sign of
staff (`stafflists.staff_named`) excuses them. Three capitals without dots ("KLN i 8A")
are more often an abbreviation than initials ("EHT", "NPF"): they count with a pupil word
("eleven KLN i 8A") or what one person suffered or did after them ("KLN i 9B blev
slagen"), and are a warning of their own otherwise (TP407, `initials_alone`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.classes import CHILD_WORDS, class_code
from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.fullnames import SENTENCE_STARTS, widened
from generator.rules.harm import HARM_WORD, harm_follows
from generator.rules.harmed import SENTENCE_END
from generator.rules.mentions import pupil_mentions
from generator.rules.names import UPPER, name_as_words, not_a_name
from generator.rules.nameshape import a_noun
from generator.rules.phrasedpatterns import (
    ALONE_WITH_A_CLASS,
    CLASS,
    FROM_CLASS,
    HANDLE,
    IN,
    PHRASINGS,
    WHO_GOES_IN,
)
from generator.rules.stafflists import staff_named
from generator.text import words

# Subjects', programmes', tests', teams' and bodies' short names in capitals: "NO i 9B"
# is science, "NP i 9B" the national tests, "EHT" the pupil health team, "NN" no one
# named.
ABBREVIATIONS = words(
    """
    NO SO IT HK BD TE EN SV MA BL ID UF EU FN KF SA NA EK ES IB HT VT ÅK AK OK NP PM TV PC
    AI VR BI FY KE GE HI RE SH TK MO ML SP TY FR IM BF EE FT HA HU IN NB RL VF VO SI NN XX
    SMS EHT EHM SVA SFI SYV NPF BUP BVC HLR IKT APT KBT IUP ADD LSS SIP HKK IDH DVD USA
    """
)
# Initials: "S.L.", "S. L.", "K.N", "K N", "K N.", "SL" (two or three capitals), before
# a class.
INITIALS = re.compile(
    rf"(?<![\w.])(?P<name>(?:[{UPPER}](?:\.[ \t]?|[ \t])){{1,2}}[{UPPER}]\.?|[{UPPER}]{{2,3}})"
    rf"(?![\wåäö])(?:{IN}|[ \t]*,[ \t]*|[ \t]*\([ \t]*){CLASS}"
)
# A pupil's word before the initials, or in the bracket after them.
PUPIL_WORD = re.compile(
    rf"(?i)(?<![\wåäö])(?:elev(?:en)?|{'|'.join(CHILD_WORDS)})[ \t]*\(?[ \t]*\Z"
)
# Each phrasing (`phrasedpatterns`) has a class or a grade ("i år 7"): a text without
# either has none of them, nor initials with a class (`phrased_pupils`).
NEEDED = re.compile(class_code(r"\s?") + r"|år[ \t]+[1-9]")  # as `CLASS`, `IN_YEAR` read them


# Initials after a pupil word, with no class: "Eleven H.B. blev slagen", "eleven JK".
INITIALS_OF_A_PUPIL = re.compile(
    rf"(?i:(?<![\wåäö])(?:elev(?:en)?|{'|'.join(CHILD_WORDS)}))[ \t]+"
    rf"(?P<name>[{UPPER}]\.(?:[ \t]?[{UPPER}]\.){{0,2}}|[{UPPER}]{{2,3}}(?![\wåäö]))"
)


def phrased_pupils(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each pupil named in one of these phrasings in `text`."""
    if NEEDED.search(text) is not None:
        yield from _phrased(text)
    yield from _handles(text)
    yield from _initials_of_a_pupil(text)


def _initials_of_a_pupil(text: str) -> Iterator[tuple[int, str]]:
    """(index, initials) of initials after a pupil word that what one person suffered or
    did follows, with no class ("Eleven H.B. blev slagen"; not "eleven NPF")."""
    for match in INITIALS_OF_A_PUPIL.finditer(text):
        name = match["name"]
        if name not in ABBREVIATIONS and harm_follows(text, match.end()):
            yield match.start("name"), name


def _phrased(text: str) -> Iterator[tuple[int, str]]:
    """(index, name) of each pupil named with initials or in one of `PHRASINGS`."""
    yield from _initials(text)
    for pattern, any_word in PHRASINGS:
        for match in pattern.finditer(text):
            if _a_pupil(text, match, any_word=any_word):
                yield widened(text, match.start("name"), match["name"])


def _a_pupil(text: str, match: re.Match[str], *, any_word: bool) -> bool:
    """Whether the match's name is a known first name (or any word that is no noun, where
    `any_word`), no staff role titles it, and where the class is only said to be theirs
    ("som är i", "Han är i") what one person suffered or did follows."""
    name = match["name"]
    if not_a_name(name) or not (name in FIRST_NAMES or any_word):
        return False
    if match.re in (FROM_CLASS, WHO_GOES_IN, ALONE_WITH_A_CLASS) and _no_name(match):
        return False  # "Bussen från 9B har varit sen", "Se Bilaga (4B)."
    if staff_named(text, match):
        return False
    verb = match.groupdict().get("verb")
    return verb in (None, "går", "gick") or _harm_in_sentence(text, match.end())


def _no_name(match: re.Match[str]) -> bool:
    """Whether the words before a class are no person's though capitalised: a noun
    ("Bussen från 9B", "Schemat i 9B"), or a verb or a greeting that starts a sentence
    before a noun or a title ("Se Bilaga (4B).", "Läs Boken i 4B")."""
    name, second = match["name"], match["second"]
    if a_noun(name):
        return True
    if not second or name in FIRST_NAMES:
        return False
    return name in SENTENCE_STARTS or a_noun(second)


def _initials(text: str) -> Iterator[tuple[int, str]]:
    """(index, initials) of initials with a class that name a pupil: no sign of staff,
    and three capitals without dots only with a pupil word or harm after them."""
    for match in INITIALS.finditer(text):
        name, start = match["name"], match.start("name")
        if name in ABBREVIATIONS or staff_named(text, match):
            continue
        pupil_word = PUPIL_WORD.search(text, max(0, start - 12), start) is not None
        if not _abbreviation_like(name) or pupil_word or harm_follows(text, match.end()):
            yield start, name


def _abbreviation_like(initials: str) -> bool:
    """Whether initials are three capitals without dots ("KLN"), as abbreviations are."""
    return len(initials) == 3 and initials.isalpha()


def initials_alone(text: str) -> Iterator[tuple[int, str]]:
    """(index, initials) of three capitals without dots with a class that name no pupil
    by the rules above, no known abbreviation and no staff's: "Vi pratade med KLN i
    8A"."""
    if NEEDED.search(text) is None:  # initials with no class
        return
    named = {index for index, _name in _initials(text)}
    for match in INITIALS.finditer(text):
        name, start = match["name"], match.start("name")
        if not _abbreviation_like(name) or name in ABBREVIATIONS or start in named:
            continue
        if not staff_named(text, match):
            yield start, name


def _handles(text: str) -> Iterator[tuple[int, str]]:
    """A social media handle read as an id is ("@saga_9b" is Saga 9B)."""
    if "@" not in text:
        return
    for match in HANDLE.finditer(text):
        words = name_as_words(match["handle"])
        for _index, name in pupil_mentions(words, as_id=True):
            yield match.start(), name
            break


def _harm_in_sentence(text: str, end: int) -> bool:
    """Whether what one person suffered or did is said after `end` in its sentence."""
    stop = SENTENCE_END.search(text, end)
    return HARM_WORD.search(text, end, stop.start() if stop else len(text)) is not None
