"""The texts of mkdocs.yml that get published: the strings of the settings the theme
prints on every page (the footer's `copyright`, the <meta> `site_description` and
`site_author`, `extra`'s social links and consent box, a palette toggle's name, the
table of contents' title, and `site_name`, `repo_name` and `nav`, which an engine
without trygg's plugin prints), each where the file writes it.

Read as YAML nodes, without MkDocs and without constructing anything (a tag such as
`!ENV` is left unread: its value is not in the file), from mkdocs.yml beside content/
and each file it inherits, so that the privacy rules read them as they read a content
file (`rules.text.setting_spans`). mkdocs.yml that cannot be read is `check.siteconfig`'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.load.document import Document
from generator.load.mkdocsfile import settings_files
from generator.problems import display_path

CONFIG = "mkdocs.yml"  # beside content/, as `trygg build` reads it by default
STR_TAG = "tag:yaml.org,2002:str"
YAML_TAGS = "tag:yaml.org,2002:"  # a value of another tag (!ENV) is not in the file
# Where the published settings stand: keys, each a mapping's key or the entry of a list
# that is a mapping with that key (markdown_extensions: [{toc: {title: …}}]).
PUBLISHED = (
    ("site_name",), ("site_description",), ("site_author",), ("copyright",), ("repo_name",),
    ("nav",), ("extra",), ("theme", "palette"), ("markdown_extensions", "toc", "title"),
)  # fmt: skip
TITLED_BY_KEYS = frozenset({"nav"})  # a menu's titles are its mappings' keys


@dataclass(frozen=True)
class SiteTexts:
    """One settings file (its composed nodes, for the marks) and its published strings,
    each with the key it stands under."""

    document: Document
    texts: tuple[tuple[ScalarNode, str], ...]


def site_texts(root: Path) -> tuple[SiteTexts, ...]:
    """The published strings of `root`/mkdocs.yml and of each file it inherits (none
    when there is no such file or it cannot be read as YAML)."""
    config = root / CONFIG
    if not config.is_file():
        return ()
    found = []
    for path in settings_files(config):
        document = _composed(path, root)
        if document is not None and (texts := tuple(_published(document.node))):
            found.append(SiteTexts(document, texts))
    return tuple(found)


def _composed(path: Path, root: Path) -> Document | None:
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None
    if not isinstance(node, MappingNode):
        return None
    return Document(path, display_path(path, root), None, node, text=text)


def _published(root: Node | None) -> Iterator[tuple[ScalarNode, str]]:
    for steps in PUBLISHED:
        found = _at(root, steps)
        if found is not None:
            yield from _strings(found, steps[-1], keys=steps[0] in TITLED_BY_KEYS)


def _at(node: Node | None, steps: tuple[str, ...]) -> Node | None:
    for step in steps:
        node = _value(node, step)
    return node


def _value(node: Node | None, key: str) -> Node | None:
    if isinstance(node, SequenceNode):
        found = (_value(item, key) for item in node.value if isinstance(item, MappingNode))
        return next((value for value in found if value is not None), None)
    if isinstance(node, MappingNode):
        return next((v for k, v in node.value if k.value == key), None)
    return None


def _strings(node: Node, key: str, *, keys: bool) -> Iterator[tuple[ScalarNode, str]]:
    """Every string scalar under `node`, in order, with the key it stands under (and the
    mappings' keys themselves when `keys`); iterative, so depth cannot hurt."""
    stack: list[tuple[Node, str]] = [(node, key)]
    while stack:
        current, under = stack.pop()
        if not current.tag.startswith(YAML_TAGS):
            continue
        if isinstance(current, ScalarNode) and current.tag == STR_TAG:
            yield current, under
        elif isinstance(current, MappingNode):
            for name, value in reversed(current.value):
                stack.append((value, str(name.value)))
                if keys:
                    stack.append((name, under))
        elif isinstance(current, SequenceNode):
            stack.extend((item, under) for item in reversed(current.value))
