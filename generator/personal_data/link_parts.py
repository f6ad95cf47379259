"""The parts of a link a reader sees besides its text, for the scan for pupils' names
(rule TP404): a link's title (a tooltip, published as title="…") and the readable
parts of its address.

`names_seen.as_read` turns a whole link into its text, so a name in
`[rutinerna](../rutiner/ "Kalle i 8A blev slagen")` or in
`[planen](index.md#saga-lind-i-9b)` would reach the page unread. Here an address reads
as the words in it: percent-codes decoded, "+", "-" and "_" as blanks, each path
segment, the query's values, the fragment and a mailto's subject and body. Each part
keeps the index in the written text where it starts, so a finding points at it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

# An inline link or image: its address (group "address") and maybe its title in quotes
# or brackets (group "title", with its quotes).
INLINE = re.compile(
    r"!?\[[^\[\]\n]*\]\(\s*(?P<address><[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:\s+(?P<title>\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
# A reference definition: "[r]: address "title"" (its title is read as the text it is).
DEFINITION = re.compile(r"(?m)^[ ]{0,3}\[[^\[\]\n]+\]:[ \t]*(?P<address><[^<>\n]*>|\S+)")
# An autolink ("<https://…>", "<mailto:…>") or a bare web address, which Markdown shows
# as a link too, or a reader takes for one ("instagram.com/saga_9b").
AUTOLINK = re.compile(r"<(?P<address>(?:https?|mailto|ftp):[^<>\s]+)>")
BARE = re.compile(
    r"(?<![<(\w\"'=/.@])(?P<address>(?:https?://|www\.|[\w-]+\.(?:com|se|nu|net|org|io|tv)/)"
    r"[^\s<>()\[\]\"']+)"
)
# An HTML tag, which trygg shows as text (raw HTML is escaped), and each quoted value of
# its attributes: "<abbr title="…">", "<a href="…">".
TAG = re.compile(r"<[A-Za-z][\w-]*\s[^<>]*>")
ATTRIBUTE = re.compile(r"(?P<key>[\w-]+)\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)')")
ADDRESS_KEYS = frozenset({"href", "src", "action", "cite", "srcset", "poster"})
# What joins the words of an address: "+", "-", "_", "." and "/" read as blanks.
JOINERS = str.maketrans("+-_.", "    ")
# A mailto's query fields a mail program shows as text.
MAIL_FIELDS = frozenset({"subject", "body"})


@dataclass(frozen=True)
class Part:
    """Readable text from a link (`text`) and where it starts in the written text."""

    start: int
    end: int  # where the title or the address ends in the written text
    text: str
    address: bool  # an address's words (else a title, to read as written)


def link_parts(text: str) -> Iterator[Part]:
    """Each inline link's title, each value of an HTML tag's attribute, and the readable
    parts of every link's address."""
    if "<" in text:
        yield from _attributes(text)
    if "](" not in text and "]:" not in text and "/" not in text and "www." not in text:
        return
    taken: list[tuple[int, int]] = []
    covered = bytearray(len(text) + 1)  # 1 where an address taken stands: linear time
    for match in INLINE.finditer(text):
        taken.append(_taken(covered, match.span("address")))
        if match["title"]:
            start, end = match.span("title")
            yield Part(start + 1, end - 1, match["title"][1:-1], address=False)
    for pattern in (DEFINITION, AUTOLINK, BARE):
        for match in pattern.finditer(text):
            if not covered[match.start("address")]:
                taken.append(_taken(covered, match.span("address")))
    for start, end in sorted(taken):
        address = text[start:end].strip("<>")
        for words in address_words(address):
            yield Part(start, end, words, address=True)


def _taken(covered: bytearray, span: tuple[int, int]) -> tuple[int, int]:
    covered[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
    return span


def _attributes(text: str) -> Iterator[Part]:
    """The quoted values of each HTML tag's attributes: an address's words, or text."""
    for tag in TAG.finditer(text):
        for attribute in ATTRIBUTE.finditer(tag[0]):
            group = "double" if attribute["double"] is not None else "single"
            start, end = tag.start() + attribute.start(group), tag.start() + attribute.end(group)
            value = attribute[group]
            if attribute["key"].lower() not in ADDRESS_KEYS:
                yield Part(start, end, value, address=False)
                continue
            yield from (Part(start, end, words, address=True) for words in address_words(value))


def address_words(address: str) -> Iterator[str]:
    """The readable parts of an address, each as words: its path's segments together,
    its query's values together (a key names no one: "?elev=" is a form's field), its
    fragment; a mailto's subject and body. Percent-codes decoded, "+", "-", "_" and "."
    as blanks (empty parts left out)."""
    try:
        parts = urlsplit(address)
    except ValueError:
        return
    fields = parse_qsl(parts.query)
    if parts.scheme.lower() == "mailto":
        values = [value for key, value in fields if key.lower() in MAIL_FIELDS]
        yield from (_read(value) for value in values)
        return
    segments = [s for s in parts.path.split("/") if s]
    found = [" ".join(segments), ", ".join(value for _key, value in fields), parts.fragment]
    yield from (_read(part) for part in found if part.strip())


def _read(part: str) -> str:
    """A part decoded (up to three layers of percent-codes: "%252B" is "%2B" is "+")
    with its joiners as blanks."""
    for _layer in range(3):
        if "%" not in part:
            break
        part = unquote(part)
    return part.translate(JOINERS).strip()
