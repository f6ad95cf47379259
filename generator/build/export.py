"""`trygg export`: each school's site as a folder that builds on its own, without trygg.

The MkDocs plugin is the convenient way to build, but engines that do not run MkDocs
plugins (Zensical), forks that may drop them, or a huvudman who wants the pages without
trygg can still build what trygg generates. `UT/<id>/` holds:

- `docs/`: the pages, with the diagrams drawn into them as inline SVG (each chart's box
  out of the search, `diagrams.svg.chart_box`), each table in the box the plugin would
  put it in (`site.tableboxmarkdown`) and each span of grades kept on one line
  (`site.nobreak`), and the assets (logo, photos);
- `overrides/`: a copy of trygg's theme overrides (the styles, and `main.html` as
  `trygg-main.html`), under the export's own `main.html` (`theme/export/`), which puts the
  skip link first as the plugin does (`site.skiplink`);
- `mkdocs.yml`: every setting the plugin would add, written out (`site.standalone`),
  with paths relative to the folder, so it can be moved anywhere, and a header on how to
  build it with MkDocs, ProperDocs or Zensical.

What a reader gets is the plugin's site but for what a Markdown table cannot carry (the
cards of a narrow screen, a screen reader's caption) and spans in headings: see
tests/test_export_parity.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from generator.build.heldreports import report_errors, without_reports
from generator.build.ownership import project_owner, write_mark
from generator.build.withholding import withheld_schools, without
from generator.check.run import check_content
from generator.clock import reference_date
from generator.diagrams.figures import inline_diagrams
from generator.load.layout import content_folder
from generator.load.resources import export_overrides, theme_overrides
from generator.problems import Report
from generator.render.site import site_for
from generator.render.sitecontent import SiteContent
from generator.site.nobreak import unbroken_markdown_spans
from generator.site.standalone import (
    DOCS,
    MARK,
    OVERRIDES,
    config_text,
    project_copyright,
    standalone_config,
)
from generator.site.tableboxmarkdown import boxed_markdown_tables


def _write_docs(site: SiteContent, docs: Path) -> None:
    for generated in site.files:
        path = docs / generated.uri
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(generated.content, bytes):
            path.write_bytes(generated.content)
        else:
            text = inline_diagrams(generated.content, site.diagrams)
            if generated.uri.endswith(".md"):  # the plugin's passes; no plugin runs here
                text = unbroken_markdown_spans(boxed_markdown_tables(text))
            path.write_text(text, encoding="utf-8")


def _clear_earlier_export(target: Path) -> None:
    """Remove the pages and overrides an earlier export wrote, so no deleted page lingers.
    A folder without the export's mkdocs.yml is not trygg's to clear."""
    config = target / "mkdocs.yml"
    if config.is_file() and config.read_text(encoding="utf-8", errors="replace").startswith(MARK):
        for folder in (DOCS, OVERRIDES):
            shutil.rmtree(target / folder, ignore_errors=True)


def _write_overrides(overrides: Path) -> None:
    """trygg's overrides, their main.html renamed for the export's own to include."""
    shutil.copytree(theme_overrides(), overrides, dirs_exist_ok=True)
    (overrides / "main.html").replace(overrides / "trygg-main.html")
    shutil.copytree(export_overrides(), overrides, dirs_exist_ok=True)


def write_site(site: SiteContent, target: Path, copyright_text: str = "") -> None:
    """One school's standalone folder, replacing what an earlier export wrote there."""
    _clear_earlier_export(target)
    _write_docs(site, target / DOCS)
    _write_overrides(target / OVERRIDES)
    config = standalone_config(site, copyright_text)
    (target / "mkdocs.yml").write_text(config_text(config, site.lastmod), encoding="utf-8")


@dataclass(frozen=True)
class Exported:
    """What `export_sites` did: the check's report, the schools written, and the schools
    whose errors kept them out (as `trygg build` withholds them)."""

    report: Report
    written: tuple[str, ...] = ()
    withheld: tuple[str, ...] = ()


def export_sites(project_config: Path, out: Path, only: Collection[str] = ()) -> Exported:
    """Write each selected school's folder under `out`, except those with errors in their
    own files; nothing when huvudman.yml (or anything shared but the huvudman's reports)
    has errors."""
    content_dir = content_folder(project_config.parent)
    checked = check_content(content_dir, only=only)
    errors = withheld_schools(checked, content_dir)  # as `trygg build` withholds them
    shared, reports = report_errors(errors.pop("", []), checked, content_dir)
    if checked.organiser is None or shared:
        return Exported(checked.report)
    # The huvudman's reports are the portal's: their errors keep no school from export.
    published = without(
        without_reports(checked, content_dir, set(reports)), content_dir, set(errors)
    )
    copyright_text = project_copyright(project_config)
    today = reference_date()
    out.mkdir(parents=True, exist_ok=True)
    write_mark(out, project_owner(content_dir))
    for school in published.schools:
        site = site_for(published, school.id, content_dir, today=today)
        write_site(site, out / school.id, copyright_text)
    written = tuple(school.id for school in published.schools)
    return Exported(checked.report, written, tuple(sorted(errors)))
