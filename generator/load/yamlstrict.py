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

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, SequenceNode

from generator import codes
from generator.load import yamlfast
from generator.problems import Location, Problem

MAX_FILE_BYTES = 256 * 1024


class LoadError(Exception):
    """A file could not be read as content; carries a Swedish message and position."""

    def __init__(self, code: str, message: str, hint: str, line: int = 0, column: int = 0):
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.line = line
        self.column = column

    def problem(self, file: str) -> Problem:
        location = Location(file, self.line, self.column)
        return codes.problem(self.code, location, self.message, hint=self.hint)


class ContentLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core scalars, no aliases and no duplicate keys."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent):
            raise _positioned(
                "TP005", "alias (*namn) är inte tillåtna i innehållsfiler", event.start_mark
            )
        if getattr(event, "anchor", None):
            raise _positioned(
                "TP005", "ankare (&namn) är inte tillåtna i innehållsfiler", event.start_mark
            )
        node: Node | None = super().compose_node(parent, index)
        return node


# The same YAML 1.2 core scalars as the fast path (generator.load.yamlfast).
ContentLoader.yaml_implicit_resolvers = yamlfast.Yaml12Resolver.yaml_implicit_resolvers


def _positioned(code: str, message: str, mark: Any) -> LoadError:
    hints = {
        "TP005": "skriv ut värdet i stället för att hänvisa till det",
        "TP004": "ta bort eller byt namn på den ena nyckeln",
    }
    return LoadError(code, message, hints.get(code, ""), mark.line + 1, mark.column + 1)


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
                raise _positioned("TP004", message, key_node.start_mark)
            seen[key] = key_node.start_mark.line + 1
            _check_duplicates(value_node)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _check_duplicates(item)


@dataclass(frozen=True)
class Document:
    """A loaded YAML document: the data plus the node tree for locating problems."""

    path: Path
    display: str  # the path as shown in messages
    data: Any
    node: Node | None
    line_offset: int = 0  # for YAML embedded in Markdown (front matter, fences)
    text: str = ""  # the YAML as written; node marks index into it

    def locate(self, data_path: tuple[str | int, ...]) -> tuple[int, int]:
        """1-based line and column of the value at `data_path`, or of its nearest parent."""
        node = self.node
        line, column = (1, 1) if node is None else _mark(node)
        for step in data_path:
            child = _child(node, step)
            if child is None:
                break
            node, (line, column) = child, _mark(child)
        return line + self.line_offset, column

    def locate_key(self, data_path: tuple[str | int, ...]) -> tuple[int, int]:
        """Like `locate`, but points at the key of the last step rather than its value."""
        if not data_path or not isinstance(data_path[-1], str):
            return self.locate(data_path)
        parent = self.node
        for step in data_path[:-1]:
            parent = _child(parent, step)
        if isinstance(parent, MappingNode):
            for key_node, _value in parent.value:
                if key_node.value == data_path[-1]:
                    line, column = _mark(key_node)
                    return line + self.line_offset, column
        return self.locate(data_path[:-1])


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: Node | None, step: str | int) -> Node | None:
    if isinstance(node, MappingNode) and isinstance(step, str):
        return next((v for k, v in node.value if k.value == step), None)
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        child: Node = node.value[step]
        return child
    return None


def read_text(path: Path) -> str:
    """Read a content file as UTF-8, enforcing the size cap."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise LoadError(
            "TP001",
            f"filen kan inte läsas ({error.strerror})",
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
        line = raw[: error.start].count(b"\n") + 1
        raise LoadError(
            "TP001",
            "filen är inte sparad som UTF-8",
            "spara om filen med teckenkodningen UTF-8",
            line,
            1,
        ) from error
    return text.removeprefix("\ufeff")


def parse_yaml(text: str, path: Path, display: str, line_offset: int = 0) -> Document:
    """Parse YAML text strictly; raises LoadError with a Swedish message."""
    try:
        node = _compose(text)
        data = _data(node) if node is not None else None
    except LoadError as error:
        error.line += line_offset
        raise
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text, line_offset) from error
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
        return yamlfast.construct(node)


def _compose(text: str) -> Node | None:
    """Compose with libyaml where it gives the same tree, else with the strict loader."""
    try:
        return yamlfast.compose(text)
    except yamlfast.Unsure:
        node: Node | None = yaml.compose(text, Loader=ContentLoader)
        return node


def _syntax_error(error: yaml.MarkedYAMLError, text: str, line_offset: int) -> LoadError:
    unclosed = str(error.problem).startswith("expected ',' or")
    mark = (error.context_mark if unclosed else None) or error.problem_mark or error.context_mark
    line = (mark.line + 1) if mark else 1
    column = (mark.column + 1) if mark else 1
    lines = text.splitlines()
    if "\t" in (
        lines[line - 1] if 0 < line <= len(lines) else ""
    ) or "found character '\\t'" in str(error):
        return LoadError(
            "TP007",
            "tabbtecken används för indrag",
            "använd mellanslag i stället för tabb",
            line + line_offset,
            column,
        )
    if unclosed:
        detail = "en lista [ ] eller mappning { } stängs inte"
    else:
        detail = _SYNTAX_MESSAGES.get(str(error.problem), f"YAML-syntaxfel ({error.problem})")
    return LoadError(
        "TP003",
        detail,
        "kontrollera indrag, kolon och citattecken på raden",
        line + line_offset,
        column,
    )


_SYNTAX_MESSAGES = {
    "mapping values are not allowed here": "ett kolon står där det inte får stå",
    "could not find expected ':'": "ett kolon saknas efter nyckeln",
    "found character that cannot start any token": "ett tecken som inte får inleda ett värde",
    "did not find expected key": "indraget stämmer inte, eller ett värde saknar nyckel",
    "found unexpected end of stream": "filen tar slut mitt i ett värde",
    "found undefined alias": "alias (*namn) är inte tillåtna i innehållsfiler",
    "did not find expected '-' indicator": "indraget stämmer inte i listan",
    "found unexpected ':'": "ett kolon står där det inte får stå",
}


def load_yaml(path: Path, display: str) -> Document:
    return parse_yaml(read_text(path), path, display)
