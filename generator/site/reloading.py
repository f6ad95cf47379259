"""What a process that builds again and again (`trygg förhandsvisa`) reads afresh after
the settings changed: what it, or MkDocs, keeps once a process."""

from __future__ import annotations

from mkdocs.config import config_options

from generator.site.themescripts import forget_theme_scripts


def forget_loaded_settings() -> None:
    """The theme's scripts (the last look allows only those) and MkDocs' hooks, which
    MkDocs loads once a process (`Hooks._load_hook` is cached): a hook file changed would
    otherwise run as it was when first loaded, in this process and every one forked."""
    forget_theme_scripts()
    clear = getattr(getattr(config_options.Hooks, "_load_hook", None), "cache_clear", None)
    if callable(clear):
        clear()
