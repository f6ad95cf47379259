"""What the plugin sets in MkDocs' configuration for one site (`plugin.on_config`): the
defaults trygg's sites share, the site's name and menu, its colours and logo, its
address, and the fences that draw the free pages' diagrams."""

from __future__ import annotations

import re
from typing import Any

from generator.render.sitecontent import SiteContent
from generator.site import defaults
from generator.site.fences import diagram_fences

SUPERFENCES = "pymdownx.superfences"


def configure(config: Any, site: SiteContent, *, serving: bool) -> None:
    """Set MkDocs' `config` for building (or, `serving`, previewing) `site`."""
    defaults.apply(config)
    config.site_name = for_theme(site.title)
    config.nav = [{for_theme(title): uri for title, uri in e.items()} for e in site.navigation]
    config.extra["trygg"] = site.theme_values
    if site.logo_uri:
        config.theme["logo"] = site.logo_uri
    set_address(config, site, serving=serving)
    add_fences(config, site)


_REFERENCE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")  # the & of a character reference


def for_theme(text: str) -> str:
    """A name or title as Material may print it: the theme prints `site_name` and nav titles
    without escaping, in text and in attributes, and its `striptags` filter decodes
    character references (`&lt;` becomes `<`) in the page's <title>. Validation keeps these
    characters and references out of names and titles; this is the second line, so they
    could never open a tag. A lone `&` is left as it is."""
    escaped = _REFERENCE.sub("&amp;", text)
    return escaped.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def set_address(config: Any, site: SiteContent, *, serving: bool) -> None:
    """The site's address, from huvudman.yml's webbplats (the one source; a site_url in
    mkdocs.yml would be the same for every site). With it MkDocs writes canonical links
    and a sitemap of absolute addresses, and gives the 404 page links from the address's
    path, right at any depth. `mkdocs serve` keeps the preview's own address."""
    if not serving:
        config.site_url = site.site_url or None
    if not (config.site_url or site.at_root):
        # Without an address the 404 page's links would start at the root of the host,
        # which is right only for the portal. (The sitemap: `on_post_template`.)
        config.theme.static_templates.discard("404.html")


def add_fences(config: Any, site: SiteContent) -> None:
    """Draw the free pages' ```arshjul and ```flode fences from the checked model."""
    if SUPERFENCES not in config.markdown_extensions:
        config.markdown_extensions.append(SUPERFENCES)
    settings = config.mdx_configs.setdefault(SUPERFENCES, {})
    others = [
        f for f in settings.get("custom_fences", []) if f.get("name") not in ("arshjul", "flode")
    ]
    settings["custom_fences"] = [*others, *diagram_fences(site.diagrams)]
