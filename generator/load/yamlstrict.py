"""A strict YAML loader for content files.

PyYAML implements YAML 1.1, where `NO` is false, `0701234567` is an octal
number and `2026-08-15` becomes a date. Authors expect YAML 1.2 and editors
(the VS Code YAML extension) behave that way, so the loader resolves only
YAML 1.2 core scalars, keeps dates as strings, rejects duplicate keys and
refuses anchors and aliases (an alias bomb of 200 bytes can otherwise make
validation run for minutes). Problems come back as `LoadError` with a
1-based line and column; nothing here raises anything else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, SequenceNode

from generator.load import yamlfast
from generator.load.columns import ColumnLoader
from generator.load.composed import compose_values, may_need_composing
from generator.load.document import Document
from generator.load.guards import (
    ESCAPED,
    control_character,
    escaped_character,
    flow_depth_position,
    nesting_error,
    too_deep,
)
from generator.load.paths import no_regular_file
from generator.load.resync import further_syntax_errors
from generator.load.tagged import MAYBE as MAYBE_TAGGED
from generator.load.tagged import tagged_text
from generator.load.unreadable import unreadable
from generator.load.yamlerrors import LoadError, positioned, syntax_error, text_not_reference
from generator.problems import os_reason

MAX_FILE_BYTES = 256 * 1024
SAVE_AS_UTF8 = (
    "spara filen som UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8; i VS Code: klicka på "
    "kodningen längst ned till höger och välj Spara med kodning → UTF-8)"
)


class ContentLoader(ColumnLoader):
    """SafeLoader with YAML 1.2 core scalars, no aliases and no duplicate keys."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent):
            raise positioned(
                "TP005", "alias (*namn) är inte tillåtna i innehållsfiler", event.start_mark
            )
        if getattr(event, "anchor", None):
            raise positioned(
                "TP005", "ankare (&namn) är inte tillåtna i innehållsfiler", event.start_mark
            )
        node: Node | None = super().compose_node(parent, index)
        return node


# The same YAML 1.2 core scalars as the fast path (generator.load.yamlfast).
ContentLoader.yaml_implicit_resolvers = yamlfast.Yaml12Resolver.yaml_implicit_resolvers


def _check_duplicates(node: Node) -> None:
    """Walk the composed tree; a repeated key in a mapping is an error."""
    if isinstance(node, MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                message = (
                    f"nyckeln '{key}' förekommer två gånger (första gången på rad {seen[key]})"
                )
                raise positioned("TP004", message, key_node.start_mark)
            seen[key] = key_node.start_mark.line + 1
            _check_duplicates(value_node)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _check_duplicates(item)


def read_text(path: Path) -> str:
    """Read a content file as UTF-8, enforcing the size cap; only a regular file is read
    (a named pipe or a device would never end)."""
    if no_regular_file(path):
        raise LoadError(
            "TP001",
            "filen kan inte läsas (den är ingen vanlig fil)",
            "ersätt den med en vanlig textfil",
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise LoadError(
            "TP001",
            f"filen kan inte läsas ({os_reason(error)})",
            "kontrollera att filen finns och är läsbar",
        ) from error
    if len(raw) > MAX_FILE_BYTES:
        size = f"{len(raw) // 1024} KiB"
        raise LoadError(
            "TP002",
            f"filen är för stor ({size}, högst {MAX_FILE_BYTES // 1024} KiB)",
            "dela upp innehållet eller korta texterna",
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _byte_place(raw, error.start)
        raise LoadError(
            "TP001", "filen är inte sparad som UTF-8", SAVE_AS_UTF8, line, column
        ) from error
    text = text.removeprefix("\ufeff")
    if (control := control_character(text)) is not None:
        raise control
    return text


def _byte_place(raw: bytes, index: int) -> tuple[int, int]:
    """The line and column of the byte at `index`, the first that is not UTF-8: the
    characters before it on its line are (a BOM is no column, as the loader reads it)."""
    start = raw.rfind(b"\n", 0, index) + 1
    before = raw[start:index].decode("utf-8").removeprefix("\ufeff" if start == 0 else "")
    return raw.count(b"\n", 0, index) + 1, len(before) + 1


def parse_yaml(text: str, path: Path, display: str, line_offset: int = 0) -> Document:
    """Parse YAML text strictly; raises LoadError with a Swedish message."""
    if (control := control_character(text, line_offset)) is not None:
        raise control
    return _parsed(text, path, display, line_offset)


def _parsed(text: str, path: Path, display: str, line_offset: int = 0) -> Document:
    """`parse_yaml` of a text that holds no control character."""
    try:
        node = _compose(text)
        if node is not None and (deep := too_deep(node, text)) is not None:
            raise deep
        # Only a backslash escape, or the character as written, puts one in a value.
        may_escape = "\\" in text or ESCAPED.search(text) is not None
        if node is not None and may_escape and (escaped := escaped_character(node)) is not None:
            raise escaped
        if node is not None and MAYBE_TAGGED.search(text) and (bang := tagged_text(node, text)):
            raise bang
        if node is not None and may_need_composing(text):
            compose_values(node)
        data = _data(node) if node is not None else None
    except LoadError as found:
        error = text_not_reference(found, text)
        error.line += line_offset
        raise error from None
    except yaml.MarkedYAMLError as error:
        first = syntax_error(error, text, line_offset)
        first.further = further_syntax_errors(text, error, line_offset)
        raise first from error
    except yaml.YAMLError as error:  # a reader error without a position
        hint = "kontrollera tecknen och indragen i filen"
        raise LoadError("TP003", "filen kan inte läsas som YAML", hint) from error
    except RecursionError as error:  # the pure-Python composer on deep flow collections
        line, column = flow_depth_position(text)
        raise nesting_error(line + line_offset, column) from error
    if data is None:
        raise LoadError(
            "TP006", "filen är tom", "fyll i innehållet enligt mallen", line_offset + 1, 1
        )
    return Document(path, display, data, node, line_offset, text)


def _data(node: Node) -> Any:
    """The data of the tree; a repeated key raises LoadError at its first repetition."""
    try:
        return yamlfast.build(node)
    except yamlfast.Unchecked:
        _check_duplicates(node)
        if (error := unreadable(node)) is not None:
            raise error from None
        return yamlfast.construct(node)


def _compose(text: str) -> Node | None:
    """Compose with libyaml where it gives the same tree, else with the strict loader."""
    try:
        return yamlfast.compose(text)
    except yamlfast.Unsure:
        node: Node | None = yaml.compose(text, Loader=ContentLoader)
        return node


def load_yaml(path: Path, display: str) -> Document:
    return _parsed(read_text(path), path, display)  # read_text looked for control characters
