"""Markdown as its published page and the search index read it, for the check's
personnummer scan (`markdown_numbers`): what the last look reads that the Markdown as
written does not show (`site.lastlook`, `build.scan`).

The look reads a page's text without its markup, and the search index's text of a
section (up to the next heading) as one line. So a number split by syntax reads as one
("| Rapport 120304 | 1239 svar |" is "Rapport 120304 1239 svar": a row's cells side by
side, as a reader sees them), and a word for a personnummer before a number from 0
tells it from a phone number across lines ("- … personnummer" then "- 0501011233" is
"… personnummer 0501011233" in the index). The view is that text:

- a table's borders `|` are blanks, its delimiter row and any rule line (`---`) nothing;
- a list item's, a quote's and a heading's markers are nothing, and so are emphasis
  marks, code ticks, a link's brackets and address, and an HTML tag (the look joins the
  text of inline elements: "**1203**04" is 120304);
- a line break is a blank, but a heading's line stands apart (the index starts a new
  section there; the page puts it on a line of its own).

Each character of the view keeps the index in the Markdown it came from, so that a
number the view shows is reported where it is written. The view only adds readings:
the check scans the Markdown as written too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.personal_data.runs import Runs

# A line's block markers: indentation, quotes, list items ("- ", "* ", "+ ", "1. ", "2) ").
BLOCK_MARKERS = re.compile(r"[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)*")
HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
# A rule, a setext heading's underline, front matter's fence or a table's delimiter row.
RULE_LINE = re.compile(r"[ \t]*(?:[-=*_][ \t]*){3,}|[ \t|:-]*-[ \t|:-]*")
# What a page shows as nothing: emphasis and code marks, a link's brackets and address,
# an image's "!", and an HTML tag; and a table's border, shown as a blank (group 1).
INLINE = re.compile(r"(\|)|\]\([^()\s]*\)|!?\[|\]|[*_~`]|<[!/?A-Za-z][^<>\n]*>")
# What may stand between two digits of a number the view shows: blanks, a number's
# separators and the syntax the view drops. ("d" a digit, "s" these, "x" anything else.)
BETWEEN = " \t\n\r-+_./|*~`[]>#!()"
SKELETON_TABLE = bytes(
    ord("d") if chr(b).isdigit() else ord("s") if chr(b) in BETWEEN else ord("x")
    for b in range(256)
)
TEN_DIGITS = re.compile(rb"d(?:s*d){9}")


def may_show_more(seen: str) -> bool:
    """Whether the view of a text (as a reader sees it: `readable.as_seen`) may show a
    number the text does not: when it holds ten digits with only blanks, separators or
    syntax between (found in C), a link's address or an HTML tag. Most texts do not, and
    are not read again."""
    if "](" in seen or "<" in seen:
        return True
    skeleton = seen.encode("utf-8", "surrogatepass").translate(SKELETON_TABLE)
    return TEN_DIGITS.search(skeleton) is not None


def page_view(markdown: str) -> tuple[str, Sequence[int]]:
    """`markdown` as the look reads its page and search index (the module's docstring),
    with the index in `markdown` of each character."""
    pieces: list[str] = []
    where = Runs()
    apart = True  # the previous line stands apart (a heading, a rule, the start)
    for start, line in _lines(markdown):
        heading = HEADING.match(line)
        rule = RULE_LINE.fullmatch(line) is not None and line.strip() != ""
        if pieces and pieces[-1] == " " and (heading or rule or apart):
            pieces[-1] = "\n"  # the line break before it: a section's end
        if rule:
            apart = True
            continue
        skip = heading.end() if heading else BLOCK_MARKERS.match(line).end()  # type: ignore[union-attr]
        _inline(line, skip, start, pieces, where)
        pieces.append(" ")
        where.run(start + len(line), 1, step=0)
        apart = heading is not None
    return "".join(pieces), where


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` without its line break, with where it starts."""
    found = []
    start = 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def _inline(line: str, skip: int, start: int, pieces: list[str], where: Runs) -> None:
    """Add `line` from `skip` as its page shows it to `pieces`, and where each character
    came from to `where` (`line` starts at `start` in the Markdown)."""
    at = skip
    for syntax in INLINE.finditer(line, skip):
        pieces.append(line[at : syntax.start()])
        where.run(start + at, syntax.start() - at)
        if syntax[1]:
            pieces.append(" ")
            where.run(start + syntax.start(), 1)
        at = syntax.end()
    pieces.append(line[at:])
    where.run(start + at, len(line) - at)
