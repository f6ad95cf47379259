"""Recognising an utkast plan whose file cannot be parsed, from its raw text.

A plan file with `status: utkast` is an utkast (`is_draft`). When the
YAML cannot be parsed there is no data to ask, but an utkast's problems must still
never hold its school back: a top-level `status: utkast` line (the value possibly
quoted) before the line where parsing failed marks the file as an utkast. This is the
only place that reads the status from raw text.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.load.yamlstrict import MAX_FILE_BYTES

DRAFT_LINE = re.compile(r"""^status:[ \t]*(?P<q>["']?)utkast(?P=q)[ \t]*(?:#.*)?$""")


def is_draft(data: object) -> bool:
    """True for a plan file with `status: utkast` (a missing status means beslutad)."""
    return isinstance(data, dict) and data.get("status") == "utkast"


def drafted_text(text: str, error_line: int) -> bool:
    """Whether `text` says `status: utkast` at the top level before line `error_line`
    (1-based; 0, an error without a position: anywhere)."""
    lines = text.splitlines()
    if error_line > 0:
        lines = lines[: error_line - 1]
    return any(DRAFT_LINE.match(line) for line in lines)


def drafted_file(path: Path, error_line: int) -> bool:
    """`drafted_text` for a file that failed to parse; False when it cannot be read (or is
    no regular file: a named pipe would never end)."""
    if not path.is_file():
        return False
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_FILE_BYTES)
    except OSError:
        return False
    return drafted_text(raw.decode("utf-8", errors="replace"), error_line)
