"""What the YAML loader would fail to make, found at its place first.

PyYAML's constructor raises Python's own errors for a value it cannot make: a tag such as
`!!int abc` or `!!timestamp 2026-13-45`, an integer of more than 4 300 digits. And a key
written as a number, `true` or `null` becomes one (`true` and `1` are then the same key).
None of this belongs in content, so each is a problem at its line and column, in the
words the loader uses for tags it does not know.
"""

from __future__ import annotations

from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.load.yamlerrors import LoadError
from generator.load.yamlfast import MAP, SEQ, STR, implicit_tag

QUOTED = ("'", '"', "|", ">")
TAGS = "taggar (!) är inte tillåtna i innehållsfiler"
TAG_HINT = "ta bort taggen ({tag}) och skriv värdet som vanligt; sätt en text inom citattecken"


def unreadable(root: Node) -> LoadError | None:
    """The first key that is not text, or value that cannot be made, as a problem."""
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if node.tag not in (MAP, SEQ) and not isinstance(node, ScalarNode):
            return _at(node, "TP003", TAGS, TAG_HINT.format(tag=_short(node.tag)))  # !!set
        if isinstance(node, MappingNode):
            for key, _value in node.value:
                if not isinstance(key, ScalarNode) or key.tag != STR:
                    return _key_error(key)
            stack.extend(value for _key, value in reversed(node.value))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        elif isinstance(node, ScalarNode) and (error := _value_error(node)):
            return error
    return None


def _key_error(key: Node) -> LoadError:
    written = key.value if isinstance(key, ScalarNode) else "…"
    message = f"nyckeln '{written}' är inte ett namn utan ett värde (tal, true, null eller lista)"
    hint = "skriv nyckeln som ett namn, t.ex. med bokstäver, eller sätt den inom citattecken"
    return _at(key, "TP003", message, hint)


def _value_error(node: ScalarNode) -> LoadError | None:
    plain = node.style not in QUOTED
    implicit = implicit_tag(node.value) if plain else STR
    if node.tag not in (implicit, STR):
        return _at(node, "TP003", TAGS, TAG_HINT.format(tag=_short(node.tag)))
    try:
        SafeConstructor().construct_object(node)
    except (ConstructorError, ValueError, ArithmeticError):
        message = f"talet '{node.value[:20]}…' är för långt för att läsas"
        return _at(node, "TP003", message, "sätt värdet inom citattecken om det är en text")
    return None


def _short(tag: str) -> str:
    """`tag:yaml.org,2002:int` as it is written: `!!int`."""
    core = "tag:yaml.org,2002:"
    return "!!" + tag.removeprefix(core) if tag.startswith(core) else tag


def _at(node: Node, code: str, message: str, hint: str) -> LoadError:
    return LoadError(code, message, hint, node.start_mark.line + 1, node.start_mark.column + 1)
