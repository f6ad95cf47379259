"""The folders a command works in, and why it cannot start in them: the content folder
SÖKVÄG names (or, by default, the repo's found above the current folder, as git finds
its own), one that holds no content, a missing mkdocs.yml, a `--skola` that is not there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The folder trygg init writes, with mkdocs.yml and content/: one name in every message.
REPO_FOLDER = "förrådets mapp (den med mkdocs.yml och content/)"


def content_folder(path: str, here: Path | None = None) -> tuple[Path, str]:
    """The content folder SÖKVÄG names. The default, `content`, run in a folder without
    one (content/skolor/solskolan), is the one of the nearest folder above that is the
    repo (with content/huvudman.yml, or mkdocs.yml beside content/), as git finds its
    own; then a note says which."""
    content = Path(path)
    if path != "content" or content.exists():
        return content, ""
    start = (here or Path.cwd()).resolve()
    for folder in start.parents:
        found = folder / "content"
        if (found / "huvudman.yml").is_file() or (
            (folder / "mkdocs.yml").is_file() and found.is_dir()
        ):
            said = f"trygg: hittade förrådet ovanför den här mappen; kontrollerar {found}"
            return Path(os.path.relpath(found, start)), said
    return content, ""


def asked_content(path: str) -> Path:
    """`content_folder`, with its note on standard error where it found the repo above."""
    content, found = content_folder(path)
    if found:
        print(found, file=sys.stderr)
    return content


def unusable_content(content: Path) -> str:
    """Why `content` cannot be the content folder, or "" when it can: a folder that
    does not exist, or one that holds no trygg content (often the repo root itself)."""
    if not content.is_dir():
        return (f"mappen {content} finns inte; kör trygg i {REPO_FOLDER}, ange SÖKVÄG, "
                "eller skapa ett förråd med trygg init")  # fmt: skip
    if (content / "huvudman.yml").is_file() or (content / "skolor").is_dir():
        return ""
    inner = content / "content"
    if (inner / "huvudman.yml").is_file():
        return f"mappen {content} är förrådet, inte innehållet; ange {inner} som SÖKVÄG"
    return (f"mappen {content} har varken huvudman.yml eller skolor/; ange mappen med "
            "innehållet (oftast content), eller skapa ett förråd med trygg init")  # fmt: skip


def missing_config(config_file: object) -> str:
    """Why a command that needs mkdocs.yml cannot start without it."""
    return f"hittar inte {config_file}; kör trygg i {REPO_FOLDER} eller ange --config"


def absent_schools(content: Path, wanted: list[str] | None) -> str:
    """Why `--skola` cannot be followed: the ids asked for that are not under
    content/skolor/ (TP041, as `trygg check` says it); "" when all are there."""
    from generator.load.schoolfolders import absent_school, school_names  # noqa: PLC0415

    known = school_names(content)
    told = [absent_school(w, known) for w in sorted(set(wanted or ())) if w not in known]
    return "; ".join(f"{message} under {content / 'skolor'} – {hint}" for message, hint in told)
