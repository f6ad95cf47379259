"""Files outside content/ and theme/ that mkdocs.yml makes part of every site: a
`custom_dir` elsewhere, and MkDocs hooks (Python files it runs at each build)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.load.mkdocsfile import read_settings


def named_inputs(config_file: Path) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """(folders, files) the settings name, from mkdocs.yml's folder: `theme.custom_dir`
    unless it is in theme/ (which the build reads anyway), and each of `hooks`. A value
    that is no path (an `!ENV` tag unresolved, say) is MkDocs' to refuse."""
    settings = read_settings(config_file) or {}
    root = config_file.parent
    return _custom_dir(root, settings.get("theme")), _hooks(root, settings.get("hooks"))


def _custom_dir(root: Path, theme: Any) -> tuple[Path, ...]:
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if not isinstance(custom, str):
        return ()
    folder = (root / custom).resolve()
    return () if folder.is_relative_to((root / "theme").resolve()) else (folder,)


def _hooks(root: Path, hooks: Any) -> tuple[Path, ...]:
    if not isinstance(hooks, list):
        return ()
    return tuple((root / hook).resolve() for hook in hooks if isinstance(hook, str))
