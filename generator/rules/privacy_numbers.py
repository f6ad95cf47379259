"""TP401: no personal identity number (personnummer or samordningsnummer) in content
that gets published: in a file as written or as decoded, or in a file's or folder's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.personal_data import (
    has_personal_number,
    markdown_numbers,
    name_words,
    page_numbers,
)
from generator.personal_data.carried import carries_personal_number
from generator.personal_data.pageview import may_show_more
from generator.personal_data.readable import as_seen
from generator.personal_data.written import DATED
from generator.rules.engine import Context, Finding, rule
from generator.rules.joined_findings import joined_findings
from generator.rules.text import Span, decoded_spans, name_spans

CODED = re.compile(r"[&%\\]")  # a reference, a percent-code or a backslash escape


@rule("TP401")
def personal_number(ctx: Context) -> Iterator[Finding]:
    reported: set[str] = set()  # the files with a number found as written
    written: set[str] = set()  # and where each is
    for span in (*ctx.files, *ctx.settings, *decoded_spans(ctx.scanned)):
        for index in markdown_numbers(span.text):
            reported.add(span.display)
            written.add(str(span.location(index)))
            message = "här står ett personnummer eller samordningsnummer"
            yield Finding(span.location(index), message, _hint(span.text, index))
    yield from _under_titles(ctx, written)
    yield from _on_pages(ctx, written)
    for span in (*ctx.files, *ctx.settings):  # what shows decoded, where nothing else is
        if span.display not in reported and (coded := _coded_number(span.text)) is not None:
            message = "här står ett personnummer eller samordningsnummer, kodat i flera lager"
            yield Finding(span.location(coded), message)
    yield from joined_findings(ctx)  # what the plan's page joins
    for span in name_spans(ctx.scanned):
        # A name and the folders above it become one web address ("foton/121212/1212.jpg"
        # is published as "121212-1212.jpg"); reported once, where the number is complete.
        if _names_a_number(span.text) and not _names_a_number(span.text.rpartition("/")[0]):
            message = "namnet innehåller ett personnummer eller samordningsnummer"
            yield Finding(span.location(0), message, "byt namn på filen eller mappen")


def _under_titles(ctx: Context, written: set[str]) -> Iterator[Finding]:
    """The numbers in a free page's body that its title labels (`titel: Elevens
    personnummer`, the page's h1 right above the body), where none is found as written."""
    for page in ctx.scanned.free_pages():
        data = page.front.data
        title = data.get("titel") if isinstance(data, dict) else None
        if not isinstance(title, str) or not title.strip():
            continue
        span = Span(page.front.display, page.body, page.body_line, 1)
        for index in markdown_numbers(page.body, title=title):
            if str(at := span.location(index)) not in written:
                written.add(str(at))
                message = "här står ett personnummer eller samordningsnummer"
                yield Finding(at, message, _hint(page.body, index))


# A number from 0 may be a phone number written as a date's pairs ("8B: 07 01 23 45 69"),
# which is also how a personnummer from 2000–2009 is written (`personal_data.phones`).
PHONE_HINT = (
    "är det ett telefonnummer, skriv det med riktnumret för sig (070-123 45 67, "
    '08-123 456 78) eller med "tel" före; är det ett personnummer, ta bort det'
)


# What only the page shows: the last look reads a page's text without its syntax, and the
# search index's text of a section as one line (`personal_data.pageview`).
ON_PAGE = (
    "här står ett personnummer eller samordningsnummer på sidan: där står det ihop med "
    "texten intill (cellerna i en tabellrad, punkterna i en lista och raderna i ett stycke "
    "läses i följd, utan tecknen | * _ och #)"
)
APART = "skriv talen isär med ord, eller stryk det ena; är det ett personnummer, ta bort det"


def _on_pages(ctx: Context, written: set[str]) -> Iterator[Finding]:
    """The numbers that only the pages show, in each published value and page body
    (`page_numbers`), but where one is found as written (`written`). Only the files whose
    text as a whole may show one (`may_show_more`) are read value by value."""
    files = {span.display: span.text for span in ctx.files}
    for span in ctx.settings:  # mkdocs.yml: its published strings, not the whole file
        files[span.display] = f"{files.get(span.display, '')}\n{span.text}"
    for display, spans in ctx.published_text.items():
        if not may_show_more(as_seen(files.get(display, ""))[0]):
            continue
        for span in spans:
            start = _text_start(span.text)
            for index in page_numbers(span.text[start:]):
                if str(at := span.location(start + index)) not in written:
                    hint = _hint(span.text, start + index) or APART
                    yield Finding(at, ON_PAGE, hint)


def _text_start(written: str) -> int:
    """Where a value's text starts: after a block scalar's indicator line (">-", "|")."""
    if written[:1] in ">|":
        return written.find("\n") + 1 if "\n" in written else len(written)
    return 0


# A full date and four digits may be a meeting's date and time, written as no time is in
# Swedish (after a word for a pupil it is read as a personnummer: `personal_data.timed`).
TIME_HINT = (
    'är det en tid, skriv den med "kl." och punkt eller kolon (2026-03-04 kl. 13.00, '
    "2026-03-04 13:00); är det ett personnummer, ta bort det"
)


def _hint(text: str, index: int) -> str:
    """`PHONE_HINT` for a number written from 0, `TIME_HINT` for a full date and four
    digits after a space or a slash (as `written._is_time` reads a time), else "" (the
    code's own fix)."""
    if text.startswith("0", index):
        return PHONE_HINT
    dated = DATED.match(text, index)
    if dated is None or not dated["century"]:
        return ""
    return TIME_HINT if dated["gap"] == "/" or dated["gap"].isspace() else ""


def _coded_number(text: str) -> int | None:
    """Where a number starts that shows only after its codes are decoded, as the last look
    decodes them (`personal_data.carried`: references, escapes and percent-encoding, up to
    four layers: `&amp;#49;` is `&#49;`, which a feed reader shows as 1), None when none
    does: the first code of the line, or of the two lines, that carry it."""
    if not CODED.search(text) or not carries_personal_number(text):
        return None
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for width in (1, 2):  # a number split over two lines is read as one by the look
        for first in range(len(lines)):
            window = "".join(lines[first : first + width])
            code = CODED.search(window)
            if code is not None and carries_personal_number(window):
                return starts[first] + code.start()
    return 0  # carried by the text as a whole: at its start


def _names_a_number(path: str) -> bool:
    return has_personal_number(name_words(path))
