"""`trygg uppgradera`'s step for the project around the content: mkdocs.yml's `docs_dir`.

Until 2026-12 trygg's layout had `docs_dir: content`, and an engine that does not run trygg
(Zensical, MkDocs without the plugin) published the content as it stood. Now `docs_dir` is
the empty `mkdocs-tom/` (`load.layout.EMPTY_DOCS_DIR`), and the old line is refused
(`validate.ownedsettings`). The step rewrites that one line as written (comments and
layout stay) and makes the empty folder, with a `.gitkeep` so that git keeps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.load.layout import CONTENT_DIR, EMPTY_DOCS_DIR
from generator.validate.ownedsettings import overlaps

CONFIG = "mkdocs.yml"
# A top-level `docs_dir:` line, its value (quoted or not) apart from a trailing comment.
DOCS_DIR_LINE = re.compile(
    r"^docs_dir:[ \t]*(?P<value>'[^'\n]*'|\"[^\"\n]*\"|[^#\n]*?)[ \t]*(?:#.*)?$", re.MULTILINE
)


@dataclass(frozen=True)
class LayoutChange:
    """mkdocs.yml's new text, and what the step says it did."""

    config: Path
    text: str
    told: str


def docs_dir_change(content: Path) -> LayoutChange | None:
    """The rewrite of mkdocs.yml beside `content` when its docs_dir is or holds the
    content; None when there is no such mkdocs.yml or line (a symbolic link is not
    followed: the file may be another project's)."""
    config = content.parent / CONFIG
    if config.is_symlink() or not config.is_file():
        return None
    text = config.read_text(encoding="utf-8")
    found = DOCS_DIR_LINE.search(text)
    if found is None or not overlaps(found["value"].strip("'\""), CONTENT_DIR):
        return None
    rewritten = text[: found.start("value")] + EMPTY_DOCS_DIR + text[found.end("value") :]
    made = "fanns redan" if (content.parent / EMPTY_DOCS_DIR).is_dir() else "skapades"
    told = (
        f"{CONFIG}: docs_dir: {found['value']} blev docs_dir: {EMPTY_DOCS_DIR}, och den tomma "
        f"mappen {EMPTY_DOCS_DIR}/ {made} (så publicerar ingen byggare innehållet som det står)"
    )
    return LayoutChange(config, rewritten, told)


def layout_refusal(change: LayoutChange) -> str:
    """Why the empty folder cannot be made beside mkdocs.yml; "" when it can."""
    empty = change.config.parent / EMPTY_DOCS_DIR
    if empty.is_symlink() or (empty.exists() and not empty.is_dir()):
        return (
            f"{empty} finns redan men är inte en mapp; ta bort den och kör trygg uppgradera "
            "igen (ingenting skrevs)"
        )
    return ""


def apply_layout(change: LayoutChange) -> None:
    """Write the empty folder with its `.gitkeep`, then mkdocs.yml's new line."""
    empty = change.config.parent / EMPTY_DOCS_DIR
    empty.mkdir(exist_ok=True)
    keep = empty / ".gitkeep"
    if not keep.exists():
        keep.write_text("", encoding="utf-8")
    change.config.write_text(change.text, encoding="utf-8")
