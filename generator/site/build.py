"""Build one site with MkDocs from content that is already checked and rendered.

`build_site` drives MkDocs through its API (`load_config`, `build`) and hands the
site's content to the plugin (`handover.building`). Inside `speeding_up(...)` the sites
share compiled templates and the theme's file list, and link the theme's files.
"""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from generator.problems import BuildFailed
from generator.render.sitecontent import SiteContent
from generator.site import defaults, plaininline, searchindex, speed
from generator.site.assets import AssetStore
from generator.site.handover import building
from generator.site.internals import share_templates_everywhere
from generator.site.onemarkdown import one_markdown_per_site, render_patchable
from generator.site.reuse import QuietDirty, Reuse
from generator.site.themelisting import list_theme_once
from generator.site.themescripts import theme_scripts

# The loggers of MkDocs and of its build command, named after its modules (so
# `properdocs.…` where ProperDocs stands in for MkDocs).
COMMAND_LOGGER = build.__module__
TOOL_LOGGER = COMMAND_LOGGER.partition(".")[0]


def build_site(
    config_file: Path, site_dir: Path, site: SiteContent, reuse: Reuse | None = None
) -> tuple[str, ...]:
    """Build `site` into `site_dir` with the project's mkdocs.yml, in strict mode; if MkDocs
    stops, raise `BuildFailed` with why, in Swedish. Returns the theme's folders. With
    `reuse`, the pages it names are taken from the last build (`site.reuse`; the search
    index then lacks them until `merge_search_index`)."""
    heard, quiet = _Heard(), QuietDirty()
    logging.getLogger(TOOL_LOGGER).addHandler(heard)
    logging.getLogger(COMMAND_LOGGER).addFilter(quiet)
    try:
        config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
        with building(site, reuse):
            # Not the same `dirty` on purpose. MkDocs' dirty build skips the pages taken
            # from the last build (`site.reuse`); the plugins are told it is a full build,
            # as it is in its bytes: told `dirty`, Material's search plugin keeps its index
            # for a next build and merges it in (`search_index_prev`), where
            # `reuse.merge_search_index` expects the index of the pages built, in order
            # (tests/test_portal_pages.py fails with `dirty=True` here).
            config.plugins.on_startup(command="build", dirty=False)
            try:
                build(config, dirty=reuse is not None)
            finally:
                config.plugins.on_shutdown()
        return tuple(config.theme.dirs)
    except MkDocsException as error:
        raise BuildFailed(not_built(site.title, heard.messages or [str(error)])) from None
    finally:
        logging.getLogger(TOOL_LOGGER).removeHandler(heard)
        logging.getLogger(COMMAND_LOGGER).removeFilter(quiet)


class _Heard(logging.Handler):
    """The warnings MkDocs logs while it builds: in strict mode they are why it stops."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


MISSING_TARGET = re.compile(
    r"Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but the target"
)


def not_built(title: str, messages: list[str]) -> str:
    """Why MkDocs stopped building a site, in Swedish, naming the page where it can."""
    reasons = []
    for message in messages[:5]:
        found = MISSING_TARGET.search(message)
        if found:
            reasons.append(
                f"sidan {found['page']} länkar till '{found['link']}', som inte finns på "
                "webbplatsen"
            )
        else:
            reasons.append(f"MkDocs: {message}")
    return f"webbplatsen {title} kunde inte byggas: " + "; ".join(reasons)


@contextlib.contextmanager
def speeding_up(assets: Path | None, copy: bool, disk: str, key: str) -> Iterator[None]:
    """Inside the block, sites share compiled templates and the theme's file list (kept in
    the cache folder `disk` under `key`), link theme files to the store `assets`, and
    the pages of a site one Markdown converter (`site.onemarkdown`)."""
    folder = Path(disk) if disk else None
    store = AssetStore(assets, copy=copy) if assets else None
    with (
        speed.using(speed.Speedups(store, folder, key)),
        list_theme_once(folder, key),
        share_templates_everywhere(speed.share_templates),
        speed.no_docs_walk(),
        speed.themes_found_once(),
        one_markdown_per_site(),
    ):
        yield


def theme_dirs(config_file: Path) -> tuple[str, ...]:
    """The folders the project's theme reads templates from (Material's and the overrides)."""
    return tuple(defaults.theme_dirs(load_config(str(config_file)).theme))


def warm_up(config_file: Path) -> None:
    """Load what a first site needs (MkDocs' plugins and Markdown extensions with Material's
    emoji index, the theme's templates), check the library code the shortcuts were written
    against, and hash the theme's scripts for the last look, before there is a site to
    build: each is done once per process, and the standby process has the time."""
    config = load_config(str(config_file))
    defaults.apply(config)
    config.theme.get_env().get_template("main.html")
    markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)
    for checked in (render_patchable, plaininline.patchable, searchindex.usable):
        checked()
    theme_scripts(tuple(config.theme.dirs))
