"""One character as a reader sees it: the readings `personal_data.readable` puts together
into text as seen, and the phone and fiction numbers read digit by digit."""

from __future__ import annotations

import functools
import unicodedata

from generator.invisible import LOOK_ALIKES

# Blanks that are letters to Unicode but empty to a reader (Hangul fillers, Braille blank).
BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
OTHER_DASHES = frozenset("\u2212\u2043\u2e3a\u2e3b")  # minus, hyphen bullet, long dashes


@functools.lru_cache(maxsize=4096)
def as_read(char: str) -> str:
    """One character as a reader sees it: invisible ones vanish, dashes are hyphens,
    blanks are spaces and every kind of digit is an ASCII digit."""
    kind = unicodedata.category(char)
    if kind in ("Cf", "Mn", "Me"):
        return ""
    if char in BLANKS or kind == "Zs" or (char.isspace() and char != "\n"):
        return " "
    if kind == "Pd" or char in OTHER_DASHES:
        return "-"
    digit = read_digit(char)
    # Compatibility forms read as their plain letters: "＠" is "@", "．" is ".", "²" is "2".
    return unicodedata.normalize("NFKC", char) if digit is None else str(digit)


def read_digit(char: str) -> int | None:
    """The digit a reader takes `char` for: a decimal digit of any script ("٣", "３"), or
    a character with a digit's value that has no plain form to read it by (the dingbats
    "❶", "➀", "➊", "⓵", "⓿"; Ethiopic "፩"), as `str.isdigit` knows them; None for any
    other. A superscript ("²", "¹") or a circled "①" is not one here: its plain form
    ("2", "1") is how it reads, and a "⑴" reads as "(1)"."""
    digit = unicodedata.decimal(char, None)
    if digit is None and unicodedata.normalize("NFKC", char) == char:
        return unicodedata.digit(char, None)
    return digit


@functools.lru_cache(maxsize=4096)
def as_read_letters(char: str) -> str:
    """One character as a reader takes it for a letter: as `as_read`, but a look-alike
    as its Latin letter, and a combining mark kept (to be composed with its letter);
    an en dash kept, and an em dash read as one (a span "åk 7—9" is "åk 7–9": the name
    patterns then need to know two dashes, "-" and "–", not three)."""
    if char == "–" or unicodedata.category(char) == "Mn":
        return char
    if char == "—":
        return "–"
    return LOOK_ALIKES.get(char) or as_read(char)
