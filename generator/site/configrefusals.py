"""The settings of mkdocs.yml, as MkDocs read them, that `validate.siteconfig` refuses:
refused before anything is built, at their line, with how to fix them (`trygg check`
says the same from the file itself)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from generator.load.mkdocsfile import read_settings
from generator.validate.ownedsettings import OwnedSettings, written_theme
from generator.validate.siteconfig import SiteSettings, refused

Place = Callable[[list[str]], str]  # "mkdocs.yml:12:3" for a setting's path in the file


def refusals(config: Any, place: Place) -> Iterator[str]:
    """Each setting of `config` that would make a reader's browser ask another host, or
    write into every page what the last look refuses, in Swedish at its place."""
    for refusal in refused(settings_of(config)):
        yield refusal.said(place(list(refusal.path)))


def settings_of(config: Any) -> SiteSettings:
    """The settings the refusals read, from MkDocs' configuration."""
    return SiteSettings(
        repo_url=str(config.repo_url or ""),
        extra_javascript=tuple(str(getattr(e, "path", e)) for e in config["extra_javascript"]),
        extra_css=tuple(str(getattr(e, "path", e)) for e in config["extra_css"]),
        analytics=bool(config.extra.get("analytics")),
        favicon=str(config.theme.get("favicon") or ""),
        logo=str(config.theme.get("logo") or ""),
        copyright=str(config.copyright or ""),
        owned=owned_of(config),
    )


def owned_of(config: Any) -> OwnedSettings:
    """docs_dir as MkDocs found it (links followed, so that a link to content/ is content/),
    the owned theme settings as mkdocs.yml writes them (MkDocs' configuration has the
    theme's defaults in their place) and the plugin's options as MkDocs read them."""
    config_file = Path(config.config_file_path)
    project = config_file.parent.resolve()
    docs = os.path.relpath(Path(config.docs_dir).resolve(), project)
    written = read_settings(config_file) or {}
    plugin = config.plugins.get("trygg") if hasattr(config.plugins, "get") else None
    options = dict(plugin.config) if plugin is not None else {}
    return OwnedSettings(docs_dir=docs, theme=written_theme(written), plugin=options)
