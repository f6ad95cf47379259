"""Personal data in any text an author wrote: personnummer and e-mail addresses.

A personnummer or samordningsnummer is found however it is written for a reader: with
or without century, with a hyphen, plus, dot, slash or any Unicode space or dash
between its parts, with invisible characters (soft hyphen, zero-width space, combining
marks) inside it, in any script's digits, or spelt with HTML character references or
Markdown escapes. Only numbers with a real date and a valid Luhn check digit count,
and ten digits from 0 in one run are a phone number unless a word for a personal
number comes before them on the line.

E-mail addresses are judged by their domain: outside the huvudman's domains, or a
pupil's (the school's elevdomän, or a domain with a part such as "elev").

Every stage that reads such text (the rules, the validation of contacts, images and
SVG files) uses these functions, so each is defined once.
"""

from __future__ import annotations

import calendar
import functools
import html
import re
import unicodedata
from collections.abc import Iterator, Sequence

# Between the date and the serial: a hyphen (any dash reads as one), the plus of a
# centenarian's number, an underscore, a dot or a slash, with or without spaces.
SEPARATOR = r"(?:\s*[-+_./]\s*|\s+)?"
# Not inside a longer run of digits (a phone number or an account number), but a letter
# or a word with a hyphen may come right before or after ("Elev-121212-1212-foto").
# Both patterns start with a look-ahead for a digit, which lets the regex engine skip
# to the next digit instead of testing the look-behinds at every character.
PERSONAL_NUMBER = re.compile(
    r"(?=\d)(?<!\d)(?<!\d[-+])(?P<century>19|20)?(?P<date>\d{6})"
    + SEPARATOR
    + r"(?P<serial>\d{4})(?!\d)(?![-+]\d)"
)
# The date written as a date: 2012-12-12-1212, 12.12.12-1212 (not with spaces, which
# runs of small numbers such as a calendar's weeks have).
DATED = re.compile(
    r"(?=\d)(?<![\d.:])(?<!\d[-+])(?P<century>19|20)?(?P<yy>\d\d)(?P<s>[-.])(?P<mm>\d\d)(?P=s)"
    r"(?P<dd>\d\d)(?:\s*[-+]\s*|\s+)(?P<serial>\d{4})(?![\d:])(?![-+]\d)"
)
PERSON_WORD = re.compile(
    r"personnum|personnr|\bpers\.?\s*nr|\bp-?nr\b|samordningsnum|födelsenum|födelsedat"
    r"|\bfödd\b|\bid-?nummer|\bid-?nr",
    re.IGNORECASE,
)
# A cheap test first, that every match of either pattern contains: six digits or a date
# with a two-digit year, then four digits (one leading digit, so that the regex engine
# tests the rest only where a digit is).
CANDIDATE = re.compile(r"\d\d(?:\d{4}|[-.]\d\d[-.]\d\d)" + SEPARATOR + r"\d{4}")
MARKS = "*_~`"
MARK_BETWEEN_DIGITS = re.compile(r"\d[*_~`]+[\d\-+ ]")
# Character references, also the numeric ones browsers read without a semicolon.
REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;)")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # Markdown's backslash escapes
# Blanks that are letters to Unicode but empty to a reader (Hangul fillers, Braille blank).
BLANKS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
OTHER_DASHES = frozenset("\u2212\u2043\u2e3a\u2e3b")  # minus, hyphen bullet, long dashes


def luhn(digits: str) -> bool:
    """The Luhn check that the last digit of a personnummer satisfies."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value // 10 + value % 10
    return total % 10 == 0


def _is_date(yymmdd: str, century: str | None) -> bool:
    year = int((century or "20") + yymmdd[:2])
    month, day = int(yymmdd[2:4]), int(yymmdd[4:])
    if day > 60:  # samordningsnummer: the day plus 60
        day -= 60
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


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
def _readable(text: str) -> tuple[str, Sequence[int]]:
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


def _is_phone(match: re.Match[str], text: str) -> bool:
    """Ten digits from 0 in one run, with no word for a personal number before them on
    the line: how phone numbers are written (0701230005, 0480451201). A personnummer
    from 2000–2009 written so is told apart only by such a word."""
    written = match.group()
    if match["century"] or not written.isdigit() or not written.startswith("0"):
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    return PERSON_WORD.search(text[line_start : match.start()]) is None


def personal_numbers(text: str) -> Iterator[int]:
    """Index in `text` where each valid personnummer or samordningsnummer starts."""
    plain = text.isascii() and not any(c in text for c in "&\\*_~`")
    readable, where = (text, []) if plain else _readable(text)
    if not CANDIDATE.search(readable):
        return
    for match in PERSONAL_NUMBER.finditer(readable):
        valid = _is_date(match["date"], match["century"]) and luhn(match["date"] + match["serial"])
        if valid and not _is_phone(match, readable):
            yield match.start() if plain else where[match.start()]
    for match in DATED.finditer(readable):
        date, serial = match["yy"] + match["mm"] + match["dd"], match["serial"].replace(" ", "")
        if _is_date(date, match["century"]) and luhn(date + serial):
            yield match.start() if plain else where[match.start()]


# Between separate values (JSON strings, a file's name and its text, a page's attributes
# and text): no reader takes the end of one and the start of the next as one number, so
# neither may the scan ("…-10-04" then "2026-W44" is not the personnummer 261004-2026).
# A personnummer does not run on past "|".
VALUE_APART = "\n|\n"

NAME_SEPARATORS = str.maketrans("/-_.", "    ")


def name_words(path: str) -> str:
    """A file or folder path as the words a reader takes from it: in names, - _ . and /
    separate words as spaces do ("foton/121212/1212.jpg" is published as 121212-1212)."""
    return path.translate(NAME_SEPARATORS)


LOCAL_PART = re.compile(r"[\w.%+-]+$")
DOMAIN = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def emails(text: str) -> Iterator[tuple[int, str]]:
    """(index, domain in lower case) of each e-mail address in `text`, read as a reader
    sees it ("kalle&#64;elev.se" and a zero-width space inside the domain included)."""
    plain = text.isascii() and "&" not in text and "\\" not in text
    readable, where = (text, []) if plain else _readable(text)
    at = readable.find("@")
    while at >= 0:
        local = LOCAL_PART.search(readable, max(0, at - 64), at)
        found = DOMAIN.match(readable, at + 1)
        if local and found:
            yield (local.start() if plain else where[local.start()]), found.group().casefold()
        at = readable.find("@", at + 1)


def within(domain: str, domains: tuple[str, ...]) -> bool:
    return any(domain == d.casefold() or domain.endswith("." + d.casefold()) for d in domains)


def foreign_emails(text: str, domains: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(index, domain) of each e-mail address outside `domains` and their subdomains."""
    return ((i, domain) for i, domain in emails(text) if not within(domain, domains))


# A domain part that marks pupils' own addresses: elev.strandvik.se, students.skola.se.
PUPIL_LABELS = frozenset({"elev", "elever", "student", "students", "pupil", "pupils"})


def pupil_emails(text: str, pupil_domains: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(index, domain) of each address on a pupil domain: the school's own (elevdomän)
    or any domain with a part such as "elev" or "student"."""
    for index, domain in emails(text):
        if within(domain, pupil_domains) or PUPIL_LABELS & set(domain.split(".")):
            yield index, domain
