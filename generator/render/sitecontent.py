"""`SiteContent`: everything one site needs, prepared (`render.site` makes it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import PageDiagram
from generator.render.files import GeneratedFile


@dataclass(frozen=True)
class SiteContent:
    """Everything one site needs, prepared; the plugin's one way in (`site.plugin`)."""

    title: str
    files: list[GeneratedFile]
    navigation: list[dict[str, str]]
    theme_values: dict[str, str] = field(default_factory=dict)
    logo_uri: str = ""
    lastmod: str = ""  # YYYY-MM-DD for every page of the sitemap: the content's date
    at_root: bool = False  # the portal, taken to be at the root of the host without an address
    # Where the site is published ("" when huvudman.yml has no webbplats): the base of its
    # canonical links, its sitemap and its 404 page's links (`render.uris.site_address`).
    site_url: str = ""
    diagrams: dict[str, PageDiagram] = field(default_factory=dict)  # by `fence_key`
    # The content's problems, one line each, for the plugin to log: its warnings, and for the
    # error page's site (`failed`) its errors and notes too, with `summary` counting them.
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    summary: str = ""
    failed: bool = False
