"""Text as a reader sees it, for the personnummer and e-mail scans (`personal_data`).

Character references, Markdown's backslash escapes and an address's percent-encoding
(`%31` is "1", as a browser reads a link) are decoded, invisible characters
(soft hyphen, zero-width space, combining marks) dropped, every dash read as a hyphen,
every blank as a space and every script's digits (and every character with a digit's
value, `characters.read_digit`) as ASCII digits, and Markdown's
emphasis marks between digits dropped; with the index in the written text of each
character, so that a finding points at the file's line and column.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from urllib.parse import unquote

from generator.personal_data.characters import as_read, as_read_letters
from generator.personal_data.runs import Runs

MARKS = "*_~`"
MARK_RUN = re.compile(r"[*_~`]+")
MARK_BETWEEN_DIGITS = re.compile(r"\d[*_~`]+[\d\-+ ]")
# Character references, also the numeric ones browsers read without a semicolon.
REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;)")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # Markdown's backslash escapes
# Printable ASCII other than `&` and `\\` (which start references and escapes), and
# newlines: a reader sees these characters as they are (`as_read` leaves them be).
AS_WRITTEN = frozenset("\n" + "".join(map(chr, range(0x20, 0x7F)))) - {"&", "\\"}
AS_WRITTEN_BYTES = "".join(sorted(AS_WRITTEN)).encode("ascii")
# An address's encoded bytes, read as UTF-8 (the first %XX outside the group, so that
# the regex engine looks for its "%" alone).
PERCENT = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")
# group 1: an escaped character
TOKEN = re.compile(f"{REFERENCE.pattern}|{ESCAPE.pattern}|{PERCENT.pattern}")


@functools.lru_cache(maxsize=16)
def as_seen(text: str, *, letters: bool = False) -> tuple[str, Sequence[int]]:
    """`text` as a reader sees it: character references, backslash escapes and percent-
    encoding decoded,
    invisible characters and Markdown's emphasis marks between digits dropped; with the
    index in `text` of each character kept. (The last few texts are remembered: the
    rules read each file for personnummer and for two kinds of e-mail address.) With
    `letters`, as the scan for names reads it: look-alike letters as Latin ones,
    combining marks kept (`as_read_letters`) and marks left (`names_seen` drops them)."""
    read = as_read_letters if letters else as_read
    seen: list[str] = []
    where = Runs()
    start = 0
    for token in _tokens(text):
        _plain(text, start, token.start(), seen, where, read=read)
        for char in decoded_token(token):
            shown = read(char)
            seen.append(shown)
            where.run(token.start(), len(shown), step=0)
        start = token.end()
    if start == 0 and (whole := _one_to_one(text, read)) is not None:  # most texts
        return (whole, range(len(text))) if letters else _without_marks(whole, range(len(text)))
    _plain(text, start, len(text), seen, where, read=read)
    return ("".join(seen), where) if letters else _without_marks("".join(seen), where)


def letters_as_written(text: str) -> bool:
    """Whether the names scan reads `text` as written, found without decoding: `as_seen(
    text, letters=True)` is `text` itself and it has no combining mark (`names_seen`
    composes one with its letter). Most texts: Swedish letters read as written."""
    if "&" in text or "\\" in text or ("%" in text and PERCENT.search(text)):
        return False
    if not OTHER_THAN_SWEDISH.search(text):  # most texts: the regex engine finds none
        return True
    return all(map(_letter_as_written, _unusual(text)))


@functools.lru_cache(maxsize=4096)
def _letter_as_written(char: str) -> bool:
    return unicodedata.category(char) != "Mn" and as_read_letters(char) == char


# A character other than printable ASCII, newlines and the letters and punctuation of
# Swedish text that read as written (which "…", read as "...", is not).
OTHER_THAN_SWEDISH = re.compile(
    "[^\n -~" + "".join(filter(_letter_as_written, "åäöÅÄÖéÉüÜ–—§°”“’«»…")) + "]"
)


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


Read = Callable[[str], str]


def _shown(text: str, read: Read) -> dict[str, str]:
    """How a reader sees each character of `text` that `read` may change."""
    return {char: read(char) for char in _unusual(text)}


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


def _one_to_one(text: str, read: Read) -> str | None:
    """`text` as a reader sees it when each character reads as one (letters, digits
    and dashes do), so that indices stay; else None."""
    shown = _shown(text, read)
    if any(len(as_read) != 1 for as_read in shown.values()):
        return None
    return _replaced(text, {char: as_read for char, as_read in shown.items() if as_read != char})


def _replaced(text: str, changed: dict[str, str]) -> str:
    """Each character of `text` that is a key of `changed` replaced by its value: by
    `str.replace`, which is many times quicker than `str.translate` on non-ASCII text,
    when no value is itself a key (then the order does not matter)."""
    if any(read in changed for read in changed.values()):
        return text.translate({ord(char): read for char, read in changed.items()})
    for char, read in changed.items():
        text = text.replace(char, read)
    return text


def _plain(text: str, start: int, end: int, seen: list[str], where: Runs, *, read: Read) -> None:
    """Add `text[start:end]`, which holds no reference or escape, as a reader sees it to
    `seen`, and the index in `text` of each character it gives to `where`."""
    shown = _shown(text[start:end], read)
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
