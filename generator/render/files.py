"""A file the renderers produce: its URI inside the site's docs and its content."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Control characters and the backslash, which some file systems read as a separator.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\\]")


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
        parts = self.uri.split("/")
        if self.uri.startswith("/") or _UNSAFE.search(self.uri) or {"", ".", ".."} & set(parts):
            raise ValueError(f"a generated file's URI must stay inside the site: {self.uri!r}")
