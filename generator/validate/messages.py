"""Swedish messages for jsonschema validation errors, one translator per keyword.

jsonschema's messages are English and name Python types. Authors need to know
what is wrong in their own words and how to fix it, so each keyword gets a
message, a hint and a stable problem code. Hints draw on the schema's own
`title` and `examples`, so a new field explains itself without a code change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator import invisible
from generator.load.quoting import named
from generator.personal_data import has_personal_number
from generator.text import closest
from generator.validate import lookalike
from generator.validate.exampledates import recent
from generator.validate.formhints import format_hint, pattern_hint
from generator.validate.typehints import as_yaml, top_level, type_hint, wanted_kinds
from generator.validate.typographic import hint as typographic_hint
from generator.validate.typographic import wrapping

if TYPE_CHECKING:  # only named in annotations: rules and renderers import this module too
    from jsonschema.exceptions import ValidationError


@dataclass(frozen=True)
class Translation:
    code: str
    field: tuple[str | int, ...]  # data path of the offending value (or missing key)
    message: str
    hint: str
    at_key: bool = False  # point at the key rather than its value
    text_key: bool = False  # the key is author text: the field shown stops at its object
    place: tuple[str | int, ...] | None = None  # where it is written, when not at `field`


VALUE_CODES = ("TP013", "TP015", "TP016", "TP018")  # a value of the wrong form or length

TYPE_NAMES = {
    "string": "text",
    "integer": "ett heltal",
    "number": "ett tal",
    "array": "en lista",
    "object": "en mappning (nyckel: värde)",
    "boolean": "true eller false",
    "null": "tomt",
}


def _show(value: Any) -> str:
    """The author's value, quoted and cut short; never a personnummer, which would be kept
    in every CI log the message reaches (TP401 reports it, without the number)."""
    text = as_yaml(value)
    if has_personal_number(text):
        return "värdet (visas inte, eftersom det innehåller ett personnummer)"
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def _described(schema: Mapping[str, Any], key: str = "") -> str:
    """The schema's title (unless it only repeats the key) and first example."""
    title = str(schema.get("title", "")).strip()
    examples = schema.get("examples") or []
    parts = (
        [] if title.lower() == key.replace("_", " ").lower() else [title[:1].lower() + title[1:]]
    )
    if examples and not isinstance(examples[0], dict | list):
        parts.append(f't.ex. "{recent(str(examples[0]))}"')
    return ", ".join(p for p in parts if p)


def missing_keys(error: ValidationError, misspelt: Mapping[str, str]) -> list[Translation]:
    """One problem for each required key the object lacks, not just the first; none for a
    key that is there, misspelt (`unknown_keys` tells that one)."""
    present = error.instance if isinstance(error.instance, dict) else {}
    required: list[str] = list(error.validator_value)  # type: ignore[arg-type]
    missing = [key for key in required if key not in present] or ["?"]
    return [_required(error, key) for key in missing if key not in misspelt.values()]


def _required(error: ValidationError, missing: str) -> Translation:
    schema = (
        error.schema.get("properties", {}).get(missing, {})
        if isinstance(error.schema, dict)
        else {}
    )
    described = _described(schema, missing)
    hint = f"lägg till raden {missing}:" + (f" ({described})" if described else "")
    return Translation("TP012", (*error.absolute_path, missing), "saknas", hint)


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
    close = closest(_as_value(str(error.instance)), allowed)
    hint = f"menade du '{close}'? " if close else ""
    hint += "tillåtna värden: " + ", ".join(allowed)
    message = f"{_show(error.instance)} är inte ett tillåtet värde"
    if (alike := lookalike.look_alike(str(error.instance), allowed)) is not None:
        message = f"{_show(invisible.shown(str(error.instance)))} är inte ett tillåtet värde: "
        message, hint = message + alike[0], alike[1]
    return Translation("TP013", tuple(error.absolute_path), message, hint)


def unknown_keys(error: ValidationError, misspelt: Mapping[str, str]) -> list[Translation]:
    """One problem for each key the object should not have, not just the first; a key
    that misspells an absent one (`misspelt`) is told as such, named by the key meant."""
    allowed = list(error.schema.get("properties", {})) if isinstance(error.schema, dict) else []
    extras = (
        [k for k in error.instance if k not in allowed] if isinstance(error.instance, dict) else []
    )
    return [
        _misspelt(error, str(key), misspelt[str(key)])
        if str(key) in misspelt
        else _unknown_key(error, str(key), allowed)
        for key in extras or ["?"]
    ]


def _misspelt(error: ValidationError, written: str, meant: str) -> Translation:
    path = tuple(error.absolute_path)
    message = f"{_show(written)} ska stavas '{meant}'"
    hint = f"skriv {meant}: i stället för {written}:"
    if said := lookalike.unseen(written, meant):  # the two look the same
        message = f"{_show(invisible.shown(written))} ska stavas '{meant}': den ser ut som "
        message += f"'{meant}' men " + " och ".join(said)
        hint = f"radera nyckeln och skriv {meant}: på nytt"
    return Translation("TP014", (*path, meant), message, hint, at_key=True, place=(*path, written))


def _unknown_key(error: ValidationError, key: str, allowed: list[str]) -> Translation:
    path = (*error.absolute_path, key)
    if " " in key.strip():  # text, split off as a key by a comma or colon in { } or a line
        hidden = has_personal_number(key)
        message = "en text blev en nyckel" if hidden else f"texten {_show(key)} blev en nyckel"
        hint = 'sätt hela texten inom raka citattecken, t.ex. effekt: "Färre konflikter, men …"'
        return Translation("TP014", path, message, hint, at_key=True, text_key=True)
    close = closest(key, allowed)
    hint = f"menade du '{close}'?" if close else "tillåtna nycklar: " + ", ".join(allowed)
    return Translation("TP014", path, f"okänd nyckel {_show(key)}", hint, at_key=True)


def _pattern(error: ValidationError) -> Translation:
    if (unseen := invisible.refusal(str(error.instance))) is not None:
        shown = _show(invisible.shown(str(error.instance)))
        return Translation("TP015", tuple(error.absolute_path), f"{shown} {unseen[0]}", unseen[1])
    examples = error.schema.get("examples", []) if isinstance(error.schema, dict) else []
    hint = pattern_hint(str(error.validator_value), str(error.instance), examples)
    message = f"{_show(error.instance)} har fel form"
    return Translation("TP015", tuple(error.absolute_path), message, hint)


def _format(error: ValidationError) -> Translation:
    message, hint = format_hint(str(error.validator_value), str(error.instance))
    return Translation(
        "TP016", tuple(error.absolute_path), f"{_show(error.instance)} {message}", hint
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
    message = f"{_show(error.instance)} är ingen känd regelkod"
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
        f"{_show(error.instance)} står inom {named(opening)}, som YAML inte läser som citattecken"
    )
    return dataclasses.replace(translation, message=message, hint=typographic_hint(opening))


def translate(error: ValidationError) -> Translation:
    translator = TRANSLATORS.get(str(error.validator))
    if translator is not None:
        return translator(error)
    message = f"värdet stämmer inte med schemat ({error.validator})"
    return Translation("TP020", tuple(error.absolute_path), message, "se schemats beskrivning")
