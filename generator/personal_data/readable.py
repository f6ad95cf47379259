"""Text as a reader sees it, for the personnummer and e-mail scans (`personal_data`).

Character references, Markdown's backslash escapes and an address's percent-encoding
(`%31` is "1", as a browser reads a link) are decoded, invisible characters
(soft hyphen, zero-width space, combining marks) dropped, every dash read as a hyphen,
every blank as a space and every script's digits as ASCII digits, and Markdown's
emphasis marks between digits dropped; with the index in the written text of each
character, so that a finding points at the file's line and column.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import overload
from urllib.parse import unquote

MARKS = "*_~`"
MARK_RUN = re.compile(r"[*_~`]+")
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
AS_WRITTEN_BYTES = "".join(sorted(AS_WRITTEN)).encode("ascii")
# An address's encoded bytes, read as UTF-8 (the first %XX outside the group, so that
# the regex engine looks for its "%" alone).
PERCENT = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")
# group 1: an escaped character
TOKEN = re.compile(f"{REFERENCE.pattern}|{ESCAPE.pattern}|{PERCENT.pattern}")


class Runs(Sequence[int]):
    """The index in the written text of each character of the readable one, kept as runs
    (a stretch of text read as written, or the characters one reference gives), not as
    one number per character: a page has tens of thousands of characters."""

    def __init__(self) -> None:
        self._starts: list[int] = []  # where each run starts in the readable text
        self._origins: list[int] = []  # and in the written text
        self._steps: list[int] = []  # 1: character by character; 0: all from one place
        self._length = 0

    def run(self, origin: int, length: int, step: int = 1) -> None:
        if length > 0:
            self._starts.append(self._length)
            self._origins.append(origin)
            self._steps.append(step)
            self._length += length

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        run = bisect.bisect_right(self._starts, index) - 1
        return self._origins[run] + (index - self._starts[run]) * self._steps[run]


@functools.lru_cache(maxsize=16)
def as_seen(text: str) -> tuple[str, Sequence[int]]:
    """`text` as a reader sees it: character references, backslash escapes and percent-
    encoding decoded,
    invisible characters and Markdown's emphasis marks between digits dropped; with the
    index in `text` of each character kept. (The last few texts are remembered: the
    rules read each file for personnummer and for two kinds of e-mail address.)"""
    seen: list[str] = []
    where = Runs()
    start = 0
    for token in _tokens(text):
        _plain(text, start, token.start(), seen, where)
        for char in decoded_token(token):
            shown = _as_read(char)
            seen.append(shown)
            where.run(token.start(), len(shown), step=0)
        start = token.end()
    if start == 0 and (whole := _one_to_one(text)) is not None:  # most texts
        return _without_marks(whole, range(len(text)))
    _plain(text, start, len(text), seen, where)
    return _without_marks("".join(seen), where)


def decoded_token(token: re.Match[str]) -> str:
    """What a reference, an escape or a run of percent-encoded bytes reads as."""
    if token[1] is not None:
        return token[1]
    written = token.group()
    return unquote(written, errors="replace") if written[0] == "%" else html.unescape(written)


def _tokens(text: str) -> Iterator[re.Match[str]]:
    """`TOKEN.finditer(text)`, tried only where a `&` or `\\` is (found by `str.find`) or
    a `%` and two hex digits (by `PERCENT`, which the regex engine looks for from its
    `%`: a text of percentages has many a `%` alone): the engine would try at every
    character."""
    at = {start: _next(text, start, 0) for start in "&\\%"}
    while (nearest := min((i for i in at.values() if i >= 0), default=-1)) >= 0:
        found = TOKEN.match(text, nearest)
        end = found.end() if found else nearest + 1
        for start, index in at.items():
            if 0 <= index < end:
                at[start] = _next(text, start, end)
        if found:
            yield found


def _next(text: str, start: str, at: int) -> int:
    if start != "%":
        return text.find(start, at)
    found = PERCENT.search(text, at)
    return -1 if found is None else found.start()


def _shown(text: str) -> dict[str, str]:
    """How a reader sees each character of `text` that `_as_read` may change."""
    return {char: _as_read(char) for char in _unusual(text)}


def _unusual(text: str) -> set[str]:
    """The characters of `text` outside `AS_WRITTEN`: as `set(text) - AS_WRITTEN`, but
    with the (many) printable ASCII bytes deleted in C first, which is ten times quicker
    on a page of Swedish text. A text that UTF-8 cannot hold (a lone surrogate from a
    JSON string) takes the plain way."""
    if len(text) < 256:  # a short text between references: the plain way is as quick
        return set(text) - AS_WRITTEN
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return set(text) - AS_WRITTEN
    return set(data.translate(None, AS_WRITTEN_BYTES).decode("utf-8"))


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


def _plain(text: str, start: int, end: int, seen: list[str], where: Runs) -> None:
    """Add `text[start:end]`, which holds no reference or escape, as a reader sees it to
    `seen`, and the index in `text` of each character it gives to `where`."""
    shown = _shown(text[start:end])
    changed = {char: read for char, read in shown.items() if read != char}
    uneven = "".join(char for char, read in shown.items() if len(read) != 1)
    index = start
    odd_ones = re.compile(f"[{re.escape(uneven)}]").finditer(text, start, end) if uneven else ()
    for odd in odd_ones:  # characters that read as none or as several
        seen.append(_replaced(text[index : odd.start()], changed))
        where.run(index, odd.start() - index)
        seen.append(shown[odd.group()])
        where.run(odd.start(), len(shown[odd.group()]), step=0)
        index = odd.end()
    seen.append(_replaced(text[index:end], changed))
    where.run(index, end - index)


def _without_marks(text: str, where: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Drop `*`, `_`, `~` and backticks that stand between digits ("1212**12**-1212")."""
    if not _marks_between_digits(text):
        return text, where
    # Run by run (a mark goes when the characters either side of its run are a digit,
    # and a digit, "-", "+", " " or the end): linear in the text's length, however many
    # marks it has (tests/test_scan_fast.py decides mark by mark).
    spans = [m.span() for m in MARK_RUN.finditer(text) if _run_between_digits(text, *m.span())]
    positions = list(where)
    pieces: list[str] = []
    kept: list[int] = []
    start = 0
    for mark_start, mark_end in [*spans, (len(text), len(text))]:
        pieces.append(text[start:mark_start])
        kept += positions[start:mark_start]
        start = mark_end
    return "".join(pieces), kept


def _run_between_digits(text: str, start: int, end: int) -> bool:
    after = text[end : end + 1]
    return start > 0 and text[start - 1].isdigit() and (after.isdigit() or after in "-+ ")


def _marks_between_digits(text: str) -> bool:
    """Whether `MARK_BETWEEN_DIGITS` is found in `text`, looked for from the marks (found
    by `str.find`, many times quicker than the regex engine's try at every digit): a run
    of marks right after a digit and followed by a digit, `-`, `+` or a space (\\d is
    what `str.isdecimal` is)."""
    for mark in MARKS:
        at = text.find(mark)
        while at >= 0:
            if at > 0 and text[at - 1].isdecimal():
                end = at
                while end < len(text) and text[end] in MARKS:
                    end += 1
                if end < len(text) and (text[end].isdecimal() or text[end] in "-+ "):
                    return True
            at = text.find(mark, at + 1)
    return False
