"""The portal in `trygg build`: its pages from the schools' check results, and its reuse.

The portal's pages (the units table, the granskning, the rules) are made from what
each school's check keeps for it (its summary, `model.summary`) and the report, so an
incremental build makes them without loading 300 models. The portal is built again
only when its pages, the shared inputs or the reference date differ from the last
build's: a typo fixed in one plan changes that school's site, usually not the portal.

And then only its pages that changed: a measure renamed in one plan changes that unit's
granskning page, not the 300 others. When what every page shares (the settings, the
navigation, the list of pages: the `frame`) is as in the last build, the pages whose
Markdown is unchanged are taken from the cached portal as they were built
(`site.reuse`). A new unit, a changed menu or a changed shared input builds every
page (a school renamed changes only the pages that name it: the menu names none).
The cache is untrusted: every page published passed the look (`build.scan`) in this
build, or is the very file the last build published in this output (every cached file
is) with the bytes it had when it passed the same look (`scan.passed_digest`, kept by
`BuildCache.keep_portal`): a cached page edited in place, or one that passed an older
look, is looked at again. So is the search index, completed with the taken pages'
entries, unless the cached index too passed the same look as it is. A taken page that
does not pass makes the whole portal be built again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build.cache import PORTAL, BuildCache
from generator.build.manifest import Manifest
from generator.build.pagehash import page_hash, site_frame
from generator.load.layout import content_folder
from generator.render.portalrows import Withheld
from generator.render.site import internal, site_for
from generator.render.sitecontent import SiteContent

if TYPE_CHECKING:  # a process that builds the portal need not import the check
    from generator.check.run import Checked


@dataclass(frozen=True)
class PortalPlan:
    """Where this build's portal comes from: kept in the output, linked, or built."""

    key: str
    lastmod: str
    kept: list[str] = field(default_factory=list)  # entries left at the output's root
    linked: Path | None = None  # a folder whose entries are linked into the staging folder
    content: SiteContent | None = None  # to build
    frame: str = ""  # what every page shares (`site_frame`)
    pages: dict[str, str] = field(default_factory=dict)  # each file's hash, by its uri
    reuse: PortalReuse | None = None  # pages of the last portal to take as they are


@dataclass(frozen=True)
class PortalReuse:
    """The last portal's pages that this build takes as they were built."""

    source: Path  # the cached portal
    pages: frozenset[str]  # the uris of the pages whose Markdown is unchanged
    trusted: bool  # every cached file is the one the last build published in the output
    passed: dict[str, str] = field(default_factory=dict)  # each page's digest as it passed


def portal_content(
    checked: Checked, today: dt.date, withheld: Sequence[Withheld] = (), *, drafts: bool = False
) -> SiteContent:
    """The portal's site, from each school's summary and the report (no model is loaded),
    listing the schools this build withheld; marked as internal in the build with utkast."""
    content = site_for(
        checked, "", content_folder(checked.root), today=today, withheld=withheld, drafts=drafts
    )
    return internal(content) if drafts else content


def plan_portal(
    content: SiteContent,
    shared: str,
    today: dt.date,
    *,
    cache: BuildCache | None,
    last: Manifest,
    out: Path,
) -> PortalPlan:
    """Keep the last portal where its pages are the same, else build this one: only the
    pages that changed, where the rest can be taken from the cached portal."""
    lastmod = today.isoformat()
    frame = site_frame(content, shared, lastmod)
    pages = {generated.uri: page_hash(generated) for generated in content.files}
    key = hashlib.sha256("\n".join([frame, *pages.values()]).encode()).hexdigest()
    # The hashes are remembered whichever way the portal comes, kept, linked or built.
    plan = PortalPlan(key, lastmod, frame=frame, pages=pages)
    if cache is not None and last.portal_site == key and last.portal_entries:
        if last.unchanged(out, last.portal_entries):
            return dataclasses.replace(plan, kept=list(last.portal_entries))
        if cache.has_portal():
            return dataclasses.replace(plan, linked=cache.path(PORTAL))
    reuse = _reuse(cache, last, out, frame, pages) if cache is not None else None
    return dataclasses.replace(plan, content=content, reuse=reuse)


def _reuse(
    cache: BuildCache, last: Manifest, out: Path, frame: str, pages: dict[str, str]
) -> PortalReuse | None:
    """The cached portal's pages this build can take, when every page shares what it did."""
    if last.portal_frame != frame or not cache.has_portal():
        return None
    same = frozenset(uri for uri, hashed in pages.items() if last.portal_pages.get(uri) == hashed)
    if not same:
        return None
    source = cache.path(PORTAL)
    trusted = _published(source, last, out)
    return PortalReuse(source, same, trusted, cache.passed_portal_pages() if trusted else {})


def _published(cached: Path, last: Manifest, out: Path) -> bool:
    """Whether every file of the cached portal is the very file (same inode) that the
    last build published at the same place in `out`: then it was looked at then, and
    its marks (`BuildCache.has_portal`) say it has not been edited since."""
    if last.published_out != str(out.resolve()):
        return False
    for top, _dirs, files in os.walk(cached):
        for name in files:
            path = os.path.join(top, name)  # noqa: PTH118 (strings: this runs per file)
            published = os.path.join(out, os.path.relpath(path, cached))  # noqa: PTH118
            try:
                if not os.path.samestat(os.lstat(path), os.lstat(published)):
                    return False
            except OSError:
                return False
    return True
