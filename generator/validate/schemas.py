"""The JSON Schemas for the content files, loaded once into an in-memory registry.

Every `schemas/*.schema.json` has the `$id` `https://trygg.example/schemas/<file>`. The
reserved `.example` domain is never fetched: all references (also across files, such as
`rutiner.schema.json#/definitions/flöde`) resolve through a `referencing.Registry` built
from the files on disk, so validation needs neither network nor filesystem access.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator, validators
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT7

from generator.load.resources import schema_dir
from generator.validate.draft7 import FORMATS, Check, ecma_pattern, written_min_length
from generator.validate.schemafast import compile_check

# Draft 7, with blanks alone counted as no text (`draft7.written_length`) and patterns
# read as ECMA-262 reads them (`draft7.pattern_search`).
TextValidator: type[Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft7Validator, {"minLength": written_min_length, "pattern": ecma_pattern}
)

SCHEMA_DIR: Path = schema_dir()
BASE_URI = "https://trygg.example/schemas/"
SUFFIX = ".schema.json"

Schema = dict[str, Any]


def schema_files(directory: Path | None = None) -> list[Path]:
    """All schema files in `directory` (default `SCHEMA_DIR`), sorted by name."""
    return sorted((directory or SCHEMA_DIR).glob(f"*{SUFFIX}"))


def load_schemas(directory: Path | None = None) -> dict[str, Schema]:
    """Read and check every schema file; returns file name (`skola.schema.json`) -> schema.

    Raises `ValueError` if a file is not a valid draft-07 schema or its `$id` does not
    match its file name. The bundled schemas ship with the code and are meta-checked by
    the test suite (tests/test_schemas.py), so only another `directory` is meta-checked
    here: the meta-check cost every process about 60 ms.
    """
    meta_check = directory is not None and directory.resolve() != SCHEMA_DIR.resolve()
    schemas: dict[str, Schema] = {}
    for path in schema_files(directory):
        schema = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(schema, dict):
            raise ValueError(f"{path}: a schema must be a JSON object")
        if meta_check:
            Draft7Validator.check_schema(schema)
        expected = BASE_URI + path.name
        if schema.get("$id") != expected:
            raise ValueError(f"{path}: $id must be {expected!r}, not {schema.get('$id')!r}")
        schemas[path.name] = schema
    return schemas


@cache
def _registry(directory: Path) -> tuple[dict[str, Schema], Registry[Any]]:
    schemas = load_schemas(directory)
    resources = [
        (BASE_URI + name, Resource.from_contents(schema, default_specification=DRAFT7))
        for name, schema in schemas.items()
    ]
    return schemas, Registry().with_resources(resources).crawl()


def schema_uri(name: str) -> str:
    """Expand `trygghetsplan`, `arshjul.schema.json` or `rutiner#/definitions/flöde` to a URI."""
    if name.startswith(BASE_URI):
        return name
    file, hash_, fragment = name.partition("#")
    if not file.endswith(SUFFIX):
        file += SUFFIX
    return BASE_URI + file + hash_ + fragment


@cache
def _validator(uri: str, directory: Path) -> Validator:
    schemas, reg = _registry(directory)
    file, _, fragment = uri.partition("#")
    name = file.removeprefix(BASE_URI)
    if name not in schemas:
        raise LookupError(f"no schema {name!r} in {directory}")
    if fragment.strip("/"):
        try:  # fail now, not in the middle of a validation
            reg.resolver().lookup(uri)
        except Unresolvable as error:
            raise LookupError(f"no {fragment!r} in schema {name!r}") from error
        schema: Schema = {"$ref": uri}
    else:
        schema = schemas[name]
    return TextValidator(schema, registry=reg, format_checker=FORMATS)


@cache
def _fast_check(uri: str, directory: Path) -> Check | None:
    schema = _validator(uri, directory).schema
    resolver = _registry(directory)[1].resolver_with_root(DRAFT7.create_resource(schema))
    return compile_check(schema, resolver)


def validator(name: str, directory: Path | None = None) -> Validator:
    """A cached draft-07 validator (formats `date`, `email`, `tidpunkt` checked) for `name`.

    `name` is a schema (`"trygghetsplan"`, `"arshjul.schema.json"`), or a part of one
    (`"rutiner.schema.json#/definitions/flöde"`). Raises `LookupError` for an unknown name.
    """
    return _validator(schema_uri(name), (directory or SCHEMA_DIR).resolve())


def fast_check(name: str, directory: Path | None = None) -> Check | None:
    """A compiled valid-or-not check for `name` (see `generator.validate.schemafast`), or None."""
    return _fast_check(schema_uri(name), (directory or SCHEMA_DIR).resolve())


def schema_with_resolver(name: str, directory: Path | None = None) -> tuple[Any, Any]:
    """The schema `name` and the resolver of its references, to read it by hand."""
    schema = validator(name, directory).schema
    registry = _registry((directory or SCHEMA_DIR).resolve())[1]
    return schema, registry.resolver_with_root(DRAFT7.create_resource(schema))
