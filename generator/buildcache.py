"""Skip unchanged sites: a content hash per school, and a cache a CI job can restore.

The cache folder (default `.trygg-cache/`) holds `bygge.json`, the hashes and the
problem report of the last build, and `webbplatser/<id>/`, hard links to each
school's last built site. A school is rebuilt only when its own files changed, or
when anything shared did: huvudman.yml, schemas/, theme/, mkdocs.yml, the
generator's source and the versions of MkDocs, Material and Markdown. The portal
also depends on every school and on the reference date, so it is rebuilt whenever
anything at all changed.

Keep the whole folder between CI runs (`actions/cache` with `path: .trygg-cache`).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import __version__
from generator.assets import link_tree
from generator.problems import Location, Problem, Report, Severity
from generator.schemas import SCHEMA_DIR

FORMAT = 1
PACKAGE_DIR = Path(__file__).resolve().parent
UPSTREAM = ("mkdocs", "mkdocs-material", "pymdown-extensions", "Markdown", "Jinja2", "PyYAML")


def hash_files(paths: list[Path], root: Path) -> str:
    """sha256 over the files' paths (relative to `root`) and bytes, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _tree(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def shared_hash(config_file: Path, content_dir: Path) -> str:
    """Everything every site depends on besides its own school's files."""
    root = config_file.resolve().parent
    versions = [f"{name}=={_version(name)}" for name in UPSTREAM]
    digest = hashlib.sha256("\n".join([f"trygg {__version__} {FORMAT}", *versions]).encode())
    groups = [
        ([config_file.resolve(), *_tree(root / "theme")], root),
        ([content_dir.resolve() / "huvudman.yml"], content_dir.resolve()),
        (_tree(SCHEMA_DIR), SCHEMA_DIR),
        ([p for p in _tree(PACKAGE_DIR) if p.suffix in (".py", ".json", ".yml")], PACKAGE_DIR),
    ]
    for files, base in groups:
        digest.update(hash_files([f for f in files if f.is_file()], base).encode())
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def school_hashes(content_dir: Path) -> dict[str, str]:
    """The hash of every file under each school's folder, by school id."""
    schools = content_dir / "skolor"
    folders = sorted(p for p in schools.glob("*") if p.is_dir()) if schools.is_dir() else []
    return {folder.name: hash_files(_tree(folder), folder) for folder in folders}


@dataclass
class Manifest:
    """What the cache holds: the inputs of the last build and its report."""

    shared: str = ""
    schools: dict[str, str] = field(default_factory=dict)
    portal: str = ""  # hash of all inputs and the reference date
    problems: list[dict[str, Any]] = field(default_factory=list)

    def report(self) -> Report:
        return Report([_problem(p) for p in self.problems])


def _problem(data: dict[str, Any]) -> Problem:
    location = Location(**data["location"])
    return Problem(**{**data, "severity": Severity(data["severity"]), "location": location})


class BuildCache:
    """The cache folder: `bygge.json` and the last built site of each school."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def sites(self) -> Path:
        return self.folder / "webbplatser"

    def load(self) -> Manifest:
        try:
            data = json.loads((self.folder / "bygge.json").read_text(encoding="utf-8"))
            if data.pop("format", None) != FORMAT:
                return Manifest()
            return Manifest(**data)
        except (OSError, ValueError, TypeError, KeyError):
            return Manifest()  # no cache, or one from another version: build everything

    def save(self, manifest: Manifest) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"format": FORMAT, **manifest.__dict__}
        temporary = self.folder / "bygge.json.tmp"
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        temporary.replace(self.folder / "bygge.json")

    def has_site(self, school_id: str) -> bool:
        return (self.sites / school_id / "index.html").is_file()

    def restore(self, school_id: str, destination: Path, *, copy: bool = False) -> None:
        link_tree(self.sites / school_id, destination, copy=copy)

    def keep(self, school_id: str, built: Path) -> None:
        """Remember a freshly built site (as hard links) for the next run.

        The new copy is made beside the old one and renamed into place, so that a
        build reading the cache at the same time never sees half a site.
        """
        self.sites.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(prefix=f".{school_id}.", dir=self.sites))
        link_tree(built, fresh)
        target, old = self.sites / school_id, self.sites / f".{school_id}.gammal"
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        fresh.rename(target)
        shutil.rmtree(old, ignore_errors=True)

    def forget_others(self, school_ids: set[str]) -> None:
        if self.sites.is_dir():
            for folder in self.sites.iterdir():
                if folder.name not in school_ids and not folder.name.startswith("."):
                    shutil.rmtree(folder, ignore_errors=True)
