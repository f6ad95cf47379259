"""How to write a value of the kind the schema wants (TP011's hint), from what was written:
`grunder: kön` is `grunder: [kön]`, `ordning: "10"` is `ordning: 10`."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from generator.personal_data import has_personal_number
from generator.text import listing
from generator.validate.exampledates import recent
from generator.validate.formhints import shaped_like_example

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NUMBER_WORDS = frozenset(("noll", "en", "ett", "två", "tre", "fyra", "fem", "sex", "tio"))


def wanted_kinds(validator_value: Any) -> list[str]:
    """The JSON kinds a schema's `type` asks for: "string", or ["string", "null"]."""
    listed = validator_value if isinstance(validator_value, list) else [validator_value]
    return [str(kind) for kind in listed]


def type_hint(wanted: list[str], written: Any, schema: Any, spelt: str | None = None) -> str:
    """The hint for a value of the wrong kind: the value rewritten where trygg can, the
    schema's example, or the kind in words. `spelt` is the value as the author wrote it
    (`1e3`, `+5`), where the file is at hand; else YAML's spelling of what it read."""
    text = as_yaml(written) if spelt is None else spelt
    if written is None:
        return "fyll i ett värde efter kolonet"
    if isinstance(schema, dict) and schema.get("enum"):
        return "skriv ett av värdena " + ", ".join(as_yaml(v) for v in schema["enum"])
    if wanted == ["object"] and isinstance(schema, dict) and not schema.get("examples"):
        return _keys_below(text, schema)
    if has_personal_number(text) or len(text) > 60:
        return _from_example(schema)
    return _rewritten(wanted, written, text, schema) or _from_example(schema)


def _keys_below(written: str, schema: dict[str, Any]) -> str:
    """How a value with keys of its own is written, from its schema, in the flow style of
    the example content: `beslut: 2026-08-14` is `{datum: 2026-08-14, rektor: …}`. A date
    written goes under the key that takes a date; other author text is not copied (it
    may be long or private)."""
    properties: dict[str, Any] = schema.get("properties") or {}
    keys = [*schema.get("required", []), *properties]
    shown = list(dict.fromkeys(keys))[:3]
    if not shown:
        return "skriv värdet med nycklar och värden, t.ex. {nyckel: värde}"
    pairs = ", ".join(f"{key}: {_example_for(properties.get(key, {}), written)}" for key in shown)
    return f"skriv värdet med sina nycklar, t.ex. {{{pairs}}}"


def _example_for(schema: Any, written: str) -> str:
    if not isinstance(schema, dict):
        return "…"
    if schema.get("format") == "date" and DATE.fullmatch(written):
        return written
    examples = schema.get("examples") or []
    return recent(as_yaml(examples[0])) if examples else "…"


def _rewritten(wanted: list[str], written: Any, text: str, schema: Any) -> str:
    """The value as it should be written, where the mistake is a common one; else ""."""
    if "string" in wanted and isinstance(written, bool | int | float):
        return f'sätt citattecken runt värdet, t.ex. "{shaped_like_example(text, schema)}"'
    items = schema.get("items", {}) if isinstance(schema, dict) else {}
    simple = not (isinstance(items, dict) and items.get("type") == "object")
    if "array" in wanted and simple and isinstance(written, str | int | float):
        parts = re.split(r",|\s+och\s+", text)  # "a, b och c" is three
        listed = ", ".join(part.strip() for part in parts if part.strip())
        return f"skriv en lista inom hakparenteser, t.ex. [{listed}]"
    if {"integer", "number"} & set(wanted) and isinstance(written, str):
        if text.strip().lstrip("-").replace(",", ".").replace(".", "", 1).isdigit():
            return f"ta bort citattecknen, så att värdet är ett tal: {text.strip()}"
        if text.strip().casefold() in NUMBER_WORDS:
            return "skriv talet med siffror, t.ex. 10"
    return ""


def top_level(written: Any, schema: Any) -> tuple[str, str] | None:
    """TP011's message and hint for a file that is a list or a text where the schema wants
    keys and values: the keys the file should start with, and how to get there."""
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return None
    if not isinstance(written, list | str):
        return None
    keys = [str(key) for key in schema.get("required") or schema.get("properties", {})][:3]
    started = "en lista (rader som börjar med -)" if isinstance(written, list) else "en text"
    message = f"filen är {started}, men ska bestå av nycklar med värden"
    listed = listing([f"{key}:" for key in keys])
    hint = f"filen ska börja med nycklar som {listed}, inte med "
    hint += "en lista (-)" if isinstance(written, list) else "en text"
    if isinstance(written, list) and len(written) == 1 and isinstance(written[0], dict):
        return message, (
            f"{hint}: ta bort '- ' före den första nyckeln och de två mellanslagen i början av "
            "raderna under den, så att varje nyckel börjar längst till vänster"
        )
    example = (schema.get("properties", {}).get(keys[0], {}).get("examples") or [None])[0]
    if isinstance(example, str):
        hint += f", t.ex. {keys[0]}: {recent(example)}"
    return message, hint


def _from_example(schema: Any) -> str:
    examples = schema.get("examples", []) if isinstance(schema, dict) else []
    if examples:
        return f"skriv värdet som i exemplet {recent(as_yaml(examples[0]))}"
    return "skriv ett värde av rätt slag"


def as_yaml(value: Any) -> str:
    """A value as YAML writes it on one line, as an author wrote it: [a, b], {nyckel:
    värde}, text, true, null, .inf (never Python's True, None or inf)."""
    if isinstance(value, list):
        return "[" + ", ".join(as_yaml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{as_yaml(k)}: {as_yaml(v)}" for k, v in value.items()) + "}"
    if isinstance(value, str):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return ".nan" if math.isnan(value) else ("-.inf" if value < 0 else ".inf")
    return json.dumps(value, ensure_ascii=False)
