"""Swedish text helpers that every stage shares: lists in words, anchors, placeholders.

Pure functions over strings; they know nothing of files, models or pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NOT_LETTERS = re.compile(r"[^\wåäöé]+")
_SLUG_LETTERS = str.maketrans("åäöéü", "aaoeu")


def words(text: str) -> frozenset[str]:
    """A set of words written as one string, for readable word lists."""
    return frozenset(text.split())


_PLACEHOLDERS = words("saknas ej nej inget inga ingen todo tbd xxx xx x") | {
    "fyll i", "ej aktuellt", "inte aktuellt", "ej klart", "inte klart", "kommer senare",
    "se ovan", "n/a",
}  # fmt: skip


def is_placeholder(text: str) -> bool:
    """True for text that fills a required field without saying anything ("-", "saknas")."""
    found = " ".join(_NOT_LETTERS.sub(" ", text.casefold()).replace("_", " ").split())
    letters = re.sub(r"[^a-zåäöéü]", "", found)
    return len(letters) < 3 or found in _PLACEHOLDERS


def normalised(text: str) -> str:
    """Lower case, punctuation and extra spaces removed: for comparing texts."""
    return " ".join(_NOT_LETTERS.sub(" ", text.casefold()).split())


def listing(items: Iterable[str]) -> str:
    """ "a", "a och b", "a, b och c"."""
    listed = list(items)
    if len(listed) < 2:
        return "".join(listed)
    return ", ".join(listed[:-1]) + " och " + listed[-1]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_sentence(text: str) -> str:
    """A label inside a sentence: "Kurator" → "kurator", but "BEO" stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def slug(text: str) -> str:
    """An ASCII anchor: "Riktlinjer och rutiner" → "riktlinjer-och-rutiner"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(_SLUG_LETTERS)).strip("-")


def is_escaped(text: str, index: int) -> bool:
    """True when the character at `index` follows an odd run of backslashes."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of `index` in `text`."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def percent(value: float) -> str:
    """A share as Swedish readers write it: 88 → "88 %", 87.5 → "87,5 %"."""
    if float(value).is_integer():
        return f"{int(value)} %"
    return f"{value:.1f} %".replace(".", ",")
