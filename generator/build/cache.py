"""Skip unchanged work: the inputs of the last build, its sites, and a CI-restorable cache.

The cache folder (default `.trygg-cache/`) holds:

- `bygge.json`: the hashes and the problem report of the last build, and which
  entries it published in which output folder (inode and time of each);
- `webbplatser/<id>/` and `portal/`: hard links to each school's last built site
  and to the last portal, and `filer/<id>.json`: what each looked like when stored
  (`build.marks`; one edited since, through the output, is not used again), and for
  the portal `filer/portal/granskat.json`: each page's digest as it passed the last
  look (`build.scan.passed_digest`);
- `kontroll/<id>.json` and `<id>.modell.json`: each school's check result and model
  (`generator.check.cache`);
- `publicerat/<id>.json`: what each school's published site shows, for the portal while
  the school is withheld (`build.keptsites`);
- `mkdocs/`: compiled templates and the theme's file list (`generator.site.build`);
- `pdf/<id>/` and `pdf/.portal/`: the PDFs of each school's plans and reports, and of
  the huvudman's reports, each with the hash of what it was made from (`build.pdf`);
  only those of plans and reports there still are.

Every path in it is made with `check.cachefiles.inside`: a symbolic link in the cache is
damage, removed as a link (never what it points to) and made again. Every record in it
that trygg trusts is sealed with the cache key (`check.cachekey`): one that does not
verify is as good as missing.

A school is rebuilt only when its own files changed, or when anything shared did:
huvudman.yml, schemas/, theme/, mkdocs.yml, the generator's source and the versions
of the libraries (`generator.check.fingerprint`). The portal is rebuilt when its pages
would differ, and then only the pages that differ. Keep the whole folder between CI
runs (`actions/cache` with `path: .trygg-cache`), with the same key in
`TRYGG_CACHENYCKEL` (`check.cachekey`): without it the cache is not used.
"""

from __future__ import annotations

import json
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path

from generator.build.jobs import MKDOCS_CACHE
from generator.build.links import link_tree, link_tree_file
from generator.build.manifest import Manifest
from generator.build.marks import matches_marks, write_marks
from generator.build.pagelook import PAGE_SUFFIXES
from generator.build.scan import INDEX, passed_digest
from generator.check.cachefiles import MANIFEST, inside, remove, write_bytes
from generator.check.cachekey import seal, stamp, unseal
from generator.model.codec import Undecodable, dumps, loads

PORTAL = "portal"
PASSED = "granskat.json"  # in filer/portal/


class BuildCache:
    """The cache folder: `bygge.json`, the last built sites and portal, MkDocs' caches."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, *parts: str) -> Path:
        """A path in the cache, never through a link (`check.cachefiles.inside`)."""
        return inside(self.folder, *parts)

    @property
    def sites(self) -> Path:
        return self.path("webbplatser")

    @property
    def mkdocs(self) -> Path:
        return self.path(MKDOCS_CACHE)

    @property
    def pdfs(self) -> Path:
        return self.path("pdf")

    def load(self) -> Manifest:
        try:
            data = unseal(MANIFEST, self.path(MANIFEST).read_bytes())
            return Manifest() if data is None else loads(Manifest, data)
        except (OSError, Undecodable):
            return Manifest()  # no cache, a damaged one or another version's: build everything

    def save(self, manifest: Manifest) -> None:
        write_bytes(self.path(MANIFEST), seal(MANIFEST, dumps(manifest).encode()))
        stamp(self.folder)

    def has_site(self, school_id: str) -> bool:
        return self._intact(self.path("webbplatser", school_id))

    def has_portal(self) -> bool:
        return self._intact(self.path(PORTAL))

    def _intact(self, stored: Path) -> bool:
        """A stored site with its index page, unchanged since it was stored."""
        if not (stored / "index.html").is_file():
            return False
        return matches_marks(stored, *self._marks_record(stored))

    def _marks_record(self, stored: Path) -> tuple[Path, str]:
        """Where the marks of a stored site are kept, and what they are sealed for."""
        kind = "portal" if stored.parent == self.folder else "webbplatser"
        name = f"filer/{kind}/{stored.name}.json"
        return self.path(name), name

    def keep(self, school_id: str, built: Path) -> None:
        """Remember a freshly built site (as hard links) for the next run."""
        self._replace(self.path("webbplatser", school_id), lambda fresh: link_tree(built, fresh))

    def new_sites(self) -> Path:
        """A folder where this build's workers link each site they build (`adopt` takes them)."""
        return self.sites / f".ny-{secrets.token_hex(4)}"

    def adopt(self, school_id: str, linked: Path) -> None:
        """Put a site a worker linked into `new_sites()` in place for the next run."""
        self._replace(self.path("webbplatser", school_id), _moving(linked))

    def adopt_portal(self, linked: Path) -> None:
        """Put the portal the standby's twin linked into `new_sites()` in place, as
        `keep_portal` would have linked it from the output."""
        self._replace(self.path(PORTAL), _moving(linked))
        self._remember_passed()

    def keep_portal(self, out: Path, names: list[str]) -> None:
        """Remember the portal's entries at the root of `out` (as hard links)."""

        def fill(fresh: Path) -> None:
            for name in names:
                source = out / name
                if source.is_dir():
                    link_tree(source, fresh / name)
                else:
                    link_tree_file(source, fresh / name)

        self._replace(self.path(PORTAL), fill)
        self._remember_passed()

    def _remember_passed(self) -> None:
        """Each page and search index of the stored portal by its digest (all passed the
        look: they were published), for the next build to know what it need not look at
        again."""
        stored = self.path(PORTAL)
        pages = (
            p for p in stored.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES or p.name == INDEX
        )
        digests = {
            page.relative_to(stored).as_posix(): passed_digest(page.read_bytes())
            for page in sorted(pages)
            if page.is_file() and not page.is_symlink()
        }
        record = json.dumps(digests, sort_keys=True).encode()
        write_bytes(self.path("filer", PORTAL, PASSED), seal(PASSED, record))

    def passed_portal_pages(self) -> dict[str, str]:
        """The stored portal's pages (and search index) by the digest each had when it passed
        the look (from
        the untrusted cache: `build.portal` takes one only when it is also the very file
        the last build published)."""
        try:
            data = unseal(PASSED, self.path("filer", PORTAL, PASSED).read_bytes())
            found = json.loads(data or b"{}")
        except (OSError, ValueError, RecursionError):
            return {}
        valid = isinstance(found, dict)
        return {k: v for k, v in found.items() if isinstance(v, str)} if valid else {}

    def _replace(self, target: Path, fill: Callable[[Path], None]) -> None:
        """Fill a new folder beside `target`, then rename it into place: a build reading
        the cache at the same time never sees half a site."""
        target.parent.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
        fill(fresh)
        old = inside(target.parent, f".{target.name}.gammal")
        remove(old)
        if target.exists() or target.is_symlink():
            target.rename(old)
        fresh.rename(target)
        remove(old)
        write_marks(target, *self._marks_record(target))

    def forget_others(self, school_ids: set[str]) -> None:
        """Remove the sites and PDFs of schools that no longer exist, and what failed
        builds left (the portal's PDFs are in `pdf/.portal/`, which no school id is)."""
        if (sites := self.sites).is_dir():
            for folder in sites.iterdir():
                stale = folder.name.startswith(".ny-") or not folder.name.startswith(".")
                if (stale and folder.name not in school_ids) or folder.is_symlink():
                    remove(folder)
        if (pdfs := self.pdfs).is_dir():
            for folder in pdfs.iterdir():
                if (not folder.name.startswith(".") and folder.name not in school_ids) or (
                    folder.is_symlink()
                ):
                    remove(folder)


def _moving(linked: Path) -> Callable[[Path], None]:
    """How `BuildCache._replace` fills its new folder with `linked`: by renaming it."""

    def move(fresh: Path) -> None:
        fresh.rmdir()
        linked.rename(fresh)

    return move
