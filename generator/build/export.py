"""`trygg export`: each school's generated pages as a plain docs folder for any engine.

The MkDocs plugin is the convenient way to build, but engines that do not run
MkDocs plugins (Zensical) or forks that may drop them can still build what trygg
generates: `UT/<id>/docs/` holds the pages and `UT/<id>/mkdocs.yml` inherits the
project's configuration (theme, Markdown extensions, diagram fences) with the
trygg plugin left out and the school's name, address, navigation and colours filled in.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from pathlib import Path

from generator.check.run import check_content
from generator.clock import reference_date
from generator.diagrams.figures import inline_diagrams
from generator.problems import Report
from generator.render.site import SiteContent, site_for


def _config_text(site: SiteContent, project_config: Path, target: Path) -> str:
    """A child mkdocs.yml; JSON is valid YAML and quotes every value safely."""
    inherit = Path(os.path.relpath(project_config, target))
    overrides = Path(os.path.relpath(project_config.parent / "theme" / "overrides", target))
    theme: dict[str, str] = {"custom_dir": overrides.as_posix()}
    if site.logo_uri:
        theme["logo"] = site.logo_uri
    settings = {
        "site_name": site.title,
        "docs_dir": "docs",
        "theme": theme,
        "nav": site.navigation,
        "extra": {"trygg": site.theme_values},
        # Replaces the inherited list, which names the trygg plugin.
        "plugins": [{"search": {"lang": "sv"}}],
    }
    if site.site_url:  # canonical links and a sitemap, as the plugin gives them
        settings["site_url"] = site.site_url
    lines = [f"INHERIT: {json.dumps(inherit.as_posix())}"]
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in settings.items()]
    return (
        "# Exporterad av trygg export. Bygg med: mkdocs build -f mkdocs.yml\n"
        + "\n".join(lines)
        + "\n"
    )


def _write_site(site: SiteContent, project_config: Path, target: Path) -> None:
    docs = target / "docs"
    for generated in site.files:
        path = docs / generated.uri
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(generated.content, bytes):
            path.write_bytes(generated.content)
        else:
            text = inline_diagrams(generated.content, site.diagrams)
            path.write_text(text, encoding="utf-8")
    (target / "mkdocs.yml").write_text(_config_text(site, project_config, target), encoding="utf-8")


def export_sites(project_config: Path, out: Path, only: Collection[str] = ()) -> Report:
    """Write each selected school's docs folder and config under `out`; nothing on errors."""
    content_dir = project_config.parent / "content"
    checked = check_content(content_dir)
    if checked.report.has_errors:
        return checked.report
    today = reference_date()
    for school in checked.schools:
        if only and school.id not in only:
            continue
        site = site_for(checked, school.id, content_dir, today=today)
        _write_site(site, project_config.resolve(), (out / school.id).resolve())
    return checked.report
