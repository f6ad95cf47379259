"""The example's texts with the user's names in them, each reading back as the name.

The example's text is kept (comments, layout, block texts); a name replaces the
example's where it stands. A value that is a name is the name itself; in a longer text,
which the site reads as Markdown, the name's markup characters are escaped. Where a name
would make YAML read a value otherwise (`: `, ` #`, a leading `-` or `[`, a quote in a
quoted text) the whole value is written again by YAML's emitter, double-quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import chain

import yaml

from generator.cli.givennames import quoted
from generator.load.yamlsafe import safe_load
from generator.render.markdown.safety import literal_source

FRONT_MATTER_END = "\n---\n"


@dataclass(frozen=True)
class Renaming:
    """Each of the example's names (longest first) with the user's name for it."""

    names: Mapping[str, str]
    _examples: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        longest_first = sorted(self.names, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, longest_first)))
        object.__setattr__(self, "_examples", pattern)

    def plain(self, text: str) -> str:
        """`text` with the user's names, as they are (one pass: a new name that holds an
        example's is never renamed again)."""
        return self._examples.sub(lambda found: self.names[found[0]], text)

    def markdown(self, text: str) -> str:
        """`text` with the user's names written as Markdown that shows them as they are."""
        return self._examples.sub(lambda found: literal_source(self.names[found[0]]), text)


def renamed_yaml(text: str, renaming: Renaming, prose: bool = True) -> str:
    """`text` with the user's names, every value reading back as the renamed value: a
    name as the name, a longer text as Markdown (`prose`) or as it is."""
    pieces, done = [], 0
    for start, end, written in _rewritten(text, renaming, prose):
        pieces += [renaming.plain(text[done:start]), written]
        done = end
    return "".join([*pieces, renaming.plain(text[done:])])


def renamed_page(text: str, renaming: Renaming) -> str:
    """A Markdown page with the user's names in its front matter (YAML, read as text:
    a title, a description for search engines) and in its Markdown."""
    if not text.startswith("---\n") or FRONT_MATTER_END not in text[3:]:
        return renaming.markdown(text)
    end = text.index(FRONT_MATTER_END, 3) + 1
    front = renamed_yaml(text[4:end], renaming, prose=False)
    return f"---\n{front}{renaming.markdown(text[end:])}"


def _rewritten(text: str, renaming: Renaming, prose: bool) -> Iterator[tuple[int, int, str]]:
    """Each scalar that holds an example's name: its span and how it is written renamed."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    for scalar, in_flow in _scalars(root, in_flow=False):
        rename: Callable[[str], str] = renaming.plain
        if prose and scalar.value not in renaming.names:
            rename = renaming.markdown
        value = rename(scalar.value)
        if value == scalar.value:
            continue
        start, end = scalar.start_mark.index, scalar.end_mark.index
        written = rename(text[start:end])
        block = scalar.style in ("|", ">")  # any line of text is text there
        yield start, end, written if block or _reads_as(written, value, in_flow) else quoted(value)


def _scalars(node: yaml.Node | None, in_flow: bool) -> Iterator[tuple[yaml.ScalarNode, bool]]:
    if isinstance(node, yaml.ScalarNode):
        yield node, in_flow
    elif isinstance(node, yaml.SequenceNode | yaml.MappingNode):
        inner = in_flow or bool(node.flow_style)
        items = node.value if isinstance(node, yaml.SequenceNode) else chain(*node.value)
        for item in items:
            yield from _scalars(item, inner)


def _reads_as(written: str, value: str, in_flow: bool) -> bool:
    """Whether YAML reads `written`, standing as a value, as `value`."""
    probe, wanted = (f"[{written}]", [value]) if in_flow else (f"k: {written}", {"k": value})
    try:
        return bool(safe_load(probe) == wanted)
    except yaml.YAMLError:
        return False
