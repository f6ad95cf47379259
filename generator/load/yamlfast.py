"""The fast path of the content loader: libyaml composes, a small builder constructs.

The strict loader in `generator.load.yamlstrict` is pure Python and costs about 25 ms per
plan file; `trygg check` of 300 schools reads 1,200 of them. libyaml (PyYAML's C
extension) composes the same node tree, with the same lines, columns and character
offsets, about 30 times faster. It is used only where it gives the same answer:

- any YAML error from libyaml raises `Unsure`, and the caller reparses with the
  pure-Python loader, so every message and position stays exactly as before;
- so does any anchor or alias, which the strict loader rejects at its own position;
- without the C extension, everything raises `Unsure`.

`build` turns a node tree into data like `SafeConstructor`, without its generator
machinery, and notices a repeated key on the way (so the loader need not walk the
tree once more to look for one); a tree with a repeated key or a node it has no
shortcut for (an explicit tag such as `!!binary`) raises `Unchecked`, and the loader
checks it and hands it to `SafeConstructor` (`construct`) as a whole.
"""

from __future__ import annotations

import re
from typing import Any

from yaml import YAMLError
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

try:
    from yaml._yaml import CParser

    HAVE_LIBYAML = True
except ImportError:  # PyYAML built without libyaml
    HAVE_LIBYAML = False

TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL = (TAG + t for t in ("str", "int", "float", "bool", "null"))
MAP, SEQ = TAG + "map", TAG + "seq"

# YAML 1.2 core schema scalars: no yes/no/on/off booleans, octals or sexagesimals.
YAML12_RESOLVERS = [
    (BOOL, r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (NULL, r"^(?:~|null|Null|NULL|)$", "~nN"),
    (INT, r"^[-+]?(?:0|[1-9][0-9]*)$", "-+0123456789"),
    (
        FLOAT,
        r"^[-+]?(?:(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][-+]?[0-9]+)?|(?:0|[1-9][0-9]*)[eE][-+]?[0-9]+)$",
        "-+0123456789",
    ),
]
_PATTERNS = {tag: re.compile(pattern) for tag, pattern, _first in YAML12_RESOLVERS}
_DEFAULT_TAGS: dict[type[Node], str] = {ScalarNode: STR, SequenceNode: SEQ, MappingNode: MAP}
_RESOLVED: dict[str, str] = {}  # a plain scalar's text -> its tag
# Scalars `build` converts itself: the forms the resolvers produce (any null is None).
_SCALARS = {**_PATTERNS, STR: re.compile(""), NULL: re.compile("")}
_CONVERT: dict[str, Any] = {
    STR: str,
    NULL: lambda _value: None,
    BOOL: lambda value: value.lower() == "true",
    INT: int,
    FLOAT: float,
}

# `&name` or `*name` where a token may start: a possible anchor or alias, then checked on
# the events. Both scanners take only [0-9A-Za-z_-] in a name and reject an empty one.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[\]{},:?-])[&*][0-9A-Za-z_-]")


class Unsure(Exception):
    """libyaml cannot vouch for this text; compose it with the strict pure-Python loader."""


class Yaml12Resolver(Resolver):
    """Resolves only YAML 1.2 core scalars; everything else stays a string."""


class _FastResolver(Yaml12Resolver):
    """`Resolver.resolve` without path resolvers (none are registered), called per scalar."""

    def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode and implicit[0]:
            found = _RESOLVED.get(value)
            if found is None:
                found = self._implicit(value)
                if len(_RESOLVED) < 100_000:  # keys and short values recur in every file
                    _RESOLVED[value] = found
            return found
        return _DEFAULT_TAGS[kind]

    def _implicit(self, value: str) -> str:
        for tag, regexp in self.yaml_implicit_resolvers.get(value[:1], ()):
            if regexp.match(value):
                return str(tag)
        return STR

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def implicit_tag(value: str) -> str:
    """The tag YAML 1.2's core schema gives a plain (unquoted) scalar written so."""
    return _FastResolver().resolve(ScalarNode, value, (True, False))


Yaml12Resolver.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in YAML12_RESOLVERS:
    Yaml12Resolver.add_implicit_resolver(_tag, re.compile(_pattern), [*_first])
Yaml12Resolver.add_implicit_resolver(NULL, re.compile(r"^$"), [""])


if HAVE_LIBYAML:

    class _CLoader(CParser, _FastResolver):
        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            _FastResolver.__init__(self)


def compose(text: str) -> Node | None:
    """The node tree of `text` as the strict loader would compose it; raises `Unsure`."""
    if not HAVE_LIBYAML:
        raise Unsure
    try:
        if _may_anchor(text) and _has_anchor(text):
            raise Unsure
        node: Node | None = _CLoader(text).get_single_node()
    except YAMLError as error:
        raise Unsure from error
    return node


def _may_anchor(text: str) -> bool:
    """Whether `text` may hold an anchor or alias (`_MAYBE_ANCHOR`), tested first for the
    characters themselves, which most files do not hold: the regex tries every space."""
    return ("&" in text or "*" in text) and _MAYBE_ANCHOR.search(text) is not None


def _has_anchor(text: str) -> bool:
    parser = _CLoader(text)
    while parser.check_event():
        event = parser.get_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            return True
    return False


class Unchecked(Exception):
    """`build` cannot vouch for the tree: a mapping repeats a key, or a node has a tag it
    has no shortcut for. The caller then checks the tree for repeated keys (to say where)
    and builds it with `construct`."""


def build(node: Node) -> Any:
    """The data of a composed node tree, equal to what `SafeConstructor` makes of it,
    for a tree in which no mapping repeats a key; raises `Unchecked` otherwise."""
    return _build(node)


def construct(node: Node) -> Any:
    """The data of any composed node tree: `SafeConstructor`, in its own order."""
    return SafeConstructor().construct_document(node)


def _build(node: Node) -> Any:
    if isinstance(node, ScalarNode):
        pattern = _SCALARS.get(node.tag)
        if pattern is not None and pattern.match(node.value):
            try:
                return _CONVERT[node.tag](node.value)
            except ValueError:  # an integer past Python's 4 300 digits: said where
                raise Unchecked from None
    elif isinstance(node, SequenceNode) and node.tag == SEQ:
        return [_build(item) for item in node.value]
    elif isinstance(node, MappingNode) and node.tag == MAP and _plain_keys(node):
        if len({key.value for key, _value in node.value}) < len(node.value):
            raise Unchecked  # a repeated key (as the strict loader compares them: by text)
        return {_build(key): _build(value) for key, value in node.value}
    raise Unchecked


def _plain_keys(node: MappingNode) -> bool:
    """Text keys only: not merge (`<<`) or collection keys, which `SafeConstructor` treats
    specially, nor numbers, `true` or `null`, which content never uses as names."""
    return all(isinstance(key, ScalarNode) and key.tag == STR for key, _value in node.value)
