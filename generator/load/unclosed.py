"""A quote that opens a text and is not closed where the author meant it to be.

`titel: "Trygg rast` without its closing `"` makes YAML read the lines after it as part
of the text, up to the next `"` in the file (or to its end), and the parser notices only
there, often ten lines further down, at a line that has nothing wrong with it. The
quote that opened the text is found by reading the file's tokens up to where the parser
stopped: the quoted text that ends right there, and that has swallowed a line that reads
as a key of its own, opened at the author's mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.tokens import (
    FlowMappingEndToken,
    FlowMappingStartToken,
    FlowSequenceEndToken,
    FlowSequenceStartToken,
    ScalarToken,
)

from generator.load.columns import ColumnLoader
from generator.load.quoting import quoted_value
from generator.personal_data import has_personal_number

# A line that reads as a key of a mapping or an item of a list, and how far it is indented.
KEY_LINE = re.compile(r"^(?P<indent>[ \t]*)(?:- |[^\s#'\"{}\[\],:-][^:#]*:(?:[ \t]|$))")
# A comment, which may follow where the text ends: `färg: "#1f4e79"` after an unclosed
# quote closes it at `färg: "`, and leaves `#1f4e79"` to be read as a comment.
COMMENT = re.compile(r"#[^\n]*")
# Where an item of a [ ] or { } ends.
FLOW_END = re.compile(r"[,\]}]")
FLOW_START = (FlowSequenceStartToken, FlowMappingStartToken)
FLOW_END_TOKENS = (FlowSequenceEndToken, FlowMappingEndToken)
NEVER_CLOSED = "while scanning a quoted scalar"


@dataclass(frozen=True)
class UnclosedQuote:
    """Where the quote opens (0-based line and column in the text), and what to say."""

    line: int
    column: int
    detail: str
    hint: str


def unclosed_quote(error: yaml.MarkedYAMLError, text: str) -> UnclosedQuote | None:
    """The quote whose missing end caused `error`, or None when no quote did."""
    if str(error.context).startswith(NEVER_CLOSED) and error.context_mark is not None:
        mark = error.context_mark
        return _told(
            text, mark.line, mark.column, "stängs aldrig, så resten av filen blev en del av texten"
        )
    if error.problem_mark is None:
        return None
    token = quoted_before(text, error.problem_mark.index)
    if token is None or not _swallowed_keys(text, token):
        return None
    start, end = token.start_mark, token.end_mark
    swallowed = (
        f"raderna {start.line + 2}–{end.line + 1}"
        if end.line > start.line + 1
        else f"rad {end.line + 1}"
    )
    return _told(
        text,
        start.line,
        start.column,
        f"stängs inte på raden, så {swallowed} blev en del av texten",
    )


def quoted_before(text: str, stopped: int) -> ScalarToken | None:
    """The quoted text that ends (but for blanks) where the parser stopped, if any."""
    last: ScalarToken | None = None
    try:
        for token in yaml.scan(text, Loader=ColumnLoader):
            if token.start_mark.index >= stopped:
                break
            if isinstance(token, ScalarToken):
                last = token
    except yaml.MarkedYAMLError:
        pass  # the tokens up to the scanner's own error are all there is
    if last is None or last.style not in ('"', "'"):
        return None
    between = COMMENT.sub("", text[last.end_mark.index : stopped])
    return last if not between.strip() else None


def _swallowed_keys(text: str, token: ScalarToken) -> bool:
    """Whether a line inside the quoted text reads as a key or list item no further in
    than the line it opens on: a line the author meant to stand on its own."""
    lines = text.splitlines()
    opening = lines[token.start_mark.line]
    indent = len(opening) - len(opening.lstrip(" \t-"))
    inside = lines[token.start_mark.line + 1 : token.end_mark.line + 1]
    found = (KEY_LINE.match(line) for line in inside)
    return any(match is not None and len(match["indent"]) <= indent for match in found)


def _told(text: str, line: int, column: int, what: str) -> UnclosedQuote:
    written = text.splitlines()[line]
    quote, rest = written[column], written[column + 1 :].rstrip()
    detail = f"citattecknet {quote} som inleder texten {what}"
    if rest.strip() and not rest.endswith(quote):
        fixed = _closed(written[:column].lstrip(), rest, in_flow(text, line, column))
        hint = f"avsluta texten med citattecken på samma rad: {fixed}"
    else:
        hint = f"sätt ett {quote} där texten slutar, eller ta bort citattecknet"
    return UnclosedQuote(line, column, detail, hint)


def _closed(before: str, rest: str, in_flow: bool) -> str:
    """The author's line with the text closed: what precedes the quote as written (`key: `,
    `- `, `- key: `, nothing for a value on a line of its own), and in a [ ] or { } the
    text up to the next `,`, `]` or `}`, which YAML would otherwise read as part of it."""
    after = ""
    if in_flow and (end := FLOW_END.search(rest)) is not None:
        rest, after = rest[: end.start()], rest[end.start() :]
    if has_personal_number(before + after):  # never in a message, which CI logs keep (TP401)
        before, after = "", ""
    return f"{before}{quoted_value(rest.strip())}{after}"


def in_flow(text: str, line: int, column: int) -> bool:
    """Whether the quote stands inside a [ ] or { }, as YAML reads the text up to it."""
    lines = text.splitlines(keepends=True)
    before = "".join(lines[:line]) + lines[line][:column]
    depth = 0
    try:
        for token in yaml.scan(before, Loader=ColumnLoader):
            depth += isinstance(token, FLOW_START) - isinstance(token, FLOW_END_TOKENS)
    except yaml.MarkedYAMLError:
        pass  # an earlier mistake: what was read up to it is all there is
    return depth > 0
