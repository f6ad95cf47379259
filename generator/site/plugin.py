"""The MkDocs plugin `trygg`: thin glue between MkDocs and the pipeline.

The plugin gets one site's content (`render.sitecontent.SiteContent`) in one of two ways:

- `mkdocs build` and `mkdocs serve`: it checks the content of its `skola` (or the
  portal's, for `skola: ""`) with `check.run.check_content` and renders it, logs the
  problems and MkDocs' own lines in Swedish, and keeps a plain build out of trygg build's
  output folders (`site.plainrun`);
- `trygg build`: the build has checked and rendered the site already and hands it
  over with `building(site)` around MkDocs' build (`site.handover`); the plugin's options
  are not read.

The plugin cannot be turned off: listed in mkdocs.yml, it runs every hook. `enabled: false`
is refused, with the docs_dir that would publish the content as it stands and the settings
trygg owns (`validate.ownedsettings`), before anything is read or written.

Hooks, in the order MkDocs calls them: `on_startup` (serve or build), `on_config` (the
refusals; the output folder; the site's name, address, colours, navigation, diagram
fences), `on_files` (the generated pages, and those taken from the last build:
`site.reuse`), `on_env` (shared templates; the content's date in the sitemap, for every
page), `on_page_markdown` (charts held out of Markdown's way, `site.charts`),
`on_page_content` (the charts put back), `on_page_context` (around Material's search
indexer: the charts held out of the index, and with `trygg build`'s speed-ups a faster
reader of the page, `site.searchindex`), `on_post_page` and `on_post_template` (the skip
link first, `site.skiplink`; no sitemap without an address), `on_serve` (watch content/
and schemas/), `on_build_error` (MkDocs' last words in Swedish).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import Files

from generator.load.layout import CONTENT_DIR, content_folder
from generator.render.sitecontent import SiteContent
from generator.site import charts, defaults, plainrun, searchindex, speed
from generator.site.contentfiles import content_files
from generator.site.handover import handed_over, reused
from generator.site.internals import share_templates_everywhere
from generator.site.lastlook import scan_html
from generator.site.mkdocslines import swedish_lines
from generator.site.nobreak import unbroken_grade_spans
from generator.site.reuse import record_order, take_pages
from generator.site.siteconfig import configure
from generator.site.skiplink import skip_link_first
from generator.site.stopped import Stopped
from generator.site.tablebox import boxed_tables
from generator.site.tablecards import card_tables
from generator.site.themelisting import list_theme_once
from generator.site.themescripts import forget_theme_scripts, theme_scripts

log = get_plugin_logger("trygg")  # messages start "trygg:", the tool's name


class TryggConfig(Config):  # type: ignore[no-untyped-call]
    enabled = c.Type(bool, default=True)
    """Kept so that an older mkdocs.yml is told in Swedish: `false` is refused
    (`validate.ownedsettings`), as the plugin off would publish docs_dir as it stands."""
    skola = c.Type(str, default="")
    """The school (folder name under content/skolor/) to build; empty builds the portal."""
    content_dir = c.Type(str, default=CONTENT_DIR)
    """Kept so that an older mkdocs.yml is told in Swedish: any folder but content/ is
    refused, as every command reads the content there (`load.layout.content_folder`)."""
    snabb_forhandsvisning = c.Type(bool, default=True)
    """`mkdocs serve`: notice saves through the operating system's file events and keep
    compiled templates between rebuilds. Turn off where file events never arrive
    (some network drives and container mounts): MkDocs then polls every 0.5 s."""


class TryggPlugin(BasePlugin[TryggConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.serving = False
        self.site: SiteContent | None = None
        self.shown: tuple[str, ...] = ()  # `mkdocs serve`: the pages of the last good site
        self.running = contextlib.ExitStack()  # kept from `on_startup` to `on_shutdown`

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        self.shown = ()  # MkDocs keeps the plugin from one configuration to the next
        if handed_over() is None:
            self.running.enter_context(swedish_lines())
        if self.serving and self.config.snabb_forhandsvisning:
            self.running.enter_context(speed.using(speed.Speedups(changing=True)))
            self.running.enter_context(list_theme_once(None, "", changing=True))
            self.running.enter_context(share_templates_everywhere(speed.share_templates))

    def on_shutdown(self) -> None:
        self.running.close()

    def on_build_error(self, *, error: Exception) -> None:
        if handed_over() is None:
            plainrun.last_words(error)

    def _content_dir(self, config: Any) -> Path:
        return content_folder(Path(config.config_file_path).parent)

    def _site(self, config: Any) -> SiteContent:
        if (site := handed_over()) is not None:
            return site
        return plainrun.checked_site(
            self._content_dir(config), self.config.skola, preview=self.serving,
            error_uris=self.shown,
        )  # fmt: skip

    def on_config(self, config: Any) -> Any:
        defaults.refuse(config)  # before anything is read or written
        if self.serving:  # each rebuild: the theme's templates may have changed
            forget_theme_scripts()
        plain = handed_over() is None  # `trygg build` reports and chooses its folders itself
        if plain and not self.serving:
            plainrun.choose_folder(config, self.config.skola, log)
        self.site = site = self._site(config)
        if plain:
            plainrun.tell_problems(site, log)
        if site.failed and not self.serving:
            raise Stopped(
                f"Innehållet har fel och webbplatsen byggs inte: {site.summary} "
                "Rätta felen ovan och bygg igen."
            )
        if self.serving:  # (and the pages that show the errors the next time there are some)
            from generator.site.preview import told_terminal  # noqa: PLC0415

            self.shown = told_terminal(site, log, self.shown)
        configure(config, site, serving=self.serving)
        if plain and not self.serving:
            plainrun.claim_folder(config)
        return config

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        if self.site is None:
            return files
        files = content_files(files, config, self.site)
        if (reuse := reused()) is not None:
            files = take_pages(files, config, reuse)
        return speed.store_theme_files(files, config)

    def on_env(self, env: Any, /, *, config: Any, files: Files) -> Any:
        speed.share_templates(env)
        if self.site is not None and self.site.lastmod:
            for file in files.documentation_pages():  # also those MkDocs did not read
                if file.page is not None:
                    file.page.update_date = self.site.lastmod  # the content's date, not the build's
        if (reuse := reused()) is not None:
            record_order(files, reuse)
        return env

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: Any, files: Any) -> str:
        return charts.hold(markdown, page, config) if speed.current() is not None else markdown

    def on_page_content(self, html: str, /, *, page: Any, config: Any, files: Any) -> str:
        page_html = boxed_tables(charts.put_back(html, page, config, files))
        return unbroken_grade_spans(card_tables(page_html))

    @event_priority(50)  # before Material's search plugin (0) reads the page
    def on_page_context(self, context: Any, /, *, page: Any, config: Any, nav: Any) -> Any:
        if speed.current() is not None:
            searchindex.quicken(config.plugins)  # the same index, read faster
        return context

    def on_post_page(self, output: str, /, *, page: Any, config: Any) -> str:
        """The skip link first (`site.skiplink`); `mkdocs serve` shows no page that the
        build's last look would refuse."""
        output = skip_link_first(output)
        if not self.serving:
            return output  # `trygg build` looks at every page as it enters the output
        problems = sorted(set(scan_html(output, theme_scripts(tuple(config.theme.dirs)))))
        if not problems:
            return output
        from generator.site.preview import refused_page  # noqa: PLC0415 (only `mkdocs serve`)

        log.warning("%s visas inte: den innehåller %s", page.file.src_uri, "; ".join(problems))
        return refused_page(problems)

    def on_post_template(self, output: str, /, *, template_name: str, config: Any) -> str:
        # Without an address MkDocs' sitemap lists no page; MkDocs writes no empty output
        # (nor its .gz). Left in static_templates, the template is not copied as a file.
        if template_name == "sitemap.xml" and not config.site_url:
            return ""
        return skip_link_first(output) if template_name.endswith(".html") else output

    def on_serve(self, server: Any, /, *, config: Any, builder: Any) -> Any:
        from generator.site.preview import (  # noqa: PLC0415 (only `mkdocs serve`)
            native_watching,
            reload_error_pages,
        )
        from generator.validate.schemas import SCHEMA_DIR  # noqa: PLC0415

        reload_error_pages(server)  # a 404 page reloads too, once the errors are fixed
        paths = [self._content_dir(config), SCHEMA_DIR]
        if not (self.config.snabb_forhandsvisning and native_watching(server, config, paths)):
            for path in paths:
                server.watch(str(path))
        return server
