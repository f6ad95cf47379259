"""Every text a published file carries, as any program that reads it may show it: for
the last look's personnummer scan (`build.scan`, `site.lastlook`).

What the look must catch: a personnummer that a reader, a browser, a feed reader, a
calendar, a search engine or anyone reading the file's source could read, in any byte
of any file the site publishes. So it reads the whole file, not only what a browser
shows: attribute values (an `href`'s query or fragment, `data-*`, `title`, `alt`,
`aria-*`, a meta's `content`), comments, scripts, style sheets, JSON keys and values
and numbers, sitemaps, feeds, calendars, CSV, SVG, and the names of files and folders.
Each file is read in these views and refused when any shows a valid number (as
`personal_data.personal_numbers` judges one: a real date and the Luhn check):

- as written, after decoding what a program reading it decodes, up to four layers in
  any mix (a feed's XML holds escaped HTML; an address sits in a JSON string): HTML and
  XML character references, JSON, JavaScript and CSS backslash escapes (`\\u0032`,
  `\\x32`, `\\32 `) and percent-encoding (`%32` in an address); then, as all text is
  read, invisible characters (soft hyphen, zero-width joiners, combining marks)
  dropped, any script's digits read as digits and any dash as a hyphen
  (`readable.as_seen`);
- the same without its markup: a number split over elements (`1212<em>12</em>`, an
  SVG `<tspan>`, a feed's escaped HTML) reads as one, and so do adjacent CSS strings
  where a `content` property joins them (`"1212" "12-1212"`);
- a calendar's folded lines unfolded (RFC 5545); text after a right-to-left override
  (U+202E) in the order it is shown;
- a gzip file (`sitemap.xml.gz`) decompressed; a file that is not UTF-8 (an image, a
  PDF, a font) as the runs of text it carries: metadata such as EXIF, XMP, PNG text
  chunks and a PDF's document information.

Left out, as no reader reads them as one number: characters that only look like
digits (the letters O and l), digits spread over separate values (two JSON strings,
two table cells, two attributes), and text inside the compressed streams of an image
or a PDF (a PDF's page text is made from pages this look has read). A text still
changing after four layers is scanned as it is then.

Most files hold no number, and decoding is cheap next to the scan (`as_seen` and the
patterns): so only the lines up to each stretch of a view that may hold one (ten
digits with only blanks, separators, marks or invisible characters between: found in
C) are scanned (`_candidates`).
"""

from __future__ import annotations

import functools
import html
import re
from urllib.parse import unquote

from generator.personal_data import VALUE_APART, has_personal_number
from generator.personal_data.characters import as_read
from generator.personal_data.readable import PERCENT

# What may stand between the digits of a number as a reader sees it: blanks and the
# separators of `SEPARATOR` and `DATED` between its groups, Markdown's marks and
# escapes anywhere; other ASCII ends a number.
TRANSPARENT = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f -+_./\\*~`")
ASCII = bytes(range(0x80))
SKELETON = re.compile(rb"d(?:s*d){9}")  # ten digits, anything invisible between any two
# JSON's and JavaScript's \u, JavaScript's \x, CSS's \ and up to six hex digits
ESCAPE = re.compile(
    r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})"
    r"|([0-9a-fA-F]{1,6})[ \t\n\f]?)"
)
SURROGATE_ESCAPE = re.compile(r"\\(?:u\{?)?0*[dD][89a-fA-F][0-9a-fA-F]{2}")
TAG = re.compile(r"<[!/?A-Za-z][^>]*>")
# Adjacent CSS strings, which a `content` property shows as one ("1212" "12-1212").
CSS_CONTENT = re.compile(r"content\s*:")
JOINED_STRINGS = re.compile(r"[\"']\s*[\"']")
OVERRIDE = re.compile("\u202e([^\u202a-\u202c\u2066-\u2069\n]*)")
LAYERS = 4  # decoded at most this often; a text that still changes is scanned whole


def carries_personal_number(text: str, *, markup: bool = True) -> bool:
    """Whether any view of `text` (the module's docstring) shows a personnummer. Without
    `markup` the view without markup is left out: for an HTML page, whose text is scanned
    as a browser shows it (`site.lastlook`: the browser joins text split over elements,
    and shows escaped markup as text)."""
    decoded, whole = _decoded(text)
    for view in views(decoded, markup=markup):
        # The quick way holds for a text decoded to the end: `as_seen` decodes no more.
        candidates = _candidates(view) if whole else view
        if candidates and has_personal_number(candidates, worded=False):
            return True
    return False


def _candidates(view: str) -> str:
    """The lines of `view` up to the end of each stretch that may hold a number, apart
    (`VALUE_APART`); all of `view` when a character reads as a digit but is not one.

    Found in C on the view's UTF-8 bytes, each byte as a reader may take it (`_TABLES`):
    "d" a digit, "s" what may stand between digits (blanks, separators, marks, and with
    `kind` "" the non-ASCII characters, some of which are invisible or dashes), "x" what
    ends a number. A personnummer is then ten "d" with "s" between any two of them (an
    invisible character may stand inside a group: `SKELETON`); its stretch runs on to
    the next "x" (an ASCII one included, for the look-aheads), and its line up to it
    comes with it (look-behinds, and the word before a phone number that
    `personal_numbers` looks for). So the candidates show a number written as one
    exactly when the whole view does (`worded=False`: a number after a word such as
    "pnr" in any groups is the check's to find in the content)."""
    data = view.encode("utf-8", "surrogatepass")
    kind = "x" if data.isascii() else _kind(data)
    if kind == "d":
        return view
    skeleton = data.translate(_TABLES[kind])
    spans: list[tuple[int, int]] = []
    for found in SKELETON.finditer(skeleton):
        start = data.rfind(b"\n", 0, found.start()) + 1
        end = skeleton.find(b"x", found.end())  # with it when ASCII (`(?![\d:])`)
        end = len(skeleton) if end < 0 else end + (data[end] < 0x80)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    # Each span starts after a newline and ends at the end, after an ASCII "x" or before
    # a non-ASCII character's first byte: whole characters.
    return VALUE_APART.join(
        data[start:end].decode("utf-8", "surrogatepass") for start, end in spans
    )


def views(decoded: str, *, markup: bool = True) -> list[str]:
    """A decoded text, and (with `markup`) the same without markup; in the order shown
    if it overrides."""
    found = [decoded]
    if markup and "<" in decoded:
        found.append(TAG.sub("", decoded))
    if CSS_CONTENT.search(decoded):
        found.append(JOINED_STRINGS.sub("", found[-1]))
    if "\u202e" in decoded:
        found += [OVERRIDE.sub(lambda m: m[1][::-1], view) for view in list(found)]
    return found


def _decoded(text: str) -> tuple[str, bool]:
    """`text` with references, escapes and percent-encoding decoded, layer by layer;
    and False when it still changed after `LAYERS` rounds (then it is scanned whole)."""
    for _ in range(LAYERS):
        decoded = text
        if "&" in decoded:
            decoded = html.unescape(decoded)
        if "\\" in decoded and ESCAPE.search(decoded):
            decoded = _unescaped(decoded)
        if "%" in decoded and PERCENT.search(decoded):
            decoded = PERCENT.sub(lambda run: unquote(run[0], errors="replace"), decoded)
        if decoded == text:
            return text, True
        text = decoded
    return text, False


def _unescaped(text: str) -> str:
    decoded = ESCAPE.sub(_character, text)
    if SURROGATE_ESCAPE.search(text) is None:
        return decoded
    # A pair of escaped surrogates (JSON's "\\ud835\\udfd7") is one character.
    return decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _character(escape: re.Match[str]) -> str:
    code = int(next(group for group in escape.groups() if group is not None), 16)
    return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"


def _kind(data: bytes) -> str:
    """How the non-ASCII characters of a view (its UTF-8 bytes) read: "d" when one reads
    as a digit, "" when one reads as nothing, a blank or a dash, else "x"."""
    others = data.translate(None, ASCII).decode("utf-8", "surrogatepass")
    kinds = {_char_kind(char) for char in set(others)}
    return "d" if "d" in kinds else "" if "" in kinds else "x"


@functools.lru_cache(maxsize=4096)
def _char_kind(char: str) -> str:
    read = as_read(char)
    if any(c.isdecimal() for c in read):
        return "d"
    return "" if all(c in TRANSPARENT for c in read) else "x"


def _table(high: bytes) -> bytes:
    """A `bytes.translate` table for `_candidates`; non-ASCII bytes as `high`."""
    table = bytearray()
    for byte in range(256):
        char = chr(byte)
        ascii_kind = b"d" if "0" <= char <= "9" else b"s" if char in TRANSPARENT else b"x"
        table += ascii_kind if byte < 0x80 else high
    return bytes(table)


_TABLES = {"": _table(b"s"), "x": _table(b"x")}
