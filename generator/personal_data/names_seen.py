"""Text as a reader sees its words, for the scan for pupils' names (rule TP404).

On top of `readable.as_seen` (references, escapes and invisible characters; look-alike
Cyrillic and Greek letters read as Latin ones): a letter and its combining marks as one
letter ("A" and a ring above is Å), a Markdown link or image as its text ("[Omar](#)"
is Omar) and emphasis, strike-through and code marks that touch a word dropped
("Vik**tor**" is Viktor), and HTML tags dropped (trygg shows raw HTML as text: a reader
reads "<b>Tove</b> i 3B" as Tove i 3B). Each character keeps the index in the written text
it came from, so that a finding points at the file's line and column.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from generator.personal_data.readable import as_seen, letters_as_written
from generator.personal_data.runs import Runs, Through
from generator.text import words

# What starts a link or a mark (`readable.letters_as_written` looks for the rest).
MARKUP = "[*~`<"
# An inline link, image or reference link; group 1: its text, which a reader sees.
LINK = re.compile(r"!?\[([^\[\]\n]*)\](?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\[\]\n]*\])")
# A run of marks; those that touch a letter or digit go ("**Kalle**", "Vik~~tor~~"). An
# underscore inside a word is no mark to Markdown ("snake_case"): `rules.names` reads
# underscores as blanks.
MARKS = re.compile(r"(?<![*~`])(?:(?<=[^\W_])[*~`]++|[*~`]++(?=[^\W_]))")  # from a run's start
# An HTML tag, opening or closing ("<b>", "</em>", "<span class='x'>", "<br/>"); "a < b"
# and "<3" are no tags.
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")
# Tags inside a line of text, which join what stands on either side of them ("Vik<b>tor</b>"
# is Viktor); any other tag ("<br>", "<p>", "<td>") reads as a blank between words.
INLINE = words(
    "a abbr b bdi bdo big cite code del dfn em font i ins kbd mark q s samp small span strike "
    "strong sub sup time tt u var"
)

Edit = tuple[int, int, str]  # replace seen[start:end] by the text, read where start was


@dataclass(frozen=True)
class Seen:
    """A text as a reader sees its words, and the index in the written text of each
    character."""

    text: str
    where: Sequence[int]
    # Where the text of a link that leads somewhere stands: a page's or a document's name
    linked: tuple[tuple[int, int], ...] = ()

    def in_link(self, index: int) -> bool:
        at = bisect.bisect_right(self.linked, (index, len(self.text))) - 1  # in order
        return at >= 0 and self.linked[at][0] <= index < self.linked[at][1]


def as_read(text: str) -> Seen:
    """`text` as a reader sees its words."""
    if not any(char in text for char in MARKUP) and letters_as_written(text):
        return Seen(text, range(len(text)))  # most texts: as written
    seen, where = as_seen(text, letters=True)
    for edits in (_composed, _tags, _marks):
        found = edits(seen)
        if found:
            seen, where = _edited(seen, where, found)
    if "](" not in seen and "][" not in seen:
        return Seen(seen, where)
    found, linked = _links(seen)
    return Seen(*_edited(seen, where, found), linked) if found else Seen(seen, where)


def _composed(seen: str) -> list[Edit]:
    """Each letter with combining marks after it as its composed letter (NFC); marks
    that compose with nothing dropped, as `as_seen` drops them."""
    if seen.isascii():
        return []
    marks = {c for c in set(seen) if not c.isascii() and unicodedata.category(c) == "Mn"}
    if not marks:
        return []
    edits: list[Edit] = []
    for run in re.finditer(f"[{re.escape(''.join(marks))}]+", seen):
        start = run.start()
        if start > 0 and seen[start - 1].isalpha():
            start -= 1
        composed = unicodedata.normalize("NFC", seen[start : run.end()])
        edits.append((start, run.end(), "".join(c for c in composed if c not in marks)))
    return edits


def _links(seen: str) -> tuple[list[Edit], tuple[tuple[int, int], ...]]:
    """A link's or image's brackets and address dropped, its text kept; and where the
    text of each link that leads somewhere (not "#") stands once they are dropped."""
    edits: list[Edit] = []
    linked: list[tuple[int, int]] = []
    dropped = 0
    for link in LINK.finditer(seen):
        edits += [(link.start(), link.start(1), ""), (link.end(1), link.end(), "")]
        start = link.start(1) - dropped - (link.start(1) - link.start())
        target = seen[link.end(1) + 1 : link.end()]
        if seen[link.start()] != "!" and target.strip("() ") not in ("", "#"):
            linked.append((start, start + len(link[1])))
        dropped += link.start(1) - link.start() + link.end() - link.end(1)
    return edits, tuple(linked)


def _marks(seen: str) -> list[Edit]:
    """Runs of `*`, `~` and backticks that touch a letter or digit dropped."""
    if not any(mark in seen for mark in "*~`"):
        return []
    return [(run.start(), run.end(), "") for run in MARKS.finditer(seen)]


def _tags(seen: str) -> list[Edit]:
    """HTML tags dropped: an inline tag for nothing, any other for a blank."""
    if "<" not in seen:
        return []
    return [
        (tag.start(), tag.end(), "" if tag[1].lower() in INLINE else " ")
        for tag in TAG.finditer(seen)
    ]


def _edited(seen: str, where: Sequence[int], edits: list[Edit]) -> tuple[str, Sequence[int]]:
    """`seen` with each edit made (in order, none overlapping), and the index in the
    written text of each of its characters (through `where`, looked up only for a
    finding: a stretch between edits is one run)."""
    pieces: list[str] = []
    before = Runs()  # the index in `seen` of each character of the edited text
    at = 0
    for start, end, text in edits:
        pieces += [seen[at:start], text]
        before.run(at, start - at)
        before.run(start, len(text), step=0)
        at = end
    pieces.append(seen[at:])
    before.run(at, len(seen) - at)
    return "".join(pieces), Through(before, where)
