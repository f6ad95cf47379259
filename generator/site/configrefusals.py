"""The settings of mkdocs.yml, as MkDocs read them, that `validate.siteconfig` refuses:
refused before anything is built, at their line, with how to fix them (`trygg check`
says the same from the file itself)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

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
    )
