"""A file the renderers produce: its URI inside the site's docs and its content."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GeneratedFile:
    """A generated page (Markdown text) or asset (bytes); `uri` like "elev/lagstadiet/index.md"."""

    uri: str
    content: str | bytes
