"""A file the renderers produce: its URI inside the site's docs and its content."""

from __future__ import annotations

from dataclasses import dataclass

from generator.load.layout import inside_site


@dataclass(frozen=True)
class GeneratedFile:
    """A generated page (Markdown text) or asset (bytes); `uri` like "elev/lagstadiet/index.md".

    The URI is where MkDocs writes the file, so it must stay inside the site whatever made
    it: a page decoded from an untrusted cache with another URI does not decode
    (`model.codec` reads the ValueError as damage), and a renderer never writes outside.
    """

    uri: str
    content: str | bytes

    def __post_init__(self) -> None:
        if not inside_site(self.uri):
            raise ValueError(f"a generated file's URI must stay inside the site: {self.uri!r}")
