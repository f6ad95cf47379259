"""A schema problem told from the value as the author wrote it, where the file is at hand.

What jsonschema sees is what YAML made of the text: `1e3` is 1000.0 and `+5` is 5, so a
hint built from the data would show the author a value they never wrote. And YAML reads
`färg: #1f4e79` as an empty value followed by a comment, so "fill in a value" would send
the author looking for a value that is plainly there: the comment after an empty value,
when it looks like one (no blank after the `#`), is what they meant to write.
"""

from __future__ import annotations

import dataclasses
import re

from jsonschema.exceptions import ValidationError
from yaml.nodes import MappingNode, ScalarNode

from generator.load.document import Document
from generator.load.quoting import quoting_hint
from generator.personal_data import has_personal_number
from generator.validate.translation import Translation
from generator.validate.typehints import type_hint, wanted_kinds

# A comment right after an empty value whose first character is no blank (`#1f4e79`,
# `#utkast`), up to a further comment; not a `#FYLL I` mark, which TP304 tells about.
VALUE_IN_COMMENT = re.compile(
    r"[ \t]+#(?!FYLL I\b)(?P<value>[^\s#][^\n]*?)(?=[ \t]+#|[ \t]*$)", re.M
)


def as_written(document: Document, error: ValidationError, translation: Translation) -> Translation:
    """`translation` with its message or hint about the value as the author wrote it."""
    if translation.code == "TP012" and translation.field:
        return _in_braces(document, translation)
    node = document.node_at(translation.field)
    if not isinstance(node, ScalarNode) or node.style:  # quoted: YAML read it as written
        return translation
    if error.instance is None and (commented := _value_in_comment(document, node)):
        return _commented(translation, commented)
    if error.validator == "type" and node.value and translation.field:  # a file is told whole
        wanted = wanted_kinds(error.validator_value)
        hint = type_hint(wanted, error.instance, error.schema, spelt=node.value)
        return dataclasses.replace(translation, hint=hint)
    return translation


def _value_in_comment(document: Document, node: ScalarNode) -> str:
    """The value-like comment right after the empty value `node`, or ""."""
    if node.value or not document.text:
        return ""
    found = VALUE_IN_COMMENT.match(document.text, node.end_mark.index)
    return "#" + found["value"] if found else ""


def _commented(translation: Translation, commented: str) -> Translation:
    last = translation.field[-1] if translation.field else ""
    key = last if isinstance(last, str) else ""  # a list item is written `- "#…"`
    shown = "texten" if has_personal_number(commented) else f"'{commented}'"
    message = f"värdet är tomt, eftersom # inleder en kommentar i YAML: {shown} räknas inte"
    return dataclasses.replace(translation, message=message, hint=quoting_hint(key, commented))


SHOWN = 60  # characters of a mapping in { } a hint shows with the missing key added


def _in_braces(document: Document, translation: Translation) -> Translation:
    """A key missing from a mapping written in { } (`beslut: {datum: 2026-06-12}`) is
    added inside the braces, not as a line of its own as the hint says of other mappings."""
    node = document.node_at(translation.field[:-1])
    if not isinstance(node, MappingNode) or not node.flow_style:
        return translation
    key = str(translation.field[-1])
    written = document.text[node.start_mark.index : node.end_mark.index]
    told = translation.hint.removeprefix(f"lägg till raden {key}:")
    hint = f"lägg till {key}: … inom {{ }}, efter ett kommatecken"
    inner = written.removesuffix("}").rstrip().rstrip(",")
    if written.endswith("}") and "\n" not in written and len(written) <= SHOWN and node.value:
        hint += f": {inner}, {key}: …}}"
    return dataclasses.replace(translation, hint=hint + told)
