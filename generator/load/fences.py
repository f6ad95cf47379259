"""Diagram fences in hand-written pages (```arshjul, ```flode): found and read as YAML.

An author can put a diagram in `content/skolor/<id>/sidor/*.md` with a fenced block
whose content is YAML in the shape of the data files: a whole `arshjul.yml`, or one
ärendegång (`rutiner.schema.json#/definitions/flöde`). This is the one place that
reads them; `validate.fences` checks them, `model.build` makes their diagrams once,
and the page renderer draws what the model holds.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from generator.load.document import Document
from generator.load.fencegrammar import fence_at
from generator.load.yamlerrors import LoadError
from generator.load.yamlstrict import parse_yaml
from generator.problems import Problem


@dataclass(frozen=True)
class Fence:
    """One diagram fence in a page's Markdown body, and its YAML read as a document."""

    kind: str  # "arshjul" or "flode"
    source: str  # the YAML; indentation and `>` before it become spaces, so columns match
    line: int  # 1-based line in the .md file of the first YAML line
    opening_line: int  # 1-based line of the ``` line
    column: int  # 1-based column of the ``` on that line
    fence: str  # the fence characters, e.g. "```" or "~~~~"
    closed: bool  # False when no closing fence follows (Markdown then shows it as text)
    document: Document | None = None  # the YAML, when it could be read
    problem: Problem | None = None  # why it could not

    @property
    def key(self) -> str:
        return fence_key(self.source)


def fence_key(source: str) -> str:
    """The YAML of a fence without its indentation: the same for the text `trygg check`
    read and for the text the Markdown parser hands a fence formatter."""
    lines = [line.rstrip() for line in textwrap.dedent(source).split("\n")]
    return "\n".join(lines).strip("\n")


def read_fences(body: str, body_line: int, path: Path, display: str) -> tuple[Fence, ...]:
    """Every diagram fence in a page body, with its YAML read (problems at .md positions)."""
    return tuple(_read(fence, path, display) for fence in _fences(body, body_line))


def _read(fence: Fence, path: Path, display: str) -> Fence:
    if not fence.closed:
        return fence
    try:
        document = parse_yaml(fence.source, path, display, fence.line - 1)
    except LoadError as error:
        if error.code == "TP006":
            message = f"diagrammet ```{fence.kind} är tomt"
            hint = "skriv diagrammets YAML mellan raderna med ```"
            error = LoadError("TP006", message, hint, error.line, error.column)
        return replace(fence, problem=error.problem(display))
    return replace(fence, document=document)


def _yaml_line(line: str, prefix: str) -> str:
    if line.startswith(prefix):
        return " " * len(prefix) + line[len(prefix) :]
    return ""  # a blank line (maybe a bare `>` in a blockquote)


def _fences(body: str, body_line: int) -> Iterator[Fence]:
    """Every ```arshjul / ```flode (or ~~~) block in the page body, in order.

    Fences are read with `fencegrammar.fence_at`, the grammar the page renderer uses
    too. Other fenced blocks are skipped whole, so an example inside ```markdown is
    not taken for a diagram.
    """
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines):
        block = fence_at(lines, index)
        if block is None:
            index += 1
            continue
        if block.kind:
            stop = len(lines) if block.end is None else block.end
            yield Fence(
                kind=block.kind,
                source="\n".join(
                    _yaml_line(line, block.prefix) for line in lines[index + 1 : stop]
                ),
                line=body_line + index + 1,
                opening_line=body_line + index,
                column=len(block.prefix) + 1,
                fence=block.fence,
                closed=block.end is not None,
            )
        index = index + 1 if block.end is None else block.end + 1
