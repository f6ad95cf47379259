"""Swedish text helpers that every stage shares: lists in words, anchors, placeholders.

Pure functions over strings; they know nothing of files, models or pages.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from generator.invisible import visible

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


# The first line `trygg init` and `trygg ny-skola` write into every file of example texts
# (`cli.fillin`): while skola.yml begins with it, the file still holds the example's
# description and staff, and the school is not published (TP311).
TEMPLATE_NOTE = "# FYLL I: texterna i filen är exempel från trygg."
# The line `trygg init` and `trygg ny-skola` write at the top of every own page they copy
# from the example (`cli.fillin`): while a page carries it, the page is trygg's example and
# the school is not published (TP313).
PAGE_NOTE = "**FYLL I:** Sidan är ett exempel från trygg."


# The names `trygg init` and `trygg ny-skola` write when none is given: a published text
# that still says one once the unit or the huvudman has its own name is TP312.
STARTER_SCHOOL_NAMES = ("Min skola", "Ny skola")
STARTER_ORGANISER_NAME = "Min kommun"


def is_template(text: str) -> bool:
    """Whether a file's text still begins with the example's first line (`TEMPLATE_NOTE`)."""
    return text.lstrip("\ufeff").startswith(TEMPLATE_NOTE)


def as_read(name: str) -> str:
    """A name as a reader tells it from another: composed (å one character or two), without
    invisible characters, case or runs of blanks."""
    return " ".join(visible(name).casefold().split())


# Swedish alphabetical order puts å, ä, ö after z (in that order), æ as ä, ø as ö and ü as
# y; other accented letters sort as their plain letter (é as e).
_SWEDISH_LAST = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}  # { | } follow z
# A number in a name sorts by its value: its digits padded to one width
_DIGITS = re.compile(r"\d+")
NUMBER_WIDTH = 20


def swedish_order(name: str) -> str:
    """A sort key for names in Swedish alphabetical order: Alby, Björk, Zeta, Åby,
    Ängsskolan, Östra skolan; numbers by their value (Skola 2 before Skola 10)."""
    folded = unicodedata.normalize("NFC", name).casefold()
    lettered = "".join(
        _SWEDISH_LAST.get(char) or unicodedata.normalize("NFD", char)[:1] for char in folded
    )
    return _DIGITS.sub(lambda number: number.group().zfill(NUMBER_WIDTH), lettered)


def normalised(text: str) -> str:
    """Lower case, punctuation and extra spaces removed: for comparing texts."""
    return " ".join(_NOT_LETTERS.sub(" ", text.casefold()).split())


def listing(items: Iterable[str], last: str = "och") -> str:
    """ "a", "a och b", "a, b och c"; with `last` "eller" after a negation ("inga … a, b
    eller c"). When the item before the last has its own "och" or "eller" ("identitet
    eller uttryck"), a comma marks where the list's last one joins: "könsöverskridande
    identitet eller uttryck, och religion eller annan trosuppfattning"."""
    listed = list(items)
    if len(listed) < 2:
        return "".join(listed)
    joined = any(f" {word} " in listed[-2] for word in ("och", "eller"))
    return ", ".join(listed[:-1]) + ("," if joined else "") + f" {last} " + listed[-1]


def sentences(items: Iterable[tuple[str, str]]) -> str:
    """Whole sentences one after another, each a (Markdown, its words) pair given a full
    stop when its words end without one: "[A](#f1). [B](#f2)." Never joined with "och"
    (`listing`), which would run the next one, with its capital letter, into the first."""
    return " ".join(md if said.rstrip()[-1:] in ".!?…" else f"{md}." for md, said in items)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_sentence(text: str) -> str:
    """A label inside a sentence: "Kurator" → "kurator", but "BEO" stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def slug(text: str) -> str:
    """An ASCII anchor: "Riktlinjer och rutiner" → "riktlinjer-och-rutiner"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(_SLUG_LETTERS)).strip("-")


SHOWN = 80  # characters of an author's text a message quotes at most
ENDING = 20  # of them, the characters of its end a quotation that keeps the end shows


def excerpt(text: str, shown: int = SHOWN, *, end: bool = False) -> str:
    """`text` as a message quotes it: its first `shown` characters and … when longer, so
    that no message grows with what the author wrote (a page of `[a](` repeated). With
    `end`, its start and its end in whole words around " … ", for a line a hint writes
    out whole, whose end matters as much (a quote to close, a hashtag)."""
    if len(text) <= shown:
        return text
    if not end:
        return f"{text[:shown]}…"
    return f"{_whole_words(text[: shown - ENDING], -1)} … {_whole_words(text[-ENDING:], 0)}"


def brief(text: str, shown: int = 70) -> str:
    """`text` as a title: whole words up to about `shown` characters, with … when cut, and
    no comma or full stop left at the cut ("Flickor i åk 8–9 beskriver beröring …")."""
    text = " ".join(text.split())
    if len(text) <= shown:
        return text.rstrip(".")
    return _whole_words(text[: shown + 1], -1).rstrip(" ,.;:–") + " …"


def _whole_words(piece: str, cut: int) -> str:
    """`piece` without the word cut at its end (`cut` -1) or at its start (0)."""
    words = piece.split(" ")
    kept = words[:-1] if cut else words[1:]
    return " ".join(kept) if kept else piece


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


def grade_span(text: str) -> str:
    """ "F-6" → "F–6": a span of grades is written with an en dash."""
    return text.replace("-", "–")


# The dashes a span of grades may be written with besides the hyphen: Word's en dash (as
# trygg's own pages write F–6), an em dash and a minus sign.
GRADE_DASHES = "–—−"


def grades_as_read(text: str) -> str:
    """ "F–6" → "F-6": a span of grades as the model keeps it, whichever dash was written
    (the schemas take them all; `grade_span` writes the en dash back)."""
    return text.translate(str.maketrans(GRADE_DASHES, "-" * len(GRADE_DASHES)))


# As close as "menade du …?" asks for (difflib's own cutoff).
NEAR_ENOUGH = 0.6


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice `word` is most likely a misspelling of, for "menade du …?", or None."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=NEAR_ENOUGH)
    return close[0] if close else None
