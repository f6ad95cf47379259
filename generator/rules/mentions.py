"""Pupils named in a text (TP404): every match of a mention's patterns (`rules.pii`), judged
as a name or not (`rules.mentionmatch`: staff, a thing, a heading's topic), and the pupils
of lists, tables and sentences about harm. Pure functions over strings, each yielding the
index where a name starts, so the privacy rules can point at file:line:column.

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
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from generator.rules.fullnames import whole
from generator.rules.harm import harm_follows
from generator.rules.harmed import harmed_named
from generator.rules.listed import listed_pupils, table_pupils
from generator.rules.mentionmatch import pupil_named_by
from generator.rules.names import names_as_shown
from generator.rules.pii import PUPIL_AFTER_ID_CLASS, PUPIL_IN_ID, possible_patterns


def pupil_mentions(
    text: str,
    *,
    as_id: bool = False,
    staff: bool = False,
    linked: Callable[[int], bool] | None = None,
) -> Iterator[tuple[int, str]]:
    """(index, name) of each mention of a pupil by name together with what makes them one
    (what counts: the module's docstring).

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
    found, harmed_only = _matched(text, as_id=as_id, in_link=linked or _nowhere)
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


def _matched(
    text: str, *, as_id: bool, in_link: Callable[[int], bool]
) -> tuple[dict[int, str], dict[int, str]]:
    """{index: name} of the pupil each match of a mention's patterns names, and of those
    that what one person suffered or did follows."""
    found: dict[int, str] = {}
    harmed_only: dict[int, str] = {}
    ids = [(PUPIL_IN_ID, True), (PUPIL_AFTER_ID_CLASS, True)] if as_id else []
    for pattern, strict in possible_patterns(text) + ids:
        for match in pattern.finditer(text):
            harmed = harm_follows(text, match.end())
            named = pupil_named_by(
                text, match, strict=strict, harmed=harmed, as_id=as_id, in_link=in_link
            )
            if named is None:
                continue
            start, name = named
            for into in (found, harmed_only) if harmed else (found,):
                # The whole word, where a class's "i" ends a name ("Ali 5B": "Al" i 5B)
                into[start] = max(into.get(start, ""), name, key=len)
    return found, harmed_only


def _nowhere(_index: int) -> bool:
    return False
