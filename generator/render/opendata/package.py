"""`datapackage.json`: every open data file of a site described as a Frictionless Data
Package (v1): each file's path, format, media type and encoding, each CSV file's
columns and their types, and the licence (huvudman.yml's `öppna_data.licens`,
CC0-1.0 without it).

A report's CSV files join as more `Table`s, its other files as more `DataFile`s.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.render.files import GeneratedFile
from generator.render.opendata.tables import Column, Table
from generator.vocabulary import OPEN_DATA_LICENCES

URI = "datapackage.json"
FORMATS = {  # suffix -> format and media type
    "json": "application/json",
    "csv": "text/csv",
    "ics": "text/calendar",
    "xml": "application/atom+xml",
}


@dataclass(frozen=True)
class DataFile:
    """An open data file that is not a table: its site URI and title."""

    uri: str
    title: str


def package_file(
    name: str, title: str, licence: str, tables: Sequence[Table], others: Sequence[DataFile]
) -> GeneratedFile:
    """The site's datapackage.json; `name` is the site's id (the portal's: its own)."""
    licence_title, licence_path = OPEN_DATA_LICENCES[licence]
    package = {
        "profile": "data-package",
        "name": name,
        "title": title,
        "licenses": [{"name": licence, "path": licence_path, "title": licence_title}],
        "resources": [*map(_file, others), *map(_table, tables)],
    }
    return GeneratedFile(URI, json.dumps(package, ensure_ascii=False, indent=2) + "\n")


def _resource(uri: str, title: str) -> dict[str, Any]:
    suffix = uri.rpartition(".")[2]
    return {
        "name": re.sub(r"[^a-z0-9._-]", "-", uri.rpartition(".")[0].lower()),
        "path": uri,
        "title": title,
        "format": suffix,
        "mediatype": FORMATS[suffix],
        "encoding": "utf-8",
    }


def _file(found: DataFile) -> dict[str, Any]:
    return {"profile": "data-resource", **_resource(found.uri, found.title)}


def _field(column: Column) -> dict[str, Any]:
    field = {"name": column.name, "type": column.type, "description": column.description}
    return field | ({"constraints": {"pattern": column.pattern}} if column.pattern else {})


def _table(table: Table) -> dict[str, Any]:
    fields = [_field(column) for column in table.columns]
    return {
        "profile": "tabular-data-resource",
        **_resource(table.uri, table.title),
        "schema": {"fields": fields},
    }
