"""A school's site in `trygg build`: only the pages an edit changed are built again.

As for the portal (`build.portal`, `site.reuse`): when what every page of the site shares
(the settings, the menu, the list of pages, the shared inputs and the content's date:
`build.pagehash.site_frame`) is as when the cached site was built, the pages whose Markdown
is unchanged are taken from the cached site as they were built and MkDocs builds the
rest; the search index and the sitemap are completed as for the portal. A plan edited
changes its plan page (and the pages that show the same text), not the årshjul or the
free pages.

The hashes are kept beside the cache's sites (`sidor/<school>.json`), with the identity
(inode, size, time) of every file of the site they describe. They are used only while
the cached site is exactly those files, so they never pair with another build's site
(a build that fails after this job leaves the cache's older site, which they do not
describe). The cache is untrusted: the whole site is looked at as before (`build.scan`),
and when a taken page does not pass, the site is built again from scratch. Not with
PDFs (`build.jobs.site_cache`): making them adds to the pages after they are built.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.build.pagehash import page_hash, site_frame
from generator.build.scan import scan_site
from generator.check.cachefiles import inside, write_bytes
from generator.check.cachekey import seal, unseal
from generator.render.sitecontent import SiteContent

if TYPE_CHECKING:
    from generator.site.reuse import Reuse

RECORDS = "sidor"  # in the cache folder: each school site's hashes and files


@dataclass(frozen=True)
class SiteCache:
    """Where a build's cached school sites are, and what they are keyed by."""

    sites: Path  # the cache's sites (`BuildCache.sites`), each in a folder of its id
    key: str  # the shared inputs' hash (`Manifest.shared`)
    copy: bool = False  # copies instead of hard links (`trygg build --kopiera-resurser`)

    def record(self, school_id: str) -> Path:
        return inside(self.sites.parent, RECORDS, f"{school_id}.json")


def built_reusing(
    config_file: Path, target: Path, site: SiteContent, cache: SiteCache | None
) -> bool:
    """Build the site into `target` taking its unchanged pages from the cached site, looked
    at whole; False when there is nothing to take or a taken page does not pass (then
    `target` is gone and the site is to be built from scratch)."""
    from generator.site.build import build_site  # noqa: PLC0415 (MkDocs, only when building)
    from generator.site.reuse import merge_search_index  # noqa: PLC0415

    taking = None if cache is None else _taking(cache, target.name, site)
    if taking is None:
        return False
    dirs = build_site(config_file, target, site, taking)
    if merge_search_index(target, taking) and not scan_site(target, dirs):
        return True
    shutil.rmtree(target, ignore_errors=True)
    return False


def remember_pages(cache: SiteCache | None, target: Path, site: SiteContent) -> None:
    """Keep the hashes of the site just built in `target`, with the identity of its files."""
    if cache is None:
        return
    frame, pages = _hashes(site, cache.key)
    record = {"frame": frame, "pages": pages, "files": _identities(target)}
    purpose = f"{RECORDS}/{target.name}.json"  # sealed: a record made without the key is none
    write_bytes(cache.record(target.name), seal(purpose, json.dumps(record).encode()))


def _taking(cache: SiteCache, school_id: str, site: SiteContent) -> Reuse | None:
    from generator.site.reuse import Reuse  # noqa: PLC0415 (imports MkDocs)

    source = inside(cache.sites, school_id)
    try:
        sealed = cache.record(school_id).read_bytes()
        last: dict[str, Any] = json.loads(unseal(f"{RECORDS}/{school_id}.json", sealed) or b"")
        frame, pages, files = last["frame"], dict(last["pages"]), last["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    now_frame, now_pages = _hashes(site, cache.key)
    if frame != now_frame or _identities(source) != files:
        return None
    same = frozenset(uri for uri, hashed in now_pages.items() if pages.get(uri) == hashed)
    return Reuse(source, same, cache.copy) if same else None


def _hashes(site: SiteContent, shared: str) -> tuple[str, dict[str, str]]:
    return site_frame(site, shared, site.lastmod), {f.uri: page_hash(f) for f in site.files}


def _identities(folder: Path) -> dict[str, list[int]]:
    """Each file of the folder: its inode, size and modification time."""
    found: dict[str, list[int]] = {}
    for top, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(top, name)  # noqa: PTH118 (strings: this runs per file)
            stat = os.lstat(path)
            found[os.path.relpath(path, folder)] = [stat.st_ino, stat.st_size, stat.st_mtime_ns]
    return found
