"""A list that Markdown joins into the paragraph before it (TP025).

Markdown starts a list only after a blank line: "Vi gör så här:" directly above
"- Efter mellanmålet …" makes one paragraph, "Vi gör så här: - Efter mellanmålet … -
Kapprummet …", and a word processor's bullets (•, –) never make a list at all. The check
finds the first line of each such list in every text shown as Markdown (a page's body, a
YAML text that is not shown as plain text) outside code, tables and quotes; in a YAML
text that joins its lines (`>`, or no block marker), also a list whose lines YAML joined,
found in the lines as the file holds them. A line that
starts with a dash in running text is left alone: a list is told only after a line that
ends with a colon, or as two lines in a row that start alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from yaml.nodes import ScalarNode

from generator import codes
from generator.load.document import Document, scalars
from generator.load.markdowncode import without_code
from generator.load.reader import PageSource
from generator.load.sources import Sources
from generator.problems import Location, Problem
from generator.rules.freetext import NOT_FREE_TEXT
from generator.validate.fields import format_field
from generator.validate.links import body_location
from generator.validate.plainfields import plain_field
from generator.validate.textlinks import text_location

# A Markdown list item: a marker, a space and a word (not a rule of dashes, "- - -").
MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}\.)[ \t]+(?=[^\W_]|[(\"'\[*_`])")
# A word processor's bullets, and dashes typed as bullets: Markdown never lists them.
BULLET = re.compile(r"[ \t]*([•·▪‣◦–—])[ \t]+\S")
HEADING = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")
TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*\|")


@dataclass(frozen=True)
class RunOn:
    """A list Markdown joins into one paragraph: its first line's index in the text,
    that line as written, and the bullet it starts with ("" for a Markdown marker)."""

    index: int
    line: str
    bullet: str
    after_text: bool
    folded: bool = False  # written in a YAML text that joins its lines (`>` or no marker)


def run_on_lists(text: str) -> Iterator[RunOn]:
    """The first line of each list in Markdown `text` that is shown as one paragraph."""
    if "\n" not in text:
        return
    block: list[tuple[int, str]] = []
    index = 0
    for line in without_code(text).split("\n"):
        if not line.strip() or HEADING.match(line):
            yield from _in_block(block, text)
            block = []
        else:
            block.append((index, line))
        index += len(line) + 1
    yield from _in_block(block, text)


def _in_block(block: list[tuple[int, str]], text: str) -> Iterator[RunOn]:
    """The run-on lists of one block of lines between blank lines (or headings)."""
    if not block or any(line.lstrip().startswith(("|", ">")) for _i, line in block):
        return  # a table or a quote: its lines are no paragraph
    if len(block) > 1 and TABLE_RULE.match(block[1][1]):
        return
    in_list = MARKER.match(block[0][1]) is not None
    in_bullets = ""
    for number, (index, line) in enumerate(block):
        before = block[number - 1][1].rstrip(" *_") if number else ""
        after = block[number + 1][1] if number + 1 < len(block) else ""
        char = _bullet(line)
        if char and char != in_bullets and (before.endswith(":") or _bullet(after) == char):
            yield _found(text, index, line, char, number > 0)
        in_bullets = char
        if char:
            continue
        if number and not in_list and MARKER.match(line):
            in_list = True
            if before.endswith(":") or MARKER.match(after):
                yield _found(text, index, line, "", True)


def _bullet(line: str) -> str:
    found = BULLET.match(line)
    return found.group(1) if found else ""


def _found(text: str, index: int, line: str, bullet: str, after_text: bool) -> RunOn:
    indent = len(line) - len(line.lstrip())
    end = text.find("\n", index)
    written = text[index + indent : end if end >= 0 else len(text)]
    return RunOn(index + indent, written.rstrip(), bullet, after_text)


def run_on_problems(sources: Sources) -> list[Problem]:
    """TP025 in the free pages and the Markdown texts of the YAML files of `sources`."""
    found = [problem for page in sources.free_pages() for problem in page_problems(page)]
    documents = sources.markdown_documents()
    return found + [problem for document in documents for problem in text_problems(document)]


def page_problems(page: PageSource) -> Iterator[Problem]:
    for run_on in run_on_lists(page.body):
        yield _problem(body_location(page, run_on.index), run_on, "")


def text_problems(document: Document) -> Iterator[Problem]:
    """TP025 in the texts of a YAML file shown as Markdown, at the list's first line where
    the file holds it as written, else at the start of the text."""
    for path, scalar in scalars(document.node):
        if (path and path[-1] in NOT_FREE_TEXT) or plain_field(path) is not None:
            continue  # a name, a date, a short field: shown as plain text, on one line
        found, folded = list(run_on_lists(scalar.value)), scalar.style in {">", "", None}
        if folded and document.text:  # a blank line before the list is folded away too
            lines = _written_lines(document.text, scalar)
            found = list(folded_lists(lines, scalar.value)) or [
                replace(f, folded=True) for f in found
            ]
        for run_on in found:
            where = text_location(document, scalar, run_on.line)
            key = path[-1] if path and isinstance(path[-1], str) else ""
            yield _problem(where, run_on, format_field(path, document.data), key)


def folded_lists(lines: list[str], value: str) -> Iterator[RunOn]:
    """The lists in a YAML text that joins its lines (`>`, or no block marker), found in
    the lines as written (`lines`): a run of items of which the value holds one after
    other text on its line (joined to the line before), told at its first item when it
    follows a line ending in a colon or has more than one item."""
    written = [line.strip() for line in lines]
    cursor, run = 0, []
    for number, line in enumerate([*written, ""]):
        at = value.find(line, cursor) if line else -1
        if at >= 0 and (MARKER.match(line) or _bullet(line)):
            cursor = at + len(line)
            run.append((number, at))
            continue
        cursor = at + len(line) if at >= 0 else cursor
        if run and any(_joined(value, place) for _n, place in run):
            first, place = run[0]
            before = written[first - 1].rstrip(" *_") if first else ""
            if len(run) > 1 or before.endswith(":"):
                yield RunOn(place, written[first], _bullet(written[first]), bool(before), True)
        run = []


def _joined(value: str, at: int) -> bool:
    """Whether the text at `at` follows other text on its line in `value` (the line it
    was written on was joined to the one before), not only the line's indentation."""
    start = len(value[:at].rstrip(" "))
    return 0 < start < at and value[start - 1] != "\n"


def _written_lines(text: str, scalar: ScalarNode) -> list[str]:
    """The file's lines that hold the text, without a block scalar's `>` line."""
    lines = text[scalar.start_mark.index : scalar.end_mark.index].split("\n")
    return lines[1:] if scalar.style == ">" else lines


def _problem(where: Location, run_on: RunOn, field: str, key: str = "") -> Problem:
    if run_on.folded:
        message = "YAML slår ihop textens rader: raderna visas som ett enda stycke"
        bullet = f", byt {run_on.bullet} mot -" if run_on.bullet else ""
        block = f"{key}: |" if key else "beskrivning: |"
        hint = f"skriv | efter kolonet ({block}){bullet}, med en tom rad före listan"
    elif run_on.bullet:
        message = f"{run_on.bullet} gör ingen lista: raderna visas som ett enda stycke"
        blank = " och lägg en tom rad före listan" if run_on.after_text else ""
        hint = f"byt {run_on.bullet} mot - i början av varje rad{blank}"
    else:
        message = "listan står direkt under texten före: raderna visas som ett enda stycke"
        hint = "lägg en tom rad före listan"
    return codes.problem("TP025", where, message, field=field, hint=hint)
