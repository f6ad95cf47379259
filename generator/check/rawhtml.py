"""HTML written in a text, which the site shows as text (TP069).

trygg escapes every piece of HTML an author writes (`render.markdown.safety`): a `<b>`
pasted from an old web page is shown as "<b>" on the page, with nothing to tell the
author why. The check finds each tag outside code (fences and code spans show their
text as written on purpose) and says how Markdown writes the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator import codes
from generator.load.document import Document, scalars
from generator.load.markdowncode import without_code
from generator.load.reader import PageSource
from generator.load.sources import Sources
from generator.problems import Location, Problem
from generator.rules.freetext import NOT_FREE_TEXT
from generator.text import excerpt, words
from generator.validate.fields import format_field
from generator.validate.links import body_location
from generator.validate.plainfields import PlainField, plain_field
from generator.validate.textlinks import text_location

# An opening, closing or empty tag, or a comment's start: not "<3", "x < y", an autolink
# (<https://…>) or an address in brackets (<namn@kommun.se>).
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>\n]*)?/?>|<!--")
# The elements a text pasted from a web page or a word processor holds: a placeholder in
# angle brackets ("skriv <namn> i rutan") is no HTML to warn of.
ELEMENTS = words(
    "a abbr article aside audio b big blockquote body br button caption center cite code "
    "col dd del details div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 "
    "h5 h6 head header hr html i iframe img input ins kbd label li link main mark meta nav "
    "object ol option p picture pre q s script section select small source span strike "
    "strong style sub summary sup svg table tbody td textarea tfoot th thead title tr u ul "
    "video"
)
MARKDOWN_FOR = {
    "b": "**fet**", "strong": "**fet**", "i": "*kursiv*", "em": "*kursiv*",
    "br": "en tom rad mellan styckena", "p": "en tom rad mellan styckena",
    "a": "[text](https://adress)", "ul": "rader som börjar med - ", "li": "rader som börjar med - ",
    "h2": "## Rubrik", "h3": "### Rubrik", "img": "en bild i skola.yml (logotyp eller foto)",
}  # fmt: skip


# Tags that break a text into lines or items, which a plain-text field joins into one.
LINE_BREAKS = words("br p div ul ol li h1 h2 h3 h4 h5 h6 hr")


def html_problems(sources: Sources) -> list[Problem]:
    """TP069 in the free pages and the YAML texts of `sources` (a page's front matter
    holds its title, where the schema refuses `<` and `>`)."""
    found = [problem for page in sources.free_pages() for problem in page_problems(page)]
    documents = sources.markdown_documents()
    return found + [problem for document in documents for problem in text_problems(document)]


def html_shown_as_text(text: str) -> Iterator[tuple[int, str]]:
    """(index, tag) of each HTML tag in Markdown `text` outside code."""
    if "<" not in text:
        return
    readable = without_code(text)
    opened: set[str] = set()
    for found in TAG.finditer(readable):
        name = found.group(1) or ""
        if name and name.lower() not in ELEMENTS:
            continue
        if found.group().startswith("</") and name.lower() in opened:
            continue  # told at its opening tag: one warning for "<b>fet</b>"
        opened.add(name.lower())
        yield found.start(), found.group()


def page_problems(page: PageSource) -> Iterator[Problem]:
    for index, tag in html_shown_as_text(page.body):
        yield _problem(body_location(page, index), tag, "")


def text_problems(document: Document) -> Iterator[Problem]:
    """TP069 in the texts of a YAML file, each at the tag where the file holds it as
    written, else at the start of its text."""
    if document.text and "<" not in document.text:
        return
    for path, scalar in scalars(document.node):
        plain = plain_field(path)
        if path and path[-1] in NOT_FREE_TEXT and plain is None:
            continue  # a name, an address, an id: its schema refuses `<` and `>`
        for _index, tag in html_shown_as_text(scalar.value):
            where = text_location(document, scalar, tag)
            yield _problem(where, tag, format_field(path, document.data), plain)


def _problem(where: Location, tag: str, field: str, plain: PlainField | None = None) -> Problem:
    found = re.match(r"</?([A-Za-z0-9-]*)", tag)
    name = found.group(1).lower() if found else ""
    shown = excerpt(tag)
    message = f"'{shown}' är HTML, som visas som text på sidan"
    hint = _plain_hint(name, plain) if plain else _markdown_hint(name)
    return codes.problem("TP069", where, message, field=field, hint=hint)


def _markdown_hint(name: str) -> str:
    instead = MARKDOWN_FOR.get(name, "")
    return f"skriv {instead} i stället" if instead else "ta bort taggen och skriv med Markdown"


def _plain_hint(name: str, plain: PlainField) -> str:
    """What works in a plain-text field: Markdown shows as written there too."""
    if name == "a":
        return f"ta bort taggen och {plain.link}: texten står {plain.where}, som visas som ren text"
    if name in LINE_BREAKS:
        instead, shown = "skriv texten i ett stycke", "på en rad"
    else:
        instead, shown = "skriv bara orden", "utan fetstil, kursiv eller bilder"
    return (
        f"ta bort taggen och {instead}: texten står {plain.where}, som visas som ren text {shown}"
    )
