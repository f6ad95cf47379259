"""A text that starts with a character YAML reads as its own syntax.

`titel: [Utkast] Trygg rast` opens a list, `text: *Viktigt:* läs` refers to another
value (an alias), `- @skolan på Instagram` starts with a character YAML keeps for
itself. The parser then stops somewhere on the line with a message about indentation,
aliases or tokens, none of which is the author's mistake: the text needs quotes. Where
the error is on a line whose value starts so, this says which character did it and
gives the line as it should be written.
"""

from __future__ import annotations

import re

from generator.load.quoting import quoted_line, quoting_hint
from generator.personal_data import has_personal_number
from generator.text import excerpt

# `key: value` or `- value` (a list item, or `- key: value`), the value as written.
VALUE = re.compile(
    r"^[ \t]*(?:-[ \t]+)?(?:(?P<key>[^\s#'\"{}\[\],:&*!|>%@`?-][^:#]*?):[ \t]+)?"
    r"(?P<text>\S.*?)[ \t]*$"
)
# What YAML makes of a value that starts with each character, as the message says it.
MEANINGS = {
    "[": "som YAML läser som början på en lista",
    "{": "som YAML läser som början på en mappning",
    "*": "som YAML läser som en hänvisning till ett annat värde (alias)",
    "&": "som YAML läser som ett ankare",
    "!": "som YAML läser som en tagg",
    "@": "ett tecken som YAML har reserverat för eget bruk",
    "`": "ett tecken som YAML har reserverat för eget bruk",
    "%": "som YAML läser som ett direktiv",
    "|": "som YAML läser som början på en text på flera rader",
    ">": "som YAML läser som början på en text på flera rader",
    "?": "som YAML läser som en nyckel",
    "-": "som YAML läser som en punkt i en lista",
    "]": "som YAML läser som slutet på en lista",
    "}": "som YAML läser som slutet på en mappning",
    ",": "som YAML läser som en avgränsare i en lista",
}
SAID = {",": "ett kommatecken"}  # a mark the message names in words, not ",,"
# A list or mapping in brackets, written as one: `[grundskola, fritidshem]`, `{a: b}`.
COLLECTION = re.compile(r"^(?:\[[^\[\]]*\]|\{[^{}]*\})[ \t]*(?:#.*)?$")
# `&bas …` or `*bas`: an anchor or an alias as YAML means them (TP005 tells that), unlike
# Markdown's `*Viktigt*` or `**Obs:**` and a lone `&` or `*` before a word.
REFERENCE = re.compile(r"^[*&][^\s*&,\[\]{}#:]+(?:[ \t]|$)")
# `|` or `>` that starts a text on the lines below: `text: |`, `text: >-  # kommentar`.
BLOCK_HEADER = re.compile(r"^[|>][-+]?[0-9]?[-+]?[ \t]*(?:#.*)?$")
# A comment after a value: YAML ends the text at ` #`.
COMMENT = re.compile(r"[ \t]+#.*$")


def indicator_start(lines: list[str], line: int) -> tuple[int, str, str] | None:
    """(1-based column of the value, detail, hint) when the 1-based `line` holds a value
    that starts with a character YAML reads as syntax and is not what that syntax needs;
    else None."""
    found = VALUE.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if found is None or (mark := found["text"][0]) not in MEANINGS:
        return None
    text = COMMENT.sub("", found["text"])  # ` # …` ends a text in YAML: not in the hint
    if not _meant_as_text(text) and not (found["key"] and text == "-"):  # `effekt: -`
        return None
    detail = f"texten börjar med {SAID.get(mark, mark)}, {MEANINGS[mark]}"
    hint = quoting_hint(found["key"] or "", text)
    if found["key"] and mark in "-*" and text[1:2] in (" ", "\t"):  # a bullet, quoted: published
        hint = bullet_hint(found["key"].strip(), mark, text[1:].strip())
    return found.start("text") + 1, detail, hint


SIGNS = {"-": "strecket", "*": "stjärnan"}  # a bullet as a hint names it
BULLET_HINT = "ta bort {sign} före texten: "


def bullet_hint(key: str, mark: str, rest: str) -> str:
    """How to write `key: - Kurator`, a value after a bullet (- or *) pasted from a list:
    without the bullet. Where the field takes a list, `validate.listhints` says how to
    write one instead: the load stage knows no schema."""
    if rest[:1] in MEANINGS:  # `- -`: what is left starts so too, and needs quotes
        return BULLET_HINT.format(sign=SIGNS[mark]) + quoted_line(key, rest)
    shown = "…" if has_personal_number(rest) else excerpt(rest)
    return BULLET_HINT.format(sign=SIGNS[mark]) + f"{key}: {shown}"


def is_bullet_hint(hint: str) -> bool:
    """Whether `hint` is a `bullet_hint`."""
    return any(hint.startswith(BULLET_HINT.format(sign=sign)) for sign in SIGNS.values())


def _meant_as_text(text: str) -> bool:
    """Whether `text` is a text rather than the syntax its first character starts: a
    bracketed list that is whole, a lone `|` or `>` before a block, and an anchor's or an
    alias's name are syntax."""
    if text[0] in "[{":
        return COLLECTION.match(text) is None and not _list_left_open(text)
    if text[0] in "|>":
        return BLOCK_HEADER.match(text) is None
    if text[0] in "*&":
        return REFERENCE.match(text) is None
    if text[0] == "-":
        return text[1:2] in (" ", "\t")  # `-5` and `-tecken` are texts YAML reads
    return True  # a tag or a reserved character: never meant in content


def _list_left_open(text: str) -> bool:
    """`[grundskola, fritidshem` or `[F3` (a list whose `]` is missing): no closing bracket,
    and commas or one word alone, which a text in brackets seldom has."""
    closer = "]" if text[0] == "[" else "}"
    inside = text[1:].split("#", 1)[0].strip()
    return closer not in text and ("," in inside or " " not in inside)
