"""Clean virtual environments with one site engine each and no trygg, for exported folders.

MkDocs's holds only MkDocs and Material (with pymdown-extensions) at the versions trygg
uses here; Zensical's only Zensical. ProperDocs's is MkDocs's plus ProperDocs: Material
needs MkDocs, so a ProperDocs environment has it anyway, and reading MkDocs's packages
through a `.pth` file saves installing Material's thousands of icons a second time.

Each is made with pip from the configured package index once and kept in pytest's cache
folder, keyed by what it holds and the Python version, so only the first run pays for pip
(about 10 s for Material, mostly writing its icons). An engine pip cannot install is a
reason to skip, not a failure.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from generator.site import standalone

# The newest releases the package index serves that install (wave2-notes §4), as the
# exported mkdocs.yml's header says to install them.
PROPERDOCS = standalone.PROPERDOCS
ZENSICAL = standalone.ZENSICAL
READY = "trygg-test-ready"


def same_as_here(*names: str) -> tuple[str, ...]:
    """Requirements pinning `names` to the versions installed beside trygg."""
    return tuple(f"{name}=={version(name)}" for name in names)


@dataclass(frozen=True)
class Engine:
    name: str
    packages: tuple[str, ...]
    command: tuple[str, ...]  # run in the folder; the first word is in the venv's bin/
    base: Engine | None = None  # an environment whose packages this one sees too


MKDOCS = Engine(
    "mkdocs",
    same_as_here(*standalone.ENGINE),  # as the exported mkdocs.yml says to install
    ("mkdocs", "build", "--strict"),
)
ENGINES = (
    MKDOCS,
    Engine(
        "properdocs", (PROPERDOCS,), ("properdocs", "build", "--strict", "-f", "mkdocs.yml"), MKDOCS
    ),
    Engine("zensical", (ZENSICAL,), ("zensical", "build", "--strict")),
)


def clean_env() -> dict[str, str]:
    """This process's environment without anything that would let trygg's code in."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "NO_MKDOCS_2_WARNING": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def _site_packages(venv: Path) -> Path:
    return Path(sysconfig.get_path("purelib", "venv", {"base": str(venv), "platbase": str(venv)}))


def _run(step: list[str]) -> str:
    """Run one step of making an environment; why it failed, or ""."""
    done = subprocess.run(
        step, env=clean_env(), capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode == 0:
        return ""
    errors = [line for line in done.stderr.splitlines() if "is ignored" not in line]
    return f"{' '.join(step[2:])} failed: {' '.join(errors[-3:])}"


def environment(folder: Path, engine: Engine) -> Path | str:
    """The engine's bin/ folder under `folder`, made if need be, or why it cannot be made."""
    key = hashlib.sha256(repr((engine, sys.version)).encode()).hexdigest()[:12]
    venv = folder / f"{engine.name}-{key}"
    bin_dir = venv / "bin"
    if (venv / READY).is_file() and (bin_dir / "python").exists():
        return bin_dir
    shutil.rmtree(venv, ignore_errors=True)
    base = environment(folder, engine.base) if engine.base else None
    if isinstance(base, str):
        return base
    without_pip = ["--without-pip"] if base else []
    if why := _run([sys.executable, "-m", "venv", *without_pip, str(venv)]):
        return why
    install = [str(bin_dir / "python"), "-m", "pip", "install", "-q", *engine.packages]
    if base is not None:  # pip, and the engine's other needs, come from the base
        (_site_packages(venv) / "base.pth").write_text(f"{_site_packages(base.parent)}\n")
        install.append("--no-deps")
    if why := _run(install):
        return why
    (venv / READY).write_text(" ".join(engine.packages), encoding="utf-8")
    return bin_dir


def build(bin_dir: Path, engine: Engine, folder: Path) -> subprocess.CompletedProcess[str]:
    """Build the site in `folder` with the engine, as a user would in that folder."""
    command = [str(bin_dir / engine.command[0]), *engine.command[1:]]
    return subprocess.run(
        command,
        cwd=folder,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
