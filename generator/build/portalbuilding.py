"""Building the portal a `PortalPlan` says to build (`build.portal`): only its changed pages
where it can, the others taken from the cached portal, and every page it publishes looked
at (`build.scan`) unless it passed the same look as it is; then placed in the staging
folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Collection
from pathlib import Path

from generator.build.links import link_tree, link_tree_file
from generator.build.portal import PortalPlan, PortalReuse
from generator.build.scan import passed_digest, refuse_unsafe, scan_site
from generator.render.sitecontent import SiteContent

PORTAL_STAGING = ".portal"  # MkDocs empties its site_dir, so the portal is built beside the sites


def build_portal(
    config_file: Path,
    folder: Path,
    plan: PortalPlan,
    *,
    copy: bool,
    finish: Callable[[Path], Collection[str]] | None = None,
) -> None:
    """Build the portal into `folder` (only its changed pages, where it can: the others are
    linked, or with `copy` copied), looked at as it enters the output (`build.scan`);
    `finish` adds to the built portal before that look (the reports' PDFs) and returns
    the pages it changed."""
    from generator.site.build import build_site  # noqa: PLC0415 (MkDocs, only when needed)

    assert plan.content is not None
    reuse = plan.reuse
    done = finish or (lambda _: ())
    if reuse is not None and _built_reusing(
        config_file, folder, plan.content, reuse, copy=copy, finish=done
    ):
        return
    shutil.rmtree(folder, ignore_errors=True)
    dirs = build_site(config_file, folder, plan.content)
    done(folder)
    refuse_unsafe(folder, dirs, plan.content.title)


def _built_reusing(
    config_file: Path,
    folder: Path,
    content: SiteContent,
    reuse: PortalReuse,
    *,
    copy: bool,
    finish: Callable[[Path], Collection[str]],
) -> bool:
    """Build the changed pages and take the rest; False when a page does not pass the
    look or the search index cannot be completed (then everything is built)."""
    from generator.site.build import build_site  # noqa: PLC0415 (MkDocs, only when needed)
    from generator.site.reuse import SEARCH_INDEX, Reuse, merge_search_index  # noqa: PLC0415

    taking = Reuse(reuse.source, reuse.pages, copy)
    dirs = build_site(config_file, folder, content, taking)
    changed = set(finish(folder))  # taken pages it rewrote are looked at again
    known = _passed_before(folder, taking.taken - changed, reuse)
    if _passed_before(reuse.source, {SEARCH_INDEX}, reuse):
        # The taken pages' entries come from an index that passed (each entry is looked
        # at alone): the built pages' own index is looked at before it is completed.
        return not scan_site(folder, dirs, known) and merge_search_index(folder, taking)
    return merge_search_index(folder, taking) and not scan_site(folder, dirs, known)


def _passed_before(folder: Path, files: set[str], reuse: PortalReuse) -> set[str]:
    """The files (of the taken pages, or the cached portal's) that passed the same look
    as they are now, in a trusted portal."""
    if not reuse.trusted:
        return set()
    passed, found = reuse.passed, set()
    for name in files:
        path = folder / name
        if name in passed and path.is_file() and passed_digest(path.read_bytes()) == passed[name]:
            found.add(name)
    return found


def portal_site_dir(portal: PortalPlan, folder: Path) -> Path | None:
    """Where the portal is built, when it is to be built: a folder of its own in `folder`."""
    return None if portal.content is None else folder / PORTAL_STAGING


def place_portal(portal: PortalPlan, folder: Path, *, copy: bool) -> list[str]:
    """Move a built portal up to the staging folder's root, or link the cached one there."""
    if portal.kept:
        return list(portal.kept)
    source = folder / PORTAL_STAGING if portal.content is not None else portal.linked
    if source is None:
        return []
    names = sorted(entry.name for entry in source.iterdir())
    for name in names:
        if portal.content is not None:
            (source / name).rename(folder / name)
        elif (source / name).is_dir():
            link_tree(source / name, folder / name, copy=copy)
        else:
            link_tree_file(source / name, folder / name)
    if portal.content is not None:
        source.rmdir()
    return names
