"""Text as a reader sees it, for the personnummer and e-mail scans (`personal_data`).

Character references and Markdown's backslash escapes are decoded, invisible characters
(soft hyphen, zero-width space, combining marks) dropped, every dash read as a hyphen,
every blank as a space and every script's digits as ASCII digits, and Markdown's
emphasis marks between digits dropped; with the index in the written text of each
character, so that a finding points at the file's line and column.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Sequence

MARKS = "*_~`"
MARK_BETWEEN_DIGITS = re.compile(r"\d[*_~`]+[\d\-+ ]")
# Character references, also the numeric ones browsers read without a semicolon.
REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;)")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # Markdown's backslash escapes
# Blanks that are letters to Unicode but empty to a reader (Hangul fillers, Braille blank).
BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
OTHER_DASHES = frozenset("\u2212\u2043\u2e3a\u2e3b")  # minus, hyphen bullet, long dashes


@functools.lru_cache(maxsize=4096)
def _as_read(char: str) -> str:
    """One character as a reader sees it: invisible ones vanish, dashes are hyphens,
    blanks are spaces and every kind of digit is an ASCII digit."""
    kind = unicodedata.category(char)
    if kind in ("Cf", "Mn", "Me"):
        return ""
    if char in BLANKS or kind == "Zs" or (char.isspace() and char != "\n"):
        return " "
    if kind == "Pd" or char in OTHER_DASHES:
        return "-"
    digit = unicodedata.decimal(char, None)
    # Compatibility forms read as their plain letters: "＠" is "@", "．" is ".".
    return unicodedata.normalize("NFKC", char) if digit is None else str(digit)


# Printable ASCII other than `&` and `\\` (which start references and escapes), and
# newlines: a reader sees these characters as they are (`_as_read` leaves them be).
AS_WRITTEN = frozenset("\n" + "".join(map(chr, range(0x20, 0x7F)))) - {"&", "\\"}
TOKEN = re.compile(f"{REFERENCE.pattern}|{ESCAPE.pattern}")  # group 1: an escaped character


@functools.lru_cache(maxsize=16)
def as_seen(text: str) -> tuple[str, Sequence[int]]:
    """`text` as a reader sees it: character references and backslash escapes decoded,
    invisible characters and Markdown's emphasis marks between digits dropped; with the
    index in `text` of each character kept. (The last few texts are remembered: the
    rules read each file for personnummer and for two kinds of e-mail address.)"""
    seen: list[str] = []
    where: list[int] = []
    start = 0
    for token in TOKEN.finditer(text) if "&" in text or "\\" in text else ():
        _plain(text, start, token.start(), seen, where)
        decoded = html.unescape(token.group()) if token[1] is None else token[1]
        for char in decoded:
            shown = _as_read(char)
            seen.append(shown)
            where.extend([token.start()] * len(shown))
        start = token.end()
    if start == 0 and (whole := _one_to_one(text)) is not None:  # most texts
        return _without_marks(whole, range(len(text)))
    _plain(text, start, len(text), seen, where)
    return _without_marks("".join(seen), where)


def _shown(text: str) -> dict[str, str]:
    """How a reader sees each character of `text` that `_as_read` may change."""
    return {char: _as_read(char) for char in set(text) - AS_WRITTEN}


def _one_to_one(text: str) -> str | None:
    """`text` as a reader sees it when each character reads as one (letters, digits
    and dashes do), so that indices stay; else None."""
    shown = _shown(text)
    if any(len(read) != 1 for read in shown.values()):
        return None
    return _replaced(text, {char: read for char, read in shown.items() if read != char})


def _replaced(text: str, changed: dict[str, str]) -> str:
    """Each character of `text` that is a key of `changed` replaced by its value: by
    `str.replace`, which is many times quicker than `str.translate` on non-ASCII text,
    when no value is itself a key (then the order does not matter)."""
    if any(read in changed for read in changed.values()):
        return text.translate({ord(char): read for char, read in changed.items()})
    for char, read in changed.items():
        text = text.replace(char, read)
    return text


def _plain(text: str, start: int, end: int, seen: list[str], where: list[int]) -> None:
    """Add `text[start:end]`, which holds no reference or escape, as a reader sees it to
    `seen`, and the index in `text` of each character it gives to `where`."""
    shown = _shown(text[start:end])
    changed = {char: read for char, read in shown.items() if read != char}
    uneven = "".join(char for char, read in shown.items() if len(read) != 1)
    index = start
    odd_ones = re.compile(f"[{re.escape(uneven)}]").finditer(text, start, end) if uneven else ()
    for odd in odd_ones:  # characters that read as none or as several
        seen.append(_replaced(text[index : odd.start()], changed))
        where.extend(range(index, odd.start()))
        seen.append(shown[odd.group()])
        where.extend([odd.start()] * len(shown[odd.group()]))
        index = odd.end()
    seen.append(_replaced(text[index:end], changed))
    where.extend(range(index, end))


def _without_marks(text: str, where: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Drop `*`, `_`, `~` and backticks that stand between digits ("1212**12**-1212")."""
    if not MARK_BETWEEN_DIGITS.search(text):
        return text, where
    kept = [i for i in range(len(text)) if not _mark_between_digits(text, i)]
    return "".join(text[i] for i in kept), [where[i] for i in kept]


def _mark_between_digits(text: str, index: int) -> bool:
    if text[index] not in MARKS:
        return False
    before = text[:index].rstrip(MARKS)[-1:]
    after = text[index:].lstrip(MARKS)[:1]
    return before.isdigit() and (after.isdigit() or after in "-+ ")
