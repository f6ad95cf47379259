"""trygg's output folders, and where a plain `mkdocs build` may write beside them.

`trygg build` writes every school and the portal into `site/` (`site-utkast/` with
utkast), and marks every folder it writes whole with `OUTPUT_MARK`. MkDocs empties its
`site_dir` before it builds (all but hidden files, so the mark would stay behind): a plain
`mkdocs build` with MkDocs' default `site_dir`, `site/`, would replace the published
output with one school. So the plugin sends a plain build aimed at one of trygg's own
output folders to `PREVIEW` instead, and refuses any `site_dir` that holds the mark, and
any that already holds files a plain build of trygg's did not write (`PREVIEW_MARK`):
`mkdocs build -d ~/Dokument` would have emptied a folder of the author's own files.
`mkdocs serve` builds into a temporary folder of its own and is not concerned.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PUBLISHED, DRAFTS = "site", "site-utkast"  # the default output folders of build and --med-utkast
PREVIEW = "site-forhandsvisning"  # where a plain `mkdocs build` writes instead of those
# In every output folder trygg writes whole (`build.publish.staging`, `trygg export`).
OUTPUT_MARK = ".trygg-utdata"
# In every folder a plain `mkdocs build` of trygg's has written (hidden: MkDocs keeps it).
PREVIEW_MARK = ".trygg-forhandsvisning"
PREVIEW_MARK_TEXT = (
    "Den här mappen skrivs av mkdocs build med trygg. Allt i den ersätts vid nästa bygge, "
    "så lägg inga egna filer här.\n"
)


def plain_build_folder(site_dir: str, config_file: str) -> Path:
    """Where a plain `mkdocs build` of one site writes: `site_dir`, unless it is one of
    trygg's output folders beside mkdocs.yml (MkDocs' default `site/` among them)."""
    project = Path(config_file).resolve().parent
    wanted = Path(site_dir).resolve()
    if wanted in (project / PUBLISHED, project / DRAFTS):
        return project / PREVIEW
    return wanted


def trygg_output_refusal(folder: Path) -> str:
    """Why a plain `mkdocs build` may not write to `folder`, in Swedish; "" when it may: not
    into a build of trygg's, nor inside one, nor into a folder that holds one."""
    marked = _trygg_output_around(folder)
    if marked is None:
        return ""
    if marked == folder:
        said = f"{shown(folder)} innehåller"
    elif folder.is_relative_to(marked):
        said = f"{shown(folder)} ligger i {shown(marked)}, som innehåller"
    else:
        said = f"{shown(folder)} rymmer {shown(marked)}, som innehåller"
    return (
        f"{said} webbplatser som trygg har byggt (alla skolor och portalen), och mkdocs build "
        f"skulle tömma {shown(folder)} och lägga en enda skola där. Bygg skolan till en egen "
        f"mapp, t.ex. mkdocs build -d {PREVIEW}, eller alla webbplatser med trygg build."
    )


def foreign_files_refusal(folder: Path, project: Path) -> str:
    """Why a plain `mkdocs build` may not empty `folder`, in Swedish; "" when it may: it is
    new or empty (but for hidden entries, which MkDocs keeps), `PREVIEW` beside mkdocs.yml,
    or a folder an earlier plain build of trygg's wrote (`PREVIEW_MARK`)."""
    if folder == project / PREVIEW or (folder / PREVIEW_MARK).is_file():
        return ""
    try:
        if not folder.is_dir() or not any(not e.name.startswith(".") for e in folder.iterdir()):
            return ""
    except OSError:
        return f"{shown(folder)} går inte att läsa; bygg till en annan mapp, t.ex. -d {PREVIEW}"
    return (
        f"{shown(folder)} innehåller redan filer som mkdocs build inte har skrivit, och mkdocs "
        f"build tömmer mappen innan den bygger. Bygg till en ny eller tom mapp, t.ex. mkdocs "
        f"build -d {PREVIEW}, eller töm mappen först."
    )


def mark_preview(folder: Path) -> None:
    """Mark `folder` as one a plain build of trygg's writes, so the next build may empty it."""
    with contextlib.suppress(OSError):  # (MkDocs then says, in its words, why it cannot write)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / PREVIEW_MARK).write_text(PREVIEW_MARK_TEXT, encoding="utf-8")


def _trygg_output_around(folder: Path) -> Path | None:
    """The build of trygg's that `folder` is, lies in, or holds (one level down)."""
    for candidate in (folder, *folder.parents):
        if (candidate / OUTPUT_MARK).is_file():
            return candidate
    try:
        return next((c for c in folder.iterdir() if (c / OUTPUT_MARK).is_file()), None)
    except OSError:  # not there yet (MkDocs makes it), or not a folder
        return None


def shown(folder: Path) -> str:
    """`folder` as the user would type it: relative to the working folder when inside it."""
    here = Path.cwd().resolve()
    name = os.path.relpath(folder, here) if folder.is_relative_to(here) else str(folder)
    return f"{name}{os.sep}"
