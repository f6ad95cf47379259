"""Content hashes: what a school's check result and its site depend on.

A school's results depend on its own folder and on the shared inputs: huvudman.yml,
the schemas, the generator's source and the versions of the libraries it uses (for
a site also mkdocs.yml and theme/). A hash that cannot be made (an unreadable file)
is "", which matches nothing, so that school is simply checked and built again.

A school's hash also holds its folder as messages show it (`content/skolor/<id>`): every
path its result shows starts there, so no result is read for a content folder of another
name (two side by side share their parent's cache); a moved project's paths stay right.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from collections.abc import Collection, Iterator
from pathlib import Path

from generator.check.cachefiles import write_bytes
from generator.check.cachekey import seal, unseal
from generator.check.filehash import hash_files, tree
from generator.check.runningcode import running_code
from generator.load.layout import ORGANISER_FILE, SCHOOLS
from generator.load.mkdocsfile import settings_files
from generator.load.resources import theme_overrides
from generator.load.siteinputs import named_inputs
from generator.problems import display_path

FILES = "filer.json"  # FileHashes in the cache folder


def check_inputs(content_dir: Path) -> str:
    """Everything a school's check depends on besides its own folder."""
    digest = hashlib.sha256(running_code().encode())
    organiser = content_dir.resolve() / ORGANISER_FILE
    digest.update(
        hash_files([organiser] if organiser.is_file() else [], content_dir.resolve()).encode()
    )
    return digest.hexdigest()


def site_inputs(config_file: Path, checked: str) -> str:
    """Everything every site depends on besides its own school's folder: the check's
    shared inputs (`check_inputs`), mkdocs.yml with each file it inherits, theme/, and a
    `custom_dir` elsewhere and the hooks mkdocs.yml names (`load.siteinputs`)."""
    root = config_file.resolve().parent
    files = [config_file.resolve(), *tree(root / "theme")]
    overrides = theme_overrides()
    digest = hash_files(files, root) + hash_files(tree(overrides), overrides)
    named = _named(config_file)
    return hashlib.sha256((checked + digest + _inherited(config_file) + named).encode()).hexdigest()


def _named(config_file: Path) -> str:
    """The hash of a `custom_dir` outside theme/ and of the hook files, wherever they are."""
    folders, files = named_inputs(config_file)
    digest = hashlib.sha256()
    for folder in folders:
        found = tree(folder) if folder.is_dir() else []
        digest.update(str(folder).encode(errors="surrogateescape") + b"\0")
        digest.update(hash_files(found, folder).encode())
    for file in files:
        digest.update(str(file).encode(errors="surrogateescape") + b"\0")
        digest.update(hash_files([file] if file.is_file() else [], file.parent).encode())
    return digest.hexdigest()


def _inherited(config_file: Path) -> str:
    """The hash of the files mkdocs.yml inherits (`INHERIT`), wherever they are: their
    settings, and the texts every page publishes (`load.sitetexts`), are the sites'
    (a file named but missing is MkDocs' to refuse, and not in the list)."""
    digest = hashlib.sha256()
    for path in settings_files(config_file.resolve())[1:]:
        digest.update(str(path.resolve()).encode(errors="surrogateescape") + b"\0")
        try:
            data = path.read_bytes()
        except OSError:  # unreadable: a value of its own, never taken to be unchanged
            data = os.urandom(16)
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def school_hashes(
    content_dir: Path, only: Collection[str] = (), known: FileHashes | None = None
) -> dict[str, str]:
    """The hash of every file under each school's folder, by school id ("" if unreadable)."""
    schools = content_dir / SCHOOLS
    folders = sorted(p for p in schools.glob("*") if p.is_dir()) if schools.is_dir() else []
    files = known or FileHashes(None)
    root = content_dir.resolve().parent  # messages show paths from it (`load.reader`)
    wanted = [f for f in folders if not only or f.name in only]
    return {f.name: _school_hash(f, files, display_path(f, root)) for f in wanted}


def _school_hash(folder: Path, files: FileHashes, shown: str) -> str:
    digest = hashlib.sha256(shown.encode() + b"\0")  # where its result says its files are
    home = folder.resolve()
    try:
        for relative, entry in sorted(_walk(str(folder.absolute())), key=lambda item: item[0]):
            # A name need not be UTF-8 (the check refuses it): its bytes as they are.
            digest.update(relative.encode(errors="surrogateescape") + b"\0")
            if entry.is_symlink():
                target = Path(entry.path).readlink().as_posix()
                digest.update(b"-> " + target.encode(errors="surrogateescape") + b"\0")
                if not Path(entry.path).resolve().is_relative_to(home):
                    continue  # never read: the check refuses it (TP051) whatever it holds
            if not entry.is_file() and not entry.is_symlink():  # never read: a pipe waits
                digest.update(b"no file\0")
            digest.update(files.digest(entry) if entry.is_file() else hashlib.sha256().digest())
        digest.update(_logo_outside(folder))
    except (OSError, RuntimeError, _Unsure):  # RuntimeError: a loop of links
        return ""
    return digest.hexdigest()


LOGO = re.compile(r"^logotyp[ \t]*:[ \t]*(?P<value>[^#\n]*?)[ \t]*(?:#.*)?$", re.MULTILINE)


class _Unsure(Exception):
    """skola.yml names its logo in a way `_logo_outside` does not read: no hash, no cache."""


def _logo_outside(folder: Path) -> bytes:
    """The logo, if skola.yml takes it from outside the school's folder (photos cannot)."""
    try:
        text = (folder / "skola.yml").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return b""  # the check reports the file; no logo is read
    if "logotyp" not in text:
        return b""
    found = LOGO.search(text)
    if found is None:
        raise _Unsure
    logo = folder / found["value"].strip("'\"")
    if logo.resolve().is_relative_to(folder.resolve()):
        return b""  # hashed with the folder
    if not logo.resolve().is_relative_to(folder.parent.parent.resolve()):
        return b"outside"  # never read: the check refuses it (TP051) whatever it holds
    content = logo.read_bytes() if logo.is_file() else b""
    return b"logo " + str(logo).encode() + b"\0" + hashlib.sha256(content).digest()


def _walk(folder: str, prefix: str = "") -> Iterator[tuple[str, os.DirEntry[str]]]:
    """(path relative to the school folder, entry) of each file and symbolic link, as `tree`
    finds them, and of each pipe or device (refused by the check, never read): linked
    folders are listed, not entered."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    yield from _walk(entry.path, f"{prefix}{entry.name}/")
            else:  # a file, a link, or a pipe or device (the check refuses those)
                yield prefix + entry.name, entry


class FileHashes:
    """sha256 of files, remembered by size, times and inode, so unchanged files are not read.

    Kept in the cache folder (`filer.json`). A file changed in the last two seconds is
    always read again, since a second change may not move its times (as git's index does).
    """

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.known: dict[str, list[int | str]] = {}
        self.seen: dict[str, list[int | str]] = {}
        self.now = time.time_ns()
        if file is not None:
            with contextlib.suppress(OSError, ValueError):
                self.known = json.loads(unseal(FILES, file.read_bytes()) or b"{}")

    def digest(self, entry: os.DirEntry[str]) -> bytes:
        found = entry.stat()
        marks: list[int | str] = [found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino]
        key = entry.path  # absolute: `_school_hash` walks from an absolute folder
        known = self.known.get(key)
        if known is not None and known[:4] == marks:
            value = bytes.fromhex(str(known[4]))
        else:
            value = hashlib.sha256(Path(entry.path).read_bytes()).digest()
        if self.now - max(found.st_mtime_ns, found.st_ctime_ns) > 2_000_000_000:
            self.seen[key] = [*marks, value.hex()]
        return value

    def save(self) -> None:
        """Keep what this run saw (files no longer there are forgotten)."""
        if self.file is None or (not self.seen and not self.file.exists()):
            return
        with contextlib.suppress(OSError):
            write_bytes(self.file, seal(FILES, json.dumps(self.seen).encode()))
