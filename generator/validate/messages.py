"""Swedish messages for jsonschema validation errors, one translator per keyword.

jsonschema's messages are English and name Python types. Authors need to know
what is wrong in their own words and how to fix it, so each keyword gets a
message, a hint and a stable problem code. Hints draw on the schema's own
`title` and `examples`, so a new field explains itself without a code change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from generator import invisible
from generator.load.quoting import named
from generator.text import capitalised, listing
from generator.validate import lookalike
from generator.validate.dayhints import no_such_month
from generator.validate.enumhints import meant_value
from generator.validate.formhints import (
    LINE_BREAK_HINT,
    format_hint,
    line_break_at_end,
    pattern_hint,
)
from generator.validate.keymessages import missing_keys, unknown_keys
from generator.validate.phonenumbers import PHONE_PATTERN, phone_refusal
from generator.validate.translation import Translation, quoted
from generator.validate.typehints import top_level, type_hint, wanted_kinds
from generator.validate.typographic import hint as typographic_hint
from generator.validate.typographic import wrapping

if TYPE_CHECKING:  # only named in annotations: rules and renderers import this module too
    from jsonschema.exceptions import ValidationError


FILL_IN = "FYLL I"  # the mark of what is left to write (TP304)
VALUE_CODES = ("TP013", "TP015", "TP016", "TP018")  # a value of the wrong form or length

TYPE_NAMES = {
    "string": "text",
    "integer": "ett heltal",
    "number": "ett tal",
    "array": "en lista",
    "object": "nycklar med värden (nyckel: värde)",
    "boolean": "true eller false",
    "null": "tomt",
}


def _type(error: ValidationError) -> Translation:
    if not error.absolute_path and (whole := top_level(error.instance, error.schema)):
        return Translation("TP011", (), *whole)
    wanted = wanted_kinds(error.validator_value)
    names = " eller ".join(TYPE_NAMES.get(kind, kind) for kind in wanted)
    hint = type_hint(wanted, error.instance, error.schema)
    return Translation("TP011", tuple(error.absolute_path), f"måste vara {names}", hint)


def _as_value(written: str) -> str:
    """How an author's words are spelt as a value: "inte genomförd" is ej_genomförd."""
    words = "_".join(written.casefold().replace("-", " ").split())
    return "ej_" + words[len("inte_") :] if words.startswith("inte_") else words


def _enum(error: ValidationError) -> Translation:
    allowed = [str(v) for v in error.validator_value]  # type: ignore[union-attr]
    close = meant_value(str(error.instance), _as_value(str(error.instance)), allowed)
    listed = "tillåtna värden: " + ", ".join(allowed)
    hint = f"menade du '{close}'? {capitalised(listed)}" if close else listed
    message = f"{quoted(error.instance)} är inte ett tillåtet värde"
    if str(error.instance).startswith(FILL_IN):  # `status: FYLL I`, as trygg ny-period writes
        message, hint = "inte ifyllt ännu", f"skriv ett av värdena {listing(allowed, 'eller')}"
    if (alike := lookalike.look_alike(str(error.instance), allowed)) is not None:
        message = f"{quoted(invisible.shown(str(error.instance)))} är inte ett tillåtet värde: "
        message, hint = message + alike[0], alike[1]
    return Translation("TP013", tuple(error.absolute_path), message, hint)


def _pattern(error: ValidationError) -> Translation:
    if error.validator_value == PHONE_PATTERN:
        return Translation("TP015", tuple(error.absolute_path), *phone_refusal(str(error.instance)))
    if (unseen := invisible.refusal(str(error.instance))) is not None:
        shown = quoted(invisible.shown(str(error.instance)))
        return Translation("TP015", tuple(error.absolute_path), f"{shown} {unseen[0]}", unseen[1])
    if (bare := line_break_at_end(str(error.validator_value), str(error.instance))) is not None:
        message = f"{quoted(bare)} slutar med en radbrytning"
        return Translation("TP015", tuple(error.absolute_path), message, LINE_BREAK_HINT)
    examples = error.schema.get("examples", []) if isinstance(error.schema, dict) else []
    hint = pattern_hint(str(error.validator_value), str(error.instance), examples)
    a_day = "-W[0-9]" in str(error.validator_value)  # the pattern of a plan's dates
    no_month = a_day and no_such_month(str(error.instance))
    wrong = "har en månad som inte finns" if no_month else "har fel form"
    message = f"{quoted(error.instance)} {wrong}"
    return Translation("TP015", tuple(error.absolute_path), message, hint)


def _format(error: ValidationError) -> Translation:
    message, hint = format_hint(str(error.validator_value), str(error.instance))
    return Translation(
        "TP016", tuple(error.absolute_path), f"{quoted(error.instance)} {message}", hint
    )


def _items(error: ValidationError) -> Translation:
    count = int(str(error.validator_value))
    if error.validator == "minItems":
        message = "listan är tom" if count == 1 else f"listan måste ha minst {count} punkter"
        hint = (
            "lägg till minst en punkt"
            if count == 1
            else f"lägg till punkter så att de blir minst {count}"
        )
    else:
        message, hint = f"listan får ha högst {count} punkter", "ta bort eller slå ihop punkter"
    return Translation("TP017", tuple(error.absolute_path), message, hint)


def _length(error: ValidationError) -> Translation:
    if error.validator == "minLength":
        return Translation(
            "TP018", tuple(error.absolute_path), "får inte vara tom", "skriv en text"
        )
    written = len(error.instance) if isinstance(error.instance, str) else 0
    message = f"texten är för lång: {written} tecken, högst {error.validator_value}"
    return Translation("TP018", tuple(error.absolute_path), message, "korta texten")


def _range(error: ValidationError) -> Translation:
    bound = error.validator_value
    message = (
        f"måste vara minst {bound}"
        if "minimum" in str(error.validator)
        else f"får vara högst {bound}"
    )
    return Translation("TP019", tuple(error.absolute_path), message, "ändra talet")


def _any_of(error: ValidationError) -> Translation:
    if isinstance(error.instance, dict) and "id" in error.instance:
        message = "steget måste vara antingen en händelse (med text:) eller en fråga (med fråga:)"
        return Translation(
            "TP020", tuple(error.absolute_path), message, "lägg till text: eller fråga:"
        )
    return Translation(
        "TP020", tuple(error.absolute_path), "värdet har fel form", "se schemats beskrivning"
    )


def _property_names(error: ValidationError) -> Translation:
    message = f"{quoted(error.instance)} är ingen känd regelkod"
    return Translation(
        "TP021", tuple(error.absolute_path), message, "regelkoder skrivs TP följt av tre siffror"
    )


TRANSLATORS: dict[str, Callable[[ValidationError], Translation]] = {
    "type": _type,
    "enum": _enum,
    "const": _enum,
    "pattern": _pattern,
    "format": _format,
    "minItems": _items,
    "maxItems": _items,
    "minLength": _length,
    "maxLength": _length,
    "minimum": _range,
    "maximum": _range,
    "exclusiveMinimum": _range,
    "exclusiveMaximum": _range,
    "additionalProperties": lambda error: unknown_keys(error, {})[0],  # where one is wanted
    "anyOf": _any_of,
    "oneOf": _any_of,
    "propertyNames": _property_names,
}


def translations(
    error: ValidationError, misspelt: Mapping[str, str] | None = None
) -> list[Translation]:
    """The Swedish problems one schema error stands for (several for missing keys);
    `misspelt` maps the object's misspelt keys to the keys meant (`validate.misspelt`)."""
    if error.validator == "required":
        return missing_keys(error, misspelt or {})
    if error.validator == "additionalProperties":
        return unknown_keys(error, misspelt or {})
    return [translate(error)]


def in_typographic_quotes(error: ValidationError, translation: Translation) -> Translation:
    """A refused value wrapped in ” ” (`validate.typographic`) is told by its quotes, which
    are what is wrong with it, not by the form it then lacks."""
    opening = wrapping(error.instance)
    if opening is None or translation.code not in VALUE_CODES:
        return translation
    message = (
        f"{quoted(error.instance)} står inom {named(opening)}, som YAML inte läser som citattecken"
    )
    return dataclasses.replace(translation, message=message, hint=typographic_hint(opening))


def translate(error: ValidationError) -> Translation:
    translator = TRANSLATORS.get(str(error.validator))
    if translator is not None:
        return translator(error)
    message = f"värdet stämmer inte med schemat ({error.validator})"
    return Translation("TP020", tuple(error.absolute_path), message, "se schemats beskrivning")
