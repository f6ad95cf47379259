"""The names a user gives `trygg init` and `trygg ny-skola` on the command line.

A name is held to the rule its schema gives `namn` (pattern and lengths, read from the
schema itself, so there is one definition) before anything is written, and refused with
the message `trygg check` would give. An accepted name goes into YAML values, comments
and Markdown; `renaming` writes it there so that each reads back as exactly the name.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import yaml
from jsonschema.protocols import Validator

from generator.cli.exits import EXIT_OK, EXIT_USAGE
from generator.load.yamlsafe import safe_load
from generator.validate.messages import translations
from generator.validate.schemas import validator


@dataclass(frozen=True)
class GivenName:
    """A name from the command line, or its default when the option was left out."""

    option: str  # as the user typed it: --namn
    schema: str  # the file whose `namn` the name is: skola
    value: str
    given: bool  # typed by the user: a fact, never marked FYLL I


def _name_rule(schema: str) -> Validator:
    return validator(f"{schema}.schema.json#/properties/namn")


def refusal(name: GivenName) -> str | None:
    """Why `name` cannot be written (Swedish, one line, as `trygg check` says it), or None."""
    error = next(iter(_name_rule(name.schema).iter_errors(name.value)), None)
    if error is None:
        return None
    translation = translations(error)[0]
    return _visible(f"{name.option}: {translation.message} – {translation.hint}")


def _visible(text: str) -> str:
    """`text` on one line, an invisible or control character written as its code
    (`\\n`, `\\u202e`): the line shows what was typed, and cannot be turned around."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def refused(*names: GivenName) -> int:
    """EXIT_USAGE, having said why, when a name cannot be written; before any file is."""
    for name in names:
        if (why := refusal(name)) is not None:
            print(f"trygg: fel: {why}", file=sys.stderr)
            return EXIT_USAGE
    return EXIT_OK


def typed(*names: GivenName) -> frozenset[str]:
    """The names the user typed: facts already theirs, whose lines get no FYLL I mark."""
    return frozenset(name.value for name in names if name.given)


def given(option: str, schema: str, written: str | None, default: str) -> GivenName:
    """The name an option holds: what was written, without the spaces around it."""
    if written is None:
        return GivenName(option, schema, default, given=False)
    return GivenName(option, schema, written.strip(), given=True)


def yaml_value(value: str) -> str:
    """`value` as a YAML text on one line: as it is where YAML reads it back unchanged,
    else double-quoted by YAML's own emitter."""
    try:
        plain_reads_back = safe_load(f"k: {value}") == {"k": value}
    except yaml.YAMLError:
        plain_reads_back = False
    if plain_reads_back and "\n" not in value:
        return value
    return quoted(value)


def quoted(value: str) -> str:
    """`value` double-quoted on one line by YAML's emitter (which escapes what it must)."""
    dumped = yaml.safe_dump(value, default_style='"', allow_unicode=True, width=1 << 30)
    return dumped.rstrip("\n")
