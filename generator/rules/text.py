"""Text spans with exact positions, for the rules that scan text.

Rules that scan text (privacy, repealed references) need the position of a
match inside the file. A `Span` is a piece of a file's raw text with the line
and column where it starts, so a match at index i maps to file:line:column.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.load.document import Document
from generator.load.layout import SCHOOLS
from generator.load.sources import Sources
from generator.problems import Location
from generator.rules.quoted import decode_double_quoted

STR_TAG = "tag:yaml.org,2002:str"


@dataclass(frozen=True)
class Span:
    """Raw text from a file and where it starts (1-based line and column)."""

    display: str
    text: str
    line: int = 1
    column: int = 1
    key: str = ""  # the YAML key the value belongs to, "" for whole files and page bodies
    role: str = ""  # the `roll` beside the value in its mapping, "" for none

    def location(self, index: int) -> Location:
        before = self.text[:index]
        newlines = before.count("\n")
        if newlines == 0:
            return Location(self.display, self.line, self.column + index)
        return Location(self.display, self.line + newlines, index - before.rfind("\n"))


def name_spans(sources: Sources) -> Iterator[Span]:
    """The path of every file and folder in the content, as published names are made of
    them (page and photo addresses, the sitemap): for the personnummer scan."""
    roots = [school.directory for school in sources.schools]
    if sources.organiser is not None:
        roots.append(sources.content_dir)
    for root in roots:
        for folder, subfolders, files in os.walk(root):
            if Path(folder) == sources.content_dir:
                subfolders[:] = [name for name in subfolders if name != SCHOOLS]
            for name in (*subfolders, *files):
                yield _name_span(sources.root, Path(folder, name))
        if root != sources.content_dir:
            yield _name_span(sources.root, root)


def _name_span(root: Path, path: Path) -> Span:
    display = Path(os.path.relpath(path.absolute(), root.absolute())).as_posix()
    return Span(display, display, line=0)


# Mappings whose keys are roles, not fields: their values are free text even where the
# role's name is also a field (`ansvarsfördelning.rektor` is a text, `beslut.rektor` a name).
ROLE_MAPPINGS = frozenset({"ansvarsfördelning"})


def scalars(document: Document) -> Iterator[tuple[ScalarNode, str, str]]:
    """Every string scalar in the document, in order, with the key it belongs to and the
    role its mapping gives (a `roll` beside it: "{roll: Kurator, namn: Johan Ek}")."""
    root = document.node
    stack: list[tuple[Node, str, str]] = [(root, "", "")] if root is not None else []
    while stack:
        node, key, role = stack.pop()
        if isinstance(node, MappingNode):
            beside = _role(node)
            pairs = reversed(node.value)
            stack.extend((value, _key(key, key_node), beside) for key_node, value in pairs)
        elif isinstance(node, SequenceNode):
            stack.extend((item, key, "") for item in reversed(node.value))
        elif isinstance(node, ScalarNode) and node.tag == STR_TAG:
            yield node, key, role


def _role(mapping: MappingNode) -> str:
    """The `roll` a mapping gives its values, "" for none."""
    for key_node, value in mapping.value:
        if key_node.value == "roll" and isinstance(value, ScalarNode):
            return str(value.value)
    return ""


def _key(parent: str, key_node: Node) -> str:
    return f"{parent}.{key_node.value}" if parent in ROLE_MAPPINGS else str(key_node.value)


def decoded_spans(sources: Sources) -> Iterator[Span]:
    """The values written in double quotes with escapes, as YAML decodes them ("\\x31" is
    "1"): the raw text that `file_spans` gives does not show what is published. Also
    those of mkdocs.yml's published settings (`setting_spans`)."""
    for document in sources.documents():
        if document.text and "\\" not in document.text:
            continue  # no escape in any value (each is a piece of the text)
        for node, key, role in scalars(document):
            if node.style != '"':
                continue  # only double quotes have escapes
            raw = scalar_span(document, node, key, role)
            if "\\" in raw.text:
                yield _decoded(raw, str(node.value))
    for settings in sources.settings:
        for node, key in settings.texts:
            raw = scalar_span(settings.document, node, key)
            if node.style == '"' and "\\" in raw.text:
                yield _decoded(raw, str(node.value))


def setting_spans(sources: Sources) -> Iterator[Span]:
    """The strings of mkdocs.yml that every site publishes (`load.sitetexts`), each as
    written, at its place in the file: read as a content file's values are."""
    for settings in sources.settings:
        for node, key in settings.texts:
            yield scalar_span(settings.document, node, key)


@dataclass(frozen=True)
class DecodedSpan(Span):
    """A double-quoted value as YAML decodes it, placed where each character was written."""

    raw: Span = Span("", "")
    origins: tuple[int, ...] = ()  # the index in `raw.text` of each decoded character

    def location(self, index: int) -> Location:
        origin = self.origins[index] if index < len(self.origins) else len(self.raw.text)
        return self.raw.location(origin)


def decoded_reading(raw: Span) -> DecodedSpan | None:
    """A double-quoted value as written (`raw`) as YAML decodes it, each character placed
    where it was written (`rules.quoted`); None where it does not read so."""
    found = decode_double_quoted(raw.text)
    if found is None:
        return None
    value, origins = found
    return DecodedSpan(raw.display, value, raw.line, raw.column, raw.key, raw.role, raw, origins)


def _decoded(raw: Span, value: str) -> Span:
    """The value placed by character, or at the value's start where that reading does not
    give the loader's value."""
    found = decoded_reading(raw)
    return found if found is not None and found.text == value else replace(raw, text=value)


def scalar_span(document: Document, node: ScalarNode, key: str, role: str = "") -> Span:
    start, end = node.start_mark, node.end_mark
    buffer = document.text or start.buffer  # libyaml's marks carry no buffer
    raw = buffer[start.index : end.index] if buffer else str(node.value)
    line = start.line + 1 + document.line_offset
    return Span(document.display, raw, line, start.column + 1, key, role)


def published_spans(spans: dict[str, list[Span]], plans: set[str] | None = None) -> Iterator[Span]:
    """The spans of `free_text`; `plans` limits which plan files are included (None: all)."""
    for display, found in spans.items():
        if plans is not None and "/trygghetsplan/" in display and display not in plans:
            continue
        yield from found
