"""Settings of mkdocs.yml that would publish the content as it stands, or that trygg owns:
refused at their line (`validate.siteconfig.refused`), for `trygg build`, `mkdocs build`
and `trygg check` alike.

- `docs_dir` may not be the content folder, hold it or be inside it: an engine that runs
  no trygg plugin (Zensical, which ignores MkDocs' plugins, or MkDocs without trygg)
  publishes docs_dir as it stands, with the plans' utkast and the surveys' counts that
  the sites withhold. trygg's layout points it at an empty folder (`EMPTY_DOCS_DIR`).
- `theme`'s `language`, `font` and `palette` are trygg's: the pages are Swedish (a screen
  reader reads them by the language), a font other than the system's is fetched from
  Google Fonts, and each school's colours come from skola.yml, their contrast checked
  against the light scheme. Other theme settings are the huvudman's (`site.defaults`).
- The plugin's `enabled: false` would leave the folder guard and these refusals to a
  plugin that is off, and `content_dir` another folder than content/ would make
  `mkdocs build` and `trygg build` read different content: both are refused.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from generator.load.layout import CONTENT_DIR, EMPTY_DOCS_DIR

# The theme settings trygg sets; a mkdocs.yml may write them only as trygg has them.
LANGUAGE = "sv"
FONT = False  # the system's fonts: Material's default (Roboto) comes from Google Fonts
# "custom": each school's brand colour, set in the overrides' main.html.
PALETTE: dict[str, str] = {"scheme": "default", "primary": "custom", "accent": "custom"}
OWNED_THEME: dict[str, Any] = {"language": LANGUAGE, "font": FONT, "palette": PALETTE}
MKDOCS_DOCS_DIR = "docs"  # MkDocs' own, when mkdocs.yml has no docs_dir


@dataclass(frozen=True)
class OwnedSettings:
    """What the refusals read: docs_dir relative to mkdocs.yml's folder, and the owned
    theme settings and trygg plugin's options that mkdocs.yml writes (absent: not written)."""

    docs_dir: str = MKDOCS_DOCS_DIR
    theme: Mapping[str, Any] = field(default_factory=dict)
    plugin: Mapping[str, Any] = field(default_factory=dict)


def owned_in(data: Mapping[str, Any]) -> OwnedSettings:
    """The settings as mkdocs.yml writes them (`load.mkdocsfile`)."""
    docs_dir = data.get("docs_dir")
    return OwnedSettings(
        docs_dir=docs_dir if isinstance(docs_dir, str) else MKDOCS_DOCS_DIR,
        theme=written_theme(data),
        plugin=plugin_options(data.get("plugins")),
    )


def written_theme(data: Mapping[str, Any]) -> dict[str, Any]:
    """The owned theme settings that mkdocs.yml writes."""
    theme = data.get("theme")
    found = theme if isinstance(theme, dict) else {}
    return {key: found[key] for key in OWNED_THEME if key in found}


def plugin_options(plugins: object) -> dict[str, Any]:
    """The trygg plugin's options as written: a list of names and {name: options}, or one
    mapping of names to options, as MkDocs takes both."""
    entries = plugins if isinstance(plugins, list) else [plugins]
    for entry in entries:
        if isinstance(entry, dict) and isinstance(entry.get("trygg"), dict):
            return dict(entry["trygg"])
    return {}


@dataclass(frozen=True)
class Owned:
    """One refusal: where (its keys in mkdocs.yml), what is wrong, what to do."""

    path: tuple[str, ...]
    message: str
    hint: str


def owned_refusals(settings: OwnedSettings) -> Iterator[Owned]:
    if overlaps(settings.docs_dir, CONTENT_DIR):
        yield Owned(
            ("docs_dir",),
            f"docs_dir pekar på innehållsmappen {CONTENT_DIR}/, en mapp i den eller en mapp "
            "som rymmer den: en byggare som inte kör trygg (Zensical, eller MkDocs utan trygg) "
            "publicerar då innehållet som det står, med utkasten, enkäternas antal och allt "
            "som webbplatserna håller inne",
            "kör trygg uppgradera, som skriver om raden; eller skriv docs_dir: "
            f"{EMPTY_DOCS_DIR} och skapa en tom mapp {EMPTY_DOCS_DIR}/ bredvid mkdocs.yml "
            "(med en tom fil .gitkeep i, så att git sparar den); trygg skapar ändå varje sida "
            f"ur {CONTENT_DIR}/",
        )
    yield from _theme_refusals(settings.theme)
    yield from _plugin_refusals(settings.plugin)


def overlaps(docs_dir: str, content: str) -> bool:
    """Whether `docs_dir` is `content`, holds it or is inside it (both relative to the
    folder of mkdocs.yml, read as written)."""
    docs = posixpath.normpath(posixpath.join("/project", docs_dir.replace("\\", "/")))
    held = posixpath.normpath(posixpath.join("/project", content))
    return docs == held or held.startswith(docs.rstrip("/") + "/") or docs.startswith(held + "/")


THEME_WHY = {
    "language": "sidorna är på svenska, och en skärmläsare läser dem efter språket",
    "font": "ett annat typsnitt än systemets hämtas från Google Fonts varje gång en sida "
    "visas, och trygg:s sidor hämtar aldrig något från andra webbplatser",
    "palette": "varje skolas färger kommer från skola.yml (färg) och är prövade för "
    "kontrast mot det ljusa färgschemat",
}


def _theme_refusals(theme: Mapping[str, Any]) -> Iterator[Owned]:
    for key, value in theme.items():
        if value != OWNED_THEME[key]:
            yield Owned(
                ("theme", key),
                f"theme → {key} sätts av trygg: {THEME_WHY[key]}",
                f"ta bort {key} under theme",
            )


def _plugin_refusals(options: Mapping[str, Any]) -> Iterator[Owned]:
    if options.get("enabled", True) is False:
        yield Owned(
            ("plugins", "trygg", "enabled"),
            "enabled: false går inte att använda: utan trygg publicerar MkDocs docs_dir som "
            "den står och skyddar inte trygg:s utdatamappar",
            "ta bort raden; ska webbplatsen byggas utan trygg, ta bort trygg under plugins",
        )
    written = options.get("content_dir") or CONTENT_DIR  # (None: an !ENV the file hides)
    if not isinstance(written, str) or posixpath.normpath(written) != CONTENT_DIR:
        yield Owned(
            ("plugins", "trygg", "content_dir"),
            f"content_dir: {written} går inte att använda: trygg läser alltid innehållet "
            f"ur mappen {CONTENT_DIR}/ bredvid mkdocs.yml, i alla kommandon",
            f"ta bort raden och flytta innehållet till {CONTENT_DIR}/",
        )
