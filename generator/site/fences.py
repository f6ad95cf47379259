"""The ```arshjul and ```flode fences of free pages, for `pymdownx.superfences`.

The plugin registers these formatters itself, so mkdocs.yml names no Python code.
Each formatter draws the diagram `trygg check` already read and modelled (looked up by
the fence's YAML in the site's `diagrams`); it never parses YAML itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from weakref import WeakKeyDictionary

from generator.diagrams import figures
from generator.load.fencegrammar import DIAGRAM_KINDS
from generator.load.fences import fence_key
from generator.model import PageDiagram

Formatter = Callable[..., str]


def diagram_fences(diagrams: Mapping[str, PageDiagram]) -> list[dict[str, Any]]:
    """superfences' `custom_fences` entries that draw `diagrams` (by `fence_key`)."""
    counts: WeakKeyDictionary[Any, int] = WeakKeyDictionary()
    return [
        {
            "name": kind,
            "class": kind,
            "format": _formatter(kind, diagrams, counts),
            # A converter reused for the next page (`site.onemarkdown`) numbers anew.
            "reset": lambda md: counts.pop(md, None),
        }
        for kind in DIAGRAM_KINDS
    ]


def _formatter(
    kind: str, diagrams: Mapping[str, PageDiagram], counts: WeakKeyDictionary[Any, int]
) -> Formatter:
    def format_fence(
        source: str, language: str, css_class: str, options: Any, md: Any, **kwargs: Any
    ) -> str:
        diagram = diagrams.get(fence_key(source))
        if diagram is None or diagram.kind != kind:
            return figures.unknown(kind)
        # The numbers start again on each page: MkDocs renders every page with a new
        # Markdown instance, and a reused one is reset (`reset` above).
        number = counts.get(md, 0) + 1
        counts[md] = number
        return figures.figure(diagram, css_class, figures.id_prefix(source, number))

    return format_fence
