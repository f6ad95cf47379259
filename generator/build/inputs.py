"""The first stage of `trygg build`: fingerprint the inputs, and see whether anything changed."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from generator.build.cache import BuildCache
from generator.build.manifest import Manifest
from generator.build.pdf.making import renderer_key
from generator.build.request import BuildRequest
from generator.check.filehash import hash_files, tree
from generator.check.fingerprint import FILES, FileHashes, check_inputs, school_hashes, site_inputs
from generator.clock import reference_date
from generator.load.reports import REPORTS


@dataclass(frozen=True)
class Inputs:
    """The fingerprints of this build's inputs (see `generator.check.fingerprint`)."""

    checked: str  # what every school's check depends on besides its folder
    manifest: Manifest  # shared (all sites), each school's hash, and everything with the date
    files: FileHashes  # the file hashes, kept in the cache after a successful build


def fingerprint(request: BuildRequest, cache: BuildCache | None) -> Inputs:
    """The hashes of the shared inputs, of each school's files, and of all with the date."""
    checked = check_inputs(request.content_dir)
    shared = site_inputs(request.config_file, checked)
    if request.pdf:  # sites with PDFs are other sites: another style or renderer, other PDFs
        shared = hashlib.sha256(f"{shared}\npdf {renderer_key()}".encode()).hexdigest()
    files = FileHashes(cache.path(FILES) if cache else None)
    schools = school_hashes(request.content_dir, (), files)
    reports = _reports_hash(request.content_dir)  # the huvudman's: only the portal shows them
    everything = "\n".join(
        [shared, reference_date().isoformat(), reports, *map(str, schools.items())]
    )
    portal = hashlib.sha256(everything.encode()).hexdigest()
    return Inputs(checked, Manifest(shared, schools, portal), files)


def _reports_hash(content_dir: Path) -> str:
    """The hash of content/rapporter/; when it cannot be read, a value of its own, so that
    the build is never taken to be up to date."""
    folder = content_dir.resolve() / REPORTS
    try:
        return hash_files(tree(folder), folder) if folder.is_dir() else "-"
    except OSError:
        return os.urandom(16).hex()


def up_to_date(request: BuildRequest, last: Manifest, now: Manifest) -> bool:
    """Whether nothing changed since the last build, and its output is still there: in the
    same folder (a build to another folder in between leaves this one as it was then), with
    every site's index.html (an output restored by CI, with new inodes, counts as there)."""
    if request.only or request.shard or request.merge_from or last.portal != now.portal:
        return False
    if last.published_out != str(request.out.resolve()):
        return False
    sites = [request.out, *(request.out / s for s in now.schools)]
    return all((site / "index.html").is_file() for site in sites)
