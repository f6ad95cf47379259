"""A loaded YAML document: its data, and the node tree that says where each value is."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

DataPath = tuple[str | int, ...]


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
            child = self._child(node, step)
            if child is None:
                break
            node, (line, column) = child, _mark(child)
        return line + self.line_offset, column

    def node_at(self, data_path: DataPath) -> Node | None:
        """The node of the value at `data_path`, or None where the path leads nowhere."""
        node = self.node
        for step in data_path:
            node = self._child(node, step)
        return node

    def locate_key(self, data_path: tuple[str | int, ...]) -> tuple[int, int]:
        """Like `locate`, but points at the key of the last step rather than its value."""
        if not data_path or not isinstance(data_path[-1], str):
            return self.locate(data_path)
        parent = self.node
        for step in data_path[:-1]:
            parent = self._child(parent, step)
        if isinstance(parent, MappingNode):
            for key_node, _value in parent.value:
                if key_node.value == data_path[-1]:
                    line, column = _mark(key_node)
                    return line + self.line_offset, column
        return self.locate(data_path[:-1])

    @functools.cached_property
    def _keys(self) -> dict[Node, dict[str, Node]]:
        """Each mapping's values by key (the first of a repeated key), made when first asked:
        a plan's problems and model locations look into the same mappings again and again."""
        return {}

    def _child(self, node: Node | None, step: str | int) -> Node | None:
        if isinstance(node, MappingNode) and isinstance(step, str):
            keys = self._keys.get(node)
            if keys is None:
                keys = self._keys[node] = {}
                for key, value in node.value:
                    if isinstance(key.value, str):
                        keys.setdefault(key.value, value)
            return keys.get(step)
        return _child(node, step)


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: Node | None, step: str | int) -> Node | None:
    if isinstance(node, MappingNode) and isinstance(step, str):
        return next((v for k, v in node.value if k.value == step), None)
    if isinstance(node, SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        child: Node = node.value[step]
        return child
    return None


def scalars(node: Node | None) -> Iterator[tuple[DataPath, ScalarNode]]:
    """Every scalar value in the tree with its data path, keys left out; iterative, so
    depth cannot hurt."""
    stack: list[tuple[DataPath, Node]] = [((), node)] if node is not None else []
    while stack:
        path, current = stack.pop()
        if isinstance(current, ScalarNode):
            yield path, current
        elif isinstance(current, MappingNode):
            pairs = reversed(current.value)
            stack.extend(((*path, str(key.value)), value) for key, value in pairs)
        elif isinstance(current, SequenceNode):
            items = reversed(list(enumerate(current.value)))
            stack.extend(((*path, index), value) for index, value in items)
