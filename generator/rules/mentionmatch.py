"""Whether one match of a mention's patterns (`rules.pii`) names a pupil, for
`rules.mentions`: judged as a name or not (staff, a thing, a heading's topic, an event,
a page a link leads to).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.harm import harm_of_the_named
from generator.rules.listed import staff_joined
from generator.rules.names import THING_BEFORE, not_a_name, starts_a_sentence
from generator.rules.nameshape import a_noun, an_event, said_of_one
from generator.rules.pii import (
    PUPIL_BY_ROLE,
    PUPIL_DASHED,
    PUPIL_IN_CLASS,
    PUPIL_JOINED,
    PUPIL_LABELLED,
)
from generator.rules.staff import titled_by_a_role
from generator.rules.stafflists import staff_named


def pupil_named_by(
    text: str,
    match: re.Match[str],
    *,
    strict: bool,
    harmed: bool,
    as_id: bool,
    in_link: Callable[[int], bool],
) -> tuple[int, str] | None:
    """(index, name) of the pupil a pattern's `match` names, None where it names none
    (`harmed`: what one person suffered or did follows it)."""
    pattern = match.re
    after_role = _after_a_pupil_word(match, harmed)
    if _other_before_a_dash(match, pattern) or _excused_as_staff(text, match, as_id):
        return None
    if _a_titled_first_name(text, match, as_id):
        return None  # "Mentor Lina Berg i 4B": the second word is the mentor's surname
    known_only = (strict and not after_role) or _known_names_only(text, match)
    for group in ("name", "second"):
        name, start = match[group], match.start(group)
        role = group == "name" and (after_role or _glued(match, pattern))
        titled = known_only or (in_link(start) and not _a_pupil_linked(text, match, harmed))
        if name and _looks_like_a_name(
            text, name, (start, match.end()), strict=titled, role=role, as_id=as_id
        ):
            return start, name
    return None


def _a_titled_first_name(text: str, match: re.Match[str], as_id: bool) -> bool:
    """Whether a staff role titles the first of two names ("Mentor Lina Berg i 4B"): the
    second is then its surname, no pupil's first name."""
    name = match["name"]
    if as_id or not match["second"] or match.re is PUPIL_BY_ROLE or not_a_name(name):
        return False
    return titled_by_a_role(text, match.start("name"), match.end(), reach=30)


def _after_a_pupil_word(match: re.Match[str], harmed: bool) -> bool:
    """Whether any capitalised word counts: after a pupil word, or alone at the start of a
    sentence about what one person suffered or did (a surname after it counts anyway,
    inside the sentence)."""
    pattern = match.re
    return pattern is PUPIL_BY_ROLE or (
        pattern in (PUPIL_IN_CLASS, PUPIL_JOINED) and not match["second"] and harmed
    )


def _excused_as_staff(text: str, match: re.Match[str], as_id: bool) -> bool:
    """Whether a staff role beside the name excuses it: never in an id, nor after a pupil
    word or a label."""
    roles_excuse = not as_id and match.re not in (PUPIL_BY_ROLE, PUPIL_LABELLED)
    return roles_excuse and (staff_named(text, match) or staff_joined(text, match))


def _known_names_only(text: str, match: re.Match[str]) -> bool:
    """Whether only a known first name counts: after a word for a thing, both words are
    its name but for a known name; and a line's first word after a line ending in
    "eleven" may start a step of a list."""
    start = match.start("name")
    return _names_a_thing(text, start) or "\n" in text[match.start() : start]


def _a_pupil_linked(text: str, match: re.Match[str], harmed: bool) -> bool:
    """Whether a link's text names a pupil: after a pupil word, or with what one person
    suffered or did said of it (asked only of a link's text, where harm follows: most
    names stand in none, and harm said of the named is harm that follows)."""
    return match.re is PUPIL_BY_ROLE or (harmed and harm_of_the_named(text, match.end()))


def _other_before_a_dash(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether a word joined to a class by a dash follows a capitalised word that is no
    known first name: a group's or a thing's name ("Hus Eken–4B")."""
    return pattern is PUPIL_DASHED and bool(match["second"]) and match["name"] not in FIRST_NAMES


def _glued(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether a word is glued to a class by a dash with no blanks, and is no
    abbreviation ("Ht-4B") and no common noun (`nameshape`): a name, also where it
    starts a line ("Zorro–4B", "Tindra-5A", "Milan-4B"; not "Läxorna–4B", "Mötena–4B")."""
    if pattern is not PUPIL_DASHED or match["dash"].strip() != match["dash"]:
        return False
    if match.string.startswith("#", match.string.rfind("\n", 0, match.start()) + 1):
        return False  # a heading names a topic or an event ("## Lucia–3A", "## Fotboll–4B")
    name = match["name"]
    if a_noun(name):  # a heading's noun, or a name after all
        return said_of_one(match.string, match.end())
    return len(name) > 2


def _inside_a_sentence(text: str, start: int) -> bool:
    """Whether a capitalised word at `start` stands where Swedish capitalises names: not
    where a sentence or heading starts, nor after a word for a thing."""
    return not starts_a_sentence(text, start) and not _names_a_thing(text, start)


def _names_a_thing(text: str, start: int) -> bool:
    """Whether the capitalised words at `start` follow a word for a thing or a place
    ("använder Teams", "läser Bröderna Lejonhjärta", "Tema Rymden"): then they are its
    name, unless one is a known first name."""
    return THING_BEFORE.search(text, max(0, start - 30), start) is not None


def _looks_like_a_name(
    text: str, name: str, span: tuple[int, int], *, strict: bool, role: bool, as_id: bool
) -> bool:
    """A known first name, or (unless `strict`) a capitalised word inside a sentence or
    after a pupil word (`role`); never a word for a group or place, nor the name of a
    thing, never after a staff role. `span`: where the name and its mention start, and
    where the mention ends."""
    start, end = span
    if not_a_name(name):
        return False
    if name not in FIRST_NAMES and (strict or not (role or _inside_a_sentence(text, start))):
        return False
    if name not in FIRST_NAMES and an_event(text, start, name):
        return False  # "Efter Lucia i 4B"
    return as_id or not titled_by_a_role(text, start, end, reach=30)
