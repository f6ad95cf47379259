"""The mkdocs.yml of an exported site: everything the plugin would add, written out.

`trygg export` writes folders that build with MkDocs (or ProperDocs or Zensical) and
Material alone, wherever they are moved: no INHERIT, no trygg plugin, no Python name but
Material's emoji functions, and trygg's theme overrides copied into the folder
(`OVERRIDES`), so every path in the config is relative to the config itself.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from generator.problems import BuildFailed
from generator.render.sitecontent import SiteContent
from generator.site import defaults
from generator.site.configwords import config_problem
from generator.site.siteconfig import for_theme

DOCS = "docs"  # the pages and assets, inside the exported folder
OVERRIDES = "overrides"  # a copy of trygg's theme overrides, inside the exported folder
MARK = "# Exporterad av trygg export."  # how an export knows a folder it wrote before
ENGINE = ("mkdocs", "mkdocs-material", "pymdown-extensions")  # what trygg builds with
# The other engines an export is tested with (tests/engines.py): the newest releases the
# package index serves that install; later Zensical releases need a `zensical-ui` it has not.
PROPERDOCS = "properdocs==1.6.7"
ZENSICAL = "zensical==0.0.73"


@dataclass(frozen=True)
class PythonName:
    """A `!!python/name:` value: an object the engine imports by its dotted name."""

    name: str


def standalone_config(site: SiteContent, copyright_text: str = "") -> dict[str, Any]:
    """The settings of one exported site, in the order a reader looks for them."""
    theme: dict[str, Any] = {"name": "material", "custom_dir": OVERRIDES, **defaults.THEME}
    if site.logo_uri:
        theme["logo"] = site.logo_uri
    config: dict[str, Any] = {"site_name": for_theme(site.title)}
    if site.site_url:  # canonical links and a sitemap, as the plugin gives them
        config["site_url"] = site.site_url
    if copyright_text:
        config["copyright"] = copyright_text
    config |= {
        "docs_dir": DOCS,
        "theme": theme,
        "nav": [{for_theme(title): uri for title, uri in e.items()} for e in site.navigation],
        # "Made with Material" fails WCAG 1.4.3 contrast, as in the plugin.
        "extra": {"generator": False, "trygg": dict(site.theme_values)},
        "extra_css": list(defaults.EXTRA_CSS),
        "markdown_extensions": _extensions(),
        "plugins": [{"search": {"lang": "sv"}}],
    }
    return config


def _extensions() -> list[str | dict[str, Any]]:
    """defaults.MARKDOWN as a list of names, with settings where there are any; the emoji
    functions by name, as `defaults.markdown_extensions` gives them as objects."""
    index, svg = defaults.EMOJI
    emoji = {"emoji_index": PythonName(index), "emoji_generator": PythonName(svg)}
    found: list[str | dict[str, Any]] = []
    for name, settings in defaults.MARKDOWN.items():
        written = emoji if name == "pymdownx.emoji" else dict(settings)
        found.append({name: written} if written else name)
    return found


def project_copyright(config_file: Path) -> str:
    """The project's `copyright`, as MkDocs reads it (INHERIT and !ENV included)."""
    try:
        return str(load_config(str(config_file)).copyright or "")
    except MkDocsException:
        raise BuildFailed(config_problem(config_file) or str(config_file)) from None


class _Dumper(yaml.SafeDumper):
    """YAML that quotes every string that needs it, with `PythonName` as a tag."""

    def ignore_aliases(self, data: Any) -> bool:
        return True  # a value written twice is written out twice, never as &id001


def _python_name(dumper: yaml.SafeDumper, value: PythonName) -> yaml.ScalarNode:
    return dumper.represent_scalar(f"tag:yaml.org,2002:python/name:{value.name}", "")


_Dumper.add_representer(PythonName, _python_name)


def config_text(config: dict[str, Any], lastmod: str = "") -> str:
    """The config as the text of a mkdocs.yml, with a header on how to build it (with
    `lastmod`, the content's date YYYY-MM-DD, for the sitemap's dates)."""
    body = yaml.dump(
        config,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,  # a long name or copyright on one line
    )
    return _header(lastmod) + body


def _header(lastmod: str) -> str:
    """How to build the folder with each engine, MkDocs at the versions trygg builds with
    (ProperDocs reads MkDocs' packages too: Material needs MkDocs). MkDocs and ProperDocs
    date every page of sitemap.xml by the build, or by SOURCE_DATE_EPOCH: set to the
    content's date (`lastmod`), the sitemap is the plugin's, the same with every build."""
    pinned = " ".join(f"{name}=={version(name)}" for name in ENGINE)
    dated = f"SOURCE_DATE_EPOCH={_epoch(lastmod)} " if lastmod else ""
    return (
        f"{MARK} Mappen byggs för sig, utan trygg, med något av:\n"
        f"#   MkDocs:     pip install {pinned}\n"
        f"#               {dated}mkdocs build\n"
        f"#   ProperDocs: pip install {PROPERDOCS} {pinned}\n"
        f"#               {dated}properdocs build -f mkdocs.yml\n"
        f"#   Zensical:   pip install {ZENSICAL}\n"
        "#               zensical build\n"
    )


def _epoch(day: str) -> int:
    """Seconds from 1970 to midnight UTC starting `day` (YYYY-MM-DD)."""
    return calendar.timegm(date.fromisoformat(day).timetuple())
