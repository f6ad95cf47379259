"""The MkDocs settings every trygg site needs, so that a huvudman's mkdocs.yml need not.

`trygg init` writes a mkdocs.yml with only the theme's name and the plugins; the plugin
refuses what trygg cannot build with (`refuse`) and adds the rest in `on_config`
(`apply`): the huvudman's own icons and theme features are kept beside trygg's, while
language, font and palette are trygg's alone (refused at their line). `trygg export`
writes it all out (`site.standalone`) for engines that run no plugins. A repo's own
`custom_dir` stays in front of trygg's overrides, so a huvudman can override templates on
top of trygg's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from material.extensions import emoji

from generator.load.epoch import epoch_problem, forget_empty_epoch
from generator.load.resources import theme_overrides
from generator.site.configwords import refused_settings
from generator.site.stopped import Stopped
from generator.validate.ownedsettings import OWNED_THEME

ICON = {"logo": "material/shield-check-outline"}
FEATURES = ["navigation.sections", "navigation.top", "toc.follow", "search.highlight"]
# language, font and palette are trygg's alone (`validate.ownedsettings` refuses another
# value); the icons and the features are merged with the huvudman's own (`apply`).
THEME: dict[str, Any] = {**OWNED_THEME, "icon": ICON, "features": FEATURES}
EXTRA_CSS = ["assets/trygg.css", "assets/poster.css"]
# Extension name -> its settings. Icons (:material-...:) are inlined as SVG at build time;
# the emoji functions are filled in by `markdown_extensions`, as they are Python objects.
MARKDOWN: dict[str, dict[str, Any]] = {
    "toc": {"permalink": True, "permalink_title": "Länk till det här avsnittet"},
    "tables": {},
    "admonition": {},
    "attr_list": {},
    "md_in_html": {},
    "def_list": {},
    "pymdownx.details": {},
    "pymdownx.superfences": {},
    "pymdownx.emoji": {},
}
EMOJI = ("material.extensions.emoji.twemoji", "material.extensions.emoji.to_svg")


def refuse(config: Any) -> None:
    """Stop, saying why at the setting's line, on a configuration trygg cannot build with:
    another theme, a setting `validate.siteconfig` refuses, or a SOURCE_DATE_EPOCH that
    names no day (`mkdocs build` and `mkdocs serve` come here without trygg's CLI)."""
    forget_empty_epoch()
    if why := epoch_problem():
        raise Stopped(why)
    if config.theme.name != "material":
        message = "trygg behöver temat Material: skriv 'theme: {name: material}' i mkdocs.yml"
        raise Stopped(message)
    if refused := refused_settings(Path(config.config_file_path), config):
        raise Stopped(refused)


def apply(config: Any) -> None:
    """Give a site's MkDocs configuration (`refuse` has let it through) everything trygg
    needs: its own theme settings, and its icons, features, styles and Markdown extensions
    added to the huvudman's, whose settings win where both set one."""
    config.theme.dirs[:] = theme_dirs(config.theme)
    for key, value in OWNED_THEME.items():  # written only as trygg has them, if at all
        config.theme[key] = value
    config.theme["icon"] = {**ICON, **(config.theme.get("icon") or {})}
    own = [f for f in config.theme.get("features") or [] if f not in FEATURES]
    config.theme["features"] = [*FEATURES, *own]
    config.extra["generator"] = False  # "Made with Material" fails WCAG 1.4.3 contrast
    config.extra_css[:0] = [css for css in EXTRA_CSS if css not in config.extra_css]
    for name, settings in markdown_extensions().items():
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
        merged = {**settings, **config.mdx_configs.get(name, {})}
        if merged:
            config.mdx_configs[name] = merged


def theme_dirs(theme: Any) -> list[str]:
    """The theme's template folders with trygg's overrides: after the repo's own
    custom_dir (if any), before Material's templates."""
    overrides = str(theme_overrides())
    dirs = [d for d in theme.dirs if d != overrides]
    dirs.insert(1 if theme.custom_dir else 0, overrides)
    return dirs


def markdown_extensions() -> dict[str, dict[str, Any]]:
    """The extensions with their settings, the emoji functions as objects."""
    found = {name: dict(settings) for name, settings in MARKDOWN.items()}
    found["pymdownx.emoji"] = {"emoji_index": emoji.twemoji, "emoji_generator": emoji.to_svg}
    return found
