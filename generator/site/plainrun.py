"""What the plugin does in a plain `mkdocs build` or `mkdocs serve` only: `trygg build`
checks the content, reports its problems and chooses its output folders itself.

- `tell_problems`: the content's problems at their level (errors at ERROR, warnings at
  WARNING, notes at INFO), so that `mkdocs build --strict` stops at trygg's warnings as
  `trygg check --strict` does;
- `choose_folder`: never trygg build's output, nor a folder of files it did not write
  (`site.outputs`);
- `last_words`: MkDocs' English last line when `--strict` stops the build, in Swedish;
- `checked_site`: the site of the `skola` the plugin is set to, checked and rendered here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.plugins import PrefixedLogger

from generator.clock import reference_date
from generator.problems import terminal_safe
from generator.render.site import site_for
from generator.render.sitecontent import SiteContent
from generator.site.mkdocslines import strict_abort_in_swedish
from generator.site.outputs import (
    foreign_files_refusal,
    mark_preview,
    plain_build_folder,
    shown,
    trygg_output_refusal,
)
from generator.site.schoolnamed import with_setting
from generator.site.stopped import Stopped


def tell_problems(site: SiteContent, log: PrefixedLogger) -> None:
    for problem in site.errors:
        log.error(terminal_safe(problem))
    for problem in site.warnings:
        log.warning(terminal_safe(problem))
    for problem in site.notes:
        log.info(terminal_safe(problem))


def choose_folder(config: Any, school: str, log: PrefixedLogger) -> None:
    """Point `config.site_dir` away from trygg build's output folders, telling why, or stop
    when the folder holds a build of trygg's or files of someone else's (which MkDocs would
    empty)."""
    wanted = Path(config.site_dir).resolve()
    folder = plain_build_folder(config.site_dir, config.config_file_path)
    project = Path(config.config_file_path).resolve().parent
    if refusal := trygg_output_refusal(folder) or foreign_files_refusal(folder, project):
        raise Stopped(refusal)
    if folder != wanted:
        config.site_dir = str(folder)
        built = f"skolan {school}" if school else "portalen"
        log.info(
            "mkdocs build bygger bara %s, i %s – %s är trygg build:s mapp för alla skolor och "
            "portalen och lämnas orörd (bygg dem med trygg build)",
            built, shown(folder), shown(wanted),
        )  # fmt: skip


def claim_folder(config: Any) -> None:
    """Mark the folder a plain build goes on to empty and fill as its own, so the next plain
    build may empty it again (never a folder the build stopped before touching)."""
    mark_preview(Path(config.site_dir))


def last_words(error: BaseException) -> None:
    """Put MkDocs' last line in Swedish when `--strict` stopped the build for warnings."""
    message = getattr(error, "message", None)
    swedish = strict_abort_in_swedish(message) if isinstance(message, str) else None
    if swedish is not None:
        error.message = swedish  # type: ignore[attr-defined]  # click's exception's text


def checked_site(
    content_dir: Path, school: str, *, preview: bool, error_uris: tuple[str, ...]
) -> SiteContent:
    """The site of `school` ("" for the portal), its content checked and rendered here."""
    # Only `mkdocs build` and `mkdocs serve` check here: trygg's build processes do not
    # import the check (a standby process gets ready faster without it).
    from generator.check.run import check_content  # noqa: PLC0415

    checked = check_content(content_dir, only=[school] if school else ())
    checked = with_setting(checked, school)
    today = reference_date()
    return site_for(
        checked, school, content_dir, today=today, preview=preview, error_uris=error_uris
    )
