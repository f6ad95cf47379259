"""A value that looks like an allowed one, and what differs, in Swedish words.

`Beslutad` for beslutad, `förebyggаnde` with a Cyrillic а, `förebyggande` with a
non-breaking space copied from Word after it: the author sees the allowed value and
cannot tell why it is refused. Each kind of difference is told as what it is (a
capital letter, an invisible character, a letter and a separate accent, a letter from
another alphabet, another kind of space), where it is, and how to fix it.
"""

from __future__ import annotations

import unicodedata

from generator.invisible import (
    LOOK_ALIKES,
    OTHER_SPACE,
    SPACES,
    first_invisible,
    named,
    shown,
    visible,
    where,
)

_ALPHABETS = {"CYRILLIC": "ett kyrilliskt", "GREEK": "ett grekiskt", "FULLWIDTH": "ett brett"}


def look_alike(written: str, known: list[str]) -> tuple[str, str] | None:
    """How `written` differs from the one of `known` it looks just like (the message's
    words after the value) and how to fix it; None when it looks like none of them."""
    for meant in known:
        if told := _told(written, meant):
            return told
    return None


def difference(written: str, meant: str) -> str:
    """How `written` differs from `meant`, which it looks just like, in Swedish words
    that follow the written value ("'X' är ingen roll: den ser ut som …"); "" when the
    two do not look alike, or are the same."""
    told = _told(written, meant)
    return told[0] if told else ""


def _told(written: str, meant: str) -> tuple[str, str] | None:
    if written == meant or _plain(written).casefold() != _plain(meant).casefold():
        return None
    retype = f"radera värdet och skriv {visible(meant)} på nytt"
    if (index := first_invisible(meant)) is not None:
        char, place = named(meant[index]), where(meant, index)
        return (
            f"den ser ut som '{shown(meant)}', som har ett osynligt tecken, {char}, {place}",
            retype,
        )
    said = unseen(written, meant)
    if _plain(written) == _plain(meant):
        return f"den ser ut som '{meant}' men " + " och ".join(said), retype
    case, hint = _case(_plain(written), meant)
    if not said:
        return f"det ska skrivas '{meant}', {case}", f"skriv {hint}: {meant}"
    return f"den ser ut som '{meant}' men " + " och ".join([*said, f"ska skrivas {case}"]), retype


def unseen(written: str, meant: str) -> list[str]:
    """What differs between `written` and `meant` that a reader cannot see (all but
    capitals), each in words that follow "den ser ut som 'meant' men"."""
    found = (_invisible(written), _accent(written), _letter(written), _space(written, meant))
    return [words for words in found if words]


def _plain(text: str) -> str:
    """`text` as a reader takes it: composed, without invisible characters, each look-alike
    letter and wide letter as its Latin letter, each space a space, without spaces around
    or two in a row."""
    letters = (LOOK_ALIKES.get(c) or _compatible(c) for c in visible(text))
    return " ".join("".join(letters).split())


def _compatible(char: str) -> str:
    return " " if unicodedata.category(char) == "Zs" else unicodedata.normalize("NFKC", char)


def _invisible(written: str) -> str:
    if (index := first_invisible(written)) is None:
        return ""
    return f"har ett osynligt tecken, {named(written[index])}, {where(written, index)}"


def _accent(written: str) -> str:
    """A letter and a separate accent (`o` and U+0308, not ö), as a Mac may save it."""
    index = next((i for i, c in enumerate(written) if unicodedata.combining(c)), None)
    if index is None or index == 0:
        return ""
    letter, mark = written[index - 1], written[index]
    composed = unicodedata.normalize("NFC", letter + mark)
    return (
        f"har {letter} och ett separat accenttecken, U+{ord(mark):04X}, i stället för "
        f"{composed}, {where(written, index - 1)}"
    )


def _letter(written: str) -> str:
    """A letter from another alphabet, or a wide one, that looks like a Latin letter."""
    for index, char in enumerate(written):
        latin = LOOK_ALIKES.get(char) or _compatible(char)
        if latin != char and not char.isspace() and not unicodedata.combining(char):
            kind = _ALPHABETS.get(unicodedata.name(char, "").split(" ")[0], "tecknet")
            code = f"U+{ord(char):04X}"
            return f"har {kind} {char} ({code}) i stället för {latin}, {where(written, index)}"
    return ""


def _space(written: str, meant: str) -> str:
    """Another kind of space than a plain one, or a space too many (first, last, two in
    a row)."""
    other = next((i for i, c in enumerate(written) if c.isspace() and c != " "), None)
    if other is not None:
        name = SPACES.get(written[other], OTHER_SPACE)
        return f"har ett {name}, U+{ord(written[other]):04X}, {_spot(written, other, meant)}"
    if written != written.strip():
        return "har ett mellanslag för mycket " + ("först" if written[0] == " " else "sist")
    if (index := written.find("  ")) >= 0:
        return f"har två mellanslag i rad, {where(written, index)}"
    return ""


def _spot(written: str, index: int, meant: str) -> str:
    """Where a space is: first, last, or in place of a plain space of `meant`."""
    if not written[:index].strip():
        return "först"
    if not written[index + 1 :].strip():
        return "sist"
    return f"i stället för ett vanligt mellanslag, {where(written, index)}"


def _case(plain: str, meant: str) -> tuple[str, str]:
    """(how `meant` is to be written, the hint's words) when `plain` differs from it only
    in capitals and small letters."""
    if meant != meant.lower():
        return "med samma stora och små bokstäver", "med samma stora och små bokstäver"
    capitals = [c for c in plain if c.isupper()]
    if len(capitals) == 1:
        return f"med litet {capitals[0].lower()}", "med liten bokstav"
    return "med små bokstäver", "med små bokstäver"
