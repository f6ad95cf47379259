"""Pupils named in a text (TP404): every match of a mention's patterns (`rules.pii`), judged
as a name or not (staff, a thing, a heading's topic), and the pupils of lists, tables and
sentences about harm. Pure functions over strings, each yielding the index where a name
starts, so the privacy rules can point at file:line:column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from generator.personal_data.firstnames import FIRST_NAMES
from generator.rules.fullnames import whole
from generator.rules.harm import harm_follows, harm_of_the_named
from generator.rules.harmed import harmed_named
from generator.rules.listed import listed_pupils, staff_joined, table_pupils
from generator.rules.names import (
    THING_BEFORE,
    names_as_shown,
    not_a_name,
    starts_a_sentence,
)
from generator.rules.nameshape import a_noun, an_event, said_of_one
from generator.rules.pii import (
    PUPIL_AFTER_ID_CLASS,
    PUPIL_BY_ROLE,
    PUPIL_DASHED,
    PUPIL_IN_CLASS,
    PUPIL_IN_ID,
    PUPIL_JOINED,
    PUPIL_LABELLED,
    possible_patterns,
)
from generator.rules.staff import titled_by_a_role
from generator.rules.stafflists import staff_named


def pupil_mentions(
    text: str,
    *,
    as_id: bool = False,
    staff: bool = False,
    linked: Callable[[int], bool] | None = None,
) -> Iterator[tuple[int, str]]:
    """(index, name) of each mention of a pupil by name together with what makes them one.

    "Kalle i 4B", "Maja (7a)", "Lisa från åk 5", "Omar i fyran", "eleven Sara", "Ella 5B",
    "Kalle S. i 4B". A class (4B, 7a), a grade word (fyran) or a pupil word (eleven)
    counts with a known first name anywhere, or with any capitalised word inside a
    sentence (where only names are capitalised; not a heading's first word, nor the name
    of an app, a book, a place or a theme: `rules.names`). A grade such as "åk 4" or a
    label such as "Elev:" counts only with a known first name. Any capitalised word counts
    at a sentence's start too, with a class, when what follows says what one person
    suffered or did ("Lisen i 4B blev utsatt"), and in brackets after a pupil word
    ("Elev 3 i 4B (Kalle)"). Staff ("mentor Anna i 4B")
    do not count. A known name in capitals ("KALLE i 4B") is read as written with a
    capital first.

    In an id or a file name (`as_id`, read by `names.name_as_words`) no role excuses a
    name: an id has no reason to give a staff member's class ("samtal-med-kurator-ali-5b",
    "mentorn-kalle-i-4b"); and a known name counts glued to a class or a grade too
    ("ali5b", "samtal-ali-åk5").

    A text that names staff by what it is (`staff`: a field for who is responsible, a
    name beside a staff role) counts a name only where what one person suffered or did
    follows it (`with_harm_after`).

    A link's text (`linked`: whether the text at an index is one) names the page or the
    document it leads to: any capitalised word counts there only where what one person
    suffered or did follows it, or after a pupil word ("[Zelda](…) i 4B blev slagen").
    """
    shown, found, harmed = _found(text, as_id=as_id, linked=linked)
    yield from whole(shown, harmed if staff else found, as_id=as_id)


def with_harm_after(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """`pupil_mentions(text)` and `pupil_mentions(text, staff=True)`, read at once."""
    shown, found, harmed = _found(text, as_id=False, linked=None)
    return whole(shown, found), whole(shown, harmed)


def _found(
    text: str, *, as_id: bool, linked: Callable[[int], bool] | None
) -> tuple[str, dict[int, str], dict[int, str]]:
    """The text as shown (`names_as_shown`), {index: name} of each mention in it
    (`pupil_mentions`), and of those that what one person suffered or did follows."""
    text = names_as_shown(text)
    in_link = linked or _nowhere
    found: dict[int, str] = {}
    harmed_only: dict[int, str] = {}
    ids = [(PUPIL_IN_ID, True), (PUPIL_AFTER_ID_CLASS, True)] if as_id else []
    for pattern, strict in possible_patterns(text) + ids:
        for match in pattern.finditer(text):
            harmed = harm_follows(text, match.end())
            named = _named(text, match, strict=strict, harmed=harmed, as_id=as_id, in_link=in_link)
            if named is None:
                continue
            start, name = named
            for into in (found, harmed_only) if harmed else (found,):
                # The whole word, where a class's "i" ends a name ("Ali 5B": "Al" i 5B)
                into[start] = max(into.get(start, ""), name, key=len)
    if not as_id:
        for index, name in harmed_named(text):
            found.setdefault(index, name)
            harmed_only.setdefault(index, name)
    if " och " in text and not as_id:
        for names, harmed in listed_pupils(text):
            found.update(names)
            harmed_only.update(names if harmed else ())
    if "|" in text and not as_id:
        found.update(table_pupils(text))
    return text, found, harmed_only


def _named(
    text: str,
    match: re.Match[str],
    *,
    strict: bool,
    harmed: bool,
    as_id: bool,
    in_link: Callable[[int], bool],
) -> tuple[int, str] | None:
    """(index, name) of the pupil a pattern's `match` names, None where it names none."""
    pattern = match.re
    # Any capitalised word counts after a pupil word, or alone at the start of a
    # sentence about what one person suffered or did (a surname after it counts
    # anyway, inside the sentence).
    after_role = pattern is PUPIL_BY_ROLE or (
        pattern in (PUPIL_IN_CLASS, PUPIL_JOINED) and not match["second"] and harmed
    )
    if _other_before_a_dash(match, pattern):
        return None
    roles_excuse = not as_id and pattern not in (PUPIL_BY_ROLE, PUPIL_LABELLED)
    if roles_excuse and (staff_named(text, match) or staff_joined(text, match)):
        return None
    # After a word for a thing, both words are its name but for a known name; and
    # a line's first word after a line ending in "eleven" may start a step of a list.
    start = match.start("name")
    known_only = (
        (strict and not after_role)
        or _names_a_thing(text, start)
        or "\n" in text[match.start() : start]
    )
    for group in ("name", "second"):
        name, start = match[group], match.start(group)
        role = group == "name" and (after_role or _glued(match, pattern))
        titled = known_only or (in_link(start) and not _a_pupil_linked(text, match, harmed))
        if name and _looks_like_a_name(
            text, name, (start, match.end()), strict=titled, role=role, as_id=as_id
        ):
            return start, name
    return None


def _a_pupil_linked(text: str, match: re.Match[str], harmed: bool) -> bool:
    """Whether a link's text names a pupil: after a pupil word, or with what one person
    suffered or did said of it (asked only of a link's text, where harm follows: most
    names stand in none, and harm said of the named is harm that follows)."""
    return match.re is PUPIL_BY_ROLE or (harmed and harm_of_the_named(text, match.end()))


def _nowhere(_index: int) -> bool:
    return False


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
