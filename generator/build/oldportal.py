"""When the portal's new pages are refused (MkDocs stops, or the last look finds what must
not be published: `build.scan`), the schools are still published and the portal the
output holds stays as it was, as a withheld school's old site does (`build.isolation`).

What stays is every entry at the output's root that is not a school's site: the old
portal's pages and files, and the sites of schools removed from content/ since. Those
stay because the old portal still lists them: removing them now would leave it linking
to nothing. They go with the next build whose portal is published. A school new in
content/ is published, and listed once the portal is. The output is untrusted: the old
portal stays only if it passes the last look as it is (with no symlink in it), else it
leaves too and the output has no portal until one is published. An entry of it that shows
what a privacy error finds now leaves alone (`build.oldshown`).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Collection
from pathlib import Path

from generator.build.links import link_tree, link_tree_file
from generator.build.portal import PortalPlan
from generator.build.portalbuilding import PORTAL_STAGING, place_portal
from generator.build.publish import WORK, work_folder
from generator.build.removed import removed_sites
from generator.build.scan import scan_site
from generator.problems import BuildFailed


def portal_refusal(build: Callable[[], None], *, all_or_nothing: bool) -> str:
    """Build the portal; why it was refused, or "" when it was built. With
    `--allt-eller-inget` a refusal stops the build as before."""
    try:
        build()
    except BuildFailed as failed:
        if all_or_nothing:
            raise
        return str(failed)
    except Exception as error:  # as `twin.portal_job` says it: the schools stay published
        reason = f"portalen kunde inte byggas ({type(error).__name__}: {error})"
        if all_or_nothing:
            raise BuildFailed(reason) from error
        return reason
    return ""


def placed_portal(refused: str, plan: PortalPlan, folder: Path, *, copy: bool) -> list[str]:
    """The portal placed in the staging `folder` (`build.portalbuilding.place_portal`); when it was
    refused, nothing: what was built of it leaves the staging folder."""
    if refused:
        shutil.rmtree(folder / PORTAL_STAGING, ignore_errors=True)
        return []
    return place_portal(plan, folder, copy=copy)


def old_portal(
    out: Path, school_ids: Collection[str], config_file: Path
) -> tuple[PortalPlan, list[str]]:
    """The old portal's entries in `out`, kept as they are when they pass the last look
    (none otherwise); the plan records no portal as built, so the next build builds it."""
    names = (
        sorted(e.name for e in out.iterdir() if e.name not in school_ids) if out.is_dir() else []
    )
    if names and not _passes(out, names, school_ids, config_file):
        names = []
    return PortalPlan("", "", kept=names), names


def _passes(out: Path, names: list[str], school_ids: Collection[str], config_file: Path) -> bool:
    """Whether the entries pass the last look: each removed school's site on its own, as a
    withheld school's old site is looked at, and the rest as the portal, linked into a
    folder of its own (so no school's site is read). Nothing in them may be a symlink."""
    from generator.site.build import theme_dirs  # noqa: PLC0415 (MkDocs, only when needed)

    if any(_has_symlink(out / name) for name in names):
        return False
    dirs = theme_dirs(config_file)
    removed = {site.id for site in removed_sites(out, school_ids)}
    if any(scan_site(out / school, dirs) for school in sorted(removed)):
        return False
    probe = work_folder(out, WORK)
    try:
        probe.mkdir()
        # Hidden entries (.git, .nojekyll) are not the portal's: kept whatever (`publish`).
        for name in (n for n in names if n not in removed and not n.startswith(".")):
            if (out / name).is_dir():
                link_tree(out / name, probe / name)
            else:
                link_tree_file(out / name, probe / name)
        return not scan_site(probe, dirs)
    finally:
        shutil.rmtree(probe, ignore_errors=True)


def _has_symlink(entry: Path) -> bool:
    if entry.is_symlink():
        return True
    return entry.is_dir() and any(path.is_symlink() for path in entry.rglob("*"))
