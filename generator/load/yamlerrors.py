"""Why a content file cannot be read, in Swedish, at a 1-based line and column."""

from __future__ import annotations

import re
from typing import Any

import yaml

from generator import codes
from generator.load.earlyquote import closed_early
from generator.load.flowclose import unclosed_flow
from generator.load.indentation import expected_column, indentation
from generator.load.indicators import indicator_start
from generator.load.keyless import keyless_line
from generator.load.oddspaces import odd_space
from generator.load.quoting import quoting_hint
from generator.load.unclosed import unclosed_quote
from generator.problems import Location, Problem

# `key: text` on one line of a block mapping (or a list item), the text without quotes.
KEY_AND_TEXT = re.compile(
    r"^[ \t]*(?:- )?(?P<key>[^\s#'\"{}\[\],:-][^:#]*?):[ \t]+"
    r"(?P<text>[^\s#'\"{}\[\]|>&*!].*?)[ \t]*$"
)


class LoadError(Exception):
    """A file could not be read as content; carries a Swedish message and position."""

    def __init__(self, code: str, message: str, hint: str, line: int = 0, column: int = 0):
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column
        self.further: tuple[LoadError, ...] = ()  # later syntax errors (`load.resync`)

    def problem(self, file: str) -> Problem:
        location = Location(file, self.line, self.column)
        return codes.problem(self.code, location, self.message, hint=self.hint)

    def problems(self, file: str) -> list[Problem]:
        """This problem and the further syntax errors found after it."""
        return [error.problem(file) for error in (self, *self.further)]


def positioned(code: str, message: str, mark: Any) -> LoadError:
    hints = {
        "TP005": "skriv ut värdet i stället för att hänvisa till det",
        "TP004": "ta bort eller byt namn på den ena nyckeln",
    }
    return LoadError(code, message, hints.get(code, ""), mark.line + 1, mark.column + 1)


def syntax_error(error: yaml.MarkedYAMLError, text: str, line_offset: int) -> LoadError:
    quote = unclosed_quote(error, text) or closed_early(error, text)
    if quote is not None:  # at its quote, not where noticed
        line = quote.line + 1 + line_offset
        return LoadError("TP003", quote.detail, quote.hint, line, quote.column + 1)
    unclosed = str(error.problem).startswith("expected ',' or")
    mark = (error.context_mark if unclosed else None) or error.problem_mark or error.context_mark
    line = (mark.line + 1) if mark else 1
    column = (mark.column + 1) if mark else 1
    lines = text.splitlines()
    written = lines[line - 1] if 0 < line <= len(lines) else ""
    if (tab := _tab_error(str(error), written)) is not None:
        return LoadError("TP007" if tab[0] else "TP003", *tab[1], line + line_offset, column)
    if (told := odd_space(error, lines) or indentation(error, lines)) is not None:
        return LoadError("TP003", told.detail, told.hint, told.line + line_offset, told.column)
    if (keyless := keyless_line(error, lines)) is not None:  # at the line, not the next
        detail, hint = keyless.detail, keyless.hint
        return LoadError("TP003", detail, hint, keyless.line + line_offset, keyless.column)
    hint = "kontrollera indrag, kolon och citattecken på raden"
    colon = str(error.problem) == "mapping values are not allowed here"
    if started := _text_with_indicator(error, lines):
        (line, column), (detail, hint) = started
    elif unclosed and (flow := unclosed_flow(error, lines)) is not None:
        (line, column), (detail, hint) = (flow.line, flow.column), (flow.detail, flow.hint)
    elif unclosed:
        detail = "en lista [ ] eller mappning { } stängs inte"
    elif colon and _over_indented(lines, line):
        detail = "raden är mer indragen än raden ovanför, som redan har ett värde"
        where = expected_column(lines, line) or "samma kolumn som raden ovanför"
        hint = f"låt raden börja i {where}, om den inte hör till texten ovanför"
        column = 1
    elif colon and (quoting := _colon_in_text(lines, line, column)):
        detail, hint = quoting
    else:
        detail = _swedish(str(error.problem))
    return LoadError("TP003", detail, hint, line + line_offset, column)


def _tab_error(error: str, written: str) -> tuple[bool, tuple[str, str]] | None:
    """(whether it indents, (detail, hint)) for a tab on the line `written` that PyYAML
    stopped at, or that indents it; None for a line a tab has no part in."""
    indent = written[: len(written) - len(written.lstrip(" \t"))]
    if "\t" in indent:
        return True, ("tabbtecken används för indrag", "använd mellanslag i stället för tabb")
    if "found character '\\t'" in error:  # a tab inside a text, pasted from a table
        return False, (
            "ett tabbtecken i texten gör att YAML inte kan läsa raden",
            "byt tabbtecknet mot ett mellanslag, eller sätt hela texten inom raka citattecken",
        )
    return None


def _text_with_indicator(
    error: yaml.MarkedYAMLError, lines: list[str]
) -> tuple[tuple[int, int], tuple[str, str]] | None:
    """((line, column) of the value, (detail, hint)) where the error is on a line whose
    text starts with a character YAML reads as syntax (`titel: [Utkast] Rast`)."""
    for mark in (error.context_mark, error.problem_mark):
        if mark is not None and (told := indicator_start(lines, mark.line + 1)) is not None:
            column, detail, hint = told
            return (mark.line + 1, column), (detail, hint)
    return None


def text_not_reference(error: LoadError, text: str) -> LoadError:
    """A TP005 for an alias or anchor that starts a text (`text: *Viktigt:* läs`) as the
    text it is, to be quoted; any other error as it is."""
    told = indicator_start(text.splitlines(), error.line) if error.code == "TP005" else None
    if told is None:
        return error
    column, detail, hint = told
    return LoadError("TP003", detail, hint, error.line, column)


def _colon_in_text(lines: list[str], line: int, column: int) -> tuple[str, str] | None:
    """Why and how to quote a text with a colon in it, where the 1-based `line` is
    `key: text: more` and the colon at `column` is in the text; else None."""
    found = KEY_AND_TEXT.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if found is None or column <= found.start("text"):
        return None
    last = column > len(found["text"]) + found.start("text") - 1
    written = "slutar med ett kolon" if last else "innehåller ': ' (kolon och mellanslag)"
    detail = f"texten {written}, som YAML läser som början på en ny nyckel"
    return detail, quoting_hint(found["key"], found["text"])


def _over_indented(lines: list[str], line: int) -> bool:
    """Whether the 1-based `line` is indented more than the key line above it that ends in
    a value (`namn: Kalle` followed by `    telefon: …`): YAML reads it as that value's
    continuation, and then finds a colon in it."""
    if not 1 < line <= len(lines):
        return False
    here = lines[line - 1]
    above = next(
        (
            text
            for text in reversed(lines[: line - 1])
            if text.strip() and not text.lstrip().startswith("#")
        ),
        "",
    )
    indent = len(here) - len(here.lstrip())
    item = above.strip().removeprefix("- ")  # a list item's key starts after its "- "
    key, colon, value = item.partition(": ")
    return bool(colon and key and value.strip()) and indent > len(above) - len(item)


def _swedish(problem: str) -> str:
    """PyYAML's English problem in Swedish; an unknown one as a plain Swedish line."""
    if problem in _SYNTAX_MESSAGES:
        return _SYNTAX_MESSAGES[problem]
    for start, text in _SYNTAX_STARTS:
        if problem.startswith(start) or start in problem:
            return text
    return "YAML-syntaxfel: raden går inte att tolka"


# PyYAML's problems that name tokens: matched by how they start or what they hold.
_SYNTAX_STARTS = (
    ("found unknown escape character", "ett okänt tecken efter \\ i en text inom citattecken"),
    ("tab", "tabbtecken får inte användas för indrag; använd mellanslag"),
    ("found character '\\t'", "tabbtecken får inte användas för indrag; använd mellanslag"),
    ("found character", "ett tecken som inte får inleda ett värde"),
    ("found another document", "filen innehåller mer än ett YAML-dokument"),
    ("could not determine a constructor", "taggar (!) är inte tillåtna i innehållsfiler"),
    ("expected <block end>", "indraget stämmer inte"),
    ("did not find expected node content", "ett värde saknas"),
    ("did not find expected ',' or ']'", "en lista inom [ ] saknar sitt ]"),
    ("did not find expected ',' or '}'", "en mappning inom { } saknar sitt }"),
    ("expected ',' or ']'", "en lista inom [ ] saknar sitt ]"),
    ("expected ',' or '}'", "en mappning inom { } saknar sitt }"),
    ("expected a comment or a line break", "det står något efter värdet på samma rad"),
    ("expected <document start>", "filen innehåller mer än ett YAML-dokument"),
    ("expected alphabetic or numeric character", "ett & eller * utan namn efter sig"),
    ("undefined tag handle", "taggar (!) är inte tillåtna i innehållsfiler"),
    ("anchor", "ankare (&namn) är inte tillåtna i innehållsfiler"),
    ("expected a single document", "filen innehåller mer än ett YAML-dokument"),
    ("mapping keys are not allowed here", "en nyckel står där den inte får stå"),
    ("block sequence entries are not allowed here", "ett listvärde (-) står där det inte får stå"),
)
_SYNTAX_MESSAGES = {
    "mapping values are not allowed here": "ett kolon står där det inte får stå",
    "could not find expected ':'": "ett kolon saknas efter nyckeln",
    "found character that cannot start any token": "ett tecken som inte får inleda ett värde",
    "did not find expected key": "indraget stämmer inte, eller ett värde saknar nyckel",
    "found unexpected end of stream": "filen tar slut mitt i ett värde",
    "found undefined alias": "alias (*namn) är inte tillåtna i innehållsfiler",
    "did not find expected '-' indicator": "indraget stämmer inte i listan",
    "found unexpected ':'": "ett kolon står där det inte får stå",
}
