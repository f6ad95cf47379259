"""Personal data in any text an author wrote: personnummer and e-mail addresses.

A personnummer or samordningsnummer is found however it is written for a reader: with
or without century, with a hyphen, plus, dot, slash or any Unicode space or dash
between its parts (soon after a word for one, such as "pnr", in any groups: `worded`),
split by a Markdown link's syntax (`markdown_numbers`), with invisible
characters (soft hyphen, zero-width space, combining marks) inside it, in any script's
digits, or spelt with HTML character references or Markdown escapes. Only numbers
with a real date count, and with a valid Luhn check digit unless written with the
personnummer's own hyphen or plus before the last four digits (one mistyped digit still
points at a child: "150312-1234" is nothing else); ten digits from 0 in one run
are a phone number unless a word for a personal number comes before them in their
sentence (`phones` tells phone numbers apart), and a full date with a clock time
after a space ("2024-09-17 1330") a meeting's time unless such a word, or one for a
pupil or a class, comes before it in its sentence and the date may be a pupil's birth
date (`timed`). Disguised ones too
(`disguised`): with letters like digits ("9OO1O1-1239"), every digit apart, or grouped
by spaces soon after a word for a pupil or a class ("Elev i 8B: 90 01 01 12 39"). The
check reads a soft-wrapped line as the reader sees it, joined to the line before
(`softwrap`); the last look reads a page's text as it is.

E-mail addresses are judged by their domain (`emails`). Who is staff and who a pupil
is told by the words for staff roles (`roles`).

Every stage that reads such text (the rules, the validation of contacts, images and
SVG files) uses these functions, so each is defined once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data.checks import luhn
from generator.personal_data.disguised import disguised_numbers
from generator.personal_data.emails import (
    emails,
    foreign_emails,
    pupil_domain,
    pupil_emails,
    within,
)
from generator.personal_data.labelled import labelled_readings
from generator.personal_data.pageview import may_show_more, page_view
from generator.personal_data.readable import as_seen
from generator.personal_data.softwrap import joined
from generator.personal_data.worded import worded_numbers
from generator.personal_data.written import (
    ANY_CANDIDATE,
    CANDIDATE,
    SEPARATOR,
    SPACED_CANDIDATE,
    written_numbers,
)


def personal_numbers(text: str, *, worded: bool = True, by_pupil: bool = True) -> Iterator[int]:
    """Index in `text` where each valid personnummer or samordningsnummer starts; without
    `worded`, only those written as one (the last look's quick scan of everything a site
    publishes: `carried`; the check finds the others in the content). Without `by_pupil`,
    ten digits from 0 in one run after a word for a pupil are a phone number (a label's
    reading: the heading "Klasslista" over a table's column "Telefon")."""
    plain = text.isascii() and not any(c in text for c in "&\\%*_~`")
    readable, where = (text, range(len(text))) if plain else as_seen(text)
    if worded:  # soft-wrapped lines as the reader sees them: one line (`softwrap`)
        readable, where = joined(readable, where)
    worded_ones = (*worded_numbers(readable), *disguised_numbers(readable)) if worded else ()
    found = sorted({*written_numbers(readable, worded and by_pupil), *worded_ones})
    yield from found if isinstance(where, range) else (where[start] for start in found)


# A Markdown link's `[` or `](address)` between digits: the page shows the digits as one
# run ("[120304](https://…)-1239" is 120304-1239 to a reader).
LINK_BETWEEN_DIGITS = re.compile(r"(?<=\d)(?:\]\([^()\s]*\)|\[)(?=[\d+ -]|$)", re.MULTILINE)


# An HTML tag between digits: the page shows the digits as one run ("050317<span>1233"
# is 0503171233 to a reader).
TAG_BETWEEN_DIGITS = re.compile(r"(?<=[\d+ -])(?:</?[A-Za-z][^<>\n]*>)+(?=[\d+ -])")


def _unseen(markup: re.Match[str]) -> str:
    """Markup as the page shows it: nothing (zero-width spaces, so that indices stay)."""
    return "\u200b" * len(markup.group())


def markdown_numbers(text: str, *, title: str = "") -> Iterator[int]:
    """`personal_numbers` of Markdown as its page shows it: also the numbers that a link's
    syntax or an HTML tag splits (made invisible, not removed, so indices stay), and those
    that a label in another cell, block or item says are personal numbers (`labelled`; a
    free page's `title`, its h1, labels the body's first block)."""
    found = set(personal_numbers(text))
    shown = text
    if "[" in text or "](" in text:
        shown = LINK_BETWEEN_DIGITS.sub(_unseen, shown)
    if "<" in text:
        shown = TAG_BETWEEN_DIGITS.sub(_unseen, shown)
    found.update(personal_numbers(shown) if shown != text else ())
    found.update(_labelled(text, title))
    yield from sorted(found)


def _labelled(text: str, title: str = "") -> Iterator[int]:
    """The numbers that a label reads as personal numbers: a table column's header, a
    heading, a label line or a list item read before what it labels (`labelled`)."""
    for reading in labelled_readings(text, title):
        lead = len(reading.label) + 1
        for index in personal_numbers(f"{reading.label} {reading.text}", by_pupil=False):
            if index >= lead:
                yield reading.start + index - lead


def page_numbers(text: str) -> Iterator[int]:
    """Where a number starts that the last look reads in the page and the search index
    made of Markdown `text` (one value, or a page's body), written as one (`worded=False`,
    as the look reads): also those its syntax splits and its line breaks join
    (`pageview`). Only when `pageview.may_show_more` of the text says it may."""
    if may_show_more(as_seen(text)[0]):
        view, where = page_view(text)
        yield from (where[start] for start in personal_numbers(view, worded=False))


def has_personal_number(text: str, *, worded: bool = True) -> bool:
    """Whether `text` shows a valid personnummer or samordningsnummer anywhere."""
    return next(personal_numbers(text, worded=worded), None) is not None


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


__all__ = [
    "ANY_CANDIDATE", "CANDIDATE", "SEPARATOR", "SPACED_CANDIDATE", "VALUE_APART", "emails",
    "foreign_emails", "has_personal_number", "luhn", "markdown_numbers", "name_words",
    "page_numbers", "personal_numbers", "pupil_domain", "pupil_emails", "within",
]  # fmt: skip
