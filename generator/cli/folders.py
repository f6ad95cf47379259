"""The folders a command works in, and why it cannot start in them: the content folder
SÖKVÄG names (or, by default, the repo's found above the current folder, as git finds
its own), one that holds no content, a missing mkdocs.yml, a `--skola` that is not there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from generator.problems import display_path

# The folder trygg init writes, with mkdocs.yml and content/: one name in every message.
REPO_FOLDER = "förrådets mapp (den med mkdocs.yml och content/)"


def is_repo(folder: Path) -> bool:
    """Whether `folder` is a repo of trygg's: content/huvudman.yml, or mkdocs.yml beside
    content/."""
    content = folder / "content"
    return (content / "huvudman.yml").is_file() or (
        (folder / "mkdocs.yml").is_file() and content.is_dir()
    )


def repo_above(here: Path | None = None) -> Path | None:
    """The nearest folder above `here` (the current folder) that is the repo, as git finds
    its own; None when there is none. Every command finds the repo this way."""
    start = (here or Path.cwd()).resolve()
    return next((folder for folder in start.parents if is_repo(folder)), None)


def shown(path: Path, content: Path) -> str:
    """A path as every command tells it: from the project root (content/skolor/…), from
    whichever folder it was run in, as `trygg check` shows its files. The `..` that
    lead out of the folder it was run in (a real one: the working folder has no link)
    go first."""
    return display_path(Path(os.path.normpath(path.absolute())), content.resolve().parent)


def _shown(path: Path, here: Path | None) -> Path:
    return Path(os.path.relpath(path, (here or Path.cwd()).resolve()))


def content_folder(path: str, here: Path | None = None) -> tuple[Path, str]:
    """The content folder SÖKVÄG names. The default, `content`, run in a folder without
    one (content/skolor/solskolan), is the one of the repo above (`repo_above`); then a
    note says which."""
    content = Path(path)
    if path != "content" or content.exists():
        return content, ""
    if (repo := repo_above(here)) is None:
        return content, ""
    found = repo / "content"
    return _shown(found, here), f"trygg: hittade förrådet ovanför den här mappen; använder {found}"


def asked_content(path: str) -> Path:
    """`content_folder`, with its note on standard error where it found the repo above."""
    content, found = content_folder(path)
    if found:
        print(found, file=sys.stderr)
    return content


def asked_repo(path: str) -> Path:
    """The repo's folder a command given `path` (by default ".") works in: the repo
    above when "." is none (`repo_above`), with the same note as `asked_content`."""
    folder = Path(path)
    if path != "." or is_repo(folder) or (repo := repo_above()) is None:
        return folder
    print(f"trygg: hittade förrådet ovanför den här mappen; använder {repo}", file=sys.stderr)
    return _shown(repo, None)


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


def missing_config(config_file: Path) -> str:
    """Why a command that needs mkdocs.yml cannot start without it; where the repo is,
    when it is above the current folder (`repo_above`)."""
    if config_file == Path("mkdocs.yml") and (repo := repo_above()) is not None:
        return (
            f"hittar inte mkdocs.yml i den här mappen; förrådet är {repo} – kör trygg där "
            f"(cd {_shown(repo, None)}) eller ange --config"
        )
    return f"hittar inte {config_file}; kör trygg i {REPO_FOLDER} eller ange --config"


def absent_schools(content: Path, wanted: list[str] | None) -> str:
    """Why `--skola` cannot be followed: the ids asked for that are not under
    content/skolor/ (TP041, as `trygg check` says it); "" when all are there."""
    from generator.load.schoolfolders import absent_school, school_names  # noqa: PLC0415

    known = school_names(content)
    told = [absent_school(w, known) for w in sorted(set(wanted or ())) if w not in known]
    return "; ".join(f"{message} under {content / 'skolor'} – {hint}" for message, hint in told)
