"""Text values composed as Unicode's NFC, whatever form the editor saved them in.

macOS and some web forms write ö as o and a combining diaeresis (NFD); a role, an id or
a name typed so looks exactly like the one typed elsewhere as one character, yet a
comparison of the strings says they differ. Every string the YAML holds, keys too, is
composed here once, on the node tree before any data is built: the nodes' marks, and
so every file:line:column, still count the characters as written in the file.
"""

from __future__ import annotations

import unicodedata

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


def may_need_composing(text: str) -> bool:
    """Whether a YAML text can hold a value that is not NFC: written so, or escaped."""
    return "\\" in text or not unicodedata.is_normalized("NFC", text)


def compose_values(root: Node) -> None:
    """NFC-normalise every scalar of the tree in place (iteratively: depth cannot hurt)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode) and isinstance(node.value, str):
            node.value = unicodedata.normalize("NFC", node.value)
        elif isinstance(node, MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
