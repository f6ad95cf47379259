"""The inline scripts the theme's own templates write, by hash: the only scripts the last
look (`site.lastlook`) lets a page run. The base path a template writes into a script
(relative, or from the host's root on a 404 page) is left out of the hash."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

# The base path the theme writes into its scripts: relative, or (on a 404 page, from the
# site's address) a path from the root of the host.
BASE_PATH = re.compile(r'"(?:\.\.?(?:/\.\.)*|/(?:[A-Za-z0-9._~%-]+/)*)"')
JINJA = re.compile(r'"\{\{.*?\}\}"')
SCRIPT_BLOCK = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def script_hash(text: str) -> str:
    return hashlib.sha256(BASE_PATH.sub('"."', text.strip()).encode()).hexdigest()


@cache
def theme_scripts(theme_dirs: tuple[str, ...]) -> frozenset[str]:
    """The hashes of the inline scripts the theme's templates write: read once a process,
    and again after `forget_theme_scripts` (a preview's theme may change)."""
    found: set[str] = set()
    for folder in theme_dirs:
        for template in _templates(folder):
            text = template.read_text(encoding="utf-8", errors="replace")
            for body in SCRIPT_BLOCK.findall(text):
                found.add(script_hash(JINJA.sub('"."', body)))
    return frozenset(found)


def _templates(folder: str) -> Iterator[Path]:
    """The theme's templates: its *.html files outside hidden folders. (Material's
    14,000 icons are in `.icons/`; a script in a template left out is only refused.)"""
    for top, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        yield from (Path(top, name) for name in sorted(files) if name.endswith(".html"))


def forget_theme_scripts() -> None:
    """Read the templates again when next asked: a process that builds again and again
    (`mkdocs serve`, `trygg förhandsvisa`) after its theme may have changed."""
    theme_scripts.cache_clear()
