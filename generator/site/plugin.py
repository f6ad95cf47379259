"""The MkDocs plugin `trygg`: thin glue between MkDocs and the pipeline.

Hooks, in the order MkDocs calls them:
- `on_startup` remembers whether this is `mkdocs serve` (show problems as a page)
  or `mkdocs build` (stop with a PluginError).
- `on_config` checks the content of one school, or takes the project the site
  builder already checked, and sets the site name, brand colour and navigation.
- `on_files` adds every generated page with `File.generated`.
- `on_serve` watches content/ and schemas/ so an edit reloads the preview, with the
  operating system's file events where possible (`generator.site.preview`).
All real work happens in `generator.render.site`, which does not import MkDocs.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from generator.model import Project
from generator.render.site import SiteContent, site_content

log = get_plugin_logger(__name__)


class TryggConfig(Config):  # type: ignore[no-untyped-call]
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml."""
    skola = c.Type(str, default="")
    """The school (folder name under content/skolor/) to build; empty builds the portal."""
    content_dir = c.Type(str, default="content")
    """The content folder, relative to mkdocs.yml."""
    snabb_forhandsvisning = c.Type(bool, default=True)
    """`mkdocs serve`: notice saves through the operating system's file events and keep
    compiled templates between rebuilds. Turn off where file events never arrive
    (some network drives and container mounts): MkDocs then polls every 0.5 s."""


class TryggPlugin(BasePlugin[TryggConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.serving = False
        self.preloaded: Project | None = None  # set by the site builder to skip re-checking
        self.preloaded_site: SiteContent | None = None  # the portal, made by the site builder
        self.site: SiteContent | None = None
        self.speedups = ExitStack()  # kept for the whole `mkdocs serve`

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"
        if self.serving and self.config.snabb_forhandsvisning:
            from generator.site.preview import preview_speedups  # noqa: PLC0415 (only when serving)

            self.speedups.enter_context(preview_speedups())

    def on_shutdown(self) -> None:
        self.speedups.close()

    def _content_dir(self, config: Any) -> Path:
        return Path(config.config_file_path).parent / self.config.content_dir

    def on_config(self, config: Any) -> Any:
        if not self.config.enabled:
            return config
        self.site = self.preloaded_site or site_content(
            self._content_dir(config),
            self.config.skola,
            preview=self.serving,
            project=self.preloaded,
        )
        if self.site.failed and not self.serving:
            raise PluginError(
                "Innehållet har fel och webbplatsen byggs inte:\n" + self.site.report_text
            )
        # Content warnings are advice for authors, not build failures: logged at INFO so
        # that `mkdocs build --strict` (which counts WARNING records) still passes.
        for problem in self.site.warnings:
            log.info(problem)
        config.site_name = self.site.title
        config.theme["language"] = "sv"
        config.nav = self.site.navigation
        config.extra["trygg"] = self.site.theme_values
        if self.site.logo_uri:
            config.theme["logo"] = self.site.logo_uri
        if self.config.skola:
            # A 404 page needs root-relative links, which are only right at the root of a
            # host: the portal's. A school site in <id>/ would get broken ones.
            config.theme.static_templates.discard("404.html")
        return config

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        if not self.config.enabled or self.site is None:
            return files
        for generated in self.site.files:
            files.append(File.generated(config, generated.uri, content=generated.content))
        return files

    def on_serve(self, server: Any, /, *, config: Any, builder: Any) -> Any:
        if not self.config.enabled:
            return server
        from generator.site.preview import native_watching  # noqa: PLC0415 (only `mkdocs serve`)
        from generator.validate.schemas import SCHEMA_DIR  # noqa: PLC0415

        paths = [self._content_dir(config), SCHEMA_DIR]
        if not (self.config.snabb_forhandsvisning and native_watching(server, config, paths)):
            for path in paths:
                server.watch(str(path))
        return server
