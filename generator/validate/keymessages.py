"""Swedish messages for an object's keys: each required key that is missing, each key it
should not have, and a key that misspells one it lacks (named by the key meant)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from generator import invisible
from generator.personal_data import has_personal_number
from generator.validate import lookalike
from generator.validate.exampledates import recent
from generator.validate.translation import Translation, quoted
from generator.vocabulary.terms import meant

if TYPE_CHECKING:  # only named in annotations: rules and renderers import this module too
    from jsonschema.exceptions import ValidationError


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
    message = f"{quoted(written)} ska stavas '{meant}'"
    hint = f"skriv {meant}: i stället för {written}:"
    if said := lookalike.unseen(written, meant):  # the two look the same
        message = f"{quoted(invisible.shown(written))} ska stavas '{meant}': den ser ut som "
        message += f"'{meant}' men " + " och ".join(said)
        hint = f"radera nyckeln och skriv {meant}: på nytt"
    return Translation("TP014", (*path, meant), message, hint, at_key=True, place=(*path, written))


def _unknown_key(error: ValidationError, key: str, allowed: list[str]) -> Translation:
    path = (*error.absolute_path, key)
    if " " in key.strip():  # text, split off as a key by a comma or colon in { } or a line
        hidden = has_personal_number(key)
        message = "en text blev en nyckel" if hidden else f"texten {quoted(key)} blev en nyckel"
        hint = 'sätt hela texten inom raka citattecken, t.ex. effekt: "Färre konflikter, men …"'
        return Translation("TP014", path, message, hint, at_key=True, text_key=True)
    close = meant(key, allowed)
    hint = f"menade du '{close}'?" if close else "tillåtna nycklar: " + ", ".join(allowed)
    return Translation("TP014", path, f"okänd nyckel {quoted(key)}", hint, at_key=True)
