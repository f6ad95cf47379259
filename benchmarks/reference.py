"""The references the benchmark compares with, measured on the same content in the same run.

- `project(folder, n)`: a throw-away project (mkdocs.yml, theme/, content/ with n
  synthetic schools) that `trygg` builds exactly like the real one.
- `plain_mkdocs(project)`: each school's generated Markdown exported (`trygg export`'s
  code) and built with a plain `mkdocs build` in a new process per school, the way a
  site is built without trygg.
- `hugo_available()`: Hugo is used only where it is installed.
"""

from __future__ import annotations

import re
import shutil
import statistics
import sys
from pathlib import Path

from benchmarks.measure import run
from benchmarks.synthetic import generate
from generator.load.layout import EMPTY_DOCS_DIR

ROOT = Path(__file__).resolve().parent.parent
# PDFs are measured apart (issue 18 item 5, benchmarks/README.md "PDFs of the plans"):
# every timed build here is without them, as `--utan-pdf` would be.
MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "TRYGG_UTAN_PDF": "1"}


def project(folder: Path, count: int, seed: int = 1) -> Path:
    """A project folder with `count` synthetic schools; returns its mkdocs.yml."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / EMPTY_DOCS_DIR).mkdir()
    shutil.copytree(ROOT / "theme", folder / "theme")
    (folder / "theme" / "docs").mkdir(exist_ok=True)
    generate(folder / "content", count, seed)
    return folder / "mkdocs.yml"


def cloned_project(folder: Path, count: int, school: str) -> Path:
    """A project folder as `project`, with the example's content/ and `count` copies of its
    school `school` beside it (as issue 18 is judged: cloned units); returns its
    mkdocs.yml. Each copy is named with its number ("Strandskolan 2"), as a huvudman's
    units are named apart (TP066 warns of a copy that keeps the name)."""
    config = project(folder, 0)
    content = folder / "content"
    shutil.rmtree(content)
    shutil.copytree(ROOT / "content", content)
    for number in range(1, count + 1):
        copy = content / "skolor" / f"{school}-{number}"
        shutil.copytree(content / "skolor" / school, copy)
        settings = copy / "skola.yml"
        text = settings.read_text("utf-8")
        named = re.sub(r"(?m)^namn: (.+)$", rf"namn: \1 {number}", text, count=1)
        settings.write_text(named, encoding="utf-8")
    return config


def plain_mkdocs(config: Path, sample: int, chosen: list[str] | None = None) -> tuple[float, int]:
    """Median seconds of one plain `mkdocs build` per school over `sample` schools (the
    first by name, or the `chosen`), and how many were timed."""
    from generator.build.export import export_sites

    exported = config.parent / "export"
    shutil.rmtree(exported, ignore_errors=True)
    every = sorted(p.name for p in (config.parent / "content" / "skolor").iterdir())
    schools = (chosen or every)[:sample]
    done = export_sites(config, exported, only=schools)
    if done.report.has_errors or done.withheld:
        raise RuntimeError(done.report.format_text())
    times = []
    for school_id in schools:
        site = exported / school_id
        command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(site / "mkdocs.yml")]
        measured = run([*command, "-d", str(site / "site")], env=MKDOCS_ENV)
        times.append(measured.seconds)
    return statistics.median(times), len(schools)


def hugo_available() -> bool:
    return shutil.which("hugo") is not None
